"""The figure rules' own tokens over the text, and the window of a chunk they read.

spaCy splits `120m`, `3%-4%` or `10.30pm` inconsistently, so figures are read on these tokens and
the Doc is asked only for tags and the parse (through `_Context.spacy_at`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Token

from claimx.lexicon.currency import symbol_pattern
from claimx.rules.chunk import Chunk, FigureRecord

# Currency symbols glued to a number, digits with whatever is glued to them
# ("2.5bn", "37.5%", "23rd", "10.30pm"), words, and any other character.
_TOKEN_RE = re.compile(symbol_pattern() + r"|[0-9]+(?:[.,:/][0-9]+)*(?:[^\W\d_]+|%|°[CF]?)?|[^\W\d_]+|\S")
_NUMERAL_RE = re.compile(
    r"(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)(?P<suffix>[^\W\d_]+|%|°[CF]?)?"
)
_SENTENCE_OPENERS = frozenset(".!?:\"“‘'(—–•*")
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "NNP", "RB"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NAME_ENTITIES = frozenset({"PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


class _Tok(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


class _Context:
    """The text around one claim, tokenized once.

    Only a window of the doc's text around the claim is tokenized, padded on
    the left so that offsets stay those of the doc.
    """

    def __init__(self, chunk: Chunk, start: int, end: int) -> None:
        doc = chunk.doc
        # A margin of context on both sides, cut between words.
        first = _token_index(doc, max(0, start - 80))
        while first > 0 and _glued(doc[first - 1], doc[first]):
            first -= 1
        last = _token_index(doc, end + 40)
        while last + 1 < len(doc) and _glued(doc[last], doc[last + 1]):
            last += 1
        window_start = doc[first].idx
        window_end = doc[last].idx + len(doc[last].text_with_ws)
        self.doc = doc
        self.dollar = chunk.dollar
        self.whole = chunk.text
        self.text = " " * window_start + chunk.text[window_start:window_end]
        self.start = start
        self.end = end
        self.toks = [
            _Tok(m.group(), m.group().lower(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(self.text, window_start)
        ]
        self.starts = [t.start for t in self.toks]

    def lower(self, i: int) -> str:
        return self.toks[i].lower if 0 <= i < len(self.toks) else ""

    def glued(self, i: int, j: int) -> bool:
        """True when tokens i and j (j == i + 1) touch with no space between."""
        return i >= 0 and j < len(self.toks) and self.toks[i].end == self.toks[j].start

    def index_at(self, char: int) -> int:
        """Index of the first of our tokens starting at or after `char`."""
        return bisect_left(self.starts, char)

    def spacy_at(self, char: int) -> Token | None:
        k = bisect_left(self.doc, char, key=_token_start)
        return self.doc[k] if k < len(self.doc) else None

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return prev.text in _SENTENCE_OPENERS or "\n" in self.text[prev.end : self.toks[i].start]


def _token_start(t: Token) -> int:
    return t.idx


def _token_index(doc: Doc, char: int) -> int:
    """Index of the token that holds `char` (or the last token before it)."""
    return max(0, bisect_right(doc, char, key=_token_start) - 1)


def _glued(left: Token, right: Token) -> bool:
    return not left.whitespace_ and not left.is_space and not right.is_space


def _make(ctx: _Context, start: int, end: int, anchor: int, **fields: object) -> FigureRecord | None:
    """A figure on [start, end) clipped to the claim, if its number (at `anchor`) lies in the claim."""
    if not ctx.start <= anchor < ctx.end:
        return None
    start, end = max(start, ctx.start), min(end, ctx.end)
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return FigureRecord(start, end, **fields)  # type: ignore[arg-type]
