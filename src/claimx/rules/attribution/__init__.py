"""Attribution: who said each quote, and reported (indirect) speech.

`attribute(chunk)` runs two passes over a parsed piece. `frames` finds *speech frames*: a reporting
verb with its subject (`Lloyd said`, `said Janet Pryce`, `she told reporters`) or an `according to
X` phrase, speakers resolved in text order by `speakers.ArticleIndex` (so pronouns see the speakers
before them), each with the clause it reports (`content`, `according`); `agentless` adds frames
with no speaker named (`reportedly`, `it was reported that`, `as revealed at trial`, `Asked about X`),
which report but attribute no quote. `reported` keeps the frames
that make reported claims; `quotes` links each quote to a frame or to its context (`sections`).
`base` holds the frame record and the span helpers all of them share.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from claimx.layout.quotes import Quote
from claimx.models import Section
from claimx.rules.attribution.base import Frame
from claimx.rules.attribution.frames import find_frames
from claimx.rules.attribution.quotes import quote_speakers, source_line, unvoiced_title
from claimx.rules.attribution.reported import balanced, reported_frames
from claimx.rules.chunk import Attributed, Chunk
from claimx.rules.names import ArticleIndex


def article_index(doc: Doc, sections: Sequence[Section], quotes: Sequence[Quote]) -> ArticleIndex:
    """The article's entity index, built once and shared by attribution, actors and entities."""
    bound = next((s.start for s in sections if s.kind != "headline"), 0)
    labels = [(s.start, s.start + len(s.label) + 1) for s in sections if s.label]
    return ArticleIndex(doc, bound, skip=labels, quoted=_quoted_spans(quotes))


def _quoted_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return [(q.open, (q.close + 1) if q.close is not None else q.end) for q in quotes]


def _words_end(text: str, q: Quote, doc: Doc) -> int:
    """Where the quoted words end: before a source line inside the marks, else at the quote's end."""
    line = source_line(doc, text, q)
    if line is None:
        return q.end
    while line > q.start and text[line - 1].isspace():
        line -= 1
    return line


def attribute(chunk: Chunk) -> list[Attributed]:
    """Quote claims (one per quote) and reported-speech claims of the chunk, in text order."""
    doc, sections, quotes, index = chunk.doc, chunk.sections, chunk.quotes, chunk.names
    bound = next((s.start for s in sections if s.kind != "headline"), 0)
    qspans = _quoted_spans(quotes)
    frames = find_frames(doc, index, bound, qspans)
    speakers, cues, channels = quote_speakers(
        chunk, [f for f in frames if not f.voiceless and f.quotes], bound
    )
    out = [
        Attributed("quote", q.start, _words_end(chunk.text, q, doc), speakers[k], cues[k], channels[k])
        for k, q in enumerate(quotes)
        if not unvoiced_title(doc, chunk.text, q, speakers[k])  # a book's or a show's name, no one's words
    ]
    for f in reported_frames(doc, frames, qspans):
        assert f.content is not None
        s, e = balanced(chunk.text, f.content, qspans)
        out.append(Attributed("reported", s, e, f.speaker, f.cue, f.channel))
    out.sort(key=lambda a: a.start)
    return out


__all__ = ["Attributed", "Frame", "article_index", "attribute", "find_frames"]
