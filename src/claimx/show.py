"""`claimx show`: one article in the terminal, its claims highlighted where they stand.

Every piece of article text goes through `terminal.neutralise` and into a
`rich.text.Text` (never a markup string), so `[bold]` in an article prints as
those characters and an escape sequence prints as `␛[31m`, harmlessly.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from claimx.models import Article, Claim
from claimx.terminal import neutralise

KIND_STYLE = {"quote": "cyan", "reported": "magenta", "statement": "green"}
DATE_STYLE = "bold yellow"
FIGURE_STYLE = "bold red"
LABEL_STYLE = "bold underline"
MAX_CLAIM = 160


def render(text: str, art: Article) -> RenderableType:
    """Header, the article with its claims marked, and the list of claims."""
    parts: list[RenderableType] = [_header(art), Text(""), _body(text, art)]
    if art.claims:
        parts += [Text(""), _claims(art)]
    return Group(*parts)


def show(text: str, art: Article, console: Console) -> None:
    console.print(render(text, art), markup=False, highlight=False, emoji=False)


def _safe(s: str | None) -> Text:
    return Text(neutralise(s or ""))


def _header(art: Article) -> RenderableType:
    lines = Text()
    lines.append("Source  ", style="bold")
    lines.append_text(_safe(art.source))
    if art.dateline:
        d = art.dateline
        lines.append("\nDateline  ", style="bold")
        lines.append_text(_safe(d.text))
        facts = [f"{k} {v}" for k, v in (("date", d.date), ("place", d.place), ("agency", d.agency)) if v]
        if facts:
            lines.append("  (")
            lines.append_text(_safe(", ".join(facts)))
            lines.append(")")
    counts = {k: sum(c.kind == k for c in art.claims) for k in KIND_STYLE}
    lines.append("\nClaims  ", style="bold")
    lines.append(f"{len(art.claims)}")
    for kind, n in counts.items():
        lines.append("  ")
        lines.append(f"{n} {kind}", style=KIND_STYLE[kind])
    for w in art.warnings:
        lines.append("\nWarning  ", style="bold yellow")
        lines.append_text(_safe(w))
    legend = Text.assemble(
        ("quote", KIND_STYLE["quote"]),
        " · ",
        ("reported", KIND_STYLE["reported"]),
        " · ",
        ("statement", KIND_STYLE["statement"]),
        " · ",
        ("date", DATE_STYLE),
        " · ",
        ("figure", FIGURE_STYLE),
    )
    return Panel(lines, title="claimx", title_align="left", subtitle=legend, subtitle_align="right")


def _body(text: str, art: Article) -> Text:
    body = Text(neutralise(text))  # same length as `text`: offsets hold
    for s in art.sections:
        if s.label:
            body.stylize(LABEL_STYLE, s.start, min(s.start + len(s.label) + 1, s.end))
    for c in art.claims:
        body.stylize(KIND_STYLE[c.kind], c.start, c.end)
        for d in c.dates:
            body.stylize(DATE_STYLE, d.start, d.end)
        for f in c.figures:
            body.stylize(FIGURE_STYLE, f.start, f.end)
    # A numbered marker before each claim ties it to its row in the table.
    starts = sorted({c.start for c in art.claims})
    numbers: dict[int, list[int]] = {}
    for n, c in enumerate(art.claims, 1):
        numbers.setdefault(c.start, []).append(n)
    out = Text()
    for i, piece in enumerate(body.divide(starts)):
        if i:  # piece i > 0 starts where claim(s) starts[i - 1] start
            out.append(f"[{','.join(map(str, numbers[starts[i - 1]]))}]", style="dim")
        out.append_text(piece)
    return out


def _claims(art: Article) -> RenderableType:
    """Each claim as a short block: who and how on one line, the claim, then its dates and figures."""
    blocks: list[RenderableType] = [Rule("Claims", align="left")]
    for n, c in enumerate(art.claims, 1):
        head = Text.assemble((f"[{n}] ", "dim"), (c.kind, f"bold {KIND_STYLE[c.kind]}"))
        if c.speaker is not None:
            head.append("  ")
            head.append_text(_speaker(c))
        if c.cue:
            head.append("  cue ", style="dim")
            head.append_text(_safe(c.cue))
        if c.channel:
            head.append("  ")
            head.append_text(_safe(c.channel))
        blocks.append(head)
        claim = _safe(c.text if len(c.text) <= MAX_CLAIM else c.text[: MAX_CLAIM - 1] + "…")
        claim.stylize(KIND_STYLE[c.kind])
        blocks.append(Padding(claim, (0, 0, 0, 4)))
        facts = Text()
        if c.dates:
            facts.append("dates ", style="dim")
            facts.append_text(
                _joined([f"{d.text} → {d.value}" if d.value else d.text for d in c.dates], DATE_STYLE)
            )
        if c.figures:
            facts.append("  figures " if c.dates else "figures ", style="dim")
            facts.append_text(
                _joined([f"{f.text} ({f.unit})" if f.unit else f.text for f in c.figures], FIGURE_STYLE)
            )
        if facts:
            blocks.append(Padding(facts, (0, 0, 0, 4)))
    return Group(*blocks)


def _speaker(c: Claim) -> Text:
    assert c.speaker is not None
    t = _safe(c.speaker.name)
    t.stylize("bold")
    if c.speaker.title:
        t.append(" (")
        t.append_text(_safe(c.speaker.title))
        t.append(")")
    if c.speaker.type != "PERSON":
        t.append(f" {c.speaker.type}", style="dim")
    return t


def _joined(items: list[str], style: str) -> Text:
    return Text(neutralise("; ".join(items)), style=style)
