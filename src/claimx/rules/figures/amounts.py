"""Reading one number as written: currency prefix, digits or words, a glued or spaced scale, `+`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimx.lexicon.currency import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, WORDS_NEEDING_SCALE
from claimx.lexicon.numbers import AMBIGUOUS_SUFFIXES, BIG_SCALES, NUMBER_WORDS, SCALE_SUFFIXES, UNITS
from claimx.rules.figures.tokens import _NUMERAL_RE, _PLURAL_TAGS, _Context
from claimx.rules.numbers import parse_digits, parse_words

_GLUED_UNITS = frozenset(
    "km kms m cm mm mi ft in kg kgs g mg lb lbs oz t kt mt l ml kw mw gw kwh mwh gwh twh mph kph kmh ha hz"
    " khz mhz ghz gb tb mb".split()
)


@dataclass
class _Amount:
    """One number as written: token indices [first, last), characters [start, end)."""

    first: int
    last: int
    start: int
    end: int
    value: Decimal
    lead: Decimal  # the leading numeral before any scale word: 5 in "5 billion"
    currency: str | None = None
    percent: bool = False
    unit: str | None = None
    plain: bool = False  # bare digits, no separator, decimal or suffix: a year, day, score or name?
    plus: bool = False  # "30+"
    word: bool = False
    digits: str = ""


def _read_amount(ctx: _Context, i: int) -> _Amount | None:
    """The number that starts at token i with its currency prefix, scale and glued suffix."""
    toks = ctx.toks
    first, currency = i, None
    if toks[i].text in CURRENCY_SYMBOLS or toks[i].text in CURRENCY_CODES:
        if i + 1 >= len(toks) or not toks[i + 1].text[0].isdigit() or toks[i + 1].start - toks[i].end > 1:
            return None
        currency = ctx.dollar if toks[i].text == "$" else CURRENCY_SYMBOLS.get(toks[i].text, toks[i].text)
        i += 1
    tok = toks[i]
    if tok.text[0].isdigit():
        return _read_numeral(ctx, first, i, currency)
    if currency is not None:
        return None
    if tok.lower == "half" and ctx.lower(i + 1) in ("a", "an") and ctx.lower(i + 2) in BIG_SCALES:
        value = Decimal(BIG_SCALES[ctx.lower(i + 2)]) / 2
        return _Amount(i, i + 3, tok.start, toks[i + 2].end, value, Decimal("0.5"), word=True)
    words: list[str] = []
    k = i
    while k < len(toks) and (toks[k].lower in NUMBER_WORDS or toks[k].lower in ("a", "an", "and", "-")):
        if toks[k].text == "-" and not (ctx.glued(k - 1, k) and ctx.glued(k, k + 1)):
            break
        words.append(toks[k].lower)
        k += 1
    parsed = parse_words(words)
    if parsed is None:
        return None
    value, used = parsed
    amount = _Amount(i, i + used, tok.start, toks[i + used - 1].end, value, value, word=True)
    _add_half(ctx, amount)
    return amount


def _read_numeral(ctx: _Context, first: int, i: int, currency: str | None) -> _Amount | None:
    toks = ctx.toks
    m = _NUMERAL_RE.fullmatch(toks[i].text)
    if m is None:
        return None  # times (06:30), dates (13/05), version numbers (1.2.3)
    numeral, suffix = m.group("num"), (m.group("suffix") or "")
    lead = parse_digits(numeral)
    if lead is None:
        return None
    amount = _Amount(
        first, i + 1, toks[first].start, toks[i].end, lead, lead, currency=currency, digits=numeral
    )
    low_suffix = suffix.lower()
    if suffix == "%":
        amount.percent = True
    elif low_suffix == "m" and currency is None and not _million_follows(ctx, i + 1):
        amount.unit = "m"  # "a 100m sprint": metres unless money or a crowd follows
    elif low_suffix in SCALE_SUFFIXES and (low_suffix != "b" or currency is not None):
        amount.value = lead * SCALE_SUFFIXES[low_suffix]
    elif low_suffix in _GLUED_UNITS or suffix.startswith("°"):
        amount.unit = suffix
    elif low_suffix == "x":
        amount.unit = "times"
    elif suffix:
        return None  # ordinals (23rd), times (11pm), decades (1990s), names (136s)
    if i + 1 < len(toks) and toks[i + 1].text == "+" and ctx.glued(i, i + 1):
        amount.plus = True
        amount.last, amount.end = i + 2, toks[i + 1].end
        return amount
    if suffix:
        return amount
    # A scale written apart: "1.2 million", "5 bn", "$120 m", "three dozen".
    nxt = ctx.lower(i + 1)
    if nxt in SCALE_SUFFIXES and (nxt not in AMBIGUOUS_SUFFIXES or currency is not None):
        amount.value = lead * SCALE_SUFFIXES[nxt]
        amount.last, amount.end = i + 2, toks[i + 1].end
        return amount
    words = [numeral.replace(",", "")]
    k = i + 1
    while k < len(toks) and toks[k].lower in NUMBER_WORDS and toks[k].lower not in UNITS:
        words.append(toks[k].lower)
        k += 1
    parsed = parse_words(words)
    if parsed is not None and parsed[1] > 1:
        amount.value = parsed[0]
        amount.last = i + parsed[1]
        amount.end = toks[amount.last - 1].end
    else:
        amount.plain = "," not in numeral and "." not in numeral
        _add_half(ctx, amount)
    return amount


def _million_follows(ctx: _Context, i: int) -> bool:
    """After a glued `m`: a currency word or a plural noun means million ("40m people")."""
    if ctx.lower(i) in CURRENCY_WORDS and ctx.lower(i) not in WORDS_NEEDING_SCALE:
        return True
    if i >= len(ctx.toks):
        return False
    t = ctx.spacy_at(ctx.toks[i].start)
    return t is not None and t.tag_ in _PLURAL_TAGS


def _add_half(ctx: _Context, amount: _Amount) -> None:
    """`two and a half` -> 2.5."""
    k = amount.last
    if (ctx.lower(k), ctx.lower(k + 1), ctx.lower(k + 2)) == ("and", "a", "half"):
        amount.value += Decimal("0.5")
        amount.plain = False
        amount.last, amount.end = k + 3, ctx.toks[k + 2].end
