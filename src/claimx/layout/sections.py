"""Split an article into its lede, labelled sections and body paragraphs.

A paragraph that opens with a short label and a colon (`Source:`, `Quote:`,
`More details:`, `Quote from Smith:`) starts a section that runs until the next
label. The first paragraph after the dateline is the lede; other unlabelled
paragraphs before the first label are `body`. A short opening paragraph with no
sentence punctuation is a `headline`.

Limits: a label must be one of the known labels, `Quote(s) from <Name>`, or up
to three words with no reporting verb in them (so `Lloyd said: "..."` is not a
label); an unknown label alone in its paragraph must be in title case.
"""

from __future__ import annotations

import re

from claimx.layout.paragraphs import paragraphs
from claimx.models import Section

KINDS = {
    "source": "source",
    "sources": "source",
    "quote": "quote",
    "quotes": "quote",
    "details": "details",
    "more details": "details",
    "further details": "details",
    "key details": "details",
    "background": "background",
    "previously": "background",
    "for reference": "background",
    "context": "background",
    "history": "background",
    "update": "update",
    "updated": "update",
    "contact": "contact",
    "media contact": "contact",
    "press contact": "contact",
    "note": "note",
    "editor's note": "note",
    "editor’s note": "note",
    "correction": "note",
    "reaction": "reaction",
    "analysis": "analysis",
    "summary": "summary",
}
# Words that make `X said:` an attribution, not a label.
_VERBS = frozenset(
    "said says say told tells added adds wrote writes stated states explained explains noted notes "
    "asked asks replied replies announced announces warned warns declared declares insisted insists "
    "would will could should can may might is are was were has have had did does".split()
)
_LABEL = re.compile(r"(?P<label>[A-Z][^\n:\"“”«»]{0,40}?)\s*:(?=[ \t]|\r?\n|$)")
_QUOTE_FROM = re.compile(r"quotes? from\s+\S.*", re.IGNORECASE)
_ABOUT = re.compile(r"about\s+[A-Z].*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…\"”’»)]\s*$")


def label_of(paragraph: str) -> str | None:
    """The section label that opens `paragraph`, as written without the colon, or None."""
    m = _LABEL.match(paragraph)
    if not m:
        return None
    label = m.group("label")
    alone = not paragraph[m.end() :].strip()
    key = label.casefold()
    if key in KINDS or _QUOTE_FROM.fullmatch(label) or _ABOUT.fullmatch(label):
        return label
    words = label.split()
    # A label alone in its paragraph must read as a heading (`Quick Facts:`), not as an
    # unfinished sentence (`The Act would:`).
    if alone and not all(w[0].isupper() for w in words):
        return None
    if len(words) > 3 or any(w.casefold() in _VERBS for w in words) or "," in label:
        return None
    # Unknown labels must read as a heading: every word capitalised or only the first word.
    return label if all(w[0].isupper() or w.islower() for w in words) else None


def kind_of(label: str) -> str:
    key = label.casefold()
    if key in KINDS:
        return KINDS[key]
    if _QUOTE_FROM.fullmatch(label):
        return "quote"
    if _ABOUT.fullmatch(label):
        return "about"
    return re.sub(r"[^a-z0-9]+", "_", key).strip("_") or "body"


def find_sections(text: str, dateline: tuple[int, int] | None = None) -> list[Section]:
    """Sections of `text` in order, covering every paragraph but the dateline span (start, end).

    Paragraphs before the dateline are headings (`headline`).
    """
    sections: list[Section] = []
    body_start = 0
    if dateline:
        sections = [_section(text, None, "headline", s, e) for s, e in paragraphs(text) if e <= dateline[0]]
        body_start = dateline[1]
    current: tuple[str | None, str, int, int] | None = None  # label, kind, start, end
    seen_lede = False
    for start, end in paragraphs(text, body_start):
        label = label_of(text[start:end])
        if label is not None:
            if current:
                sections.append(_section(text, *current))
            current = (label, kind_of(label), start, end)
            continue
        if current and current[0] is not None:
            current = (current[0], current[1], current[2], end)
            continue
        if current:
            sections.append(_section(text, *current))
        if not seen_lede and not dateline and not sections and _is_headline(text[start:end]):
            current = (None, "headline", start, end)
            continue
        current = (None, "body" if seen_lede else "lede", start, end)
        seen_lede = True
    if current:
        sections.append(_section(text, *current))
    return sections


def _section(text: str, label: str | None, kind: str, start: int, end: int) -> Section:
    return Section(label=label, kind=kind, start=start, end=end, text=text[start:end])


def _is_headline(paragraph: str) -> bool:
    lines = [ln for ln in paragraph.splitlines() if ln.strip()]
    return (
        len(paragraph.split()) <= 30
        and not _SENTENCE_END.search(lines[0])
        and all(not _SENTENCE_END.search(ln) or ln.lstrip().startswith("By ") for ln in lines)
    )
