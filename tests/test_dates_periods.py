"""Dates of issue 16: tense of the date's own verb, weeks, periods of the year, story anchors,
and four-digit counts that are not years. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline.nlp import load
from claimx.rules.dates import find_dates
from tests.chunks import bare


@pytest.fixture(scope="module")
def nlp():
    return load()


def found(nlp, text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[m.start : m.end], m.value) for m in find_dates(bare(doc, ref))]


AUG3 = dt.date(2020, 8, 3)  # a Monday
NOV4 = dt.date(2024, 11, 4)
MAR14 = dt.date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # No tense either way: the nearest occurrence when it is near ahead.
        ("The election to be held on August 9 is close.", AUG3, [("August 9", "2020-08-09")]),
        ("Bids are due before the November 13 deadline.", NOV4, [("November 13", "2024-11-13")]),
        ("The new tariff, effective Dec. 1, covers steel.", NOV4, [("Dec. 1", "2024-12-01")]),
        # A past verb keeps it in the past; far ahead stays in the past.
        ("The council met on August 9 to vote.", AUG3, [("August 9", "2019-08-09")]),
        ("The shop's March 30 opening drew crowds.", AUG3, [("March 30", "2020-03-30")]),
        # The weekday's own verb, not one in another clause.
        (
            "Engineers closed the bridge to trucks on Thursday after an inspection found cracks in two of its"
            " steel supports.",
            MAR14,
            [("Thursday", "2025-03-13")],
        ),
        (
            "They said they would appeal the order, announced Wednesday by the court.",
            MAR14,
            [("Wednesday", "2025-03-12")],
        ),
        ("The team planned to leave Nairobi on Tuesday for the coast.", MAR14, [("Tuesday", "2025-03-18")]),
        ("The hearing was postponed until Monday.", MAR14, [("Monday", "2025-03-17")]),
    ],
)
def test_tense_of_the_dates_own_verb(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Last week, the regulator fined the bank.", [("Last week", "2025-W10")]),
        ("The union meets this week.", [("this week", "2025-W11")]),
        ("Talks resume next week.", [("next week", "2025-W12")]),
        ("The talks stalled two weeks ago.", [("two weeks ago", "2025-W09")]),
        ("Profit rose 4% from a year earlier.", [("a year earlier", "2024")]),
        ("The year-ago quarter included a charge.", [("year-ago", "2024")]),
        # The end of a period is that period, as TimeML writes it.
        ("The merger should close by year-end.", [("year-end", "2025")]),
        ("The fund aims to double by the end of the year.", [("the end of the year", "2025")]),
        ("Rules due by year's end will tighten lending.", [("year's end", "2025")]),
        ("Prices will fall by the end of the month.", [("the end of the month", "2025-03")]),
        ("Sales for the current fiscal year will rise.", [("the current fiscal year", "2025")]),
        ("Revenue for the year rose 3%.", [("the year", "2025")]),
        (
            "The fire began on 2 March. The previous day, crews had cleared brush.",
            [("2 March", "2025-03-02"), ("The previous day", "2025-03-01")],
        ),
        (
            "The fire began on 2 March. The next morning, crews had it contained.",
            [("2 March", "2025-03-02"), ("The next morning", "2025-03-03")],
        ),
        (
            "The fire began on 2 March. The previous evening was dry.",
            [("2 March", "2025-03-02"), ("The previous evening", "2025-03-01")],
        ),
        ("By morning the fire was out.", []),
        (
            "The fire began on 2 March. Crews had met the day before.",
            [("2 March", "2025-03-02"), ("the day before", "2025-03-01")],
        ),
        # With only a year before it, the day before counts from the reference date, never a year.
        (
            "The mill opened in 1998. We met the day before.",
            [("1998", "1998"), ("the day before", "2025-03-13")],
        ),
        (
            "The mill closed in 1998. That September, the workers left.",
            [("1998", "1998"), ("That September", "1998-09")],
        ),
        (
            "The mill closed in 1998 and reopened later that year.",
            [("1998", "1998"), ("later that year", "1998")],
        ),
        ("In nineteen ninety-six the games came to Atlanta.", [("nineteen ninety-six", "1996")]),
        ("Plans for the year two thousand are set.", [("the year two thousand", "2000")]),
        ("Twenty thousand people came.", []),
        # Nothing to count from: a story anchor cannot be pinned.
        ("That year the river froze.", [("That year", None)]),
    ],
)
def test_weeks_periods_and_anchors(nlp, text, want):
    assert found(nlp, text, MAR14) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Air Lanka flight 1344 landed safely.", []),
        ("So far 1846 people were treated and 1720 had gone home.", []),
        ("The number of those infected is 1501.", []),
        ("The 1000 megawatt cable links the islands.", []),
        ("The network has around 1300 route kilometres.", []),
        ("The motion, resolution No. 1430, passed.", []),
        ("The 2000 protesters marched.", []),
        # But these are years.
        ("She ran in the 2000 Olympics.", [("2000", "2000")]),
        ("Fiscal 1989 sales fell.", [("1989", "1989")]),
        ("The town was sacked in 1344.", [("1344", "1344")]),
        ("It was built between 1700 and 1720.", [("1700", "1700"), ("1720", "1720")]),
        ("The post-1959 order split families.", [("1959", "1959")]),
    ],
)
def test_counts_are_not_years(nlp, text, want):
    assert found(nlp, text, MAR14) == want
