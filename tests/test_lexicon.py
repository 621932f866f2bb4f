"""The attribution word lists stay consistent: lower case, no overlaps that would misfire."""

from __future__ import annotations

from claimx.lexicon import names as nm
from claimx.lexicon import speech as lx

SETS = {name: value for name, value in vars(lx).items() if name.isupper() and isinstance(value, frozenset)}


def test_lists_are_lower_case() -> None:
    for name, words in SETS.items():
        assert all(w == w.casefold() for w in words), name


def test_verb_subsets() -> None:
    assert lx.DOBJ_VERBS <= lx.REPORTING_VERBS
    assert lx.XCOMP_VERBS <= lx.REPORTING_VERBS
    # A calling verb may open content with a preposition too: `called for X to ...`.
    assert set(lx.PREP_CONTENT) <= lx.REPORTING_VERBS | lx.CALLING_VERBS
    assert lx.SUBJECT_PASSIVE_CUES <= lx.PASSIVE_CUES
    assert not lx.KIN_NOUNS & lx.ROLE_NOUNS
    assert lx.TEXT_VERBS <= lx.EVIDENCE_VERBS
    assert lx.SPEAKER_EVIDENCE_VERBS <= lx.EVIDENCE_VERBS
    assert lx.AS_CALLING_VERBS <= lx.CALLING_VERBS
    # A calling verb reports only with a predicate, never as a plain reporting verb.
    assert not lx.CALLING_VERBS & lx.REPORTING_VERBS
    assert not lx.CALLING_IDIOMS & lx.INSCRIPTION_NOUNS
    assert not lx.BLOCKING_HEADS & lx.REPORTING_VERBS


def test_core_cues_present() -> None:
    for verb in "say tell add report reveal highlight announce admit estimate deny warn claim".split():
        assert verb in lx.REPORTING_VERBS


def test_non_speech_verbs_absent() -> None:
    for verb in "decline refuse call name believe think expect".split():
        assert verb not in lx.REPORTING_VERBS


def test_inscriptions_are_not_documents_or_sources() -> None:
    # A document has an owner who speaks (`the WHO report`); an inscription speaks for no one.
    assert not lx.INSCRIPTION_NOUNS & lx.DOCUMENT_NOUNS
    assert not lx.INSCRIPTION_NOUNS & (lx.ANONYMOUS_NOUNS | lx.ORG_NOUNS | lx.ROLE_NOUNS)


def test_name_words_have_one_type_each() -> None:
    kinds = [nm.ORG_NAME_WORDS, nm.FAC_NAME_WORDS, nm.GPE_NAME_WORDS, nm.LOC_NAME_WORDS]
    assert sum(map(len, kinds)) == len(nm.NAME_WORD_TYPE)
    # An organisation phrase head (`the hospital said`) is never a place's last word.
    assert not lx.ORG_NOUNS & (nm.FAC_NAME_WORDS | nm.GPE_NAME_WORDS | nm.LOC_NAME_WORDS)
    assert nm.TITLE_ORG_WORDS <= nm.ORG_NAME_WORDS
    for words in (*kinds, nm.TITLE_ORG_WORDS, nm.PLACE_OF_NOUNS, nm.ORG_DESCRIPTORS, nm.PLACE_FIRST_WORDS):
        assert all(w == w.casefold() for w in words)
