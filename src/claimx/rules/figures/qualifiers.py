"""Hedges and bounds around a number: `about`, `more than`, `up to`, `under the age of`, `or more`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.rules.figures.amounts import _Amount
from claimx.rules.figures.tokens import _Context

_POST_QUALIFIER_RE = re.compile(
    r"[^\S\n]?(?:(?P<more>or[^\S\n](?:more|over|above)\b|-plus\b)|(?P<fewer>or[^\S\n](?:fewer|less|under|below)\b)"
    r"|(?P<approx>or[^\S\n]so\b|-odd\b))",
    re.I,
)
# (words before the number) -> which bound the number gives.
_BOUNDS: dict[tuple[str, ...], str] = {
    ("more", "than"): "low",
    ("over",): "low",
    ("above",): "low",
    ("at", "least"): "low",
    ("greater", "than"): "low",
    ("higher", "than"): "low",
    ("in", "excess", "of"): "low",
    ("upwards", "of"): "low",
    ("exceeding",): "low",
    ("a", "minimum", "of"): "low",
    ("no", "fewer", "than"): "low",
    ("no", "less", "than"): "low",
    ("not", "less", "than"): "low",
    ("up", "to"): "high",
    ("fewer", "than"): "high",
    ("less", "than"): "high",
    ("lower", "than"): "high",
    ("under",): "high",
    ("below",): "high",
    ("at", "most"): "high",
    ("as", "many", "as"): "high",
    ("as", "much", "as"): "high",
    ("a", "maximum", "of"): "high",
    ("no", "more", "than"): "high",
    ("not", "more", "than"): "high",
}
_RANGE_WORDS = frozenset("range ranges ranging ranged vary varies varying varied".split())
_HEDGES = frozenset(
    {
        ("~",),
        ("approximately",),
        ("about",),
        ("around",),
        ("nearly",),
        ("almost",),
        ("some",),
        ("roughly",),
        ("an", "estimated"),
        ("estimated",),
        ("circa",),
        ("close", "to"),
        ("just", "about"),
        ("roughly", "about"),
    }
)
# A word before a bound: does it make the bound approximate? (`well over` does, `far more than` not)
_BOUND_MODIFIERS = {"well": True, "just": True, "slightly": True, "far": False, "much": False}
_EXTRA_WORDS = frozenset({"further", "additional", "extra"})
_QUALIFIER_PHRASES = sorted({*_BOUNDS, *_HEDGES}, key=len, reverse=True)
# The phrases by their last word, longest first: most words end no phrase, so most lookups stop at once.
_PHRASES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _QUALIFIER_PHRASES:
    _PHRASES_BY_LAST.setdefault(_phrase[-1], []).append(_phrase)
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_PERIOD_NOUNS = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+(?:[^\S\n]+|-))?(?:years?|months?|weeks?|days?|hours?|decades?|centuries|minutes?|seasons?"
    r"|summers?|winters?|nights?)\b(?![^\S\n]+(?:old|ago)\b)",
    re.I,
)
_LENGTH_ASKERS = frozenset(
    "for in after of within than spent spend spends spending lasted last lasts lasting took take takes taking"
    " served".split()
)


@dataclass
class _Qualifier:
    start: int  # character where the qualifier starts (the number's start when there is none)
    bound: str | None = None  # "low" or "high"
    text: str | None = None
    approximate: bool = False
    between: int | None = None  # where `between` starts, if the number follows it
    from_: bool = False
    age: bool = False


def _qualifier(ctx: _Context, a: _Amount) -> _Qualifier:
    """The hedge or bound before the number (`about`, `more than`, `under the age of`)."""
    i = a.first
    qual = _Qualifier(start=a.start)
    if ctx.lower(i - 1) in _AGE_WORDS:
        qual.age = True
    elif ctx.lower(i - 3) == "the" and ctx.lower(i - 2) in _AGE_WORDS and ctx.lower(i - 1) == "of":
        qual.age, i = True, i - 3  # "under the age of 15", "between the ages of 14 and 18"
        qual.start = ctx.toks[i].start
    extra = _extra_before(ctx, i)
    if extra and _phrase_before(ctx, i - extra) is not None:
        i -= extra  # `at least another 15 years`, `up to a further 200`
    phrase = _phrase_before(ctx, i)
    if phrase is None:
        # `ranging from 45% to 60%` is a range; `rose from 3% to 4%` a change (two figures).
        qual.from_ = ctx.lower(i - 1) == "from" and ctx.lower(i - 2) not in _RANGE_WORDS
        if ctx.lower(i - 1) == "between":
            qual.between = ctx.toks[i - 1].start
        return qual
    first = i - len(phrase)
    if phrase in _BOUNDS:
        qual.bound = _BOUNDS[phrase]
        modifier = ctx.lower(first - 1)
        if modifier in _BOUND_MODIFIERS:
            qual.approximate = _BOUND_MODIFIERS[modifier]
            first -= 1
        elif phrase == ("over",) and _over_is_preposition(ctx, a, first):
            return _Qualifier(start=a.start, age=qual.age)
    else:
        qual.approximate = True
    qual.age = qual.age or ctx.lower(first - 1) in _AGE_WORDS
    qual.start = ctx.toks[first].start
    qual.text = ctx.text[qual.start : ctx.toks[i - 1].end]
    return qual


def _extra_before(ctx: _Context, i: int) -> int:
    """How many words before token i say `more of the same`: `another`, `a further`, `an extra`."""
    if ctx.lower(i - 1) == "another":
        return 1
    if ctx.lower(i - 2) in ("a", "an") and ctx.lower(i - 1) in _EXTRA_WORDS:
        return 2
    return 0


def _phrase_before(ctx: _Context, i: int) -> tuple[str, ...] | None:
    for phrase in _PHRASES_BY_LAST.get(ctx.lower(i - 1), ()):
        n = len(phrase)
        if i - n >= 0 and tuple(t.lower for t in ctx.toks[i - n : i]) == phrase:
            return phrase
    return None


def _over_is_preposition(ctx: _Context, a: _Amount, first: int) -> bool:
    """`invest €5bn over three years`: `over` before a period means during, unless a word
    that asks for a length comes first (`for over 20 years`, `spent over a decade`)."""
    return ctx.lower(first - 1) not in _LENGTH_ASKERS and _PERIOD_NOUNS.match(ctx.text, a.end) is not None
