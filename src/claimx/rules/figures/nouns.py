"""The thing a number counts: the plural noun after it, or the noun of an `of` phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimx.lexicon.calendar import MONTH_WORDS
from claimx.rules.figures.tokens import _ADJECTIVE_TAGS, _NOUN_TAGS, _PLURAL_TAGS, _Context, _glued

_PERIOD_WORDS = frozenset("second minute hour day week month year decade century season".split())


def _noun_after(ctx: _Context, pos: int, one: bool = False) -> Span | None:
    """The counted noun after the number: the first plural noun across modifiers
    (`12,000 North Korean soldiers`, `35,000 war-damaged structures`), else the
    last noun of the first run of nouns (`one semi truck`), with the common nouns
    compounded with it (`four Saskatoon power plays` -> `power plays`).

    A singular noun right after a number other than one is a measure written
    without its hyphen (`a 47 month prison term` -> `month`, `a 6.3 magnitude
    quake`), and so is a period noun after `one` (`one year prison sentence`)."""
    first = ctx.spacy_at(pos)
    if first is None:
        return None
    doc = ctx.doc
    singular: Token | None = None
    run_start: Token | None = None
    in_run = False
    for t in doc[first.i : first.i + 7]:
        if t.text == "-" and t.i > first.i and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            continue  # the hyphen of a compound modifier
        if not t.is_alpha or t.text in MONTH_WORDS or (t.is_stop and t.tag_ not in _ADJECTIVE_TAGS):
            break
        last = _hyphen_word_end(doc, t.i)
        if last > t.i and doc[last].tag_ in _PLURAL_TAGS and not _noun_follows(doc, last):
            return doc[t.i : last + 1]  # `co-petitioners` is one word, whatever its first part is tagged
        if t.tag_ in _PLURAL_TAGS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.dep_ == "compound" and nxt is not None and nxt.tag_ in _NOUN_TAGS:
                continue  # "people smugglers", "Armed Forces personnel"
            return _with_compounds(t, first.i)
        if t.tag_ == "NN":
            if singular is None or in_run:
                run_start = run_start if in_run else t
                singular = t
            in_run = True
            continue
        in_run = False
        if t.tag_ not in _ADJECTIVE_TAGS:
            break
    if singular is None or run_start is None:
        return None
    if run_start.i == first.i and run_start.i < singular.i and (not one or run_start.lower_ in _PERIOD_WORDS):
        last = run_start.i
        if doc[last + 1].text == "-" and last + 2 <= singular.i and _glued(doc[last], doc[last + 1]):
            last += 2  # `a 10 percentage-point increase`
        return doc[run_start.i : last + 1]
    return _with_compounds(singular, first.i)


def _hyphen_word_end(doc: Doc, i: int) -> int:
    """The last token of the hyphenated word that starts at token i (`co`-`petitioners`), or i."""
    k = i
    while (
        k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
    ):
        k += 2
    return k


def _noun_follows(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].tag_ in _NOUN_TAGS


def _with_compounds(head: Token, first: int) -> Span:
    """`head` with the singular common nouns right before it that compound with it: `attack
    drones`, `treatment centres`; never a proper noun or an adjective (`Saskatoon`, `war-damaged`)."""
    k = head.i
    while (
        k - 1 >= first
        and head.doc[k - 1].tag_ == "NN"
        and head.doc[k - 1].dep_ == "compound"
        and k - 1 < head.doc[k - 1].head.i <= head.i
    ):
        k -= 1
    return head.doc[k : head.i + 1]


def _of_noun(ctx: _Context, pos: int) -> Token | None:
    """`38 of the drones` -> drones (`of the borough's libraries` -> libraries); None for `of them`,
    `of whom`."""
    of = ctx.spacy_at(pos)
    if of is None or of.lower_ != "of":
        return None
    for t in of.doc[of.i + 1 : of.i + 7]:
        if t.head.i == of.i and t.dep_ == "pobj":
            if any(c.dep_ == "case" for c in t.children):
                continue  # `two of the borough's seven libraries`: the owner is not what is counted
            # `of federal workers hostage`: the small model may head the phrase with the word after
            # the plural noun; the plural compound right before it is what is counted.
            left = t.doc[t.i - 1] if t.i > of.i + 1 else None
            if t.tag_ == "NN" and left is not None and left.tag_ == "NNS" and left.head.i == t.i:
                return left
            after = _after_parenthesis(t)
            if after is not None:
                return after  # `hundreds of ISIS (Islamic State ...) fighters`: the fighters are counted
            return t if t.tag_ in ("NN", "NNS", "NNPS") else None
    return None


def _after_parenthesis(t: Token) -> Token | None:
    """The plural noun right after a parenthesis that follows `t` (an expanded acronym), if any."""
    doc = t.doc
    if t.i + 1 >= len(doc) or doc[t.i + 1].text != "(":
        return None
    close = next((x for x in doc[t.i + 2 : t.i + 14] if x.text == ")"), None)
    if close is None or close.i + 1 >= len(doc):
        return None
    nxt = doc[close.i + 1]
    return nxt if nxt.tag_ == "NNS" else None


def _of_phrase_end(ctx: _Context, pos: int, noun: Token) -> int:
    """Where a figure that counts `noun` through `of` ends: after the noun, unless another
    number stands before it (`two of the city's four lines`), which is a figure of its own."""
    of = ctx.spacy_at(pos)
    if of is not None and any(t.tag_ == "CD" or t.like_num for t in noun.doc[of.i + 1 : noun.i]):
        return pos
    return noun.idx + len(noun.text)
