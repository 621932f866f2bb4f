"""Compose the extractors into claims: text -> Doc -> records -> models."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from claimx.extract.attribution import Attributed, attribute
from claimx.extract.dates import find_dates
from claimx.extract.dateline import find_dateline, has_year
from claimx.extract.figures import find_figures
from claimx.extract.quotes import find_quotes
from claimx.extract.sections import find_sections
from claimx.models import Article, Claim, DateMention, Figure, Section

# After a dateline, the dash that introduces the story is not part of the lede.
_DATELINE_TAIL = re.compile(r"[\s—–―-]*")
# Characters a statement fragment is trimmed of at its edges.
_EDGE = " \t\r\n,;:—–-\"“”‘’'«»()"


def article(doc: Doc, source: str, ref: date | None = None) -> Article:
    """Everything claimx finds in one parsed article."""
    text = doc.text
    warnings: list[str] = []
    dateline = find_dateline(text, ref)
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
    quotes = find_quotes(text, [(s.start, s.end) for s in sections])
    drafts = attribute(doc, sections, quotes)
    dates = find_dates(doc, body_start, len(text), ref)
    figures = find_figures(doc, body_start, len(text))
    drafts = sorted(drafts + _statements(doc, body_start, drafts, dates, figures), key=lambda a: a.start)
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    claims = [_claim(text, digest, d, sections, dates, figures) for d in drafts]
    return Article(source=source, dateline=dateline, sections=sections, claims=claims, warnings=warnings)


def _statements(
    doc: Doc,
    body_start: int,
    drafts: Sequence[Attributed],
    dates: Sequence[DateMention],
    figures: Sequence[Figure],
) -> list[Attributed]:
    """The reporter's own assertions: sentence parts outside other claims that hold a date or figure."""
    text = doc.text
    anchors = sorted([d.start for d in dates] + [f.start for f in figures])
    covered = sorted((d.start, d.end) for d in drafts)
    out: list[Attributed] = []
    for sent in doc.sents:
        s, e = max(sent.start_char, body_start), sent.end_char
        if s >= e or not _any_in(anchors, s, e):
            continue
        for start, end in _uncovered(s, e, covered):
            while start < end and text[start] in _EDGE:
                start += 1
            while end > start and text[end - 1] in _EDGE.replace(")", ""):
                end -= 1
            if start < end and _any_in(anchors, start, end):
                out.append(Attributed("statement", start, end))
    return out


def _uncovered(start: int, end: int, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = []
    pos = start
    for c_start, c_end in covered:
        if c_end <= pos or c_start >= end:
            continue
        if c_start > pos:
            pieces.append((pos, c_start))
        pos = max(pos, c_end)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _any_in(sorted_starts: Sequence[int], start: int, end: int) -> bool:
    i = bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end


def _claim(
    text: str,
    digest: str,
    d: Attributed,
    sections: Sequence[Section],
    dates: Sequence[DateMention],
    figures: Sequence[Figure],
) -> Claim:
    return Claim(
        id=f"{digest}:{d.kind[0]}{d.start}-{d.end}",
        kind=d.kind,
        text=text[d.start : d.end],
        start=d.start,
        end=d.end,
        section=next((s.kind for s in sections if s.start <= d.start < s.end), None),
        speaker=d.speaker,
        cue=d.cue,
        channel=d.channel,
        dates=[m for m in dates if d.start <= m.start and m.end <= d.end],
        figures=[f for f in figures if d.start <= f.start and f.end <= d.end],
    )
