"""Chunks for rule tests: a parsed text as the Doc rules see it, without the layout rules' say."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from claimx.compose import chunk
from claimx.layout import layout
from claimx.rules.chunk import Chunk
from claimx.rules.names import ArticleIndex


def bare(doc: Doc, ref: dt.date | None = None, body_start: int = 0) -> Chunk:
    """The whole of `doc` as one chunk with no dateline, sections or quotes."""
    return Chunk(doc, doc.text, 0, body_start, (), (), ref, (), ArticleIndex(doc))


def laid_out(doc: Doc, ref: dt.date | None = None) -> Chunk:
    """`doc` as one chunk with the layout its text has (dateline, sections, quotes)."""
    return chunk(doc, 0, layout(doc.text, ref))
