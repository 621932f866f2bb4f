"""Speakers named by the layout: `Source:` sections, `Quote from <Name>:` labels, the lede."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from claimx.lexicon import speech as lx
from claimx.models import Section, Speaker
from claimx.rules.attribution.base import EDGE, Frame
from claimx.rules.names import ArticleIndex

_SOURCE_KINDS = frozenset({"source"})


QUOTE_KINDS = frozenset({"quote"})


QUOTE_FROM = re.compile(r"quotes?\s+from\s+(?P<name>.+)", re.IGNORECASE)


def section_of(sections: Sequence[Section], char: int) -> Section | None:
    for s in sections:
        if s.start <= char < s.end:
            return s
    return None


def lede_speaker(sections: Sequence[Section], frames: Sequence[Frame]) -> Speaker | None:
    lede = next((s for s in sections if s.kind == "lede"), None)
    if lede is None:
        return None
    for f in frames:
        if lede.start <= f.at < lede.end and f.speaker is not None:
            return f.speaker
    return None


def source_speaker(
    doc: Doc, text: str, index: ArticleIndex, sections: Sequence[Section], sec: Section
) -> tuple[Speaker, str | None] | None:
    """Speaker and channel of the nearest `Source:` section before `sec`."""
    src = None
    for s in sections:
        if s.start >= sec.start:
            break
        if s.kind in _SOURCE_KINDS:
            src = s
    if src is None or not src.label:
        return None
    body = src.start + len(src.label) + 1
    speaker = name_speaker(doc, text, index, body, src.end)
    if speaker is None:
        return None
    span = doc.char_span(body, src.end, alignment_mode="expand")
    channel = None
    if span is not None:
        preps = [t for t in span if t.lower_ in lx.CHANNEL_PREPS and t.dep_ == "prep"]
        if preps:
            channel = text[preps[0].idx : src.end].strip(EDGE) or None
    return speaker, channel


def name_speaker(doc: Doc, text: str, index: ArticleIndex, start: int, end: int) -> Speaker | None:
    """The speaker named first in text [start, end): a name, else the first noun phrase."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    named = index.find(text[start:end].strip(EDGE), span)
    for t in span:
        ent = index.entity_of(t)
        if ent is not None:
            run_end = t.i
            while run_end + 1 < span.end and index.entity_of(doc[run_end + 1]) is ent:
                run_end += 1
            return ent.speaker(doc[t.i : run_end + 1].text)
    if named is not None:
        return named
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return None
    speaker, _ = index.resolve(head, span.start, span.end)
    return speaker
