"""Find the dateline: when and where a report was filed.

Recognised at the opening of the text (after blank space):

- `date 2025-02-02 ...`                          (date only)
- `KYIV, Ukraine (AP) — ...`                     (place, agency)
- `LONDON, March 3 (Reuters) - ...`              (place, date without year, agency)
- `BRUSSELS, 10 March 2025 – ...`                (place, full date)
- `Paris (AFP) - ...`                            (place in any case, agency)
- CMS stamps: `Published 12 May 2024`, `Updated: Monday, 3 February 2025, 14:05`,
  `Published on 02/11/2023 - 09:15`, `Posted 2023-11-02T09:15Z`, `Last updated 9:15 AM EST, March 2, 2024`,
  with the rest of a stamp line (`| Updated: 3 March 2024`, `· 3 min read`) taken with it;
- a byline on the dated line (`By Jane Roe | 2 March 2024`, `Posted by Jane Roe on March 2, 2024`);
- a line holding only a date (`June 6, 2024`, `Sunday, 14 April 2024, 22:40`), optionally followed,
  after at most a few legend lines, by a `PLACE, ... –` paragraph.

Before the dated line may stand a few short lines: a headline, a byline (`By Jane Roe`), a photo
legend (`Photo: ...`).

A numeric date (`02/11/2023`) is read day first unless the numbers say otherwise (`12/25/2023`), the
caller's `order` says `MDY`, or, with no `order`, the dateline's place is in the United States. The
caller's order wins over the place because a stamp is the site's format, not the story's place.

Limits: only the first three paragraphs and eight lines are searched; two-digit years (`02/11/23`)
are not read; a date without a year takes the year of `ref` when given, else the year the article
mentions most.
"""

from __future__ import annotations

import re
from datetime import date

from claimx.layout.paragraphs import paragraphs
from claimx.lexicon.calendar import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    DateOrder,
    month_first,
    month_pattern,
    weekday_pattern,
    year_pattern,
)
from claimx.models import Dateline

_MAX_HEADINGS = 2
_MAX_NOTICE = 4
_MAX_LINES = 8
# Words that open a lede, never a place: `On Thursday, UK-based ...`, `The mayor, ...`.
_NOT_PLACES = frozenset("the a an today yesterday on in at by for last this earlier later meanwhile".split())

_MONTH = month_pattern()
_WEEKDAY = weekday_pattern()
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?(?-i:[ \t]+[A-Z]{2,4}\b)?"
# One date in any common order; named groups let one parser read them all.
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<ymd>\d{4}/\d{1,2}/\d{1,2})"
    r"|(?P<num>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})(?![\d/.-]\d)"
    rf"|(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?(?:\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"(?:(?:,?[ \t]+|[ \t]*[-–|·•][ \t]*)(?:at[ \t]+)?{_TIME})?"
)
_DASH = r"\s*(?:—|–|--|-|―)\s*"
# Space within a line, the no-break space web pages pad a date line with included.
_HSPACE = r"[^\S\r\n]"
# After a place a plain hyphen needs a space before it: in `On Thursday, UK-based retailer` it joins a word.
_PLACE_DASH = r"(?:\s*(?:—|–|--|―)|\s+-|(?<=\))-)\s*"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z&.\- ]{0,30})\)"
# `KYIV, Ukraine (AP) —`, `LONDON, March 3 (Reuters) -`, `Paris (AFP) -`, `BRUSSELS, 10 March 2025 –`
_PLACE_LINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:,\s*(?P<region>(?!" + _MONTH + r"\s+\d)(?!\d)[A-Z][A-Za-z.\- ]{0,25}?))?"
    r"(?:,\s*(?P<date>" + _DATE.replace("?P<", "?P<p_") + r"))?"
    r"\s*(?:" + _AGENCY + r")?" + _PLACE_DASH
)
_STAMP = r"date|dated|(?:first\s+)?published|(?:last\s+)?(?:updated|modified)|posted|filed|released"
_NAME = r"(?-i:[A-Z])[\w.'\-]*(?:[ \t]+(?:(?-i:[A-Z])[\w.'\-]*|and|&|de|van|von|al|bin)){0,5}"
# A byline on the dated line: `By Jane Roe |`, `Posted by Jane Roe, Reuters on`, `Jane Roe ·`.
_BYLINE = (
    rf"(?:(?:(?:posted|written|published|reporting)[ \t]+)?by[ \t]+{_NAME}(?:[ \t]*,[ \t]*{_NAME})?"
    rf"[ \t]*(?:[|·•,;—–]|-|\bon\b)[ \t]*|{_NAME}[ \t]*[|·•][ \t]*)"
)
_LEAD_DATE = re.compile(
    rf"(?P<by>{_BYLINE})?(?:(?P<kw>{_STAMP})[ \t]*:?[ \t]*(?:on[ \t]+)?)?(?:{_TIME},?[ \t]+(?:on[ \t]+)?)?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
# `Sunday, October 18, 2020`: the weekday and the year make it a page's date, not a timeline's heading.
_ALONE_DATE = re.compile(rf"(?P<date>{_WEEKDAY},?\s+{_DATE}){_HSPACE}*", re.IGNORECASE)
# What may follow a date on a stamp line and belongs to the stamp: a second stamp, a time, separators.
_STAMP_TAIL = re.compile(
    rf"(?:[ \t]*(?:[|·•,;/()]|[-–—](?=[ \t]*\d)|(?:{_STAMP}|at|on|by)\b:?|\d+[ \t]+min(?:ute)?s?[ \t]+read"
    rf"|{_DATE.replace('?P<', '?P<t_')}|{_TIME}))+{_HSPACE}*(?=\r?\n|$)",
    re.IGNORECASE,
)
# Lines that may stand before the dated line: a byline, a photo legend or credit.
_BYLINE_LINE = re.compile(r"(?:(?:posted|written|reporting)\s+)?by\s+[A-Z]", re.IGNORECASE)
_LEGEND_LINE = re.compile(
    r"\(?(?:photo|image|picture|caption|credit|video|file photo|illustration|graphic)s?\b", re.IGNORECASE
)
_YEAR_DIGITS = year_pattern()
_YEAR = re.compile(rf"\b({_YEAR_DIGITS})\b")
_PRESENT_YEAR = re.compile(
    r"\b(?:so far (?:in|this year,?)|earlier in|(?:since )?the (?:start|beginning) of"
    r"|first (?:half|quarter) of|this year,?|in the year to date,?)\s+(?:\w+\s+)?(" + _YEAR_DIGITS + r")\b",
    re.IGNORECASE,
)
# Words that put the year after them in the future: it is not the year of filing.
_FUTURE_BEFORE = re.compile(
    r"\b(?:by|through|until|till|before|targets?|aims? for|forecasts? for|goal of)\s+(?:[\w,.]+\s+){0,3}$",
    re.IGNORECASE,
)


def find_dateline(text: str, ref: date | None = None, order: DateOrder | None = None) -> Dateline | None:
    """The dateline at the opening of `text`, or None when there is none.

    Up to two short heading paragraphs (`FOR IMMEDIATE RELEASE`, a headline) and up to eight
    heading, byline or legend lines in all may stand before it. `order` says how to read a numeric
    date whose first two numbers could both be the month (see the module's notes).
    """
    lines = 0
    for n, (start, end) in enumerate(paragraphs(text)):
        for line_start, line_end in _lines(text, start, end):
            found = _dateline_at(text, line_start, ref, order)
            if found:
                return found
            lines += 1
            if lines >= _MAX_LINES or not _is_preamble(text[line_start:line_end]):
                return _dated_paragraph(text)
        if n >= _MAX_HEADINGS:
            return _dated_paragraph(text)
    return None


def _dated_paragraph(text: str) -> Dateline | None:
    """A paragraph holding only a weekday and a full date (`Sunday, October 18, 2020`) below a notice
    of sentences (`This article requires review ... -Article last amended: Mar 17`): nothing but a
    page's date stands alone like that, so up to `_MAX_NOTICE` paragraphs of any kind may come before
    it. They become headline sections and give no claims."""
    for n, (start, end) in enumerate(paragraphs(text)):
        if n > _MAX_NOTICE:
            return None
        m = _ALONE_DATE.fullmatch(text, start, end)
        if m and (m.group("y1") or m.group("y2")):
            return Dateline(
                text=text[start : m.end("date")],
                start=start,
                end=m.end("date"),
                date=_iso(m, "", text, None, None, None),
            )
    return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\r\n]+", text[start:end]):
        if m.group().strip():
            out.append((start + m.start() + len(m.group()) - len(m.group().lstrip()), start + m.end()))
    return out


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= 12 and not re.search(r"[.!?:;,\"”]\s*$", paragraph)


def _is_preamble(line: str) -> bool:
    """A line that may stand above the dateline: a headline, a byline, a legend."""
    words = len(line.split())
    if _BYLINE_LINE.match(line) or _LEGEND_LINE.match(line):
        return words <= 30
    return _is_heading(line)


def _dateline_at(text: str, start: int, ref: date | None, order: DateOrder | None) -> Dateline | None:
    head = text[start : start + 400]
    m = _LEAD_DATE.match(head)
    tail = _STAMP_TAIL.match(head, m.end()) if m else None
    # A byline's date must end its line: `By Jane Roe, 2 March 2024 The` is no stamp.
    ends = m and (tail or re.match(_HSPACE + r"*(?:[\r\n]|$)", head[m.end() :]))
    if m and (ends or (_ends_line(head, m.end()) and not m.group("by"))):
        end = start + (tail.end() if tail else m.end())
        dash = re.match(_DASH, text[end:])
        place_at = end + len(text[end:]) - len(text[end:].lstrip())
        if dash and dash.group().strip():
            p = _PLACE_LINE.match(text, place_at)
            return Dateline(text=text[start:end], start=start, end=end, date=_iso(m, "", text, ref, order, p))
        # A date alone on its line may be followed, after legend lines, by `PLACE, Region – `.
        p = None
        if not m.group("kw") and not m.group("by"):
            p, place_at = _place_after(text, place_at)
        if p and _is_place(p.group("place")) and not p.group("p_iso"):
            body = text[start : p.end()].rstrip(" —–-―\t")
            return Dateline(
                text=body,
                start=start,
                end=start + len(body),
                date=_iso(m, "", text, ref, order, p),
                place=_place(p.group("place")),
                agency=p.group("agency"),
            )
        p = _PLACE_LINE.match(text, place_at)
        return Dateline(text=text[start:end], start=start, end=end, date=_iso(m, "", text, ref, order, p))
    p = _PLACE_LINE.match(head)
    if p and _is_place(p.group("place")) and (p.group("agency") or p.group("date") or p.group("region")):
        body = head[: p.end()].rstrip(" —–-―\t")
        iso = _iso(p, "p_", text, ref, order, p) if p.group("date") else None
        return Dateline(
            text=body,
            start=start,
            end=start + len(body),
            date=iso,
            place=_place(p.group("place")),
            agency=p.group("agency"),
        )
    return None


def _place_after(text: str, at: int) -> tuple[re.Match[str] | None, int]:
    """The `PLACE, Region –` opening at `at`, or after up to three legend lines from there."""
    for _ in range(4):
        p = _PLACE_LINE.match(text, at)
        if p:
            return p, at
        line = re.match(r"[^\r\n]*", text[at:]).group()  # type: ignore[union-attr]
        if not line or not _LEGEND_LINE.match(line):
            return None, at
        rest = text[at + len(line) :]
        at = at + len(line) + len(rest) - len(rest.lstrip())
    return None, at


def _ends_line(s: str, i: int) -> bool:
    rest = s[i:]
    line_end = re.match(_HSPACE + r"*(?:[\r\n]|$)", rest)
    return bool(line_end) or bool(re.match(_DASH + r"|\s+[A-Z]", rest))


def _is_place(word: str) -> bool:
    # A capitalised opening word followed by a comma is usually a place only
    # when written in capitals (`KYIV,`) or followed by an agency or a date.
    raw = word.split()[0]
    first = raw.lower().rstrip(".")
    if first in _NOT_PLACES or first in MONTH_NUMBERS or first in WEEKDAY_NUMBERS:
        return False
    return raw.isupper() or not first.endswith("ly")  # `Recently, Finnish ...`; but `ITALY`


def _place(raw: str) -> str:
    return raw.title() if raw.isupper() else raw


def _iso(
    m: re.Match[str],
    prefix: str,
    text: str,
    ref: date | None,
    order: DateOrder | None,
    place: re.Match[str] | None,
) -> str | None:
    g = {k[len(prefix) :]: v for k, v in m.groupdict().items() if k.startswith(prefix) and v}
    if "iso" in g or "ymd" in g:
        y, mo, d = (int(x) for x in (g.get("iso") or g["ymd"]).replace("/", "-").split("-"))
        return _valid(y, mo, d)
    if "num" in g:
        a, b, y = (int(x) for x in re.split(r"[/.-]", g["num"]))
        return _valid(y, *_day_month(a, b, order, place))
    day = int(g.get("d1") or g.get("d2") or 0)
    month = MONTH_NUMBERS.get((g.get("m1") or g.get("m2") or "").lower().rstrip("."))
    year_s = g.get("y1") or g.get("y2")
    year = int(year_s) if year_s else (ref.year if ref else article_year(text))
    if not (day and month and year):
        return None
    return _valid(year, month, day)


def _day_month(a: int, b: int, order: DateOrder | None, place: re.Match[str] | None) -> tuple[int, int]:
    """(month, day) of the numeric date `a/b/yyyy`: by validity, then `order`, then the place."""
    if a > 12 >= b:
        return b, a
    if b > 12 >= a:
        return a, b
    if order is None and place is not None:
        order = "MDY" if month_first(place.group("place")) or month_first(place.group("region")) else None
    return (a, b) if order == "MDY" else (b, a)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def has_year(dateline: Dateline) -> bool:
    """Whether the dateline states its year (else it was taken from `ref` or the article)."""
    return bool(_YEAR.search(dateline.text))


def article_year(text: str) -> int | None:
    """The year the article was most likely filed in, from the years it mentions.

    A year in a present-tense phrase (`so far in 2025`, `earlier in 2024`) wins;
    else the latest year that is not a deadline or a forecast (`by 2030`,
    `through 2027`, `until 2029`).
    """
    present = [int(m.group(1)) for m in _PRESENT_YEAR.finditer(text)]
    if present:
        return max(present)
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if not _FUTURE_BEFORE.search(text, 0, m.start())]
    return max(years, default=None)
