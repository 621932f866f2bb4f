"""The unit of a figure: written after it (%, currency, measure), as a hyphen compound, or counted."""

from __future__ import annotations

import re

from claimx.lexicon.currency import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    FAMILY_CODES,
    NATION_CURRENCIES,
    WORD_CODES,
    WORDS_NEEDING_SCALE,
)
from claimx.lexicon.numbers import NUMBER_WORDS
from claimx.rules.figures.amounts import _Amount
from claimx.rules.figures.nouns import _noun_after, _of_noun, _of_phrase_end
from claimx.rules.figures.qualifiers import _Qualifier
from claimx.rules.figures.tokens import _PLURAL_TAGS, _Context

_NATIONS_RE = "|".join(
    re.escape(n).replace(r"\ ", r"[^\S\n]")
    for n in sorted({n for nations in NATION_CURRENCIES.values() for n in nations}, key=len, reverse=True)
)
_MONEY_WORDS_RE = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_CODES_RE = "|".join(sorted(CURRENCY_CODES))
# `pounds` is a weight unless money is plain from the words around it.
_WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight weights heavy heavier heaviest lighter lightest overweight".split()
)
_MONEY_NOUNS = frozenset(
    "money cash funding funds fund investment aid revenue revenues tax taxes profit profits debt debts"
    " savings subsidy subsidies spending income wages".split()
)
# Units after the number, read on the raw text so `per cent`, `km/h` and
# `pounds sterling` stay one unit whatever the tokenizer does with them.
_UNIT_AFTER_RE = re.compile(
    r"""[^\S\n]?(?:
        (?P<pct>%|(?i:per[^\S\n]?cent|percent|pct)\b)
      | (?P<pp>(?i:percentage[^\S\n-]points?)\b)
      | (?P<code>(?:CODES)\b)
      | (?P<nation>(?i:NATIONS)[^\S\n])?
        (?P<money>(?i:pounds[^\S\n]sterling|MONEY)\b)
      | (?P<measure>(?i:light[-\s]years?
            |km/h|m/s|sq[^\S\n]km|square[^\S\n](?:kilometres|kilometers|miles|metres|meters|feet)
            |kilometres?|kilometers?|kms?|m|metres?|meters?|cm|mm|miles?|mi|feet|foot|ft|inches|inch|yards?
            |kilograms?|kilos?|kgs?|grams?|mg|tonnes?|tons?|pounds|lbs?|ounces?|oz|litres?|liters?|ml
            |gallons?|barrels?|bpd|mph|kph|km/hr|knots|hectares?|ha|acres?|megawatts?|gigawatts?|kilowatts?
            |MW|GW|kW|kWh|MWh|GWh|TWh|degrees|°C|°F)\b|°[CF]?)
      | (?P<times>times\b)
    )""".replace("CODES", _CODES_RE)
    .replace("NATIONS", _NATIONS_RE)
    .replace("MONEY", _MONEY_WORDS_RE),
    re.X,
)
_HYPHEN_UNIT_RE = re.compile(r"-([^\W\d_]+)(-old\b)?")


def _unit_after(ctx: _Context, a: _Amount, pos: int) -> tuple[str | None, int]:
    """The unit written right after the number (%, currency, measure, `times`) and where it ends."""
    if a.percent:
        return "%", pos
    if a.unit is not None:
        return a.unit, pos  # glued: "40km"
    m = _UNIT_AFTER_RE.match(ctx.text, pos)
    if m is None:
        return a.currency, pos
    if m.group("pct"):
        return "%", m.end()
    if m.group("pp"):
        return "percentage points", m.end()
    if m.group("code"):
        return m.group("code"), m.end()
    if m.group("money"):
        money = _money_unit(ctx, a, m)
        if money is not None:
            return money, m.end()
        if a.currency is None and m.group("money").lower() == "pounds" and not m.group("nation"):
            return ("GBP" if _pounds_are_money(ctx, a, m.start("money")) else "pounds"), m.end()
        return a.currency, pos
    if a.currency is not None:
        return a.currency, pos
    if m.group("measure"):
        return m.group("measure"), m.end()
    return "times", m.end()


def _money_unit(ctx: _Context, a: _Amount, m: re.Match[str]) -> str | None:
    """The currency a word after the number names: an ISO code when the word or a nation before
    it settles it (`zloty` -> PLN, `Canadian dollars` -> CAD), else the word (`$` for dollars)."""
    word = " ".join(m.group("money").lower().split())
    if word == "pounds sterling":
        return "GBP"
    family = CURRENCY_WORDS[word]
    nation = " ".join((m.group("nation") or "").lower().split())
    code = NATION_CURRENCIES.get(family, {}).get(nation)
    if code is not None:
        return code
    if family == "pound" or (family in WORDS_NEEDING_SCALE and a.value == a.lead):
        return None  # `280 pounds` may be a weight; `12 won` a verb
    if family not in FAMILY_CODES and m.group("money")[0].isupper():
        return None  # `5 Francs` in a name
    if family == "dollar":
        return ctx.dollar
    return WORD_CODES.get(word) or FAMILY_CODES.get(family, m.group("money").lower())


def _pounds_are_money(ctx: _Context, a: _Amount, at: int) -> bool:
    """`half a million pounds` raised is money; `weighing 280 pounds` and `two pounds of bacon` weigh."""
    t = ctx.spacy_at(at)
    if t is None or t.ent_type_ != "MONEY":
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        noun = _of_noun(ctx, nxt.idx)
        return noun is not None and noun.lemma_.lower() in _MONEY_NOUNS
    number = ctx.spacy_at(a.start)
    first = max(t.sent.start, (number.i if number is not None else t.i) - 6)
    return not any(w.lower_ in _WEIGHT_WORDS for w in t.doc[first : t.i + 1]) and t.head.lemma_ != "weigh"


def _unit(ctx: _Context, a: _Amount, qual: _Qualifier) -> tuple[str | None, int, str | None]:
    """(unit, end of the figure's span, how the unit was found)."""
    unit, pos = _unit_after(ctx, a, a.end)
    if unit is not None:
        return unit, pos, "written"
    hyphen = _HYPHEN_UNIT_RE.match(ctx.text, a.end)
    if hyphen is not None:
        word = hyphen.group(1).lower()
        if word == "year" and hyphen.group(2):
            return "years", hyphen.end(), "age"
        if word == "fold":
            return "times", hyphen.end(), "compound"
        t = ctx.spacy_at(hyphen.start(1))
        if (
            word not in NUMBER_WORDS
            and t is not None
            and t.tag_ in ("NN", "NNS")
            and not t.vocab[word].is_stop
        ):
            return word, hyphen.end(), "compound"  # "12-member", "ten-storey"
        if t is not None and t.pos_ in ("ADJ", "VERB") and word not in ("strong", "plus", "odd"):
            return None, a.end, "adjective"  # "three-dimensional", "two-legged": no count
    if qual.age:
        return "years", a.end, "age"
    noun = _noun_after(ctx, a.end, one=a.value == 1)
    if noun is not None:
        return noun.text, noun.end_char, "plural" if noun[-1].tag_ in _PLURAL_TAGS else "noun"
    counted = _of_noun(ctx, a.end)
    if counted is not None:
        kind = "plural" if counted.tag_ in _PLURAL_TAGS else "noun"
        return counted.text, _of_phrase_end(ctx, a.end, counted), kind
    return None, a.end, None
