"""Figures: the numbers in a claim that count or measure something.

`find_figures(doc, start, end)` reads the text between the two character
offsets with its own small tokenizer (spaCy splits `120m`, `3%-4%` or
`10.30pm` inconsistently) and uses the parsed `doc` only to name the thing
counted: the plural noun after the number, or the noun of an `of` phrase.

What counts (see GUIDELINES.md, "Figures"): digits (`12,000`, `1.2`), scales
(`1.2 million`, `$2.5bn`, `€120m`), number words (`three hundred`, `twelve
hundred`, `two dozen`, `a hundred`), percentages, money, measures, ranges
(`20,000 to 25,000`, `between 3% and 4%`, `20,000-25,000`), bounds (`over`,
`up to`...), hedges (`about`, `some`, `well over`...), vague counts (`dozens of
officers`, `several months`: no value), fractions (`a third`, `nearly half`) and
South Asian scales (`Tk 25 crore`, `2 lakh farmers`).

Decisions where the guidelines are silent:
- A fraction is reported as a percentage: `a third` -> value 33.33..., unit `%`,
  but a share of a measure is the measure (`a quarter inch` -> 0.25 inch, `half a mile`);
  `half` only counts before `of`/a determiner or after a hedge (`nearly half`),
  never in `half-time` or `the first half`.
- Ages are figures with unit `years`: `aged 34`, `a 14-year-old`, `Janet
  Pryce, 71,`, `the driver, 52,`, `she is 19`, `my neighbour is 88`, `under
  the age of 15` (high 15).
- A bound reaches over `another`/`a further`: `at least another 15 years`
  -> low 15.
- `one` is a figure (`One was wiped out`) except as a pronoun or in idioms:
  `the one we had`, `one of the people`, `one after another`, `one-off`.
- Money has an ISO code as unit where the text settles the currency (`€` and
  `euros` -> EUR, `C$` -> CAD, `US$`/`U.S. dollars` -> USD, `zloty` -> PLN,
  `Swiss francs` -> CHF), else the symbol or word as written: a bare `$` or
  `dollars` -> `$`, `pesos`, `kroner`. `won`, `real`... are money only after a
  scale or a nation (`3 trillion won`, not `12 won seats`). `pounds` is GBP
  only beside `£`, `sterling`, a nation or a MONEY entity with no weighing
  word near it (`weighing roughly 280 pounds`, `two pounds of bacon` weigh).
- The counted noun keeps the common nouns compounded with it (`52 attack
  drones` -> `attack drones`), not proper nouns or adjectives (`four Saskatoon
  power plays` -> `power plays`). A singular noun right after a number is a
  measure written without its hyphen (`a 47 month term` -> `month`).
- `over` right after an amount and before a period (`$1.5 billion over five
  years`) is the preposition, not a bound; `from 3% to 4%` is a change (two
  figures), not a range.

Race times (`3:44.2`, `1:58:33`, `in 3:44`) are figures in seconds, unit `s` (see `times`).

Not figures: years, day-of-month numbers beside a month name, times (`11pm`,
`06:30`, `at 7.45`), ordinals, match scores (`2-1`, a `-` pair whose first
number is not the smaller, or any small pair in a sentence about a match),
phone numbers and ISO dates (hyphen chains, leading zeros, the groups after a leading
zero or `+`: `01632 960418`), numbers glued to a
name (`G7`, `Su-34`, `Shahed-136s`) or after a capitalised name (`Route 66`),
house numbers before a street name, `the 47` where the article names a
`number 47 bus` or a `Boeing 47` (in the same parsed doc), a number listed right after one glued to
a name (`A300 and 747`), a number after a calling verb (`called 911`), a distance naming a race
(`the 400 m hurdles`), a number alone on its line (the
`-30-` that ends a press release), and the idioms `in one go`, `at one point`.

Limits: English only; `one in five`, `1/3`, multiplications (`twice`) and
negative numbers are not read; a bare `1500` with no counted noun is taken
for a year; the counted noun depends on the small model's tags.
"""

from __future__ import annotations

from claimx.lexicon.currency import CURRENCY_CODES, CURRENCY_SYMBOLS
from claimx.lexicon.numbers import NUMBER_WORDS
from claimx.rules.chunk import Chunk, FigureRecord
from claimx.rules.figures.amounts import _Amount, _read_amount
from claimx.rules.figures.filters import _counts, _glued_to_name, _is_age, _pair, _skip_chain, names_an_event
from claimx.rules.figures.qualifiers import _POST_QUALIFIER_RE, _Qualifier, _qualifier
from claimx.rules.figures.times import _race_time
from claimx.rules.figures.tokens import _Context, _make, _Tok
from claimx.rules.figures.units import _unit, _unit_after
from claimx.rules.figures.vague import _DENOMINATORS, _FEW, _VAGUE, _VAGUE_SPANS, _fraction, _vague_count
from claimx.rules.numbers import to_number

# Every word that one of the readers (`_read_amount`, `_vague_count`, `_fraction`) starts with.
_STARTERS = frozenset({*NUMBER_WORDS, *_FEW, *_VAGUE, *_VAGUE_SPANS, *_DENOMINATORS, "a", "an", "and", "-"})


def find_figures(chunk: Chunk) -> list[FigureRecord]:
    """Every figure whose number lies in the chunk's body, sorted, without overlaps.

    A figure's span runs from its hedge or bound word (`about`, `over`) over
    the number to its unit or counted noun when those follow it, clipped to
    the body.  The chunk's Doc must be parsed (tagger and parser); nothing is
    re-run on it.
    """
    start, end = chunk.body_start, len(chunk.text)
    if start >= end:
        return []
    ctx = _Context(chunk, start, end)
    found: list[FigureRecord] = []
    i = ctx.index_at(start)
    toks = ctx.toks
    while i < len(toks) and toks[i].start < end:
        if not _may_start(toks[i]):
            i += 1
            continue
        figure, i = _figure_at(ctx, i)
        if figure is not None:
            found.append(figure)
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[FigureRecord] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


def _may_start(tok: _Tok) -> bool:
    """Whether any reader below could start at `tok`: most words start none, and skip them all."""
    text = tok.text
    return text[0].isdigit() or tok.lower in _STARTERS or text in CURRENCY_SYMBOLS or text in CURRENCY_CODES


def _figure_at(ctx: _Context, i: int) -> tuple[FigureRecord | None, int]:
    """The figure that starts with token i, if any, and the index to go on from."""
    for reader in (_race_time, _vague_count, _fraction):
        got = reader(ctx, i)
        if got is not None:
            return got
    amount = _read_amount(ctx, i)
    if amount is None:
        return None, i + 1
    return _figure_from(ctx, amount)


def _figure_from(ctx: _Context, a: _Amount) -> tuple[FigureRecord | None, int]:
    toks = ctx.toks
    skip = _skip_chain(ctx, a)
    if skip is not None:
        return None, skip
    if _glued_to_name(ctx, a.first):
        return None, a.last
    qual = _qualifier(ctx, a)
    # A second number after `-`, `to`, `or` (or `and` after `between`) may make a range.
    k = ctx.index_at(_unit_after(ctx, a, a.end)[1])
    conn = ctx.lower(k)
    dash = conn in ("-", "–", "—")
    if (dash or conn in ("to", "or") or (conn == "and" and qual.between is not None)) and k + 1 < len(toks):
        b = _read_amount(ctx, k + 1) if not dash or toks[k + 1].start - toks[k].end <= 1 else None
        if b is not None:
            pair = _pair(ctx, a, b, conn, qual)
            if pair == "neither":
                return None, b.last
            if pair == "range":
                return _range_figure(ctx, a, b, qual)
    unit, end, kind = _unit(ctx, a, qual)
    if not _counts(ctx, a, qual, kind) or (kind == "written" and names_an_event(ctx, end)):
        return None, a.last
    if kind == "age" or (kind is None and _is_age(ctx, a)):
        unit = "years"
    bound, qualifier, approximate = qual.bound, qual.text, qual.approximate
    if a.plus and bound is None:
        bound, qualifier = "low", "+"
    post = _POST_QUALIFIER_RE.match(ctx.text, end)
    if post is not None and bound is None and not qual.approximate:
        bound = "low" if post.group("more") else "high" if post.group("fewer") else None
        approximate = post.group("approx") is not None
        qualifier, end = post.group().strip().lstrip("-"), post.end()
    value = to_number(a.value)
    return _make(
        ctx,
        qual.start,
        end,
        a.start,
        value=value,
        low=value if bound == "low" else None,
        high=value if bound == "high" else None,
        approximate=approximate,
        qualifier=qualifier,
        unit=unit,
    ), max(a.last, ctx.index_at(end))


def _range_figure(ctx: _Context, a: _Amount, b: _Amount, qual: _Qualifier) -> tuple[FigureRecord | None, int]:
    # "$5-6 billion": the second number's scale, currency and % cover the first.
    if a.value == a.lead and b.value != b.lead and b.lead and a.lead < b.lead:
        a.value = a.lead * (b.value / b.lead)
    a.currency = a.currency or b.currency
    b.currency = b.currency or a.currency
    unit_a, _ = _unit_after(ctx, a, a.end)
    unit, end, _kind = _unit(ctx, b, qual)
    if qual.age:
        unit = "years"
    return _make(
        ctx,
        qual.start if qual.between is None else qual.between,
        end,
        a.start,
        value=None,
        low=to_number(a.value),
        high=to_number(b.value),
        approximate=qual.approximate,
        qualifier=qual.text,
        unit=unit or unit_a,
    ), max(b.last, ctx.index_at(end))
