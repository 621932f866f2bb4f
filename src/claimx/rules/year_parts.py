"""Dates that name a part of the year, a weekend, a decade, a century or a holiday.

`claimx.rules.dates` finds these with `PATTERNS` and asks `part_value` for their value, written as
TimeML's TIMEX3 writes them, since ISO 8601 has no form for most of them:

- Quarters `YYYY-Qn` (`the third quarter`, `third-quarter`, `the 2023 second quarter`, `Q1 2025`,
  `this quarter`) and halves `YYYY-H1`/`YYYY-H2` (`the first half of 2024`, `first-half`, `the
  first two quarters of 2024`). A
  quarter without a year is the reference year's if it has begun by the reference date (`the
  fourth quarter` said in October, `will report third-quarter results` too), else the year before
  (said in February, it is last year's) unless the clause looks ahead; ahead and long over, next
  year's. `the quarter`, `that quarter` and `the latest period` are the quarter the story last
  named (its focus), and `the year-ago quarter`, `the year-earlier period` that quarter a year back;
  with no quarter named before, they are not dates.
- Seasons `YYYY-SP`/`SU`/`FA`/`WI` (`last fall`, `this summer`, `the winter of 2019`, `over the
  summer`): `last` is the latest one that has ended, `next` the first that has not begun, `this` the
  reference year's, and so is a bare one (`over the summer`).
- Weekends `YYYY-Www-WE`, the ISO week of its Saturday (`over the weekend` said on a Monday is the
  one just gone; `ahead of the weekend`, `this weekend` said on a weekday the coming one).
- Decades `YYYX` (`the 1990s` → `199X`, `the early '80s` → the nearest 1980s on or before the
  reference year) and centuries by their first two digits (`the 20th century`, `the 1900s` → `19`).
- Two-digit years (`in '98`, `June '98`) are the latest year with those digits up to a decade after
  the reference year (`'69` said in 2020 is 1969, `'26` said in 2025 2026).
- Holidays: fixed days (`Christmas`, `New Year's Day`, `Halloween`), American Thanksgiving and the
  Western Easter days, the year chosen like a day without a year (`last Thanksgiving`, `Christmas
  2023`); a holiday's week (`Easter week`, `Christmas week`) is the ISO week `YYYY-Www` it falls in.

Limits: seasons are the northern hemisphere's; a fiscal quarter is taken to be the calendar one;
the focus quarter is the latest named in the chunk, not a reading of which period a figure is for,
and `for the nine months` (or six) ends it; a half needs its year in view (`the first half of 2024`,
`first-half profit`), since `the first half` alone is most often a game's. Quarters and halves near
words of play (`scored`, `touchdown`) are not dates.
"""

from __future__ import annotations

import datetime as dt
import re

from claimx.lexicon.calendar import (
    FIXED_HOLIDAYS,
    MONTH_NUMBERS,
    PART_ORDINALS,
    SEASONS,
    month_pattern,
    year_pattern,
)
from claimx.rules.date_values import pick_date

_YEAR = year_pattern()
_MONTH = month_pattern()
_ORD = "|".join(PART_ORDINALS)
_SEASON = "spring|summer|autumn|fall|winter"
_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
_HOLIDAY = (
    r"new\s+year['’]s\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|boxing\s+day|valentine['’]s\s+day"
    r"|halloween|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|monday))?|good\s+friday"
)
# Fixed-width lookbehinds, one per preposition: `in the fall`, not `the fall of the wall`.
_FALL_AFTER = "|".join(rf"(?<=\b{p} )" for p in ("in", "by", "this", "last", "next", "since", "until"))
# `the spring of the mattress`, `the fall in prices`; `of` before a spoken year still names the season.
_NOT_AFTER_SEASON = r"of(?!\s+(?:nineteen|twenty)\b)|in|to|from|and|on"

PATTERNS: tuple[str, ...] = (
    # Quarters and halves with their year, or without one.
    rf"(?i)\b(?:the\s+)?(?:{_YEAR}\s+)?(?:fiscal[- ])?(?:{_ORD})[- ](?:quarter|half)\b"
    rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR}\b)?",
    rf"(?i)\b(?:(?:this|last|next)\s+year|{_YEAR})['’]s\s+(?:fiscal\s+)?(?:{_ORD})[- ](?:quarter|half)\b",
    rf"(?i)\b(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+(?:(?:the|this)\s+year|(?:fiscal\s+)?{_YEAR})\b",
    # `the first two quarters of 2024` is its first half.
    rf"(?i)\b(?:the\s+)?(?:first|last|final|second)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?{_YEAR}\b",
    rf"\bQ[1-4](?:\s+{_YEAR})?\b",
    r"(?i)\b(?:this|last|next|the\s+(?:current|latest|previous|prior|most\s+recent|same|past))\s+(?:fiscal\s+)?quarter\b",
    r"(?i)\b(?:the|that)\s+(?:quarter|latest\s+period)\b(?!\s+(?:of|mile|inch|pound|point|hour|century)\b)",
    rf"(?i)\bthe\s+{_YEAR}\s+(?:quarter|period)\b",
    rf"(?i)\b(?:the\s+)?(?:comparable\s+|same\s+)?year[- ](?:ago|earlier)\s+(?:(?:{_ORD})[- ])?"
    r"(?:quarter|period)\b",
    r"(?i)\b(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)"
    r"|last\s+year)\b",
    rf"(?i)\blast\s+year['’]s\s+(?:(?:{_ORD})[- ])?quarter\b",
    # Seasons.
    rf"(?i)\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:{_SEASON})\s+(?:of\s+)?{_YEAR}\b",
    rf"(?i)\b(?:this\s+(?:past|coming)|this|last|next|past|coming)\s+(?:{_SEASON})\b",
    rf"(?i)\bthe\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|winter)\b(?!\s+(?:{_NOT_AFTER_SEASON})\b)",
    rf"(?i)(?:{_FALL_AFTER})the\s+(?:(?:early|late)\s+)?fall\b(?!\s+(?:{_NOT_AFTER_SEASON})\b)",
    # Weekends.
    # Not `the last weekend of July`, a weekend counted within a month.
    r"(?i)\b(?<!the\s)(?:this|last|next|past|coming|the)\s+(?:past\s+|coming\s+)?weekend\b(?!\s+of\b)",
    # Decades and centuries.
    r"(?i)\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:1[0-9]|20)\d0['’]?s\b",
    r"(?i)\bthe\s+(?:(?:early|late|mid)[- ]?)?['’][1-9]0s\b",
    r"(?i)\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)|"
    + "|".join(_CENTURY_WORDS)
    + r")[- ]century\b",
    # Two-digit years: `in '98`, `June '98`, `the class of '98`.
    rf"(?:\b(?:{_MONTH})\s+)?(?<![\w'’])['’]\d\d\b(?!['’]?s\b|\s*%|\.\d)",
    # Holidays.
    rf"(?i)\b(?:(?:last|this|next|past|coming)\s+)?(?:{_HOLIDAY})\b(?!-)(?:\s+week\b)?(?:,?\s+{_YEAR}\b)?",
)

_Q_ORD = re.compile(rf"(?i)\b({_ORD})[- ](quarter|half)\b")
_YEAR_IN = re.compile(rf"\b({_YEAR})\b")


def part_kind(text: str) -> str:
    """quarter | half | focus (a quarter named only by the story's focus) | season | weekend |
    decade | century | holiday, for one match of `PATTERNS`."""
    low = re.sub(r"\b(?:this|last|next) year['’]s\b", "", text.lower())
    if re.search(r"['’]\d\d$", low):
        return "short_year"
    if "weekend" in low:
        return "weekend"
    if "two quarters" in low:
        return "half"
    if "century" in low:
        return "century"
    if re.search(r"\d0['’]?s\b", low):
        return "decade"
    if re.search(_SEASON, low) and "quarter" not in low and "half" not in low:
        return "season"
    if "half" in low:
        return "half"
    if re.match(r"q[1-4]", low):
        return "quarter"
    if "quarter" in low or "period" in low:
        needs_focus = not _Q_ORD.search(low) and not re.search(
            r"this|last|next|current|latest|previous|prior|recent|past", low
        )
        return "focus" if needs_focus or "period" in low else "quarter"
    return "holiday"


def part_value(text: str, ref: dt.date | None, ahead: bool | None, focus: str | None) -> str | None:
    """The value of one match of `PATTERNS` (`text` as matched), or None when it cannot be pinned.

    `ahead` is the tense of the clause (see `claimx.rules.tense`); `focus` the latest quarter value
    (`YYYY-Qn`) the story named before, if any.
    """
    low = " ".join(text.lower().split())
    kind = part_kind(low)
    if kind == "century":
        return _century(low)
    if kind == "decade":
        return _decade(low, ref)
    if kind == "short_year":
        return _short_year(low, ref)
    explicit = _YEAR_IN.search(low)
    year = int(explicit.group(1)) if explicit else None
    if "two quarters" in low and year is not None:
        return f"{year:04d}-H{1 if 'first' in low else 2}"
    if kind in ("quarter", "half", "focus"):
        return _quarter(low, kind, year, ref, ahead, focus)
    if year is None and ref is None:
        return None
    if kind == "season":
        return _season(low, year, ref)
    if kind == "weekend":
        assert ref is not None
        return _weekend(low, ref, ahead)
    return _holiday(low, year, ref, ahead)


def shift_year(value: str, years: int) -> str:
    """`value` (`YYYY...`) moved by whole years: `1989-Q3` → `1988-Q3`."""
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _quarter(
    low: str, kind: str, year: int | None, ref: dt.date | None, ahead: bool | None, focus: str | None
) -> str | None:
    back = 1 if re.search(r"year[- ](?:ago|earlier)|a year (?:ago|earlier)|last year", low) else 0
    m = _Q_ORD.search(low) or re.match(r"(q)([1-4])", low)
    if kind == "focus" and m is None:
        if year is not None:  # `the 2023 period`: the quarter in focus in that year, else the year
            return f"{year:04d}" if focus is None else f"{year:04d}{focus[4:]}"
        if focus is None:
            return None
        return shift_year(focus, -back)
    if m is not None:
        n = PART_ORDINALS.get(m.group(1), 0) or int(m.group(2))
        half = m.group(2) == "half"
    else:
        half = "half" in low
        n = 2 if re.search(r"second|last|latter", low) else 1
    if half and m is None:
        n = 2 if re.search(r"\b(?:second|last|latter)\s+half", low) else 1
    size = 6 if half else 3
    label = f"H{n}" if half else f"Q{n}"
    if year is None and "this year" in low:
        year = ref.year if ref else None
    if year is None and "next year" in low:
        year = ref.year + 1 if ref else None
    if year is not None:
        return f"{year - back:04d}-{label}"
    if ref is None:
        return None
    if m is None:  # `this quarter`, `last quarter`, `the latest quarter`
        current = (ref.month - 1) // 3
        shift = {"last": -1, "previous": -1, "prior": -1, "latest": -1, "recent": -1, "past": -1, "next": 1}
        step = next((v for k, v in shift.items() if re.search(rf"\b{k}\b", low)), 0)
        index = ref.year * 4 + current + step
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    first, last = (n - 1) * size + 1, n * size
    if first <= ref.month:
        # A quarter just ended is still this year's when it is to be reported (`will report
        # third-quarter results` said in October); one long gone and ahead is next year's.
        chosen = ref.year + 1 if ahead and ref.month - last > size else ref.year
    else:
        chosen = ref.year if ahead else ref.year - 1
    return f"{chosen - back:04d}-{label}"


def _season(low: str, year: int | None, ref: dt.date | None) -> str | None:
    name = next(s for s in SEASONS if s in low)
    code, first, last = SEASONS[name]
    if year is not None:
        return f"{year:04d}-{code}"
    assert ref is not None
    if code == "WI":  # named by the year of the month it is in, so only `now` matters
        now = ref.month in (12, 1, 2)
        ended, begun = not now, now
    else:
        ended, begun = ref.month > last, ref.month >= first
    if re.search(r"\b(?:last|past)\b", low):
        chosen = ref.year if ended else ref.year - 1
    elif re.search(r"\b(?:next|coming)\b", low):
        chosen = ref.year + 1 if begun else ref.year
    else:
        chosen = ref.year
    return f"{chosen:04d}-{code}"


def _weekend(low: str, ref: dt.date, ahead: bool | None) -> str:
    saturday = ref + dt.timedelta(days=5 - ref.weekday())  # the Saturday of the reference week
    on_weekend = ref.weekday() >= 5
    if re.search(r"\b(?:last|past)\b", low):
        saturday -= dt.timedelta(days=7)
    elif re.search(r"\b(?:next|coming)\b", low):
        saturday += dt.timedelta(days=7) if on_weekend else dt.timedelta()
    elif not low.startswith("this") and not ahead and not on_weekend:
        saturday -= dt.timedelta(days=7)  # `over the weekend` said on a weekday: the one just gone
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _decade(low: str, ref: dt.date | None) -> str | None:
    m = re.search(r"(\d{2,4})['’]?s\b", low.replace("'", "").replace("’", ""))
    assert m is not None
    digits = m.group(1)
    if len(digits) == 4 and digits.endswith("00") and digits != "2000":
        return digits[:2]  # `the 1800s` is the century, not its first decade; `the 2000s` the decade
    if len(digits) == 4:
        return digits[:3] + "X"
    if ref is None:
        return None
    decade = int(digits)
    century = ref.year // 100 * 100
    start = century + decade if century + decade <= ref.year else century - 100 + decade
    return f"{start // 10:03d}X"


def _short_year(low: str, ref: dt.date | None) -> str | None:
    """`'98` is the latest year ending in 98 up to a decade after the reference year."""
    if ref is None:
        return None
    digits = int(low[-2:])
    century = ref.year // 100 * 100
    # The latest such year at most a decade ahead: `'26` said in 2025 is 2026, `'69` said in 2020 1969.
    year = max(y for y in (century - 100 + digits, century + digits) if y <= ref.year + 10)
    month = MONTH_NUMBERS.get(low.split()[0].rstrip(".")) if " " in low else None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _century(low: str) -> str | None:
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
    n = int(m.group(1)) if m else next((v for k, v in _CENTURY_WORDS.items() if k in low), 0)
    return f"{n - 1:02d}" if n >= 1 else None


def _holiday(low: str, year: int | None, ref: dt.date | None, ahead: bool | None) -> str | None:
    name = re.sub(r"^(?:last|this|next|past|coming)\s+|,?\s+\d{4}$", "", low).replace("’", "'")
    if name.endswith(" week"):
        return _holiday_week(low.replace(" week", ""), name[: -len(" week")], year, ref, ahead)
    if year is not None:
        day = _holiday_in(name, year)
        return day.isoformat() if day else None
    assert ref is not None
    options = [d for d in (_holiday_in(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d]
    if low.startswith(("last ", "past ")):
        ahead, strict = False, True
    elif low.startswith(("next ", "coming ")):
        ahead, strict = True, True
    elif low.startswith("this "):
        return next((d.isoformat() for d in options if d.year == ref.year), None)
    else:
        strict = False
    chosen = pick_date(options, ref, ahead, strict)
    return chosen.isoformat() if chosen else None


def _holiday_week(
    low: str, name: str, year: int | None, ref: dt.date | None, ahead: bool | None
) -> str | None:
    """`Easter week`, `Christmas week`: the ISO week the day falls in; said in that week, this one."""
    if year is None and ref is not None:
        day = _holiday_in(name, ref.year)
        if day is not None and day.isocalendar()[:2] == ref.isocalendar()[:2]:
            return _iso_week(day)
    value = _holiday(low, year, ref, ahead)
    return None if value is None else _iso_week(dt.date.fromisoformat(value))


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _holiday_in(name: str, year: int) -> dt.date | None:
    if name in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[name])
    if name.startswith("thanksgiving"):
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    easter = _easter(year)
    if name == "good friday":
        return easter - dt.timedelta(days=2)
    if name == "easter monday":
        return easter + dt.timedelta(days=1)
    if name.startswith("easter"):
        return easter
    return None


def _easter(year: int) -> dt.date:
    # The anonymous Gregorian computus (Meeus/Jones/Butcher).
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
