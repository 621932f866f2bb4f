"""Find the dateline: when and where a report was filed.

Recognised at the very start of the text (after blank space):

- `date 2025-02-02 ...`                          (date only)
- `KYIV, Ukraine (AP) — ...`                     (place, agency)
- `LONDON, March 3 (Reuters) - ...`              (place, date without year, agency)
- `BRUSSELS, 10 March 2025 – ...`                (place, full date)
- `Paris (AFP) - ...`                            (place in any case, agency)
- `Published 12 May 2024` / `Updated: Monday, 3 February 2025, 14:05`
- a line holding only a date (`June 6, 2024`, `Sunday, 14 April 2024, 22:40`),
  optionally followed by a `PLACE, ... –` paragraph.

Limits: only the opening of the article is searched (a dateline after more
than two heading paragraphs is missed); a date without a year
takes the year of `ref` when given, else the year the article mentions most.
"""

from __future__ import annotations

import re
from datetime import date

from claimx.layout.paragraphs import paragraphs
from claimx.lexicon.calendar import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    month_pattern,
    weekday_pattern,
    year_pattern,
)
from claimx.models import Dateline

_MAX_HEADINGS = 2
# Words that open a lede, never a place: `On Thursday, UK-based ...`, `The mayor, ...`.
_NOT_PLACES = frozenset("the a an today yesterday on in at by for last this earlier later meanwhile".split())

_MONTH = month_pattern()
_WEEKDAY = weekday_pattern()
# One date in any common order; named groups let one parser read them all.
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?(?:\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?)"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?-i:[ \t]+[A-Z]{2,4}\b)?)?"
)
_DASH = r"\s*(?:—|–|--|-|―)\s*"
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
_LEAD_DATE = re.compile(
    r"(?:(?P<kw>date|published|updated|posted|last updated)\s*:?\s*(?:on\s+)?)?(?P<date>" + _DATE + r")",
    re.IGNORECASE,
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


def find_dateline(text: str, ref: date | None = None) -> Dateline | None:
    """The dateline at the opening of `text`, or None when there is none.

    Up to two short heading paragraphs (`FOR IMMEDIATE RELEASE`, a headline)
    may stand before it.
    """
    for n, (start, end) in enumerate(paragraphs(text)):
        found = _dateline_at(text, start, ref)
        if found or n >= _MAX_HEADINGS or not _is_heading(text[start:end]):
            return found
    return None


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= 12 and not re.search(r"[.!?:;,\"”]\s*$", paragraph)


def _dateline_at(text: str, start: int, ref: date | None) -> Dateline | None:
    head = text[start : start + 400]
    m = _LEAD_DATE.match(head)
    if m and (m.group("kw") or _ends_line(head, m.end())):
        iso = _iso(m, "", text, ref)
        end = start + m.end()
        dash = re.match(_DASH, text[end:])
        if dash and dash.group().strip():
            return Dateline(text=text[start:end], start=start, end=end, date=iso)
        # A date alone on its line may be followed by `PLACE, Region – `.
        rest_at = end + len(text[end:]) - len(text[end:].lstrip())
        p = _PLACE_LINE.match(text, rest_at) if not m.group("kw") else None
        if p and _is_place(p.group("place")) and not p.group("p_iso"):
            end = p.end()
            return Dateline(
                text=text[start:end].rstrip(" —–-―"),
                start=start,
                end=start + len(text[start:end].rstrip(" —–-―")),
                date=iso,
                place=_place(p.group("place")),
                agency=p.group("agency"),
            )
        return Dateline(text=text[start:end], start=start, end=end, date=iso)
    p = _PLACE_LINE.match(head)
    if p and _is_place(p.group("place")) and (p.group("agency") or p.group("date") or p.group("region")):
        body = head[: p.end()].rstrip(" —–-―\t")
        iso = _iso(p, "p_", text, ref) if p.group("date") else None
        return Dateline(
            text=body,
            start=start,
            end=start + len(body),
            date=iso,
            place=_place(p.group("place")),
            agency=p.group("agency"),
        )
    return None


def _ends_line(s: str, i: int) -> bool:
    rest = s[i:]
    return rest == "" or rest.startswith(("\n", "\r")) or bool(re.match(_DASH + r"|\s+[A-Z]", rest))


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


def _iso(m: re.Match[str], prefix: str, text: str, ref: date | None) -> str | None:
    g = {k[len(prefix) :]: v for k, v in m.groupdict().items() if k.startswith(prefix) and v}
    if "iso" in g:
        try:
            return date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return None
    day = int(g.get("d1") or g.get("d2") or 0)
    month = MONTH_NUMBERS.get((g.get("m1") or g.get("m2") or "").lower().rstrip("."))
    year_s = g.get("y1") or g.get("y2")
    year = int(year_s) if year_s else (ref.year if ref else article_year(text))
    if not (day and month and year):
        return None
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
