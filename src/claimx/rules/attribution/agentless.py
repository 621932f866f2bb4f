"""Reported speech with no speaker in the clause: `reportedly`, passives, `as revealed at trial`.

- `Reportedly, the two men have been at odds.`, `who was reportedly nicknamed Ginger`: the clause the
  adverb modifies, without the adverb, is reported speech with no speaker (GUIDELINES: speaker null).
- `It was reported that ...`, `no deaths were reported on the ground`, `is said to have pressed for`:
  a passive reporting verb (`lexicon.PASSIVE_CUES`); with an agent (`was announced by the ministry`,
  `reported by local press as belonging to the military`) the agent speaks.
- `As revealed at trial, ...`, `as the Post reported, ...`: the main clause is the content (see
  `as_clause`); the `as` clause's subject, if any, speaks.
- `Asked about the merger, she ...`, `When asked by X whether ...`, `Y was asked about Z`: the question
  put is reported speech of its `by` agent, else of no one named.

Limits: a passive of announcing or confirming with a plain subject (`the results were announced`)
is an event, not reported speech, and makes no frame; only `report`, `say`, `allege` and kin
report their subject's clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.rules.attribution.base import Frame, char_span, char_to_token, marks
from claimx.rules.names import ArticleIndex, Entity


def reportedly_frame(doc: Doc, t: Token, bound: int) -> Frame | None:
    """`Reportedly, X.` / `X was reportedly Y`: the clause `t` modifies, as reported speech."""
    if t.lower_ not in lx.HEARSAY_ADVERBS or t.dep_ != "advmod":
        return None
    head = t.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("aux", "auxpass") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # `who reportedly has been itching to ...`: the clause, not its auxiliary
    lo = max(t.sent.start, char_to_token(doc, bound))
    start, end = max(lo, head.left_edge.i), head.right_edge.i
    if start == t.i:
        start += 1  # `Reportedly, ...`: the adverb (and what follows it up to the comma) is the cue
        while start <= end and (doc[start].is_punct or _modifies(doc[start], head)):
            start += 1
    if sum(1 for x in doc[start : end + 1] if not x.is_punct and x.i != t.i) < 3:
        return None
    content = char_span(doc, start, end, lo)
    if content is None:
        return None
    return _frame(t, t.text, None, None, content)


def _modifies(x: Token, head: Token) -> bool:
    return x.dep_ == "advmod" and x.head.i == head.i  # `Reportedly also, ...`


def passive_frame(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> Frame | None:
    """`it was reported that ...`, `X were reported`, `X is said to ...`, `reported by Y as ...`."""
    lemma = t.lemma_.lower()
    if lemma not in lx.PASSIVE_CUES or t.pos_ != "VERB" or t.tag_ != "VBN":
        return None
    if any(c.dep_ == "neg" for c in t.children):
        return None
    lo = max(t.sent.start, char_to_token(doc, bound))
    speaker, entity = _agent(doc, t, index, bound)
    comps = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i]
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    passive = any(c.dep_ == "auxpass" for c in t.children)
    content: tuple[int, int] | None = None
    if comps and passive:
        content = char_span(doc, min(c.left_edge.i for c in comps), max(c.right_edge.i for c in comps), lo)
    elif t.dep_ == "acl" and speaker is not None:
        as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None:
            content = char_span(doc, as_.i + 1, as_.right_edge.i, lo)
    elif (
        passive
        and subj is not None
        and lemma in lx.SUBJECT_PASSIVE_CUES
        # `abuse is reported to the society`, `was reported to police`: an incident brought to
        # someone, not words; `is reported to have fled` (an infinitive) is hearsay.
        and not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children)
        and (lemma != "say" or any(c.dep_ == "xcomp" for c in t.children))  # `is said to`, not `was said`
        and not (subj.pos_ == "PRON" and subj.lower_ not in ("who", "which", "that"))
    ):
        start = subj.left_edge.i if subj.lower_ not in ("who", "which", "that") else subj.i + 1
        content = char_span(doc, start, _before_comma(t), lo)
    if content is None:
        return None
    return _frame(t, t.text, speaker, entity, content)


def asked_frame(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> Frame | None:
    """`Asked about the merger, she ...`, `When asked by Ingraham whether ...`, `X was asked about Y`:
    the question put, as reported speech of whoever asked it (the `by` agent), else of no one named."""
    if t.lemma_.lower() != "ask" or t.tag_ != "VBN":
        return None
    passive = any(c.dep_ == "auxpass" for c in t.children)
    participle = t.dep_ in ("advcl", "acl") and not any(c.dep_ in ("nsubj", "aux") for c in t.children)
    if not (passive or participle):
        return None  # `has asked the court to delay`: an active perfect, for the verb frame
    parts = [
        c
        for c in t.children
        if c.i > t.i
        and (
            c.dep_ in ("ccomp", "xcomp")
            or (
                c.dep_ == "prep"
                and c.lower_ in ("about", "for")
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            )
            or (c.dep_ == "advcl" and marks(c) & {"if", "whether"})
        )
    ]
    if not parts:
        return None
    lo = max(t.sent.start, char_to_token(doc, bound))
    first = min(parts, key=lambda c: c.left_edge.i)
    start = first.i + 1 if first.dep_ == "prep" else first.left_edge.i
    content = char_span(doc, start, max(c.right_edge.i for c in parts), lo)
    if content is None:
        return None
    speaker, entity = _agent(doc, t, index, bound)
    return _frame(t, t.text, speaker, entity, content)


def _before_comma(t: Token) -> int:
    """The last token of `t`'s clause before a comma that sets off more (`no deaths were reported,
    with local media reporting ...`): what follows is another attribution's."""
    doc = t.doc
    for c in sorted((c for c in t.children if c.i > t.i), key=lambda c: c.i):
        if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and c.dep_ != "punct":
            return c.left_edge.i - 2
    return t.right_edge.i


def as_clause(doc: Doc, t: Token, bound: int) -> tuple[int, int] | None:
    """`As the Post reported, X` / `X, as Comey noted.` / `As revealed at trial, X`: the clause X."""
    if t.dep_ != "advcl" or "as" not in marks(t) or t.lemma_.lower() in lx.NARRATIVE_CUES:
        return None
    if marks(t) & {"if", "though"}:
        return None  # `as if to say`, `as though`: a manner, not a source
    if any(not _framing(c) for c in t.children):
        # `as Trump called for a boycott`, `as Sanders claims to desire`, `as he told reporters
        # that ...`: the verb has content of its own, and the `as` is one of time or cause.
        return None
    head = t.head
    lo = max(t.sent.start, char_to_token(doc, bound))
    if t.right_edge.i < head.i:
        return char_span(doc, t.right_edge.i + 1, head.right_edge.i, lo)
    if t.left_edge.i > head.i:
        return char_span(doc, max(lo, head.left_edge.i), t.left_edge.i - 1, lo)
    return None


# What an `as X reported,` clause may hold besides its verb: a subject, a time, a channel.
_AS_DEPS = frozenset("nsubj mark aux advmod npadvmod punct prep prt".split())  # `as X pointed out`


def _framing(c: Token) -> bool:
    return c.dep_ in _AS_DEPS and (c.dep_ != "prep" or c.lower_ in lx.CHANNEL_PREPS)


def _agent(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> tuple[Speaker | None, Entity | None]:
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is None:
        return None, None
    return index.resolve(pobj, char_to_token(doc, bound), len(doc))


def _frame(
    t: Token, cue: str, speaker: Speaker | None, entity: Entity | None, content: tuple[int, int]
) -> Frame:
    return Frame(
        at=t.idx,
        end=t.idx + len(cue),
        verb=t.i,
        subject=None,
        cue=cue,
        speaker=speaker,
        entity=entity,
        channel=None,
        content=content,
        voiceless=speaker is None,
    )
