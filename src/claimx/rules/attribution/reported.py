"""Which frames make reported claims: a speaker, content, and not inside another frame's content.

A frame whose content is mostly a direct quote attributes that quote instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from claimx.rules.attribution.base import Frame


def reported_frames(frames: Sequence[Frame], qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames that make reported claims: content outside direct quotes and other frames' content."""
    cands = [f for f in frames if f.content is not None and f.speaker is not None]
    cands = [f for f in cands if not mostly_quoted(f.content, qspans)]  # type: ignore[arg-type]
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
