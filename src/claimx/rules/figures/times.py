"""Race times: `3:44.2`, `1:58:33`, `in 3:44` are measures of how long, not times of day.

Decision: the value is the time in seconds (`3:44.2` -> 224.2, `1:58:33` -> 7113) with unit `s`, so
that times compare as numbers; the span keeps the time as written. A clock time (`at 10:30`,
`10:30 a.m.`) is no figure (GUIDELINES.md, "Figures").

Limits: a two-part time without tenths (`3:44`) is a race time only after a word that says so
(`in`, `clocked`, `of`, `time`); `10:30:00` after `at` is a clock time; times over 99 hours
are not read.
"""

from __future__ import annotations

import re

from claimx.rules.chunk import FigureRecord
from claimx.rules.figures.tokens import _Context, _make

_RACE_TIME_RE = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?")
# Words before a bare `m:ss` that make it a duration: `won in 3:44`, `a time of 3:44`, `clocked 3:44`.
_DURATION_BEFORE = frozenset("in of clocked timed time record ran finished".split())
# Words before any time that make it a time of day: `at 10:30:15`, `from 9:15.5`.
_CLOCK_BEFORE = frozenset("at until till before after from by since around".split())
_CLOCK_AFTER_RE = re.compile(
    r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b|o['’]clock|h\b|hrs\b|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local)", re.I
)


def _race_time(ctx: _Context, i: int) -> tuple[FigureRecord | None, int] | None:
    """The race time that token `i` is, or None when it is none."""
    tok = ctx.toks[i]
    m = _RACE_TIME_RE.fullmatch(tok.text)
    if m is None:
        return None
    before = ctx.lower(i - 1)
    if before in _CLOCK_BEFORE or _CLOCK_AFTER_RE.match(ctx.text, tok.end):
        return None
    first, second, third, tenths = m.groups()
    if third is None and tenths is None and before not in _DURATION_BEFORE:
        return None
    if third is None:
        seconds = int(first) * 60 + int(second)
    else:
        seconds = int(first) * 3600 + int(second) * 60 + int(third)
    value: float | int = seconds + float(f"0.{tenths}") if tenths else seconds
    if isinstance(value, float):
        value = round(value, len(tenths or ""))
    return _make(ctx, tok.start, tok.end, tok.start, value=value, unit="s"), i + 1
