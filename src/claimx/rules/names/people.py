"""First names and their gender, from gender-guesser's dictionary (about 40,000 names, many languages).

A word is a first name only when the dictionary gives it one gender outright (`male` or
`female`): `mostly_male`, `andy` (either) and unknown words are not, so `Will`, `The` and
`Trump` stay ordinary words. Limits: the dictionary holds place names that are also first
names (`Georgia`, `Paris`, `Jordan`); callers use a first name as evidence of a person only
next to other evidence (a following surname, no organisation or place word, no other label).
"""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


_SURE = {"male": "m", "female": "f"}
_MOSTLY = {**_SURE, "mostly_male": "m", "mostly_female": "f"}


@cache
def first_name_gender(word: str, mostly: bool = False) -> str | None:
    """`m` or `f` for a first name the dictionary is sure of, else None.

    `mostly` also takes the names it gives mostly one gender (`Erin`): for the gender of someone
    already known to be a person, not to decide that a word is a first name (`Will`, `The`).
    """
    if not word[:1].isalpha() or len(word) < 2:
        return None
    return (_MOSTLY if mostly else _SURE).get(_detector().get_gender(word))


def is_first_name(word: str) -> bool:
    return first_name_gender(word) is not None


@cache
def may_be_first_name(word: str) -> bool:
    """Any first name the dictionary knows, of either or mostly one gender (`Mary`, `Jordan`): for
    keeping a person a person, never for deciding that a word names one."""
    return word[:1].isalpha() and len(word) >= 2 and _detector().get_gender(word) != "unknown"
