"""`according to X`: the clause the phrase modifies, without the phrase.

At the end of a sentence the phrase covers the whole sentence before it, though the parser hung it
on a clause inside; in the middle (`One child was, according to the fire service, among the dead.`)
it covers the clause around it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.rules.attribution.base import FINITE_TAGS, Frame, char_span, char_to_token, is_reporting
from claimx.rules.names import ArticleIndex

# Clauses inside a sentence that a sentence-final `according to X` still covers as a whole.
_INNER_CLAUSES = frozenset("advcl relcl acl conj xcomp pcomp".split())


def according_frame(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> Frame | None:
    to = next((c for c in t.children if c.lower_ == "to"), None)
    if to is None and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
        to = doc[t.i + 1]
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    speaker, entity = index.resolve(src, t.i, len(doc))
    # Tokens are views: compare their indices, never their identity.
    head = t.head if t.head.i != t.i else None
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # `after the shooting according to police`: the clause, not the noun
    content = None
    if head is not None and t.i > head.i and _phrase_ends_sentence(doc, src):
        # `<sentence>, according to the club.`: the whole sentence, though the parser hung the
        # phrase on a clause inside it (`... since the team moved there in 2019, according to ...`).
        while head.dep_ in _INNER_CLAUSES and head.head.i != head.i and head.head.i >= t.sent.start:
            head = head.head
    sent = t.sent
    lo = max(sent.start, char_to_token(doc, bound))
    phrase_lo, phrase_hi = t.left_edge.i, _source_end(doc, src)
    edge = _edge_content(doc, lo, phrase_lo, phrase_hi, sent.end)
    opening = all(x.is_punct or x.is_space for x in doc[lo:phrase_lo])
    if edge is not None:
        content = edge
    elif opening and not any(x.tag_ in FINITE_TAGS for x in doc[phrase_hi + 1 : sent.end]):
        content = None  # `According to X, writing for Y:` and the words in the next paragraph
    elif head is not None and not phrase_lo <= head.i <= phrase_hi:
        clause_lo, clause_hi = max(lo, head.left_edge.i), head.right_edge.i
        rest = [x for x in doc[phrase_hi + 1 : clause_hi + 1] if not (x.is_punct or x.is_space)]
        before = [x for x in doc[clause_lo:phrase_lo] if not (x.is_punct or x.is_space)]
        if t.i < head.i and len(before) >= 2 and doc[phrase_lo - 1].text == ",":
            # Between commas before the verb: `Women, who make up 16% ..., according to CNA, have
            # served ...` covers the clause around it, the subject's own clause included.
            content = char_span(doc, clause_lo, clause_hi, lo)
        elif t.i < head.i:
            content = char_span(doc, phrase_hi + 1, max(clause_hi, phrase_hi + 1), lo)
        elif len(rest) >= 2:
            # In the middle: `One child was, according to the fire service, among the dead.`
            content = char_span(doc, clause_lo, clause_hi, lo)
        else:
            content = char_span(doc, clause_lo, phrase_lo - 1, lo)
    return Frame(
        at=t.idx,
        end=to.idx + len(to.text),
        verb=t.i,
        subject=src.i,
        cue="according to",
        speaker=speaker,
        entity=entity,
        channel=None,
        content=content,
    )


def _edge_content(doc: Doc, lo: int, phrase_lo: int, phrase_hi: int, end: int) -> tuple[int, int] | None:
    """The content of a phrase that opens or ends its sentence, read off the surface.

    `<sentence>, according to X.` covers all before it and `According to X, <sentence>.` all after,
    whatever clause the parser hung the phrase on (often one inside the source's own relative
    clause: `according to two clerks who talked to the Gazette on condition ...`).
    """
    rest = doc[phrase_hi + 1 : end]
    final = all(x.is_punct or x.is_space for x in rest) or (
        # `, according to two clerks who talked to X on condition ...`: the parser let the
        # source's relative clause go; with no comma after it, the phrase still ends the sentence.
        phrase_lo > lo and doc[phrase_lo - 1].text == "," and not any(x.text in ",;:" for x in rest[:-1])
    )
    if final and phrase_lo - lo >= 3:
        semis = _clause_semicolons(doc, lo, phrase_lo)
        start = semis[-1] + 1 if semis else lo  # `A; B, according to X`: B alone is X's
        if any(is_reporting(x) for x in doc[start:phrase_lo]):
            return None  # `X announced that ..., according to Y`: the clause the parser gives it
        return char_span(doc, start, phrase_lo - 1, lo) if phrase_lo - start >= 3 else None
    if all(x.is_punct or x.is_space for x in doc[lo:phrase_lo]) and end - phrase_hi > 3:
        if doc[phrase_hi + 1].text != "," or not any(x.tag_ in FINITE_TAGS for x in doc[phrase_hi + 1 : end]):
            return None  # `According to X, writing for Y:`: no clause follows
        semis = _clause_semicolons(doc, phrase_hi + 1, end)
        stop = semis[0] if semis else end
        return char_span(doc, phrase_hi + 1, stop - 1, lo)  # `According to X, A; B`: A alone
    return None


def _clause_semicolons(doc: Doc, a: int, b: int) -> list[int]:
    """Semicolons in [a, b) that part two clauses (a finite verb on each side), not the items of a
    list (`along with Tim Ross; Rep. Ada Cole; and ...`)."""
    semis = [k for k in range(a, b) if doc[k].text == ";"]
    bounds = [a - 1, *semis, b]
    finite = [
        any(x.tag_ in FINITE_TAGS for x in doc[bounds[i] + 1 : bounds[i + 1]]) for i in range(len(bounds) - 1)
    ]
    return [k for j, k in enumerate(semis) if finite[j] and finite[j + 1]]


def _source_end(doc: Doc, src: Token) -> int:
    """The last token of the source's phrase: its subtree, unless the parser hung the next clause on
    it after a comma with no relative word (`According to the Herald, 571 delegates supported X`)."""
    end = src.right_edge.i
    for c in src.children:
        first = doc[c.left_edge.i]
        if (
            c.dep_ in ("relcl", "acl")
            and c.left_edge.i > src.i
            and doc[c.left_edge.i - 1].text == ","
            and first.tag_ not in ("WDT", "WP", "WP$", "WRB")
            and first.lower_ != "that"
        ):
            end = min(end, c.left_edge.i - 2)
    return max(end, src.i)


def _phrase_ends_sentence(doc: Doc, src: Token) -> bool:
    return all(x.is_punct or x.is_space for x in doc[src.right_edge.i + 1 : src.sent.end])
