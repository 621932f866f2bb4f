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
