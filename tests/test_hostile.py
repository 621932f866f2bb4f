"""What breaks parsers: storms of marks, deep nesting, huge sentences, every quote mark, mixed line endings.

Each example has a deadline, so a super-linear path fails here instead of
stalling a run. The layout rules (raw text) take the profile's number of
examples; whole extractions with the model a tenth of it. The long run of
issue 15: `HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_hostile.py`.
"""

from __future__ import annotations

import sys
import unicodedata
from datetime import timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx.compose import CHUNK_CHARS, article, chunk_spans, extract_text, layout
from claimx.layout.quotes import find_quotes

from .test_offsets import assert_offsets

# Every quotation mark Unicode knows (initial and final punctuation, and those of
# other categories: ASCII, low-9, CJK corner brackets, fullwidth forms).
QUOTE_MARKS = (
    "".join(c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) in ("Pi", "Pf"))
    + "\"'„‚「」『』〝〞〟＂＇"
)
STORM = "\"“”‘’'«»„()[]{}<>—–-‒―0123456789%$€., ab\n"
WORDS = ["the", "council", "said", "Mr Lind", "people", "on Monday", "12", "“", "”", '"', "'s", ","]
EXAMPLES = settings().max_examples

storms = st.text(alphabet=STORM, max_size=4000)
every_mark = st.text(alphabet=QUOTE_MARKS + " said a.\n", max_size=3000)
nesting = st.builds(
    lambda n, opener, closer, core: opener * n + core + closer * n,
    st.integers(1, 600),
    st.sampled_from(["“", "‘", "«", "„", '"', "'", '“‘«„"']),
    st.sampled_from(["”", "’", "»", "“", '"', "'", '"“»’”']),
    st.sampled_from(["x", "We will win, he said", ""]),
)
line_endings = st.lists(
    st.sampled_from(
        ["\r\n", "\n", "\r", "\n\n", "\r\r", "\r\n\r\n", 'He said "yes', '." ', "“Ok,” she said. ", "12"]
    ),
    max_size=300,
).map("".join)
prose = st.lists(st.sampled_from(WORDS), max_size=2000).map(" ".join)
hostile = st.one_of(storms, every_mark, nesting, line_endings, prose)

LONG_SENTENCE = " ".join(["the council said people would come"] * 3000)[:100_000]


@settings(deadline=timedelta(milliseconds=1500))
@given(hostile)
@example(STORM * 100)
@example(LONG_SENTENCE)
def test_layout_is_linear_and_in_bounds(text: str) -> None:
    lay = layout(text)
    previous = -1
    for q in lay.quotes:
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert q.close is None or q.end <= q.close < len(text)
        assert q.open > previous  # in order, none inside another
        previous = q.close if q.close is not None else q.end
    assert find_quotes(text) == find_quotes(text)
    spans = chunk_spans(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all((e - s <= 1000 and s < e) or len(text) == 0 for s, e in spans)


@settings(deadline=timedelta(seconds=10), max_examples=max(20, EXAMPLES // 10))
@given(st.one_of(storms, every_mark, nesting, line_endings).map(lambda t: t[:2000]))
def test_extraction_of_hostile_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_offsets(text, article(nlp(text), "hostile"))


def test_a_sentence_of_100000_characters_without_punctuation(nlp) -> None:  # type: ignore[no-untyped-def]
    art = extract_text(nlp, LONG_SENTENCE, "long")
    assert len(LONG_SENTENCE) > CHUNK_CHARS
    assert_offsets(LONG_SENTENCE, art)
    assert any("chunks" in w for w in art.warnings)
