"""The command-line defects of issue 15, each as a user met it: exact output and exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimx.cli import cli

from .conftest import SAMPLES

SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def sources(r: Result) -> list[str]:
    return [json.loads(line)["source"] for line in r.stdout.splitlines()]


def test_an_output_folder_that_cannot_be_made_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    out = tmp_path / "file" / "sub"
    r = run("extract", str(SAMPLES / "kursk-command-post.txt"), "-o", str(out))
    assert (r.exit_code, r.stdout) == (1, "")
    assert r.stderr == f"Error: {out}: cannot create the output folder (Not a directory)\n"
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_an_output_file_that_cannot_be_written_fails_that_input_only(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(SHORT)
    (out / "a.json").mkdir(parents=True)  # where a's output should go
    r = run("extract", str(src), "-o", str(out))
    line = f"{src / 'a.txt'}: cannot write {out / 'a.json'}: Is a directory"
    assert (r.exit_code, r.stdout, r.stderr) == (1, "", f"Error: {line}\n")
    assert json.loads((out / "b.json").read_text())["source"] == str(src / "b.txt")
    assert (out / "errors.log").read_text() == line + "\n"


def test_local_runs_log_failures_to_errors_log(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(SHORT)
    (src / "b.txt").write_bytes(b"\x00binary")
    r = run("extract", str(src), str(tmp_path / "missing.txt"), "-o", str(out))
    assert r.exit_code == 1
    lines = [f"{src / 'b.txt'}: not a text file", f"{tmp_path / 'missing.txt'}: no such file"]
    assert r.stderr == "".join(f"Error: {line}\n" for line in lines)
    assert (out / "errors.log").read_text() == "".join(f"{line}\n" for line in lines)


@pytest.mark.parametrize(("fmt", "suffix"), [("jsonl", ".jsonl"), ("json", ".json")])
def test_claims_in_an_output_folder_are_files_a_json_reader_takes(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / "out"
    sample = SAMPLES / "kursk-command-post.txt"
    r = run("extract", str(sample), "--claims", "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["errors.log", f"kursk-command-post{suffix}"]
    text = (out / f"kursk-command-post{suffix}").read_text()
    claims = [json.loads(line) for line in text.splitlines()] if fmt == "jsonl" else json.loads(text)
    stdout = [json.loads(line) for line in run("extract", str(sample), "--claims").stdout.splitlines()]
    assert claims == stdout and len(claims) > 3


def test_a_glob_with_a_folder_stays_in_that_folder(tmp_path: Path) -> None:
    for rel in ("a.txt", "2024/b.txt", "2024/sub/c.txt", "2025/d.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(SHORT)
    r = run("extract", str(tmp_path), "--glob", "2024/*.txt")
    assert sources(r) == [str(tmp_path / "2024/b.txt")]
    r = run("extract", str(tmp_path), "--glob", "**/*.txt")
    assert sources(r) == [
        str(tmp_path / rel) for rel in ("2024/b.txt", "2024/sub/c.txt", "2025/d.txt", "a.txt")
    ]
    r = run("extract", str(tmp_path), "--glob", "2024/**/*.txt")
    assert sources(r) == [str(tmp_path / "2024/b.txt"), str(tmp_path / "2024/sub/c.txt")]


def test_standard_input_twice_is_a_usage_error() -> None:
    r = run("extract", "-", "-", input=SHORT)
    assert (r.exit_code, r.stdout) == (2, "")
    assert "standard input (-) can be read once" in r.stderr


@pytest.mark.parametrize(
    ("data", "warning"), [(b"", "the input is empty"), (b" \n\t\n", "the input holds only white space")]
)
def test_an_empty_input_says_so_in_its_warnings(tmp_path: Path, data: bytes, warning: str) -> None:
    (tmp_path / "e.txt").write_bytes(data)
    r = run("extract", str(tmp_path / "e.txt"))
    assert r.exit_code == 0
    assert json.loads(r.stdout)["warnings"] == [warning]


def test_a_model_path_that_does_not_exist_is_not_a_package(tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent_dir"
    r = run("extract", "--model", str(missing), "-", input="Text.")
    assert r.exit_code == 1
    assert r.stderr == (
        f"Error: spaCy model '{missing}': no such folder; give the folder of a saved pipeline, "
        "or choose an installed one with --model\n"
    )


def test_scheduler_without_the_dask_engine_says_what_it_needs() -> None:
    r = run("extract", str(SAMPLES), "--scheduler", "tcp://x:8786")
    assert r.exit_code == 2
    assert "--scheduler needs --engine dask" in r.stderr


@pytest.mark.parametrize(("color", "escapes"), [("always", True), ("never", False), ("auto", False)])
def test_show_colours_a_pipe_when_asked(color: str, escapes: bool) -> None:
    r = run("show", "--color", color, str(SAMPLES / "kursk-command-post.txt"))
    assert r.exit_code == 0, r.stderr
    assert ("\x1b[" in r.stdout) is escapes
    assert "Kursk" in r.stdout


def test_max_chars_refuses_a_longer_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT)
    (tmp_path / "b.txt").write_text(SHORT * 3)
    r = run("extract", str(tmp_path), "--max-chars", str(len(SHORT)))
    assert r.exit_code == 1
    assert sources(r) == [str(tmp_path / "a.txt")]
    assert r.stderr == (
        f"Error: {tmp_path / 'b.txt'}: {3 * len(SHORT)} characters, over the limit of {len(SHORT)} "
        "(--max-chars); split it, or raise the limit\n"
    )
