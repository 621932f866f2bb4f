"""Dates that name a week, a period of the year, or count from another date in the story.

`claimx.rules.dates` finds these with the patterns below and asks `period_value` for their value:

- Weeks (`last week`, `this week`, `next week`, `two weeks ago`) give the ISO week `YYYY-Www` of the
  reference date moved by whole weeks: a week is a week, not its Monday.
- The comparison year of financial copy (`a year earlier`, `year-ago`, `year-earlier`) is the year
  before the reference date (`YYYY`); so is `over the past year`, `in the last year`, as TimeML reads
  it (`for the past year` is a duration).
- Periods of the reference year: `the current year`, `the full year`, `the fiscal year`, `for the
  year`, `earlier in the year` give `YYYY`; so does its end (`year-end`, `the end of the year`), as
  TimeML writes it (the year, its end a modifier we do not report), and `the end of the month` gives
  the reference month `YYYY-MM`.
- Years as spoken (`nineteen ninety-six`, `the year two thousand`) give `YYYY`.
- Story-anchored words (`the previous day`, `the following day`, `the next morning`, `the day before`,
  `that day`, `the previous Friday`, `the following month`, `later that month`, `that year`, `the
  following year`, `That September`) count from the latest date the text names before them (its
  `anchor`); with none, `the previous day` and its kin count from the reference date while `that
  day`/`that month`/`that year` cannot be pinned (value None).

Limits: a fiscal year is taken to be the calendar year; `the next year` (often `within twelve months`)
and durations (`the past week`, `the weeks before`) are not read; the anchor is the nearest earlier
date in the same chunk, not a reading of which event the story is about.
"""

from __future__ import annotations

import datetime as dt
import re

from claimx.lexicon.calendar import MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES, WEEKDAY_NUMBERS
from claimx.lexicon.numbers import TENS, UNITS
from claimx.rules.numbers import parse_words

_COUNT = "|".join(["a", "an", *(w for w, n in UNITS.items() if 1 <= n <= 12), r"\d{1,2}"])
_MONTHS = "|".join(MONTH_NAMES)
_WEEKDAYS = "|".join(WEEKDAY_NAMES)
_ONES = "|".join(w for w, n in UNITS.items() if 1 <= n <= 9)
_TEENS = "|".join(w for w, n in UNITS.items() if 10 <= n <= 19)
_TENS = "|".join(TENS)
# The lookbehinds are fixed width, one per preposition: `for the year`, not `the year of the dragon`.
_THE_YEAR_AFTER = "|".join(rf"(?<=\b{p} )" for p in ("for", "during", "in", "over"))
_PAST_YEAR_AFTER = "|".join(rf"(?<=\b{p} )" for p in ("during", "in", "over"))

PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?P<week_shift>last|this|next)\s+week\b",
    rf"(?i)\b(?P<weeks_ago>{_COUNT})\s+weeks?\s+ago\b",
    r"(?i)\b(?:a\s+year\s+(?:earlier|before)|year[- ](?:ago|earlier))\b",
    r"(?i)\b(?:the\s+|this\s+)?(?:(?:current|full)\s+)?(?:fiscal|financial)\s+year\b(?!\s+\d)",
    r"(?i)\b(?:the\s+)?(?:current|full)\s+year\b(?!\s+\d)",
    # `over the past year` (TimeML: the year before), but not `for the past year`, a duration.
    rf"(?i)(?:{_PAST_YEAR_AFTER})the\s+(?:past|last)\s+year\b(?!\s+(?:or|and)\b)",
    rf"(?i)(?:{_THE_YEAR_AFTER})the\s+year\b(?!\s+(?:\d|before|after|of|when|that|in|to|ended|ending))",
    r"(?i)\b(?P<year_end>year[- ]end|year['’]s\s+end|the\s+end\s+of\s+(?:the|this)\s+year)\b",
    r"(?i)\b(?P<month_end>month[- ]end|the\s+end\s+of\s+(?:the|this)\s+month)\b",
    r"(?i)\b(?P<day_anchor>the\s+(?:previous|following|next)\s+(?:day|morning|afternoon|evening)"
    r"|the\s+day\s+(?:before|after)(?!\s+\w)"
    r"|(?:earlier|later)\s+that\s+day|that\s+(?:same\s+)?day|the\s+same\s+day)\b",
    r"(?i)\b(?P<year_anchor>the\s+(?:previous|following)\s+year|the\s+year\s+(?:before|after)(?!\s+\w)"
    r"|(?:earlier|later)\s+that\s+year|that\s+(?:same\s+)?year)\b",
    r"(?i)\b(?P<month_anchor>the\s+(?:previous|following)\s+month|(?:earlier|later)\s+that\s+month"
    r"|that\s+(?:same\s+)?month)\b",
    rf"(?i)\bthe\s+(?:previous|following)\s+(?:{_WEEKDAYS})\b",
    rf"\b(?i:that)\s+(?P<that_month>{_MONTHS})\b",
    # Years as spoken in transcripts: `nineteen ninety-six`, `the year two thousand`.
    rf"(?i)\b(?:nineteen|twenty)\s+(?:{_TENS}|{_TEENS})(?:[- ](?:{_ONES}))?\b"
    r"(?![- ](?:hundred|thousand|million))",
    r"(?i)\bthe\s+year\s+two\s+thousand(?:\s+and\s+\w+)?\b",
)


def period_value(text: str, ref: dt.date | None, anchor: str | None) -> str | None:
    """The ISO value of one match of `PATTERNS` (`text` as matched), or None when it cannot be pinned.

    `anchor` is the value of the latest date named before it (ISO, any granularity), if any.
    """
    low = " ".join(text.lower().split())
    spoken = spoken_year(low)
    if spoken is not None:
        return spoken
    if low.startswith("that ") and low[5:] in MONTH_NUMBERS:
        if anchor is None:
            return None
        return f"{anchor[:4]}-{MONTH_NUMBERS[low[5:]]:02d}"
    if low.split()[-1] in WEEKDAY_NUMBERS:
        return _weekday_anchored(low, ref, anchor)
    if low.endswith("month") and "end" not in low:
        return _month_anchored(low, ref, anchor)
    if "that" in low.split() and "day" not in low and "year" not in low:
        return None
    if re.search(r"(?:day|morning|afternoon|evening)$", low) or re.search(r"\bday (?:before|after)$", low):
        return _day_anchored(low, ref, anchor)
    if re.search(r"(?:previous|following|that|same) year|year (?:before|after)$", low) and not low.startswith(
        "a "
    ):
        return _year_anchored(low, anchor)
    if ref is None:
        return None
    if "week" in low:
        return _week(low, ref)
    if "end" in low and "month" in low:
        return f"{ref.year:04d}-{ref.month:02d}"
    if "ago" in low or "earlier" in low or "a year before" in low or re.search(r"(?:past|last) year", low):
        return f"{ref.year - 1:04d}"
    return f"{ref.year:04d}"


def _week(low: str, ref: dt.date) -> str:
    words = low.split()
    if words[-1] == "ago":
        n = 1 if words[0] in ("a", "an") else UNITS.get(words[0]) or int(words[0])
        shift = -n
    else:
        shift = {"last": -1, "this": 0, "next": 1}[words[0]]
    year, week, _ = (ref + dt.timedelta(weeks=shift)).isocalendar()
    return f"{year:04d}-W{week:02d}"


def _day_anchored(low: str, ref: dt.date | None, anchor: str | None) -> str | None:
    base: dt.date | None = None
    if anchor is not None and len(anchor) == 10:
        base = dt.date.fromisoformat(anchor)
    elif "that" not in low and "same" not in low:
        base = ref
    if base is None:
        return None
    if "previous" in low or "before" in low:
        base -= dt.timedelta(days=1)
    elif "following" in low or "next" in low or "after" in low:
        base += dt.timedelta(days=1)
    return base.isoformat()


def _weekday_anchored(low: str, ref: dt.date | None, anchor: str | None) -> str | None:
    """`the previous Friday`: the Friday before the day the story last named (or the reference date)."""
    base = dt.date.fromisoformat(anchor) if anchor is not None and len(anchor) == 10 else ref
    if base is None:
        return None
    weekday = WEEKDAY_NUMBERS[low.split()[-1]]
    if "previous" in low:
        return (base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)).isoformat()
    return (base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)).isoformat()


def _month_anchored(low: str, ref: dt.date | None, anchor: str | None) -> str | None:
    # Like `the previous day`: from the story's last month, else from the reference date; `that
    # month` needs the story's.
    if anchor is not None and re.match(r"\d{4}-\d\d(?:-|$)", anchor):
        year, month = int(anchor[:4]), int(anchor[5:7])
    elif ref is not None and "that" not in low:
        year, month = ref.year, ref.month
    else:
        return None
    index = year * 12 + month - 1
    if "previous" in low:
        index -= 1
    elif "following" in low:
        index += 1
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _year_anchored(low: str, anchor: str | None) -> str | None:
    if anchor is None:
        return None
    year = int(anchor[:4])
    if "previous" in low or "before" in low:
        year -= 1
    elif "following" in low or "after" in low:
        year += 1
    return f"{year:04d}"


def spoken_year(low: str) -> str | None:
    """`nineteen ninety-six` -> 1996, `the year two thousand` -> 2000; None for other periods."""
    words = low.replace("-", " - ").split()
    if words[:3] == ["the", "year", "two"]:
        parsed = parse_words(words[2:])
        return f"{int(parsed[0]):04d}" if parsed is not None and parsed[1] == len(words) - 2 else None
    if words[0] not in ("nineteen", "twenty") or len(words) < 2 or words[1] in ("day", "year"):
        return None
    rest = parse_words(words[1:])
    if rest is None or rest[1] != len(words) - 1 or not 10 <= rest[0] <= 99:
        return None
    return f"{(19 if words[0] == 'nineteen' else 20) * 100 + int(rest[0]):04d}"
