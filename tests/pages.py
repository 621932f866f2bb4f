"""Web pages and WARC files the web, WARC and database tests write: several real layouts.

Each page builder returns the HTML of one layout; `write_warc` writes a real WARC file
with warcio, as a crawler would.
"""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

# The story of the test pages: a quote with a named speaker, reported speech, a relative
# date ("yesterday") that only a reference date pins, and figures.
BUDGET = [
    "The city council approved a road budget of $4.2 million yesterday, ending a month of debate.",
    '"We will repair every bridge in the old town before the winter," Mayor Ana Ruiz said after the vote.',
    "Ruiz said the work would employ about 120 people and take two years.",
    "Opposition councillor Tom Becker said the plan was too expensive for a city of 80,000 residents.",
]
FLOOD = [
    "Rivers in the north of the country burst their banks on Monday, forcing 3,000 people from their homes.",
    '"The water rose faster than anyone expected," said regional governor Maria Keller.',
    "Keller said the army had sent 400 soldiers to help with the evacuation.",
    '"We are asking everyone to stay away from the river," Ana Ruiz, the emergency minister, told reporters.',
]

NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(1, 25))
COMMENT = "“This is a disgrace and a waste of our money,” said one angry reader in the comments."


def _paragraphs(paras: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def meta_page(paras: list[str] = BUDGET, published: str = "2024-03-05T09:30:00+01:00") -> str:
    """A news article with Open Graph and `article:published_time` meta tags."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves road budget | The Daily Example</title>
<meta property="og:title" content="Council approves road budget">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://news.example.org/2024/03/05/road-budget">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Lena Fischer">
</head><body>
<header><a href="/">The Daily Example</a><nav><ul>{NAV}</ul></nav></header>
<main><article>
<h1>Council approves road budget</h1>
<p class="byline">By Lena Fischer</p>
{_paragraphs(paras)}
</article></main>
<footer><p>© 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def jsonld_page(paras: list[str] = FLOOD) -> str:
    """A page whose metadata is only in a JSON-LD `NewsArticle` (no meta tags)."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Floods force thousands from their homes",
        "datePublished": "2023-11-20T08:00:00Z",
        "author": {"@type": "Person", "name": "Jonas Weber"},
        "publisher": {"@type": "Organization", "name": "Example Wire"},
        "url": "https://wire.example.com/floods-north",
    }
    return f"""<!doctype html>
<html><head><title>Floods</title>
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<div id="top"><a href="/">Example Wire</a> | <a href="/login">Log in</a></div>
<div class="content"><div class="story">
<h1>Floods force thousands from their homes</h1>
{_paragraphs(paras)}
</div></div>
</body></html>"""


def boilerplate_page(paras: list[str] = BUDGET) -> str:
    """An article among navigation, a sidebar, a newsletter box, comments and a footer."""
    most_read = "".join(
        f'<li><a href="/story/{i}">Story number {i} that everyone is reading today</a></li>' for i in range(8)
    )
    return f"""<html><head><title>Road budget - City News</title>
<meta property="article:published_time" content="2024-03-05">
</head><body>
<div class="menu"><ul>{NAV}</ul></div>
<div class="cookie">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div id="main"><div class="article-body">
<h1>Council approves road budget</h1>
{_paragraphs(paras)}
</div>
<aside class="sidebar"><h3>Most read</h3><ul>{most_read}</ul></aside>
<div class="newsletter"><p>Sign up for our newsletter and get the news in your inbox every morning.</p></div>
<section id="comments" class="comments"><h2>3 comments</h2>
<div class="comment"><p>{html.escape(COMMENT)}</p></div>
<div class="comment"><p>Finally some action on the roads, I have waited ten years for this.</p></div>
</section></div>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
<p>Copyright 2024 City News Ltd.</p></footer>
</body></html>"""


def empty_page() -> str:
    """A page with no article: a menu, a login form and a footer."""
    return f"""<!DOCTYPE html><html><head><title>Log in</title></head><body>
<nav><ul>{NAV}</ul></nav>
<form action="/login"><label>E-mail <input name="email"></label><button>Log in</button></form>
<footer>© 2024 Example Corp.</footer></body></html>"""


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gzip: bool | None = None) -> list[str]:
    """Write `records` (target URI, HTTP content type, body) as response records, each
    after a request record; returns the WARC-Record-IDs of the responses, in order.
    A content type starting with `3` (`301 /new`) writes a redirect instead."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz") if gzip is None else gzip)
        for uri, ctype, body in records:
            request = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
            )
            writer.write_record(request)
            if ctype.startswith("3"):
                status, location = ctype.split(" ", 1)
                headers = [("Location", location), ("Content-Type", "text/html")]
                http = StatusAndHeaders(f"{status} Moved Permanently", headers, protocol="HTTP/1.1")
            else:
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return ids


def wiki_page(paras: list[str] = BUDGET) -> str:
    """A MediaWiki (Wikinews) article: a site notice above the headline, the date as the
    story's first line, and a closing "Sources" list."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Council approves road budget - Wikinews, the free news source</title></head>
<body class="mediawiki"><div id="content" class="mw-body" role="main">
<div id="siteNotice"><p>Wikinews needs your help: write an article today and tell the world.</p></div>
<h1 id="firstHeading">Council approves road budget</h1>
<div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">
<p><strong class="published"><span id="publishDate" class="value-title" title="2024-03-05"></span>Tuesday, March 5, 2024</strong></p>
{_paragraphs(paras)}
<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul><li><a class="external text" href="https://example.com/a">"Council passes budget"</a> — <i>Example Times</i>, March 5, 2024</li>
<li><a class="external text" href="https://example.com/b">"Mayor: bridges first"</a> — <i>Example Radio</i>, March 4, 2024</li></ul>
</div></div></div></div>
<div id="mw-navigation"><ul>{NAV}</ul></div>
<div id="footer"><p>All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License.</p></div>
</body></html>"""
