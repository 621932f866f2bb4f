"""Rules that read the raw text alone, before spaCy: paragraphs, dateline, labelled sections, quotes,
and which dollar the article means.

`layout(text, ref)` runs them in order and says what the text alone tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from claimx.layout.dateline import find_dateline, has_year
from claimx.layout.money import dollar_of
from claimx.layout.quotes import Quote, find_quotes
from claimx.layout.sections import find_sections
from claimx.lexicon.calendar import DateOrder
from claimx.models import Dateline, Section

# After a dateline, the dash that introduces the story is not part of the lede.
_DATELINE_TAIL = re.compile(r"[\s—–―-]*")


@dataclass(frozen=True, slots=True)
class Layout:
    """What the raw text alone tells: dateline, sections and quotes, with the reference date in force."""

    dateline: Dateline | None
    body_start: int
    ref: date | None
    sections: list[Section]
    quotes: list[Quote]
    warnings: list[str]
    dollar: str = "USD"  # the ISO code a bare `$` stands for in this article


def layout(text: str, ref: date | None = None, order: DateOrder | None = None) -> Layout:
    warnings: list[str] = []
    dateline = find_dateline(text, ref, order)
    body_start = 0
    if dateline:
        body_start = _DATELINE_TAIL.match(text, dateline.end).end()  # type: ignore[union-attr]
        if dateline.date and not has_year(dateline) and ref is None:
            warnings.append(
                f"the dateline gives no year; took {dateline.date[:4]} from the article (set one with --date)"
            )
        if dateline.date:
            ref = date.fromisoformat(dateline.date)
    sections = find_sections(text, (dateline.start, body_start) if dateline else None)
    quotes = find_quotes(text, _quote_regions(sections))
    return Layout(dateline, body_start, ref, sections, quotes, warnings, dollar_of(text, dateline))


def _quote_regions(sections: Sequence[Section]) -> list[tuple[int, int]]:
    """Regions a quote cannot leave: each labelled section, and each run of unlabelled paragraphs."""
    regions: list[tuple[int, int]] = []
    prev: Section | None = None
    for s in sections:
        if prev is not None and prev.label is None and s.label is None:
            regions[-1] = (regions[-1][0], s.end)
        else:
            regions.append((s.start, s.end))
        prev = s
    return regions
