"""Noun cues: `Trump's claim that ...`, `the ministry's warning that ...`, `made the promise that ...`.

A noun of saying (`lexicon.CUE_NOUNS`) with an appositive `that` clause (right after it or after
its own phrases: `claims by the auditors that`), a `that` clause it is equated with (`her point was
that ...`) or, for promises and kin, an infinitive (`his pledge to build`) reports that clause. The
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
        (c for c in t.children if c.dep_ in ("acl", "ccomp") and c.i > t.i and _that_after(t, c)),
        None,
    )
    if clause is None:
        clause = _copular_clause(t)
    if clause is None and t.lemma_.lower() in lx.INFINITIVE_CUE_NOUNS:
        # `his promise to reopen the pier`, `Ruiz's pledge to stay neutral`.
        clause = next(
            (
                c
                for c in t.children
                if c.dep_ == "acl"
                and c.i > t.i
                and any(g.lower_ == "to" and g.i == t.i + 1 for g in c.children)
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
    content = char_span(doc, max(t.i + 1, clause.left_edge.i), clause.right_edge.i, lo)
    return Frame(t.idx, t.idx + len(t.text), t.i, owner.i, t.text, speaker, entity, None, content)


def _that_after(t: Token, clause: Token) -> bool:
    """`clause` opens with `that` right after the noun, or after the noun's own phrases: `the claim
    that ...`, `claims by the auditors that ...`."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that"), None)
    if mark is None or mark.i <= t.i:
        return False
    between = t.doc[t.i + 1 : mark.i]
    return all(any(a.i == t.i for a in x.ancestors) and x.dep_ != "relcl" for x in between)


def _copular_clause(t: Token) -> Token | None:
    """`Ana Ruiz's main point was that ...`: the `that` clause a noun of saying is equated with."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "attr")
            and c.i > verb.i
            and "that" in {g.lower_ for g in c.children if g.dep_ == "mark"}
        ),
        None,
    )


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
