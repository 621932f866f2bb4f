"""Read the numbers news copy writes: digits, scale words and English number words.

`parse_number` reads one whole number expression (`"12,000"`, `"1.2 million"`,
`"$2.5bn"`, `"€120m"`, `"twelve hundred"`, `"two dozen"`, `"a hundred"`) and
returns an int when the value is integral, else a float.  `parse_words` is the
word-level piece the figure extractor uses on a run of words: it reads the
longest valid prefix and says how many words it took.

Limits: cardinals only (no ordinals, no fractions such as `a third`, which the
figure extractor handles), English only, numbers below 10**15; a trailing `m`
is always read as million here (the extractor decides metres versus million
from the context); Indian `lakh`/`crore` are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from claimx.lexicon.currency import CURRENCY_CODES, symbol_pattern
from claimx.lexicon.numbers import BIG_SCALES, NUMBER_WORDS, SCALE_SUFFIXES, TENS, UNITS

__all__ = [
    "BIG_SCALES",
    "CURRENCY_CODES",
    "NUMBER_WORDS",
    "SCALE_SUFFIXES",
    "UNITS",
    "parse_digits",
    "parse_number",
    "parse_words",
    "to_number",
]

DIGITS_RE = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+")
_CURRENCY_PREFIX_RE = re.compile(
    rf"^(?:[A-Z]{{1,2}}\$|{symbol_pattern()}|(?:{'|'.join(sorted(CURRENCY_CODES))})\s?)"
)
_WORD_SPLIT_RE = re.compile(r"[a-z]+|-")


def to_number(value: Decimal) -> int | float:
    """An int when `value` is integral (12000, not 12000.0), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Decimal | None:
    """`"12,000"` -> 12000, `"1.2"` -> 1.2; None unless `text` is one well-formed numeral.

    Commas must group thousands (`"1,2"` is not a number: it is a list or a
    European decimal, which English copy does not use).
    """
    if not DIGITS_RE.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numerals
        return None


def parse_words(words: Sequence[str]) -> tuple[Decimal, int] | None:
    """Read the longest number at the start of `words` (lower-case words, `-` and `and` as tokens).

    Returns (value, how many words it used) or None when `words` does not
    start with a number.  `"a"`/`"an"` count as one only before a scale word
    (`a hundred`, `a dozen`); `and` only after a hundred or a scale
    (`three hundred and fifty`); `-` only inside a compound (`twenty-five`).
    A leading numeral may be given as digits (`["1.2", "million"]`).
    """
    total = Decimal(0)  # closed groups: "two million" once "thousand" follows
    group = Decimal(0)  # the group being built: "three hundred and fifty"
    last = ""  # kind of the previous word: unit, teen, ten, hundred, scale, dozen, digits
    last_scale = 10**16
    best: tuple[Decimal, int] | None = None
    pending = 0  # connector words ("and", "-") not yet confirmed by a number after them
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("and", "-"):
            allowed = (word == "and" and last in ("hundred", "scale")) or (word == "-" and last == "ten")
            if not allowed or pending:
                break
            pending += 1
            i += 1
            continue
        if word in ("a", "an"):
            if i != 0 or i + 1 >= len(words) or words[i + 1] not in ("hundred", "dozen", *BIG_SCALES):
                break
            group, last = Decimal(1), "unit"
            i += 1
            continue
        digits = parse_digits(word) if i == 0 else None
        if digits is not None:
            group, last = digits, "digits"
        elif word in UNITS:
            value = UNITS[word]
            if last == "ten" and value < 10 and value > 0:
                group += value
                last = "unit"
            elif last in ("", "hundred", "scale"):
                group += value
                last = "teen" if value >= 10 else "unit"
            else:
                break
        elif word in TENS:
            if last not in ("", "hundred", "scale"):
                break
            group += TENS[word]
            last = "ten"
        elif word == "hundred":
            if last not in ("unit", "teen", "ten", "digits") or group >= 100:
                break
            group = (group or Decimal(1)) * 100
            last = "hundred"
        elif word in BIG_SCALES:
            scale = BIG_SCALES[word]
            if last == "" or last == "scale" or scale >= last_scale:
                break
            total += group * scale
            group = Decimal(0)
            last, last_scale = "scale", scale
        elif word == "dozen":
            if last not in ("unit", "teen", "ten", "digits") or total:
                break
            group *= 12
            last = "dozen"
        else:
            break
        pending = 0
        i += 1
        best = (total + group, i)
        if last == "dozen":
            break
    return best


def parse_number(text: str) -> int | float | None:
    """Parse one number expression: `"1.2 million"` -> 1200000, `"twelve hundred"` -> 1200.

    Accepts an optional currency prefix (`$`, `€`, `£`, `US$`, `USD `, `PLN `...),
    digits with thousands separators and decimals, a glued or spaced scale
    (`2.5bn`, `120m`, `4.1 billion`, `40k`) and English number words, also
    mixed (`1.2 million`, `3 dozen`).  Returns None when any part of `text`
    is not part of the number.
    """
    text = _CURRENCY_PREFIX_RE.sub("", text.strip()).strip()
    if not text:
        return None
    match = DIGITS_RE.match(text)
    if match:
        head = parse_digits(match.group())
        if head is None:
            return None
        rest = text[match.end() :].strip().lower()
        if not rest:
            return to_number(head)
        if rest in SCALE_SUFFIXES:
            return to_number(head * SCALE_SUFFIXES[rest])
        words = [match.group().replace(",", ""), *_WORD_SPLIT_RE.findall(rest)]
        if "".join(words[1:]).replace("-", "") != rest.replace(" ", "").replace("-", ""):
            return None
    else:
        words = _WORD_SPLIT_RE.findall(text.lower())
        if "".join(words).replace("-", "") != re.sub(r"[\s-]", "", text.lower()):
            return None
    parsed = parse_words(words)
    if parsed is None or parsed[1] != len(words):
        return None
    return to_number(parsed[0])
