"""find_dates: which expressions count as dates and what they normalise to."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.pipeline.nlp import load
from claimx.rules.dates import find_dates
from tests.chunks import bare

REF = dt.date(2025, 2, 2)  # a Sunday
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


@pytest.fixture(scope="module")
def nlp():
    return load()


def found(nlp, text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    mentions = find_dates(bare(doc, ref))
    return [(text[m.start : m.end], m.value) for m in mentions]


def only(nlp, text: str, ref: dt.date | None = REF) -> tuple[str, str | None]:
    got = found(nlp, text, ref)
    assert len(got) == 1, got
    return got[0]


def test_seed_examples(nlp):
    quote = 'Quote: "Yesterday (31 January), our forces carried out a powerful operation."'
    assert found(nlp, quote) == [("Yesterday (31 January)", "2025-01-31")]
    background = "Background: On 31 January, the General Staff reported that a command post was destroyed."
    assert found(nlp, background) == [("31 January", "2025-01-31")]


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # The nearest year on or before the reference...
        ("The talks ended on 31 January.", REF, "2025-01-31"),
        ("The talks ended on 3 February.", REF, "2024-02-03"),
        ("The talks ended on 2 February.", REF, "2025-02-02"),
        ("The ship sank on December 28.", dt.date(2019, 1, 10), "2018-12-28"),
        # ...or on or after it when the clause looks ahead.
        ("Negotiators will meet again on 17 March.", dt.date(2025, 3, 10), "2025-03-17"),
        ("The court will rule on 31 January.", REF, "2026-01-31"),
        ("Sentencing is scheduled for February 4.", dt.date(2019, 2, 1), "2019-02-04"),
        ("The vote is expected to take place on 1 February.", REF, "2026-02-01"),
        ("The port is due to reopen on 5 February.", REF, "2025-02-05"),
        ("The bill follows a May 21 meeting between the ministers.", dt.date(2024, 6, 6), "2024-05-21"),
        ("He would have turned 80 on February 20.", dt.date(2019, 2, 11), "2019-02-20"),
        ("Leap day: the deal closed on 29 February.", dt.date(2025, 3, 10), "2024-02-29"),
        # Deadlines, `is to`, `may` and `next` nouns look ahead; a past verb does not.
        (
            "The prime minister wants the country out of the bloc by 31 October.",
            dt.date(2019, 9, 1),
            "2019-10-31",
        ),
        ("Parliament is to remain suspended until 14 October.", dt.date(2019, 9, 11), "2019-10-14"),
        (
            "The new rule, which is to take effect on 10 December, bans flights.",
            dt.date(2019, 11, 1),
            "2019-12-10",
        ),
        (
            "The judge ordered he stay in custody until his next hearing on 5 April.",
            dt.date(2019, 3, 17),
            "2019-04-05",
        ),
        ("By 3 March the virus had killed 500 people.", dt.date(2020, 3, 10), "2020-03-03"),
        ("Riots broke out due to a shooting on 23 August.", dt.date(2020, 10, 29), "2020-08-23"),
        ("The earthquakes may continue into early February.", dt.date(2020, 1, 15), "2020-02"),
        # A present tense that the date times is a timetable; a past one, `since` or a noun is not.
        ("The first intake opens on April 1.", dt.date(2025, 3, 12), "2025-04-01"),
        ("The window closes on May 30.", dt.date(2025, 3, 12), "2025-05-30"),
        ("The vote is on 12 March.", dt.date(2025, 3, 1), "2025-03-12"),
        ("The first intake opened on April 1.", dt.date(2025, 3, 12), "2024-04-01"),
        ("Reports filed on April 1 show a rise.", dt.date(2025, 3, 12), "2024-04-01"),
        ("The road is closed since 1 March.", dt.date(2025, 2, 20), "2024-03-01"),
        # A weekday next to the date picks the year the date falls on.
        ("The trial could begin on Tuesday, January 21.", dt.date(2020, 1, 15), "2020-01-21"),
        # A relative year beside the date gives its year.
        ("The lockdown started on December 22, last year.", dt.date(2019, 1, 7), "2018-12-22"),
        ("Pompeo joined the meeting on March 20 last year.", dt.date(2020, 1, 9), "2019-03-20"),
        ("The parents were arrested in January of last year.", dt.date(2019, 4, 20), "2018-01"),
        ('She wrote, "Last year August 8 was a happy day."', dt.date(2020, 9, 1), "2019-08-08"),
        ("A ruling is expected in June of this year.", dt.date(2019, 2, 2), "2019-06"),
        # The infinitive of a decision is what is to happen; the decision itself is past.
        ("The council has decided to reopen the old bridge in May.", dt.date(2021, 2, 10), "2021-05"),
        ("The brewers have agreed to merge their depots in February.", dt.date(2021, 10, 30), "2022-02"),
        ("The unions vote to strike in February.", dt.date(2021, 10, 30), "2022-02"),
        # After a simple past the date is as often the decision's.
        ("The board agreed to sell the mill in February.", dt.date(2021, 10, 30), "2021-02"),
        ("The board decided in March to sell the mill.", dt.date(2021, 10, 30), "2021-03"),
        ("The board tried to sell the mill in March.", dt.date(2021, 10, 30), "2021-03"),
        # A day that is set, fixed or granted is a scheduled day: the nearest one.
        ("The club has set 12 June as the last day for ticket claims.", dt.date(2021, 6, 2), "2021-06-12"),
        ("Farmers hope to speak at a hearing set for Kallow in April.", dt.date(2021, 3, 12), "2021-04"),
        ("The mayor gave the builders until 4 November to finish.", dt.date(2021, 10, 30), "2021-11-04"),
        ("Lawyers for Ms Orwin sought a later 14 January court date.", dt.date(2021, 1, 6), "2021-01-14"),
        ("The family missed a Jan. 14 court date.", dt.date(2021, 1, 6), "2021-01-14"),
        ("The date of 14 December was chosen.", dt.date(2021, 1, 6), "2020-12-14"),
        ("The record was set on March 3.", dt.date(2021, 3, 12), "2021-03-03"),
        ("The judge gave the jury its instructions on March 3.", dt.date(2021, 3, 12), "2021-03-03"),
        # `last March` said in March is a year back.
        ("Prices fell last March.", dt.date(2019, 3, 20), "2018-03"),
        ("Fields made an arrangement last March.", dt.date(2019, 7, 1), "2019-03"),
    ],
)
def test_day_and_month_take_the_year_from_the_reference(nlp, text, ref, want):
    assert only(nlp, text, ref)[1] == want


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("It was listed on 12 October 1998.", "12 October 1998", "1998-10-12"),
        ("It was listed on February 3, 2025.", "February 3, 2025", "2025-02-03"),
        ("It was listed on Feb. 3, 2025.", "Feb. 3, 2025", "2025-02-03"),
        ("The storm struck on Oct. 29, 2023, at dusk.", "Oct. 29, 2023", "2023-10-29"),
        ("The file is dated 2025-02-03 in the archive.", "2025-02-03", "2025-02-03"),
        ("The order was signed on 14/03/2024 in Kyiv.", "14/03/2024", "2024-03-14"),
        ("The fire began on Tuesday, 4 June 2024 at night.", "Tuesday, 4 June 2024", "2024-06-04"),
        ("It opened on the 5th of March 2024.", "5th of March 2024", "2024-03-05"),
        ("He joined the lab in March of 2016.", "March of 2016", "2016-03"),
        ("The mill closed in March 2009.", "March 2009", "2009-03"),
        ("The firm was founded in 2019.", "2019", "2019"),
        ("She has lived there since 1979.", "1979", "1979"),
        ("Growth is forecast through 2027.", "2027", "2027"),
        ("They lost the 2019 cup final.", "2019", "2019"),
        ("Attacks have risen since the start of 2024.", "2024", "2024"),
        ("Prices peaked in mid-2022.", "2022", "2022"),
    ],
)
def test_full_dates_need_no_reference(nlp, text, span, want):
    assert only(nlp, text, None) == (span, want)
    assert only(nlp, text, REF) == (span, want)


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("Flooding in March drove the rise.", dt.date(2024, 5, 13), "2024-03"),
        ("Flooding in March drove the rise.", REF, "2024-03"),
        ("It has shipped doses since January.", dt.date(2024, 5, 13), "2024-01"),
        ("Stocks fell below the floor for most of April.", dt.date(2024, 5, 13), "2024-04"),
        ("Brandt told Reuters in January that the group was sound.", dt.date(2024, 3, 5), "2024-01"),
        (
            "The minister said on Friday that the government would open centres by the end of June.",
            dt.date(2024, 5, 13),
            "2024-06",
        ),
        ("A fourth book is due out in May.", dt.date(2019, 1, 22), "2019-05"),
    ],
)
def test_month_alone(nlp, text, ref, want):
    month = [v for _, v in found(nlp, text, ref) if v and len(v) == 7]
    assert month == [want]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("Rescuers ended their work yesterday.", "yesterday", "2025-02-01"),
        ("Today, the senator introduced the bill.", "Today", "2025-02-02"),
        ("The port will resume work tomorrow.", "tomorrow", "2025-02-03"),
        ("Vigils will be held tonight.", "tonight", "2025-02-02"),
        ("The lanes were closed last night.", "last night", "2025-02-01"),
        ("He arrived this morning.", "this morning", "2025-02-02"),
        ("A fire yesterday afternoon killed five.", "yesterday afternoon", "2025-02-01"),
        ("The minister said last month that he backed it.", "last month", "2025-01"),
        ("Orders dropped sharply late last year.", "last year", "2024"),
        ("Cases rose 37.5% so far this year.", "this year", "2025"),
        ("The WHO said earlier this month that it had shipped doses.", "this month", "2025-02"),
        ("It is not likely to happen again next year.", "next year", "2026"),
        ("The plant opened two years ago.", "two years ago", "2023"),
        ("The ship left three days ago.", "three days ago", "2025-01-30"),
    ],
)
def test_relative_days_months_years(nlp, text, span, want):
    assert only(nlp, text) == (span, want)


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # The most recent one on or before the reference (the same day included)...
        ("Talks ended without agreement on Monday.", dt.date(2025, 3, 10), "2025-03-10"),
        ("The report was released on Monday.", dt.date(2024, 5, 16), "2024-05-13"),
        ("Zambia's minister said on Friday that centres would open.", dt.date(2024, 5, 13), "2024-05-10"),
        ("Fans packed the ground on Sunday.", REF, "2025-02-02"),
        # ...the next one for the future.
        ("The sides will meet on Monday.", REF, "2025-02-03"),
        ("Nair would start when the sides meet again on Wednesday.", dt.date(2024, 4, 14), "2024-04-17"),
        ("The crew is scheduled to return to Earth on Friday.", dt.date(2019, 3, 5), "2019-03-08"),
        ("The teams meet again on Tuesday at 7 p.m.", dt.date(2025, 2, 8), "2025-02-11"),
        ("Ministers are meeting on Thursday to discuss the plan.", dt.date(2025, 2, 8), "2025-02-13"),
        # A date the parser hung on the inverted attribution after it belongs to the clause before.
        (
            "Talks are due to open in the capital, Lusaka, on Tuesday, the presidency announced.",
            dt.date(2025, 2, 8),
            "2025-02-11",
        ),
        ("The court will hear the case on Tuesday, its clerk said.", dt.date(2025, 2, 8), "2025-02-11"),
        ("The rebels seized the pass on Tuesday, the army said.", dt.date(2025, 2, 8), "2025-02-04"),
        # ...but not for a reporting verb, a participle, a snapshot or a statement on a noun.
        ("The ministry says on Tuesday that the attack failed.", dt.date(2025, 2, 8), "2025-02-04"),
        ("Figures released on Monday show prices rose.", dt.date(2025, 2, 8), "2025-02-03"),
        ("As of Sunday evening, all four are in stable condition.", dt.date(2019, 7, 23), "2019-07-21"),
        (
            "In a statement on Tuesday, the ministry says the attack failed.",
            dt.date(2025, 2, 8),
            "2025-02-04",
        ),
        # `last` and `next` never mean the reference day itself.
        ("She told reporters last Tuesday.", dt.date(2024, 5, 13), "2024-05-07"),
        ("She spoke last Sunday.", REF, "2025-01-26"),
        ("They meet next Sunday.", REF, "2025-02-09"),
        ("This past Friday, the princess announced her bid.", dt.date(2019, 2, 11), "2019-02-08"),
        ("They must rule by this coming Friday.", dt.date(2019, 2, 11), "2019-02-15"),
        ("The storm hit on Sunday night.", dt.date(2019, 9, 16), "2019-09-15"),
        # `next to` is a place; a verb whose past is its present (`hurt`) is no timetable.
        ("A van caught fire in the lane next to the school on Friday.", dt.date(2021, 8, 7), "2021-08-06"),
        ("Falling coffee prices hurt growers in Pelmar on Friday.", dt.date(2021, 10, 25), "2021-10-22"),
        ("The bank next to the square opens on Friday.", dt.date(2021, 8, 4), "2021-08-06"),
        ("The two rivals meet again on Friday.", dt.date(2021, 8, 4), "2021-08-06"),
    ],
)
def test_weekdays(nlp, text, ref, want):
    assert only(nlp, text, ref)[1] == want


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("Yesterday (31 January), our forces struck.", REF, ("Yesterday (31 January)", "2025-01-31")),
        ("On Friday, 31 January, the court ruled.", REF, ("Friday, 31 January", "2025-01-31")),
        ("Yesterday (30 January 2025) the court ruled.", None, ("Yesterday (30 January 2025)", "2025-01-30")),
        ("Yesterday (31 January), our forces struck.", None, ("Yesterday (31 January)", None)),
        ("Tomorrow (3 February) the port reopens.", REF, ("Tomorrow (3 February)", "2025-02-03")),
    ],
)
def test_explicit_date_wins_over_the_word_beside_it(nlp, text, ref, want):
    assert found(nlp, text, ref) == [want]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rescuers ended their work yesterday.", "yesterday"),
        ("Talks ended on Monday.", "Monday"),
        ("The talks ended on 31 January.", "31 January"),
        ("The minister said last month that he backed it.", "last month"),
        ("Fighting resumed in March.", "March"),
        ("The plant opened two years ago.", "two years ago"),
    ],
)
def test_no_reference_no_value(nlp, text, span):
    assert only(nlp, text, None) == (span, None)


@pytest.mark.parametrize(
    "text",
    [
        "The company employs 2000 workers at the plant.",
        "Castlegate will invest in the unit over three years.",
        "She has run a bait shop for 22 years.",
        "It is the largest project in three decades.",
        "Prices have risen recently.",
        "Firefighters were called shortly after 11pm.",
        "The blaze was under control by 06:30.",
        "Kick-off is at 7.45pm.",
        "The storm was 785 miles (1260 kilometers) west of Bermuda.",
        "The fire started at about 19:00 local time (1700 UTC).",
        "A 14-year-old boy was injured.",
        "About 1,200 people lived there.",
        "Residents kept windows shut overnight.",
        "The report is due within two weeks.",
        "Good Friday services were cancelled.",
        "USA Today reported the figures.",
        "Theresa May said the vote would go ahead.",
        "He resigned in protest to May's Brexit agreement.",
    ],
)
def test_not_dates(nlp, text):
    assert found(nlp, text) == []


def test_body_only_sorted_and_without_overlaps(nlp):
    text = "On 3 February 2025 talks ended. Talks resume on Monday. They began in 2019 and in March 2024."
    doc = nlp(text)
    whole = find_dates(bare(doc, REF))
    assert [text[m.start : m.end] for m in whole] == ["3 February 2025", "Monday", "2019", "March 2024"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(whole))
    second = text.index("Talks resume")
    body = find_dates(bare(doc, REF, body_start=second))
    assert [m.start for m in body] == [text.index("Monday"), text.index("2019"), text.index("March 2024")]
    assert find_dates(bare(doc, REF, body_start=len(text))) == []


def test_dateline_weekday_and_time(nlp):
    text = "Sunday, 14 April 2024, 22:40\n\nThe hosts won on Sunday."
    assert found(nlp, text, dt.date(2024, 4, 14)) == [
        ("Sunday, 14 April 2024", "2024-04-14"),
        ("Sunday", "2024-04-14"),
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_day_month_year_parses_back(nlp, day):
    written = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    text = f"The agreement was signed on {written} in Geneva."
    assert found(nlp, text, None) == [(written, day.isoformat())]


_WORDS = st.sampled_from(
    MONTHS
    + "Monday yesterday last year month on in since the ( ) , . 31 2019 1700 Feb. 3 UTC".split()
    + "2025-02-03 14/03/2024 ago two next said will".split()
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, max_size=25), st.data())
def test_offsets_hold_on_any_text(nlp, words, data):
    text = " ".join(words)
    doc = nlp(text)
    start = data.draw(st.integers(0, len(text)))
    refs = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 1, 1))
    ref = data.draw(st.one_of(st.none(), refs))
    mentions = find_dates(bare(doc, ref, body_start=start))
    for m in mentions:
        assert start <= m.start < m.end <= len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The treaty caps emissions until 2150.", [("2150", "2150")]),
        ("Sea levels keep rising through 2199.", [("2199", "2199")]),
        ("The castle was built in 1066.", [("1066", "1066")]),
        # Five digits are never a year, nor is a number past the range.
        ("The model runs to 22000 steps.", []),
    ],
)
def test_one_year_range(nlp, text, want):
    assert found(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # No reference date: a yearless day or month is put nearest the last full date before it...
        ("The crash happened on Jan. 18, 2025. Two died on Jan. 20.", "Jan. 20", "2025-01-20"),
        (
            "The vote was held on 12 December 2019. The UK must leave by 31 January.",
            "31 January",
            "2020-01-31",
        ),
        ("The law passed on 2 May 2019. In June, it was amended.", "June", "2019-06"),
        # ...but without one before it stays unpinned, and weekdays and relative words always do.
        ("Talks began on 3 March and ended in 2019.", "3 March", None),
        ("The law passed on 2 May 2019. On Monday it came into force.", "Monday", None),
        ("The law passed on 2 May 2019. It was amended yesterday.", "yesterday", None),
        # A later year leaves no day in focus.
        ("Guy was born on 11 December 1935. He won in 2012. He fell ill on August 10.", "August 10", None),
        # A year alone is no focus for a day, nor does one named between move the focus.
        ("The law passed in 2019. On 5 March it was amended.", "5 March", None),
        (
            "Fees rose on 1 April 2025. The hall was built in 1986. It shut on 28 February.",
            "28 February",
            "2025-02-28",
        ),
        (
            "The crash was on Jan. 18, 2025. The bus passed a check in March 2023. Help came Jan. 20.",
            "Jan. 20",
            "2025-01-20",
        ),
    ],
)
def test_no_reference_date_takes_the_year_of_the_story(nlp, text, mention, value):
    assert dict(found(nlp, text, None))[mention] == value


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # `the week of` a day is that day's ISO week.
        (
            "The inquiry may sit the week of March 9.",
            dt.date(2026, 2, 20),
            [("the week of March 9", "2026-W11")],
        ),
        (
            "Crews return the week of 4 May 2027.",
            dt.date(2026, 2, 20),
            [("the week of 4 May 2027", "2027-W18")],
        ),
        ("The week of Jan. 5 was the coldest.", dt.date(2026, 2, 20), [("The week of Jan. 5", "2026-W02")]),
        # Not a week when no day is named.
        ("They spent the week of talks in Orvane.", dt.date(2026, 2, 20), []),
        # The other day of a pair that shares a month.
        (
            "The council sits on May 12 and 13 in Orvane.",
            dt.date(2026, 4, 20),
            [("May 12", "2026-05-12"), ("13", "2026-05-13")],
        ),
        (
            "Talks were held on 3 and 4 March.",
            dt.date(2026, 4, 20),
            [("3", "2026-03-03"), ("4 March", "2026-03-04")],
        ),
        # A count after `and` is no day.
        ("Storms hit on May 12 and 13 homes flooded.", dt.date(2026, 5, 20), [("May 12", "2026-05-12")]),
        ("Shares fell on May 12 and 13% of staff left.", dt.date(2026, 5, 20), [("May 12", "2026-05-12")]),
    ],
)
def test_weeks_of_a_day_and_paired_days(nlp, text, ref, want):
    assert found(nlp, text, ref) == want
