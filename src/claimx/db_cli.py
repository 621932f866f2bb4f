"""`claimx db`: databases of claims, for output already made (`extract --db` writes one directly)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from claimx.errors import ClaimxError, InputError
from claimx.io import STDIN
from claimx.runs import EXIT_FAILED, EXIT_INTERRUPTED
from claimx.terminal import printable


@click.group()
def db() -> None:
    """SQLite databases of claims, ready for Datasette.

    \b
    Tables: articles, claims, figures, dates, entities, speakers, speaker_names,
    and claims_fts (full-text search on claim text). See the README for the schema.

    \b
    Examples:
      claimx extract reports/ --db claims.db
      claimx db load claims.jsonl claims.db
      datasette claims.db
    """


@db.command()
@click.argument("sources", nargs=-1, required=True, metavar="JSONL...")
@click.argument("database", type=click.Path(dir_okay=False), metavar="DB")
@click.option("-q", "--quiet", is_flag=True, help="No summary; errors still show.")
def load(sources: tuple[str, ...], database: str, quiet: bool) -> None:
    """Load article lines of `claimx extract` (JSONL files, or - for stdin) into DB.

    DB is created if need be. An article already in it (by source) has its rows
    replaced, so loading the same output twice changes nothing. Articles are
    committed in batches: an interrupted load leaves a valid database. A line that
    is not an article is reported (FILE:LINE: reason) and skipped.

    \b
    Examples:
      claimx db load claims.jsonl claims.db
      cat out/part-*.jsonl | claimx db load - claims.db
    """
    from claimx.db import Store

    failed = 0
    try:
        with Store(database) as store:
            for name, lines in _sources(sources):
                if isinstance(lines, ClaimxError):
                    failed += 1
                    click.echo(f"Error: {printable(str(lines))}", err=True)
                    continue
                for rec in read_records(name, lines):
                    if isinstance(rec, ClaimxError):
                        failed += 1
                        click.echo(f"Error: {printable(str(rec))}", err=True)
                    else:
                        store.add(rec)
    except KeyboardInterrupt:
        click.echo(f"claimx: interrupted; {database} holds the articles committed so far", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    if not quiet and sys.stderr.isatty():
        click.echo(f"claimx: {store.articles:,} articles, {store.claims:,} claims in {database}", err=True)
    raise SystemExit(EXIT_FAILED if failed else 0)


def _sources(sources: tuple[str, ...]) -> Iterator[tuple[str, Iterator[str] | ClaimxError]]:
    from claimx.io import os_reason

    for name in sources:
        if name == STDIN:
            yield "<stdin>", iter(sys.stdin)
            continue
        try:
            with open(name, encoding="utf-8") as f:
                yield name, iter(f)
        except OSError as exc:
            yield name, ClaimxError(f"{name}: {os_reason(exc)}")


def read_records(path: str, lines: Iterable[str]) -> Iterator[dict[str, Any] | InputError]:
    """The article records of a JSONL stream; a line that is not one is an InputError in its place."""
    n = 0
    it = iter(lines)
    while True:
        try:
            line = next(it, None)
        except UnicodeDecodeError:
            yield InputError(f"{path}:{n + 1}: not UTF-8 text (claimx writes UTF-8 JSON lines)")
            return
        if line is None:
            return
        n += 1
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{path}:{n}: not JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict) or "claims" not in rec or "source" not in rec:
            why = (
                "a claim line (from --claims)"
                if isinstance(rec, dict) and "kind" in rec
                else "not an article"
            )
            if isinstance(rec, dict) and "error" in rec:
                why = f"a failed input ({rec['error']})"
            yield InputError(f"{path}:{n}: {why}; load the article lines of claimx extract")
            continue
        yield rec
