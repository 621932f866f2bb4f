"""Compose the extractors into claims: text -> Doc -> records -> models."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Generic, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimx.layout import Layout, layout
from claimx.layout.quotes import closing_mark_kept
from claimx.lexicon.calendar import DateOrder
from claimx.models import (
    ActorIndexEntry,
    Article,
    Claim,
    Dateline,
    DateMention,
    Entity,
    Figure,
    Section,
    Span,
)
from claimx.pipeline.nlp import text_of
from claimx.rules.actors import find_events
from claimx.rules.attribution import article_index, attribute
from claimx.rules.chunk import Attributed, Chunk, DateRecord, EntityRecord, EventRecord, FigureRecord
from claimx.rules.claim_dates import as_spoken, attribution_only, claim_dates
from claimx.rules.dates import find_dates
from claimx.rules.entities import find_entities
from claimx.rules.figures import find_figures

_Spanned = TypeVar("_Spanned", bound=Span)

# Characters a statement fragment is trimmed of at its edges.
_EDGE = " \t\r\n,;:—–-\"“”‘’'«»()"


# spaCy's parser needs about 1 GB per 100,000 characters; longer texts are
# parsed in paragraph-aligned chunks of at most this many characters.
CHUNK_CHARS = 50_000


def article(doc: Doc, source: str, ref: date | None = None, order: DateOrder | None = None) -> Article:
    """Everything claimx finds in one article parsed whole."""
    text = text_of(doc)
    lay = layout(text, ref, order)
    return assemble(text, lay, [chunk(doc, 0, lay)], source, lay.warnings)


def extract_text(
    nlp: Language, text: str, source: str, ref: date | None = None, order: DateOrder | None = None
) -> Article:
    """Parse and extract one text, in paragraph chunks when it is too long to parse whole."""
    spans = chunk_spans(text, CHUNK_CHARS)
    lay = layout(text, ref, order)
    if len(spans) == 1:
        return assemble(text, lay, [chunk(nlp(text), 0, lay)], source, lay.warnings)
    # One chunk per batch: nlp.pipe's default batch (1,000 texts) would parse every chunk
    # of the article before yielding the first, holding all their Docs at once.
    docs = nlp.pipe((text[s:e] for s, e in spans), batch_size=1)
    chunks = (chunk(doc, s, lay) for (s, _), doc in zip(spans, docs, strict=True))
    note = f"long text ({len(text):,} characters) parsed in {len(spans)} chunks"
    return assemble(text, lay, chunks, source, [*lay.warnings, note])


def chunk(doc: Doc, offset: int, lay: Layout) -> Chunk:
    """The piece of the article parsed as `doc`, from `offset` on, with its layout moved to its offsets."""
    text = text_of(doc)
    end = offset + len(text)
    # Sections and quotes are in text order: take the chunk's own by bisection, so a long article's
    # chunks cost in all what its layout holds, not chunks x quotes.
    lo = bisect_left(lay.sections, offset, key=lambda s: s.end)
    hi = bisect_left(lay.sections, end, key=lambda s: s.start)
    sections = tuple(_local(s, offset, text) for s in lay.sections[lo:hi])
    first = bisect_left(lay.quotes, offset, key=lambda q: q.open)
    last = bisect_left(lay.quotes, end, key=lambda q: q.open)
    quotes = tuple(
        replace(
            q,
            start=q.start - offset,
            end=min(q.end, end) - offset,
            open=q.open - offset,
            close=q.close - offset if q.close is not None and q.close < end else None,
        )
        for q in lay.quotes[first:last]
    )
    return Chunk(
        doc=doc,
        text=text,
        offset=offset,
        body_start=max(lay.body_start - offset, 0),
        sections=sections,
        quotes=quotes,
        ref=lay.ref,
        places=_place_words(lay.dateline),
        names=article_index(doc, sections, quotes),
        dollar=lay.dollar,
    )


@dataclass(frozen=True, slots=True)
class _Draft:
    """A claim's records from its chunk, before the models: offsets local to the chunk at `offset`."""

    offset: int
    said: Attributed
    event: EventRecord
    entities: list[EntityRecord]
    date: str | None
    said_on: list[DateMention]  # dates of an attribution that is no claim of its own


def assemble(
    text: str, lay: Layout, chunks: Iterable[Chunk], source: str, warnings: Sequence[str] = ()
) -> Article:
    """The article of `text` from its layout and its parsed chunks; each chunk is released once read."""
    drafts: list[_Draft] = []
    dates: list[DateMention] = []
    figures: list[Figure] = []
    for c in chunks:
        said = attribute(c)
        c_dates = find_dates(c)
        c_figures = find_figures(c)
        labels = [(s.start, s.start + len(s.label) + 1) for s in c.sections if s.label]
        said += _statements(c, [(d.start, d.end) for d in said] + labels, c_dates, c_figures)
        said.sort(key=lambda a: a.start)
        dropped = attribution_only(c, said, c_figures)
        spoken: dict[int, list[DateRecord]] = {}
        for i, j in dropped.items():
            spoken.setdefault(j, []).extend(d for d in c_dates if said[i].start <= d.start < said[i].end)
        when = claim_dates(c, said, c_dates, spoken)
        respoken = as_spoken(c, said, [day for _, day in when], c_dates)
        if respoken != c_dates:
            c_dates = respoken
            when = claim_dates(c, said, c_dates, spoken)
        kept = [
            (a, w, spoken.get(i, []))
            for i, (a, (w, _)) in enumerate(zip(said, when, strict=True))
            if i not in dropped
        ]
        entities = find_entities(c)
        entity_starts = [e.start for e in entities]
        starts = [sent.start_char for sent in c.doc.sents]
        ends = [sent.end_char for sent in c.doc.sents]
        said = [a for a, _, _ in kept]
        for (d, day, attribution), event in zip(kept, find_events(c, said), strict=True):
            # A claim lists the entities of its whole sentence, attribution included.
            s_start, s_end = _sentence_range(starts, ends, d.start, d.end)
            lo = bisect_left(entity_starts, s_start)
            inside = [e for e in entities[lo:] if e.start < s_end and e.end <= s_end]
            drafts.append(
                _Draft(c.offset, d, event, inside, day, [_date(text, c.offset, r) for r in attribution])
            )
        dates += [_date(text, c.offset, m) for m in c_dates]
        figures += [figure_model(text, c.offset, f) for f in c_figures]
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    drafts.sort(key=lambda d: d.said.start + d.offset)
    sorted_dates, sorted_figures = _Sorted(dates), _Sorted(figures)
    starts = [s.start for s in lay.sections]
    claims = [_claim(text, digest, d, lay.sections, starts, sorted_dates, sorted_figures) for d in drafts]
    return Article(
        source=source,
        dateline=lay.dateline,
        sections=lay.sections,
        claims=claims,
        actors=actor_index(claims),
        warnings=[*warnings, *_unresolved(lay.ref, dates)],
    )


def _local(s: Section, offset: int, local: str) -> Section:
    start, end = max(s.start - offset, 0), min(s.end - offset, len(local))
    return s.model_copy(update={"start": start, "end": end, "text": local[start:end]})


def _date(text: str, offset: int, r: DateRecord) -> DateMention:
    s, e = r.start + offset, r.end + offset
    return DateMention(text=text[s:e], start=s, end=e, value=r.value)


def figure_model(text: str, offset: int, r: FigureRecord) -> Figure:
    s, e = r.start + offset, r.end + offset
    return Figure(
        text=text[s:e],
        start=s,
        end=e,
        value=r.value,
        low=r.low,
        high=r.high,
        approximate=r.approximate,
        qualifier=r.qualifier,
        unit=r.unit,
    )


def _entity(text: str, offset: int, r: EntityRecord) -> Entity:
    s, e = r.start + offset, r.end + offset
    return Entity(text=text[s:e], start=s, end=e, type=r.type, name=r.name)


def _span(text: str, offset: int, span: tuple[int, int]) -> Span:
    s, e = span[0] + offset, span[1] + offset
    return Span(text=text[s:e], start=s, end=e)


def _unresolved(ref: date | None, dates: Sequence[DateMention]) -> list[str]:
    """Say so when dates were left without a value for want of a reference date."""
    if ref is not None:
        return []
    n = sum(d.value is None for d in dates)
    if not n:
        return []
    dates_word = "date" if n == 1 else "dates"
    return [f"no reference date (no dated dateline, no --date): {n} {dates_word} left without a value"]


def actor_index(claims: Sequence[Claim]) -> list[ActorIndexEntry]:
    """Each distinct speaker or actor (not anonymous, not a bare noun phrase) and the claims it is in."""
    seen: dict[tuple[str, str], tuple[str | None, list[str]]] = {}
    for c in claims:
        for who, title in ((c.speaker, c.speaker.title if c.speaker else None), (c.actor, None)):
            if who is None or who.type in ("anonymous", "other"):
                continue
            old_title, ids = seen.setdefault((who.name, who.type), (title, []))
            if c.id not in ids:
                ids.append(c.id)
            if title and not old_title:
                seen[(who.name, who.type)] = (title, ids)
    return [
        ActorIndexEntry(name=name, type=kind, title=title, claims=ids)
        for (name, kind), (title, ids) in sorted(seen.items(), key=lambda kv: -len(kv[1][1]))
    ]


def _place_words(dateline: Dateline | None) -> tuple[str, ...]:
    """The dateline's place as written and as reported (`DULUTH`, `Duluth`)."""
    if dateline is None or dateline.place is None:
        return ()
    return (dateline.place, dateline.text.split(",")[0].split("(")[0].strip())


def _sentence_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """From the start of the first sentence that [start, end) touches to the end of the last."""
    first = bisect_right(ends, start)
    last = bisect_left(starts, end) - 1
    if first > last:
        return start, end
    return min(starts[first], start), max(ends[last], end)


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces covering `text`, each at most `size` long, cut at paragraph breaks if possible."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, start + size)
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    # Prefer a paragraph break, then a line break, then a space; else cut hard.
    for sep in ("\n\n", "\n", ". ", " "):
        i = text.rfind(sep, start + 1, limit)
        if i > start:
            return i + len(sep)
    return limit


def _statements(
    c: Chunk,
    taken: Sequence[tuple[int, int]],
    dates: Sequence[DateRecord],
    figures: Sequence[FigureRecord],
) -> list[Attributed]:
    """The reporter's own assertions: sentence parts outside `taken` spans that hold a date or figure,
    a sentence of two finite clauses joined by `, and` / `, but` making two (`_clauses`).

    `taken` holds the other claims and the section labels.
    """
    text, body_start = c.text, c.body_start
    anchors = sorted([d.start for d in dates] + [f.start for f in figures])
    covered = sorted(taken)
    out: list[Attributed] = []
    for sent in c.doc.sents:
        s, e = max(sent.start_char, body_start), sent.end_char
        if s >= e or not _any_in(anchors, s, e):
            continue
        for start, end in (p for u in _uncovered(s, e, covered) for p in _clauses(sent, *u)):
            while start < end and text[start] in _EDGE:
                start += 1
            while end > start and text[end - 1] in _EDGE.replace(")", ""):
                end -= 1
            end = _without_relative_attribution(text, start, end, covered)
            kept = closing_mark_kept(text, start, end)
            if not any(c_start < kept and end < c_end for c_start, c_end in covered):
                end = kept
            if start < end and _any_in(anchors, start, end):
                out.append(Attributed("statement", start, end))
    return out


# `..., which his wife said` right before the words it reports.
_RELATIVE_ATTRIBUTION = re.compile(r",\s+(?:which|who|as)\s+[^,;.!?]{1,60}$")


def _without_relative_attribution(text: str, start: int, end: int, covered: Sequence[tuple[int, int]]) -> int:
    """`He had not appeared since 2014, which his wife said [was due to illness]`: a relative clause
    that only attributes the claim right after the piece is that claim's attribution, not the
    reporter's statement."""
    m = _RELATIVE_ATTRIBUTION.search(text, start, end)
    if m is None or not any(end <= c_start <= end + 2 for c_start, _ in covered):
        return end
    return start + len(text[start : m.start()].rstrip())


def _clauses(sent: SpacySpan, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence piece cut before `, and` / `, but` that opens a clause with a subject of its own:
    `A bloom stretches 12 km, and authorities have closed 14 beaches` is two assertions, each with
    its own actor and figures."""
    cuts = []
    for t in sent:
        if not (start < t.idx < end) or t.dep_ != "cc" or t.lower_ not in ("and", "but"):
            continue
        comma = t.doc[t.i - 1] if t.i > 0 else None
        verb = t.head
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > t.i), None)
        if (
            comma is not None
            and comma.text == ","
            and start <= verb.idx < comma.idx
            and conj is not None
            and _finite_clause(verb)
            and _finite_clause(conj)
            and all(g.i > t.i for g in conj.children if g.dep_ in _SUBJECT_DEPS)
        ):
            cuts.append((comma.idx, t.doc[t.i + 1].idx))
    pieces: list[tuple[int, int]] = []
    pos = start
    for comma_at, after in cuts:
        pieces.append((pos, comma_at))
        pos = after
    pieces.append((pos, end))
    # Every piece must assert something: a parse that leaves one without a verb is not trusted.
    verbs = [t.idx for t in sent if t.pos_ in ("VERB", "AUX")]
    if any(not any(a <= v < b for v in verbs) for a, b in pieces):
        return [(start, end)]
    return pieces


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def _finite_clause(verb: Token) -> bool:
    """A verb with its own subject that is finite or has an auxiliary: a clause that asserts."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )
    return verb.pos_ in ("VERB", "AUX") and finite and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


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
    d: _Draft,
    sections: Sequence[Section],
    section_starts: Sequence[int],
    dates: _Sorted[DateMention],
    figures: _Sorted[Figure],
) -> Claim:
    a, off = d.said, d.offset
    start, end = a.start + off, a.end + off
    i = bisect_right(section_starts, start) - 1
    section = sections[i].kind if i >= 0 and start < sections[i].end else None
    return Claim(
        id=f"{digest}:{a.kind[0]}{start}-{end}",
        kind=a.kind,
        text=text[start:end],
        start=start,
        end=end,
        section=section,
        speaker=a.speaker,
        cue=a.cue,
        channel=a.channel,
        date=d.date,
        dates=sorted([*d.said_on, *dates.inside(start, end)], key=lambda m: m.start),
        figures=figures.inside(start, end),
        actor=d.event.actor,
        action=d.event.action,
        object=_span(text, off, d.event.object) if d.event.object else None,
        entities=[_entity(text, off, e) for e in d.entities],
    )


class _Sorted(Generic[_Spanned]):
    """Spans sorted by start, to find those inside a claim without scanning them all."""

    def __init__(self, items: Iterable[_Spanned]) -> None:
        self.items = sorted(items, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def inside(self, start: int, end: int) -> list[_Spanned]:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [m for m in self.items[lo:hi] if m.end <= end]
