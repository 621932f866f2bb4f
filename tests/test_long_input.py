"""A file of a few megabytes: parsed in bounded chunks, offsets exact, no exception.

The real model would take minutes on megabytes, so this runs a blank English
pipeline (tokenizer and sentencizer) through the same chunking code and
records the size of every text it is given.
"""

import spacy

from claimx.compose import CHUNK_CHARS, extract_text

PARAGRAPH = (
    'KYIV (AP) — "We counted 1,200 drones in March," said Olena Kravets, the mayor. '
    "Prices rose 4% on Monday, according to officials.\n\n"
)


class Recording:
    """A pipeline that remembers the longest text it parsed."""

    def __init__(self) -> None:
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.longest = 0

    def __call__(self, text: str):  # type: ignore[no-untyped-def]
        self.longest = max(self.longest, len(text))
        return self.nlp(text)

    def pipe(self, texts, batch_size=None):  # type: ignore[no-untyped-def]
        # compose asks for one chunk per batch, so that a chunk's Doc is released before the next is parsed.
        assert batch_size == 1
        for text in texts:
            yield self(text)


def test_megabytes_are_parsed_in_bounded_chunks_with_global_offsets() -> None:
    text = PARAGRAPH * (3_000_000 // len(PARAGRAPH))
    nlp = Recording()
    art = extract_text(nlp, text, "big.txt")  # type: ignore[arg-type]
    assert len(text) > 2_900_000
    assert 0 < nlp.longest <= CHUNK_CHARS
    assert any("chunks" in w for w in art.warnings)
    quotes = [c for c in art.claims if c.kind == "quote"]
    assert len(quotes) == text.count("We counted")
    for c in art.claims[:: max(1, len(art.claims) // 500)]:
        assert text[c.start : c.end] == c.text
        for sub in [*c.dates, *c.figures, *c.entities]:
            assert text[sub.start : sub.end] == sub.text
