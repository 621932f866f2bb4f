"""The pipeline's rule lemmatizer, called once per distinct token description instead of per token.

spaCy's rule lemmatizer computes a lemma from the token's text, part of speech
and morphology, and caches it on those three, but still visits every token in
Python to look the cache up and set the lemma: about 3% of the pipeline's time.
`MemoLemmatizer` reads the three values and the current lemmas as arrays, asks
the same lemmatizer only for descriptions it has not seen, and writes all the
lemmas back at once: the same lemmas (a token that already has one keeps it,
unless the lemmatizer overwrites), for a fraction of the time.

Limits: rule and lookup modes only (their lemma depends on nothing else);
`memo_lemmatizer` returns None for any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, MORPH, ORTH, POS

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

_MAX_MEMO = 50_000  # descriptions remembered; then the memo starts again


class MemoLemmatizer:
    """Sets the lemmas `lemmatizer` would set, asking it once per (text, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        memo = self._memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            got = memo.get(key)
            if got is None:
                if len(memo) >= _MAX_MEMO:
                    memo.clear()
                got = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


def memo_lemmatizer(lemmatizer: Lemmatizer) -> MemoLemmatizer | None:
    """A MemoLemmatizer over `lemmatizer`, or None when its mode is not one it can memoise."""
    if getattr(lemmatizer, "mode", None) not in ("rule", "lookup"):
        return None
    return MemoLemmatizer(lemmatizer)
