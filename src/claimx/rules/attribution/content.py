"""What a reporting verb reports: the char span of its content.

- a clausal complement after the verb (`X said (that) ...`, `X told Reuters ...`), with the verb's
  own subject-less conjuncts (`said A and would B`) and modal conjuncts the parser hung on the verb
  (`has announced that A, but B may still ...`; after a past-tense verb only back-shifted modals:
  `could`, not `will`);
- the clause before an inverted attribution (`..., the Air Force said.`, `..., two people familiar
  with the matter said.`), also when the parser tangled the speaker into that clause: a finite verb
  ending the sentence after a short verbless name phrase (`..., Fisheries Minister X announced today.`);
- a `that` clause the parser hung elsewhere (`said in a statement that ...`);
- for `deny`/`confirm`/`claim`, a noun-phrase object;
- for `call`/`describe`/`brand`/... (`lexicon.CALLING_VERBS`), the object with its predicate
  (`called the walkout a "disaster"`, `described it as an insult`), never a naming (`call the bridge
  the Iron Lady`, `what locals call`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.rules.attribution.base import (
    FINITE_TAGS,
    acts,
    char_span,
    char_to_token,
    is_reporting,
    marks,
    subordinate_start,
)
from claimx.rules.names import ArticleIndex, Entity

# What may follow a trailing attribution's verb: `..., X said on Monday in a statement.`
TRAILING_DEPS = frozenset("punct prep npadvmod advmod agent".split())


# Words that open a clause of the speaker's reasoning: `said ..., so it is no burden`.
_REASON_WORDS = frozenset("so because since although though unless".split())
_BACKSHIFTED = frozenset("would could might may should must ought".split())


WH_TAGS = frozenset("WDT WP WP$ WRB".split())


def reported_content(doc: Doc, t: Token, subj: Token | None, bound: int) -> tuple[int, int] | None:
    """Char span of what `t` reports, or None."""
    lo = max(t.sent.start, char_to_token(doc, bound))
    absolute = _absolute(doc, t, lo)
    if absolute is not None:
        return absolute
    comps = [c for c in t.children if c.dep_ == "ccomp" or _approximated(c)]
    after = [c for c in comps if c.i > t.i]
    if after:
        # Never before the verb: `which his wife said was due to ...` reports `was due to ...`.
        start = max(min(c.left_edge.i for c in after), t.i + 1)
        end = max(c.right_edge.i for c in after)
        start = _orphan_clause_subject(t, after, start)
        start = _date_of_saying(doc, t, after, start)
        for c in t.children:
            if (
                c.dep_ in ("conj", "advcl")
                and c.i > end
                and c.lemma_.lower() not in lx.REPORTING_VERBS
                and (
                    (c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                    or (c.dep_ == "conj" and _modal(c, t))
                    or _reasoning(doc, c, end)
                )
            ):
                end = max(end, c.right_edge.i)
        return char_span(doc, start, end, lo)
    asyndetic = _asyndetic(doc, t)
    if asyndetic is not None:
        return char_span(doc, asyndetic[0], asyndetic[1], lo)
    # A clause before a semicolon is the reporter's (`X launched; Thunberg promised protests ...`);
    # what a text shows after one is no claim either (`Mass began; footage shows pews broken`).
    before = [c for c in comps if c.i < t.i]
    if t.lemma_.lower() not in lx.EVIDENCE_VERBS:
        before = [c for c in before if not any(x.text == ";" for x in doc[c.right_edge.i + 1 : t.i])]
    if before or (subj is not None and subj.i > t.i) or t.dep_ == "parataxis":
        # Inverted: `..., the Air Force said.` The content ends before the attribution.
        cut = min(t.i, subj.left_edge.i if subj is not None else t.i)
        while subj is not None and cut - 1 > lo and not doc[cut - 1].is_punct and not acts(doc[cut - 1]):
            cut -= 1  # `..., Caloundra coach Geoff Ingram said`: the whole name phrase is the attribution
        start = min(c.left_edge.i for c in before) if before else lo
        if t.dep_ == "parataxis":
            start = min(start, t.head.left_edge.i)
        start = _coordinated_content(doc, t, start)
        start = max(start, lo)
        semis = [k for k in range(start, cut) if doc[k].text == ";"]
        if semis:
            start = semis[-1] + 1  # `A; footage shows ...`: A is the reporter's, not the footage's
        clause_end = t.head.right_edge.i if t.dep_ == "parataxis" else t.i
        if clause_end > t.right_edge.i + 1:
            # Parenthetical: `The data were, the study says, more closely correlated ...`.
            return char_span(doc, start, clause_end, lo)
        tail = _continuation(doc, t)
        if tail is not None and cut - start >= 3:
            # `The letters covered many topics, the Courier said, including schools`: the clause goes
            # on after the attribution, as the parenthetical above does.
            return char_span(doc, start, tail, lo)
        if cut - start >= 3:
            return char_span(doc, start, cut - 1, lo)
        return None
    if subj is not None and subj.i < t.i and _trailing_attribution(doc, t, subj, lo):
        return char_span(doc, lo, subj.left_edge.i - 2, lo)
    if subj is not None and subj.i < t.i and t.dep_ == "ROOT":
        # A `that` clause the parser attached elsewhere (`said in a statement that ...`).
        for k in range(t.i + 1, min(t.i + 10, t.sent.end)):
            m = doc[k]
            if m.lower_ == "that" and m.dep_ == "mark" and m.head.i > m.i:
                return char_span(doc, m.i + 1, m.head.right_edge.i, lo)
            if m.pos_ == "VERB" or (m.is_punct and m.text in ".;"):
                break
    return _objects(doc, t, subj, lo)


# Marks of a clause that goes on with the reported one after a parenthetical attribution: `there
# is no chance of that, officials insist, because ...`.
_GOING_ON_MARKS = frozenset("because since although though while whereas unless if so".split())


def _continuation(doc: Doc, t: Token) -> int | None:
    """The last token of what goes on with an inverted attribution's content after it, or None.

    `..., the Courier said, including schools`, `..., Ruiz said, by the rules`, `..., officials
    insist, because ...`, `..., the survey shows, with each getting 30 percent`: a phrase or
    marked clause the parser hung on the verb, after a comma that follows the attribution, to the
    sentence's end. Not a participle of the speaker's own (`..., she said, adding that ...`,
    `citing ...`), which is another act, nor a phrase without the comma (`said on Monday`).
    """
    after = sorted((c for c in t.children if c.i > t.i and c.dep_ != "punct"), key=lambda c: c.i)
    going = [
        c
        for c in after
        if doc[c.left_edge.i - 1].text == ","
        and (
            (c.dep_ == "prep" and c.lower_ not in lx.CHANNEL_PREPS)
            or (c.dep_ == "advcl" and bool(marks(c) & _GOING_ON_MARKS))
        )
    ]
    if not going:
        return None
    first = going[0]
    if any(c.i < first.i and c.dep_ not in TRAILING_DEPS for c in after):
        return None  # `said X, ...`: an object or a clause of its own between
    if any(is_reporting(x) for x in doc[first.left_edge.i : t.sent.end]):
        return None
    end = max(c.right_edge.i for c in going)
    if any(not (x.is_punct or x.is_space) for x in doc[end + 1 : t.sent.end]):
        return None  # the phrase does not end the sentence
    return end


def _objects(doc: Doc, t: Token, subj: Token | None, lo: int) -> tuple[int, int] | None:
    """Content that is no clause: `denied the report`, `promised to rebuild`, `accused X of lying`.

    A noun-phrase object counts for `lexicon.DOBJ_VERBS` alone, for others only before an
    infinitive (`urged residents to leave`) or a content preposition (`blamed X for Y`): never
    the listener (`warned residents`, `told reporters`). Content of one word (`denied it`) is none.

    A noun phrase without a verb asserts nothing (`its selection of Thunberg`): what can be
    checked is the act itself, `Time announced its selection of Thunberg`. So such a claim runs
    from the speaker before the verb (else the verb) to the object's end, and its actor is the
    speaker. An object holding an event (`accused the governor of hiding ...`) stays as it is.
    """
    lemma = t.lemma_.lower()
    preps = lx.PREP_CONTENT.get(lemma, frozenset())
    kids = [c for c in t.children if c.i > t.i]
    core = [
        c
        for c in kids
        if (
            c.dep_ == "xcomp"
            and lemma in lx.XCOMP_VERBS
            and any(g.lower_ == "to" for g in c.children)
            and (lemma not in lx.OBJECT_XCOMP_VERBS or any(k.dep_ in ("dobj", "dative") for k in kids))
        )
        or (_gerund_content(c) and lemma not in lx.NARRATIVE_CUES and _adjacent(doc, t, c))
        or (c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ in ("pobj", "pcomp") for g in c.children))
        or (c.dep_ == "advcl" and _opened_by(c, preps))  # `asked for the price to be kept secret`
        or (c.dep_ == "advcl" and lemma in lx.QUESTION_VERBS and bool(marks(c) & _QUESTION_MARKS))
    ]
    alone = lemma in lx.DOBJ_VERBS or lemma in lx.EVIDENCE_DOBJ_VERBS
    objs = [c for c in kids if c.dep_ in ("dobj", "dative") and (alone or core)]
    if objs and alone and not core:
        objs = [c for c in objs if c.dep_ == "dobj"]
    parts = objs + core
    if not parts:
        return None
    first = doc[t.left_edge.i]
    if (
        objs
        and any(c.dep_ == "xcomp" for c in core)
        and first.tag_ in ("WP", "WDT")
        and first.dep_ not in ("nsubj", "nsubjpass")
        and first.i < t.i
    ):
        # `what (a partner) told him to do`: a free relative, the order's object a gap (not `which
        # Beijing has vowed to defend`, whose infinitive is the claim).
        return None
    start = min(c.left_edge.i for c in parts)
    end = max(c.right_edge.i for c in parts)
    if (doc[start].dep_ == "prep" and doc[start].head.i == t.i) or (
        doc[start].dep_ == "mark" and doc[start].lower_ in preps
    ):
        start += 1  # `spoke of a visit`: the content is what the preposition opens
    if any(doc[k].text in ".;" for k in range(t.i + 1, start)):
        return None
    standing = next((c for c in t.children if c.i == end + 1 and c.dep_ == "prep"), None)
    if lemma in lx.EVIDENCE_DOBJ_VERBS and not core and standing is not None and standing.lower_ in _STANDING:
        # `the poll shows Reed with a lead`: what a text shows of one name is in the phrase after it
        # (not `showed it on Monday`).
        end = _modifiers_after(doc, t, end)
    if end == start:
        return None  # `denied it`, `claimed credit`, `won delegates`: one word says nothing checkable
    end = _modifiers_after(doc, t, end)
    # A participle modifying a noun (`a reported death`) is no event of the phrase.
    if not core and not any(x.pos_ in ("VERB", "AUX") and x.dep_ != "amod" for x in doc[start : end + 1]):
        start = subj.left_edge.i if subj is not None and lo <= subj.left_edge.i < t.i else t.i
    return char_span(doc, start, end, lo)


# Prepositions of a standing in a poll: `shows Reed with 40 percent`, `within two points of`.
_STANDING = frozenset("with within at ahead behind among".split())
# Marks of an indirect question: `asked the drivers if they would strike`.
_QUESTION_MARKS = frozenset("if whether".split())


def _gerund_content(c: Token) -> bool:
    """`reported spending $6 million`, `suggested boycotting the firm`, and the clause the parser
    reads so when its subject is a gerund (`said seeing so many officers was a welcome sight`), or
    `denied having met X`: a gerund the verb takes as its complement, what was said or reported.
    Not after a verb of narration (`will continue screening`) nor after a comma (see `_adjacent`)."""
    if c.dep_ != "xcomp":
        return False
    auxes = [g for g in c.children if g.dep_ in ("aux", "auxpass")]
    if c.tag_ == "VBG":
        return not auxes  # not `to` (an infinitive: `promised to`, kept for XCOMP_VERBS)
    # `denied having met the minister`: a perfect or passive gerund
    return c.tag_ == "VBN" and bool(auxes) and auxes[0].tag_ == "VBG"


def _adjacent(doc: Doc, t: Token, c: Token) -> bool:
    """Nothing but adverbs between `t` and the phrase of `c`: `asked quietly, turning to the crowd`
    goes on with a participle of manner, and in `asked people searching for relatives to call` the
    participle is the object's, not what was asked."""
    return all(x.pos_ == "ADV" or x.dep_ == "neg" for x in doc[t.i + 1 : c.left_edge.i])


def _modifiers_after(doc: Doc, t: Token, end: int) -> int:
    """`announced a concert [in support of X]`, `showed Trump [with a lead]`: phrases the parser hung
    on the verb that go on with the object, up to a comma, a new clause or the sentence's end."""
    for c in sorted(t.children, key=lambda c: c.i):
        if c.i <= end:
            continue
        if c.dep_ not in _OBJECT_MODIFIERS or any(x.text in ",;:.—(" for x in doc[end + 1 : c.i + 1]):
            break
        end = c.right_edge.i
    return end


# Dependents of the verb after its object that complete the object's phrase.
_OBJECT_MODIFIERS = frozenset("prep advcl npadvmod oprd acomp xcomp".split())


# Words the parser reads as prepositions that open a number: `said about 40 people were hurt`.
_APPROXIMATORS = frozenset("about around nearly over under almost roughly".split())


def _absolute(doc: Doc, t: Token, lo: int) -> tuple[int, int] | None:
    """`with local media reporting no-one was in the houses`: the parser hangs the `with` phrase on
    the clause it reports; that clause, after the phrase, is the content."""
    if t.dep_ != "pcomp" or t.head.lower_ != "with" or t.head.dep_ != "prep":
        return None
    if any(c.dep_ == "ccomp" for c in t.children):
        return None
    verb = t.head.head
    # The clause is the one the phrase hangs on, or (as often) a conjunct of it the parser made,
    # right after the phrase.
    clause: Token | None = verb if verb.i > t.i else None
    if clause is None:
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("conj", "advcl") and c.i > t.i and c.left_edge.i == t.right_edge.i + 1
            ),
            None,
        )
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    return char_span(doc, t.right_edge.i + 1, clause.right_edge.i, lo)


def _opened_by(c: Token, preps: frozenset[str]) -> bool:
    """A clause the parser made adverbial, opened by a content preposition as its mark."""
    return c.left_edge.dep_ == "mark" and c.left_edge.head.i == c.i and c.left_edge.lower_ in preps


def _approximated(c: Token) -> bool:
    """`said about half of them left`: a clause the parser made adverbial, `about` for its mark."""
    return c.dep_ == "advcl" and bool(marks(c) & _APPROXIMATORS)


def _coordinated_content(doc: Doc, t: Token, start: int) -> int:
    """`A had X, and B had Y, the team reported.`: the parser makes the verb of saying a conjunct of the
    first clause; both clauses before `, and` are what it reports."""
    head = t.head
    if t.dep_ != "conj" or head.i >= start or head.pos_ not in ("VERB", "AUX"):
        return start
    k = start - 1
    while k > head.i and (doc[k].is_punct or doc[k].dep_ == "cc"):
        k -= 1
    joined = any(doc[j].dep_ == "cc" and doc[j].head == head for j in range(k + 1, start))
    return head.left_edge.i if joined and not any(x.text in ";:" for x in doc[head.i : start]) else start


def _date_of_saying(doc: Doc, t: Token, comps: list[Token], start: int) -> int:
    """`said last month it expected ...`: a date right after the verb and before the clause's subject
    times the saying, wherever the parser hung it; the content starts after it."""
    subjects = [g for c in comps for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i > t.i]
    if start != t.i + 1 or not subjects:
        return start
    first = min(g.left_edge.i for g in subjects)
    span = doc[start:first]
    if len(span) and all(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("on", ",") for x in span):
        return first
    return start


def _orphan_clause_subject(t: Token, comps: list[Token], start: int) -> int:
    """`said about half of the adjustment reflected ...`: the parser took the clause's subject for
    the verb's object; a subject-less clause right after that object starts at the object."""
    first = min(comps, key=lambda c: c.left_edge.i)
    if t.lemma_.lower() in lx.LISTENER_VERBS:
        return start  # `told reporters ...`, `warned residents the river ...`: the object listens
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in first.children):
        # `said [hundreds of ISIS (...)] [fighters escaped]`: an object glued to the clause's
        # subject is the front of that subject.
        obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < first.i), None)
        if (
            obj is not None
            and obj.right_edge.i + 1 == first.left_edge.i
            and _glued_by_parenthesis(obj, first)
        ):
            return min(start, obj.left_edge.i)
        return start
    for c in t.children:
        if not t.i < c.i < first.i or c.right_edge.i + 1 != first.left_edge.i:
            continue
        if c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "prep" and c.lower_ in _APPROXIMATORS):
            return min(start, c.left_edge.i)  # `said about half of them ...` too
    return start


def _glued_by_parenthesis(obj: Token, clause: Token) -> bool:
    """A parenthesis closes between the object and the clause: `ISIS (Islamic State) fighters`."""
    doc = obj.doc
    return ")" in (doc[obj.right_edge.i].text, doc[clause.left_edge.i].text)


def _reasoning(doc: Doc, v: Token, end: int) -> bool:
    """`said the loan paid for it, so it is no burden`: a clause of the speaker's own reasoning.

    A clause the parser hung on the reporting verb that `so`, `because` or a quote opens goes on
    with the content; `when asked`, `before leaving` and plain narration (`, and the bank ...`) do not.
    """
    for x in doc[end + 1 : v.left_edge.i + 1] if v.left_edge.i > end else doc[end + 1 : v.i + 1]:
        if x.is_quote:
            return True
        if x.is_punct or x.is_space or x.lower_ in ("and", "but"):
            continue
        return x.lower_ in _REASON_WORDS
    return False


def _asyndetic(doc: Doc, t: Token) -> tuple[int, int] | None:
    """`ruled the practice of drafting men, is unconstitutional`: a clause the parser split in two.

    The object's phrase is the subject of a finite verb the parser made a conjunct of the
    reporting verb, with no `and` between them and no subject of its own.
    """
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if obj is None:
        return None
    for v in t.children:
        if (
            v.dep_ not in ("conj", "advcl")
            or v.i < obj.i
            or v.pos_ not in ("VERB", "AUX")
            or v.tag_ not in FINITE_TAGS
        ):
            continue
        if v.dep_ == "advcl" and marks(v):
            continue  # `ruled the draft violated ...` splits a clause; `..., because it ...` is a clause
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in v.children):
            continue
        if any(x.dep_ == "cc" and x.head.i == t.i for x in doc[obj.i : v.i]):
            continue
        if not all(x.is_punct for x in doc[obj.right_edge.i + 1 : v.i]):
            # `posted a jump ..., beating forecasts as demand offset ...`: the verb belongs to
            # another clause the parser hung there, not to the object's phrase.
            continue
        return obj.left_edge.i, v.right_edge.i
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


def _trailing_attribution(doc: Doc, t: Token, subj: Token, lo: int) -> bool:
    """`<clause>, two people familiar with the matter said (on Monday).`: the parser found no complement."""
    comma = subj.left_edge.i - 1
    if comma - lo < 3 or doc[comma].text != ",":
        return False
    if not any(x.pos_ in ("VERB", "AUX") and x.tag_ in FINITE_TAGS for x in doc[lo:comma]):
        # `On Wednesday, as part of his campaign, X pledged ...`, `To a rousing ovation, X called
        # for ...`: no clause before, only phrases (a participle modifies, it does not assert).
        return False
    if subordinate_start(doc[lo]):
        return False  # `When the storm hit, residents reported.`: no main clause before
    tell = t.lemma_.lower() == "tell"
    for c in t.children:
        if c.i > t.i and c.dep_ not in TRAILING_DEPS and not (tell and c.dep_ in ("dobj", "dative")):
            return False
    return all(x.is_punct or x.is_space or x.head.i >= t.i for x in doc[t.i + 1 : t.sent.end])


def predicate(doc: Doc, t: Token, bound: int) -> tuple[int, int] | None:
    """What `X called the walkout a "disaster"` reports: the object with its predicate.

    The predicate is an object complement (`called the plan unworkable`), a second object
    (`branded the decision a betrayal`) or, for `describe`-like verbs, an `as` phrase. A proper
    name or a bare singular noun there is a naming, not a judgement (`call the bridge the Iron
    Lady`, `call it "forbidden pairing"`), and so is an idiom (`called it a day`).
    """
    lo = max(t.sent.start, char_to_token(doc, bound))
    if t.dep_ == "relcl":
        return None  # `The party, which describes itself as centrist, ...`: background, not a claim
    if any(c.tag_ in WH_TAGS for c in t.children):
        return None  # `what locals call a ghost town`: a naming
    objs = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i]
    oprd = [c for c in t.children if c.dep_ == "oprd" and c.i > t.i]
    pred: Token | None = oprd[0] if oprd else None
    end: Token | None = oprd[-1] if oprd else None  # `a non-starter` may come as three
    if pred is None and len(objs) >= 2:
        pred = end = objs[1]
    if pred is None and objs and t.lemma_.lower() in lx.AS_CALLING_VERBS:
        # `as` hangs on the verb or, as often, on the object: `described [the attacks as an act]`.
        as_ = next(
            (
                c
                for c in [*t.children, *objs[0].children]
                if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i
            ),
            None,
        )
        if as_ is not None:
            end = as_
            pred = next((c for c in as_.children if c.dep_ in ("pobj", "pcomp")), None)
        else:  # `described the dinner [as Washington celebrating itself]`: an `as` clause
            pred = end = next(
                (c for c in t.children if c.dep_ == "advcl" and c.i > objs[0].i and "as" in marks(c)),
                None,
            )
    if pred is None or end is None:
        return None
    # `as seeming shocked` (a gerund), `as Washington celebrating itself` (a name with a clause on it)
    # judge as well as `as an insult` does.
    clausal = (
        pred.tag_ == "VBG"
        or pred.dep_ == "advcl"
        or (pred.pos_ == "PROPN" and any(c.dep_ in ("acl", "relcl") for c in pred.children))
    )
    if (pred.pos_ not in ("NOUN", "ADJ") and not clausal) or pred.lemma_.lower() in lx.CALLING_IDIOMS:
        return None
    if pred.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in pred.children):
        return None  # a bare singular noun is a label: `they call it "forbidden pairing"`
    start = objs[0].left_edge.i if objs else pred.left_edge.i
    stop = end.right_edge.i
    while stop > start and (doc[stop].dep_ == "cc" or doc[stop].is_punct):
        stop -= 1  # `described the story as a hoax and ...`: not the dangling `and`
    return char_span(doc, start, stop, lo)


def comma_trailing(
    doc: Doc, t: Token, index: ArticleIndex, bound: int
) -> tuple[tuple[int, int], Token, Speaker, Entity | None] | None:
    """`<clause>, <speaker> <verb> [today | on Monday | in a statement].` read off the surface.

    For when the parser hung the speaker inside the clause: the verb ends the sentence, a short
    verbless phrase between the last comma and the verb names the speaker, and a main clause
    (not only `When ...`) stands before the comma. Returns the content, the speaker's head
    token, the speaker and its entity.
    """
    sent = t.sent
    lo = max(sent.start, char_to_token(doc, bound))
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
        if top.head.i != t.i or top.dep_ not in TRAILING_DEPS:
            return None
    comma = None
    for k in range(t.i - 1, max(lo, t.i - 12) - 1, -1):
        if doc[k].text == ",":
            comma = k
            break
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_ in WH_TAGS:
            return None
        if doc[k].is_punct and doc[k].text not in ".-'’&":
            return None
    if comma is None or comma == t.i - 1 or comma - lo < 3 or doc[comma + 1].pos_ in ("ADP", "SCONJ"):
        return None
    if subordinate_start(doc[lo]):
        return None
    if not any(x.pos_ in ("VERB", "AUX") for x in doc[lo:comma]):
        return None
    if any(x.text == ";" or is_reporting(x) for x in doc[lo:comma]):
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
    content = char_span(doc, lo, comma - 1, lo)
    if speaker is None or content is None:
        return None
    return content, head, speaker, entity
