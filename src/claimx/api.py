"""The Python API: `extract` one text, `extract_many` a stream of them.

    >>> from claimx import extract
    >>> article = extract('KYIV (AP) — "We are ready," the mayor said.', source="kyiv")
    >>> [c.kind for c in article.claims]
    ['quote']

spaCy is imported on the first call, not on `import claimx`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date as Date

from claimx.batch import GROUP, Options, run
from claimx.io import Input, decode
from claimx.lexicon.calendar import DateOrder
from claimx.models import Article
from claimx.pipeline.nlp import DEFAULT_MODEL, load
from claimx.refdates import RefDates


def extract(
    text: str | bytes,
    *,
    date: Date | str | None = None,
    source: str | None = None,
    model: str = DEFAULT_MODEL,
    date_order: DateOrder | None = None,
) -> Article:
    """The claims of one article.

    `text` is the article, or its bytes as read from a file (decoded as the
    command line decodes files: BOM, UTF-8, or a detected legacy encoding, named
    in `Article.warnings`; binary data raises `claimx.errors.NotText`).
    `date` (a date or `YYYY-MM-DD`) is the reference for an article whose dateline
    has no date or no year; `source` is copied to `Article.source`; `model` is any
    installed spaCy pipeline; `date_order` (`"DMY"` or `"MDY"`) says how to read a
    dateline's numeric date such as `02/11/2023` (None: month first for a US place,
    else day first). Texts of any length work (long ones are parsed in paragraph chunks).
    """
    from claimx.compose import extract_text

    name = source or "<text>"
    warnings: list[str] = []
    if isinstance(text, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(text), name)
        text, warnings = decoded.text, decoded.warnings
    elif not isinstance(text, str):
        raise TypeError(f"extract() takes the text of an article (str or bytes), not {type(text).__name__}")
    art = extract_text(load(model), text, name, _as_date(date), date_order)
    if warnings:
        art = art.model_copy(update={"warnings": [*warnings, *art.warnings]})
    return art


def extract_many(
    items: Iterable[str | bytes | tuple[str, str | bytes]],
    jobs: int = 1,
    *,
    date: Date | str | None = None,
    model: str = DEFAULT_MODEL,
    dates: Mapping[str, Date | str] | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[Article]:
    """Articles of a stream of texts, yielded in input order as they are done.

    Each item is a text (str, or bytes decoded as `extract` does), or a
    `(source, text)` pair (a bare text's source is `<text N>`, N counting from 0);
    anything else raises TypeError naming the item. Items are consumed lazily, a few batches ahead,
    so the stream may be longer than memory. `jobs` processes parse in parallel
    (0: all cores); each loads the model once. An exception raised while
    extracting an item propagates from the iterator.

    `dates` maps a source to its own reference date (as `--dates` does), used
    before `date` where the text has no dated dateline; `date` and `date_order`
    are as for `extract`. A source missing from `dates` takes `date`.
    """
    table = {str(k): d for k, v in (dates or {}).items() if (d := _as_date(v)) is not None}
    refs = RefDates(table) if table else None
    options = Options(model=model, date=_as_date(date), strict=True, date_order=date_order, dates=refs)
    for _, result in run(_inputs(items), options, jobs):
        assert result.article is not None, result.error  # strict: a failure raised instead
        yield result.article


def _inputs(items: Iterable[str | bytes | tuple[str, str | bytes]]) -> Iterator[Input]:
    for i, item in enumerate(items):
        if isinstance(item, (str, bytes)):
            source, text = f"<text {i}>", item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], (str, bytes)):
            source, text = str(item[0]), item[1]
        else:
            raise TypeError(
                f"extract_many: item {i} is {type(item).__name__}, not a text (str or bytes) "
                "or a (source, text) pair"
            )
        if isinstance(text, bytes):
            yield Input(source, source, source, data=text)
        else:
            yield Input(source, source, source, text=text)


def _as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    return Date.fromisoformat(value)


__all__ = ["GROUP", "extract", "extract_many"]
