"""Which frames make reported claims: a speaker, content, and not inside another frame's content.

A quoted run inside reported speech is a quote of its own and the reported claim around it still
holds it (GUIDELINES): `said the plan "will not survive the winter"` makes both. Only a frame
whose content *is* a quote (`said: "..."`, `said that "..."`, `said "..." on Monday`: no word
outside the marks but a date, a preposition or a conjunction) attributes that quote and makes
no reported claim.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimx.rules.attribution.base import Frame

# Words outside the marks that leave the content a bare quote: `said "..." on Monday`, `that`.
_FRAMING_POS = frozenset("ADP SCONJ CCONJ PART PUNCT SPACE".split())
_FRAMING_ENTS = frozenset("DATE TIME".split())


def reported_frames(doc: Doc, frames: Sequence[Frame], qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames that make reported claims: content that is not a bare quote nor other frames' content."""
    cands = [f for f in frames if f.content is not None and f.speaker is not None]
    cands = [f for f in cands if not bare_quote(doc, f.content, qspans)]  # type: ignore[arg-type]
    out = []
    for f in cands:
        assert f.content is not None
        nested = any(
            g is not f and g.content is not None and g.content[0] <= f.at < g.content[1]
            for g in _near(cands, f)
        )
        if not nested:
            out.append(f)
    return out


def _near(frames: Sequence[Frame], f: Frame) -> list[Frame]:
    """Frames whose content could contain `f` (same neighbourhood), without a scan of all frames."""
    k = bisect_left([g.at for g in frames], f.at)
    return list(frames[max(0, k - 3) : k + 3])


def mostly_quoted(span: tuple[int, int], qspans: Sequence[tuple[int, int]]) -> bool:
    s, e = span
    inside = 0
    for qs, qe in qspans:
        if qe <= s:
            continue
        if qs >= e:
            break
        inside += min(e, qe) - max(s, qs)
    return inside * 2 > (e - s)


def bare_quote(doc: Doc, span: tuple[int, int], qspans: Sequence[tuple[int, int]]) -> bool:
    """The span holds a quote and, outside its marks, only framing words (`on Monday`, `that`)."""
    s, e = span
    inside = [(max(s, qs), min(e, qe)) for qs, qe in qspans if qe > s and qs < e]
    if not inside:
        return False
    words = doc.char_span(s, e, alignment_mode="expand")
    if words is None:
        return mostly_quoted(span, qspans)
    return not any(_worded(x) and not any(a <= x.idx < b for a, b in inside) for x in words)


def _worded(x: Token) -> bool:
    return (
        x.pos_ not in _FRAMING_POS and x.ent_type_ not in _FRAMING_ENTS and any(ch.isalnum() for ch in x.text)
    )
