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
officers`: no value) and fractions (`a third`, `nearly half`).

Decisions where the guidelines are silent:
- A fraction is reported as a percentage: `a third` -> value 33.33..., unit `%`;
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

Not figures: years, day-of-month numbers beside a month name, times (`11pm`,
`06:30`, `at 7.45`), ordinals, match scores (`2-1`, a `-` pair whose first
number is not the smaller, or any small pair in a sentence about a match),
phone numbers and ISO dates (hyphen chains, leading zeros), numbers glued to a
name (`G7`, `Su-34`, `Shahed-136s`) or after a capitalised name (`Route 66`),
house numbers before a street name, `the 47` where the article names a
`number 47 bus` (in the same parsed doc), a number alone on its line (the
`-30-` that ends a press release), and the idioms `in one go`, `at one point`.

Limits: English only; `one in five`, `1/3`, multiplications (`twice`) and
negative numbers are not read; a bare `1500` with no counted noun is taken
for a year; the counted noun depends on the small model's tags.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimx.pipeline.nlp import text_of
from claimx.rules.chunk import Chunk, FigureRecord
from claimx.rules.numbers import (
    BIG_SCALES,
    CURRENCY_CODES,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    UNITS,
    parse_digits,
    parse_words,
    to_number,
)

# Currency symbols glued to a number, digits with whatever is glued to them
# ("2.5bn", "37.5%", "23rd", "10.30pm"), words, and any other character.
_TOKEN_RE = re.compile(
    r"(?:US|NZ|HK|[ACSR])\$|[$€£¥₹₴₽]|[0-9]+(?:[.,:/][0-9]+)*(?:[^\W\d_]+|%|°[CF]?)?|[^\W\d_]+|\S"
)
_NUMERAL_RE = re.compile(
    r"(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)(?P<suffix>[^\W\d_]+|%|°[CF]?)?"
)

# A bare `$` (or `dollars`) is any dollar: it stays `$`; USD needs `US$`, `USD` or `U.S. dollars`.
_CURRENCY_SYMBOLS = {
    "$": "$",
    "US$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
}
# Currency words after a number -> the currency family they name.
_CURRENCY_WORDS = {
    **dict.fromkeys(("dollar", "dollars"), "dollar"),
    **dict.fromkeys(("euro", "euros"), "euro"),
    **dict.fromkeys(("pound", "pounds"), "pound"),
    "sterling": "sterling",
    "yen": "yen",
    **dict.fromkeys(("yuan", "renminbi"), "yuan"),
    **dict.fromkeys(("hryvnia", "hryvnias", "hryvnas"), "hryvnia"),
    **dict.fromkeys(("rouble", "roubles", "ruble", "rubles"), "rouble"),
    **dict.fromkeys(("zloty", "zlotys", "zlotych"), "zloty"),
    **dict.fromkeys(("forint", "forints"), "forint"),
    **dict.fromkeys(("koruna", "korunas", "koruny", "korun"), "koruna"),
    **dict.fromkeys(("krona", "kronor", "kronur"), "krona"),
    **dict.fromkeys(("krone", "kroner"), "krone"),
    **dict.fromkeys(("lira", "liras", "lire"), "lira"),
    "rand": "rand",
    **dict.fromkeys(("real", "reais"), "real"),
    **dict.fromkeys(("peso", "pesos"), "peso"),
    "naira": "naira",
    **dict.fromkeys(("shekel", "shekels", "sheqel", "sheqels"), "shekel"),
    **dict.fromkeys(("dirham", "dirhams"), "dirham"),
    **dict.fromkeys(("riyal", "riyals", "rial", "rials"), "riyal"),
    **dict.fromkeys(("dinar", "dinars"), "dinar"),
    "won": "won",
    "baht": "baht",
    "ringgit": "ringgit",
    **dict.fromkeys(("franc", "francs"), "franc"),
    "rupiah": "rupiah",
    **dict.fromkeys(("rupee", "rupees"), "rupee"),
    "taka": "taka",
    "dong": "dong",
    "tenge": "tenge",
    **dict.fromkeys(("lari", "laris"), "lari"),
    **dict.fromkeys(("leu", "lei"), "leu"),
    **dict.fromkeys(("lev", "leva"), "lev"),
    **dict.fromkeys(("cedi", "cedis"), "cedi"),
    **dict.fromkeys(("shilling", "shillings"), "shilling"),
    "birr": "birr",
}
# The ISO code a family's word gives alone; missing where several countries use the word
# (`pesos`, `francs`, `kroner`): then the word itself is the unit unless a nation names it.
_FAMILY_CODES = {
    "euro": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "hryvnia": "UAH",
    "rouble": "RUB",
    "zloty": "PLN",
    "forint": "HUF",
    "koruna": "CZK",
    "lira": "TRY",
    "rand": "ZAR",
    "real": "BRL",
    "naira": "NGN",
    "shekel": "ILS",
    "won": "KRW",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "taka": "BDT",
    "dong": "VND",
    "tenge": "KZT",
    "lari": "GEL",
    "leu": "RON",
    "lev": "BGN",
    "cedi": "GHS",
    "birr": "ETB",
}
# Plurals that settle a family the singular leaves open: Swedish `kronor`, Icelandic `kronur`.
_WORD_CODES = {"kronor": "SEK", "kronur": "ISK"}
# Words that are also common English (`12 won`, `three real risks`): money only after a
# scale (`2 trillion won`) or a nation (`South Korean won`).
_CURRENCY_WORDS_NEEDING_SCALE = frozenset({"won", "real", "dong", "leu", "lev"})
# A nation before the word settles the currency: `Canadian dollars`, `Swiss francs`.
_NATION_CURRENCIES = {
    "dollar": {
        "us": "USD",
        "u.s.": "USD",
        "american": "USD",
        "canadian": "CAD",
        "australian": "AUD",
        "hong kong": "HKD",
        "new zealand": "NZD",
        "singapore": "SGD",
        "taiwan": "TWD",
        "jamaican": "JMD",
    },
    "pound": {"british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG"},
    "peso": {
        "mexican": "MXN",
        "argentine": "ARS",
        "argentinian": "ARS",
        "philippine": "PHP",
        "colombian": "COP",
        "chilean": "CLP",
        "cuban": "CUP",
        "uruguayan": "UYU",
    },
    "krona": {"swedish": "SEK", "icelandic": "ISK"},
    "krone": {"danish": "DKK", "norwegian": "NOK"},
    "franc": {"swiss": "CHF", "congolese": "CDF", "rwandan": "RWF", "guinean": "GNF"},
    "dinar": {
        "iraqi": "IQD",
        "kuwaiti": "KWD",
        "jordanian": "JOD",
        "bahraini": "BHD",
        "libyan": "LYD",
        "tunisian": "TND",
        "algerian": "DZD",
        "serbian": "RSD",
    },
    "dirham": {"uae": "AED", "emirati": "AED", "moroccan": "MAD"},
    "riyal": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "yemeni": "YER"},
    "rupee": {
        "indian": "INR",
        "pakistani": "PKR",
        "sri lankan": "LKR",
        "nepalese": "NPR",
        "nepali": "NPR",
        "mauritian": "MUR",
    },
    "shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    "won": {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"},
    "real": {"brazilian": "BRL"},
    "leu": {"romanian": "RON", "moldovan": "MDL"},
}
_NATIONS_RE = "|".join(
    re.escape(n).replace(r"\ ", r"[^\S\n]")
    for n in sorted({n for nations in _NATION_CURRENCIES.values() for n in nations}, key=len, reverse=True)
)
_MONEY_WORDS_RE = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
_CODES_RE = "|".join(sorted(CURRENCY_CODES))
# `pounds` is a weight unless money is plain from the words around it.
_WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight weights heavy heavier heaviest lighter lightest overweight".split()
)
_MONEY_NOUNS = frozenset(
    "money cash funding funds fund investment aid revenue revenues tax taxes profit profits debt debts"
    " savings subsidy subsidies spending income wages".split()
)
_GLUED_UNITS = frozenset(
    "km kms m cm mm mi ft in kg kgs g mg lb lbs oz t kt mt l ml kw mw gw kwh mwh gwh twh mph kph kmh ha hz"
    " khz mhz ghz gb tb mb".split()
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
      | (?P<measure>(?i:km/h|m/s|sq[^\S\n]km|square[^\S\n](?:kilometres|kilometers|miles|metres|meters|feet)
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
_TIME_AFTER_RE = re.compile(
    r"[^\S\n]?(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock\b|(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|local[^\S\n]time)\b)",
    re.I,
)
_HYPHEN_UNIT_RE = re.compile(r"-([^\W\d_]+)(-old\b)?")
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
_HEDGES = frozenset(
    {
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
# Words for a person, whose bare number is an age: `my neighbour is 88`, `the driver, 52,`.
_PERSON_NOUNS = frozenset(
    "he she i man woman boy girl child kid baby toddler teenager teen victim driver passenger pedestrian"
    " cyclist rider suspect defendant resident neighbour neighbor mother father mum mom dad son daughter"
    " brother sister wife husband partner grandmother grandfather grandson granddaughter grandma grandpa"
    " gran uncle aunt cousin nephew niece friend widow widower pensioner patient pupil student owner".split()
)

_MONTHS = frozenset(
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_YEAR_PREPOSITIONS = frozenset("in since by until till through during before after from".split())
_CLOCK_RE = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
_TIME_PREPOSITIONS = frozenset("at until till before after from by".split())
# Lower-case nouns that take a number as a name: `flight 370`, `article 5`, `No. 10`.
_NAME_NOUNS = frozenset(
    "no nos number page room gate platform flight route highway interstate chapter article section paragraph"
    " clause phase stage level grade episode version model category tier round line bus channel".split()
)
_NAME_ORDER_WORDS = frozenset("last first next same new old only".split())
_STREETS = frozenset(
    "Street St Road Rd Avenue Ave Lane Boulevard Blvd Drive Way Place Square Court Terrace Crescent".split()
)
_PERIOD_NOUNS = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+(?:[^\S\n]+|-))?(?:years?|months?|weeks?|days?|hours?|decades?|centuries|minutes?|seasons?"
    r"|summers?|winters?|nights?)\b(?![^\S\n]+(?:old|ago)\b)",
    re.I,
)
_PERIOD_WORDS = frozenset("second minute hour day week month year decade century season".split())
_LENGTH_ASKERS = frozenset(
    "for in after of within than spent spend spends spending lasted last lasts lasting took take takes taking"
    " served".split()
)
_SPORT_WORDS = frozenset(
    "beat beats beaten won win wins winning lost lose loses losing loss defeat defeated defeats draw drew"
    " drawn victory scored score lead led trail trailing final match game goal goals half-time".split()
)
_SENTENCE_OPENERS = frozenset(".!?:\"“‘'(—–•*")
_VAGUE = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"})
_VAGUE_MULTIPLES = frozenset({"hundreds", "thousands", "millions", "billions"})  # "tens of thousands of"
_FEW = frozenset({"several", "many", "few"})
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
# Every word that one of the readers (`_read_amount`, `_vague_count`, `_fraction`) starts with.
_STARTERS = frozenset({*NUMBER_WORDS, *_FEW, *_VAGUE, *_DENOMINATORS, "a", "an", "and", "-"})
_HALF_FOLLOWERS = frozenset("of the a an its their his her our my your all these those this that".split())
_HALF_BLOCKERS = frozenset("the first second a an and other latter former one each".split())
_ONE_BLOCKERS_BEFORE = frozenset(
    "the this that which each every any no another only other last big little".split()
)
# `in one go`, `at one point`, `in one fell swoop`: idioms, not counts.
_ONE_IDIOM_NOUNS = frozenset({"go", "point", "stage", "time", "moment", "sitting", "fell", "piece", "voice"})
_ONE_PRONOUN_PREPOSITIONS = frozenset({"for", "with", "without", "like", "into"})
_ONE_BLOCKERS_AFTER = frozenset("of another other by after could can would should must might may".split())
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "NNP", "RB"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NAME_ENTITIES = frozenset({"PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


class _Tok(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


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


@dataclass
class _Qualifier:
    start: int  # character where the qualifier starts (the number's start when there is none)
    bound: str | None = None  # "low" or "high"
    text: str | None = None
    approximate: bool = False
    between: int | None = None  # where `between` starts, if the number follows it
    from_: bool = False
    age: bool = False


class _Context:
    """The text around one claim, tokenized once.

    Only a window of the doc's text around the claim is tokenized, padded on
    the left so that offsets stay those of the doc.
    """

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        # A margin of context on both sides, cut between words.
        first = _token_index(doc, max(0, start - 80))
        while first > 0 and _glued(doc[first - 1], doc[first]):
            first -= 1
        last = _token_index(doc, end + 40)
        while last + 1 < len(doc) and _glued(doc[last], doc[last + 1]):
            last += 1
        window_start = doc[first].idx
        window_end = doc[last].idx + len(doc[last].text_with_ws)
        self.doc = doc
        self.text = " " * window_start + text_of(doc)[window_start:window_end]
        self.start = start
        self.end = end
        self.toks = [
            _Tok(m.group(), m.group().lower(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(self.text, window_start)
        ]
        self.starts = [t.start for t in self.toks]

    def full_text(self) -> str:
        return text_of(self.doc)

    def lower(self, i: int) -> str:
        return self.toks[i].lower if 0 <= i < len(self.toks) else ""

    def glued(self, i: int, j: int) -> bool:
        """True when tokens i and j (j == i + 1) touch with no space between."""
        return i >= 0 and j < len(self.toks) and self.toks[i].end == self.toks[j].start

    def index_at(self, char: int) -> int:
        """Index of the first of our tokens starting at or after `char`."""
        return bisect_left(self.starts, char)

    def spacy_at(self, char: int) -> Token | None:
        k = bisect_left(self.doc, char, key=_token_start)
        return self.doc[k] if k < len(self.doc) else None

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return prev.text in _SENTENCE_OPENERS or "\n" in self.text[prev.end : self.toks[i].start]


def _token_start(t: Token) -> int:
    return t.idx


def _token_index(doc: Doc, char: int) -> int:
    """Index of the token that holds `char` (or the last token before it)."""
    return max(0, bisect_right(doc, char, key=_token_start) - 1)


def _glued(left: Token, right: Token) -> bool:
    return not left.whitespace_ and not left.is_space and not right.is_space


def find_figures(chunk: Chunk) -> list[FigureRecord]:
    """Every figure whose number lies in the chunk's body, sorted, without overlaps.

    A figure's span runs from its hedge or bound word (`about`, `over`) over
    the number to its unit or counted noun when those follow it, clipped to
    the body.  The chunk's Doc must be parsed (tagger and parser); nothing is
    re-run on it.
    """
    doc, start, end = chunk.doc, chunk.body_start, len(chunk.text)
    if start >= end:
        return []
    ctx = _Context(doc, start, end)
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
    return text[0].isdigit() or tok.lower in _STARTERS or text in _CURRENCY_SYMBOLS or text in CURRENCY_CODES


def _figure_at(ctx: _Context, i: int) -> tuple[FigureRecord | None, int]:
    """The figure that starts with token i, if any, and the index to go on from."""
    for reader in (_vague_count, _fraction):
        got = reader(ctx, i)
        if got is not None:
            return got
    amount = _read_amount(ctx, i)
    if amount is None:
        return None, i + 1
    return _figure_from(ctx, amount)


# --- reading one number -------------------------------------------------------------------------


def _read_amount(ctx: _Context, i: int) -> _Amount | None:
    """The number that starts at token i with its currency prefix, scale and glued suffix."""
    toks = ctx.toks
    first, currency = i, None
    if toks[i].text in _CURRENCY_SYMBOLS or toks[i].text in CURRENCY_CODES:
        if i + 1 >= len(toks) or not toks[i + 1].text[0].isdigit() or toks[i + 1].start - toks[i].end > 1:
            return None
        currency = _CURRENCY_SYMBOLS.get(toks[i].text, toks[i].text)
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
    if nxt in ("bn", "mn", "mln", "bln", "tn") or (currency is not None and nxt in ("m", "b", "k")):
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
    if ctx.lower(i) in _CURRENCY_WORDS and ctx.lower(i) not in _CURRENCY_WORDS_NEEDING_SCALE:
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


# --- turning a number into a figure -------------------------------------------------------------


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
    if not _counts(ctx, a, qual, kind):
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


def _make(ctx: _Context, start: int, end: int, anchor: int, **fields: object) -> FigureRecord | None:
    """A figure on [start, end) clipped to the claim, if its number (at `anchor`) lies in the claim."""
    if not ctx.start <= anchor < ctx.end:
        return None
    start, end = max(start, ctx.start), min(end, ctx.end)
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return FigureRecord(start, end, **fields)  # type: ignore[arg-type]


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


def _pair(ctx: _Context, a: _Amount, b: _Amount, conn: str, qual: _Qualifier) -> str:
    """Two numbers joined by `-`, `to`, `or`, `and`: a "range", "neither" a range nor figures
    (dates, seasons, scores), or "single" figures each."""
    dash = conn in ("-", "–", "—")
    if a.plain and b.plain:
        if 1 <= a.value <= 31 and (_beside_month(ctx, a) or _beside_month(ctx, b)):
            return "neither"  # "March 15 to 17", "27-28 July"
        if _looks_like_year(a) and (_looks_like_year(b) or len(b.digits) == 2):
            return "neither"  # "2019 to 2021", "2023-24"
    if conn in ("to", "or") and qual.from_:
        return "single"  # "rose from 3% to 4%" is a change, not a range
    if dash and a.plain and b.plain:
        if a.value >= b.value or a.value == 0:
            return "neither"  # "won 2-1", "drew 1-1"
        sentence = ctx.spacy_at(a.start)
        if sentence is not None and b.value <= 200 and {t.lower_ for t in sentence.sent} & _SPORT_WORDS:
            return "neither"  # "lost 1-3"
    return "range" if a.value < b.value else "single"


def _skip_chain(ctx: _Context, a: _Amount) -> int | None:
    """ISO dates, phone numbers and codes: digit groups joined by hyphens, or with a leading zero."""
    toks = ctx.toks
    k = a.last
    groups = 1
    while (
        k + 1 < len(toks)
        and toks[k].text == "-"
        and ctx.glued(k - 1, k)
        and ctx.glued(k, k + 1)
        and toks[k + 1].text[0].isdigit()
    ):
        groups += 1
        k += 2
    leading_zero = len(a.digits) > 1 and a.digits[0] == "0" and "." not in a.digits
    signed = a.first > 0 and toks[a.first - 1].text == "+" and not a.percent
    if groups >= 3 or leading_zero or signed or (a.first > 0 and toks[a.first - 1].text == "#"):
        return k
    return None


def _glued_to_name(ctx: _Context, i: int) -> bool:
    """`G7`, `Su-34`, `COVID-19`: digits stuck to a word."""
    toks = ctx.toks
    if not ctx.glued(i - 1, i):
        return False
    prev = toks[i - 1]
    if prev.text[0].isalpha():
        return True
    return prev.text == "-" and ctx.glued(i - 2, i - 1) and toks[i - 2].text[0].isalpha()


def _looks_like_year(a: _Amount) -> bool:
    return a.plain and len(a.digits) == 4 and 1000 <= a.value <= 2100


# --- qualifiers, units, filters -----------------------------------------------------------------


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
        qual.from_ = ctx.lower(i - 1) == "from"
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
    family = _CURRENCY_WORDS[word]
    nation = " ".join((m.group("nation") or "").lower().split())
    code = _NATION_CURRENCIES.get(family, {}).get(nation)
    if code is not None:
        return code
    if family == "pound" or (family in _CURRENCY_WORDS_NEEDING_SCALE and a.value == a.lead):
        return None  # `280 pounds` may be a weight; `12 won` a verb
    if family not in _FAMILY_CODES and m.group("money")[0].isupper():
        return None  # `5 Francs` in a name
    if family == "dollar":
        return "$"
    return _WORD_CODES.get(word) or _FAMILY_CODES.get(family, m.group("money").lower())


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
        if word not in NUMBER_WORDS and t is not None and t.tag_ in ("NN", "NNS"):
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


def _noun_after(ctx: _Context, pos: int, one: bool = False) -> Span | None:
    """The counted noun after the number: the first plural noun across modifiers
    (`12,000 North Korean soldiers`, `35,000 war-damaged structures`), else the
    last noun of the first run of nouns (`one semi truck`), with the common nouns
    compounded with it (`four Saskatoon power plays` -> `power plays`).

    A singular noun right after a number other than one is a measure written
    without its hyphen (`a 47 month prison term` -> `month`, `a 6.3 magnitude
    quake`), and so is a period noun after `one` (`one year prison sentence`)."""
    first = ctx.spacy_at(pos)
    if first is None:
        return None
    doc = ctx.doc
    singular: Token | None = None
    run_start: Token | None = None
    in_run = False
    for t in doc[first.i : first.i + 7]:
        if t.text == "-" and t.i > first.i and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            continue  # the hyphen of a compound modifier
        if not t.is_alpha or t.text in _MONTHS or (t.is_stop and t.tag_ not in _ADJECTIVE_TAGS):
            break
        if t.tag_ in _PLURAL_TAGS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.dep_ == "compound" and nxt is not None and nxt.tag_ in _NOUN_TAGS:
                continue  # "people smugglers", "Armed Forces personnel"
            return _with_compounds(t, first.i)
        if t.tag_ == "NN":
            if singular is None or in_run:
                run_start = run_start if in_run else t
                singular = t
            in_run = True
            continue
        in_run = False
        if t.tag_ not in _ADJECTIVE_TAGS:
            break
    if singular is None or run_start is None:
        return None
    if run_start.i == first.i and run_start.i < singular.i and (not one or run_start.lower_ in _PERIOD_WORDS):
        last = run_start.i
        if doc[last + 1].text == "-" and last + 2 <= singular.i and _glued(doc[last], doc[last + 1]):
            last += 2  # `a 10 percentage-point increase`
        return doc[run_start.i : last + 1]
    return _with_compounds(singular, first.i)


def _with_compounds(head: Token, first: int) -> Span:
    """`head` with the singular common nouns right before it that compound with it: `attack
    drones`, `treatment centres`; never a proper noun or an adjective (`Saskatoon`, `war-damaged`)."""
    k = head.i
    while (
        k - 1 >= first
        and head.doc[k - 1].tag_ == "NN"
        and head.doc[k - 1].dep_ == "compound"
        and k - 1 < head.doc[k - 1].head.i <= head.i
    ):
        k -= 1
    return head.doc[k : head.i + 1]


def _of_noun(ctx: _Context, pos: int) -> Token | None:
    """`38 of the drones` -> drones; None for `of them`, `of whom`."""
    of = ctx.spacy_at(pos)
    if of is None or of.lower_ != "of":
        return None
    for t in of.doc[of.i + 1 : of.i + 7]:
        if t.head.i == of.i and t.dep_ == "pobj":
            return t if t.tag_ in ("NN", "NNS", "NNPS") else None
    return None


def _of_phrase_end(ctx: _Context, pos: int, noun: Token) -> int:
    """Where a figure that counts `noun` through `of` ends: after the noun, unless another
    number stands before it (`two of the city's four lines`), which is a figure of its own."""
    of = ctx.spacy_at(pos)
    if of is not None and any(t.tag_ == "CD" or t.like_num for t in noun.doc[of.i + 1 : noun.i]):
        return pos
    return noun.idx + len(noun.text)


def _counts(ctx: _Context, a: _Amount, qual: _Qualifier, kind: str | None) -> bool:
    """False for the numbers that are not figures: years, days, times, names, pronoun `one`."""
    toks = ctx.toks
    prev = ctx.lower(a.first - 1)
    prev_tok = toks[a.first - 1] if a.first > 0 else None
    if kind == "adjective":
        return False
    if a.word:
        return _word_counts(ctx, a)
    if a.currency is None and not a.percent and _TIME_AFTER_RE.match(ctx.text, a.end):
        return False
    if kind is None and prev in _TIME_PREPOSITIONS and _CLOCK_RE.fullmatch(a.digits):
        return False  # "at 7.45"
    if not a.plain or a.currency is not None:
        return True
    if _looks_like_year(a) and not _counts_as_year_sized(ctx, a, kind, prev_tok):
        return False
    if 1 <= a.value <= 31 and _beside_month(ctx, a):
        return False
    if kind in ("written", "plural") or qual.text is not None:
        return True
    if prev in _NAME_NOUNS or (prev == "." and ctx.lower(a.first - 2) in ("no", "nos")):
        return False  # "flight 370", "No. 10"
    if kind is None and _alone_on_line(ctx, a):
        return False  # the `-30-` that ends a press release, a page number
    if _names_a_thing(ctx, a):
        return False  # "If the 47 goes" after "the number 47 bus"
    if (
        prev_tok is not None
        and prev_tok.text[0].isupper()
        and prev_tok.text not in _MONTHS
        and prev_tok.text not in CURRENCY_CODES
        and (not ctx.sentence_initial(a.first - 1) or _is_proper_noun(ctx, prev_tok))
    ):
        return False  # "Route 66", "Apollo 11"; but "All 189 died"
    t = ctx.spacy_at(a.start)
    if t is not None and t.ent_type_ in _NAME_ENTITIES and t.ent_iob_ == "I":
        return False  # "Boeing 707" as one product name
    return not _before_street(ctx, a.last)


def _alone_on_line(ctx: _Context, a: _Amount) -> bool:
    """Nothing but punctuation shares the number's line (looked at up to 100 characters each way)."""
    text = ctx.text
    low, high = max(0, a.start - 100), min(len(text), a.end + 100)
    line_start = text.rfind("\n", low, a.start) + 1 or low
    line_end = text.find("\n", a.end, high)
    rest = text[line_start : a.start] + text[a.end : line_end if line_end >= 0 else high]
    return not any(c.isalnum() for c in rest)


def _names_a_thing(ctx: _Context, a: _Amount) -> bool:
    """`the 47`, `the last 47` with no noun, where the article calls 47 a name elsewhere
    (`the number 47 bus`, `Route 47`, `flight 47`): the thing named, not a count."""
    k = a.first - 1
    if ctx.lower(k) in _NAME_ORDER_WORDS:
        k -= 1
    if ctx.lower(k) != "the":
        return False
    nxt = ctx.spacy_at(a.end)
    if nxt is not None and nxt.tag_ in _PLURAL_TAGS:
        return False
    pattern = rf"\b(?:{'|'.join(sorted(_NAME_NOUNS))})\.?[^\S\n]+{re.escape(a.digits)}(?![0-9]|[.,][0-9])"
    return re.search(pattern, ctx.full_text(), re.I) is not None


def _is_proper_noun(ctx: _Context, tok: _Tok) -> bool:
    t = ctx.spacy_at(tok.start)
    return t is not None and t.pos_ == "PROPN"


def _counts_as_year_sized(ctx: _Context, a: _Amount, kind: str | None, prev_tok: _Tok | None) -> bool:
    """`2000 people` counts; `in 2019`, `the 2016 Democratic primaries`, `September 2015 deaths` are years."""
    if prev_tok is not None and (prev_tok.lower in _YEAR_PREPOSITIONS or prev_tok.text in _MONTHS):
        return False
    if kind == "written":
        return True
    nxt = ctx.spacy_at(a.end)
    return kind == "plural" and nxt is not None and nxt.tag_ in _PLURAL_TAGS


def _word_counts(ctx: _Context, a: _Amount) -> bool:
    toks = ctx.toks
    first = toks[a.first]
    if first.text[0].isupper() and not ctx.sentence_initial(a.first):
        return False  # Formula One, the Big Three
    if a.value != 1 or a.last - a.first != 1:
        return True
    # The pronoun `one`: "the one we had", "one of the people", "one after another".
    if ctx.lower(a.first - 1) in _ONE_BLOCKERS_BEFORE or ctx.lower(a.last) in _ONE_BLOCKERS_AFTER:
        return False
    if ctx.glued(a.last - 1, a.last) and ctx.lower(a.last) == "-":
        return False  # one-off, one-time
    before, after = ctx.lower(a.first - 1), ctx.lower(a.last)
    if before in ("in", "at") and after in _ONE_IDIOM_NOUNS:
        return False  # in one go, at one point
    if before in _ONE_PRONOUN_PREPOSITIONS and (after in (".", "!", "?", ";", ",", ")") or not after):
        return False  # "fewer than 200 households have asked for one."
    following = [ctx.lower(k) for k in range(a.last, min(a.last + 5, len(toks)))]
    return not ("after" in following and "another" in following)


def _beside_month(ctx: _Context, a: _Amount) -> bool:
    toks = ctx.toks
    before = a.first - 1
    if before >= 0 and toks[before].text == "." and before > 0:
        before -= 1  # "Oct. 29"
    after = toks[a.last].text if a.last < len(toks) else ""
    return (before >= 0 and toks[before].text in _MONTHS) or after in _MONTHS or after.rstrip(".") in _MONTHS


def _before_street(ctx: _Context, k: int) -> bool:
    """`10 Downing Street`: a house number before a capitalised street name."""
    for t in ctx.toks[k : k + 4]:
        if not t.text[0].isupper():
            return False
        if t.text in _STREETS:
            return True
    return False


def _is_age(ctx: _Context, a: _Amount) -> bool:
    """`Janet Pryce, 71,` and `she is 19`: a bare number of years after a person."""
    if not a.plain or not 1 <= a.value <= 120:
        return False
    toks = ctx.toks
    i = a.first
    after = toks[a.last].text if a.last < len(toks) else "."
    if ctx.lower(i - 1) == "," and i >= 2 and after in (",", ")", ";"):
        if ctx.lower(i - 2) in _PERSON_NOUNS:
            return True  # `the driver, 52, was`
        if not toks[i - 2].text[0].isupper():
            return False
        t = ctx.spacy_at(toks[i - 2].start)
        return t is not None and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN")
    if ctx.lower(i - 1) in ("is", "was", "turned", "turns") and after in (",", ".", ";", "and", "when"):
        subject = ctx.lower(i - 2)
        t = ctx.spacy_at(toks[i - 2].start) if i >= 2 else None
        return subject in _PERSON_NOUNS or (t is not None and t.ent_type_ == "PERSON")
    return False


# --- vague counts and fractions -----------------------------------------------------------------


def _vague_count(ctx: _Context, i: int) -> tuple[FigureRecord | None, int] | None:
    """`dozens of officers`, `tens of thousands`, `several hundred`: approximate, no value."""
    toks = ctx.toks
    word = toks[i].lower
    k = i
    if word in _FEW or (word == "a" and ctx.lower(i + 1) == "few"):
        k = i + 1 if word in _FEW else i + 2
        if ctx.lower(k) not in ("dozen", "hundred", "thousand", "million", "billion"):
            return None
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
        if numerator == 0 or (singular and (numerator != 1 or ctx.lower(k + 1) != "of")):
            return None  # "a third time", "the third quarter"
        if not singular and numerator < 2:
            return None
        denominator, last = _DENOMINATORS[den], k
    else:
        return None
    end = toks[last].end
    start, qualifier, approximate, low, high = toks[i].start, None, False, None, None
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
    if phrase is not None:
        start = toks[i - len(phrase)].start
        qualifier = ctx.text[start : toks[i - 1].end]
        bound = _BOUNDS.get(phrase)
        approximate = bound is None
        low = value if bound == "low" else None
        high = value if bound == "high" else None
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
