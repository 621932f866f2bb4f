"""Quote speakers: each quote linked to a frame, or to its context.

In order: a frame right after the closing mark in the same sentence (`"...," she said`); a frame
right before the opening mark (`X said: "..."`, `X said that "..."`, `"First," she said, "second"`);
the reporting verb that governs the quote; the subject of a clause the colon before the quote ends;
a `Quote from <Name>:` label; another attributed quote in the same paragraph; in a `Quote:`
section, the nearest preceding `Source:` section, else the lede's speaker; for a paragraph that
holds nothing but quotes, the last speaker of the paragraph before (wire-style continuation).
Otherwise the speaker is None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from claimx.layout.paragraphs import paragraphs
from claimx.layout.quotes import Quote, is_title
from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.rules.attribution.base import Frame, acts, inscription
from claimx.rules.attribution.reported import mostly_quoted
from claimx.rules.attribution.sections import (
    QUOTE_FROM,
    QUOTE_KINDS,
    lede_speaker,
    name_speaker,
    section_of,
    source_speaker,
)
from claimx.rules.chunk import Chunk
from claimx.rules.names import ArticleIndex

_GAP_OK = re.compile(r"^(?:.*?(?:[:,—–]|\bthat))?$", re.DOTALL)


_SENT_END = frozenset(".!?")


_MAX_GAP_CHARS = 160
_MAX_SOURCE_WORDS = 10  # `Former NAACP president Ben Jealous.`: a quote block's source line
_MAX_LABEL_WORDS = 10  # `Roe on Releasing Her Speech Transcripts:`: a headline's name phrase
_LABEL_SPEAKERS = frozenset({"PERSON", "ORG", "NORP"})


def quote_speakers(
    chunk: Chunk, frames: Sequence[Frame], bound: int
) -> tuple[list[Speaker | None], list[str | None], list[str | None]]:
    """Speaker, cue and channel of each of the chunk's quotes, None where no rule names one."""
    doc, text, sections, quotes, index = chunk.doc, chunk.text, chunk.sections, chunk.quotes, chunk.names
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

    # 1. A source line inside the marks; a frame right after the closing mark, or right before the
    #    opening mark; and the rest of this step.
    for k, q in enumerate(quotes):
        line = source_line(doc, text, q)
        if line is not None:
            speakers[k] = _line_speaker(doc, text, index, line, q.end)
            if speakers[k] is not None:
                done[k] = True
                continue
        f = _after(doc, text, q, quotes[k + 1] if k + 1 < n else None, frames, starts)
        if f is None:
            f = _before(doc, text, q, quotes[k - 1] if k > 0 else None, frames, starts)
        if f is None:
            f = _relative_caller(doc, text, q, index)
        if f is None:
            f = _governing(doc, text, q, by_verb)
        if f is None:
            f = _colon_intro(doc, text, q, index, bound)
        if f is None:
            f = _name_label(
                doc, text, q, index, _label_start(paras[para_of(q.open)][0], quotes[k - 1] if k else None)
            )
        if f is not None:
            speakers[k], cues[k], channels[k], done[k] = f.speaker, f.cue or None, f.channel, True

    # 2. `Quote from <Name>:` labels.
    for k, q in enumerate(quotes):
        sec = section_of(sections, q.open)
        if done[k] or sec is None or not sec.label:
            continue
        m = QUOTE_FROM.fullmatch(sec.label)
        if m:
            speakers[k] = name_speaker(
                doc, text, index, sec.start + m.start("name"), sec.start + m.end("name")
            )
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
    lede = lede_speaker(sections, frames)
    for k, q in enumerate(quotes):
        sec = section_of(sections, q.open)
        if done[k] or sec is None or sec.kind not in QUOTE_KINDS:
            continue
        src = source_speaker(doc, text, index, sections, sec)
        if src is not None:
            speakers[k], channels[k] = src
        elif lede is not None:
            speakers[k] = lede
        done[k] = speakers[k] is not None

    # 5. A quote that opens a sentence continues the speaker of the last frame before it in the
    #    paragraph: `In a statement, the ministry said the port was shut. "We ask for calm."`
    for k, q in enumerate(quotes):
        if done[k] or not _opens_sentence(text, q.open):
            continue
        p_start = paras[para_of(q.open)][0]
        before = [
            f for f in frames[bisect_left(starts, p_start) : bisect_left(starts, q.open)] if f.end <= q.open
        ]
        if (
            before
            and before[-1].speaker is not None
            and not any(
                p_start <= (quotes[j].close or quotes[j].end) <= q.open and before[-1].at < quotes[j].open
                for j in range(k)
            )
        ):
            f = before[-1]
            speakers[k], cues[k], channels[k], done[k] = f.speaker, f.cue or None, f.channel, True

    # 6. A paragraph of nothing but quotes continues the current speaker: the last one named in
    #    the paragraph before, or in the one before that when the paragraph between names no one
    #    (`Viguerie notes.` / `Viguerie is upbeat.` / `"..."`).
    for k, q in enumerate(quotes):
        if done[k]:
            continue
        p = para_of(q.open)
        if p == 0 or not _only_quotes(text, paras[p], quotes):
            continue
        last: tuple[int, Speaker | None, str | None, str | None] | None = None
        for back in (1, 2):
            if p - back < 0:
                break
            prev_start, prev_end = paras[p - back]
            inside = frames[bisect_left(starts, prev_start) : bisect_left(starts, prev_end)]
            for j in range(k):
                if done[j] and prev_start <= quotes[j].open < prev_end:
                    last = (quotes[j].open, speakers[j], cues[j], channels[j])
            for f in inside:
                if f.speaker is not None and (last is None or f.at > last[0]):
                    last = (f.at, f.speaker, f.cue, f.channel)
            if last is not None or inside or any(prev_start <= x.open < prev_end for x in quotes):
                break
        if last is not None and last[1] is not None:
            speakers[k], cues[k], channels[k] = last[1], last[2], last[3]
            done[k] = True
    # 7. Wire convention split by a section boundary: an unclosed quote takes the speaker of
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


def _after(
    doc: Doc, text: str, q: Quote, nxt: Quote | None, frames: Sequence[Frame], starts: list[int]
) -> Frame | None:
    """`"...," she said` — a frame after the close, before any sentence end or next quote."""
    if q.close is None:
        return None
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
    if ends_sentence and f.content is not None and not mostly_quoted(f.content, [(q.open, q.close + 1)]):
        return None
    if _sentence_end_between(doc, q.close + 1, f.at):
        return None
    if f.subject is not None and doc[f.subject].idx < q.close:
        return None
    # The attribution starts right after the quote: its verb or its subject comes first.
    first = next((t for t in _tokens_from(doc, text, q.close + 1) if not (t.is_punct or t.is_space)), None)
    if first is None:
        return None
    subj_lo = f.verb
    if f.subject is not None:
        subj_lo = next(t.i for t in doc[f.subject].subtree if not t.is_punct or t.i == f.subject)
    if first.i in (f.verb, subj_lo) or (first.i < f.verb and first.dep_ in ("advmod", "aux")):
        return f
    # `"...," Caloundra coach Geoff Ingram said`: a name phrase the parser split, its head last.
    if f.subject is not None and first.i <= f.subject < f.verb and not _clause_between(doc, first.i, f.verb):
        return f
    return None


def _clause_between(doc: Doc, lo: int, hi: int) -> bool:
    return any(acts(x) or (x.is_punct and x.text in ".;!?") for x in doc[lo:hi])


def _tokens_from(doc: Doc, text: str, char: int) -> Span:
    span = doc.char_span(char, len(text), alignment_mode="expand")
    return span if span is not None else doc[len(doc) : len(doc)]


def _before(
    doc: Doc, text: str, q: Quote, prev: Quote | None, frames: Sequence[Frame], starts: list[int]
) -> Frame | None:
    """`X said: "..."`, `X said that "..."`, `"First," she said, "second."`."""
    k = bisect_left(starts, q.open) - 1
    if k < 0:
        return None
    f = frames[k]
    if prev is not None and (prev.close or prev.end) > f.at:
        return None
    if q.open - f.end > _MAX_GAP_CHARS:
        return None
    if f.content is not None and not mostly_quoted(f.content, [(q.open, q.close or q.end)]):
        # A quoted run inside the frame's content is the speaker's (`said the plan "will fail"`);
        # a quote after content of its own is not (`said the talks failed. "We ..."`).
        inside = f.content[0] <= q.start and q.end <= f.content[1] + 1
        return f if inside and not _sentence_end_between(doc, f.end, q.open) else None
    gap = text[f.end : q.open]
    stripped = gap.strip()
    if "\n" in gap and (not stripped.endswith(":") or gap[gap.rindex("\n") :].strip()):
        return None
    if not _GAP_OK.match(stripped):
        return None
    if _sentence_end_between(doc, f.end, q.open):
        return None
    return f


def _relative_caller(doc: Doc, text: str, q: Quote, index: ArticleIndex) -> Frame | None:
    """`..., which the Oslo Times called "the steamiest book"`, `which the Courier describes as "..."`:
    the subject of a calling verb in a relative clause right before the quote said its words (the
    clause makes no reported claim of its own: it is background)."""
    mark = doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if mark is None or mark.start < 2:
        return None
    verb = doc[mark.start - 1]
    if verb.lower_ == "as":
        verb = doc[verb.i - 1]
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in lx.CALLING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    speaker, entity = index.resolve(subj, subj.left_edge.i, subj.i + 1)
    if speaker is None or speaker.type not in ("PERSON", "ORG"):
        return None
    return Frame(verb.idx, verb.idx + len(verb), verb.i, subj.i, verb.text, speaker, entity, None, None)


def _colon_intro(doc: Doc, text: str, q: Quote, index: ArticleIndex, bound: int) -> Frame | None:
    """`X disagreed with these findings: "..."`: the subject of the clause the colon ends.

    A comma does as well when the subject is a person or body (`X reacted on Twitter, "..."`).
    """
    before = text[: q.open].rstrip()
    if not before.endswith((":", ",")) or len(before) - 1 < bound:
        return None
    comma = before.endswith(",")
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    if root.pos_ not in ("VERB", "AUX") or index.inside_quote(root.idx) or root.i > span[0].i:
        # The parser made a verb of the quote the root: the verb the colon hangs on introduces it.
        root = span[0]
        while (root.pos_ not in ("VERB", "AUX") or index.inside_quote(root.idx)) and root.head.i != root.i:
            root = root.head
        if root.pos_ not in ("VERB", "AUX") or index.inside_quote(root.idx) or root.i > span[0].i:
            return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.idx < bound:
        return None
    if inscription(subj):  # `A sign taped to a turnstile read: "..."`: nobody's words
        return Frame(root.idx, root.idx, root.i, subj.i, "", None, None, None, None)
    speaker, entity = index.resolve(subj, root.sent.start, root.i)
    if speaker is None:
        return None
    if comma and (speaker.type not in ("PERSON", "ORG") or _sentence_end_between(doc, root.idx, q.open)):
        return None  # `Mick Jagger reacted on Twitter, "..."`: only a person or body, in one sentence
    return Frame(root.idx, root.idx + len(root.text), root.i, subj.i, root.text, speaker, entity, None, None)


def _name_label(doc: Doc, text: str, q: Quote, index: ArticleIndex, para_start: int) -> Frame | None:
    """`Roe: ‘...’`, `Roe on the budget: “...”`, `Continued Roe: “...”`: a paragraph (or the rest of one
    after a quote) that opens with a name and a colon before the quote, a headline's, a debate's or
    an interview's form: the name speaks.

    Limits: the name must open the phrase (after a reporting verb at most) and be a person, a body or
    a people the article names; `The question for Roe: "..."` and `Paris: "..."` name no speaker.
    """
    raw = text[para_start : q.open]
    start = para_start + len(raw) - len(raw.lstrip())
    head = raw.strip()
    phrase = head[:-1].rstrip()
    if not head.endswith(":") or not phrase or len(phrase.split()) > _MAX_LABEL_WORDS:
        return None
    if any(ch in _SENT_END or ch in '"“”' for ch in phrase):
        return None
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    toks = [t for t in span if not t.is_space] if span is not None else []
    if len(toks) > 1 and toks[0].lemma_.lower() in lx.REPORTING_VERBS:
        toks = toks[1:]  # `Continued Roe:`
    if not toks:
        return None
    first = toks[0]
    ent = index.entity_of(first)
    if ent is not None:
        last = first.i
        while last + 1 < len(doc) and index.entity_of(doc[last + 1]) is ent:
            last += 1
        speaker: Speaker | None = ent.speaker(doc[first.i : last + 1].text)
    else:
        # A name the index does not hold here (a headline, or `Roe:` read as a section label): the
        # capitalised words that open the phrase, matched against the names of the body.
        caps = []
        for t in toks:
            if not t.text[:1].isupper() or t.is_punct:
                break
            caps.append(t.text)
        speaker = index.find(" ".join(caps), span) if caps else None
    if speaker is None or speaker.type not in _LABEL_SPEAKERS:
        return None
    return Frame(first.idx, first.idx + len(first.text), first.i, first.i, "", speaker, ent, None, None)


def _label_start(para_start: int, prev: Quote | None) -> int:
    """Where a name label before a quote may start: the paragraph's start, or just past the close of
    a quote before it in the paragraph (`Roe: "..." Dale: "..."`)."""
    if prev is not None and prev.close is not None and prev.close >= para_start:
        return prev.close + 1
    return para_start


def _governing(doc: Doc, text: str, q: Quote, by_verb: dict[int, Frame]) -> Frame | None:
    """A quote inside the complement of a reporting verb before it: `tweeted "..."`, `said they "..."`."""
    span = doc.char_span(q.start, min(q.start + 1, len(text)), alignment_mode="expand")
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


def _opens_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence end or a paragraph break stands before the mark at `at`."""
    before = text[:at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "”", '"', "’"))


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


def unvoiced_title(doc: Doc, text: str, q: Quote, speaker: Speaker | None) -> bool:
    """A title that no one voices: quoted title case inside the reporter's sentence
    (`layout.quotes.is_title`), with no speaker found and no verb of saying, reading or chanting
    right before it (`a sign reading "Roe Or Bust"`, `chants of "Roe! Roe!"` are words). The
    guidelines' quotes are words presented as someone's own: such a quote is no claim.
    """
    if speaker is not None or not is_title(text, q):
        return False
    span = doc.char_span(q.open, min(q.open + 1, len(text)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span[0].i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= 1 and doc[i].lower_ == "of":  # `chants of "..."`
        i -= 1
    if i < 0:
        return False
    lemma = doc[i].lemma_.lower()
    return lemma not in lx.REPORTING_VERBS and lemma not in lx.TEXT_VERBS and lemma not in lx.VOICING_VERBS


def _line_speaker(doc: Doc, text: str, index: ArticleIndex, start: int, end: int) -> Speaker | None:
    """The person a source line names (`Former NAACP president Ben Jealous.`: Jealous, not the
    NAACP), else whoever it names first."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        ent = index.entity_of(t)
        if ent is not None and ent.type == "PERSON":
            last = t.i
            while last + 1 < span.end and index.entity_of(doc[last + 1]) is ent:
                last += 1
            return ent.speaker(doc[t.i : last + 1].text)
    return name_speaker(doc, text, index, start, end)


def source_line(doc: Doc, text: str, q: Quote) -> int | None:
    """Where the last line of a quote block starts when it names the source, not the words:
    `"...we will need a stimulus.\nJosh Bivens, Economic Policy Institute."`; else None.

    Limits: the line follows a single line break (not a paragraph's), stands right before the
    closing mark, has at most _MAX_SOURCE_WORDS words, opens with a capital, holds no verb and
    names a person or a body; a quoted poem's last line (`I will be back.`) has a verb.
    """
    if q.close is None:
        return None
    nl = text.rfind("\n", q.start, q.end)
    if nl <= q.start or text[nl - 1] == "\n" or text[nl + 1 : nl + 2] == "\n":
        return None
    line = text[nl + 1 : q.end].strip()
    if not line or not line[0].isupper() or len(line.split()) > _MAX_SOURCE_WORDS:
        return None
    span = doc.char_span(nl + 1, q.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in span):
        return None
    return nl + 1
