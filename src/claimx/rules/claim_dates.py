"""When a claim happened: its own date, and attributions that are not claims of their own.

Two rules, both read a chunk with its claims and dates (GUIDELINES, "Claim date"):

- `attribution_only(chunk, said, figures)`: a statement that is only the attribution of a quote or
  reported claim in the same sentence (`Trump said on Friday`, `On Wednesday, Carrie Lam, the chief
  executive, announced that`), or that introduces one with a colon, is no claim of its own; its dates
  say when the words were said. It holds no figure and no verb but the claim's cue, bar clauses that
  only describe the attribution (`the court, which rules on such matters, said`, `in a statement
  issued on Monday`, `he said, repeating his remarks`) and hold no date or number of their own.
- `claim_dates(chunk, said, dates, spoken)`: the date of the event a claim names when it names one
  (of several, the one nearest the claim's head); otherwise the date the words were said
  (a date in the attribution part of the claim's sentence, or of a dropped attribution); otherwise, for
  a quote or reported claim, the said-date of the speaker's previous claim in the same paragraph, when
  no one else spoke in between. A date counts only where the parse hangs it on the claim's head or the
  cue without a relative clause in between (`Pryce, who has lived here since 1979, said` is no 1979).
  Dates without a value never count.

`as_spoken` then resolves the dates inside a quote against the day its words were said, when the
attribution names that day.

Limits: the event date is taken from the claim's own words only (no temporal focus carried over from
the previous sentence: `the movement launched` gets no date from the sentence before); dates in reported
speech stay resolved against the dateline, as the reporter's own words.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from claimx.lexicon import speech as lx
from claimx.rules.chunk import Attributed, Chunk, DateRecord, FigureRecord
from claimx.rules.dates import find_dates

# Clause heads that make a statement piece say something beyond its attribution.
_CLAUSE_DEPS = frozenset("ROOT conj ccomp advcl xcomp relcl acl pcomp csubj".split())
_OBJECT_DEPS = frozenset("dobj attr oprd".split())
# A date below one of these belongs to a clause of its own, not to the claim's event or its saying.
_INNER_CLAUSE = frozenset(["relcl"])
_PARAGRAPH = "\n\n"
# A date that names the calendar (a number, a month or a weekday), not one that counts from the
# day the words were said (`today`, `tomorrow`).
_NAMED_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\b|$)",
    re.IGNORECASE,
)
_LATER_SENTENCE = 100  # steps a later sentence's date counts behind any date of the first


def attribution_only(
    chunk: Chunk, said: Sequence[Attributed], figures: Sequence[FigureRecord]
) -> dict[int, int]:
    """Statements of `said` that only attribute another claim: {statement index: attributed claim index}."""
    text, doc = chunk.text, chunk.doc
    out: dict[int, int] = {}
    for i, st in enumerate(said):
        if st.kind != "statement" or any(st.start <= f.start < st.end for f in figures):
            continue
        span = doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for j in _attributed(text, span, said, i):
            cue = said[j].cue
            if cue and _only_attribution(span, cue):
                out[i] = j
                break
    return out


def _attributed(text: str, span: Span, said: Sequence[Attributed], i: int) -> list[int]:
    """Quote and reported claims a statement may attribute: those of its sentence, nearest first, and
    the next claim when the statement ends in a colon."""
    sent = span.sent
    # A quote's own sentence may end inside it (`... in two days!" Macron told the world`), so the
    # attribution's sentence starts just after the quote closes.
    begins = sent.start_char - 3
    found = [
        j
        for j, c in enumerate(said)
        if c.kind != "statement" and j != i and c.start < sent.end_char + 2 and c.end > begins
    ]
    found.sort(key=lambda j: abs(said[j].start - said[i].start))
    if text[said[i].end : said[i].end + 2].lstrip().startswith(":"):
        nxt = next((j for j in range(i + 1, len(said)) if said[j].kind != "statement"), None)
        if nxt is not None and nxt not in found:
            found.insert(0, nxt)
    return found


def _only_attribution(span: Span, cue: str) -> bool:
    first = cue.split()[0].casefold()
    cues = [t for t in span if t.lower_ == first or t.lemma_.casefold() == first]
    if not cues:
        return False
    # `Hale wrote denying ...`, `posted a message on Facebook announcing ...`: a verb of saying that
    # the cue hangs on, itself or through its object, is part of the attribution.
    cues += [
        t
        for t in span
        if t.pos_ == "VERB"
        and t.lemma_.lower() in lx.REPORTING_VERBS
        and t not in cues
        and any(c.head == t or (c.head.head == t and c.head.dep_ in _OBJECT_DEPS) for c in cues)
    ]
    # `announced its selection of X`: the cue's object is news of its own; `told TASS`, `told
    # the press` only name who listened, `posted a message` the channel.
    if any(t.dep_ in _OBJECT_DEPS and t.head in cues and not _listener(t) and not _channel(t) for t in span):
        return False
    return not any(
        t.pos_ == "VERB"
        and t.dep_ in _CLAUSE_DEPS
        and t not in cues
        and not _aside(t, cues)
        and not _in_according_to(t, cues)
        for t in span
    )


def _channel(obj: Token) -> bool:
    """`posted a message`, `released findings`: the object is how the words came out."""
    return obj.lemma_.lower() in lx.CHANNEL_NOUNS or obj.lower_ in lx.CHANNEL_NOUNS


def _in_according_to(verb: Token, cues: Sequence[Token]) -> bool:
    """`according to the official WHO report yesterday`: a word of the source's phrase the parser
    took for a verb is part of the attribution."""
    return any(a in cues and a.lower_ == "according" for a in verb.ancestors)


def _aside(verb: Token, cues: Sequence[Token]) -> bool:
    """A clause that only describes the attribution: `the court, which rules on such matters, said`,
    `in a statement issued on Monday`, `in remarks published by CNN`, `he said, repeating his remarks`.
    One that holds a date or a number tells news of its own (`Hale, who took charge in 2021, said`),
    but for one on the channel, whose date is when the words were said (`a statement issued on Monday`)."""
    describes = verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    elaborates = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head in cues
    if not (describes or elaborates):
        return False
    if describes and verb.head.lemma_.lower() in lx.CHANNEL_NOUNS:
        return True
    # `he said, repeating his January 2 remarks`: its date is of the words repeated, not news.
    if elaborates and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.CHANNEL_NOUNS for c in verb.children):
        return True
    return not any(t.ent_type_ == "DATE" or t.like_num for t in verb.subtree)


def _listener(obj: Token) -> bool:
    """The object of `tell`-like cues that names an audience: a name, `reporters`, `the press`."""
    if obj.head.lemma_.lower() not in lx.LISTENER_VERBS:
        return False
    return obj.pos_ == "PROPN" or obj.lemma_.lower() in lx.AUDIENCE_NOUNS or obj.lower_ in lx.AUDIENCE_NOUNS


def claim_dates(
    chunk: Chunk,
    said: Sequence[Attributed],
    dates: Sequence[DateRecord],
    spoken: dict[int, list[DateRecord]],
) -> list[tuple[str | None, str | None]]:
    """(`date`, day the words were said) of each claim of `said` (sorted by start), given the chunk's
    dates (sorted) and, per claim index, the dates of attributions dropped in its favour."""
    valued = [d for d in dates if d.value]
    starts = [d.start for d in valued]
    taken = sorted((c.start, c.end) for c in said if c.kind != "statement")
    out: list[tuple[str | None, str | None]] = []
    last_said: dict[str, tuple[int, str]] = {}  # speaker name -> (paragraph, said-date)
    last_speaker: str | None = None
    for k, c in enumerate(said):
        own = valued[bisect_right(starts, c.start - 1) : bisect_right(starts, c.end - 1)]
        own = [d for d in own if d.end <= c.end]
        value = _event_date(chunk, c, own)
        when = None
        if c.kind != "statement":
            when = _said_date(chunk, c, valued, taken, spoken.get(k, []))
            para = chunk.text.count(_PARAGRAPH, 0, c.start)
            name = c.speaker.name if c.speaker else None
            if name and when:
                last_said[name] = (para, when)
            elif name and value is None and name in last_said and last_speaker == name:
                prev_para, prev = last_said[name]
                when = prev if para == prev_para else None
            last_speaker = name
        out.append((value or when, when))
    return out


def as_spoken(
    chunk: Chunk, said: Sequence[Attributed], days: Sequence[str | None], dates: Sequence[DateRecord]
) -> list[DateRecord]:
    """`dates` with those inside a quote resolved against the day its words were said (`"Tomorrow I
    have to get up early," he said on 30 September` is 1 October), where that day is known."""
    by_day: dict[str, dict[tuple[int, int], DateRecord]] = {}
    out = list(dates)
    for c, day in zip(said, days, strict=True):
        if c.kind != "quote" or day is None or len(day) != 10 or day == str(chunk.ref):
            continue
        if day not in by_day:
            again = find_dates(replace(chunk, ref=dt.date.fromisoformat(day)))
            by_day[day] = {(d.start, d.end): d for d in again}
        for k, d in enumerate(out):
            if c.start <= d.start and d.end <= c.end:
                out[k] = by_day[day].get((d.start, d.end), d)
    return out


def _event_date(chunk: Chunk, c: Attributed, own: Sequence[DateRecord]) -> str | None:
    """Of the claim's own dates, the one nearest the claim's head that no inner clause holds.

    The claim's first sentence comes first; a later sentence of a long quote dates it only by a
    named day, month or year (`He passed away on February 10, 2019`), never by a word that counts
    from the day it was said (`they did not attack today`), which tells an event of its own. A date
    that times a figure (`down from 500,000 tonnes in 2024`) is not the event's; a clause on the
    subject that says when it happened (`the storm, which struck on 29 October, brought gusts`) is,
    when nothing nearer dates the claim.
    """
    doc = chunk.doc
    claim = doc.char_span(c.start, c.end, alignment_mode="expand")
    if claim is None:
        return None
    lead_end = claim[0].sent.end
    best: tuple[int, str] | None = None
    happened: str | None = None
    # A claim that is a noun phrase (`revealed a deal whereby X acquired Y on 29 October`) tells its
    # event in the relative clause on its head.
    noun = claim.root if claim.root.pos_ in ("NOUN", "PROPN") else None
    for d in own:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if not d.value or span is None or len(span) == 0 or _times_a_figure(span):
            continue
        later = span.start >= lead_end
        if later and not _NAMED_DATE.search(span.text):
            continue
        steps = _steps_up(chunk, d, claim.start, claim.end, None, noun)
        if steps is not None and later:
            steps += _LATER_SENTENCE
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, d.value)
        if steps is None and happened is None and _when_it_happened(span, claim):
            happened = d.value
    return best[1] if best else happened


def _times_a_figure(date: Span) -> bool:
    """`down from about 500,000 tonnes in 2024`: the date is the figure's, not the claim's event."""
    root = date.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.pos_ == "ADP":  # `down from about 500,000 tonnes in 2024`: the parser hangs it on `from`
        owner = next((k for k in owner.children if k.dep_ == "pobj"), owner)
    # A counted thing (`500,000 tonnes`, `40 jobs`), not a name with a number (`the 0.4 development`).
    return owner.tag_ == "NNS" and any(k.dep_ == "nummod" and k.like_num for k in owner.children)


def _when_it_happened(date: Span, claim: Span) -> bool:
    """The date sits in a relative clause of occurrence on the claim's subject: `which struck on ...`."""
    verb = next((t for t in date.root.ancestors if t.dep_ == "relcl"), None)
    return (
        verb is not None
        and verb.lemma_.lower() in lx.OCCURRENCE_VERBS
        and verb.head.dep_ in ("nsubj", "nsubjpass")
        and verb.head in claim
    )


def _steps_up(
    chunk: Chunk, d: DateRecord, lo: int, hi: int, cue: str | None, noun: Token | None = None
) -> int | None:
    """Steps from the date up the parse to the head of tokens [lo, hi) (or, with `cue`, to the cue word),
    or None when the way crosses into a clause of its own (`who has lived here since 1979`), but for a
    relative clause on `noun`, the head of a claim that is a noun phrase."""
    span = chunk.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t, steps = span.root, 0
    while True:
        if cue is not None and (t.lower_ == cue or t.lemma_.casefold() == cue):
            return steps
        head = t.head
        if head == t or not (lo <= head.i < hi):
            return steps if cue is None else None
        if t.dep_ in _INNER_CLAUSE and t not in span and not (noun is not None and head == noun):
            return None
        t, steps = head, steps + 1


def _said_date(
    chunk: Chunk,
    c: Attributed,
    valued: Sequence[DateRecord],
    taken: Sequence[tuple[int, int]],
    spoken: Sequence[DateRecord],
) -> str | None:
    """A date in the attribution: in the claim's sentence, outside every quote and reported claim."""
    if spoken:
        return next((d.value for d in spoken if d.value), None)
    span = chunk.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0 or not c.cue:
        return None
    cue = c.cue.split()[0].casefold()
    first, last = span[0].sent, span[-1].sent
    outside = [
        d
        for d in valued
        if first.start_char <= d.start
        and d.end <= last.end_char
        and not any(s <= d.start < e for s, e in taken)
        and _steps_up(chunk, d, first.start, last.end, cue) is not None
    ]
    outside.sort(key=lambda d: min(abs(d.start - c.end), abs(c.start - d.end)))
    return outside[0].value if outside else None
