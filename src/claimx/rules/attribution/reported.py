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
_CLOSERS = frozenset('"”')
_OPENERS = frozenset('"“')


def reported_frames(doc: Doc, frames: Sequence[Frame], qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames that make reported claims: content that is not a bare quote nor other frames' content."""
    cands = [f for f in frames if f.content is not None and (f.speaker is not None or f.voiceless)]
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


def balanced(text: str, span: tuple[int, int], qspans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """`span` widened to the marks of a quote it cuts: `the attacks as a "dastardly act"`, not `...act`.

    `qspans` are (opening mark, just after the closing mark). Only a mark or two is added, so
    a span that cuts a quote far from its marks is left as it is.
    """
    s, e = span
    for qs, qe in qspans:
        if qs >= e:
            break
        if s <= qs < e < qe <= e + 2:
            e = qe
        elif qs < s <= qs + 2 and s < qe <= e:
            s = qs
    # A scare quote is no quote of its own (`as a "dastardly act"`): balance its marks by the text.
    piece = text[s:e]
    straight = piece.count('"') % 2 == 1
    if e < len(text) and text[e] in _CLOSERS and (straight or piece.count("“") > piece.count("”")):
        e += 1
    elif s > 0 and text[s - 1] in _OPENERS and (straight or piece.count("”") > piece.count("“")):
        s -= 1
    return s, e
