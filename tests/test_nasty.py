"""Every nasty input gets a correct article or one clear error line, never a traceback."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import cli
from claimx.models import Article

from .nasty import FILES, HERE

CORPUS = HERE / "nasty"


@pytest.mark.parametrize("name", sorted(FILES))
def test_committed_corpus_is_what_the_script_makes(name: str) -> None:
    assert (CORPUS / name).read_bytes() == FILES[name][0], "regenerate with tests/nasty.py"


@pytest.mark.parametrize("name", sorted(FILES))
def test_outcome(name: str) -> None:
    path = CORPUS / name
    expected = FILES[name][1]
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    if expected != "ok":
        assert r.exit_code == 1
        assert r.stdout == ""
        assert expected in r.stderr and str(path) in r.stderr
        assert len(r.stderr.strip().splitlines()) <= 2  # the error line, and at most a summary
        return
    assert r.exit_code == 0, r.stderr
    (line,) = r.stdout.splitlines()
    art = Article.model_validate_json(line)
    text = _decoded(path)
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        for sub in [*c.dates, *c.figures]:
            assert text[sub.start : sub.end] == sub.text


def _decoded(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def test_legacy_encoding_is_decoded_and_reported() -> None:
    r = CliRunner().invoke(cli, ["extract", str(CORPUS / "cp1252.txt")])
    art = json.loads(r.stdout)
    assert any("Café" in c["text"] for c in art["claims"]) or "Café" in json.dumps(art, ensure_ascii=False)
    assert any("cp1252" in w or "1252" in w or "latin" in w.lower() for w in art["warnings"])


def test_empty_file_is_an_article_without_claims() -> None:
    r = CliRunner().invoke(cli, ["extract", str(CORPUS / "empty.txt")])
    assert r.exit_code == 0
    art = json.loads(r.stdout)
    assert art["claims"] == [] and art["dateline"] is None
