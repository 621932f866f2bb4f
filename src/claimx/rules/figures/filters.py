"""The numbers that are not figures: years, days beside a month, times, names, scores, house numbers."""

from __future__ import annotations

import re

from claimx.lexicon.calendar import MONTH_WORDS, is_year
from claimx.lexicon.currency import CURRENCY_CODES
from claimx.lexicon.numbers import CALL_WORDS, EVENT_NOUNS, NAME_NOUNS
from claimx.rules.figures.amounts import _Amount
from claimx.rules.figures.qualifiers import _Qualifier
from claimx.rules.figures.tokens import _NAME_ENTITIES, _PLURAL_TAGS, _Context, _Tok

_TIME_AFTER_RE = re.compile(
    r"[^\S\n]?(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock\b|(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|local[^\S\n]time)\b)",
    re.I,
)
# Words for a person, whose bare number is an age: `my neighbour is 88`, `the driver, 52,`.
_PERSON_NOUNS = frozenset(
    "he she i man woman boy girl child kid baby toddler teenager teen victim driver passenger pedestrian"
    " cyclist rider suspect defendant resident neighbour neighbor mother father mum mom dad son daughter"
    " brother sister wife husband partner grandmother grandfather grandson granddaughter grandma grandpa"
    " gran uncle aunt cousin nephew niece friend widow widower pensioner patient pupil student owner".split()
)
_YEAR_PREPOSITIONS = frozenset("in since by until till through during before after from".split())
_CLOCK_RE = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
_TIME_PREPOSITIONS = frozenset("at until till before after from by".split())
# Lower-case nouns that take a number as a name: `flight 370`, `article 5`, `No. 10`.
_NAME_ORDER_WORDS = frozenset("last first next same new old only".split())
# Capitalised words before a number that do not name it: `Monday 16`, `In 707`, `All 189`.
_NOT_NAMES = frozenset(
    "the a an all some in on at by of for and or but only about around nearly over under since from"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_STREETS = frozenset(
    "Street St Road Rd Avenue Ave Lane Boulevard Blvd Drive Way Place Square Court Terrace Crescent".split()
)
_SPORT_WORDS = frozenset(
    "beat beats beaten won win wins winning lost lose loses losing loss defeat defeated defeats draw drew"
    " drawn victory scored score lead led trail trailing final match game goal goals half-time".split()
)
_ONE_BLOCKERS_BEFORE = frozenset(
    "the this that which each every any no another other last big little".split()
)
# `in one go`, `at one point`, `in one fell swoop`: idioms, not counts.
_ONE_IDIOM_NOUNS = frozenset({"go", "point", "stage", "time", "moment", "sitting", "fell", "piece", "voice"})
# `one thing`, `on one occasion`: a manner of speaking, not a count of things or occasions.
_ONE_IDIOM_AFTER = frozenset(
    "thing occasion scenario tradition account instance respect sense reason".split()
)
_ONE_PRONOUN_PREPOSITIONS = frozenset({"for", "with", "without", "like", "into"})
_ONE_BLOCKERS_AFTER = frozenset("of another other by after could can would should must might may".split())


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
    if (a.percent and not b.percent) or (a.currency and b.percent):
        return "single"  # "rose 9% to 21.4 trillion won": a change and a level ("5-10%" stays a range)
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
        # A phone number goes on in groups of digits after spaces: `01632 960418`, `+44 20 7946 0958`.
        while (leading_zero or signed) and k < len(toks) and re.fullmatch(r"\d{2,}", toks[k].text):
            k += 1
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
    return a.plain and len(a.digits) == 4 and is_year(a.value)


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
    if len(a.digits) == 2 and prev in ("'", "’") and ctx.glued(a.first - 1, a.first) and a.first > 1:
        # `in '98`, `June '98`, `Euro '96`: a two-digit year; `said '98 people died'` opens a quotation.
        before = toks[a.first - 2].text
        if before.lower() in _YEAR_PREPOSITIONS | {"of", "to", "and"} or before.rstrip(".") in MONTH_WORDS:
            return False
        if before[0].isupper() and a.first > 2 and toks[a.first - 3].text not in (".", "\n"):
            return False
    if _looks_like_year(a) and not _counts_as_year_sized(ctx, a, kind, prev_tok):
        return False
    if 1 <= a.value <= 31 and _beside_month(ctx, a):
        return False
    if _listed_with_a_name(ctx, a):
        return False  # "A300 and 747 aircraft": models, as the first one shows
    if kind in ("written", "plural") or qual.text is not None:
        return True
    if prev in CALL_WORDS:
        return False  # "called 911"
    if prev in NAME_NOUNS or (prev == "." and ctx.lower(a.first - 2) in ("no", "nos")):
        return False  # "flight 370", "No. 10"
    if kind is None and _alone_on_line(ctx, a):
        return False  # the `-30-` that ends a press release, a page number
    if _names_a_thing(ctx, a):
        return False  # "If the 47 goes" after "the number 47 bus"
    if (
        prev_tok is not None
        and prev_tok.text[0].isupper()
        and prev_tok.text not in MONTH_WORDS
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
    digits = rf"[^\S\n]+{re.escape(a.digits)}(?![0-9]|[.,][0-9])"
    if re.search(rf"\b(?:{'|'.join(sorted(NAME_NOUNS))})\.?{digits}", ctx.whole, re.I):
        return True
    # `the Boeing 707` elsewhere: a proper name before the same digits, not at a sentence's start.
    for m in re.finditer(rf"(?<![.!?\n][^\S\n])(?<!^)\b([A-Z][a-z]+){digits}", ctx.whole):
        if m.group(1) not in MONTH_WORDS and m.group(1).lower() not in _NOT_NAMES:
            return True
    return False


def _listed_with_a_name(ctx: _Context, a: _Amount) -> bool:
    """`A300 and 747`, `F-15s or 16s`: a number of as many digits listed right after one glued to a name."""
    if ctx.lower(a.first - 1) not in ("and", "or", "&", ",") or a.first < 2 or len(a.digits) < 2:
        return False
    k = a.first - 2
    other = ctx.toks[k].text.rstrip("s")
    if not (other.isdigit() and len(other) == len(a.digits) and _glued_to_name(ctx, k)):
        return False
    # A model's name is capitalised (`A300`, `Su-34`); `229-to-198 and 197` are votes.
    name = ctx.toks[k - 1] if ctx.toks[k - 1].text != "-" else ctx.toks[k - 2]
    return name.text[0].isupper()


def names_an_event(ctx: _Context, end: int) -> bool:
    """`400 m hurdles`: the distance names the race run over it."""
    m = re.match(r"[^\S\n]+([a-z]+)\b", ctx.text[end : end + 30])
    return m is not None and m.group(1) in EVENT_NOUNS


def _is_proper_noun(ctx: _Context, tok: _Tok) -> bool:
    t = ctx.spacy_at(tok.start)
    return t is not None and t.pos_ == "PROPN"


def _counts_as_year_sized(ctx: _Context, a: _Amount, kind: str | None, prev_tok: _Tok | None) -> bool:
    """`2000 people` counts; `in 2019`, `the 2016 Democratic primaries`, `September 2015 deaths` are years."""
    if prev_tok is not None and (prev_tok.lower in _YEAR_PREPOSITIONS or prev_tok.text in MONTH_WORDS):
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
    if ctx.lower(a.first - 1) == "but" and ctx.lower(a.first - 2) == "all":
        return True  # `All but one of the sixteen died`: the one is counted
    # The pronoun `one`: "the one we had", "one of the people", "one after another".
    if ctx.lower(a.first - 1) in _ONE_BLOCKERS_BEFORE or ctx.lower(a.last) in _ONE_BLOCKERS_AFTER:
        return False
    if ctx.lower(a.first - 1) == "only":
        # `recorded only one studio album` counts; `the only one who`, `only one of them` do not.
        nxt = ctx.spacy_at(a.end)
        if ctx.lower(a.first - 2) in ("the", "a", "an", "his", "her", "their", "its"):
            return False
        if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    if ctx.glued(a.last - 1, a.last) and ctx.lower(a.last) == "-":
        return False  # one-off, one-time
    before, after = ctx.lower(a.first - 1), ctx.lower(a.last)
    if before in ("in", "at") and after in _ONE_IDIOM_NOUNS:
        return False  # in one go, at one point
    if after in _ONE_IDIOM_AFTER:
        return False  # one thing is clear, on one occasion, by one account
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
    return (
        (before >= 0 and toks[before].text in MONTH_WORDS)
        or after in MONTH_WORDS
        or after.rstrip(".") in MONTH_WORDS
    )


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
