"""Which dollar a bare `$` means: the dollar country the article names most, else the US dollar."""

from __future__ import annotations

import pytest

from claimx.api import extract
from claimx.layout.money import dollar_of
from claimx.models import Dateline


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Province of Nova Scotia is investing $18.6 million in wharves.", "CAD"),
        ("Ontario and Quebec will share the $2 billion fund, Canadian officials said.", "CAD"),
        ("Queensland pledged $40 million after the floods in Australia.", "AUD"),
        ("Auckland council in New Zealand will spend $5 million.", "NZD"),
        ("Hong Kong's government set aside $3 billion.", "HKD"),
        # The US dollar by default, and on a tie.
        ("The company raised $40 million.", "USD"),
        ("The US and Canada agreed a $1 billion border fund.", "USD"),
        ("Texas and California sued over the $2 billion rule; Canada stayed out.", "USD"),
        # Cities are left out: Halifax and Perth are also in Britain and Scotland.
        ("Halifax town council will spend $2 million.", "USD"),
        ("Perth's festival cost $3 million.", "USD"),
    ],
)
def test_dollar_of(text: str, code: str) -> None:
    assert dollar_of(text) == code


def test_the_dateline_counts_twice() -> None:
    line = Dateline(text="OTTAWA, Ontario", start=0, end=15, place="Ottawa")
    assert dollar_of("OTTAWA, Ontario - The US firm paid $5 million.", line) == "CAD"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("HALIFAX - The Province of Nova Scotia is investing $18.6 million in its harbours.", "CAD"),
        ("HALIFAX - Nova Scotia will spend 18 million dollars on its harbours.", "CAD"),
        ("The company raised $40 million from investors.", "USD"),
        # A written marker always wins.
        ("Nova Scotia is investing US$18.6 million in its harbours.", "USD"),
        ("The company raised C$40 million from investors.", "CAD"),
    ],
)
def test_figures_take_the_articles_dollar(text: str, unit: str) -> None:
    figures = [f for c in extract(text).claims for f in c.figures]
    assert [f.unit for f in figures] == [unit]
