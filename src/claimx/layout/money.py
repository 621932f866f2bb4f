"""Which dollar an article means when it writes a bare `$` or `dollars`.

News copy writes `C$`, `A$` or `Canadian dollars` when it means to be exact, but a provincial press
release from Halifax writes `$18.6 million` and means Canadian dollars. The article's dollar is the one
of the country its text names most (countries, their adjectives, states and provinces:
`lexicon.currency.DOLLAR_PLACES`), the dateline's place counting twice; the US dollar wins ties and
articles that name no dollar country.

Limits: a count of names, not a reading: an article about Canada written for US readers in US
dollars that names Canada more than the US gets CAD; cities are left out (Perth, Halifax and
Wellington are also elsewhere).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from claimx.lexicon.currency import DOLLAR_PLACES
from claimx.models import Dateline


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted({n for places in DOLLAR_PLACES.values() for n in places}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@cache
def _code_of() -> dict[str, str]:
    return {n: code for code, places in DOLLAR_PLACES.items() for n in places}


def dollar_of(text: str, dateline: Dateline | None = None) -> str:
    """The ISO code of the article's dollar: USD unless the text names another dollar country more."""
    votes: Counter[str] = Counter(_code_of()[m.group()] for m in _pattern().finditer(text))
    if dateline is not None:
        for m in _pattern().finditer(dateline.text):
            votes[_code_of()[m.group()]] += 1
    best, n = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "USD"), default=("USD", 0))
    return best if n > votes["USD"] else "USD"
