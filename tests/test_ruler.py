"""claimx.pipeline.ruler gives exactly the annotations of spaCy's AttributeRuler, faster."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from claimx.pipeline.nlp import DEFAULT_MODEL, load
from claimx.pipeline.ruler import lookup_ruler

ATTRS = [POS, MORPH, LEMMA, TAG, DEP, HEAD]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def fast(stock: spacy.language.Language) -> spacy.language.Language:
    nlp = spacy.load(DEFAULT_MODEL)
    load()  # registers claimx's components
    nlp.add_pipe("claimx_attribute_lookup", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return nlp


# Each sentence exercises rules of the English ruler: the tag map, word exceptions,
# dependency tests, a space token, and patterns of two tokens (index 0 and 1).
SENTENCES = [
    "The minister said on Tuesday that 40 people had died.",
    "I ain't gonna do it, y'all, and we're gotta go.",
    "Let's see what they did: there were 3 cars, and there's a bus.",
    "She told me that I should give it to you.",
    "He does not have the papers, but he did have them.",
    "That is what those who left   wanted.\n\nNothin' else.",
    "Whether or not it rains, the match will go on unless the referee says so.",
    "C'mon, the report, which was published yesterday, isn't final.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_lookup_gives_the_stock_annotations(stock, fast, text: str) -> None:
    want, got = stock(text), fast(text)
    assert [t.text for t in want] == [t.text for t in got]
    assert (want.to_array(ATTRS) == got.to_array(ATTRS)).all(), [
        (a.text, a.pos_, str(a.morph), a.lemma_, b.pos_, str(b.morph), b.lemma_)
        for a, b in zip(want, got, strict=True)
        if (a.pos_, str(a.morph), a.lemma_) != (b.pos_, str(b.morph), b.lemma_)
    ]


@pytest.mark.parametrize(
    ("text", "word", "attr", "value"),
    [
        ("We are gonna win.", "gon", "lemma_", "go"),  # two-token pattern, index 0
        ("We are gonna win.", "na", "lemma_", "to"),  # two-token pattern, index 1
        ("There is a problem.", "is", "pos_", "VERB"),  # DEP of the first token, index 1
        ("It is not over.", "not", "lemma_", "not"),  # LOWER IN + TAG
        ("The cat sat.", "cat", "pos_", "NOUN"),  # the tag map
    ],
)
def test_rules_take_effect(fast, text: str, word: str, attr: str, value: str) -> None:
    doc = fast(text)
    assert getattr(next(t for t in doc if t.text == word), attr) == value


def _blank_ruler(patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


def _tagged(nlp: spacy.language.Language, words: list[str], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags)


def test_later_rule_wins_and_negative_index() -> None:
    nlp = _blank_ruler(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "x"}},
            {"patterns": [[{"LOWER": "cat", "TAG": "NN"}]], "attrs": {"LEMMA": "feline"}},
            {
                "patterns": [[{"LOWER": "big"}, {"LOWER": "cat"}]],
                "attrs": {"MORPH": "Number=Sing"},
                "index": -1,
            },
        ]
    )
    ruler = nlp.get_pipe("attribute_ruler")
    fast = lookup_ruler(ruler)
    assert fast is not None
    words, tags = ["A", "big", "cat", "and", "a", "dog"], ["DT", "JJ", "NN", "CC", "DT", "NN"]
    want = ruler(_tagged(nlp, words, tags))
    got = fast(_tagged(nlp, words, tags))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in got] == [(t.pos_, t.lemma_, str(t.morph)) for t in want]
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in got][2] == ("NOUN", "feline", "Number=Sing")
    assert [t.lemma_ for t in got][5] == "x"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"POS": "NOUN"}],  # a value the look-up key does not hold
        [{"LOWER": "cat", "OP": "+"}],  # an operator
        [{"LOWER": {"FUZZY": "cat"}}],  # a predicate it does not know
        [{"ORTH": "Cat"}],
    ],
)
def test_patterns_it_cannot_apply_keep_the_matcher(pattern: list[dict]) -> None:
    nlp = _blank_ruler([{"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
    assert lookup_ruler(nlp.get_pipe("attribute_ruler")) is None


def test_the_loaded_pipeline_uses_the_lookup() -> None:
    nlp = load()
    assert "claimx_attribute_lookup" in nlp.pipe_names
    assert "attribute_ruler" in nlp.disabled
    assert nlp("They said it.")[1].pos_ == "VERB"


def test_an_empty_doc(fast) -> None:
    assert len(fast("")) == 0
