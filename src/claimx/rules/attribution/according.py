"""`according to X`: the clause the phrase modifies, without the phrase.

At the end of a sentence the phrase covers the whole sentence before it, though the parser hung it
on a clause inside; in the middle (`One child was, according to the fire service, among the dead.`)
it covers the clause around it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.rules.attribution.base import Frame, char_span, char_to_token
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
    if head is not None:
        sent = t.sent
        lo = max(sent.start, char_to_token(doc, bound))
        phrase_lo, phrase_hi = t.left_edge.i, src.right_edge.i
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


def _phrase_ends_sentence(doc: Doc, src: Token) -> bool:
    return all(x.is_punct or x.is_space for x in doc[src.right_edge.i + 1 : src.sent.end])
