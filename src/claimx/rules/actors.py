"""Actor, action and object of a claim: who did what, to whom.

The main event of a claim is the first clause head inside its span: a token
whose syntactic head lies outside the span (the content clause of a reported
claim, the root of a statement or of a quote's first sentence). A reporting
verb with its own content clause inside the span gives way to that clause
(`according to X, Y did Z` → `did`).

- **actor**: the agent of that event: the subject of an active verb, the `by`
  phrase of a passive; a verb joined to another by `and` shares its subject.
  It is resolved like a speaker (`names.ArticleIndex.resolve`: fullest name,
  pronouns to their referent). An event noun as subject (`a Ukrainian forces
  strike on ... resulted in`) stands for the ones who struck: its modifiers.
  No agent (a passive without `by`, `there is`, an unresolved `I`/`we`) → None;
  never the speaker by default.
- **action**: the verb's lemma with its particle and negation (`carry out`,
  `not arrive`).
- **object**: the direct object phrase (or a passive's subject) within the span.

Limits: one event per claim (the first); the small model's parse errors become
ours (a misattached subject gives a wrong actor).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimx.lexicon import names as nm
from claimx.lexicon import speech as lx
from claimx.models import Actor
from claimx.rules.chunk import Attributed, Chunk, EventRecord
from claimx.rules.names import ArticleIndex

_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_OBJECTS = ("dobj", "obj", "attr", "oprd")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_RAISING = frozenset("seem appear tend set due likely poised slated expected scheduled".split())
# Subjects that name no one: `Nobody wants to cut the service`.
_NOBODY = frozenset(
    "nobody nothing none everyone everybody anyone anybody someone somebody something".split()
)
_WE = frozenset("we us our".split())
# Verbs whose subject undergoes the event rather than does it: `prices rose 4%` has no agent.
_UNDERGO = frozenset(
    "rise fall drop climb decline collapse increase decrease grow shrink soar plunge slump surge jump "
    "slip dip happen occur remain stay stand total reach".split()
)
_EVENT_NOUNS = frozenset(
    "strike strikes attack attacks raid raids offensive operation bombing shelling assault invasion "
    "campaign offer bid deal decision move plan vote ruling".split()
)


def find_events(chunk: Chunk, said: Sequence[Attributed]) -> list[EventRecord]:
    """The main event of each claim in `said`, in the same order."""
    events = _Events(chunk.doc, chunk.names)
    return [events.of(a.start, a.end, _voice(a, chunk.doc) if a.kind == "quote" else None) for a in said]


# An organisation in a speaker's title: `chairman of the Hollin Parish Council`.
_ORG_IN_TITLE = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)*(?:" + "|".join(sorted(w.capitalize() for w in nm.TITLE_ORG_WORDS)) + r")\b"
)


def _voice(said: Attributed, doc: Doc) -> Actor | None:
    """Who `we` is in a quote: the speaker if an organisation, else an organisation in the speaker's title.

    Failing a title, the body a role apposed to the speaker's first mention serves (`Patrick
    Ilunga, spokesman for the Congolese armed forces`). Limit: only a role of `for`/`of`/`at`.
    """
    who = said.speaker
    if who is None:
        return None
    if who.type in ("ORG", "GPE"):
        return Actor(name=who.name, mention=who.mention, type=who.type)
    m = _ORG_IN_TITLE.search(who.title or "")
    if m:
        return Actor(name=m.group(), mention=m.group(), type="ORG")
    return _role_body(who.name, doc) if who.type == "PERSON" else None


def _role_body(name: str, doc: Doc) -> Actor | None:
    """The body of a role apposed to `name`'s first mention, when it is named or an organisation noun.

    A portfolio (`cabinet member for highways`) is no body.
    """
    at = doc.text.find(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return None
    for role in span.root.children:
        if role.dep_ != "appos" or role.pos_ != "NOUN" or role.i < span.end:
            continue
        for prep in role.children:
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.lower_ not in ("for", "of", "at") or body is None:
                continue
            if not (body.ent_type_ == "ORG" or body.lower_ in lx.ORG_WORDS):
                continue
            toks = [t for t in body.subtree if t.i <= body.i and t.dep_ not in ("det", "punct", "poss")]
            text = doc[toks[0].i : body.i + 1].text
            return Actor(name=text, mention=text, type="ORG")
    return None


class _Events:
    """Finds the main event of claims in one parsed chunk."""

    def __init__(self, doc: Doc, index: ArticleIndex) -> None:
        self.doc = doc
        self.index = index

    def of(self, start: int, end: int, voice: Actor | None = None) -> EventRecord:
        """The event of the claim spanning characters [start, end) of the doc.

        `voice` is who `we` stands for in the claim (in a quote, the speaker's organisation).
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return EventRecord()
        lo, hi = span.start, span.end
        verb = _main_verb(lo, hi, self.doc)
        if verb is None:
            return EventRecord()
        # A passive without agent, or `Nobody wants ...`, gives way to a coordinated verb or a
        # later sentence of the claim that has one (`was devastated and would assess the damage`).
        later = [
            t
            for t in self.doc[verb.i + 1 : hi]
            if t.pos_ in ("VERB", "AUX")
            and (t.dep_ == "conj" or (t.dep_ == "ROOT" and t.sent.start >= lo and t.sent.start > verb.i))
        ]
        for v in (verb, *later):
            actor = self._actor(v, lo, hi, voice)
            if actor is not None:
                return EventRecord(actor, _action(v), self._object(v, lo, hi))
        return EventRecord(None, _action(verb), self._object(verb, lo, hi))

    def _actor(self, verb: Token, lo: int, hi: int, voice: Actor | None) -> Actor | None:
        subj = _subject(verb, lo, hi)
        if subj is None or subj.lower_ in _NOBODY or verb.lemma_.lower() in _UNDERGO:
            return None
        if subj.lower_ in _WE or _has_child(subj, "our"):
            return voice  # `we`, `our forces`: the speaker's side
        if subj.dep_ == "expl" or (subj.pos_ == "PRON" and subj.lower_ in ("i", "me", "you")):
            return None
        if subj.lemma_.lower() in _EVENT_NOUNS:
            # `a Ukrainian forces strike on ...`: the ones who struck are the modifiers; when the
            # tagger made the noun a compound of the verb (`Castlegate's offer values`), its siblings.
            owner = subj if subj.dep_ != "compound" else subj.head
            # Only a name, a nationality or a noun names who acted (`Ukrainian forces strike`),
            # not a plain adjective (`a similar plan`).
            mods = [
                c
                for c in owner.children
                if c.dep_ in _MODIFIERS and c.i < subj.i and (c.ent_type_ or c.pos_ in ("PROPN", "NOUN"))
            ]
            if mods:
                first = min(m.left_edge.i for m in mods)
                name = re.sub(r"['’]s?$", "", self.doc[first : subj.i].text)
                mention = self.doc[first : subj.i + 1].text
                return Actor(name=name, mention=mention, type=_type_in(mods) or "other")
        speaker, _ = self.index.resolve(subj, min(lo, subj.left_edge.i), max(hi, subj.right_edge.i + 1))
        if speaker is None:
            return None
        kind = "other" if speaker.type == "anonymous" else speaker.type
        return Actor(name=speaker.name, mention=speaker.mention, type=kind)

    def _object(self, verb: Token, lo: int, hi: int) -> tuple[int, int] | None:
        # A passive's subject is what the action was done to.
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None) or next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None
        )
        if obj is None:
            return None
        toks = [t for t in obj.subtree if lo <= t.i < hi and not _cut_below(t, obj)]
        if not toks:
            return None
        first, last = toks[0], toks[-1]
        return first.idx, last.idx + len(last.text)


def _main_verb(lo: int, hi: int, doc: Doc) -> Token | None:
    span = doc[lo:hi]
    heads = [t for t in span if not (lo <= t.head.i < hi) or t.head.i == t.i]
    verb = next((t for t in heads if t.pos_ in ("VERB", "AUX")), None)
    # The small model's parse errors: a clause hung off a noun (`group Veltrona is`),
    # or a verb tagged as a noun (`offer values the unit`).
    verb = verb or next((t for t in span if t.pos_ in ("VERB", "AUX") and _has_subject(t)), None)
    verb = verb or next((t for t in heads if any(c.dep_ == "dobj" for c in t.children)), None)
    if verb is None:
        return None
    # `is expected to rule`, `are set to provide`: the event is the infinitive, done by the subject.
    raising = next((c for c in verb.children if c.dep_ == "xcomp" and lo <= c.i < hi), None)
    if raising is not None and (_has_passive_subject(verb) or verb.lemma_.lower() in _RAISING):
        return raising
    # A reporting verb whose content clause is inside the span: the event is the content.
    if verb.lemma_.lower() in lx.REPORTING_VERBS:
        inner = next((c for c in verb.children if c.dep_ == "ccomp" and lo <= c.i < hi), None)
        if inner is not None:
            return inner
    return verb


def _has_passive_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "csubjpass") for c in t.children)


def _has_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _subject(verb: Token, lo: int, hi: int) -> Token | None:
    """The agent of `verb`: its active subject or `by` phrase, or the subject it shares by coordination."""
    # A subject inside the claim first: a wire dateline (`HALIFAX –`) is often parsed as one too.
    for c in sorted(verb.children, key=lambda c: not lo <= c.i < hi):
        if c.dep_ in _SUBJECTS:
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if _has_subject(verb):
        return None  # passive without `by`: no agent
    # `was devastated and would assess`, `may attempt to deploy`: the subject of the verb above,
    # active or not, is the one who does this verb.
    up = verb
    for _ in range(3):
        if up.dep_ not in ("conj", "xcomp") or up.head.i == up.i:
            break
        up = up.head
        if not lo <= up.i < hi and up.lemma_.lower() in lx.REPORTING_VERBS:
            # `said X was devastated and would assess`, the second verb misattached to `said`:
            # it shares the subject of the reported clause, not the speaker's.
            up = next((c for c in up.children if c.dep_ == "ccomp" and lo <= c.i < hi), up)
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            return subj
    # A noun the tagger took for the verb's subject (`offer values`): its compound on the left.
    return next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i), None)


def _has_child(t: Token, lower: str) -> bool:
    return any(c.lower_ == lower for c in t.children)


def _action(verb: Token) -> str:
    parts = [verb.lemma_.lower()]
    parts += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if any(c.dep_ == "neg" for c in verb.children):
        parts.insert(0, "not")
    return " ".join(parts)


def _cut_below(t: Token, root: Token) -> bool:
    """Whether `t` lies under a clause or apposition attached to `root`'s phrase."""
    while t.i != root.i:
        if t.dep_ in ("relcl", "acl", "appos", "advcl") and t.head.i == root.i:
            return True
        t = t.head
    return False


def _type_in(tokens: list[Token]) -> str | None:
    for m in tokens:
        for t in m.subtree:
            if t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
                return t.ent_type_
    return None
