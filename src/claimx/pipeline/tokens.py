"""spaCy's tokenizer, kept linear on runs of characters without white space.

spaCy splits a run of punctuation (`“‘«„"“‘«„"...`) one suffix at a time, and each
suffix search scans the whole rest of the run: time quadratic in the run's
length (8,000 quote marks in a row: 9 s; news text has no run near 500
characters, a long URL 200). A longer run is tokenized in pieces of MAX_RUN characters, joined
into one Doc whose text is exactly the input, so offsets are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN},}}")


class BoundedTokenizer:
    """Wraps the pipeline's tokenizer; everything but the call is the wrapped one's."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if len(text) < MAX_RUN or _LONG_RUN.search(text) is None:
            return self.inner(text)
        pieces: list[str] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            pieces.append(text[pos : m.start()])
            pieces += [text[i : min(i + MAX_RUN, m.end())] for i in range(m.start(), m.end(), MAX_RUN)]
            pos = m.end()
        pieces.append(text[pos:])
        doc = Doc.from_docs([self.inner(p) for p in pieces if p], ensure_whitespace=False)
        assert doc.text == text
        return doc

    def __getattr__(self, name: str) -> Any:
        # Serialisation, memory zones, special cases: the wrapped tokenizer's.
        return getattr(self.inner, name)
