"""claimx.pipeline.nlp: the one model loader."""

import pytest

from claimx.pipeline.nlp import load


def test_the_default_name_and_no_name_are_one_pipeline() -> None:
    from claimx.pipeline.nlp import DEFAULT_MODEL, load, loads

    first = load()
    before = loads()
    assert load(DEFAULT_MODEL) is first
    assert loads() == before


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A company form's period is part of the name, not the end of the sentence...
        ("A paper revealed a deal whereby enterprise HDT Ipari Kft. (HDT Limited) acquired Hirten Group.", 1),
        ("Shares of Acme Bhd. rose 4% on Monday.", 1),
        # ...while a sentence that ends with one still ends.
        ("The buyer was Acme Pty. It paid 4 million.", 2),
    ],
)
def test_company_forms_do_not_end_sentences(text: str, sentences: int) -> None:
    assert len(list(load()(text).sents)) == sentences
