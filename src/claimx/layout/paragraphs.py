"""Paragraphs: the unit that bounds sections and unclosed quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A blank line (any line ending, optional spaces) separates paragraphs.
_BREAK = re.compile(r"[ \t\f\v]*(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)\s*")


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank paragraph of `text` from `start`, trimmed of white space."""
    pos = start
    for m in _BREAK.finditer(text, start):
        yield from _trimmed(text, pos, m.start())
        pos = m.end()
    yield from _trimmed(text, pos, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
