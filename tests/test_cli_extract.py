import json
from pathlib import Path

from click.testing import CliRunner

from claimx import __version__
from claimx.cli import cli
from claimx.models import Article

from .conftest import SAMPLES


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input)


def test_version() -> None:
    r = run("--version")
    assert r.exit_code == 0
    assert r.output == f"claimx, version {__version__}\n"


def test_extract_one_file_writes_one_valid_line() -> None:
    r = run("extract", str(SAMPLES / "kursk-command-post.txt"))
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    art = Article.model_validate_json(lines[0])
    assert art.source.endswith("kursk-command-post.txt")
    assert art.dateline is not None and art.dateline.date == "2025-02-02"
    assert [s.label for s in art.sections if s.label] == [
        "Source",
        "Quote",
        "Details",
        "Quote",
        "More details",
        "Quote",
        "Background",
    ]
    assert sum(c.kind == "quote" for c in art.claims) == 3


def test_stdin_and_files_keep_their_order_and_source() -> None:
    text = (SAMPLES / "curly-quotes-summit.txt").read_text(encoding="utf-8")
    r = run("extract", str(SAMPLES / "kursk-command-post.txt"), "-", input=text)
    assert r.exit_code == 0, r.output
    sources = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    assert sources == [str(SAMPLES / "kursk-command-post.txt"), "-"]


def test_json_format_is_indented() -> None:
    r = run("extract", "--format", "json", "-", input="date 2025-02-02 Nothing happened.")
    assert r.exit_code == 0
    assert r.stdout.startswith('{\n  "source": "-",\n')
    assert json.loads(r.stdout)["dateline"]["date"] == "2025-02-02"


def test_reference_date_fills_a_yearless_dateline() -> None:
    r = run("extract", "--date", "2021-06-01", "-", input="LONDON, March 3 (Reuters) - Oil rose.")
    assert json.loads(r.stdout)["dateline"]["date"] == "2021-03-03"


def test_bom_is_removed_and_offsets_index_the_decoded_text() -> None:
    text = '\ufeffPublished 1 May 2024\n\n"We are ready for this," she said.'
    r = run("extract", "-", input=text.encode("utf-8"))
    art = json.loads(r.stdout)
    decoded = text[1:]
    assert art["dateline"]["start"] == 0
    for c in art["claims"]:
        assert decoded[c["start"] : c["end"]] == c["text"]


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    r = run("extract", str(tmp_path / "nope.txt"))
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file\n"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "img.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    r = run("extract", str(p))
    assert r.exit_code == 1
    assert "not a text file" in r.stderr


def test_unknown_model_names_the_fix() -> None:
    r = run("extract", "--model", "no_such_model_xyz", "-", input="Text.")
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: spaCy model 'no_such_model_xyz' is not installed")
    assert "--model" in r.stderr


def test_bad_date_is_a_usage_error() -> None:
    r = run("extract", "--date", "2020-13-01", "-", input="x")
    assert r.exit_code == 2
    assert "YYYY-MM-DD" in r.stderr


def test_no_paths_is_a_usage_error() -> None:
    assert run("extract").exit_code == 2


def test_schema_is_the_models_schema() -> None:
    r = run("schema")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == Article.model_json_schema()


def test_help_has_examples() -> None:
    for args in ([], ["extract"], ["schema"]):
        r = run(*args, "--help")
        assert r.exit_code == 0
        assert "Example" in r.stdout
