"""Calendar values: ISO strings, the year a yearless day falls in, the day a weekday names, and
dateparser, which reads the words (`3 Feb.`, `the day before yesterday`) for `claimx.rules.dates`.

`pick_year` and `pick_weekday` hold the tense rule's arithmetic: a day or month without a year is put
nearest on or before the reference date, or after it when the clause looks ahead; with no tense either
way the nearest occurrence wins unless it lies more than `NEAR_AHEAD_DAYS` ahead.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateparser.date import DateDataParser

SHIFT = {"last": -1, "this": 0, "next": 1}
EXPLICIT_PAST = frozenset({"last", "past"})
EXPLICIT_FUTURE = frozenset({"next", "coming"})
NEAR_AHEAD_DAYS = 120


def iso(date: dt.date, period: str) -> str:
    if period == "year":
        return f"{date.year:04d}"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def in_year(year: int, month: int, day: int | None) -> str | None:
    try:
        return iso(dt.date(year, month, day or 1), "day" if day else "month")
    except ValueError:  # 29 February outside a leap year
        return None


def weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def pick_year(
    month: int, day: int | None, ref: dt.date, ahead: bool | None, strict: bool = False
) -> str | None:
    """The year that puts `day month` nearest on or before `ref` (on or after when `ahead`).

    With no tense either way (`ahead` None: `the November 13 deadline`, `effective Feb. 1`) the
    nearest occurrence wins, unless it lies more than `NEAR_AHEAD_DAYS` ahead: news reports
    what has happened more often than what is to come. `strict` leaves out `ref`'s own month:
    `last March` said in March is a year back.
    """
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day or 1))
        except ValueError:  # 29 February outside a leap year
            continue
    target = ref if day else ref.replace(day=1)
    best = pick_date(options, target, ahead, strict)
    return None if best is None else iso(best, "day" if day else "month")


def pick_date(
    options: list[dt.date], target: dt.date, ahead: bool | None, strict: bool = False
) -> dt.date | None:
    """Of `options` (one day in each of several years), the one `pick_year` would choose for `target`."""
    if ahead is None:
        after = [d for d in options if d > target]
        before = [d for d in options if d <= target]
        soon = min(after, default=None)
        if soon is not None and (soon - target).days <= NEAR_AHEAD_DAYS:
            last = max(before, default=None)
            if last is None or (soon - target) < (target - last):
                return soon
        ahead = False
    if ahead:
        fitting = [d for d in options if d > target or (d == target and not strict)]
    else:
        fitting = [d for d in options if d < target or (d == target and not strict)]
    if not fitting:
        return None
    return min(fitting) if ahead else max(fitting)


def pick_weekday(weekday: int, ref: dt.date, mod: str | None, ahead: bool) -> str:
    """`last`/`past` strictly before `ref`, `next`/`coming` strictly after; bare or `this` by tense."""
    back = (ref.weekday() - weekday) % 7
    forward = (weekday - ref.weekday()) % 7
    if mod in EXPLICIT_PAST:
        return (ref - dt.timedelta(days=back or 7)).isoformat()
    if mod in EXPLICIT_FUTURE:
        return (ref + dt.timedelta(days=forward or 7)).isoformat()
    if ahead:
        return (ref + dt.timedelta(days=forward)).isoformat()
    return (ref - dt.timedelta(days=back)).isoformat()


@lru_cache(maxsize=1)
def calendar_parser() -> DateDataParser:
    # A leap-year base so `29 February` parses; the base year itself is never reported.
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


@lru_cache(maxsize=4096)
def parse_calendar(text: str) -> tuple[dt.date, str] | None:
    # `last March` → `March`: the modifier is ours to interpret, not dateparser's.
    words = text.split()
    if len(words) == 2 and words[0].lower() in SHIFT:
        text = words[1]
    data = calendar_parser().get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    return data.date_obj.date(), str(data.period)


@lru_cache(maxsize=16)
def relative_parser(ref: dt.date) -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


@lru_cache(maxsize=4096)
def parse_relative(text: str, ref: dt.date) -> tuple[dt.date, str] | None:
    data = relative_parser(ref).get_date_data(text)
    if data.date_obj is None:
        return None
    period = {"part_of_day": "day", "time": "day"}.get(str(data.period), str(data.period))
    if period not in ("day", "month", "year"):
        return None
    return data.date_obj.date(), period
