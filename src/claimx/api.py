"""The Python API: `extract` one text, `extract_many` a stream of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from claimx.models import Article
from claimx.nlp import DEFAULT_MODEL, load


def extract(text: str, *, date: date | None = None, source: str | None = None, model: str = DEFAULT_MODEL) -> Article:
    """Claims of one article. `date` is the reference for articles whose dateline has none."""
    from claimx.extract.claims import article

    return article(load(model)(text), source or "<text>", date)


def extract_many(
    items: Iterable[tuple[str, str]],
    *,
    date: date | None = None,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    batch_size: int = 16,
) -> Iterator[Article]:
    """Articles for (source, text) pairs, streamed in input order."""
    from claimx.extract.claims import article

    nlp = load(model)
    pairs = ((text, source) for source, text in items)
    for doc, source in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=jobs):
        yield article(doc, source, date)
