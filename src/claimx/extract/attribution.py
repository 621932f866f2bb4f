"""Attribution: who said each quote, and reported (indirect) speech.

Placeholder until the attribution issue lands: quotes get no speaker and no
reported claims are found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from claimx.extract.quotes import Quote
from claimx.models import ClaimKind, Section, Speaker


@dataclass(frozen=True, slots=True)
class Attributed:
    """A claim before dates, figures and ids: its content span and who made it."""

    kind: ClaimKind
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    channel: str | None = None


def attribute(doc: Doc, sections: Sequence[Section], quotes: Sequence[Quote]) -> list[Attributed]:
    """Quote claims (one per quote) and reported-speech claims of `doc`, in text order."""
    return [Attributed("quote", q.start, q.end) for q in quotes]
