from datetime import date

import pytest

from claimx.layout.dateline import article_year, find_dateline, has_year


@pytest.mark.parametrize(
    ("text", "date_", "place", "agency"),
    [
        ("date 2025-02-02 President Ada Lin said", "2025-02-02", None, None),
        ("  date 2025-02-02 The", "2025-02-02", None, None),
        ("KYIV, Ukraine (AP) — Officials said", None, "Kyiv", "AP"),
        # Places that begin like a month name (`MAR`, `AUG`, `JUN`, `NOV`) are places all the same.
        ("MARIUPOL, Ukraine (AP) — Shelling", None, "Mariupol", "AP"),
        ("MARSEILLE, France (AFP) - Dockers", None, "Marseille", "AFP"),
        ("AUGUSTA, Maine (AP) — Lawmakers", None, "Augusta", "AP"),
        ("JUNEAU, Alaska (AP) — The state", None, "Juneau", "AP"),
        ("NOVOSIBIRSK, Russia (Reuters) - A court", None, "Novosibirsk", "Reuters"),
        ("DECATUR, Ga. (AP) — A school", None, "Decatur", "AP"),
        ("DULUTH, Minn. (AP) — The city", None, "Duluth", "AP"),
        ("WASHINGTON (AP) — Lawmakers", None, "Washington", "AP"),
        ("LONDON, March 3, 2024 (Reuters) - Oil prices", "2024-03-03", "London", "Reuters"),
        ("Paris (AFP) - Le gouvernement", None, "Paris", "AFP"),
        ("BRUSSELS, 10 March 2025 – Talks ended", "2025-03-10", "Brussels", None),
        ("Published 12 May 2024\n\nThe report", "2024-05-12", None, None),
        ("Updated: Monday, 3 February 2025, 14:05\n\nThe", "2025-02-03", None, None),
        ("Sunday, 14 April 2024, 22:40\n\nCity won", "2024-04-14", None, None),
        ("June 6, 2024\n\nWASHINGTON, D.C. – Today, the", "2024-06-06", "Washington", None),
        ("FOR IMMEDIATE RELEASE\n\nMarch 18, 2025\n\nCARDIFF – The trust", "2025-03-18", "Cardiff", None),
        ("March 3, 2024 - The city council", "2024-03-03", None, None),
    ],
)
def test_datelines(text: str, date_: str | None, place: str | None, agency: str | None) -> None:
    d = find_dateline(text)
    assert d is not None
    assert (d.date, d.place, d.agency) == (date_, place, agency)
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "Lloyd said the fire had started in the north wing.",
        "The mayor, John Smith, said - nothing.",
        "May 2024 was the hottest month on record.",
        "Crews battle overnight blaze\nBy Sian Morgan\n\nFire crews spent the night there.",
        "",
        "   \n\n  ",
        "In 2019, the council voted.",
        "On Thursday, UK-based retailer Tesco said it would cut jobs.",
        "Recently, Finnish telecoms firm Nokia - once the leader - cut jobs.",
        "Thursday, UK-based retailer Tesco said it would cut jobs.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_year_missing_comes_from_reference() -> None:
    d = find_dateline("LONDON, March 3 (Reuters) - Oil", ref=date(2021, 6, 1))
    assert d is not None and d.date == "2021-03-03" and not has_year(d)


def test_year_missing_comes_from_article() -> None:
    text = "FRANKFURT, March 5 (Reuters) - Sales in 2024 rose; in 2024 they beat 2021 and target 2027."
    d = find_dateline(text)
    assert d is not None and d.date == "2024-03-05"


def test_year_missing_and_unknown_leaves_date_null() -> None:
    d = find_dateline("LONDON, March 3 (Reuters) - Oil rose.")
    assert d is not None and d.date is None and d.place == "London"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("in 2019 and 2020, then 2020", 2020),
        ("no years", None),
        ("Since 2019, 2019 and 2019 again; sales so far in 2025 rose.", 2025),
        ("Targets by 2030 and through 2027; it began in 2021 and grew in 2024.", 2024),
        ("Open until March 31, 2029; the scheme began in 2023.", 2023),
        ("from 2019 to 2023", 2023),
        ("earlier in 2022 the plant closed; it opened in 1998", 2022),
    ],
)
def test_article_year(text: str, year: int | None) -> None:
    assert article_year(text) == year


def test_invalid_calendar_date_is_null() -> None:
    d = find_dateline("date 2025-02-30 Something happened.")
    assert d is not None and d.date is None


# Stamps and layouts of news-site text exports: (text, date, place, what the dateline's text ends with).
@pytest.mark.parametrize(
    ("text", "date_", "place", "ends"),
    [
        ("Published on 02/11/2023 - 09:15\n\nThe depot closed.", "2023-11-02", None, "09:15"),
        ("Updated: Thursday, 7 March 2024, 08:30\n\nThe depot closed.", "2024-03-07", None, "08:30"),
        ("Posted 2023-11-02T09:15Z\n\nThe depot closed.", "2023-11-02", None, "09:15Z"),
        ("Posted 2023-11-02T09:15:30+01:00\n\nThe depot closed.", "2023-11-02", None, "+01:00"),
        ("By Jane Roe | 2 March 2024\n\nThe depot closed.", "2024-03-02", None, "2024"),
        ("By Jane Roe, Herald Staff | March 2, 2024 10:04 AM\n\nThe depot", "2024-03-02", None, "AM"),
        ("Posted by Jane Roe on March 2, 2024\n\nThe depot closed.", "2024-03-02", None, "2024"),
        ("Jane Roe · March 2, 2024 · 4 min read\n\nThe depot closed.", "2024-03-02", None, "read"),
        ("By Jane Roe\n2 March 2024\n\nThe depot closed.", "2024-03-02", None, "2024"),
        ("Depot shuts\nBy Jane Roe, Herald\n\n2 March 2024\n\nThe depot.", "2024-03-02", None, "2024"),
        (
            "Depot shuts\nPhoto: the depot gates, closed since May.\n2 March 2024\n\nIt",
            "2024-03-02",
            None,
            "2024",
        ),
        (
            "2 March 2024\nPhoto: Jane Roe\nLEEDS, England – The depot closed.",
            "2024-03-02",
            "Leeds",
            "England",
        ),
        ("Last updated: 2 March 2024 at 09:15 GMT\n\nThe depot.", "2024-03-02", None, "GMT"),
        ("Published: 2 March 2024 | Updated: 3 March 2024\n\nThe depot.", "2024-03-02", None, "2024"),
        (
            "PUBLISHED: 08:30 GMT, 7 March 2024 | UPDATED: 09:12 GMT, 7 March 2024\n\nIt",
            "2024-03-07",
            None,
            "2024",
        ),
        ("Updated 9:15 AM EST, March 2, 2024\n\nThe depot closed.", "2024-03-02", None, "2024"),
        ("March 7, 2024 / 8:30 AM\n\nThe depot closed.", "2024-03-07", None, "AM"),
        ("02.11.2023 09:15\n\nThe depot closed.", "2023-11-02", None, "09:15"),
        ("2023/11/02\n\nThe depot closed.", "2023-11-02", None, "02"),
        # Day-month order: validity first, then the place's convention.
        ("13/02/2024\n\nThe depot closed.", "2024-02-13", None, "2024"),
        ("12/25/2023\n\nThe depot closed.", "2023-12-25", None, "2023"),
        ("02/11/2023\n\nLEEDS, England – The depot closed.", "2023-11-02", "Leeds", "England"),
        ("02/11/2023\n\nDAYTON, Ohio (AP) — The depot closed.", "2023-02-11", "Dayton", "(AP)"),
        ("Published 02/11/2023\n\nWASHINGTON (AP) — The depot closed.", "2023-02-11", None, "2023"),
        ("CHICAGO, 02/11/2023 (Reuters) - The depot closed.", "2023-02-11", "Chicago", "(Reuters)"),
        ("Published 31/02/2023\n\nThe depot closed.", None, None, "2023"),
        # A no-break space pads the date line, and legend lines of a map follow it.
        (
            "Tuesday, October 8, 2019\xa0\n\n\n██\xa0Rebel held\n\n██\xa0Army held\n\nLate on Sunday, ...",
            "2019-10-08",
            None,
            "2019",
        ),
        ("October 8, 2019\xa0\n\nThe depot closed.", "2019-10-08", None, "2019"),
        # Below a notice of whole sentences, a weekday and a full date alone are the page's date.
        (
            "This article needs review by an editor (one not involved in it).\n\n-Last amended: Mar 17 at"
            " 3:24 UTC. Please check the history.\n\nSunday, October 18, 2020\xa0\n\nThe depot closed.",
            "2020-10-18",
            None,
            "2020",
        ),
    ],
)
def test_web_stamps(text: str, date_: str | None, place: str | None, ends: str) -> None:
    d = find_dateline(text)
    assert d is not None
    assert (d.date, d.place) == (date_, place)
    assert text[d.start : d.end] == d.text and d.text.endswith(ends)


@pytest.mark.parametrize(
    ("text", "order", "date_"),
    [
        ("02/11/2023\n\nThe depot closed.", "MDY", "2023-02-11"),
        ("02/11/2023\n\nThe depot closed.", "DMY", "2023-11-02"),
        ("13/02/2024\n\nThe depot closed.", "MDY", "2024-02-13"),  # no 13th month, whatever the order
        (
            "02/11/2023\n\nDAYTON, Ohio (AP) — The depot closed.",
            "DMY",
            "2023-11-02",
        ),  # the site's format wins
        ("2 March 2024\n\nThe depot closed.", "MDY", "2024-03-02"),
    ],
)
def test_date_order(text: str, order: str, date_: str) -> None:
    d = find_dateline(text, order=order)  # type: ignore[arg-type]
    assert d is not None and d.date == date_


# A lede that opens with a date, a stamp word or a byline keeps its words.
@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2024, the day the council voted, was cold.",
        "2 March 2024 marked ten years since the depot opened.",
        "12/05/2024 was the day the depot closed.",
        "Posted on March 2, 2024, the video shows a crowd outside.",
        "Published in 2019, the report found that the depot leaked.",
        "Updated figures released on 2 March 2024 show a rise.",
        "By 2 March 2024 the depot had closed.",
        "By Jane Roe, 2 March 2024 The depot closed.",
        "The 1/2/2024 deadline passed without a deal.",
        "Depot shuts\nThe depot in Leeds closed on Monday, the council said.\n2 March 2024\n\nIt",
        "On Monday, 2 March 2024, the depot closed.",
        # Below sentences, a date alone without its weekday may head a timeline: no dateline.
        "The depot closed after a long dispute.\n\nThe union said so.\n\n2 March 2024\n\nTalks broke down.",
        "The depot closed after a long dispute.\n\nA\n\nB\n\nC\n\nD\n\nMonday, 2 March 2024\n\nTalks broke down.",
    ],
)
def test_lede_opening_with_a_date_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
