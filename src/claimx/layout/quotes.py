"""Find direct quotes in raw text.

Recognised marks: straight `"`, curly “ ”, guillemets « » (and » « reversed),
low-high „ “ / „ ”, single ‘ ’ or `'` when they stand at word edges, and `''` doubled for `"`
(closed only by `''`: a lone `'` inside is a nested quote or an apostrophe).
A quote inside a quote stays part of the outer one. Hand-typed pairs that mix shapes close
too (`“...,"`, `"...,”`, `“...“ she said`, `‘...‘`), where the odd mark could not open a quote,
and so does a double mark one space sets off after punctuation (`...that year, ” he said`).

Across paragraphs:
- wire convention: a paragraph that ends inside a quote and is followed by a
  paragraph that re-opens with a quote mark continues the quote;
- a quote left open runs on through following paragraphs that hold no quote
  mark, up to one whose first mark closes it (a quote closed at its end);
- otherwise an unclosed quote ends with its paragraph, so a stray mark never
  swallows the rest of the article. Quotes never cross a section boundary.

Not quotes: apostrophes inside words (`don’t`, `rock 'n' roll`, `'90s`), inch
marks (`12"`), and scare quotes: up to three words quoted in the middle of a
sentence (`was “a betrayal” of`). `is_title` tells a name in title case quoted inside a sentence
(`the host of “The Late Hour”`); attribution drops the ones no one voices.

Limits: marks are paired by position and typography only; a straight `"` whose
role the spacing does not reveal (`a"b`) is ignored.

Time is linear in the text: the close of every (mark, opener) pair of a paragraph
is computed once, from the paragraph's end backwards, so a storm of nested marks
costs what plain text does (the naive nested scan is exponential in the nesting).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from claimx.layout.paragraphs import paragraphs
from claimx.lexicon.typography import ELISIONS, PERSONAL_WORDS, TITLE_SMALL_WORDS

# opener -> closers it accepts
_PAIRS = {
    "“": '”"“',
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    '"': '"”',
    "‘": "’‘",
    "'": "'",
}
# Closers of the wrong shape, typed or converted by hand (`“Yes," she said`, `"Yes,” she said`,
# `“Yes“ she said`, `‘over there‘,`): they close only where they could not open a quote.
_STRAY = {"“": '"“', '"': "”", "‘": "‘"}
_SINGLE = frozenset("‘'’")
_DOUBLED = "''"  # two apostrophes for a double mark (NYT, news archives): an opener of its own
_ALL_MARKS = frozenset("“”„«»‹›\"‘’'")
_MARK = re.compile("[“”„«»‹›\"‘’']")
_WORD = re.compile(r"[^\W\d_]+")
_OPEN_BEFORE = frozenset(" \t\r\n([{—–-:/")
_THIN_SPACES = frozenset("\u2009\u200a\u202f")  # thin, hair and narrow no-break spaces
_SPACED_CLOSE_AFTER = frozenset(",.?!…;'’\"”")  # what a space-set-off close may follow
_MAX_LOOKAHEAD = 6  # paragraphs a quote left open may run on for
_SCARE_WORDS = 3
_TITLE_WORDS = (2, 12)  # a title's length in words, fewest and most
_TITLE_CONTEXT = 80  # characters before the mark in which the sentence shows lower case
_WORD_EDGES = "\"'“”‘’.,:;!?()[]-–—…"


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: `start`/`end` bound the quoted words, `open`/`close` the marks (None: unclosed)."""

    start: int
    end: int
    open: int
    close: int | None


def find_quotes(text: str, bounds: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Direct quotes of `text`, in order; `bounds` are (start, end) regions (sections) none may cross."""
    paras = list(paragraphs(text))
    regions = list(bounds) or [(0, len(text))]
    # Sections come in text order and do not overlap: then a bisection finds the region.
    ordered = all(a[1] <= b[0] for a, b in pairwise(regions))
    region_starts = [start for start, _ in regions] if ordered else None
    closes = _Closes(text, paras)
    quotes: list[Quote] = []
    pi = 0
    pos = 0
    while pi < len(paras):
        p_start, p_end = paras[pi]
        i = _next_opener(text, max(pos, p_start), p_end)
        if i is None:
            pi += 1
            continue
        close, last_pi = _find_close(text, i, closes, pi, _region_end(regions, region_starts, i))
        if close is None and _is_elision(text, i):
            pos = i + 1  # `how 'bout that`: a clipped word, not a quote left open
            continue
        end = close if close is not None else paras[last_pi][1]
        q = _quote(text, i, end, close)
        if q is not None and not _is_scare_quote(text, q):
            quotes.append(q)
        pos = (close + 1) if close is not None else paras[last_pi][1]
        if close is None or close >= p_end:
            pi = last_pi if close is not None else last_pi + 1
    return quotes


def _region_end(regions: Sequence[tuple[int, int]], starts: Sequence[int] | None, i: int) -> int:
    if starts is not None:
        k = bisect_right(starts, i) - 1
        return regions[k][1] if k >= 0 and i < regions[k][1] else regions[-1][1]
    for start, end in regions:
        if start <= i < end:
            return end
    return regions[-1][1]


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _PAIRS:
        return False
    before = text[i - 1] if i > 0 else " "
    after = _after_thin(text, i)
    if after.isspace():
        return False
    if ch in "\"'‘»":
        # Straight and single marks open only at a word's start; a single
        # mark before a digit is an elision (`'90s`).
        if not (before in _OPEN_BEFORE or before in _ALL_MARKS):
            return False
        if ch in "'‘" and not after.isalpha():
            return False
    return True


def _is_elision(text: str, i: int) -> bool:
    """A single mark that clips a word (`'bout`, `’em`, `'til`), from `lexicon.typography`.

    Asked only of a mark that nothing closes: `'cause for concern,' she said` is still a quote.
    """
    if text[i] not in _SINGLE:
        return False
    m = _WORD.match(text, i + 1)
    return m is not None and m.group().casefold() in ELISIONS


def _is_closer(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if opener == _DOUBLED:
        # `''...''`: only a doubled mark closes; a lone one is a quote inside (`''...'Yes.' ...''`).
        return text[i + 1 : i + 2] == "'" and _is_closer(text, i, "'")
    if ch not in _PAIRS[opener]:
        return False
    if ch in _STRAY.get(opener, "") and _is_opener(text, i):
        return False
    before = _before_thin(text, i)
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return _spaced_close(text, i)
    # A single mark between letters is an apostrophe (`don’t`), not a close.
    return not (ch in _SINGLE and after.isalpha())


def _spaced_close(text: str, i: int) -> bool:
    """A double mark that one space sets off from the punctuation or mark before it closes where it
    could not open: `...that year, ” he said`, `...of 'Clinton,' " said Roe`, `...mean? " she asked`.

    Limits: single marks never (a spaced `’` is an elision or a stray apostrophe); a straight mark
    followed by a word (`, "Second`) opens instead.
    """
    return (
        text[i] not in _SINGLE
        and i >= 2
        and text[i - 1] in " \xa0"
        and text[i - 2] in _SPACED_CLOSE_AFTER
        and not _is_opener(text, i)
    )


def _before_thin(text: str, i: int) -> str:
    """The character before `i`, looking past a thin space that typesetting puts between two marks
    (`drummer’ ”`): only a mark or a word stands behind it."""
    j = i - 1
    while j > 0 and text[j] in _THIN_SPACES and text[j - 1] in _ALL_MARKS:
        j -= 1
    return text[j] if j >= 0 else " "


def _after_thin(text: str, i: int) -> str:
    j = i + 1
    while j + 1 < len(text) and text[j] in _THIN_SPACES and text[j + 1] in _ALL_MARKS:
        j += 1
    return text[j] if j < len(text) else " "


def _next_opener(text: str, start: int, end: int) -> int | None:
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        if text[i] in _PAIRS and _is_opener(text, i):
            return i
    return None


def _find_close(text: str, i: int, closes: _Closes, pi: int, limit: int) -> tuple[int | None, int]:
    """Index of the mark closing the quote opened at `i`, and the last paragraph it reaches."""
    paras = closes.paras
    opener = _opener_of(text, i)
    close = closes.find(i + 1, pi, opener)
    if close is not None:
        return close, pi
    last = pi
    plain_seen = False
    for nxt in range(pi + 1, min(len(paras), pi + 1 + _MAX_LOOKAHEAD)):
        n_start, n_end = paras[nxt]
        if n_start >= limit:
            break
        reopens = text.startswith(opener, n_start) or (opener in "“„" and text[n_start] in "“„")
        if reopens and not plain_seen:
            # Wire convention: each paragraph re-opens the same quote.
            close = closes.find(n_start + len(opener), nxt, opener)
            last = nxt
            if close is not None:
                return close, nxt
            continue
        first = _first_mark(text, n_start, n_end)
        if first is None:
            plain_seen = True  # a paragraph inside a quote closed later, or plain text
            continue
        if _is_closer(text, first, opener) and not _is_opener(text, first):
            return first, nxt
        break
    if last != pi:
        return None, last
    return None, pi


def _opener_of(text: str, i: int) -> str:
    """The opener the mark at `i` makes: its character, or `''` for the second of two apostrophes."""
    return _DOUBLED if text[i] == "'" and i > 0 and text[i - 1] == "'" else text[i]


_OPENERS = (*_PAIRS, _DOUBLED)
_SLOT = {opener: n for n, opener in enumerate(_OPENERS)}
_Table = tuple[list[int], list[tuple[int | None, ...]]]


class _Closes:
    """The first mark closing a quote of each opener from each mark on, skipping quotes nested inside.

    What a left-to-right scan with a recursive descent into every nested opener
    finds, computed per paragraph from its end backwards: the close from a mark
    depends only on the closes from the marks after it. Kept for the last few
    paragraphs only (a quote looks ahead at most _MAX_LOOKAHEAD of them).
    """

    def __init__(self, text: str, paras: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.paras = paras
        self.tables: dict[int, _Table] = {}

    def find(self, start: int, pi: int, opener: str) -> int | None:
        """The close for `opener` in [start, end of paragraph `pi`)."""
        marks, rows = self._table(pi)
        return rows[bisect_left(marks, start)][_SLOT[opener]]

    def _table(self, pi: int) -> _Table:
        if pi not in self.tables:
            for old in [k for k in self.tables if k < pi - _MAX_LOOKAHEAD]:
                del self.tables[old]
            self.tables[pi] = self._build(*self.paras[pi])
        return self.tables[pi]

    def _build(self, start: int, end: int) -> _Table:
        text = self.text
        marks = [m.start() for m in _MARK.finditer(text, start, end)]
        k_of = {i: k for k, i in enumerate(marks)}
        rows: list[tuple[int | None, ...]] = [(None,) * len(_OPENERS)] * (len(marks) + 1)
        for k in range(len(marks) - 1, -1, -1):
            i = marks[k]
            ch = text[i]
            after = rows[k + 1]
            inner = after[_SLOT[_opener_of(text, i)]] if ch in _PAIRS and _is_opener(text, i) else None
            # Past a nested quote that closes, the scan goes on after its close.
            skip = after if inner is None else rows[k_of[inner] + 1]
            rows[k] = tuple(
                i if _is_closer(text, i, opener) else (skip[n] if ch != opener else after[n])
                for n, opener in enumerate(_OPENERS)
            )
        return marks, rows


def _first_mark(text: str, start: int, end: int) -> int | None:
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        if text[i] not in _SINGLE or _is_opener(text, i):
            return i
    return None


def _quote(text: str, open_at: int, end: int, close: int | None) -> Quote | None:
    start = open_at + 1
    if open_at > 0 and text[open_at] == "'" and text[open_at - 1] == "'":
        open_at -= 1  # `''...''`, two apostrophes for a double mark (NYT, news wires): one opening mark
    while start < end and text[start].isspace():
        start += 1
    # A trailing comma belongs to the attribution (`"...," she said`).
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return Quote(start=start, end=end, open=open_at, close=close)


def _is_scare_quote(text: str, q: Quote) -> bool:
    if len(text[q.start : q.end].split()) > _SCARE_WORDS or q.close is None:
        return False
    # The text before the mark, white space skipped (walked back, not copied: a text
    # of many quotes would be copied once per quote).
    j = q.open
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or "\n" in text[j : q.open]:
        return False
    before = text[j - 1 : j]
    # Mid-sentence means the mark follows a word (`was “a betrayal”`); after a
    # comma, only a fragment is a scare quote, while a sentence is the second
    # half of a split quote (`"First," she said, "second."`).
    if before[-1] == ",":
        return text[q.end - 1] not in ".!?…"
    return before[-1].isalnum()


def is_title(text: str, q: Quote) -> bool:
    """The quote names a work, a show, a body or a slogan in title case, inside a sentence of the
    reporter's: `the host of "The Late Show With Ada Brenn,"`, `in his book ''A Time to Build.''`.

    What the marks alone show; whether someone voices the words (`chanting "Roe or Bust, No
    Dale"`) is for the caller to ask. Limits: at least two words, in title case, not all capitals
    (a shout or a heading), none of a speaker's own (`I`, `we`, `you`: `"We Will Win"`); the sentence
    around it must show lower case before the mark, so a quote in a title-case headline is none.
    """
    if q.close is None:
        return False
    words = [w for w in (x.strip(_WORD_EDGES) for x in text[q.start : q.end].split()) if w]
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or not words[0][:1].isupper():
        return False
    if all(not ch.isalpha() or ch.isupper() for w in words for ch in w):
        return False
    lower = [w.casefold().replace("’", "'") for w in words]
    if any(w in PERSONAL_WORDS for w in lower):
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit()
        for w, lw in zip(words, lower, strict=True)
        if lw not in TITLE_SMALL_WORDS
    ):
        return False
    return _mid_sentence(text, q.open) and _lower_case_before(text, q.open)


def _mid_sentence(text: str, at: int) -> bool:
    """The mark at `at` stands inside a sentence: after a word, a comma or a dash, or after another
    quote's close that no sentence end precedes (`“First Show,” “Second Show”`)."""
    j = at
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        return False
    before = text[j - 1]
    if before in _ALL_MARKS and j >= 2:
        before = text[j - 2]
    return before not in ".!?:\n"


def _lower_case_before(text: str, at: int) -> bool:
    start = max(text.rfind("\n", 0, at) + 1, at - _TITLE_CONTEXT)
    words = (w.strip(_WORD_EDGES) for w in text[start:at].split())
    return any(len(w) > 2 and w[:1].islower() and w.casefold() not in TITLE_SMALL_WORDS for w in words)


def closing_mark_kept(text: str, s: int, e: int) -> int:
    """`the measure was "nowhere near enough."`: a quoted run a claim ends in keeps its closing
    mark (and the stop inside it), so the claim's marks pair up."""
    piece = text[s:e]
    if piece.count('"') % 2 == 0 and piece.count("“") <= piece.count("”"):
        return e
    # ...unless an attribution goes on after it (`... enough," he said`): that one is inverted.
    m = re.match(r"[.!?]?[\"”](?![ \t]*[a-z])", text[e : e + 12])
    return e + m.end() if m else e
