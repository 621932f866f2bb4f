"""Speech frames: a reporting verb (`lexicon.REPORTING_VERBS`) or `according to X`, with a speaker.

Evidence verbs (`find`, `show`, `suggest`, `read`) need a text for subject, borrowed ones too
(`came home to find the door torn off` reports nothing); `suggest` also takes a named person or
body. Words borne by an object with no owner named (`a sign taped to the door read: "..."`,
`lexicon.INSCRIPTION_NOUNS`) have no speaker. Verbs inside direct quotes make no frame. A frame
with no content (`the report said nothing about`), or in a question (`How would they describe
you?`), makes no reported claim but may still attribute a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.rules.attribution.according import according_frame
from claimx.rules.attribution.agentless import as_clause, asked_frame, passive_frame, reportedly_frame
from claimx.rules.attribution.base import (
    EDGE,
    FINITE_TAGS,
    Frame,
    acts,
    char_to_token,
    clause_subject,
    finite_modifier,
    gerund_of,
    inscription,
    is_reporting,
    marks,
    published,
    speaker_participle,
    text_participle,
)
from claimx.rules.attribution.content import WH_TAGS, comma_trailing, predicate, reported_content
from claimx.rules.attribution.nouns import noun_frame
from claimx.rules.names import ArticleIndex, Entity

# Speakers that can suggest something: a person or body, not `the attack` or `the hashtag`.
_VOICES = frozenset({"PERSON", "ORG"})


_DEMONSTRATIVES = frozenset("this that these those which".split())


def find_frames(doc: Doc, index: ArticleIndex, bound: int, qspans: Sequence[tuple[int, int]]) -> list[Frame]:
    """Every speech frame outside direct quotes, in text order, speakers resolved."""
    frames: list[Frame] = []
    by_verb: dict[int, Frame] = {}
    for t in doc:
        if t.idx < bound or index.inside_quote(t.idx):
            continue
        frame = None
        if t.lower_ == "according":
            frame = according_frame(doc, t, index, bound)
        elif t.lower_ in lx.HEARSAY_ADVERBS:
            frame = reportedly_frame(doc, t, bound)
        elif (asked := asked_frame(doc, t, index, bound)) is not None:
            frame = asked
        elif t.lemma_.lower() in lx.PASSIVE_CUES and t.tag_ == "VBN" and not is_reporting(t):
            frame = passive_frame(doc, t, index, bound)
        elif is_reporting(t):
            frame = _verb_frame(doc, t, index, bound, by_verb)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in lx.CUE_NOUNS:
            frame = noun_frame(doc, t, index, bound)
        if frame is None:
            continue
        frame.content = _clip_at_quote(doc, frame, qspans)
        frames.append(frame)
        by_verb[t.i] = frame
        if frame.entity is not None:
            index.memory.note(frame.subject if frame.subject is not None else t.i, frame.entity)
    return frames


def _verb_frame(
    doc: Doc, t: Token, index: ArticleIndex, bound: int, by_verb: dict[int, Frame]
) -> Frame | None:
    lemma = t.lemma_.lower()
    # The subject nearest the verb: the parser sometimes hangs a dateline word on it too.
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "expl")]
    if not subjects and _after_close(t):
        # `"...," said a protester using a pseudonym`: the parser takes the speaker for an object.
        subjects = [c for c in t.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")][:1]
    elif not subjects and t.i > 0 and t.doc[t.i - 1].ent_type_ in ("PERSON", "ORG"):
        # `"...," Caloundra coach Geoff Ingram said.` with the name phrase hung elsewhere.
        start = t.i - 1
        while start > t.sent.start and not (
            t.doc[start - 1].is_punct or t.doc[start - 1].pos_ in ("VERB", "AUX")
        ):
            start -= 1
        if start > t.sent.start and t.doc[start - 1].text in (",", "”", '"', "’", "—"):
            subjects = [t.doc[t.i - 1]]
    if not subjects and t.pos_ == "NOUN":
        # `..., records show.`: the tagger made the verb a noun and its subject a compound.
        subjects = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1]
    if not subjects and (text_participle(t) or finite_modifier(t) or speaker_participle(t)):
        subjects = [t.head]  # `A Quinnipiac poll found last week that ...`, `The partner asked for ...`
    if not subjects and t.dep_ in ("ROOT", "dep"):
        subjects = _orphan_subject(t)
    subj = min(subjects, key=lambda c: abs(c.i - t.i)) if subjects else None
    if subj is not None:
        subj = _whole_of(subj)
    as_content = as_clause(doc, t, bound)
    voiceless = False
    speaker: Speaker | None = None
    entity: Entity | None = None
    inscribed = False
    if subj is not None and subj.dep_ != "expl":
        bearer = subj.lemma_.lower() in lx.INSCRIPTION_NOUNS
        inscribed = inscription(subj)
        if bearer and lemma not in lx.TEXT_VERBS and lemma not in lx.REPORTING_VERBS:
            return None
        if (
            not bearer
            and lemma in lx.EVIDENCE_VERBS
            and lemma not in lx.SPEAKER_EVIDENCE_VERBS
            and subj.lemma_.lower() not in lx.DOCUMENT_NOUNS
            and not (lemma in lx.FINDING_VERBS and _finding_clause(t))
        ):
            return None
        if not inscribed:
            lo = bound
            hi = len(doc) if subj.i > t.i else t.i
            speaker, entity = index.resolve(subj, char_to_token(doc, lo), hi)
            named = _name_before(t, subj)
            if named is not None and (speaker is None or speaker.type != "PERSON"):
                # `Caloundra coach Geoff Ingram said`: the parser took the place for the subject.
                subj = named
                speaker, entity = index.resolve(subj, char_to_token(doc, lo), hi)
        if speaker is not None and speaker.type == "anonymous" and subj.lemma_.lower() in lx.DOCUMENT_NOUNS:
            # `an editorial in The Valley Herald`, `a report by the ministry`, `the judge's
            # statement`: the owner speaks.
            owner = _owner(subj)
            if owner is not None:
                voiced, voiced_entity = index.resolve(owner, char_to_token(doc, bound), len(doc))
                if voiced is not None and voiced.type in _VOICES:
                    speaker, entity = voiced, voiced_entity
        if lemma in lx.TEXT_VERBS and speaker is not None and speaker.type == "anonymous":
            speaker, entity = None, None  # `read a printed note`: a text nobody is named for
    elif published(t):
        # The text's owner: `Trump's statement saying`, `the campaign released a statement saying`.
        owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
        if owner is None and (
            t.head.dep_ == "dobj" or (t.head.dep_ == "pobj" and t.head.head.lower_ in lx.CHANNEL_PREPS)
        ):
            # `released a statement saying`, `said in a letter stating`: who issued the text.
            verb = t.head.head if t.head.dep_ == "dobj" else t.head.head.head
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is None and lemma in lx.EVIDENCE_VERBS:
            # `despite polls showing her behind`, `with polls showing X leading`: no one issues the
            # polls in the clause (the subject of `campaigned` is not their owner); the text speaks.
            owner = t.head
        if owner is not None:
            speaker, entity = index.resolve(owner, char_to_token(doc, bound), t.i)
            subj = owner
    elif (gerund_subject := gerund_of(t)) is not None:
        subj = gerund_subject  # `landed in trouble by saying that ...`
        speaker, entity = index.resolve(subj, char_to_token(doc, bound), max(t.i, subj.i + 1))
    elif as_content is not None and t.tag_ == "VBN":
        voiceless = True  # `As revealed at trial, ...`: no one named reveals it
    elif t.dep_ in ("conj", "advcl", "xcomp") and t.head.i in by_verb:
        parent = by_verb[t.head.i]
        speaker, entity, subj_i = parent.speaker, parent.entity, parent.subject
        subj = doc[subj_i] if subj_i is not None else None
    elif t.dep_ in ("conj", "advcl", "xcomp") and t.tag_ in ("VBG", "VB", "VBD", "VBZ"):
        # `X congratulated Y, saying ...`: the subject of the verb it hangs on, through conjuncts and
        # participles (`did not know the date and said ...`, `attacked X, calling it Y and asserting ...`).
        head_subj = clause_subject(t)
        if head_subj is not None:
            speaker, entity = index.resolve(
                head_subj, char_to_token(doc, bound), max(head_subj.head.i, head_subj.i + 1)
            )
            subj = head_subj
    elif lemma in lx.EVIDENCE_VERBS:
        return None
    if (
        lemma in lx.EVIDENCE_VERBS
        and (subj is None or subj.lemma_.lower() not in lx.TEXT_NOUNS)
        and not (lemma in lx.SPEAKER_EVIDENCE_VERBS and _voice(subj, speaker))
        and not (lemma in lx.FINDING_VERBS and _finder(t, subj, speaker) and _finding_clause(t))
    ):
        # A text's verb needs a text for subject, borrowed ones too: `came home to find his door
        # torn off` is no finding. `suggest` also takes a person or body: `X suggested that ...`.
        return None
    if speaker is None and subj is not None and subj.pos_ == "PRON" and subj.lower_ in lx.UNNAMED_PRONOUNS:
        # `I told her that ...`, or `she said ...` with no one she can be: the claim stands, its
        # speaker unnamed (the pronoun as written, none for the first person), and it attributes no quote.
        voiceless = True
        if subj.lower_ not in ("i", "we"):
            speaker = Speaker(name=subj.lower_, mention=subj.text, type="anonymous")
        elif not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            return None  # the writer's own `we asked X to cater`: a request, not reported words
    if speaker is None and subj is None and not voiceless:
        return None
    if speaker is None and lemma not in lx.TEXT_VERBS and not inscribed and not voiceless:
        return None
    # A subject borrowed from the verb a participle hangs on (`While commenting on X, Fallin said`)
    # stands after the participle without inverting it: its content is no clause before it.
    own = subj if subj is not None and (subj.head.i == t.i or subj.i < t.i) else None
    opening = subj is not None and own is None  # `Recalling the pitfalls, the party began ...`
    if as_content is not None:
        content: tuple[int, int] | None = as_content
    elif lemma in lx.CALLING_VERBS:
        content = predicate(doc, t, bound)
        if content is None and lemma in lx.PREP_CONTENT:
            content = reported_content(doc, t, own, bound)  # `called for NATO members to increase ...`
        if content is None:
            return None
    elif opening and not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children):
        # An opening participle's object (`Pointing to one change, X noted ...`, `Commenting on the
        # race, X said ...`) is a topic, not a claim; its clause (`Announcing that the plant would
        # close, X ...`) is.
        content = None
    else:
        content = reported_content(doc, t, own, bound)
    if _question(t):
        content = None  # `How do your teammates describe you?` asks; it reports nothing
    if content is None and not inscribed and (subj is None or subj.i < t.i):
        # `<clause>, Fisheries Minister Colleen MacAskill announced today.` with the name tangled
        # into the clause by the parser: the name just before the verb speaks.
        trailing = comma_trailing(doc, t, index, bound)
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
        voiceless=voiceless,
        quotes=not speaker_participle(t),
    )


def _whole_of(subj: Token) -> Token:
    """`Part of the judge's statement reads ...`: the text a part is taken from speaks."""
    if subj.lemma_.lower() not in lx.PART_NOUNS:
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.lemma_.lower() in lx.TEXT_NOUNS else subj


def _orphan_subject(t: Token) -> list[Token]:
    """The subject of a reporting verb the parser left without one, when a clause follows.

    `Activists clamoring to block X say ...` (the subject hangs on a participle the parser made
    the verb's clausal subject); `two members, A and B, have said ...` (the name phrase right before
    the verb, its auxiliaries and adverbs, hung elsewhere).
    """
    if not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
        return _inverted_name(t)
    for c in t.children:
        if c.dep_ == "csubj" and c.i < t.i:
            return [g for g in c.children if g.dep_ == "nsubj"][:1]
    if t.dep_ == "dep":
        # `activists clamoring to block X say ...` with the verb hung on the participle.
        head = t.head
        return [g for g in head.children if g.dep_ == "nsubj"][:1] if head.tag_ == "VBG" else []
    k = t.i - 1
    if t.doc[k].text == ")":
        # `Sen. Chris Murphy (a Connecticut Democrat ...) says`: the name before the parenthesis.
        depth = 0
        while k > t.sent.start:
            depth += {")": 1, "(": -1}.get(t.doc[k].text, 0)
            if depth == 0:
                break
            k -= 1
        k -= 1
    while k > t.sent.start and t.doc[k].dep_ in ("aux", "neg", "advmod") and t.doc[k].head.i == t.i:
        k -= 1
    if t.doc[k].text == "," and k - 1 > t.sent.start and t.doc[k - 1].pos_ == "PROPN":
        k -= 1  # `two members of Congress, A and B, have said`: the apposition's last name
    last = t.doc[k]
    if k < t.sent.start or last.pos_ not in ("NOUN", "PROPN", "NUM") or last.dep_ in ("compound", "poss"):
        return []
    if any(x.pos_ in ("VERB", "AUX") for x in t.doc[last.left_edge.i : k]):
        return []
    return [last]


def _inverted_name(t: Token) -> list[Token]:
    """`"...," Brent Bozell III, founder of X, tells Y`: the name that opens the verbless stretch
    between a closing quote mark and the verb, when the parser hung it elsewhere."""
    doc = t.doc
    k = t.i - 1
    while k > t.sent.start and not _closing_mark(doc[k]):
        if acts(doc[k]) or doc[k].text in ".;:!?":
            return []
        k -= 1
    if k <= t.sent.start or k + 1 >= t.i:
        return []
    first = next((x for x in doc[k + 1 : t.i] if not x.is_punct), None)
    if first is None or first.ent_type_ not in ("PERSON", "ORG") or first.ent_iob_ != "B":
        return []
    # The person of the stretch speaks for the body before them (`Caloundra coach Geoff Ingram`).
    person = next((x for x in doc[first.i : t.i] if x.ent_type_ == "PERSON" and x.ent_iob_ == "B"), None)
    if person is not None and not any(x.text == "," for x in doc[first.i : person.i]):
        first = person
    last = first
    while last.i + 1 < t.i and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    return [last]


def _closing_mark(tok: Token) -> bool:
    """A closing quote mark, whatever the tagger made of a straight one glued to the word before it."""
    if tok.tag_ == "''" or tok.text in ("”", "’", "»"):
        return True
    return tok.text == '"' and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _voice(subj: Token | None, speaker: Speaker | None) -> bool:
    """A person or body that can suggest: not `it`/`this` (a finding) nor `the attack`."""
    if subj is None or speaker is None:
        return False
    if speaker.type not in _VOICES and not (
        speaker.type == "anonymous"
        and (subj.lemma_.lower() in lx.ANONYMOUS_NOUNS or subj.lower_ in lx.QUANTIFIER_VOICES)
    ):  # `experts suggest`, `some have suggested`
        return False
    return not (subj.pos_ in ("PRON", "DET") and subj.lower_ in lx.NEUTER_PRONOUNS | _DEMONSTRATIVES)


def _finder(t: Token, subj: Token | None, speaker: Speaker | None) -> bool:
    """`researchers found that ...`, `Fox found that ...`: the verb's own subject, a person or body."""
    if subj is None or speaker is None or subj.dep_ != "nsubj" or subj.i > t.i:
        return False
    if (
        speaker.type == "anonymous"
        and subj.lemma_.lower() not in lx.ANONYMOUS_NOUNS
        and subj.lower_ not in lx.QUANTIFIER_VOICES
    ):
        return False
    return speaker.type in (*_VOICES, "anonymous") and _voice_pronoun(subj)


def _voice_pronoun(subj: Token) -> bool:
    return not (subj.pos_ in ("PRON", "DET") and subj.lower_ in lx.NEUTER_PRONOUNS | _DEMONSTRATIVES)


def _finding_clause(t: Token) -> bool:
    """`t` has a clause after it that is a finding: `found that ...`, or a finite clause with its own
    subject (`found most of the people who died were affected`), not `found the door torn off`."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)  # `came home to find ...`
    if _inverted(t) and any(c.dep_ == "ccomp" and c.i < t.i and _finite(c) for c in t.children):
        return True  # `Clinton has kept her lead among X, Fox found.`
    return any(
        c.dep_ == "ccomp"
        and c.i > t.i
        and ("that" in marks(c) or (not infinitive and _finite(c) and c.left_edge.tag_ not in WH_TAGS))
        for c in t.children
    )


def _inverted(t: Token) -> bool:
    """Only a subject, a time or a channel stands around `t` after the clause it ends: `..., X found.`"""
    ok = ("nsubj", "punct", "npadvmod", "advmod", "prep", "ccomp")
    return (
        t.dep_ == "ROOT"
        and all(c.dep_ in ok for c in t.children)
        and all(
            x.is_punct or x.is_space or x.head.i == t.i or x.head.i > t.i for x in t.doc[t.i + 1 : t.sent.end]
        )
    )


def _finite(c: Token) -> bool:
    """A clause with a subject and a tensed verb or auxiliary: `most of them were affected`."""
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
        return False
    return c.tag_ in FINITE_TAGS or any(
        g.dep_ in ("aux", "auxpass") and g.tag_ in FINITE_TAGS for g in c.children
    )


def _question(t: Token) -> bool:
    """The sentence of `t` is a question: its last token is a bare `?` (not a quoted one)."""
    last = next((x for x in reversed(t.sent) if not x.is_space), None)
    return last is not None and last.text == "?"


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
    return doc[head.left_edge.i : end + 1].text.strip(EDGE)


def _after_close(t: Token) -> bool:
    """`t` follows a closing quotation mark, with at most a comma between: `"...," said X`."""
    k = t.i - 1
    while k >= max(0, t.i - 3) and t.doc[k].is_punct:
        if t.doc[k].tag_ == "''" or t.doc[k].text in ("”", "’", "»"):
            return k > t.sent.start
        k -= 1
    return False


def _clip_at_quote(doc: Doc, f: Frame, qspans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The content of `"...," Hong Kong director Man-kei Tam said` ends at the quote, not at the name.

    An inverted frame whose content runs past a quote's close with no verb between the close and
    the cue: the parser hung the speaker's phrase on the quote; the content is the quote. Not when a
    clause of the reporter's text leads into the quote (a verb before its opening mark): then the
    quote is a run inside the reported clause, and the clause is the content.
    """
    if f.content is None or f.content[1] > f.at:
        return f.content
    s, e = f.content
    for qs, qe in qspans:
        if qs >= e or qe > e or qe <= s:
            continue
        gap = doc.char_span(qe, f.at, alignment_mode="expand")
        lead = doc.char_span(s, qs, alignment_mode="expand") if qs > s else None
        if lead is not None and any(x.pos_ in ("VERB", "AUX") for x in lead if x.idx < qs):
            continue  # `The closure signals "a dark day for the town", said Y`: a clause holds it
        if gap is not None and not any(x.pos_ in ("VERB", "AUX") for x in gap if x.i < f.verb):
            return (max(s, qs + 1), qe - 1)
    return f.content


def _name_before(t: Token, subj: Token) -> Token | None:
    """The person's name that ends a verbless subject phrase right before `t`, if not `subj`."""
    last = t.doc[t.i - 1]
    if not subj.i < last.i or last.ent_type_ != "PERSON":
        return None
    if any(x.pos_ in ("VERB", "AUX") or (x.is_punct and x.text in ",;:.") for x in t.doc[subj.i : t.i]):
        return None
    return last


def _owner(doc_noun: Token) -> Token | None:
    """The body named for a text: `an editorial in X`, `a report by X`, `a statement from X`."""
    poss = next((c for c in doc_noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if poss is not None and (poss.pos_ == "PROPN" or poss.lemma_.lower() in lx.ROLE_NOUNS):
        return poss
    for prep in doc_noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "from", "of"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
    return None
