"""The Python API: `from claimx import extract, extract_many`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest

import claimx
from claimx import extract, extract_many
from claimx.batch import GROUP
from claimx.models import Article

from .conftest import SAMPLES

SHORT = '"Prices rose 4% in May," the minister said on Monday.\n'


def _imports(*args: str) -> str:
    """The modules Python imports to run `args` (python -X importtime)."""
    r = subprocess.run(
        [sys.executable, "-X", "importtime", *args], capture_output=True, text=True, check=True
    )
    return r.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["-c", "import claimx"],
        ["-m", "claimx", "--help"],
        ["-m", "claimx", "schema"],
        ["-m", "claimx", "extract", "--help"],
    ],
    ids=["import", "help", "schema", "extract-help"],
)
def test_start_up_does_not_import_spacy(args: list[str]) -> None:
    modules = {line.rsplit("|", 1)[-1].strip() for line in _imports(*args).splitlines()}
    assert "spacy" not in modules and "thinc" not in modules


def test_extract_one_text() -> None:
    text = (SAMPLES / "kursk-command-post.txt").read_text(encoding="utf-8")
    art = extract(text, source="kursk", date="2025-02-10")
    assert isinstance(art, Article)
    assert art.source == "kursk" and art.dateline is not None and art.dateline.date == "2025-02-02"
    assert sum(c.kind == "quote" for c in art.claims) == 3
    assert extract("Nothing here.").source == "<text>"
    yearless = extract("LONDON, March 3 (Reuters) - Oil rose.", date=date(2021, 1, 1))
    assert yearless.dateline is not None and yearless.dateline.date == "2021-03-03"


def test_extract_is_a_plain_function_and_the_rules_stay_importable() -> None:
    import types

    import claimx.compose as compose

    assert isinstance(claimx.extract, types.FunctionType) and claimx.extract is extract
    assert compose.article.__module__ == "claimx.compose"


def test_extract_many_streams_lazily_in_order() -> None:
    pulled = 0

    def items() -> Iterator[str | tuple[str, str]]:
        nonlocal pulled
        for i in range(GROUP * 3):
            pulled += 1
            yield (f"s{i}", SHORT) if i % 2 else SHORT

    stream = extract_many(items())
    first = next(stream)
    assert first.source == "<text 0>"
    assert pulled <= GROUP  # only the first batch was read
    rest = list(stream)
    assert [a.source for a in rest[:3]] == ["s1", "<text 2>", "s3"]
    assert len(rest) == GROUP * 3 - 1


def test_extract_many_errors_propagate() -> None:
    with pytest.raises(Exception, match="not installed"):
        next(extract_many(["x"], model="no_such_model_xyz"))


def test_extract_many_in_two_processes_is_the_same() -> None:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))] * 3
    one = list(extract_many(texts))
    two = list(extract_many(texts, jobs=2))
    assert one == two
