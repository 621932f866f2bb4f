"""Web pages: the article's main text and metadata, with trafilatura.

trafilatura (with htmldate) is the maintained standard for boilerplate removal:
navigation, comments, footers and link lists go; headings and paragraphs of the
story stay. claimx then sees the story as it would a .txt article: paragraphs
separated by blank lines, the headline in `title` rather than in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimx.errors import InputError

# What a browser's sniffer takes for HTML (WHATWG MIME Sniffing, "text/html" patterns),
# after white space and a byte order mark.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|"
    rb"table|a|style|title|b|br|p|meta)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_BYTES = 1024
# trafilatura separates blocks with one newline; a blank line is claimx's paragraph break.
_LINE = re.compile(r"[ \t]*\n[ \t\n]*")
# When nothing passes for the story, trafilatura falls back to whatever text the page
# has (menu items, a search button). A page is taken to hold an article when some
# paragraph is a sentence of at least this many words.
_PROSE_WORDS = 8
_LINK_LIST_HEADINGS = {
    "sources",
    "source",
    "references",
    "external links",
    "see also",
    "related",
    "related articles",
    "related stories",
    "related news",
    "read more",
    "more on this story",
    "further reading",
}
# How far down the text a headline is looked for.
_HEADLINE_WITHIN = 3


@dataclass(frozen=True, slots=True)
class Page:
    """The article in a web page: its main text, and what the page says about it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    author: str | None = None
    site: str | None = None


def looks_like_html(data: bytes) -> bool:
    """Whether `data` starts the way an HTML document does (a doctype, or a common first tag)."""
    return bool(_HTML_START.match(data[:_SNIFF_BYTES]))


def read_page(data: bytes, source: str, url: str | None = None) -> Page:
    """The article of the HTML page `data`; InputError when the page holds no article text.

    `url` (a WARC record's target URI) is where the page was fetched, and is `Page.url`;
    without it, the page's own canonical link (or `og:url`) is.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            # Tables, images and link lists are page furniture far more often than story.
            include_tables=False,
            include_images=False,
            include_links=False,
            # The date the page's markup states it was first published; not a date guessed
            # from its text (a copyright line's year), nor today's.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml's parser errors on broken markup: this input fails, not the run
        detail = " ".join(str(exc).split())[:200]
        raise InputError(f"{source}: not a readable web page ({type(exc).__name__}: {detail})") from exc
    meta: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text")
    body = _LINE.sub("\n\n", (text or "").strip())
    if not any(len(p.split()) >= _PROSE_WORDS for p in body.split("\n\n")):
        raise InputError(f"{source}: no article text found in the page")
    title = _clean(meta.get("title"))
    body = _without_link_lists(_after_headline(body, title))
    return Page(
        text=body,
        title=title,
        url=url or _clean(meta.get("url")),
        published=_iso_date(meta.get("date")),
        author=_clean(meta.get("author")),
        site=_clean(meta.get("sitename")) or _clean(meta.get("hostname")),
    )


def _after_headline(body: str, title: str | None) -> str:
    """`body` from after its headline, when the headline is one of its first paragraphs.

    The headline is the page's title, not the story; and what stands above it in the
    story's container is page furniture (a site notice, breadcrumbs), which would keep
    claimx from seeing the dateline the story opens with.
    """
    if not title:
        return body
    paras = body.split("\n\n", _HEADLINE_WITHIN)
    for i, p in enumerate(paras[:_HEADLINE_WITHIN]):
        if p == title and i + 1 < len(paras):
            return "\n\n".join(paras[i + 1 :])
    return body


def _without_link_lists(body: str) -> str:
    """`body` without a closing list of sources or related links under its heading.

    Wikinews' "Sources", Wikipedia's "References", a news site's "Related stories":
    trafilatura keeps lists, and these hold titles in quotation marks and dates that
    claimx would take for quotes and statements of the story.
    """
    paras = body.split("\n\n")
    end = len(paras)
    while end > 0 and paras[end - 1].startswith("- "):
        end -= 1
    if 0 < end < len(paras) and paras[end - 1].strip().rstrip(":").casefold() in _LINK_LIST_HEADINGS:
        return "\n\n".join(paras[: end - 1])
    return body


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
