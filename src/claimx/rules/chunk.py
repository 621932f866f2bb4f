"""The one contract of the Doc rules: a `Chunk` in, small records out, in chunk-local offsets.

A long article is parsed in paragraph-aligned pieces (`claimx.compose.CHUNK_CHARS`); each piece becomes
one frozen `Chunk` holding its Doc, its text (read once), where it stands in the article and the parts
of the layout that fall inside it, moved to the piece's own offsets. Every rule is a pure function
`find_x(chunk) -> list[Record]`: it reads the chunk and returns records whose offsets index `chunk.text`.
`claimx.compose.assemble` turns records into the output models once, adding `chunk.offset`.

Records hold no spaCy objects, so a chunk's Doc can be released as soon as its records are taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from claimx.layout.quotes import Quote
from claimx.models import Actor, ClaimKind, Section, Speaker

if TYPE_CHECKING:
    from claimx.rules.names import ArticleIndex


@dataclass(frozen=True, slots=True)
class Chunk:
    """One parsed piece of an article and the layout inside it, all offsets local to `text`."""

    doc: Doc
    text: str  # doc.text, read once
    offset: int  # where `text` starts in the article
    body_start: int  # first character of the body (after the dateline), 0 if before this piece
    sections: tuple[Section, ...]  # the sections this piece overlaps
    quotes: tuple[Quote, ...]  # the quotes that open in this piece
    ref: date | None  # the reference date in force
    places: tuple[str, ...]  # the dateline's place as written and as reported (`DULUTH`, `Duluth`)
    names: ArticleIndex  # who the piece names, built once from the three fields above
    dollar: str = "USD"  # the ISO code a bare `$` or `dollars` stands for in this article


@dataclass(frozen=True, slots=True)
class Attributed:
    """A claim before dates, figures and ids: its content span and who made it."""

    kind: ClaimKind
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class DateRecord:
    start: int
    end: int
    value: str | None  # ISO YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or TimeML's (YYYY-Q3, 199X); None: unpinned


@dataclass(frozen=True, slots=True)
class FigureRecord:
    start: int
    end: int
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    qualifier: str | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRecord:
    start: int
    end: int
    type: str
    name: str  # article-level canonical name


@dataclass(frozen=True, slots=True)
class EventRecord:
    """Who did what a claim reports: the agent, the verb's lemma, and the object's span."""

    actor: Actor | None = None
    action: str | None = None
    object: tuple[int, int] | None = None
