"""`claimx extract` over folders and many inputs, in-process with click's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimx.cli import cli
from claimx.models import Article

from .conftest import SAMPLES

SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def sources(r: Result) -> list[str]:
    return [json.loads(line)["source"] for line in r.stdout.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """samples/ twice over in a tree, with things to leave out."""
    root = tmp_path / "in"
    for sub in ("", "b/"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for p in sorted(SAMPLES.glob("*.txt"))[:3]:
            shutil.copy(p, root / sub / p.name)
    (root / "notes.md").write_text(SHORT)
    (root / ".hidden.txt").write_text(SHORT)
    return root


def test_a_folder_is_walked_in_name_order(folder: Path) -> None:
    r = run("extract", str(folder))
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    # Entries in name order, folders among files (as `sort` orders the paths).
    a, c, k = [p.name for p in sorted(SAMPLES.glob("*.txt"))[:3]]
    assert [s.removeprefix(f"{folder}/") for s in sources(r)] == [a, f"b/{a}", f"b/{c}", f"b/{k}", c, k]
    for line in r.stdout.splitlines():
        Article.model_validate_json(line)


def test_glob_and_mixed_arguments(folder: Path) -> None:
    r = run("extract", "-", str(folder), str(folder / "notes.md"), "--glob", "*.md", input=SHORT)
    assert r.exit_code == 0, r.stderr
    assert sources(r) == ["-", str(folder / "notes.md"), str(folder / "notes.md")]


def test_claims_are_one_line_each_with_their_source(folder: Path) -> None:
    arts = [json.loads(line) for line in run("extract", str(folder / "b")).stdout.splitlines()]
    r = run("extract", "--claims", str(folder / "b"))
    assert r.exit_code == 0
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [c["id"] for c in lines] == [c["id"] for a in arts for c in a["claims"]]
    assert [c["source"] for c in lines] == [a["source"] for a in arts for _ in a["claims"]]
    dated = {a["source"]: (a["dateline"] or {}).get("date") for a in arts}
    assert all(c["dateline_date"] == dated[c["source"]] for c in lines)


def test_a_failing_file_in_the_middle_is_reported_and_skipped(tmp_path: Path) -> None:
    for name, data in [
        ("a.txt", SHORT.encode()),
        ("b.txt", b"\x89PNG\r\n\x1a\n\x00"),
        ("c.txt", SHORT.encode()),
    ]:
        (tmp_path / name).write_bytes(data)
    r = run("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert r.exit_code == 1
    assert sources(r) == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
    assert r.stderr == (
        f"Error: {tmp_path / 'b.txt'}: not a text file\nError: {tmp_path / 'missing.txt'}: no such file\n"
    )


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00")
    (tmp_path / "b.txt").write_text(SHORT)
    r = run("extract", "--fail-fast", str(tmp_path))
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr == f"Error: {tmp_path / 'a.txt'}: not a text file\n"


def test_output_dir_mirrors_the_tree_and_resumes(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run("extract", str(folder), "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    names = [p.stem + ".json" for p in sorted(SAMPLES.glob("*.txt"))[:3]]
    assert written == sorted(["b", "errors.log", *names, *(f"b/{n}" for n in names)])
    assert (out / "errors.log").read_text() == ""
    one = out / "b" / names[0]
    assert Article.model_validate_json(one.read_text()).source == str(folder / "b" / (one.stem + ".txt"))

    # Resume: existing outputs are left alone, missing ones made.
    one.write_text("kept\n")
    (out / names[1]).unlink()
    r = run("extract", str(folder), "-o", str(out), "--skip-existing")
    assert r.exit_code == 0, r.stderr
    assert one.read_text() == "kept\n"
    assert Article.model_validate_json((out / names[1]).read_text())


def test_output_dir_inside_the_input_folder_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT)
    r = run("extract", str(tmp_path), "--glob", "*", "-o", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "errors.log"]


def test_two_inputs_with_one_output_name_do_not_overwrite(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(SHORT.replace("4%", d))
    out = tmp_path / "out"
    r = run("extract", str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out))
    assert r.exit_code == 1
    assert r.stderr.startswith(f"Error: {tmp_path / 'y' / 'a.txt'}: its output {out / 'a.json'} is that of")
    assert json.loads((out / "a.json").read_text())["source"] == str(tmp_path / "x" / "a.txt")


def test_skip_existing_needs_an_output_dir() -> None:
    r = run("extract", "--skip-existing", "x.txt")
    assert r.exit_code == 2
    assert "--skip-existing needs --output-dir" in r.stderr


def test_negative_jobs_is_a_usage_error() -> None:
    assert run("extract", "--jobs", "-1", "x.txt").exit_code == 2


def test_a_folder_without_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(SHORT)
    r = run("extract", str(tmp_path))
    assert (r.exit_code, r.stdout) == (1, "")
    assert r.stderr == f"Error: {tmp_path}: no files matching *.txt\n"
    # An error, not a note: --quiet keeps it.
    assert run("extract", "--quiet", str(tmp_path), "--glob", "*.csv", "--glob", "*.txt").stderr == (
        f"Error: {tmp_path}: no files matching *.csv, *.txt\n"
    )


def test_control_characters_in_a_file_name_stay_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad\nname\x1b[31m.txt").write_bytes(b"\x00")
    r = run("extract", str(tmp_path))
    assert r.exit_code == 1
    assert r.stderr == f"Error: {tmp_path}/bad\\nname\\x1b[31m.txt: not a text file\n"


def test_schema_of_claim_lines_validates_them(folder: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema", "--claims").stdout)
    for line in run("extract", "--claims", str(folder / "b")).stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)


def test_every_command_has_a_summary_and_examples() -> None:
    top = run("--help").stdout
    for command in ("extract", "show", "schema"):
        r = run(command, "--help")
        assert r.exit_code == 0
        assert "Example" in r.stdout
        examples = r.stdout.split("Example")[1].splitlines()[1:]
        assert 2 <= sum(line.strip().startswith(("claimx ", "curl ", "cat ")) for line in examples) <= 3
        summary = next(line for line in top.splitlines() if line.strip().startswith(command + " "))
        assert not summary.endswith("..."), summary
