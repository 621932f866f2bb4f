"""Dates of issue 16: quarters, halves, seasons, weekends, decades, centuries and holidays
(`claimx.rules.year_parts`), a quarter in focus, `last February` said in March, and words that
name a scheduled day. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline.nlp import load
from claimx.rules.dates import find_dates
from claimx.rules.year_parts import part_value
from tests.chunks import bare


@pytest.fixture(scope="module")
def nlp():
    return load()


def found(nlp, text: str, ref: dt.date | None) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[m.start : m.end], m.value) for m in find_dates(bare(doc, ref))]


OCT24 = dt.date(2024, 10, 24)  # a Thursday
FEB25 = dt.date(2025, 2, 12)  # a Wednesday
MAY25 = dt.date(2025, 5, 19)  # a Monday
MAR25 = dt.date(2025, 3, 3)  # a Monday


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("Third-quarter profit at the brewer rose 8%.", OCT24, [("Third-quarter", "2024-Q3")]),
        ("Sales fell in the third quarter.", OCT24, [("the third quarter", "2024-Q3")]),
        # Not yet begun when said: last year's, unless the clause looks ahead.
        ("Sales fell in the fourth quarter.", FEB25, [("the fourth quarter", "2024-Q4")]),
        ("The mill will reopen in the third quarter.", FEB25, [("the third quarter", "2025-Q3")]),
        # A quarter just ended, still to be reported, is this year's.
        ("The bank will report third-quarter results soon.", OCT24, [("third-quarter", "2024-Q3")]),
        # Long over and ahead: next year's.
        ("The plant is expected to open in the first quarter.", OCT24, [("the first quarter", "2025-Q1")]),
        ("Orders rose in the 2023 fourth quarter.", FEB25, [("the 2023 fourth quarter", "2023-Q4")]),
        ("Output dipped in the second quarter of 2022.", FEB25, [("the second quarter of 2022", "2022-Q2")]),
        ("The deal closes in next year's first quarter.", OCT24, [("next year's first quarter", "2025-Q1")]),
        ("Margins widened in Q2 2024.", OCT24, [("Q2 2024", "2024-Q2")]),
        ("Prices have risen this quarter.", OCT24, [("this quarter", "2024-Q4")]),
        ("Prices rose last quarter.", FEB25, [("last quarter", "2024-Q4")]),
        ("Exports rose in the first half of 2023.", OCT24, [("the first half of 2023", "2023-H1")]),
        ("First-half revenue beat forecasts.", OCT24, [("First-half", "2024-H1")]),
        # Two quarters of a named year are its half.
        (
            "Mills expect losses through the first two quarters of 2025.",
            OCT24,
            [("the first two quarters of 2025", "2025-H1")],
        ),
        (
            "Rents climbed in the last two quarters of fiscal 2023.",
            OCT24,
            [("the last two quarters of fiscal 2023", "2023-H2")],
        ),
        ("The first two quarters of the match were slow.", OCT24, []),
    ],
)
def test_quarters_and_halves(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # `a year earlier`, `the quarter`, `the year-ago quarter` speak of the quarter in focus.
        (
            "Third-quarter net rose to $4 million from $3 million a year earlier. Sales in the quarter rose.",
            [("Third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("the quarter", "2024-Q3")],
        ),
        (
            "The insurer lost money in the third quarter. The year-ago quarter had a gain.",
            [("the third quarter", "2024-Q3"), ("The year-ago quarter", "2023-Q3")],
        ),
        (
            "Net fell in the third quarter. The company earned $2 million a year ago.",
            [("the third quarter", "2024-Q3"), ("a year ago", "2023-Q3")],
        ),
        # After `the nine months` the comparison is for the year to date.
        (
            "Net fell in the third quarter. For the nine months, net rose from $9 million a year earlier.",
            [("the third quarter", "2024-Q3"), ("a year earlier", "2023")],
        ),
        # Without a quarter before it, `a year earlier` is the year before, and `the quarter` no date.
        ("Profit rose from $3 million a year earlier.", [("a year earlier", "2023")]),
        ("They walked through the old quarter at night.", []),
        ("The Jewish quarter of the city was crowded.", []),
    ],
)
def test_the_quarter_in_focus(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice in the third quarter of the game.",
        "The Bears led 14-3 at the end of the first quarter after a touchdown.",
        "They had the better of the first half.",
        "A quarter of the staff left.",
        "Three quarters of voters agreed.",
        "The second half of the book is weaker.",
    ],
)
def test_not_quarters(nlp, text):
    assert found(nlp, text, OCT24) == []


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("The factory reopened last fall.", FEB25, [("last fall", "2024-FA")]),
        ("The bakery opened last spring.", OCT24, [("last spring", "2024-SP")]),
        ("The bakery opened last spring.", MAY25, [("last spring", "2024-SP")]),
        ("The bridge reopens this summer.", FEB25, [("this summer", "2025-SU")]),
        ("Rents rose this past spring.", OCT24, [("this past spring", "2024-SP")]),
        ("A vote is due next spring.", OCT24, [("next spring", "2025-SP")]),
        ("A vote is due next autumn.", FEB25, [("next autumn", "2025-FA")]),
        ("Prices rose over the summer.", OCT24, [("the summer", "2024-SU")]),
        ("Flooding hit the valley in the winter of 2019.", OCT24, [("the winter of 2019", "2019-WI")]),
        ("Sales peaked in summer 2021.", OCT24, [("summer 2021", "2021-SU")]),
        ("The plan will be ready in the fall.", FEB25, [("the fall", "2025-FA")]),
    ],
)
def test_seasons(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    "text",
    [
        "The fall of the regime surprised no one.",
        "Prices may fall in the spring of the mattress.",
        "The summer camp closed early.",
        "Winter storms cut power to thousands.",
        "Leaders of the Arab Spring met in Tunis.",
    ],
)
def test_not_seasons(nlp, text):
    assert found(nlp, text, OCT24) == []


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # Said on a weekday, `over the weekend` is the one just gone.
        ("Rebels took the town over the weekend.", MAY25, [("the weekend", "2025-W20-WE")]),
        ("Talks continue this weekend.", FEB25, [("this weekend", "2025-W07-WE")]),
        ("Traders sold ahead of the weekend.", FEB25, [("the weekend", "2025-W07-WE")]),
        ("Fans gathered last weekend.", MAY25, [("last weekend", "2025-W20-WE")]),
        ("The market opens next weekend.", FEB25, [("next weekend", "2025-W07-WE")]),
    ],
)
def test_weekends(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales were strong in the 1990s.", [("the 1990s", "199X")]),
        ("The mill grew in the early 1970s.", [("the early 1970s", "197X")]),
        ("Crime fell in the mid-2010s.", [("the mid-2010s", "201X")]),
        ("Rents doubled in the '80s.", [("the '80s", "198X")]),
        ("It was the worst drought of the 20th century.", [("the 20th century", "19")]),
        ("Nineteenth-century mills lined the river.", [("Nineteenth-century", "18")]),
    ],
)
def test_decades_and_centuries(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("Shops closed on Christmas Day.", FEB25, [("Christmas Day", "2024-12-25")]),
        ("The shelter will open before Christmas.", OCT24, [("Christmas", "2024-12-25")]),
        ("Fireworks lit the bay on New Year's Eve.", FEB25, [("New Year's Eve", "2024-12-31")]),
        ("The ferry sank on New Year's Day.", FEB25, [("New Year's Day", "2025-01-01")]),
        ("The store burned down last Thanksgiving.", FEB25, [("last Thanksgiving", "2024-11-28")]),
        ("The talks broke down at Easter.", MAY25, [("Easter", "2025-04-20")]),
        ("Good Friday was quiet in the city.", MAY25, [("Good Friday", "2025-04-18")]),
        ("The law passed at Christmas 2019.", FEB25, [("Christmas 2019", "2019-12-25")]),
        # After a past verb, `before` a holiday is the nearest one, not next year's.
        ("Toy sales jumped before Christmas.", FEB25, [("Christmas", "2024-12-25")]),
        ("Toy sales jumped before Christmas.", dt.date(2024, 12, 20), [("Christmas", "2024-12-25")]),
        # A holiday's week is the ISO week it falls in; said in that week, this one.
        ("Ferries were full in Christmas week.", FEB25, [("Christmas week", "2024-W52")]),
        ("Pilgrims gathered as Easter week began.", dt.date(2025, 4, 14), [("Easter week", "2025-W16")]),
        ("Easter week 2019 was wet.", FEB25, [("Easter week 2019", "2019-W16")]),
        ("The Christmas weekly market opened.", FEB25, []),
    ],
)
def test_holidays(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    "text",
    [
        "Christmas shopping was weak.",
        "Good Friday services were cancelled.",
        "The Thanksgiving parade drew crowds.",
        "Ships anchored off Christmas Island.",
    ],
)
def test_not_holidays(nlp, text):
    assert [v for _, v in found(nlp, text, OCT24) if v and v[5:] in ("12-25", "04-18", "11-28")] == []


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, "2024-03-31"), (2025, "2025-04-20"), (2000, "2000-04-23"), (1998, "1998-04-12")],
)
def test_easter(year, easter):
    assert part_value(f"Easter {year}", None, None, None) == easter


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # `last February` said in March is a year back: the month just gone is `last month`.
        ("The dam burst last February.", MAR25, [("last February", "2024-02")]),
        ("The dam burst last February.", MAY25, [("last February", "2025-02")]),
        ("The plant shut last December.", FEB25, [("last December", "2024-12")]),
    ],
)
def test_last_month_name(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A scheduled day is the nearest one, whatever the tense of the clause reporting it.
        ("The board declared a dividend payable Nov. 7 to holders.", [("Nov. 7", "2024-11-07")]),
        ("The board had voted to let the permit expire Nov. 4.", [("Nov. 4", "2024-11-04")]),
        ("The regulator extended the consultation to Nov. 15.", [("Nov. 15", "2024-11-15")]),
        ("The court fixed a Nov. 2 deadline for appeals.", [("Nov. 2", "2024-11-02")]),
        ("The rule, effective Dec. 1, was approved.", [("Dec. 1", "2024-12-01")]),
        # Not scheduled: a past verb keeps a near day in the past.
        ("The council met on Nov. 2 to vote.", [("Nov. 2", "2023-11-02")]),
        ("The deadline passed on Oct. 20.", [("Oct. 20", "2024-10-20")]),
    ],
)
def test_scheduled_days(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # `over the past year` is the year before, as TimeML reads it.
        ("Sales have grown over the last year.", OCT24, [("the last year", "2023")]),
        ("Crime fell in the past year.", OCT24, [("the past year", "2023")]),
        # A duration, or a vague span, is no date.
        ("She has lived there for the past year.", OCT24, []),
        ("Over the last year or so, rents rose.", OCT24, []),
        # `as soon as Tuesday` looks ahead; a plain past verb does not.
        ("The minister could leave as soon as Tuesday.", MAR25, [("Tuesday", "2025-03-04")]),
        ("Talks could start as early as Friday.", MAR25, [("Friday", "2025-03-07")]),
        ("The minister left on Tuesday.", MAR25, [("Tuesday", "2025-02-25")]),
        # ...nor does a past one with `as early as`: the earliest day already gone.
        ("Guards had handed out masks from as early as March 8.", OCT24, [("March 8", "2024-03-08")]),
        ("Guards handed out masks as early as Friday.", MAR25, [("Friday", "2025-02-28")]),
        # `the 2023 period` is the quarter in focus in that year; alone, the year.
        (
            "Net rose in the third quarter. In the 2023 period, it fell.",
            OCT24,
            [("the third quarter", "2024-Q3"), ("the 2023 period", "2023-Q3")],
        ),
        ("In the 2023 period, the firm grew.", OCT24, [("2023", "2023")]),
    ],
)
def test_past_year_as_soon_as_and_the_year_period(nlp, text, ref, want):
    assert found(nlp, text, ref) == want


def test_the_year_period_after_the_nine_months_is_the_year(nlp):
    text = "Net rose in the third quarter. For the nine months, net fell from the 2023 period."
    assert found(nlp, text, OCT24) == [("the third quarter", "2024-Q3"), ("the 2023 period", "2023")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Transcripts spell the year out; the month or season takes it.
        (
            "The mine closed in March nineteen eighty-five.",
            [("March nineteen eighty-five", "1985-03")],
        ),
        (
            "Rivers froze in the winter of nineteen eighty-two.",
            [("the winter of nineteen eighty-two", "1982-WI")],
        ),
        # Another sentence, or a modifier, keeps them apart.
        (
            "They met in March. Nineteen ninety-six was a good year.",
            [("March", "2024-03"), ("Nineteen ninety-six", "1996")],
        ),
    ],
)
def test_spoken_years_join_their_month(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A two-digit year is the one with those digits nearest the reference year.
        ("The band split in '98 and toured again.", [("'98", "1998")]),
        ("Prices peaked in June '98.", [("June '98", "1998-06")]),
        ("She graduated with the class of '09.", [("'09", "2009")]),
        ("Tickets for Expo '26 went on sale.", [("'26", "2026")]),
        # Not a year: a quotation opening on a number, a decade, feet and inches.
        ("'98 people died,' she said.", []),
        ("Rents rose in the '90s.", [("the '90s", "199X")]),
        ("He is 5'11\" tall.", []),
    ],
)
def test_two_digit_years(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # `the following month` counts from the month the story last named.
        (
            "The plant closed in March 2019. The following month, workers left.",
            [("March 2019", "2019-03"), ("The following month", "2019-04")],
        ),
        (
            "The strike began on 3 May. Later that month, talks resumed.",
            [("3 May", "2024-05-03"), ("Later that month", "2024-05")],
        ),
        # With nothing named before, it counts from the reference date.
        ("The following month was quiet.", [("The following month", "2024-11")]),
        # After `the nine months`, the quarter in focus is still `the quarter`.
        (
            "Net fell in the third quarter. For the nine months, net rose. Costs rose in the quarter.",
            [("the third quarter", "2024-Q3"), ("the quarter", "2024-Q3")],
        ),
        (
            "Net fell in the third quarter. For the nine months, net rose from the year-earlier period.",
            [("the third quarter", "2024-Q3"), ("the year-earlier period", "2023")],
        ),
    ],
)
def test_month_anchor_and_the_year_to_date(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A possessive date names the day of its noun, not a deadline.
        ("The fund's holding was 4% before Friday's trades.", [("Friday", "2025-02-28")]),
        ("Bids are due before Friday.", [("Friday", "2025-03-07")]),
    ],
)
def test_possessive_day_is_no_deadline(nlp, text, want):
    assert found(nlp, text, MAR25) == want


JUN20 = dt.date(2020, 6, 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A two-digit year far ahead is the past one; `the 1800s` is a century, `the 2000s` a decade.
        ("It happened in '69, half a century ago.", [("'69", "1969")]),
        ("The buffalo were hunted in the 1800s.", [("the 1800s", "18")]),
        ("Phones changed in the 2000s.", [("the 2000s", "200X")]),
    ],
)
def test_centuries_written_as_hundreds(nlp, text, want):
    assert found(nlp, text, JUN20) == want


@pytest.mark.parametrize(
    "text",
    [
        # None of these names a holiday, a weekend or the year before.
        "The Halloween-themed fair drew fans.",
        "The fair was held on the last weekend of July.",
        "Prices rose in the past year and a half.",
    ],
)
def test_not_parts_of_the_year(nlp, text):
    values = [v for _, v in found(nlp, text, JUN20)]
    assert not [v for v in values if v and (v.endswith("-WE") or v[5:] == "10-31" or v == "2019")]


def test_a_goal_in_business_copy_is_no_game(nlp):
    text = "Net fell in the third quarter. Stocks shrank during the quarter, near its goal of a cut."
    assert found(nlp, text, OCT24) == [("the third quarter", "2024-Q3"), ("the quarter", "2024-Q3")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # `the previous Friday` is the Friday before the day the story last named.
        (
            "Rents on Oct. 21 were above those of the previous Friday.",
            [("Oct. 21", "2024-10-21"), ("the previous Friday", "2024-10-18")],
        ),
        (
            "The fire broke out on 2 October. The following Monday, the mill shut.",
            [("2 October", "2024-10-02"), ("The following Monday", "2024-10-07")],
        ),
        # Without a day named before, it counts from the reference date.
        ("Shares fell from the previous Friday.", [("the previous Friday", "2024-10-18")]),
    ],
)
def test_weekday_anchored_on_the_story(nlp, text, want):
    assert found(nlp, text, OCT24) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # With no month named before, `the previous month` counts from the reference date.
        ("Output fell in the previous month.", [("the previous month", "2024-09")]),
        ("Later that month, talks resumed.", [("Later that month", None)]),
    ],
)
def test_month_anchor_without_a_month_named(nlp, text, want):
    assert found(nlp, text, OCT24) == want
