"""claimx: structured, attributed claims from raw news articles.

    from claimx import extract, extract_many

Importing claimx is cheap: spaCy and the models load on the first extraction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import date as _Date
from types import ModuleType
from typing import TYPE_CHECKING, Any

# Loaded first (its __init__ is empty: cheap) so that the API function below, not the
# subpackage of extractors, keeps the name `claimx.extract` (see _Extract).
from claimx import extract as _extractors
from claimx.nlp import DEFAULT_MODEL

if TYPE_CHECKING:
    from claimx.models import Article

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "extract_many"]


def _extract(
    text: str, *, date: _Date | str | None = None, source: str | None = None, model: str = DEFAULT_MODEL
) -> Article:
    """The claims of one article.

    `date` (a date or `YYYY-MM-DD`) is the reference for an article whose dateline
    has no date or no year; `source` is copied to `Article.source`; `model` is any
    installed spaCy pipeline.
    """
    from claimx import api

    return api.extract(text, date=date, source=source, model=model)


def extract_many(
    items: Iterable[str | tuple[str, str]],
    jobs: int = 1,
    *,
    date: _Date | str | None = None,
    model: str = DEFAULT_MODEL,
) -> Iterator[Article]:
    """Articles of texts or (source, text) pairs, in input order (see `claimx.api.extract_many`)."""
    from claimx import api

    return api.extract_many(items, jobs, date=date, model=model)


class _Extract:
    """`claimx.extract`: the API function, standing in for the subpackage of the same name.

    The extractors live in the subpackage `claimx.extract` (`claimx.extract.claims`,
    ...), and the API promises `from claimx import extract` to be a function. This
    object is both: calling it extracts, and any other attribute is the subpackage's,
    so `import claimx.extract.claims as m`, `claimx.extract.dates.find_dates` and
    monkeypatching by dotted path all keep working.
    """

    def __init__(self, fn: Callable[..., Article], package: ModuleType) -> None:
        functools.update_wrapper(self, fn)
        self._package = package

    def __call__(self, text: str, **kwargs: Any) -> Article:
        return self.__wrapped__(text, **kwargs)  # type: ignore[attr-defined, no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._package, name)

    def __repr__(self) -> str:
        return "<function claimx.extract>"


if TYPE_CHECKING:
    extract = _extract
else:
    extract = _Extract(_extract, _extractors)
