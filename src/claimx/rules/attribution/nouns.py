"""Noun cues: `Trump's claim that ...`, `the ministry's warning that ...`, `made the promise that ...`.

A noun of saying (`lexicon.CUE_NOUNS`) with an appositive `that` clause reports that clause. The
speaker is the noun's possessor, its `by` phrase, or the subject of the verb that issues it (`X
issued a warning that`, `X repeated his claim that`); with none named the noun makes no frame.
Not cues: nouns of belief or wish (`the belief that`, `the hope that`), a relative clause (`the
claim that he made`), a noun inside a direct quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.lexicon import speech as lx
from claimx.rules.attribution.base import Frame, char_span, char_to_token
from claimx.rules.names import ArticleIndex


def noun_frame(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> Frame | None:
    """The frame of the noun cue `t`, or None."""
    clause = next(
        (
            c
            for c in t.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > t.i
            and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == t.i + 1 for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    owner = _owner(t)
    if owner is None:
        return None
    speaker, entity = index.resolve(owner, char_to_token(doc, bound), t.i)
    if speaker is None:
        return None
    lo = max(t.sent.start, char_to_token(doc, bound))
    content = char_span(doc, t.i + 1, clause.right_edge.i, lo)
    return Frame(t.idx, t.idx + len(t.text), t.i, owner.i, t.text, speaker, entity, None, content)


def _owner(t: Token) -> Token | None:
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in lx.ISSUING_VERBS:
        return next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    return None
