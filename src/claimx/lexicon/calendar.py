"""The calendar words news copy writes: months, weekdays and what counts as a year.

Every rule that reads a month, a weekday or a bare year builds its pattern from these lists, so that
`Sept.` or `Thurs` is read the same by the dateline, the date rules and the figure filters.

Limits: English only. A year is a four-digit number in `YEAR_MIN`..`YEAR_MAX`: whole centuries, so
the range can be written as a pattern of century prefixes; two-digit years (`'98`) are not years here.
Seasons, quarters and holidays are listed for `claimx.rules.year_parts`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

# Each month as its full name and the abbreviations written for it (with or without a full stop).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Monday", "Mon"),
    ("Tuesday", "Tues", "Tue"),
    ("Wednesday", "Wed"),
    ("Thursday", "Thurs", "Thur", "Thu"),
    ("Friday", "Fri"),
    ("Saturday", "Sat"),
    ("Sunday", "Sun"),
)
# A four-digit year any rule accepts: wide enough for history (`in 1344`) and projections
# (`until 2150`), never a five-digit number.
YEAR_MIN, YEAR_MAX = 1000, 2199

# Plural nouns a year names rather than counts: `the 2000 Olympics`, `fiscal 1989 sales`.
YEAR_EVENT_NOUNS = frozenset(
    "olympics games elections polls protests riots sales results earnings profits revenues accounts"
    " figures finals championships midterms primaries floods attacks talks accords".split()
)
# A year with no word before it to say so (only a DATE entity) is a year when it is this recent:
# `1501 infected`, `1720 had been discharged` are counts.
RECENT_YEAR_MIN = 1900

# Parts of the year as TimeML writes them (`1998-SU`, `1989-Q3`): each season with the months it
# opens and closes on, counted in the northern hemisphere. A winter is labelled by the year of the
# month it is named in (`this winter` said in January or in December is that year's).
SEASONS: dict[str, tuple[str, int, int]] = {
    "spring": ("SP", 3, 5),
    "summer": ("SU", 6, 8),
    "autumn": ("FA", 9, 11),
    "fall": ("FA", 9, 11),
    "winter": ("WI", 12, 2),
}
# The ordinals a quarter or half of the year is written with.
PART_ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# A quarter or a half near these words is a period of play, not of the year. Only words that business
# copy does not use (`its goal`, `to match the offer`, `a penalty` are no games).
GAME_WORDS = frozenset(
    "scored scoring touchdown touchdowns innings inning halftime half-time kick-off kickoff quarterback"
    " rebounds equaliser equalizer".split()
)
# Holidays on a fixed day of the year: (month, day). Thanksgiving (the American one) and the Easter days
# move; `claimx.rules.year_parts` computes them.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
}
MONTH_NAMES: tuple[str, ...] = tuple(forms[0] for forms in MONTHS)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for forms in MONTHS for a in forms[1:])
WEEKDAY_NAMES: tuple[str, ...] = tuple(forms[0] for forms in WEEKDAYS)
# Every written form, lower case and without its full stop -> 1..12 (months) or 0..6 (Monday first).
MONTH_NUMBERS: dict[str, int] = {f.lower(): i + 1 for i, forms in enumerate(MONTHS) for f in forms}
WEEKDAY_NUMBERS: dict[str, int] = {f.lower(): i for i, forms in enumerate(WEEKDAYS) for f in forms}
# The forms as written in copy, with the abbreviations' optional full stop: `Oct`, `Oct.`.
MONTH_WORDS: frozenset[str] = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS)


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so `Sept` is tried before `Sep` and `March` before `Mar`.
    return "|".join(sorted(words, key=len, reverse=True))


def month_pattern(abbreviations: bool = True) -> str:
    """A regex group for one month name as written (`March`, `Mar`, `Mar.`), not inside a longer word."""
    if not abbreviations:
        return rf"(?:{_alternation(MONTH_NAMES)})(?![A-Za-z])"
    return rf"(?:(?:{_alternation(MONTH_NAMES)})|(?:{_alternation(MONTH_ABBREVIATIONS)})\.?)(?![A-Za-z])"


def weekday_pattern(abbreviations: bool = True) -> str:
    """A regex group for one weekday as written (`Thursday`, `Thurs.`, `Thu`), not inside a longer word."""
    if not abbreviations:
        return rf"(?:{_alternation(WEEKDAY_NAMES)})(?![A-Za-z])"
    short = tuple(a for forms in WEEKDAYS for a in forms[1:])
    return rf"(?:(?:{_alternation(WEEKDAY_NAMES)})|(?:{_alternation(short)})\.?)(?![A-Za-z])"


def year_pattern() -> str:
    """A regex group for the digits of one year in `YEAR_MIN`..`YEAR_MAX` (no boundaries of its own)."""
    centuries = "|".join(str(c) for c in range(YEAR_MIN // 100, YEAR_MAX // 100 + 1))
    return rf"(?:{centuries})\d\d"


def is_year(value: int | float | Decimal) -> bool:
    return YEAR_MIN <= value <= YEAR_MAX


# Places that write numeric dates month first (`02/11/2023` is 11 February elsewhere, 2 November here).
# The United States as datelines name it: the country, its states (names, AP and postal abbreviations)
# and the cities that stand alone in a dateline. Lower case, without full stops.
_US_STATES = (
    "alabama ala al alaska ak arizona ariz az arkansas ark ar california calif ca colorado colo co"
    " connecticut conn ct delaware del de florida fla fl georgia ga hawaii hi idaho id illinois ill il"
    " indiana ind in iowa ia kansas kan ks kentucky ky louisiana la maine me maryland md massachusetts"
    " mass ma michigan mich mi minnesota minn mn mississippi miss ms missouri mo montana mont mt"
    " nebraska neb ne nevada nev nv ohio oh oklahoma okla ok oregon ore or pennsylvania pa rhode ri"
    " tennessee tenn tn texas tex tx utah ut vermont vt va virginia wash wa washington wisconsin wis wi"
    " wyoming wyo wy dc nh nj nm ny nc nd sc sd wva"
)
_US_CITIES = (
    "new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san francisco"
    "|boston|seattle|miami|atlanta|detroit|denver|las vegas|new orleans|baltimore|cleveland|pittsburgh"
    "|minneapolis|st louis|honolulu|anchorage|nashville|austin|orlando|tampa|portland|sacramento"
    "|washington|united states|us|usa|america|new hampshire|new jersey|new mexico|north carolina"
    "|north dakota|south carolina|south dakota|west virginia|rhode island"
)
MONTH_FIRST_PLACES: frozenset[str] = frozenset(_US_STATES.split()) | frozenset(_US_CITIES.split("|"))


def month_first(place: str | None) -> bool | None:
    """Whether `place` (a dateline's place or region, as written) writes numeric dates month first.

    Limits: True for the United States only, None for a place not given; every other place is
    taken to write the day first (False), which is wrong for a few (the Philippines, parts of Canada).
    """
    if not place:
        return None
    key = " ".join(place.lower().replace(".", "").split())
    return key in MONTH_FIRST_PLACES


DateOrder = Literal["DMY", "MDY"]
"""How a numeric date such as `02/11/2023` is read when both of its first numbers could be the month."""
