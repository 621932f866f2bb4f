"""`claimx show`: a readable view, where article text is only ever text."""

from __future__ import annotations

import io
import re
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from claimx.cli import cli
from claimx.models import Article, Claim, Dateline, Figure, Section, Speaker
from claimx.show import show

from .conftest import SAMPLES

HOSTILE = (
    'KYIV (AP) — "We saw [bold]1,200[/bold] drones \x1b[31min March\x1b[0m," said Olena Café.\r\n'
    "Bell\x07 \x1b]0;pwned\x07 title, [link=https://x.test]click[/link] \u202eevil\x9b2J 3 people.\n"
)
# What rich itself writes on a colour terminal: SGR styles, hyperlinks off, cursor moves.
_RICH_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def test_show_a_sample() -> None:
    r = CliRunner().invoke(cli, ["show", str(SAMPLES / "kursk-command-post.txt")])
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert "Dateline" in out and "2025-02-02" in out
    assert "Claims" in out and "[1]" in out
    assert "Zelenskyy" in out and "Source: Zelenskyy in an interview" in out


def test_hostile_text_is_printed_literally(tmp_path: Path) -> None:
    p = tmp_path / "hostile.txt"
    p.write_text(HOSTILE, encoding="utf-8", newline="")
    r = CliRunner().invoke(cli, ["show", str(p)])
    assert r.exit_code == 0, r.stderr
    out = r.stdout
    assert "[bold]1,200[/bold]" in out
    assert "[link=https://x.test]click[/link]" in out
    assert "␛[31min March␛[0m" in out and "␛]0;pwned␇" in out
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\r"):
        assert bad not in out


def _article(text: str) -> Article:
    quote = text.index("We saw")
    fig = text.index("1,200")
    return Article(
        source="hostile \x1b[2J[red]name[/red]",
        dateline=Dateline(text="KYIV (AP)", start=0, end=9, place="Kyiv\x1b[5m", agency="AP"),
        sections=[Section(text=text, start=0, end=len(text), label=None, kind="lede")],
        claims=[
            Claim(
                id="x:q",
                kind="quote",
                text=text[quote : text.index(',"')],
                start=quote,
                end=text.index(',"'),
                speaker=Speaker(
                    name="[bold]Olena[/bold]", mention="Olena", type="PERSON", title="\x1b[31mmayor"
                ),
                cue="said",
                figures=[Figure(text="1,200", start=fig, end=fig + 5, value=1200, unit="drones\u202e")],
            )
        ],
        warnings=["decoded as [blink]x[/blink]\x1b[0m"],
    )


def test_colour_output_holds_only_rich_s_own_escapes() -> None:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, color_system="truecolor", width=100)
    show(HOSTILE, _article(HOSTILE), console)
    out = buf.getvalue()
    assert _RICH_ESCAPE.search(out), "expected colour"
    leftover = _RICH_ESCAPE.sub("", out)
    assert "\x1b" not in leftover and "\x07" not in leftover and "\u202e" not in leftover
    for literal in ("[bold]Olena[/bold]", "[red]name[/red]", "[blink]x[/blink]", "␛[31mmayor", "[bold]1,200"):
        assert literal in leftover


def test_markers_number_the_claims_in_the_text() -> None:
    buf = io.StringIO()
    show(HOSTILE, _article(HOSTILE), Console(file=buf, width=200))
    out = buf.getvalue()
    assert '"[1]We saw' in out
    assert "[1] quote  [bold]Olena[/bold] (␛[31mmayor)  cue said" in out
