"""The offsets invariant: every claim, date and figure points at its own text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from claimx.compose import article
from claimx.models import Article

from .conftest import SAMPLES

_VALIDATOR = Draft202012Validator(Article.model_json_schema())


def assert_offsets(text: str, art: Article) -> None:
    spans = [(c.start, c.end) for c in art.claims]
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        for sub in [*c.dates, *c.figures]:
            assert text[sub.start : sub.end] == sub.text
            inside = c.start <= sub.start and sub.end <= c.end
            # A quote or reported claim also lists the date of its attribution, which no claim holds.
            said_on = (
                sub in c.dates and c.kind != "statement" and not any(s <= sub.start < e for s, e in spans)
            )
            assert inside or said_on
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
        "Background: ",
        "Quote from Ana Lind: ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "\n\n",
        "\r\n",
        "\r",
        "\n",
        " said ",
        "He said that ",
        "she told reporters ",
        "according to officials, ",
        "12,000 ",
        "over 4,000 soldiers ",
        "between 3% and 4% ",
        "€120m ",
        "dozens of ",
        "on 31 January ",
        "yesterday ",
        "on Monday ",
        "in March 2024 ",
        "Ukraine ",
        "Zelenskyy ",
        "President Volodymyr Zelenskyy ",
        ". ",
        ", ",
        "KYIV (AP) — ",
        "date 2025-02-02 ",
        "LONDON, March 3 (Reuters) - ",
        "\u200b",
        "\u202e",
        "\x07",
        "\x1b[31m",
        "東京で3人",
        "Киев ",
        "👩\u200d👩\u200d👧",
        "e\u0301",
        "[bold]",
    ]
)
_articles = st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=40).map("".join)


@given(_articles)
def test_generated_articles(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """No exception, output valid against `claimx schema`, offsets exact: a few thousand in CI."""
    art = article(nlp(text), "gen")
    _VALIDATOR.validate(art.model_dump(mode="json"))
    assert_offsets(text, art)
