"""Wrap plain-text articles in real page boilerplate, for bench_web.py and web_eval.py.

Two layouts, built at run time (the article texts are never stored as pages):

- `wikinews`: a MediaWiki article page as Wikinews serves it: the site's sidebar and
  tools, the date as the first line of the story (`<strong class="published">`), a
  "Sources" list, categories, licence footer.
- `newssite`: a commercial news page: cookie banner, mega-menu, breadcrumbs, share
  buttons, the date only in `<meta property="article:published_time">`, JSON-LD
  `NewsArticle` and a `<time>` in the byline (not in the text), a related-stories
  rail, a newsletter box, reader comments, a long footer, scripts and styles.

The text's paragraphs (blank-line separated, as the .txt files are) become `<p>`s;
a leading date line (`Tuesday, January 15, 2019`) is the Wikinews date line.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date

_DATE_LINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$")

_SIDEBAR = "".join(
    f'<li id="n-{k}"><a href="/wiki/{k}">{k.replace("_", " ")}</a></li>'
    for k in (
        "Main_Page",
        "Latest_news",
        "Write_an_article",
        "Random_article",
        "Help",
        "Water_cooler",
        "Contact",
        "Donate",
        "Recent_changes",
        "Upload_file",
        "Special_pages",
        "Printable_version",
        "Permanent_link",
        "Page_information",
        "Cite_this_page",
    )
)
_MENU = "".join(
    f'<li class="menu-item"><a href="/{s.lower()}">{s}</a><ul class="sub">'
    + "".join(
        f'<li><a href="/{s.lower()}/{t.lower()}">{t}</a></li>'
        for t in ("Latest", "Analysis", "Video", "Opinion")
    )
    + "</ul></li>"
    for s in ("World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Climate", "Tech")
)
_FOOTER = "".join(
    f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>'
    for s in (
        "About us",
        "Contact",
        "Careers",
        "Advertise",
        "Privacy policy",
        "Cookie settings",
        "Terms of use",
    )
)
_RELATED = [
    "Markets fall for a third day as investors weigh interest rate outlook",
    "Heatwave warnings issued across the south as temperatures climb",
    "Five things to watch in this week's parliamentary session",
    "Opinion: the city needs a plan for its ageing bridges",
]
_COMMENTS = [
    "This is exactly what I have been saying for years. Nobody listens until it is too late.",
    "Great reporting, thanks for keeping us informed.",
    "I don't believe a word of what the officials said, frankly.",
]
_SCRIPT = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-XXXX');</script>"
    "<style>.menu-item{display:inline-block}.cookie{position:fixed;bottom:0}</style>"
)


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def wikinews(text: str, title: str, url: str, published: date | None) -> str:
    paras = paragraphs(text)
    dateline = ""
    # Wikinews' {{date}} template: a microformat date, then the date as the story's first line.
    stamp = f'<span id="publishDate" class="value-title" title="{published}"></span>' if published else ""
    if paras and _DATE_LINE.match(paras[0]):
        dateline = f'<p><strong class="published">{stamp}{html.escape(paras.pop(0))}</strong></p>'
    elif published is not None:
        shown = f"{published:%A, %B} {published.day}, {published.year}"
        dateline = f'<p><strong class="published">{stamp}{shown}</strong></p>'
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>{t} - Wikinews, the free news source</title>
{_SCRIPT}
<link rel="canonical" href="{html.escape(url)}">
</head><body class="mediawiki ltr sitedir-ltr skin-vector">
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<div id="siteNotice"><p>Wikinews needs your help: write an article today.</p></div>
<h1 id="firstHeading" class="firstHeading">{t}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub">From Wikinews, the free news source you can write!</div>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
{dateline}
{_ps(paras)}
<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul>
<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.com/a">
"Report on the events"</a> — <i>Example Broadcasting</i>, {published or ""}</span></li>
<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.org/b">
"Officials comment"</a> — <i>Example Times</i>, {published or ""}</span></li>
</ul>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks">Categories:
<ul><li><a href="/wiki/Category:Published">Published</a></li><li><a href="/wiki/Category:World">World</a></li></ul>
</div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-panel"><div class="portal"><ul>{_SIDEBAR}</ul></div></div>
<div id="p-search"><form action="/w/index.php"><input type="search" name="search" placeholder="Search Wikinews">
</form></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info">
<li>All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5
License, unless otherwise noted.</li></ul>
<ul id="footer-places"><li><a href="/wiki/Privacy">Privacy policy</a></li><li><a href="/wiki/About">About Wikinews</a></li>
<li><a href="/wiki/Disclaimers">Disclaimers</a></li></ul></div>
</body></html>"""


def newssite(text: str, title: str, url: str, published: date | None) -> str:
    paras = paragraphs(text)
    if paras and _DATE_LINE.match(paras[0]):
        paras.pop(0)  # the date is in the markup only, as on most news sites
    t = html.escape(title)
    when = published.isoformat() if published else ""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"{when}T08:00:00Z" if when else None,
        "author": [{"@type": "Person", "name": "Staff Reporter"}],
        "publisher": {"@type": "Organization", "name": "The Example Herald"},
        "mainEntityOfPage": url,
    }
    meta_date = f'<meta property="article:published_time" content="{when}T08:00:00Z">' if when else ""
    related = "".join(f'<li><a href="/story/{i}">{html.escape(s)}</a></li>' for i, s in enumerate(_RELATED))
    comments = "".join(
        f'<li class="comment"><span class="user">reader{i}</span><p>{html.escape(c)}</p>'
        f'<a href="#" class="reply">Reply</a></li>'
        for i, c in enumerate(_COMMENTS)
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{t} | The Example Herald</title>
<meta property="og:title" content="{t}"><meta property="og:type" content="article">
<meta property="og:url" content="{html.escape(url)}"><meta property="og:site_name" content="The Example Herald">
{meta_date}
<script type="application/ld+json">{json.dumps(ld)}</script>
{_SCRIPT}
</head><body>
<div class="cookie" role="dialog"><p>We and our partners use cookies to personalise content and ads.
<button>Accept all</button> <button>Manage preferences</button></p></div>
<header class="site-header"><a class="logo" href="/">The Example Herald</a>
<nav class="mega-menu"><ul>{_MENU}</ul></nav>
<a href="/subscribe" class="cta">Subscribe for $1 a week</a></header>
<main>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></nav>
<article class="story">
<header><h1 class="headline">{t}</h1>
<div class="byline">By <a href="/staff/reporter" rel="author">Staff Reporter</a> ·
<time datetime="{when}">{when}</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</header>
<div class="story-body">
{_ps(paras)}
</div>
</article>
<aside class="rail"><h2>Related stories</h2><ul>{related}</ul>
<div class="newsletter"><h3>Morning Briefing</h3><p>Get the day's top stories in your inbox every morning.
</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></aside>
<section class="comments" id="comments"><h2>{len(_COMMENTS)} Comments</h2><ul>{comments}</ul></section>
</main>
<footer class="site-footer"><ul>{_FOOTER}</ul><p>© 2026 The Example Herald Media Group. All rights reserved.</p>
</footer>
<script src="/static/app.js" async></script>
</body></html>"""


LAYOUTS = {"wikinews": wikinews, "newssite": newssite}
