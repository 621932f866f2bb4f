"""claimx.pipeline.lemmas gives exactly the lemmas of spaCy's lemmatizer, visiting fewer tokens in Python."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.attrs import LEMMA

from claimx.pipeline.lemmas import memo_lemmatizer
from claimx.pipeline.nlp import DEFAULT_MODEL, load


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def memo() -> spacy.language.Language:
    nlp = spacy.load(DEFAULT_MODEL)
    load()  # registers claimx's components
    nlp.add_pipe("claimx_lemmatizer", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    return nlp


SENTENCES = [
    "The ministers said the talks had collapsed, officials were saying on Tuesday.",
    "She told reporters that prices rose by 4% and the banks are lending less.",
    "I ain't gonna do it; we're going, and they've gone.",  # lemmas set by the attribute ruler are kept
    "Better late than never: the best of the worst, the children's geese.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_memo_gives_the_stock_lemmas(stock, memo, text: str) -> None:
    # Twice: the second pass comes from the memo.
    for _ in range(2):
        want, got = stock(text), memo(text)
        assert [t.lemma_ for t in got] == [t.lemma_ for t in want]


@pytest.mark.parametrize(
    ("word", "lemma"), [("said", "say"), ("collapsed", "collapse"), ("officials", "official")]
)
def test_lemmas_are_set(memo, word: str, lemma: str) -> None:
    doc = memo(SENTENCES[0])
    assert next(t.lemma_ for t in doc if t.text == word) == lemma
    assert all(v != 0 for v in doc.to_array([LEMMA]))


@pytest.mark.parametrize("mode", ["pos_lookup", "trainable", None])
def test_other_modes_keep_the_lemmatizer(mode: str | None) -> None:
    assert memo_lemmatizer(SimpleNamespace(mode=mode, overwrite=False)) is None  # type: ignore[arg-type]


def test_the_loaded_pipeline_uses_the_memo() -> None:
    nlp = load()
    assert "claimx_lemmatizer" in nlp.pipe_names
    assert "lemmatizer" in nlp.disabled
