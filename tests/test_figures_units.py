"""Figures of issue 16: units a reader trusts, idioms that are not counts, hedges, ranges, ISO money."""

from __future__ import annotations

from typing import Any

import pytest

from claimx.compose import figure_model
from claimx.models import Figure
from claimx.pipeline.nlp import load
from claimx.rules.figures import find_figures
from tests.chunks import bare


@pytest.fixture(scope="module")
def nlp():
    return load()


def figures(nlp, text: str) -> list[Figure]:
    return [figure_model(text, 0, r) for r in find_figures(bare(nlp(text)))]


@pytest.mark.parametrize(
    ("text", "snippet", "want"),
    [
        (
            "The star lies about 110 light-years away.",
            "about 110 light-years",
            {"value": 110, "unit": "light-years"},
        ),
        (
            "The nebula is some 50 light years from Earth.",
            "some 50 light years",
            {"value": 50, "unit": "light years"},
        ),
        (
            "The train reached ~295 km/h on the test run.",
            "~295 km/h",
            {"value": 295, "approximate": True, "unit": "km/h"},
        ),
        (
            "Turnout varied widely, ranging from 45% to 60%.",
            "45% to 60%",
            {"value": None, "low": 45, "high": 60, "unit": "%"},
        ),
        ("The fee rose from 3% to 4%.", "3%", {"value": 3, "unit": "%"}),
        (
            "The shutdown kept hundreds of thousands of federal workers hostage.",
            "hundreds of thousands of federal workers",
            {"unit": "workers"},
        ),
        ("The bill passed 230-to-198 in the House.", "230", {"unit": None}),
        # Money as ISO 4217 codes, the symbol as written staying in the text.
        ("The lender raised $3.2bn in the sale.", "$3.2bn", {"value": 3200000000, "unit": "USD"}),
        ("The bonds pay 40 million dollars.", "40 million dollars", {"value": 40000000, "unit": "USD"}),
        ("The club paid £45m for him.", "£45m", {"value": 45000000, "unit": "GBP"}),
        ("The fund holds €2 billion.", "€2 billion", {"value": 2000000000, "unit": "EUR"}),
        ("The grant is C$40,000.", "C$40,000", {"value": 40000, "unit": "CAD"}),
    ],
)
def test_units_and_qualifiers(nlp, text: str, snippet: str, want: dict[str, Any]) -> None:
    start = text.index(snippet)
    hits = [f for f in figures(nlp, text) if f.start < start + len(snippet) and start < f.end]
    assert hits, f"{snippet!r} not found"
    got = hits[0]
    assert text[got.start : got.end].startswith(snippet[:3])
    for key, value in want.items():
        assert getattr(got, key) == value, (key, got)


@pytest.mark.parametrize(
    "text",
    [
        "One thing is clear: the plan failed.",
        "On one occasion the river flooded the town.",
        "By one account the meeting was tense.",
        "In one sense the result was a relief.",
    ],
)
def test_one_idioms_are_not_figures(nlp, text: str) -> None:
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One was wiped out and two survived.", 2),
        ("The storm destroyed one bridge.", 1),
    ],
)
def test_one_still_counts(nlp, text: str, count: int) -> None:
    assert len(figures(nlp, text)) == count
