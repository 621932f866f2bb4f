"""The number words news copy writes: units, tens, scales and the abbreviations glued to digits.

`claimx.rules.numbers` reads numbers with these lists and the figure rules decide what starts one;
neither spells a number word again.

Limits: English cardinals only (with the South Asian `lakh` and `crore`); no ordinals, nothing at or
above 10**15.
"""

from __future__ import annotations

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Scale words that close a group ("two million three hundred thousand").
BIG_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    # South Asian scales: `Tk 25 crore` is 250 million taka, `5 lakh people` half a million.
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# Written abbreviations glued to or following digits: "2.5bn", "120m", "40k", "$5 trn".
SCALE_SUFFIXES = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
}
# One letter after a space is too often something else (`5 m` metres, `Plan B`): such a suffix
# is a scale only when glued to the digits or after a currency.
AMBIGUOUS_SUFFIXES = frozenset(s for s in SCALE_SUFFIXES if len(s) == 1)
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(BIG_SCALES) | {"hundred", "dozen"}
# Lower-case nouns that take a number as a name, not a count or a year: `flight 370`, `article 5`,
# `No. 10`, `resolution No. 1430`.
NAME_NOUNS = frozenset(
    "no nos number page room gate platform flight route highway interstate chapter article section paragraph"
    " clause phase stage level grade episode version model category tier round line bus channel resolution"
    " decree bill order".split()
)
# Words before a number that make it one to call (`called 911`, `dial 999`), not a count.
CALL_WORDS = frozenset(
    "call called calling calls dial dialed dialled dialing dialling dials phone phoned ring".split()
)
# Race events named by their distance: `the 400 m hurdles`, `the 200 metres freestyle` name an event;
# `sprint` is left out: `the 400m sprint` is a distance run, as test_figures has it.
EVENT_NOUNS = frozenset(
    "hurdles freestyle backstroke breaststroke butterfly medley relay steeplechase".split()
)
# Singular measure words after a number: what follows a count, never a year (`the 1000 megawatt cable`).
MEASURE_WORDS = frozenset(
    """
    km kilometre kilometer kilometres kilometers mile miles metre meter metres meters mm cm ft foot feet
    inch inches kg kilogram kilograms tonne tonnes ton tons megawatt megawatts mw gigawatt gigawatts gw
    kw kilowatt hectare hectares acre acres litre liter litres liters gallon gallons barrel barrels mph kph ±
    """.split()
)
