"""Attribution: who said each quote, and reported (indirect) speech.

One pass over the parsed article finds *speech frames*: a reporting verb from
`lexicon.REPORTING_VERBS` with its subject (`Lloyd said`, `said Janet Pryce`,
`she told reporters`), or an `according to X` phrase. Each frame's speaker is
resolved in text order by `speakers.ArticleIndex` (so pronouns see the
speakers before them), and its content is the clause the verb reports:

- a clausal complement after the verb (`X said (that) ...`, `X told Reuters
  ...`), with the verb's own subject-less conjuncts (`said A and would B`) and
  modal conjuncts the parser hung on the verb (`has announced that A, but B may
  still ...`; after a past-tense verb only back-shifted modals: `could`, not `will`);
- the clause before an inverted attribution (`..., the Air Force said.`,
  `..., two people familiar with the matter said.`), also when the parser
  tangled the speaker into that clause: a finite verb ending the sentence after
  a short verbless name phrase (`..., Fisheries Minister X announced today.`);
- a `that` clause the parser hung elsewhere (`said in a statement that ...`);
- for `deny`/`confirm`/`claim`, a noun-phrase object;
- for `call`/`describe`/`brand`/... (`lexicon.CALLING_VERBS`), the object with
  its predicate (`called the walkout a "disaster"`, `described it as an
  insult`), never a naming (`call the bridge the Iron Lady`, `what locals call`);
- for `according to X`, the clause it modifies, without the phrase; at the end
  of a sentence, the whole sentence before it.

Evidence verbs (`find`, `show`, `suggest`, `read`) need a text for subject,
borrowed ones too (`came home to find the door torn off` reports nothing);
`suggest` also takes a named person or body. Words borne by an object with no
owner named (`a sign taped to the door read: "..."`, `lexicon.INSCRIPTION_NOUNS`)
have no speaker.

Not frames: passives (`is said to be`), negated verbs (`did not say`),
modifiers (`the so-called`), verbs under `decline`/`refuse` (`declined to
comment`), and verbs inside direct quotes. A frame with no content (`the report
said nothing about`), or in a question (`How would they describe you?`), makes
no reported claim but may still attribute a quote.
A frame whose content is mostly a direct quote attributes that quote instead.
A frame whose verb lies inside another frame's content is dropped.

Quotes get their speaker from, in order: a frame right after the closing mark
in the same sentence (`"...," she said`); a frame right before the opening
mark (`X said: "..."`, `X said that "..."`, `"First," she said, "second"`);
a `Quote from <Name>:` label; another attributed quote in the same paragraph;
in a `Quote:` section, the nearest preceding `Source:` section, else the lede's
speaker; for a paragraph that holds nothing but quotes, the last speaker of
the paragraph before (wire-style continuation). Otherwise the speaker is None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx.layout.paragraphs import paragraphs
from claimx.layout.quotes import Quote
from claimx.lexicon import speech as lx
from claimx.models import Section, Speaker
from claimx.pipeline.nlp import text_of
from claimx.rules.chunk import Attributed, Chunk
from claimx.rules.names import ArticleIndex, Entity

_EDGE = " \t\r\n,;:—–-\"“”‘’'«»"
_GAP_OK = re.compile(r"^(?:.*?(?:[:,—–]|\bthat))?$", re.DOTALL)
_SENT_END = frozenset(".!?")
_MAX_GAP_CHARS = 160
# What may follow a trailing attribution's verb: `..., X said on Monday in a statement.`
_TRAILING_DEPS = frozenset("punct prep npadvmod advmod agent".split())
# Clauses inside a sentence that a sentence-final `according to X` still covers as a whole.
_INNER_CLAUSES = frozenset("advcl relcl acl conj xcomp pcomp".split())
# Modals a past-tense reporting verb's content takes: `said it would`, `warned it could`.
_BACKSHIFTED = frozenset("would could might may should must ought".split())
_WH_TAGS = frozenset("WDT WP WP$ WRB".split())
# Speakers that can suggest something: a person or body, not `the attack` or `the hashtag`.
_VOICES = frozenset({"PERSON", "ORG"})
_DEMONSTRATIVES = frozenset("this that these those which".split())
_SOURCE_KINDS = frozenset({"source"})
_QUOTE_KINDS = frozenset({"quote"})
_QUOTE_FROM = re.compile(r"quotes?\s+from\s+(?P<name>.+)", re.IGNORECASE)


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


def article_index(doc: Doc, sections: Sequence[Section], quotes: Sequence[Quote]) -> ArticleIndex:
    """The article's entity index, built once and shared by attribution, actors and entities."""
    bound = next((s.start for s in sections if s.kind != "headline"), 0)
    labels = [(s.start, s.start + len(s.label) + 1) for s in sections if s.label]
    return ArticleIndex(doc, bound, skip=labels, quoted=_quoted_spans(quotes))


def _quoted_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return [(q.open, (q.close + 1) if q.close is not None else q.end) for q in quotes]


def attribute(chunk: Chunk) -> list[Attributed]:
    """Quote claims (one per quote) and reported-speech claims of the chunk, in text order."""
    doc, sections, quotes, index = chunk.doc, chunk.sections, chunk.quotes, chunk.names
    bound = next((s.start for s in sections if s.kind != "headline"), 0)
    qspans = _quoted_spans(quotes)
    frames = find_frames(doc, index, bound, qspans)
    speakers, cues, channels = _quote_speakers(doc, sections, quotes, frames, index, bound)
    out = [
        Attributed("quote", q.start, q.end, speakers[k], cues[k], channels[k]) for k, q in enumerate(quotes)
    ]
    for f in _reported(frames, qspans):
        assert f.content is not None
        out.append(Attributed("reported", f.content[0], f.content[1], f.speaker, f.cue, f.channel))
    out.sort(key=lambda a: a.start)
    return out


# ---- frames --------------------------------------------------------------


def find_frames(doc: Doc, index: ArticleIndex, bound: int, qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Every speech frame outside direct quotes, in text order, speakers resolved."""
    frames: list[Frame] = []
    by_verb: dict[int, Frame] = {}
    for t in doc:
        if t.idx < bound or index.inside_quote(t.idx):
            continue
        frame = None
        if t.lower_ == "according":
            frame = _according(doc, t, index, bound)
        elif _is_reporting(t):
            frame = _verb_frame(doc, t, index, bound, by_verb)
        if frame is None:
            continue
        frames.append(frame)
        by_verb[t.i] = frame
        if frame.entity is not None:
            index.memory.note(frame.subject if frame.subject is not None else t.i, frame.entity)
    return frames


def _is_reporting(t: Token) -> bool:
    if t.pos_ not in ("VERB", "AUX") and not (t.pos_ == "NOUN" and t.dep_ in ("ROOT", "ccomp", "conj")):
        return False
    lemma = t.lemma_.lower()
    if lemma not in lx.REPORTING_VERBS and lemma not in lx.EVIDENCE_VERBS and lemma not in lx.CALLING_VERBS:
        return False
    if t.dep_ in ("amod", "compound", "acl", "pcomp", "csubj") and not any(
        c.dep_ == "nsubj" for c in t.children
    ):
        return False  # the so-called, a widely reported ...
    if t.i > 0 and t.doc[t.i - 1].lower_ == "so":
        return False
    for c in t.children:
        if c.dep_ in ("auxpass", "nsubjpass", "neg"):
            return False  # is said to be; did not say
    return not (t.dep_ == "xcomp" and t.head.lemma_.lower() in lx.BLOCKING_HEADS)


def _verb_frame(
    doc: Doc, t: Token, index: ArticleIndex, bound: int, by_verb: dict[int, Frame]
) -> Frame | None:
    lemma = t.lemma_.lower()
    # The subject nearest the verb: the parser sometimes hangs a dateline word on it too.
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "expl")]
    subj = min(subjects, key=lambda c: abs(c.i - t.i)) if subjects else None
    speaker: Speaker | None = None
    entity: Entity | None = None
    inscribed = False
    if subj is not None and subj.dep_ == "nsubj":
        bearer = subj.lemma_.lower() in lx.INSCRIPTION_NOUNS
        inscribed = _inscription(subj)
        if bearer and lemma not in lx.TEXT_VERBS and lemma not in lx.REPORTING_VERBS:
            return None
        if (
            not bearer
            and lemma in lx.EVIDENCE_VERBS
            and lemma not in lx.SPEAKER_EVIDENCE_VERBS
            and subj.lemma_.lower() not in lx.DOCUMENT_NOUNS
        ):
            return None
        if not inscribed:
            lo = bound
            hi = len(doc) if subj.i > t.i else t.i
            speaker, entity = index.resolve(subj, _char_to_token(doc, lo), hi)
        if lemma in lx.TEXT_VERBS and speaker is not None and speaker.type == "anonymous":
            speaker, entity = None, None  # `read a printed note`: a text nobody is named for
    elif t.dep_ in ("conj", "advcl", "xcomp") and t.head.i in by_verb:
        parent = by_verb[t.head.i]
        speaker, entity, subj_i = parent.speaker, parent.entity, parent.subject
        subj = doc[subj_i] if subj_i is not None else None
    elif t.dep_ in ("conj", "advcl", "xcomp") and t.tag_ in ("VBG", "VB", "VBD", "VBZ"):
        # `X congratulated Y, saying ...`: the subject of the verb it hangs on.
        head_subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if head_subj is not None:
            speaker, entity = index.resolve(head_subj, _char_to_token(doc, bound), t.head.i)
            subj = head_subj
    elif lemma in lx.EVIDENCE_VERBS:
        return None
    if (
        lemma in lx.EVIDENCE_VERBS
        and (subj is None or subj.lemma_.lower() not in lx.TEXT_NOUNS)
        and not (lemma in lx.SPEAKER_EVIDENCE_VERBS and _voice(subj, speaker))
    ):
        # A text's verb needs a text for subject, borrowed ones too: `came home to find his door
        # torn off` is no finding. `suggest` also takes a person or body: `X suggested that ...`.
        return None
    if speaker is None and subj is None:
        return None
    if speaker is None and lemma not in lx.TEXT_VERBS and not inscribed:
        return None
    if lemma in lx.CALLING_VERBS:
        content = _predicate(doc, t, bound)
        if content is None:
            return None
    else:
        content = _content(doc, t, subj, bound)
    if _question(t):
        content = None  # `How do your teammates describe you?` asks; it reports nothing
    if content is None and not inscribed and (subj is None or subj.i < t.i):
        # `<clause>, Fisheries Minister Colleen MacAskill announced today.` with the name tangled
        # into the clause by the parser: the name just before the verb speaks.
        trailing = _comma_trailing(doc, t, index, bound)
        if trailing is not None:
            content, subj, speaker, entity = trailing
    cue = t.text
    prt = next((c for c in t.children if c.dep_ == "prt" and c.i == t.i + 1), None)
    if prt is not None:
        cue = f"{t.text} {prt.text}"
    return Frame(
        at=t.idx,
        end=t.idx + len(cue),
        verb=t.i,
        subject=subj.i if subj is not None else None,
        cue=cue,
        speaker=speaker,
        entity=entity,
        channel=_channel(doc, t, index),
        content=content,
    )


def _voice(subj: Token | None, speaker: Speaker | None) -> bool:
    """A person or body that can suggest: not `it`/`this` (a finding) nor `the attack`."""
    if subj is None or speaker is None or speaker.type not in _VOICES:
        return False
    return not (subj.pos_ in ("PRON", "DET") and subj.lower_ in lx.NEUTER_PRONOUNS | _DEMONSTRATIVES)


def _question(t: Token) -> bool:
    """The sentence of `t` is a question: its last token is a bare `?` (not a quoted one)."""
    last = next((x for x in reversed(t.sent) if not x.is_space), None)
    return last is not None and last.text == "?"


def _inscription(subj: Token) -> bool:
    """`a sign taped to the door`, `the banner`: an object bearing words, with no owner named."""
    return subj.lemma_.lower() in lx.INSCRIPTION_NOUNS and not any(c.dep_ == "poss" for c in subj.children)


def _predicate(doc: Doc, t: Token, bound: int) -> tuple[int, int] | None:
    """What `X called the walkout a "disaster"` reports: the object with its predicate.

    The predicate is an object complement (`called the plan unworkable`), a second object
    (`branded the decision a betrayal`) or, for `describe`-like verbs, an `as` phrase. A proper
    name or a bare singular noun there is a naming, not a judgement (`call the bridge the Iron
    Lady`, `call it "forbidden pairing"`), and so is an idiom (`called it a day`).
    """
    lo = max(t.sent.start, _char_to_token(doc, bound))
    if t.dep_ == "relcl":
        return None  # `The party, which describes itself as centrist, ...`: background, not a claim
    if any(c.tag_ in _WH_TAGS for c in t.children):
        return None  # `what locals call a ghost town`: a naming
    objs = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i]
    oprd = [c for c in t.children if c.dep_ == "oprd" and c.i > t.i]
    pred: Token | None = oprd[0] if oprd else None
    end: Token | None = oprd[-1] if oprd else None  # `a non-starter` may come as three
    if pred is None and len(objs) >= 2:
        pred = end = objs[1]
    if pred is None and objs and t.lemma_.lower() in lx.AS_CALLING_VERBS:
        as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i), None)
        if as_ is not None:
            end = as_
            pred = next((c for c in as_.children if c.dep_ == "pobj"), None)
    if pred is None or end is None:
        return None
    if pred.pos_ not in ("NOUN", "ADJ") or pred.lemma_.lower() in lx.CALLING_IDIOMS:
        return None
    if pred.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in pred.children):
        return None  # a bare singular noun is a label: `they call it "forbidden pairing"`
    start = objs[0].left_edge.i if objs else pred.left_edge.i
    stop = end.right_edge.i
    while stop > start and (doc[stop].dep_ == "cc" or doc[stop].is_punct):
        stop -= 1  # `described the story as a hoax and ...`: not the dangling `and`
    return _char_span(doc, start, stop, lo)


def _comma_trailing(
    doc: Doc, t: Token, index: ArticleIndex, bound: int
) -> tuple[tuple[int, int], Token, Speaker, Entity | None] | None:
    """`<clause>, <speaker> <verb> [today | on Monday | in a statement].` read off the surface.

    For when the parser hung the speaker inside the clause: the verb ends the sentence, a short
    verbless phrase between the last comma and the verb names the speaker, and a main clause
    (not only `When ...`) stands before the comma. Returns the content, the speaker's head
    token, the speaker and its entity.
    """
    sent = t.sent
    lo = max(sent.start, _char_to_token(doc, bound))
    if t.tag_ not in ("VBD", "VBZ", "VBP") or t.dep_ == "relcl":
        return None  # a finite main verb: not `..., with publications reporting ...`, `..., which X denied`
    for x in doc[t.i + 1 : sent.end]:
        if x.text in ",;":
            return None  # a parenthetical (`due, X indicated, to ...`): the clause goes on
        if x.is_punct or x.is_space or x.ent_type_ in ("DATE", "TIME"):
            continue
        top = x
        while top.head.i != t.i and top.head.i != top.i and top.head.i > t.i:
            top = top.head
        if top.head.i != t.i or top.dep_ not in _TRAILING_DEPS:
            return None
    comma = None
    for k in range(t.i - 1, max(lo, t.i - 12) - 1, -1):
        if doc[k].text == ",":
            comma = k
            break
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_ in _WH_TAGS:
            return None
        if doc[k].is_punct and doc[k].text not in ".-'’&":
            return None
    if comma is None or comma == t.i - 1 or comma - lo < 3 or doc[comma + 1].pos_ in ("ADP", "SCONJ"):
        return None
    if _subordinate_start(doc[lo]):
        return None
    if not any(x.pos_ in ("VERB", "AUX") for x in doc[lo:comma]):
        return None
    if any(x.text == ";" or _is_reporting(x) for x in doc[lo:comma]):
        return None  # the clause holds an attribution of its own, or two sentences
    last = doc[t.i - 1]
    ent = index.entity_of(last)
    mention = doc[comma + 1 : t.i].text
    head = last
    if ent is not None and ent.type in ("PERSON", "ORG", "GPE"):
        speaker: Speaker | None = ent.speaker(mention)
        entity: Entity | None = ent
    else:
        # The phrase's own head (`people` of `two people familiar with the matter`), else its last word.
        roots = [x for x in doc[comma + 1 : t.i] if not comma < x.head.i < t.i or x.head.i == x.i]
        head = roots[0] if len(roots) == 1 else last
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        speaker, entity = index.resolve(head, comma + 1, t.i)
    content = _char_span(doc, lo, comma - 1, lo)
    if speaker is None or content is None:
        return None
    return content, head, speaker, entity


def _according(doc: Doc, t: Token, index: ArticleIndex, bound: int) -> Frame | None:
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
        lo = max(sent.start, _char_to_token(doc, bound))
        phrase_lo, phrase_hi = t.left_edge.i, src.right_edge.i
        clause_lo, clause_hi = max(lo, head.left_edge.i), head.right_edge.i
        rest = [x for x in doc[phrase_hi + 1 : clause_hi + 1] if not (x.is_punct or x.is_space)]
        if t.i < head.i:
            content = _char_span(doc, phrase_hi + 1, max(clause_hi, phrase_hi + 1), lo)
        elif len(rest) >= 2:
            # In the middle: `One child was, according to the fire service, among the dead.`
            content = _char_span(doc, clause_lo, clause_hi, lo)
        else:
            content = _char_span(doc, clause_lo, phrase_lo - 1, lo)
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


def _content(doc: Doc, t: Token, subj: Token | None, bound: int) -> tuple[int, int] | None:
    """Char span of what `t` reports, or None."""
    lo = max(t.sent.start, _char_to_token(doc, bound))
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > t.i]
    if after:
        # Never before the verb: `which his wife said was due to ...` reports `was due to ...`.
        start = max(min(c.left_edge.i for c in after), t.i + 1)
        end = max(c.right_edge.i for c in after)
        for c in t.children:
            if (
                c.dep_ == "conj"
                and c.i > end
                and c.lemma_.lower() not in lx.REPORTING_VERBS
                and (not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or _modal(c, t))
            ):
                end = max(end, c.right_edge.i)
        return _char_span(doc, start, end, lo)
    before = [c for c in comps if c.i < t.i]
    if before or (subj is not None and subj.i > t.i) or t.dep_ == "parataxis":
        # Inverted: `..., the Air Force said.` The content ends before the attribution.
        cut = min(t.i, subj.left_edge.i if subj is not None else t.i)
        start = min(c.left_edge.i for c in before) if before else lo
        if t.dep_ == "parataxis":
            start = min(start, t.head.left_edge.i)
        start = max(start, lo)
        clause_end = t.head.right_edge.i if t.dep_ == "parataxis" else t.i
        if clause_end > t.right_edge.i + 1:
            # Parenthetical: `The data were, the study says, more closely correlated ...`.
            return _char_span(doc, start, clause_end, lo)
        if cut - start >= 3:
            return _char_span(doc, start, cut - 1, lo)
        return None
    if subj is not None and subj.i < t.i and _trailing_attribution(doc, t, subj, lo):
        return _char_span(doc, lo, subj.left_edge.i - 2, lo)
    if subj is not None and subj.i < t.i and t.dep_ == "ROOT":
        # A `that` clause the parser attached elsewhere (`said in a statement that ...`).
        for k in range(t.i + 1, min(t.i + 10, t.sent.end)):
            m = doc[k]
            if m.lower_ == "that" and m.dep_ == "mark" and m.head.i > m.i:
                return _char_span(doc, m.i + 1, m.head.right_edge.i, lo)
            if m.pos_ == "VERB" or (m.is_punct and m.text in ".;"):
                break
    if t.lemma_.lower() in lx.DOBJ_VERBS:
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.right_edge.i - obj.left_edge.i >= 1:
            return _char_span(doc, obj.left_edge.i, obj.right_edge.i, lo)
    return None


def _modal(v: Token, t: Token) -> bool:
    """`has announced that ..., but up to 30% may still be contaminated`: the speaker's conjecture.

    A conjunct with its own subject that the parser hangs on the reporting verb `t` belongs to
    the content when it is modal, as reported speech is, rather than the reporter's narration
    (`said ..., and the bank raised rates`). After a past-tense verb only the back-shifted
    modals count (`said ..., but it could take years`), not `will` or `can`, which are the
    reporter's own (`said ..., but the board will meet on Monday`).
    """
    past = t.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in t.children)
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and (not past or c.lower_ in _BACKSHIFTED) for c in v.children
    )


def _subordinate_start(first: Token) -> bool:
    """`When ...`, `If ...`: the stretch opens a subordinate clause, not a statement."""
    return first.dep_ == "mark" or first.pos_ == "SCONJ"


def _trailing_attribution(doc: Doc, t: Token, subj: Token, lo: int) -> bool:
    """`<clause>, two people familiar with the matter said (on Monday).`: the parser found no complement."""
    comma = subj.left_edge.i - 1
    if comma - lo < 3 or doc[comma].text != ",":
        return False
    if not any(x.pos_ in ("VERB", "AUX") for x in doc[lo:comma]):
        return False  # `On Wednesday, as part of his campaign, X pledged ...`: no clause before
    if _subordinate_start(doc[lo]):
        return False  # `When the storm hit, residents reported.`: no main clause before
    tell = t.lemma_.lower() == "tell"
    for c in t.children:
        if c.i > t.i and c.dep_ not in _TRAILING_DEPS and not (tell and c.dep_ in ("dobj", "dative")):
            return False
    return all(x.is_punct or x.is_space or x.head.i >= t.i for x in doc[t.i + 1 : t.sent.end])


def _char_span(doc: Doc, start: int, end: int, lo: int) -> tuple[int, int] | None:
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
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    if e - s < 3:
        return None
    return s, e


def _char_to_token(doc: Doc, char: int) -> int:
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


def _channel(doc: Doc, t: Token, index: ArticleIndex) -> str | None:
    """`told reporters`, `in a statement`, `on Telegram`, `in an interview with AP`."""
    if t.lemma_.lower() == "tell":
        obj = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and (
            obj.lemma_.lower() in lx.AUDIENCE_NOUNS
            or obj.lower_ in lx.AUDIENCE_NOUNS
            or index.entity_of(obj) is not None
        ):
            return f"{t.text} {_phrase(doc, obj)}"
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in lx.CHANNEL_PREPS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.lemma_.lower() in lx.CHANNEL_NOUNS or pobj.lower_ in lx.CHANNEL_NOUNS
            ):
                return _phrase(doc, c)
    return None


def _phrase(doc: Doc, head: Token) -> str:
    """`head`'s phrase up to any clause inside it (`in a statement` of `in a statement that ...`)."""
    end = head.right_edge.i
    for t in head.subtree:
        if t.i > head.i and t.dep_ in ("acl", "relcl", "ccomp", "mark", "advcl"):
            end = min(end, t.left_edge.i - 1)
    return doc[head.left_edge.i : end + 1].text.strip(_EDGE)


# ---- reported claims -------------------------------------------------------


def _reported(frames: Sequence[Frame], qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames that make reported claims: content outside direct quotes and other frames' content."""
    cands = [f for f in frames if f.content is not None and f.speaker is not None]
    cands = [f for f in cands if not _mostly_quoted(f.content, qspans)]  # type: ignore[arg-type]
    out = []
    for f in cands:
        assert f.content is not None
        nested = any(
            g is not f and g.content is not None and g.content[0] <= f.at < g.content[1]
            for g in _near(cands, f)
        )
        if not nested:
            out.append(f)
    return out


def _near(frames: Sequence[Frame], f: Frame) -> list[Frame]:
    """Frames whose content could contain `f` (same neighbourhood), without a scan of all frames."""
    k = bisect_left([g.at for g in frames], f.at)
    return list(frames[max(0, k - 3) : k + 3])


def _mostly_quoted(span: tuple[int, int], qspans: Sequence[tuple[int, int]]) -> bool:
    s, e = span
    inside = 0
    for qs, qe in qspans:
        if qe <= s:
            continue
        if qs >= e:
            break
        inside += min(e, qe) - max(s, qs)
    return inside * 2 > (e - s)


# ---- quotes ----------------------------------------------------------------


def _quote_speakers(
    doc: Doc,
    sections: Sequence[Section],
    quotes: Sequence[Quote],
    frames: Sequence[Frame],
    index: ArticleIndex,
    bound: int,
) -> tuple[list[Speaker | None], list[str | None], list[str | None]]:
    text = text_of(doc)
    n = len(quotes)
    speakers: list[Speaker | None] = [None] * n
    cues: list[str | None] = [None] * n
    channels: list[str | None] = [None] * n
    done = [False] * n
    starts = [f.at for f in frames]
    by_verb = {f.verb: f for f in frames}
    paras = list(paragraphs(text))
    para_starts = [p[0] for p in paras]

    def para_of(char: int) -> int:
        return max(0, bisect_right(para_starts, char) - 1)

    # 1. A frame right after the closing mark, or right before the opening mark.
    for k, q in enumerate(quotes):
        f = _after(doc, q, quotes[k + 1] if k + 1 < n else None, frames, starts)
        if f is None:
            f = _before(doc, q, quotes[k - 1] if k > 0 else None, frames, starts)
        if f is None:
            f = _governing(doc, q, by_verb)
        if f is None:
            f = _colon_intro(doc, q, index, bound)
        if f is not None:
            speakers[k], cues[k], channels[k], done[k] = f.speaker, f.cue or None, f.channel, True

    # 2. `Quote from <Name>:` labels.
    for k, q in enumerate(quotes):
        sec = _section_of(sections, q.open)
        if done[k] or sec is None or not sec.label:
            continue
        m = _QUOTE_FROM.fullmatch(sec.label)
        if m:
            speakers[k] = _name_speaker(doc, index, sec.start + m.start("name"), sec.start + m.end("name"))
            done[k] = speakers[k] is not None

    # 3. Another attributed quote in the same paragraph: the previous one, else the next.
    for k, q in enumerate(quotes):
        if done[k]:
            continue
        p = para_of(q.open)
        for j in [*range(k - 1, -1, -1), *range(k + 1, n)]:
            if para_of(quotes[j].open) != p and para_of(quotes[j].close or quotes[j].end) != p:
                if j > k:
                    break
                continue
            if done[j] and speakers[j] is not None:
                speakers[k], cues[k], channels[k] = speakers[j], cues[j], channels[j]
                done[k] = True
                break

    # 4. `Quote:` sections: the nearest `Source:` before, else the lede's speaker.
    lede = _lede_speaker(sections, frames)
    for k, q in enumerate(quotes):
        sec = _section_of(sections, q.open)
        if done[k] or sec is None or sec.kind not in _QUOTE_KINDS:
            continue
        src = _source_speaker(doc, index, sections, sec)
        if src is not None:
            speakers[k], channels[k] = src
        elif lede is not None:
            speakers[k] = lede
        done[k] = speakers[k] is not None

    # 5. A paragraph of nothing but quotes continues the previous paragraph's speaker.
    for k, q in enumerate(quotes):
        if done[k]:
            continue
        p = para_of(q.open)
        if p == 0 or not _only_quotes(text, paras[p], quotes):
            continue
        prev_start, prev_end = paras[p - 1]
        last: tuple[int, Speaker | None, str | None, str | None] | None = None
        for j in range(k):
            if done[j] and prev_start <= quotes[j].open < prev_end:
                last = (quotes[j].open, speakers[j], cues[j], channels[j])
        for f in frames[bisect_left(starts, prev_start) : bisect_left(starts, prev_end)]:
            if f.speaker is not None and (last is None or f.at > last[0]):
                last = (f.at, f.speaker, f.cue, f.channel)
        if last is not None and last[1] is not None:
            speakers[k], cues[k], channels[k] = last[1], last[2], last[3]
            done[k] = True
    # 6. Wire convention split by a section boundary: an unclosed quote takes the speaker of
    #    the quote that re-opens the next paragraph.
    for k in range(n - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if done[k] or q.close is not None or not done[k + 1]:
            continue
        p = para_of(q.open)
        if p + 1 < len(paras) and paras[p + 1][0] == nxt.open:
            speakers[k], cues[k], channels[k] = speakers[k + 1], cues[k + 1], channels[k + 1]
            done[k] = True
    return speakers, cues, channels


def _after(doc: Doc, q: Quote, nxt: Quote | None, frames: Sequence[Frame], starts: list[int]) -> Frame | None:
    """`"...," she said` — a frame after the close, before any sentence end or next quote."""
    if q.close is None:
        return None
    text = text_of(doc)
    last = text[q.close - 1] if q.close > 0 else ""
    limit = min(q.close + _MAX_GAP_CHARS, nxt.open if nxt is not None else len(text))
    k = bisect_left(starts, q.close + 1)
    if k >= len(frames) or frames[k].at >= limit:
        return None
    f = frames[k]
    gap = text[q.close + 1 : f.at]
    if "\n\n" in gap or "\n" in gap.strip(" \t"):
        return None
    # `"... done." Smith said.` only when the frame reports nothing else.
    ends_sentence = last in _SENT_END and not _starts_lower(gap)
    if ends_sentence and f.content is not None and not _mostly_quoted(f.content, [(q.open, q.close + 1)]):
        return None
    if _sentence_end_between(doc, q.close + 1, f.at):
        return None
    if f.subject is not None and doc[f.subject].idx < q.close:
        return None
    # The attribution starts right after the quote: its verb or its subject comes first.
    first = next((t for t in _tokens_from(doc, q.close + 1) if not (t.is_punct or t.is_space)), None)
    if first is None:
        return None
    subj_lo = f.verb
    if f.subject is not None:
        subj_lo = next(t.i for t in doc[f.subject].subtree if not t.is_punct or t.i == f.subject)
    if first.i not in (f.verb, subj_lo) and not (first.i < f.verb and first.dep_ in ("advmod", "aux")):
        return None
    return f


def _tokens_from(doc: Doc, char: int) -> Span:
    span = doc.char_span(char, len(text_of(doc)), alignment_mode="expand")
    return span if span is not None else doc[len(doc) : len(doc)]


def _before(
    doc: Doc, q: Quote, prev: Quote | None, frames: Sequence[Frame], starts: list[int]
) -> Frame | None:
    """`X said: "..."`, `X said that "..."`, `"First," she said, "second."`."""
    text = text_of(doc)
    k = bisect_left(starts, q.open) - 1
    if k < 0:
        return None
    f = frames[k]
    if prev is not None and (prev.close or prev.end) > f.at:
        return None
    if q.open - f.end > _MAX_GAP_CHARS:
        return None
    if f.content is not None and not _mostly_quoted(f.content, [(q.open, q.close or q.end)]):
        return None  # the frame reports its own clause; the quote is not its content
    gap = text[f.end : q.open]
    stripped = gap.strip()
    if "\n" in gap and (not stripped.endswith(":") or gap[gap.rindex("\n") :].strip()):
        return None
    if not _GAP_OK.match(stripped):
        return None
    if _sentence_end_between(doc, f.end, q.open):
        return None
    return f


def _colon_intro(doc: Doc, q: Quote, index: ArticleIndex, bound: int) -> Frame | None:
    """`X disagreed with these findings: "..."`: the subject of the clause the colon ends."""
    text = text_of(doc)
    before = text[: q.open].rstrip()
    if not before.endswith(":") or len(before) - 1 < bound:
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    if root.pos_ not in ("VERB", "AUX") or index.inside_quote(root.idx):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.idx < bound:
        return None
    if _inscription(subj):  # `A sign taped to a turnstile read: "..."`: nobody's words
        return Frame(root.idx, root.idx, root.i, subj.i, "", None, None, None, None)
    speaker, entity = index.resolve(subj, root.sent.start, root.i)
    if speaker is None:
        return None
    return Frame(root.idx, root.idx + len(root.text), root.i, subj.i, root.text, speaker, entity, None, None)


def _governing(doc: Doc, q: Quote, by_verb: dict[int, Frame]) -> Frame | None:
    """A quote inside the complement of a reporting verb before it: `tweeted "..."`, `said they "..."`."""
    span = doc.char_span(q.start, min(q.start + 1, len(text_of(doc))), alignment_mode="expand")
    if span is None or not len(span):
        return None
    a = span[0]
    for _ in range(12):
        f = by_verb.get(a.i)
        if f is not None:
            if f.at < q.open and (f.subject is None or doc[f.subject].idx < q.open):
                return f
            return None
        if a.head.i == a.i:
            break
        a = a.head
    return None


def _starts_lower(gap: str) -> bool:
    s = gap.lstrip(" \t,—–-")
    return bool(s) and s[0].islower()


def _sentence_end_between(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return any(t.is_punct and t.text[0] in _SENT_END for t in span)


def _only_quotes(text: str, para: tuple[int, int], quotes: Sequence[Quote]) -> bool:
    """True when nothing but quotation (and punctuation) stands in the paragraph."""
    s, e = para
    pos = s
    starts = [q.open for q in quotes]
    k = bisect_left(starts, s)
    # A quote opened in an earlier paragraph may still run through this one.
    if k > 0 and (quotes[k - 1].close or quotes[k - 1].end) >= s:
        k -= 1
    outside = []
    for q in quotes[k:]:
        if q.open >= e:
            break
        outside.append(text[pos : max(pos, q.open)])
        pos = max(pos, (q.close + 1) if q.close is not None else q.end)
    outside.append(text[pos:e] if pos < e else "")
    return not any(ch.isalnum() for part in outside for ch in part)


def _section_of(sections: Sequence[Section], char: int) -> Section | None:
    for s in sections:
        if s.start <= char < s.end:
            return s
    return None


def _lede_speaker(sections: Sequence[Section], frames: Sequence[Frame]) -> Speaker | None:
    lede = next((s for s in sections if s.kind == "lede"), None)
    if lede is None:
        return None
    for f in frames:
        if lede.start <= f.at < lede.end and f.speaker is not None:
            return f.speaker
    return None


def _source_speaker(
    doc: Doc, index: ArticleIndex, sections: Sequence[Section], sec: Section
) -> tuple[Speaker, str | None] | None:
    """Speaker and channel of the nearest `Source:` section before `sec`."""
    src = None
    for s in sections:
        if s.start >= sec.start:
            break
        if s.kind in _SOURCE_KINDS:
            src = s
    if src is None or not src.label:
        return None
    body = src.start + len(src.label) + 1
    speaker = _name_speaker(doc, index, body, src.end)
    if speaker is None:
        return None
    span = doc.char_span(body, src.end, alignment_mode="expand")
    channel = None
    if span is not None:
        preps = [t for t in span if t.lower_ in lx.CHANNEL_PREPS and t.dep_ == "prep"]
        if preps:
            channel = text_of(doc)[preps[0].idx : src.end].strip(_EDGE) or None
    return speaker, channel


def _name_speaker(doc: Doc, index: ArticleIndex, start: int, end: int) -> Speaker | None:
    """The speaker named first in text [start, end): a name, else the first noun phrase."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    named = index.find(text_of(doc)[start:end].strip(_EDGE), span)
    for t in span:
        ent = index.entity_of(t)
        if ent is not None:
            run_end = t.i
            while run_end + 1 < span.end and index.entity_of(doc[run_end + 1]) is ent:
                run_end += 1
            return ent.speaker(doc[t.i : run_end + 1].text)
    if named is not None:
        return named
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return None
    speaker, _ = index.resolve(head, span.start, span.end)
    return speaker


__all__ = ["Attributed", "Frame", "attribute", "find_frames"]
