"""One name per speaker across a database of articles.

Within an article claimx already names each speaker by the fullest form the
article uses (`Volodymyr Zelenskyy`, then `Zelenskyy`, `the president`). Across
articles the same speaker appears under forms that differ in case, accents and
dots (`Zelenskyy`, `ZELENSKYY`; `U.N.`, `UN`), or by surname alone in an article
that never gives the full name. `canonical` maps every (name, type) pair to one
canonical name, conservatively: a surname joins a full name only when exactly one
full name in the database ends in it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_DROP = str.maketrans({".": "", "’": "'", "‘": "'"})


def key(name: str) -> str:
    """The form two spellings of one name share: no accents, case or dots, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_DROP).casefold().split())


def canonical(names: Iterable[tuple[str, str | None, int]]) -> dict[tuple[str, str | None], str]:
    """The canonical name of each `(name, type, claims)`: the most used spelling of its group."""
    items = list(names)
    groups: dict[str, dict[str, int]] = {}
    persons: dict[str, int] = {}
    for name, type_, claims in items:
        k = key(name)
        spellings = groups.setdefault(k, {})
        spellings[name] = spellings.get(name, 0) + claims
        if type_ == "PERSON":
            persons[k] = persons.get(k, 0) + claims
    # Surnames: a one-word person name whose only multi-word match ends in it.
    by_last: dict[str, list[str]] = {}
    for k in persons:
        words = k.split()
        if len(words) > 1:
            by_last.setdefault(words[-1], []).append(k)
    merged: dict[str, str] = {}
    for k in persons:
        full = by_last.get(k, []) if " " not in k else []
        if len(full) == 1:
            merged[k] = full[0]
    for k, into in merged.items():
        for name, n in groups.pop(k).items():
            groups[into][name] = groups[into].get(name, 0) + n
    best = {k: max(s.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for k, s in groups.items()}
    return {(name, type_): best[merged.get(key(name), key(name))] for name, type_, _ in items}
