"""The bounded tokenizer: spaCy's tokens on text, pieces of a long run without white space."""

from claimx.pipeline.tokens import MAX_RUN, BoundedTokenizer


def test_text_without_long_runs_is_tokenized_as_spacy_does(nlp) -> None:  # type: ignore[no-untyped-def]
    inner = nlp.tokenizer.inner
    text = 'KYIV (AP) — "We saw 1,200 drones," said Olena, at https://example.org/a/b?c=d.\n\n' * 50
    assert [t.text_with_ws for t in nlp.tokenizer(text)] == [t.text_with_ws for t in inner(text)]


def test_a_long_run_is_cut_into_pieces_and_keeps_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    run = '“‘«„"' * (MAX_RUN // 2)
    text = f"He said {run} and left.\n{run}"
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= MAX_RUN
    # Tokens never straddle a piece boundary: each piece of the run starts a token.
    starts = {t.idx for t in doc}
    first = text.index(run)
    assert all(first + k * MAX_RUN in starts for k in range(len(run) // MAX_RUN))
    assert nlp(text).text == text
