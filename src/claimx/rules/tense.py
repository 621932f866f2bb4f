"""Does the clause a date hangs from look ahead or back? The tense test of `claimx.rules.dates`.

A heuristic over the small model's dependency parse: it reads the verb the date modifies, not the
sentence's main verb, and stops where another clause begins, so in `they said they would appeal the
decision, announced Wednesday` the `would` of the appeal does not move the announcement.

Limits: English only; a date whose clause shows no tense gets None (the caller decides), and so
does a scheduled day (`payable Nov. 7`, `let the permit expire Nov. 4`, `fixed a Nov. 2 deadline`,
`holders of record Nov. 12`, `extended the consultation to Nov. 15`) whatever the tense of the clause
reporting it; other nouns that carry a plan are read only through `next`/`upcoming` and deadlines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.lexicon.speech import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "ll", "shall", "wo", "would"})
# `may continue into February`, `must be returned by Jan. 14`, but not `may have`, `should have`
_MAYBE_AUX = frozenset({"may", "might", "must", "should"})
_FORWARD_LEMMAS = frozenset("expect due schedule slate anticipate predict forecast plan".split())
_FORWARD_WITH_TO = frozenset({"set", "go", "intend", "aim"})  # `is set to`, `going to`
_AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})
_DEADLINE_PREPS = frozenset({"by", "until", "till", "through", "before"})
# Verbs whose present tense is the reporter's present, not a timetable: `the ministry says on Monday`.
_NOT_SCHEDULED = frozenset(
    "say tell report claim confirm state write note add insist deny show reveal believe think know argue"
    " warn explain admit acknowledge suggest accuse estimate remain have want need seem appear".split()
)
# Dependencies that make a date the time of the verb above it (`meets on Tuesday`, `opens 1 April`).
_DATE_ADVERBIAL = frozenset({"pobj", "npadvmod", "tmod", "advmod", "nummod", "compound"})
_COMPLEMENTS = frozenset({"prep", "acomp", "attr", "oprd"})
# Verbs whose object is a plan, so a date below them is ahead whatever their tense:
# `planned to leave on Thursday`, `postponed the vote until Tuesday`.
_PLANNING_LEMMAS = frozenset("plan schedule intend postpone delay defer adjourn reschedule extend".split())
# Verbs of decision whose infinitive is what is to happen: `has decided to reopen the bridge in May`, `have
# agreed to step down in June` (the date times the infinitive, which comes after the decision). Only
# in the present or present perfect: after a simple past (`agreed to sell the farm in October`) the date is
# as often the decision's own.
_DECISION_LEMMAS = frozenset("decide agree vote pledge promise vow resolve".split())
# Verbs that fix a day: the day they take as object (`set 12 June as the last day`, `fixed June 3`) or
# that a hearing is `set for` is a scheduled day, the nearest one, whatever the tense.
_FIXING_LEMMAS = frozenset("set fix pick choose".split())
# Verbs that grant time up to a day (`gave the builders until 4 November`): that day is scheduled.
_GRANTING_LEMMAS = frozenset("give grant allow".split())
# Verbs whose plain present is also their past (`prices hurt growers on Friday`): the small model
# often tags the past VBP, so their VBP is no timetable.
_SAME_IN_PAST = frozenset(
    "hurt cut hit put set let cost shut spread cast quit bet burst split shed upset".split()
)
# Words that name the day something is scheduled for, whatever the tense of the clause that reports it
# (`declared a dividend payable Nov. 7`, `voted to let the permit expire Nov. 4`, `fixed a Nov. 2
# deadline`): the date is the nearest such day, ahead or back.
_SCHEDULE_LEMMAS = frozenset("payable effective expire deadline".split())
# A day that qualifies one of these nouns is also a scheduled day: `a later 14 January court date`.
_SCHEDULE_NOUNS = frozenset({"date"})
# Dependencies that open a clause of its own: a tense above one of these belongs to another event
# (`would appeal the decision, announced Wednesday`), so the walk up stops there.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj"})


def looks_ahead(span: Span) -> bool | None:
    """Whether the clause the date hangs from speaks of the future.

    Walks up the dependency tree from the date to the first word that shows a
    tense. Looking ahead: `will`/`'ll`/`shall`/`would`, `may`/`might` (not
    `may have`), `is to`, `going/set to`, `expected`, `due`, `scheduled`,
    `plans`, `predict`, a `next`/`upcoming` noun (`his next court appearance
    on 5 April`), and a deadline (`by`, `until`, `through`) on a verb that is
    not past. A present form that the date hangs from through prepositions
    only is a timetable (`the teams meet on Tuesday`, `the intake opens on
    April 1`, `talks are resuming on Monday`), except for reporting and state
    verbs (`says`, `remains`). Looking back: a past form (`said`, `has left`,
    `was held`), a participle that modifies a noun (`figures released on
    Monday`) and `since`. A planning verb (`planned to leave on Thursday`,
    `postponed until Tuesday`) looks ahead whatever its own tense, and so does the infinitive of a
    decision in the present or present perfect (`has decided to reopen the bridge in May`). Other
    present forms are passed through. The walk stops at the first verb that
    opens a clause of its own (`relcl`, `acl`, `advcl`, `ccomp`, `conj`...).
    A scheduled day (`payable`, `effective`, `expire`, `deadline`, `of record`, a past `extended to` or
    `planned for`, a day that is `set`/`fixed` or `set for`, `gave them until`, `a 14 January court
    date`) gives None before any verb is read. `next to` is a place, and the VBP of a verb whose
    past is the same word (`hurt`, `cut`) no timetable. Without any sign the answer is None: the caller
    picks its default.
    """
    tok: Token = span.root
    content_verb = _content_verb(span)
    deadline = False  # only the date's own preposition counts, not one higher up
    verb_seen = False
    direct = tok.dep_ in _DATE_ADVERBIAL  # the date times the verb above it, through prepositions only
    for _ in range(12):
        if tok.head.i == tok.i:
            break
        below, tok = tok, tok.head
        if content_verb is not None and not verb_seen and tok.pos_ in ("VERB", "AUX"):
            below, tok, content_verb = tok, content_verb, None
        if not verb_seen and tok.dep_ == "prep":
            if tok.lower_ == "since":
                return False  # `since Monday` counts from the past whatever the tense
            # `before Friday's trades`: a possessive date names the day of the noun, not a deadline.
            deadline = deadline or (tok.lower_ in _DEADLINE_PREPS and span.root.dep_ != "poss")
        if not verb_seen and (tok.lemma_ in _SCHEDULE_LEMMAS or _of_record(tok)):
            return None
        if not verb_seen and below.dep_ in ("compound", "nummod", "nmod") and tok.lemma_ in _SCHEDULE_NOUNS:
            return None
        if not verb_seen and tok.pos_ == "VERB" and _fixes_day(tok, below, deadline):
            return None
        if tok.lemma_ in _DECISION_LEMMAS and below.dep_ == "xcomp" and verb_seen and _now_or_perfect(tok):
            return True
        if tok.lemma_ in _PLANNING_LEMMAS and tok.pos_ == "VERB":
            if deadline or below.dep_ == "xcomp":
                return True
            if below.dep_ == "prep" and below.lower_ in ("to", "for") and tok.tag_ in ("VBD", "VBN"):
                # `extended the consultation to Nov. 15`, `planned for early May`: moved to that day, near it
                return None
        verdict = _tense(tok, deadline, direct and not verb_seen)
        is_verb = tok.pos_ in ("VERB", "AUX")
        verb_seen = verb_seen or is_verb
        direct = direct and tok.pos_ == "ADP" and tok.lower_ != "as"  # `as of Sunday` is a snapshot
        if verdict is not None:
            return verdict
        if is_verb and tok.dep_ in _CLAUSE_DEPS:
            return None
    return None


def _content_verb(span: Span) -> Token | None:
    """The verb of the reported clause before the date when the parser hung the date on the
    attribution after it: in `talks are due to open in Luanda on Tuesday, the presidency announced`
    the small model gives `on Tuesday` to `announced`, but the clause before the comma is what
    happens on Tuesday. None when the date already hangs inside its clause."""
    head = span.root.head
    verb = head.head if head.dep_ == "prep" else head
    if verb.i <= span.end or verb.lemma_ not in REPORTING_VERBS:
        return None
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < span.start]
    if not content:
        return None
    if not any(t.is_punct for t in span.doc[span.end : verb.i]):
        return None  # `on Tuesday said`: no inverted attribution, the date is the saying's
    verbs = [t for t in content[-1].subtree if t.pos_ in ("VERB", "AUX") and t.i < span.start]
    return verbs[-1] if verbs else None


def _fixes_day(verb: Token, below: Token, deadline: bool) -> bool:
    """`set 12 June as the last day`, `a hearing set for April`, `gave them until 4 November`."""
    if verb.lemma_ in _FIXING_LEMMAS:
        planned_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        return below.dep_ in ("dobj", "npadvmod") or (below.dep_ == "prep" and planned_for)
    granted = verb.lemma_ in _GRANTING_LEMMAS and deadline
    return granted and below.dep_ == "prep" and below.lower_ in ("until", "till")


def _now_or_perfect(verb: Token) -> bool:
    """`has decided`, `agree`, `votes`: a decision in the present or the present perfect."""
    if verb.pos_ != "VERB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" for a in auxes):
        return False
    perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return perfect or verb.tag_ in ("VBZ", "VBP")


def _of_record(tok: Token) -> bool:
    """`holders of record Nov. 12`: the day holders are counted for a payment to come."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "record" for g in c.children)
        for c in tok.children
    )


def _next_to(tok: Token) -> bool:
    """`wounded in the blasts next to the embassies`: a place, not the next of a plan."""
    return tok.lower_ == "next" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _tense(tok: Token, deadline: bool, direct: bool = False) -> bool | None:
    """True for a sign of the future on `tok`, False for a past form, None when it says nothing.

    `direct`: the date hangs from `tok` through prepositions only, so a present
    form of `tok` is a timetable (`the teams meet on Tuesday`, `the intake
    opens on April 1`, `talks are resuming on Monday`).
    """
    children = list(tok.children)
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in _AHEAD_WORDS and not _next_to(c) for c in children):
        return True
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    perfect = any(a.lemma_ == "have" for a in auxes)
    if words & _FUTURE_AUX or (words & _MAYBE_AUX and not perfect):
        return True
    past_aux = any(a.tag_ == "VBD" for a in auxes)
    if tok.tag_ != "VBD" and not past_aux:
        # `due to a landslide` gives a cause, `due to reopen` and `due on Monday` a time.
        because = tok.lemma_ == "due" and (
            tok.dep_ == "prep" or any(c.dep_ in ("prep", "pcomp") and c.lower_ == "to" for c in children)
        )
        if tok.lemma_ in _FORWARD_LEMMAS and not because:
            return True
        to_clause = any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in children)
        is_to = tok.lemma_ == "be" and tok.tag_ in ("VBZ", "VBP")  # `is to take effect`
        if to_clause and (is_to or tok.lemma_ in _FORWARD_WITH_TO):
            return True
    if tok.pos_ in ("VERB", "AUX"):
        if tok.tag_ == "VBD" or past_aux or perfect:
            return False
        if deadline:
            return True
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            return False  # `figures released on Monday show...`: a done deed, whatever the main verb
        if direct and tok.lemma_ not in _NOT_SCHEDULED:
            if tok.lemma_ == "be" and sum(c.dep_ in _COMPLEMENTS for c in children) > 1:
                return None  # `are in stable condition on Sunday` states, `the vote is on 12 March` schedules
            simple = tok.tag_ in ("VBZ", "VBP") and not auxes
            if tok.tag_ == "VBP" and tok.lower_ in _SAME_IN_PAST:
                simple = False
            progressive = tok.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes)
            if simple or progressive:
                return True
    return None
