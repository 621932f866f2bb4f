"""What the attribution modules share: the `Frame` record, the cue test, token and char spans.

Not cues: passives (`is said to be`, which agentless.py reads), `as if to say`, negated verbs
(`did not say`), modifiers (`the so-called`), verbs under `decline`/`refuse` (`declined to comment`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimx.layout.quotes import closing_mark_kept
from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.pipeline.nlp import text_of
from claimx.rules.names import Entity

EDGE = " \t\r\n,;:—–-\"“”‘’'«»"


def char_span(doc: Doc, start: int, end: int, lo: int) -> tuple[int, int] | None:
    """Chars of tokens [start, end], without a leading `that` and edge punctuation."""
    start = max(start, lo)
    while start <= end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"):
        if doc[start].lower_ == "that" and doc[start].dep_ != "mark":
            break
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in ")%":
        end -= 1
    if end < start:
        return None
    text = text_of(doc)
    s, e = doc[start].idx, doc[end].idx + len(doc[end].text)
    while s < e and text[s] in EDGE:
        s += 1
    while e > s and text[e - 1] in EDGE:
        e -= 1
    if e - s < 3:
        return None
    return s, closing_mark_kept(text, s, e)


def char_to_token(doc: Doc, char: int) -> int:
    if char <= 0:
        return 0
    if char >= len(text_of(doc)):
        return len(doc)
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span.start if span[0].idx >= char or span.start + 1 >= len(doc) else span.start + 1
    for t in doc:
        if t.idx >= char:
            return t.i
    return len(doc)


# Tags of a finite verb or auxiliary: `was`, `says`, `would`.
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


def marks(clause: Token) -> set[str]:
    """The words that open `clause` as its marks (`that`, `as`, `if`, `whether`, ...), lower-cased."""
    return {c.lower_ for c in clause.children if c.dep_ == "mark"}


def subordinate_start(first: Token) -> bool:
    """`When ...`, `If ...`: the stretch opens a subordinate clause, not a statement."""
    return first.dep_ == "mark" or first.pos_ == "SCONJ"


@dataclass(slots=True)
class Frame:
    """An attribution: who (speaker), how (cue, channel), and what (content char span, if any)."""

    at: int  # char offset of the cue
    end: int  # char offset just after the cue
    verb: int  # token index of the cue
    subject: int | None  # token index of the subject's head
    cue: str
    speaker: Speaker | None
    entity: Entity | None
    channel: str | None
    content: tuple[int, int] | None
    # No one the article names speaks (`it was reported that`, `Reportedly, ...`, `I told her that`,
    # a pronoun with no antecedent): the frame makes a reported claim, with `speaker` None or the
    # unresolved mention, but attributes no quote, so a quote still finds its speaker in context.
    voiceless: bool = False


def is_reporting(t: Token) -> bool:
    if t.pos_ not in ("VERB", "AUX") and not (t.pos_ == "NOUN" and t.dep_ in ("ROOT", "ccomp", "conj")):
        return False
    lemma = t.lemma_.lower()
    if lemma in lx.OBJECT_CUES:
        return any(c.dep_ == "dobj" and c.lower_ in lx.OBJECT_CUES[lemma] for c in t.children)
    if lemma not in lx.REPORTING_VERBS and lemma not in lx.EVIDENCE_VERBS and lemma not in lx.CALLING_VERBS:
        return False
    if (
        t.dep_ in ("amod", "compound", "acl", "pcomp", "csubj")
        and not any(c.dep_ == "nsubj" for c in t.children)
        and not published(t)
        and not gerund_of(t)
        and not text_participle(t)
        and not finite_modifier(t)
    ):
        return False  # the so-called, a widely reported ...
    if t.i > 0 and t.doc[t.i - 1].lower_ == "so":
        return False
    if marks(t) >= {"as", "if"}:
        return False  # `as if to say`: a manner, not words said
    for c in t.children:
        if c.dep_ in ("auxpass", "nsubjpass", "neg"):
            return False  # is said to be; did not say
    return not (t.dep_ == "xcomp" and t.head.lemma_.lower() in lx.BLOCKING_HEADS)


def gerund_of(t: Token) -> Token | None:
    """Who speaks in a gerund clause with content: `X landed in trouble by saying that ...` (the
    subject of the verb the preposition hangs on), when a clause follows.

    Not a participle on a noun (`the share of voters saying they want a ban is high`): the parser
    runs its clause into the sentence's own verb.
    """
    if t.tag_ != "VBG" or not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
        return None
    if t.dep_ == "pcomp" and t.head.lower_ in _GERUND_PREPS:
        verb = t.head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


# Prepositions whose gerund's speaker is the clause's subject: `by saying`, `after saying`.
_GERUND_PREPS = frozenset("by after before while in".split())


def text_participle(t: Token) -> bool:
    """`A Quinnipiac poll found last week that ...` parsed as `a poll [found ...]`: a text's verb
    the parser made a participle on it, with a `that` clause of its own."""
    return (
        t.dep_ == "acl"
        and t.tag_ in ("VBN", "VBD")
        and t.head.lemma_.lower() in lx.DOCUMENT_NOUNS
        and any(c.dep_ == "ccomp" and "that" in marks(c) for c in t.children)
    )


def finite_modifier(t: Token) -> bool:
    """`The Austrian partner asked for ...` parsed as `the partner [asked for ...]`: a past-tense verb
    (VBD, not the participle VBN of `the questions asked`) the parser hung on the noun before it,
    which is its subject."""
    return (
        t.dep_ == "acl"
        and t.tag_ in ("VBD", "VBZ")
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.i == t.i - 1
        and t.head.dep_ in ("nsubj", "ROOT")
    )


def inscription(subj: Token) -> bool:
    """`a sign taped to the door`, `the banner`: an object bearing words, with no owner named."""
    return subj.lemma_.lower() in lx.INSCRIPTION_NOUNS and not any(c.dep_ == "poss" for c in subj.children)


def published(t: Token) -> bool:
    """`released a statement saying ...`, `a letter stating ...`: a text's participle, not a modifier."""
    return (
        t.dep_ == "acl"
        and t.tag_ == "VBG"
        and (t.head.lemma_.lower() in lx.DOCUMENT_NOUNS or t.head.lemma_.lower() in lx.CHANNEL_NOUNS)
    )
