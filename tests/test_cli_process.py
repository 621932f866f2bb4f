"""`claimx extract` as a real process: pipes, signals, terminals, parallel jobs, the README's recipes.

Each test starts claimx (and loads the model) once or twice: inputs are small.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.models import Article

from .conftest import ROOT, SAMPLES

CLAIMX = [sys.executable, "-m", "claimx"]
SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'
BAD = {
    "b/image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "b/nuls.txt": b"text\x00with\x00nuls",
    "c/d/report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
}


def claimx(*args: str, **kw) -> subprocess.CompletedProcess[bytes]:  # type: ignore[no-untyped-def]
    return subprocess.run([*CLAIMX, *args], capture_output=True, timeout=300, **kw)


def _mixed_folder(root: Path) -> tuple[list[str], list[str]]:
    """A tree of good articles (samples, legacy and odd encodings, empty) with a few bad files among them."""
    good = []
    for i, p in enumerate(sorted(SAMPLES.glob("*.txt")) * 2):
        rel = f"{'abc'[i % 3]}/{i:02d}-{p.name}"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(p, root / rel)
        good.append(rel)
    odd = {
        "a/cp1252.txt": ("Café “quoted” – the mayor said 12 people came. " * 3).encode("cp1252"),
        "b/utf16.txt": SHORT.encode("utf-16"),
        "c/crlf.txt": SHORT.replace("\n", "\r\n").encode(),
        "c/empty.txt": b"",
    }
    for rel, data in [*odd.items(), *BAD.items()]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    good += list(odd)
    return sorted(good), sorted(BAD)


def test_jobs_give_byte_identical_output_and_bad_files_are_named_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    good, bad = _mixed_folder(src)
    one = claimx("extract", str(src), "--jobs", "1")
    two = claimx("extract", str(src), "--jobs", "2")
    assert one.returncode == two.returncode == 1, one.stderr
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    lines = one.stdout.decode().splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(src / g) for g in good]
    errors = one.stderr.decode().splitlines()
    assert sorted(errors) == sorted(f"Error: {src / b}: not a text file" for b in bad)

    # The same with files: every good input has its whole, valid output; no temporary is left.
    out = tmp_path / "out"
    files = claimx("extract", str(src), "--jobs", "2", "-o", str(out))
    assert files.returncode == 1 and files.stderr == one.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([*(str(Path(g).with_suffix(".json")) for g in good), "errors.log"])
    logged = (out / "errors.log").read_text(encoding="utf-8").splitlines()
    assert [f"Error: {line}" for line in logged] == errors
    for g, line in zip(good, lines, strict=True):
        text = (out / g).with_suffix(".json").read_text(encoding="utf-8")
        assert text == line + "\n"
        Article.model_validate_json(text)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_complete_lines_and_exits_130(tmp_path: Path, jobs: str) -> None:
    for i in range(300):
        (tmp_path / f"{i:03d}.txt").write_text(SHORT.replace("4%", f"{i}%"))
    # Its own process group, signalled as a terminal does: workers get the SIGINT too.
    p = subprocess.Popen(
        [*CLAIMX, "extract", str(tmp_path), "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert p.stdout is not None and p.stderr is not None
    first = p.stdout.readline()  # the run is under way
    os.killpg(p.pid, signal.SIGINT)
    # Read on from the same buffered stream (communicate() would skip what it holds).
    out = (first + p.stdout.read()).decode()
    err = p.stderr.read()
    assert p.wait(timeout=60) == 130, err
    assert out.endswith("\n")
    lines = out.splitlines()
    assert 1 <= len(lines) < 300
    for i, line in enumerate(lines):
        assert json.loads(line)["source"] == str(tmp_path / f"{i:03d}.txt")
    assert re.fullmatch(rb"claimx: interrupted after .*\n", err), err


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"{i:02d}.txt").write_text(SHORT)
    cmd = " ".join(CLAIMX) + f" extract {tmp_path} | head -1"
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""
    json.loads(r.stdout)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_progress_and_summary_on_a_terminal_only(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(SHORT)
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    master, slave = os.openpty()
    p = subprocess.Popen([*CLAIMX, "extract", str(tmp_path)], stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    out, _ = p.communicate(timeout=300)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert p.returncode == 1
    assert len(out.splitlines()) == 3  # data only on standard output
    text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen).decode()
    assert "extracting" in text  # the bar
    assert f"Error: {tmp_path / 'bad.txt'}: not a text file" in text
    assert re.search(r"claimx: 4 files in [\d.]+ s .*; \d+ claims \(\d+ quotes\); 1 failed", text), text


def _readme_recipes() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
    return [line for block in blocks for line in block.splitlines() if "| jq" in line]


def test_every_jq_recipe_in_the_readme_runs(tmp_path: Path) -> None:
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    recipes = _readme_recipes()
    assert len(recipes) >= 4
    # Recipes share their claimx commands: run each command once, verbatim, then feed
    # each recipe's jq filter (and what follows) its output.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    outputs: dict[str, Path] = {}
    for recipe in recipes:
        command, rest = recipe.split(" | ", 1)
        if command not in outputs:
            made = subprocess.run(
                ["bash", "-c", command], cwd=ROOT, capture_output=True, env=env, timeout=300
            )
            assert made.returncode == 0, (command, made.stderr)
            outputs[command] = tmp_path / f"{len(outputs)}.jsonl"
            outputs[command].write_bytes(made.stdout)
        line = f"cat {outputs[command]} | {rest}"
        r = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=ROOT, capture_output=True, timeout=60)
        assert r.returncode == 0, (recipe, r.stderr)
        assert r.stderr == b"", recipe


def test_timeout_stops_one_long_input_and_the_run_goes_on(tmp_path: Path) -> None:
    # About 150,000 characters: far more than a second of parsing, on any machine.
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    (tmp_path / "a-long.txt").write_text(text * (150_000 // len(text) + 1))
    (tmp_path / "b.txt").write_text(SHORT)
    r = claimx("extract", str(tmp_path), "--timeout", "1", "-o", str(tmp_path / "out"))
    line = f"{tmp_path / 'a-long.txt'}: stopped after 1 s (--timeout); the rest of the run went on"
    assert (r.returncode, r.stdout, r.stderr.decode()) == (1, b"", f"Error: {line}\n")
    assert (tmp_path / "out" / "errors.log").read_text() == line + "\n"
    assert json.loads((tmp_path / "out" / "b.json").read_text())["source"] == str(tmp_path / "b.txt")


def test_ctrl_c_inside_one_long_file_exits_130(tmp_path: Path) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    (tmp_path / "long.txt").write_text(text * (400_000 // len(text) + 1))
    proc = subprocess.Popen(
        [*CLAIMX, "extract", str(tmp_path / "long.txt")], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    import time

    time.sleep(8)  # the model loaded, well inside the file (benchmarks/ measures how soon it stops)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert out == b""
    assert err.decode().startswith("claimx: interrupted before the first file")
