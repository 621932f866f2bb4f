"""claimx: structured, attributed claims from raw news articles.

    from claimx import extract, extract_many

Importing claimx is cheap: spaCy and the models load on the first extraction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date as _Date
from typing import TYPE_CHECKING

from claimx.pipeline.nlp import DEFAULT_MODEL

if TYPE_CHECKING:
    from claimx.lexicon.calendar import DateOrder
    from claimx.models import Article

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "extract_many"]


def extract(
    text: str,
    *,
    date: _Date | str | None = None,
    source: str | None = None,
    model: str = DEFAULT_MODEL,
    date_order: DateOrder | None = None,
) -> Article:
    """The claims of one article.

    `date` (a date or `YYYY-MM-DD`) is the reference for an article whose dateline
    has no date or no year; `source` is copied to `Article.source`; `model` is any
    installed spaCy pipeline; `date_order` (`"DMY"`, `"MDY"`) reads a dateline's
    numeric date (see `claimx.api.extract`).
    """
    from claimx import api

    return api.extract(text, date=date, source=source, model=model, date_order=date_order)


def extract_many(
    items: Iterable[str | tuple[str, str]],
    jobs: int = 1,
    *,
    date: _Date | str | None = None,
    model: str = DEFAULT_MODEL,
    dates: Mapping[str, _Date | str] | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[Article]:
    """Articles of texts or (source, text) pairs, in input order (see `claimx.api.extract_many`).

    `dates` maps a source to its own reference date, used before `date`.
    """
    from claimx import api

    return api.extract_many(items, jobs, date=date, model=model, dates=dates, date_order=date_order)
