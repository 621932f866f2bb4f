"""The offsets invariant: every claim, date and figure points at its own text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.extract.claims import article
from claimx.models import Article

from .conftest import SAMPLES


def assert_offsets(text: str, art: Article) -> None:
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        for sub in [*c.dates, *c.figures]:
            assert text[sub.start : sub.end] == sub.text
            assert c.start <= sub.start and sub.end <= c.end
    for s in art.sections:
        assert text[s.start : s.end] == s.text
    if art.dateline:
        assert text[art.dateline.start : art.dateline.end] == art.dateline.text


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples(nlp, path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8-sig")
    assert_offsets(text, article(nlp(text), path.name))


_pieces = st.sampled_from(
    [
        "Source: ",
        "Quote: ",
        "Details: ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "\n\n",
        "\r\n",
        " said ",
        "He said that ",
        "according to officials, ",
        "12,000 ",
        "over 4,000 soldiers ",
        "on 31 January ",
        "yesterday ",
        "Ukraine ",
        "Zelenskyy ",
        ". ",
        ", ",
        "KYIV (AP) — ",
        "date 2025-02-02 ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=40).map("".join))
def test_generated_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_offsets(text, article(nlp(text), "gen"))
