"""What the name index is made of: one `Entity` per thing an article names, `Run`s where it is named, helpers.

Nothing here reads the article; `build.NameIndex` fills these in, `resolve.ArticleIndex` reads them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker

_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_DEFINITE = frozenset("the this that these those its their his her".split())


@dataclass(eq=False)
class Entity:
    """One thing an article names, however often and in whatever form."""

    name: str
    words: tuple[str, ...]
    first: int
    type: str = "PERSON"
    title: str | None = None
    gender: str | None = None
    guessed: bool = False  # the gender is only a first name's usual one (`Lindsey`): a pronoun may correct it
    display: str | None = None  # ORG with its possessor: `Ukraine's General Staff`
    votes: Counter[str] = field(default_factory=Counter)  # spaCy's labels on its mentions
    strong: Counter[str] = field(default_factory=Counter)  # first names, titles, org words
    roles: set[str] = field(default_factory=set)
    adhoc: bool = False  # made from a common-noun phrase (`the fire service`), not a name

    def speaker(self, mention: str, title: str | None = None) -> Speaker:
        name = self.display or self.name
        return Speaker(name=name, mention=mention or name, type=self.type, title=title or self.title)


@dataclass(frozen=True, slots=True)
class Run:
    """A name as it stands in the text: tokens [start, end) naming `entity`."""

    start: int
    end: int
    entity: Entity


def words_of(text: str) -> tuple[str, ...]:
    return tuple(w for w in text.casefold().replace("’", "'").split() if w not in {"-", "."})


def decide_type(votes: Counter[str]) -> str:
    if not votes:
        return "PERSON"
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
    return best if best in _TYPES else "ORG"


def contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    if n >= len(words):
        return False
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def initials(words: tuple[str, ...]) -> str:
    letters = [w[0] for w in words if w not in ("of", "the", "and", "for") and w[:1].isalpha()]
    return "".join(letters) if len(letters) >= 2 else ""


def nearest(cands: list[Entity], at: int) -> Entity:
    before = [e for e in cands if e.first <= at]
    return max(before, key=lambda e: e.first) if before else cands[0]


def last_before(entries: list[tuple[int, Entity]], at: int) -> Entity | None:
    k = bisect_left(entries, at, key=lambda x: x[0])
    return entries[k - 1][1] if k > 0 else None


def run_head(doc: Doc, r: Run) -> Token:
    span = doc[r.start : r.end]
    return span.root


def dep_of(doc: Doc, r: Run) -> str:
    return str(run_head(doc, r).dep_)


def role_words(title: str) -> set[str]:
    words = title.casefold().replace("’s", " ").replace("'s", " ").split()
    return {w for w in words if w in lx.ROLE_NOUNS or w in lx.KIN_NOUNS}


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative clauses and their like."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in ("relcl", "punct", "cc", "conj", "advcl")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ != "relcl" or t.dep_ != "appos")
    out.sort(key=lambda t: t.i)
    # Keep the contiguous stretch containing the head; punctuation between its words does not break
    # it (`Rep. Jo Lee (D-Md.), the ranking member of ...`).
    idx = [t.i for t in out]
    doc = head.doc

    def joined(a: int, b: int) -> bool:
        gap = doc[a + 1 : b]
        if any(_quote_mark(x) for x in gap) and any(x.text in ",.?!" for x in gap):
            # Never across `,”` into a quote the parser hung on the name; a quoted title or word
            # inside the phrase (`his book ''The Deal''`, `her "clawback" plan`) stays.
            return False
        return b <= a + 2 or all(x.is_punct for x in gap)

    lo = hi = idx.index(head.i)
    while lo > 0 and joined(idx[lo - 1], idx[lo]):
        lo -= 1
    while hi + 1 < len(idx) and joined(idx[hi], idx[hi + 1]):
        hi += 1
    return out[lo : hi + 1]


def _quote_mark(x: Token) -> bool:
    """A quotation mark, not a possessive's apostrophe (`Reuters’ Luciana Lopez`)."""
    return x.tag_ in ("``", "''") and x.dep_ != "case"


def is_definite(head: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)


def sentence_distance(doc: Doc, i: int, j: int) -> int:
    """How many sentence starts lie after token i up to token j."""
    return sum(1 for t in doc[i + 1 : j + 1] if t.is_sent_start)


def trim(text: str) -> str:
    return text.strip(" \t\r\n,;:—–-\"“”‘’'«»()")
