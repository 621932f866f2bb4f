"""Figures without a number of digits: vague counts (`dozens of officers`) and fractions (`a third`)."""

from __future__ import annotations

from decimal import Decimal

from claimx.lexicon.numbers import BIG_SCALES, MEASURE_WORDS, NUMBER_WORDS, UNITS
from claimx.rules.chunk import FigureRecord
from claimx.rules.figures.nouns import _noun_after, _of_noun, _of_phrase_end
from claimx.rules.figures.qualifiers import _BOUNDS, _phrase_before
from claimx.rules.figures.tokens import _Context, _make
from claimx.rules.numbers import to_number

_VAGUE = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"})
# Vague counts of time spans, counted in themselves: `decades of conflict` -> unit decade.
_VAGUE_SPANS = {"decades": "decade", "centuries": "century"}
_VAGUE_MULTIPLES = frozenset({"hundreds", "thousands", "millions", "billions"})  # "tens of thousands of"
_FEW = frozenset({"several", "many", "few"})
_SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion"})
# `several times`, `several ways`: how often or how, not a count of things.
_NOT_COUNTED = frozenset({"times", "ways", "occasions"})
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_HALF_FOLLOWERS = frozenset("of the a an its their his her our my your all these those this that".split())
_HALF_BLOCKERS = frozenset("the first second a an and other latter former one each".split())


def _vague_count(ctx: _Context, i: int) -> tuple[FigureRecord | None, int] | None:
    """`dozens of officers`, `tens of thousands`, `several hundred`: approximate, no value."""
    toks = ctx.toks
    word = toks[i].lower
    k = i
    if word == "several" and ctx.lower(i + 1) not in _SCALE_WORDS | _VAGUE | {"several"}:
        # `several months`, `several soldiers`: a vague count of the plural noun after it.
        counted = _noun_after(ctx, toks[i].end)
        if counted is None or counted.root.tag_ != "NNS" or counted.root.lower_ in _NOT_COUNTED:
            return None
        start = toks[i].start
        figure = _make(ctx, start, counted.end_char, start, approximate=True, unit=counted.text)
        return figure, max(i + 1, ctx.index_at(counted.end_char))
    if word in _FEW or (word == "a" and ctx.lower(i + 1) == "few"):
        k = i + 1 if word in _FEW else i + 2
        if ctx.lower(k) not in _SCALE_WORDS:
            return None
    elif word in _VAGUE_SPANS and ctx.lower(i + 1) == "of":
        # `decades of conflict`: a vague count of the span itself (`for decades` is a duration).
        if toks[i].text[0].isupper() and not ctx.sentence_initial(i):
            return None
        if i > 0 and (toks[i - 1].text[0].isdigit() or toks[i - 1].lower in NUMBER_WORDS):
            return None
        start, end = toks[i].start, toks[i].end
        noun = _of_noun(ctx, end)
        if noun is not None:
            end = _of_phrase_end(ctx, end, noun)
        figure = _make(ctx, start, end, start, approximate=True, unit=_VAGUE_SPANS[word])
        return figure, max(i + 1, ctx.index_at(end))
    elif word in _VAGUE:
        if word in ("scores", "tens") and ctx.lower(i + 1) != "of":
            return None
        if toks[i].text[0].isupper() and not ctx.sentence_initial(i):
            return None
        if i > 0 and (toks[i - 1].text[0].isdigit() or toks[i - 1].lower in NUMBER_WORDS):
            return None
        while ctx.lower(k + 1) == "of" and ctx.lower(k + 2) in _VAGUE_MULTIPLES:
            k += 2
    else:
        return None
    end = toks[k].end
    noun = _of_noun(ctx, end)
    unit = None
    if noun is not None:
        unit, end = noun.text, _of_phrase_end(ctx, end, noun)
    start = toks[i].start
    phrase = _phrase_before(ctx, i)
    qualifier = None
    if phrase is not None:
        start = toks[i - len(phrase)].start
        qualifier = ctx.text[start : toks[i - 1].end]
    figure = _make(ctx, start, end, toks[i].start, approximate=True, qualifier=qualifier, unit=unit)
    return figure, max(k + 1, ctx.index_at(end))


def _hedge(
    ctx: _Context, i: int, phrase: tuple[str, ...] | None, value: int | float
) -> tuple[int, str | None, bool, int | float | None, int | float | None]:
    """(start, qualifier, approximate, low, high) of a figure at token i with the hedge or bound
    `phrase` before it (`nearly half`, `up to a quarter inch`)."""
    toks = ctx.toks
    if phrase is None:
        return toks[i].start, None, False, None, None
    start = toks[i - len(phrase)].start
    bound = _BOUNDS.get(phrase)
    low = value if bound == "low" else None
    high = value if bound == "high" else None
    return start, ctx.text[start : toks[i - 1].end], bound is None, low, high


def _measured_share(
    ctx: _Context, i: int, unit_at: int, share: Decimal, phrase: tuple[str, ...] | None
) -> tuple[FigureRecord | None, int]:
    """`a quarter inch`, `half a mile`: a measure, in its unit, not a percentage."""
    toks = ctx.toks
    value = to_number(share)
    start, qualifier, approximate, low, high = _hedge(ctx, i, phrase, value)
    figure = _make(
        ctx,
        start,
        toks[unit_at].end,
        toks[i].start,
        value=value,
        low=low,
        high=high,
        approximate=approximate,
        qualifier=qualifier,
        unit=toks[unit_at].text,
    )
    return figure, unit_at + 1


def _fraction(ctx: _Context, i: int) -> tuple[FigureRecord | None, int] | None:
    """`a third of deaths`, `two-thirds`, `nearly half of them`: reported as a percentage."""
    toks = ctx.toks
    word = toks[i].lower
    if word not in _DENOMINATORS and word not in UNITS and word not in ("a", "an"):
        return None
    phrase = _phrase_before(ctx, i)
    if word == "half":
        if ctx.lower(i + 1) in ("a", "an") and ctx.lower(i + 2) in BIG_SCALES:
            return None  # "half a million" is a number
        if ctx.lower(i + 1) in ("a", "an") and ctx.lower(i + 2) in MEASURE_WORDS:
            return _measured_share(ctx, i, i + 2, Decimal(1) / 2, phrase)
        glued = ctx.glued(i - 1, i) or ctx.glued(i, i + 1)
        if glued or ctx.lower(i - 1) in _HALF_BLOCKERS:
            return None
        if ctx.lower(i + 1) not in _HALF_FOLLOWERS and phrase is None:
            return None
        numerator, denominator, last = 1, 2, i
    elif word in ("a", "an", "one") or word in UNITS:
        k = i + 1
        if ctx.lower(k) == "-" and ctx.glued(i, k):
            k += 1
        den = ctx.lower(k)
        if den not in _DENOMINATORS or den in ("half", "halves"):
            return None
        numerator = 1 if word in ("a", "an") else UNITS[word]
        singular = not den.endswith("s")
        if singular and numerator == 1 and ctx.lower(k + 1) in MEASURE_WORDS:
            return _measured_share(ctx, i, k + 1, Decimal(1) / Decimal(_DENOMINATORS[den]), phrase)
        if numerator == 0 or (singular and (numerator != 1 or ctx.lower(k + 1) != "of")):
            return None  # "a third time", "the third quarter"
        if not singular and numerator < 2:
            return None
        denominator, last = _DENOMINATORS[den], k
    else:
        return None
    end = toks[last].end
    share = Decimal(numerator) / Decimal(denominator)
    value = to_number(share * 100)
    unit: str | None = "%"
    scale = ctx.lower(last + 3)
    if ctx.lower(last + 1) == "of" and ctx.lower(last + 2) in ("a", "an") and scale in BIG_SCALES:
        # "a quarter of a million people" is a number, not a share
        value, last = to_number(share * BIG_SCALES[scale]), last + 3
        end = toks[last].end
        after = _noun_after(ctx, end)
        counted = _of_noun(ctx, end) if after is None else None
        if after is not None:
            unit, end = after.text, after.end_char
        elif counted is not None:
            unit, end = counted.text, _of_phrase_end(ctx, end, counted)
        else:
            unit = None
    start, qualifier, approximate, low, high = _hedge(ctx, i, phrase, value)
    figure = _make(
        ctx,
        start,
        end,
        toks[i].start,
        value=value,
        low=low,
        high=high,
        approximate=approximate,
        qualifier=qualifier,
        unit=unit,
    )
    return figure, max(last + 1, ctx.index_at(end))
