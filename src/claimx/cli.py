"""The command line: a thin edge over `claimx.batch` and `claimx.show`.

Library errors (`claimx.errors`) become `click.ClickException`: one line on
stderr, exit 1. Standard output carries only data. spaCy, pydantic and rich are
imported only by the commands that need them, so `--help` and `schema` start fast.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimx import __version__
from claimx.errors import ClaimxError, ModelNotFound
from claimx.io import DEFAULT_GLOB, STDIN
from claimx.pipeline.nlp import DEFAULT_MODEL
from claimx.terminal import printable

if TYPE_CHECKING:
    from claimx.lexicon.calendar import DateOrder
    from claimx.refdates import RefDates
    from claimx.sink import Format, Sink

from claimx.runs import EXIT_INTERRUPTED, LocalRun, run_dask


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from exc


_model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline."
)
_date_option = click.option(
    "--date",
    "ref",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Reference date for articles whose dateline has none or no year.",
)
_date_order_option = click.option(
    "--date-order",
    type=click.Choice(["DMY", "MDY"], case_sensitive=False),
    callback=lambda ctx, param, value: value.upper() if value else None,
    help="Read a dateline's numeric date such as 02/11/2023 day first or month first "
    "[default: by its place: MDY in the US, else DMY].",
)


class _BadOptionFile(click.ClickException):
    exit_code = 2  # a usage error, like a bad option value


def _ref_dates(dates_file: str | None, from_name: bool) -> RefDates | None:
    """The per-input reference dates that --dates and --date-from-name ask for, if any."""
    from claimx.refdates import BadDates, RefDates, load_table

    if dates_file is None and not from_name:
        return None
    try:
        table = load_table(dates_file) if dates_file is not None else {}
    except BadDates as exc:
        raise _BadOptionFile(printable(str(exc))) from exc
    return RefDates(table, from_name)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="claimx")
def cli() -> None:
    """Turn news articles into structured, attributed claims (JSON).

    \b
    Examples:
      claimx extract article.txt | jq '.claims[] | {kind, text}'
      claimx extract reports/ --jobs 0 -o claims/
      claimx show article.txt
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    default=(DEFAULT_GLOB,),
    show_default=True,
    metavar="PATTERN",
    help="Files to take in folders (repeatable). Matched against the file name, or against the "
    "path below the folder when the pattern holds a / (* stays in one folder, **/ spans any).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one compact object per line; json: indented.",
)
@click.option(
    "--claims",
    "per_claim",
    is_flag=True,
    help="One object per claim, with its article's source and dateline_date, instead of one per article.",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write OUTPUT_DIR/<name>.json for each input (<name>.jsonl with --claims), mirroring the "
    "folders given, and OUTPUT_DIR/errors.log, instead of standard output. Each file is written "
    "whole or not at all.",
)
@click.option(
    "--skip-existing", is_flag=True, help="With -o: leave out inputs whose output exists (resume a run)."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes parsing in parallel; 0: one per core. The output is the same whatever the number.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop an input that takes longer, report it as failed and go on (runs in worker processes).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    metavar="N",
    help="Refuse an input whose text is longer than N characters (reported as failed).",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be processed.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: processes on this machine. dask: a Dask cluster (pip install 'claimx[dask]'), "
    "writing OUTPUT_DIR/part-NNNNNN.jsonl and OUTPUT_DIR/errors.log; needs -o.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: your cluster's scheduler (tcp://host:8786). "
    "Without it, a local cluster of --jobs worker processes.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write the articles to this SQLite database (created if need be; a re-run replaces an "
    "article's rows) instead of standard output. See `claimx db --help`.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or notes; errors still show.")
@_model_option
@_date_option
@click.option(
    "--dates",
    "dates_file",
    metavar="FILE.csv",
    help="Reference date per input: rows of path or file name, YYYY-MM-DD (header optional); "
    "before --date-from-name and --date.",
)
@click.option(
    "--date-from-name",
    is_flag=True,
    help="Reference date from a YYYY-MM-DD or YYYYMMDD in the file name, before --date.",
)
@_date_order_option
def extract(
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    fmt: Format,
    per_claim: bool,
    output_dir: Path | None,
    skip_existing: bool,
    jobs: int,
    timeout: float | None,
    max_chars: int | None,
    fail_fast: bool,
    quiet: bool,
    model: str,
    ref: date | None,
    dates_file: str | None,
    date_from_name: bool,
    date_order: DateOrder | None,
    engine: str,
    scheduler: str | None,
    db_path: Path | None,
) -> None:
    """Extract claims from files, folders (recursively) or stdin (-).

    Writes one JSON object per article to standard output as each is done, in
    the order of the inputs; folders are walked in name order, hidden entries
    left out. An input that cannot be processed is reported on standard error
    (one line: path and reason) and skipped; so is a folder with no matching
    file. Exit status: 0 all done, 1 some inputs failed, 2 usage error, 130
    interrupted (Ctrl-C).

    \b
    Examples:
      claimx extract samples/kursk-command-post.txt | jq .claims
      claimx extract reports/ --glob '*.md' --jobs 0 -o claims/ --skip-existing
      claimx extract archive/ --engine dask --scheduler tcp://10.0.0.5:8786 -o claims/
    """
    from claimx.batch import Options

    if paths.count(STDIN) > 1:
        raise click.UsageError("standard input (-) can be read once; give - once")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    dates = _ref_dates(dates_file, date_from_name)
    options = Options(model=model, date=ref, max_chars=max_chars, date_order=date_order, dates=dates)
    if db_path is not None:
        given = {"--claims": per_claim, "-o": output_dir is not None, "--engine dask": engine == "dask"}
        for flag in (f for f, on in given.items() if on):
            raise click.UsageError(f"--db stores whole articles; leave out {flag} (or use claimx db load)")
    if engine == "dask":
        unsupported = {
            "--dates": dates_file is not None,
            "--date-from-name": date_from_name,
            "--date-order": date_order is not None,
            "--format json": fmt == "json",
            "--skip-existing": skip_existing,
            "--fail-fast": fail_fast,
            "--timeout": timeout is not None,
        }
        raise SystemExit(
            run_dask(paths, globs, output_dir, jobs, scheduler, quiet, options, per_claim, unsupported)
        )
    if skip_existing and output_dir is None and db_path is None:
        raise click.UsageError("--skip-existing needs --output-dir or --db")
    from claimx.report import Reporter
    from claimx.sink import FolderSink, Sink

    try:
        if db_path is not None:
            from claimx.db import DbSink

            sink: Sink = DbSink(db_path)
        else:
            sink = Sink(fmt, per_claim) if output_dir is None else FolderSink(output_dir, fmt, per_claim)
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    run = LocalRun(paths, globs, options, sink, Reporter(quiet), skip_existing, jobs, timeout, fail_fast)
    raise SystemExit(run.run())


@cli.command()
@click.argument("path", metavar="FILE")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the claims: auto: on a terminal only; always: also into a pipe (less -R).",
)
@_model_option
@_date_option
def show(path: str, color: str, model: str, ref: date | None) -> None:
    """Show an article's claims in the terminal, marked in its text.

    Quotes, reported speech and the reporter's own statements are coloured where
    they stand; dates and figures are highlighted inside them. The article's text
    is printed as text: markup and escape sequences in it are shown, not obeyed.

    \b
    Examples:
      claimx show samples/kursk-command-post.txt
      claimx show report.txt --date 2025-02-02 --color always | less -R
      curl -s https://example.org/story.txt | claimx show -
    """
    from rich.console import Console

    from claimx.api import extract as extract_article
    from claimx.inputs import finish, read_input, reference
    from claimx.io import Input, source_name
    from claimx.show import show as render

    try:
        inp = Input(path, STDIN if path == STDIN else source_name(path), os.path.basename(path))
        decoded = read_input(inp)  # a web page shows its extracted text
        art = extract_article(decoded.text, date=reference(decoded, ref), source=inp.source, model=model)
        art = finish(art, decoded)
    except ModelNotFound as exc:
        raise click.ClickException(printable(exc.cli_message)) from exc
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None  # while the model loads: no traceback
    if decoded.warnings:
        art = art.model_copy(update={"warnings": [*decoded.warnings, *art.warnings]})
    if color == "always":
        console = Console(force_terminal=True)
    elif color == "never":
        console = Console(color_system=None)
    else:
        console = Console()
    render(decoded.text, art, console)


@cli.command()
@click.option("--claims", "per_claim", is_flag=True, help="The schema of `extract --claims` lines instead.")
def schema(per_claim: bool) -> None:
    """Print the JSON Schema of the output of `claimx extract`.

    \b
    Examples:
      claimx schema | jq '.properties | keys'
      claimx schema --claims > claim.schema.json
    """
    from claimx.models import Article, Claim

    if not per_claim:
        click.echo(json.dumps(Article.model_json_schema(), indent=2))
        return
    doc = Claim.model_json_schema()
    doc["title"] = "ClaimLine"
    doc["description"] = "One line of `claimx extract --claims`: a claim with its article's source."
    doc["properties"] = {
        "source": {"title": "Source", "type": "string"},
        "dateline_date": {
            "title": "Dateline Date",
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "ISO date the article was filed, from its dateline, if stated",
        },
        **doc["properties"],
    }
    doc["required"] = ["source", "dateline_date", *doc.get("required", [])]
    click.echo(json.dumps(doc, indent=2))


def main() -> None:
    cli(prog_name="claimx")


def _add_db_commands() -> None:
    from claimx.db_cli import db

    cli.add_command(db)


_add_db_commands()
