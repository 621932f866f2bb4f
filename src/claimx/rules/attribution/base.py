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


def acts(t: Token) -> bool:
    """A verb that makes a clause: not a role noun the tagger took for one (`Caloundra coach Geoff
    Ingram said`, `coach` tagged VERB), which belongs to a name phrase."""
    return t.pos_ in ("VERB", "AUX") and t.lower_ not in lx.ROLE_NOUNS


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
    # False: a frame that reports but is too far from the sentence's own attribution to give a
    # quote its speaker (a participle on a noun: `emails that included staff suggesting ...`).
    quotes: bool = True


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
        and not speaker_participle(t)
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
    """Who speaks in a gerund clause with content: `X landed in trouble by saying that ...`,
    `stumbled after telling his staff he ...`, `replied by accusing the mayor of ...` (the subject of
    the verb the preposition hangs on, through subject-less participles: `committed gaffes after
    telling ...`), when the gerund has content of its own.

    Not a participle on a noun (`the share of voters saying they want a ban is high`): the parser
    runs its clause into the sentence's own verb. Not a gerund under `of` or `to` (`a history of
    blaming`, `in addition to stating`): what it hangs on is no clause with a speaker.
    """
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in _GERUND_PREPS:
        return None
    if not has_content(t, objects=False):
        return None  # `by admitting more students`: a bare object is too often no claim here
    verb = t.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return clause_subject(verb)


# Prepositions whose gerund's speaker is the clause's subject: `by saying`, `after saying`.
_GERUND_PREPS = frozenset("by after before while in since upon".split())
# Subject-less verbs that take their subject from the verb they hang on: `attacked X, calling it Y
# and asserting that ...` (conj of an advcl), `went on to say`.
_CHAIN_DEPS = frozenset("conj advcl xcomp".split())


def clause_subject(v: Token) -> Token | None:
    """The subject of `v`, or of the verb a subject-less conjunct, participle or gerund hangs on.

    An infinitive after an object takes the object for subject (`asked Reed to say`, `led her to
    declare`); the climb stops at a passive (`was justified by arguing`: no one named argues).
    """
    for step in range(3):  # two steps up at most: further, the parse is seldom right
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            # Two steps up into a reported clause the parser has likely hung the participle on the
            # wrong verb (`X said Y will have to choose, saying, "..."`): Y is no safe speaker.
            return None if step > 1 and v.dep_ == "ccomp" else subj
        if any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in v.children):
            return None
        if v.dep_ in _CHAIN_DEPS and v.head.i != v.i:
            obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
            if v.dep_ == "xcomp" and obj is not None:
                # `led her to declare ...`, `asked Reed to announce ...`: the object speaks; after
                # another verb (`used it to comment`) the object is a means, and no one is named.
                return obj if v.head.lemma_.lower() in lx.OBJECT_CONTROL_VERBS else None
            v = v.head
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in _GERUND_PREPS:
            v = v.head.head
        elif v.dep_ == "acomp" and v.head.pos_ in ("VERB", "AUX") and v.lemma_.lower() in lx.READY_ADJECTIVES:
            # `officials were quick to stress that ...`; not `it's worth noting ...` (the writer's
            # own: an expletive or neuter subject speaks for no one), nor `enough to claim the
            # nomination`, `too close to call` (no readiness to speak).
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in lx.NEUTER_PRONOUNS or subj.lower_ in ("this", "that"):
                return None
            return subj
        else:
            return None
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
    return None


def has_content(t: Token, objects: bool = True) -> bool:
    """`t` has a dependent that can hold what it reports: a clause after it, a content preposition
    (`accusing him of ...`), an infinitive (`promising to ...`) or, with `objects`, a noun-phrase
    object of a verb whose object is the claim (`lexicon.DOBJ_VERBS`)."""
    lemma = t.lemma_.lower()
    preps = lx.PREP_CONTENT.get(lemma, frozenset())
    for c in t.children:
        if c.i < t.i:
            continue
        if c.dep_ == "ccomp":
            return True
        if objects and c.dep_ == "dobj" and lemma in lx.DOBJ_VERBS and c.right_edge.i > c.left_edge.i:
            return True
        if c.dep_ == "prep" and c.lower_ in preps:
            return True
        if c.dep_ == "xcomp" and lemma in lx.XCOMP_VERBS:
            return True
    return False


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


def speaker_participle(t: Token) -> bool:
    """`The minutes showed board members suggesting the fund should close`, `the number of residents
    saying they feel safe fell`: a participle on a person or body, with a clause of its own.

    Only where the sentence's own verb stands outside that clause: in `the share of voters saying
    they want a ban is high` the parser ran the clause into the sentence's verb, and the noun
    `share` is left as the root.
    """
    if t.dep_ != "acl" or t.tag_ != "VBG" or t.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = t.head
    if not (
        head.ent_type_ in ("PERSON", "ORG", "NORP")
        or head.lemma_.lower() in lx.ANONYMOUS_NOUNS
        or head.lemma_.lower() in lx.ORG_NOUNS
    ):
        return False
    if not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
        return False
    root = t.sent.root
    return root.pos_ in ("VERB", "AUX") and not (t.left_edge.i <= root.i <= t.right_edge.i)


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
