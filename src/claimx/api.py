"""The Python API: `extract` one text, `extract_many` a stream of them.

    >>> from claimx import extract
    >>> article = extract('KYIV (AP) — "We are ready," the mayor said.', source="kyiv")
    >>> [c.kind for c in article.claims]
    ['quote']

spaCy is imported on the first call, not on `import claimx`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date

from claimx.batch import GROUP, Options, run
from claimx.io import Input
from claimx.models import Article
from claimx.pipeline.nlp import DEFAULT_MODEL, load


def extract(
    text: str, *, date: Date | str | None = None, source: str | None = None, model: str = DEFAULT_MODEL
) -> Article:
    """The claims of one article.

    `date` (a date or `YYYY-MM-DD`) is the reference for an article whose dateline
    has no date or no year; `source` is copied to `Article.source`; `model` is any
    installed spaCy pipeline. Texts of any length work (long ones are parsed in
    paragraph chunks).
    """
    from claimx.compose import extract_text

    return extract_text(load(model), text, source or "<text>", _as_date(date))


def extract_many(
    items: Iterable[str | tuple[str, str]],
    jobs: int = 1,
    *,
    date: Date | str | None = None,
    model: str = DEFAULT_MODEL,
) -> Iterator[Article]:
    """Articles of a stream of texts, yielded in input order as they are done.

    Each item is a text, or a `(source, text)` pair (a bare text's source is
    `<text N>`, N counting from 0). Items are consumed lazily, a few batches ahead,
    so the stream may be longer than memory. `jobs` processes parse in parallel
    (0: all cores); each loads the model once. An exception raised while
    extracting an item propagates from the iterator.
    """
    options = Options(model=model, date=_as_date(date), output="article", strict=True)
    for _, result in run(_inputs(items), options, jobs):
        assert result.article is not None, result.error  # strict: a failure raised instead
        yield result.article


def _inputs(items: Iterable[str | tuple[str, str]]) -> Iterator[Input]:
    for i, item in enumerate(items):
        source, text = (f"<text {i}>", item) if isinstance(item, str) else item
        yield Input(source, source, source, text=text)


def _as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    return Date.fromisoformat(value)


__all__ = ["GROUP", "extract", "extract_many"]
