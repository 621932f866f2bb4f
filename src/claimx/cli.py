"""The command line: a thin edge over `claimx.api`.

spaCy is imported only by commands that parse text, so `--help` and `schema`
start fast.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from claimx import __version__
from claimx.errors import ClaimxError
from claimx.nlp import DEFAULT_MODEL


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="claimx")
def cli() -> None:
    """Turn news articles into structured, attributed claims (JSON).

    \b
    Examples:
      claimx extract article.txt | jq '.claims[] | {kind, text}'
      cat article.txt | claimx extract - --date 2025-02-02
      claimx schema > claimx.schema.json
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one compact object per line; json: indented.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@click.option(
    "--date",
    "ref",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Reference date for articles whose dateline has none or no year.",
)
def extract(paths: tuple[str, ...], fmt: str, model: str, ref: date | None) -> None:
    """Extract claims from articles: each PATH a file, or - for standard input.

    Writes one JSON object per article to standard output; messages go to
    standard error.

    \b
    Examples:
      claimx extract samples/kursk-command-post.txt
      claimx extract a.txt b.txt --format json
      curl -s https://example.org/story.txt | claimx extract - --date 2025-03-10
    """
    from claimx.api import extract_many
    from claimx.io import read_source

    try:
        items = [(p, read_source(p)) for p in paths]
        for art in extract_many(items, date=ref, model=model):
            data = art.model_dump(mode="json")
            line = json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None)
            sys.stdout.write(line + "\n")
    except ClaimxError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output of `claimx extract`.

    \b
    Example:
      claimx schema | jq '.properties | keys'
    """
    from claimx.models import Article

    click.echo(json.dumps(Article.model_json_schema(), indent=2))


def main() -> None:
    cli(prog_name="claimx")
