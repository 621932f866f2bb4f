"""Input formats: what an input holds (text, a web page, a WARC record) and how it reads.

`claimx.io` finds inputs and decodes text; this module sits between it and the
extraction. `read_input` turns any input into the text claimx parses, a
`PageText` for pages, which carries what the page says about itself;
`reference` gives the date relative dates are resolved against, and `finish`
adds the page's metadata to the extracted article. Nothing here imports spaCy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from claimx.io import Decoded, Input, decode, read_bytes
from claimx.web.html import Page, looks_like_html, read_page
from claimx.web.warc import Record, read_record

if TYPE_CHECKING:
    from claimx.models import Article

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


@dataclass(frozen=True, slots=True)
class PageText(Decoded):
    """The text of a web page's article, with the page it came from."""

    page: Page | None = None
    format: Literal["html", "warc"] = "html"


def read_input(inp: Input) -> Decoded:
    """The text to parse of `inp`; InputError says why there is none.

    A WARC record, a file named `*.html` (`.htm`, `.xhtml`) or bytes that start as
    HTML does are web pages: their main text is extracted. Anything else is text.
    """
    if isinstance(inp, Record):
        return _page(read_record(inp), inp.source, "warc", inp.url)
    if inp.text is not None:
        return Decoded(inp.text, [])
    data = read_bytes(inp)
    if os.path.splitext(inp.path)[1].lower() in HTML_SUFFIXES or looks_like_html(data):
        return _page(data, inp.source, "html", None)
    return decode(data, inp.source)


def _page(data: bytes, source: str, fmt: Literal["html", "warc"], url: str | None) -> PageText:
    page = read_page(data, source, url)
    return PageText(page.text, [], page=page, format=fmt)


def reference(decoded: Decoded, default: date | None) -> date | None:
    """The date an article's relative dates count from, unless its dateline has one.

    A web page's publication date; `default` (`--date`) for text and undated pages.
    """
    if isinstance(decoded, PageText) and decoded.page is not None and decoded.page.published:
        return decoded.page.published
    return default


def finish(art: Article, decoded: Decoded) -> Article:
    """`art` with its page's metadata and text (`input`), for an article read from a web page.

    When the text has no dateline, the page's publication date stands for one: an
    empty span at 0 with the date (and a dateline without a date takes it), so
    `dateline.date` (and `--claims`'s `dateline_date`) says when a page was filed
    as it does for text.
    """
    if not isinstance(decoded, PageText) or decoded.page is None:
        return art
    from claimx.models import Dateline
    from claimx.models import Input as InputModel

    page = decoded.page
    published = page.published.isoformat() if page.published else None
    update: dict[str, object] = {
        "input": InputModel(
            format=decoded.format,
            title=page.title,
            url=page.url,
            published=published,
            author=page.author,
            site=page.site,
            text=decoded.text,
        )
    }
    if art.dateline is None and published is not None:
        update["dateline"] = Dateline(text="", start=0, end=0, date=published)
    elif art.dateline is not None and art.dateline.date is None and published is not None:
        update["dateline"] = art.dateline.model_copy(update={"date": published})  # `KYIV (AP) —`
    return art.model_copy(update=update)
