"""The calendar, number and currency lists do not contradict each other or themselves."""

from __future__ import annotations

import re

import pytest

from claimx.lexicon import calendar, currency, numbers, places


def test_month_and_weekday_forms_are_unique() -> None:
    forms = [f.lower() for m in calendar.MONTHS for f in m]
    assert len(forms) == len(set(forms))
    days = [f.lower() for d in calendar.WEEKDAYS for f in d]
    assert len(days) == len(set(days))
    assert not set(forms) & set(days)
    assert len(calendar.MONTHS) == 12 and len(calendar.WEEKDAYS) == 7


def test_abbreviations_abbreviate_their_name() -> None:
    for forms in (*calendar.MONTHS, *calendar.WEEKDAYS):
        assert all(forms[0].startswith(a) for a in forms[1:]), forms


def test_patterns_read_every_form_and_nothing_longer() -> None:
    month = re.compile(calendar.month_pattern())
    weekday = re.compile(calendar.weekday_pattern())
    for forms in calendar.MONTHS:
        for f in forms:
            assert month.fullmatch(f)
        for a in forms[1:]:
            assert month.fullmatch(a + ".")
    for forms in calendar.WEEKDAYS:
        for f in forms:
            assert weekday.fullmatch(f)
    assert month.match("Marseille") is None and month.match("Augusta") is None
    assert weekday.match("Monet") is None


def test_year_pattern_is_the_year_range() -> None:
    year = re.compile(calendar.year_pattern())
    assert year.fullmatch(str(calendar.YEAR_MIN)) and year.fullmatch(str(calendar.YEAR_MAX))
    assert not year.fullmatch(str(calendar.YEAR_MIN - 1)) and not year.fullmatch(str(calendar.YEAR_MAX + 1))
    assert all(calendar.is_year(y) == bool(year.fullmatch(str(y))) for y in range(900, 2300))


def test_number_words_are_not_calendar_or_currency_words() -> None:
    words = numbers.NUMBER_WORDS
    assert not words & set(calendar.MONTH_NUMBERS) and not words & set(calendar.WEEKDAY_NUMBERS)
    assert not words & set(currency.CURRENCY_WORDS)
    assert set(numbers.UNITS).isdisjoint(numbers.TENS)


def test_scale_suffixes_agree_with_scale_words() -> None:
    scales = set(numbers.BIG_SCALES.values())
    assert set(numbers.SCALE_SUFFIXES.values()) <= scales
    assert "trn" in numbers.SCALE_SUFFIXES and numbers.SCALE_SUFFIXES["trn"] == numbers.BIG_SCALES["trillion"]
    assert not {s.upper() for s in numbers.SCALE_SUFFIXES} & currency.CURRENCY_CODES


def test_currency_codes_are_iso_shaped_and_consistent() -> None:
    iso = re.compile(r"[A-Z]{3}")
    reported = {
        *currency.FAMILY_CODES.values(),
        *currency.WORD_CODES.values(),
        *(c for nations in currency.NATION_CURRENCIES.values() for c in nations.values()),
        *currency.CURRENCY_SYMBOLS.values(),
    }
    assert all(iso.fullmatch(c) for c in reported | currency.CURRENCY_CODES)
    assert set(currency.FAMILY_CODES) <= set(currency.CURRENCY_WORDS.values())
    assert set(currency.NATION_CURRENCIES) <= set(currency.CURRENCY_WORDS.values())
    assert set(currency.WORD_CODES) <= set(currency.CURRENCY_WORDS)
    assert currency.WORDS_NEEDING_SCALE.issubset(currency.CURRENCY_WORDS)


@pytest.mark.parametrize(
    ("name", "town", "city"),
    [
        ("Kyiv", True, True),
        ("brno", True, True),  # case does not matter
        ("Kiskunfélegyháza", True, False),  # a town of some 30,000
        ("Malawi", True, True),  # countries count as cities
        ("Ohio", True, True),  # and so do US states
        ("Antarctica", False, False),  # a continent is a natural place
        ("Asia", False, False),
        ("Castlegate", False, False),
    ],
)
def test_gazetteer(name: str, town: bool, city: bool) -> None:
    assert (places.is_town(name), places.is_city(name)) == (town, city)
