"""Find the dates a claim mentions and normalise them against the article's reference date.

`find_dates` returns every expression that names a day, a month or a year
(`31 January`, `Oct. 29, 2023`, `in 2019`, `yesterday`, `on Monday`,
`last month`, `so far this year`) with ISO values `YYYY-MM-DD`, `YYYY-MM` or
`YYYY`. Candidates come from regular expressions over the text; spaCy's
DATE entities, tags and parse decide the ambiguous ones (a bare `2019` or
`March`), and dateparser turns the words into calendar values. We keep only
what dateparser cannot know: which year a `31 January` belongs to, that an
explicit date beats the relative word next to it, and whether the clause
looks ahead.

Limits, on purpose:
- Times of day are not reported (`11pm`); nor are durations (`for two years`,
  `three decades`) or `overnight`. Weeks (`last week` -> `YYYY-Www`), periods
  of the year (`year-end`, `a year earlier`) and words that count from another
  date in the story (`the next day`, `that September`) are read by
  `claimx.rules.periods`; quarters, halves, seasons, weekends, decades,
  centuries and holidays (`third-quarter`, `last fall`, `the 1990s`,
  `Christmas`) by `claimx.rules.year_parts`, in TimeML's values (`1989-Q3`,
  `1998-FA`, `199X`). With a quarter in focus, `a year earlier` is that
  quarter a year back.
- A day or month without a year and without tense either way takes its
  nearest occurrence when that lies at most `date_values.NEAR_AHEAD_DAYS` ahead
  (`effective Feb. 1`, `the Nov. 13 deadline`), else the latest one before.
- A bare four-digit number is a year only where the words say so (`in 1344`,
  `the 2000 Olympics`, `fiscal 1989`) or, in a DATE entity alone, from
  `RECENT_YEAR_MIN` on: `flight 1344`, `1501 infected`, `the 1000 megawatt
  cable` are counts or names.
- Ranges are reported by their endpoints as far as they are dates
  (`3-5 March` gives `5 March`; `July 13 to 17` gives `July 13`); both days of a pair are
  (`May 12 and 13`, `3 and 4 March`), and `the week of March 9` is that day's week `YYYY-Www`.
- The tense test is a heuristic over the small model's dependency parse.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimx.lexicon.calendar import (
    GAME_WORDS,
    MONTH_NAMES,
    MONTH_WORDS,
    RECENT_YEAR_MIN,
    WEEKDAY_NAMES,
    YEAR_EVENT_NOUNS,
    month_pattern,
    year_pattern,
)
from claimx.lexicon.numbers import MEASURE_WORDS, NAME_NOUNS
from claimx.rules.chunk import Chunk, DateRecord
from claimx.rules.date_values import (
    EXPLICIT_FUTURE,
    EXPLICIT_PAST,
    SHIFT,
    in_year,
    iso,
    parse_calendar,
    parse_relative,
    pick_weekday,
    pick_year,
    weekday_of,
)
from claimx.rules.periods import PATTERNS as PERIOD_PATTERNS
from claimx.rules.periods import period_value, spoken_year
from claimx.rules.tense import looks_ahead
from claimx.rules.year_parts import PATTERNS as PART_PATTERNS
from claimx.rules.year_parts import part_kind, part_value, shift_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH = month_pattern()
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = year_pattern()
_WEEKDAYS = WEEKDAY_NAMES
_PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"

# Each pattern names a kind; where matches overlap the longest one wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("calendar", r"(?<![\w-])\d{4}-\d\d-\d\d(?![\w-])"),
        ("calendar", r"(?<![\w/.])\d{1,2}[/.]\d{1,2}[/.]\d{4}(?![\w/])"),
        ("calendar", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>{_YEAR})\b"),
        ("calendar", rf"\b{_MONTH}\s+{_DAY},?\s+(?P<year>{_YEAR})\b"),
        ("calendar", rf"\b{_MONTH}(?:\s+of)?,?\s+(?P<year>{_YEAR})\b"),
        # `the week of March 6`: the ISO week of that day.
        (
            "week_of",
            rf"\b(?i:the\s+week\s+of)\s+(?P<date>{_MONTH}\s+{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b(?!:)",
        ),
        ("week_of", rf"\b(?i:the\s+week\s+of)\s+(?P<date>{_DAY}\s+{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b"),
        ("partial", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}"),
        ("partial", rf"\b{_MONTH}\s+{_DAY}(?!\d|:\d)"),
        ("month", rf"\b(?:(?P<mod>(?i:last|next|this))\s+)?(?:{_MONTH_NAMES})\b"),
        ("year", rf"(?<![\w.,$£€/'’])(?P<year>{_YEAR})(?![\w%]|[.,]\d)"),
        (
            "relative",
            r"(?i)\b(?:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
            r"|(?:yesterday|today|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
            r"|last\s+night|this\s+(?:morning|afternoon|evening))\b",
        ),
        ("relative", r"(?i)\b(?:last|this|next)\s+month\b"),
        ("relative", r"(?i)\b(?P<shift>last|this|next)\s+year\b"),
        (
            "relative",
            r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
            r"(?:day|month|year)s?\s+ago\b",
        ),
        *(("period", pattern) for pattern in PERIOD_PATTERNS),
        *(("part", pattern) for pattern in PART_PATTERNS),
        (
            "weekday",
            rf"\b(?:(?P<mod>(?i:last|next|this|past|coming))\s+)?"
            rf"(?P<weekday>{'|'.join(_WEEKDAYS)})(?![A-Za-z]){_PART_OF_DAY}\b",
        ),
    )
)

# A bare year counts after one of these words (`in 2019`, `the 2019 final`, `mid-2022`),
# or alone in a spaCy DATE entity when nothing says it is a count or a clock time.
_YEAR_BEFORE = frozenset(
    "in since by through throughout until till from to before after during of between and or "
    "early late mid post pre the circa fiscal year spring summer autumn fall winter".split()
)
_STRONG_YEAR_BEFORE = frozenset("in since by through throughout until till before after during".split())
# `(1700 UTC)`, `2100 hours` are clock times.
_TIME_WORDS = frozenset({"hours", "hrs", "h", "local", "gmt", "utc"})
_TIME_ZONE = re.compile(r"[A-Z]{1,3}T|UTC|Z")
# A month name alone counts after these words or in a DATE entity: `since January`, `end of June`.
_MONTH_BEFORE = frozenset(
    "in since by through throughout until till from before after during of early late mid".split()
)
# `and May`, `to May` are too often Theresa May.
_MONTH_BEFORE_NOT_MAY = frozenset({"and", "or", "to"})
# A weekday after these is a named day, not the nearest one.
_WEEKDAY_NAMES_BEFORE = frozenset("good black bloody super cyber ash palm holy maundy shrove easter".split())
# Entity types that mean the word is part of a name (`April Ryan`, `Sunday Times`).
_NAME_TYPES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "NORP", "LAW"})
# How far ahead an untensed day or month may lie and still be the nearest one (`effective Feb. 1`).


# `a year earlier`, `year-ago`: with a quarter in focus they name that quarter a year back.
_YEAR_BACK = re.compile(r"(?i)\ba\s+year\s+(?:earlier|before|ago)\b|\byear[- ](?:ago|earlier)\b")
# Values an anchor can count from: a four-digit year first (not a decade `199X` or a century `19`).
_CALENDAR_YEAR = re.compile(r"\d{4}(?:-|$)")
_HALF_OF_YEAR = re.compile(r"(?i)\d{4}|year|-half")
_MONTHS_TO_DATE = re.compile(r"(?i)\b(?:six|nine|6|9)\s+months\b")
_AS_SOON_AS = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+$")
_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|before|until|till|by)\s+$")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str  # calendar | partial | week_of | month | year | relative | weekday | period | part
    parse_text: str  # the part dateparser reads (the explicit date of a merged pair)
    day: int | None = None  # the day number as written, to check dateparser's reading
    year: int | None = None  # the year as written
    weekday: int | None = None  # Monday == 0, as written
    mod: str | None = None  # last / next / this / past / coming, or a hint from a merged word
    year_shift: int | None = None  # `March 20 last year` → -1


def find_dates(chunk: Chunk) -> list[DateRecord]:
    """Every expression in the chunk's body that names a day, month or year.

    Mentions are sorted, never overlap and lie inside the body. `chunk.ref` is the article's reference
    date; a mention that needs it gets value None when it is missing
    (`yesterday`, `on Monday`), while `in 2019` and `3 February 2025` keep
    theirs and `31 January` takes the year of the latest full date named
    before it, if any (see `_in_focus_year`). A day or month without a year takes the
    year that puts it nearest on or before `ref`, or on or after it when the
    clause looks ahead (see `_looks_ahead`).
    """
    doc, text, start, end = chunk.doc, chunk.text, chunk.body_start, len(chunk.text)
    ref = chunk.ref
    found = _merge(text, end, _non_overlapping(_with_focus(_candidates(text, start, end))))
    mentions: list[DateRecord] = []
    anchor: str | None = None  # the latest value named so far, for `the previous day`, `that year`
    day_anchor: str | None = None  # the latest full date named so far, for a yearless day without `ref`
    focus: str | None = None  # the latest quarter named so far, for `the quarter`, `a year earlier`
    # `for the nine months`, `the first six months`: after these the figures are for the year to date.
    spans_of_months = [m.start() for m in _MONTHS_TO_DATE.finditer(text, start, end)]
    focus_at = 0
    for cand in found:
        if not _plausible(doc, text, cand):
            continue
        # After `the nine months` a comparison (`a year earlier`) is for the year to date; `the
        # quarter` is still the one in focus.
        to_date = any(focus_at < pos < cand.start for pos in spans_of_months)
        year_back = _YEAR_BACK.search(cand.parse_text) is not None
        if cand.kind == "period":
            ok, value = True, period_value(cand.parse_text, ref, anchor)
        elif cand.kind == "part" and to_date and year_back:
            ok, value = True, None if ref is None else f"{ref.year - 1:04d}"
        elif cand.kind == "part":
            # `the 2023 period` after `the nine months` is that year's nine months.
            seen = None if to_date and "period" in cand.parse_text.lower() else focus
            value = part_value(cand.parse_text, ref, _part_ahead(doc, text, cand), seen)
            ok = value is not None or part_kind(cand.parse_text) != "focus"
        else:
            ok, value = _value(doc, cand, ref)
            if ok and value is None and ref is None:
                value = _in_focus_year(cand, day_anchor)
        if (
            ok
            and focus is not None
            and not to_date
            and cand.kind in ("period", "relative")
            and _YEAR_BACK.fullmatch(cand.parse_text)
        ):
            value = shift_year(focus, -1)  # `up from $3 million a year earlier`: the same quarter
        if ok:
            mentions.append(DateRecord(cand.start, cand.end, value))
            if value is not None and _CALENDAR_YEAR.match(value) and "W" not in value:
                anchor = value
                if len(value) == 10:
                    day_anchor = value
                elif day_anchor is not None and value[:4] > day_anchor[:4]:
                    day_anchor = None  # `born on 11 December 1935 ... President in 2012`: the story moved on
                named = cand.kind == "part" and part_kind(cand.parse_text) != "focus"
                if named and "-Q" in value:
                    focus, focus_at = value, cand.end
    return mentions


def _candidates(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            groups = m.groupdict()
            weekday, shift = groups.get("weekday"), groups.get("shift")
            out.append(
                _Candidate(
                    start=m.start(),
                    end=m.end(),
                    kind=kind,
                    parse_text=groups.get("date") or m.group(),
                    day=int(groups["day"]) if groups.get("day") else None,
                    year=int(groups["year"]) if groups.get("year") else None,
                    weekday=_WEEKDAYS.index(weekday) if weekday else None,
                    mod=groups["mod"].lower() if groups.get("mod") else None,
                    year_shift=SHIFT[shift.lower()] if shift else None,
                )
            )
    return out + _paired_days(text, start, out)


_PAIRED_DAY_AFTER = re.compile(
    r"\s+(?:and|&)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:at|in|on|to|when|as|but|after|before|with|for)\b)"
)
_PAIRED_DAY_BEFORE = re.compile(r"(?<![\w.,])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|&)\s+$")
_MONTH_RE = re.compile(_MONTH)


def _paired_days(text: str, start: int, cands: list[_Candidate]) -> list[_Candidate]:
    """The other day of a pair that shares one month: `on April 24 and 25` (the 25th), `on 3 and 4 May`
    (the 3rd), as yearless days of that month."""
    out = []
    for cand in cands:
        if cand.kind != "partial" or cand.day is None:
            continue
        month = _MONTH_RE.search(cand.parse_text)
        assert month is not None
        if month.start() == 0:  # `April 24`: the pair's day follows
            m = _PAIRED_DAY_AFTER.match(text, cand.end)
        else:  # `4 May`: it comes before
            m = _PAIRED_DAY_BEFORE.search(text, max(start, cand.start - 12), cand.start)
        if m is None:
            continue
        out.append(
            replace(
                cand,
                start=m.start("day"),
                end=m.end("day"),
                parse_text=f"{month.group()} {m.group('day')}",
                day=int(m.group("day")),
            )
        )
    return out


def _with_focus(cands: list[_Candidate]) -> list[_Candidate]:
    """Leave out `the quarter`, `the year-ago period` where no quarter is named before them, so that
    `year-ago` alone still counts (`the year-ago quarter included a charge`: the year before)."""
    kinds = {id(c): part_kind(c.parse_text) for c in cands if c.kind == "part"}
    first = min((c.start for c in cands if kinds.get(id(c)) == "quarter"), default=None)
    return [c for c in cands if kinds.get(id(c)) != "focus" or (first is not None and first < c.start)]


def _non_overlapping(cands: list[_Candidate]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


_NAMED_DAY_GAP = re.compile(r"\s*[,(]?\s*")
_CLOSE = re.compile(r"\s*\)")
_YEAR_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")


def _merge(text: str, end: int, cands: list[_Candidate]) -> list[_Candidate]:
    """Join a date with the words that complete it into one mention.

    - `Yesterday (31 January)`, `Tuesday, 4 June 2024`: the explicit date
      wins; the word before it says which way to look for the year
      (`yesterday` back, `tomorrow` forward) and a weekday picks the year it
      falls on.
    - `March 20 last year`, `June of this year`, `last year August 8`: the
      relative year gives the year.
    """
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        gap = text[prev.end : cand.start] if prev else ""
        if (
            prev is not None
            and prev.kind in ("relative", "weekday")
            and prev.year_shift is None
            and cand.kind in ("calendar", "partial")
            and cand.day is not None
            and _NAMED_DAY_GAP.fullmatch(gap)
        ):
            close = _CLOSE.match(text, cand.end, end) if "(" in gap else None
            out[-1] = replace(
                cand,
                start=prev.start,
                end=close.end() if close else cand.end,
                weekday=prev.weekday,
                mod=_direction_word(prev),
            )
        elif (
            prev is not None
            and prev.kind in ("partial", "month")
            and prev.year_shift is None
            and cand.year_shift is not None
            and _YEAR_GAP.fullmatch(gap)
        ):
            out[-1] = replace(prev, end=cand.end, year_shift=cand.year_shift)
        elif (
            prev is not None
            and prev.year_shift is not None
            and cand.kind in ("partial", "month")
            and _YEAR_GAP.fullmatch(gap)
            and "of" not in gap
        ):
            out[-1] = replace(cand, start=prev.start, year_shift=prev.year_shift)
        elif prev is not None and (joined := _with_spoken_year(prev, cand, gap)) is not None:
            out[-1] = joined
        else:
            out.append(cand)
    return out


def _with_spoken_year(prev: _Candidate, cand: _Candidate, gap: str) -> _Candidate | None:
    """`March nineteen eighty-five`, `the winter of nineteen eighty-two` as transcripts write
    them: the month or season with that year, as one mention."""
    year = spoken_year(" ".join(cand.parse_text.lower().split())) if cand.kind == "period" else None
    if year is None or prev.mod is not None or prev.year_shift is not None or not _YEAR_GAP.fullmatch(gap):
        return None
    if prev.kind in ("partial", "month"):
        return replace(
            prev, end=cand.end, kind="calendar", parse_text=f"{prev.parse_text} {year}", year=int(year)
        )
    if prev.kind == "part" and part_kind(prev.parse_text) == "season" and "of" in gap:
        return replace(prev, end=cand.end, parse_text=f"{prev.parse_text} of {year}")
    return None


def _direction_word(cand: _Candidate) -> str | None:
    words = cand.parse_text.lower()
    if cand.mod in EXPLICIT_PAST or "yesterday" in words or "last night" in words:
        return "last"
    if cand.mod in EXPLICIT_FUTURE or "tomorrow" in words:
        return "next"
    return None


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _tokens(doc: Doc, cand: _Candidate) -> Span | None:
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def _plausible(doc: Doc, text: str, cand: _Candidate) -> bool:
    """Accept a bare year, month, weekday or relative word only where the context makes it a date."""
    if cand.kind not in ("year", "month", "weekday", "relative", "period", "part"):
        return True
    span = _tokens(doc, cand)
    if span is None:
        return False
    if cand.kind == "part":
        return _plausible_part(span, part_kind(cand.parse_text))
    before = _word_before(text, cand.start)
    if cand.kind in ("relative", "period"):
        # `the last year` is a duration and `the next month` counts from the story.
        if cand.parse_text[:4].lower() in ("last", "this", "next") and before == "the":
            return False
        # A capital after a proper noun mid-sentence is a title: `USA Today`.
        first = span[0]
        return not (first.text[0].isupper() and not first.is_sent_start and doc[first.i - 1].pos_ == "PROPN")
    ent_types = {t.ent_type_ for t in span}
    if ent_types & _NAME_TYPES:
        return False
    if cand.kind == "weekday":
        return before not in _WEEKDAY_NAMES_BEFORE
    if cand.kind == "year":
        nxt = doc[span.end] if span.end < len(doc) else None
        return _plausible_year(text, cand, before, nxt, "DATE" in ent_types)
    # A month name alone. The small model also calls Theresa May a DATE.
    if cand.mod or before in _MONTH_BEFORE:
        return True
    return cand.parse_text != "May" and ("DATE" in ent_types or before in _MONTH_BEFORE_NOT_MAY)


def _plausible_part(span: Span, kind: str) -> bool:
    """A quarter or half of play (`scored in the third quarter`), a season or holiday that only
    qualifies a noun (`summer camp`, `Good Friday services`), a name (`20th Century Fox`) are no dates."""
    if kind in ("quarter", "half", "focus"):
        # A match report names its goals near the half, not always in its sentence.
        sent = span.sent
        near = span.doc[max(0, sent.start - 40) : sent.end + 40]
        if any(t.lower_ in GAME_WORDS for t in near):
            return False
        # `most of the first half` is a game's; a half of the year says so (`of 2024`, `first-half profit`).
        return kind != "half" or bool(_HALF_OF_YEAR.search(span.text))
    if kind == "short_year":
        # `in '98`, `June '98`, `Euro '96`; not a quotation that opens on a number (`'98 died,' she said`).
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return span[0].text.rstrip(".") in MONTH_WORDS or (
            prev is not None and (prev.lower_ in _YEAR_BEFORE or prev.pos_ == "PROPN")
        )
    last = span[-1]
    if (
        kind in ("season", "holiday")
        and last.dep_ in ("compound", "amod")
        and last.head.i > last.i
        and last.head.pos_ in ("NOUN", "PROPN")
    ):
        return False
    return kind not in ("season", "century") or not ({t.ent_type_ for t in span} & _NAME_TYPES)


def _part_ahead(doc: Doc, text: str, cand: _Candidate) -> bool | None:
    ahead = _ahead(doc, cand)
    if _AHEAD_OF.search(text[max(0, cand.start - 12) : cand.start]):
        # `ahead of the weekend`, `before Christmas`; but `sales rose before Christmas` said in spring
        # is the Christmas gone: after a past verb a holiday is the nearest one.
        return None if ahead is False and part_kind(cand.parse_text) == "holiday" else True
    return ahead


def _plausible_year(text: str, cand: _Candidate, before: str, nxt: Token | None, date_ent: bool) -> bool:
    """A bare four-digit number is a year after `in`, `since`, `the`..., or alone in a DATE entity.

    The small model calls almost any four-digit number a DATE (`1260 kilometers`,
    `1700 UTC`), so the entity alone is not enough when a unit, a count noun
    or a time zone follows.
    """
    if before in NAME_NOUNS or re.search(r"\bNos?\.\s*$", text[max(0, cand.start - 6) : cand.start]):
        return False  # `flight 1344`, `resolution No. 1430`
    if nxt is not None:
        if nxt.text in ("%", "percent") or nxt.like_num or nxt.lower_ in _TIME_WORDS:
            return False
        if _TIME_ZONE.fullmatch(nxt.text) or nxt.lower_ in MEASURE_WORDS:
            return False
        head = nxt.head if nxt.dep_ == "compound" else nxt
        if head.lower_ in MEASURE_WORDS and head.i - nxt.i <= 2:
            return False  # `around 1300 route kilometres`
        # `the 2000 protesters` counts people; `in 2016 elections`, `the 2000 Olympics`,
        # `fiscal 1989 sales` still name a year.
        if (
            nxt.tag_ in ("NNS", "NNPS")
            and before not in _STRONG_YEAR_BEFORE
            and before != "fiscal"
            and nxt.lower_ not in YEAR_EVENT_NOUNS
            and not re.search(r"\b(?:post|pre|mid)-$", text[max(0, cand.start - 5) : cand.start].lower())
        ):
            return False
    recent = cand.year is None or cand.year >= RECENT_YEAR_MIN
    if before in ("and", "or") and not recent:
        # `between 1700 and 1720` pairs two years; `1846 were hospitalized and 1720 discharged` counts.
        return re.search(r"\d{4}\s+(?:and|or)\s*$", text[max(0, cand.start - 12) : cand.start]) is not None
    if before in _YEAR_BEFORE:
        return True
    return date_ent and recent and not text[: cand.start].rstrip().endswith("(")


def _value(doc: Doc, cand: _Candidate, ref: dt.date | None) -> tuple[bool, str | None]:
    """(is it a date at all, its ISO value or None)."""
    if cand.kind in ("calendar", "year"):
        parsed = parse_calendar(cand.parse_text)
        if parsed is None or not _agrees(parsed[0], cand):
            return False, None
        return True, iso(*parsed)
    if cand.kind == "week_of":
        text = f"{cand.parse_text} {cand.year}" if cand.year else cand.parse_text
        ok, named = _value(
            doc, replace(cand, kind="calendar" if cand.year else "partial", parse_text=text), ref
        )
        if not ok or named is None or len(named) != 10:
            return ok, None
        year, week, _ = dt.date.fromisoformat(named).isocalendar()
        return True, f"{year:04d}-W{week:02d}"
    if cand.kind in ("partial", "month"):
        parsed = parse_calendar(cand.parse_text)
        if parsed is None or not _agrees(parsed[0], cand):
            return False, None
        if ref is None:
            return True, None
        date, period = parsed
        day = date.day if period == "day" else None
        if cand.year_shift is not None:
            return True, in_year(ref.year + cand.year_shift, date.month, day)
        if cand.weekday is not None and day is not None:
            for year in (ref.year - 1, ref.year, ref.year + 1):
                if weekday_of(year, date.month, day) == cand.weekday:
                    return True, in_year(year, date.month, day)
        strict = cand.kind == "month" and cand.mod in ("last", "next")
        value = pick_year(date.month, day, ref, _ahead(doc, cand), strict)
        if strict and cand.mod == "last" and value is not None and (ref.month - date.month) % 12 == 1:
            # `last February` said in March: the month just gone would be `last month`.
            value = shift_year(value, -1)
        return True, value
    if ref is None:
        return True, None
    if cand.kind == "weekday":
        assert cand.weekday is not None
        return True, pick_weekday(cand.weekday, ref, cand.mod, bool(_ahead(doc, cand)))
    rel = parse_relative(cand.parse_text.lower(), ref)
    if rel is None:
        return False, None
    return True, iso(*rel)


def _in_focus_year(cand: _Candidate, anchor: str | None) -> str | None:
    """With no reference date, a yearless day or month is put nearest the latest full date named
    before it (`on Jan. 18, 2025 ... on Jan. 20` is 2025-01-20, `on 12 December 2019 ... by 31
    January` is 2020-01-31; GUIDELINES: the year comes from elsewhere in the article). A year or
    month named between (`built in 1986`, `since March 2023`) is background and does not move it, but
    a later one (`born on 11 December 1935 ... elected in 2012`) leaves no year in focus. Weekdays and
    relative words stay unpinned: a story's earlier date says which year it tells of, not which week."""
    if anchor is None or len(anchor) != 10 or cand.kind not in ("partial", "month"):
        return None
    parsed = parse_calendar(cand.parse_text)
    if parsed is None:
        return None
    date, period = parsed
    focus = dt.date.fromisoformat(anchor)
    day = date.day if period == "day" else None
    years = [y for y in (focus.year - 1, focus.year, focus.year + 1) if in_year(y, date.month, day)]
    year = min(years, key=lambda y: abs((dt.date(y, date.month, day or 15) - focus).days), default=None)
    return in_year(year, date.month, day) if year is not None else None


def _agrees(date: dt.date, cand: _Candidate) -> bool:
    # dateparser reads `45 March` as March 2045; the written numbers must survive.
    return (cand.day is None or date.day == cand.day) and (cand.year is None or date.year == cand.year)


def _ahead(doc: Doc, cand: _Candidate) -> bool | None:
    """True ahead, False back, None when neither the word nor the clause says which."""
    if cand.mod in EXPLICIT_PAST:
        return False
    if cand.mod in EXPLICIT_FUTURE:
        return True
    span = _tokens(doc, cand)
    ahead = None if span is None else looks_ahead(span)
    if ahead is not False and _AS_SOON_AS.search(doc.text[max(0, cand.start - 16) : cand.start]):
        return True  # `could leave as soon as Tuesday`: the earliest day still to come
    return ahead
