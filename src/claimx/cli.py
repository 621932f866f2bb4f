"""The command line: a thin edge over `claimx.batch` and `claimx.show`.

Library errors (`claimx.errors`) become `click.ClickException`: one line on
stderr, exit 1. Standard output carries only data. spaCy, pydantic and rich are
imported only by the commands that need them, so `--help` and `schema` start fast.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from claimx import __version__
from claimx.errors import ClaimxError
from claimx.io import DEFAULT_GLOB, STDIN
from claimx.pipeline.nlp import DEFAULT_MODEL
from claimx.terminal import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from claimx.batch import Options, Result
    from claimx.io import Input

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a process stopped by Ctrl-C


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
    "path below the folder when the pattern holds a /.",
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
    help="Write OUTPUT_DIR/<name>.json for each input, mirroring the folders given, instead of "
    "standard output. Each file is written whole or not at all.",
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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or notes; errors still show.")
@_model_option
@_date_option
def extract(
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    fmt: str,
    per_claim: bool,
    output_dir: Path | None,
    skip_existing: bool,
    jobs: int,
    fail_fast: bool,
    quiet: bool,
    model: str,
    ref: date | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Extract claims from files, folders (recursively) or stdin (-).

    Writes one JSON object per article to standard output as each is done, in
    the order of the inputs; folders are walked in name order, hidden entries
    left out. An input that cannot be processed is reported on standard error
    (one line: path and reason) and skipped. Exit status: 0 all done, 1 some
    inputs failed, 2 usage error, 130 interrupted (Ctrl-C).

    \b
    Examples:
      claimx extract samples/kursk-command-post.txt | jq .claims
      claimx extract reports/ --glob '*.md' --jobs 0 -o claims/ --skip-existing
      claimx extract archive/ --engine dask --scheduler tcp://10.0.0.5:8786 -o claims/
    """
    from claimx.batch import Options

    if engine == "dask" or scheduler is not None:
        unsupported = {
            "--format json": fmt == "json",
            "--skip-existing": skip_existing,
            "--fail-fast": fail_fast,
        }
        raise SystemExit(
            _run_dask(paths, globs, output_dir, jobs, scheduler, quiet, model, ref, per_claim, unsupported)
        )
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs --output-dir")
    options = Options(model=model, date=ref, output="json" if fmt == "json" else "jsonl", claims=per_claim)
    batch = _Batch(paths, globs, options, output_dir, skip_existing, jobs, fail_fast, quiet)
    raise SystemExit(batch.run())


class _Batch:
    """One `claimx extract` run: inputs through `claimx.batch.run`, outputs, messages, signals."""

    def __init__(
        self,
        paths: Sequence[str],
        globs: Sequence[str],
        options: Options,
        output_dir: Path | None,
        skip_existing: bool,
        jobs: int,
        fail_fast: bool,
        quiet: bool,
    ) -> None:
        self.paths = paths
        self.globs = globs
        self.options = options
        self.output_dir = output_dir
        self.skip_existing = skip_existing
        self.jobs = jobs
        self.fail_fast = fail_fast
        self.quiet = quiet
        self.done = self.failed = self.skipped = self.claims = self.quotes = 0
        self.last: str | None = None
        self.started = time.perf_counter()
        self.interrupted = False
        self.writing = False  # Ctrl-C waits while this is true
        self.pipe_closed = False
        # Output paths written in this run: two inputs that map to one file (a.txt and
        # a.md, or x.txt in two folders given) must not silently overwrite each other.
        self.written: set[Path] = set()
        self.stdout: IO[bytes] = sys.stdout.buffer
        # Progress bar and summary are for people watching: a terminal, not a log file.
        self.console: Console | None = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console

            self.console = Console(stderr=True)
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def run(self) -> int:
        from claimx.batch import run

        if self.output_dir is not None:
            # Created up front so the walk can leave it out when it lies inside an input folder.
            self.output_dir.mkdir(parents=True, exist_ok=True)
        self.started = started = time.perf_counter()
        old_handler = self._catch_sigint()
        try:
            with self._progress():
                results = run(self._inputs(), self.options, self.jobs)
                try:
                    for inp, result in results:
                        self._handle(inp, result)
                        if self.interrupted or self.pipe_closed or (self.fail_fast and self.failed):
                            break
                finally:
                    results.close()  # stops worker processes when the run ends early
        except KeyboardInterrupt:
            self.interrupted = True
        except ClaimxError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            if old_handler is not None:
                signal.signal(signal.SIGINT, old_handler)
        if self.pipe_closed:
            # The reader is gone (`| head -1`): leave quietly, and keep Python from
            # complaining when it flushes standard output at exit.
            _silence_stdout()
            return EXIT_FAILED if self.failed else 0
        self._summary(time.perf_counter() - started)
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed else 0

    def _inputs(self) -> Iterator[Input]:
        from claimx.io import iter_inputs, output_path

        exclude = [str(self.output_dir)] if self.output_dir is not None else []
        for inp in iter_inputs(self.paths, self.globs, exclude):
            if self.skip_existing and output_path(self.output_dir, inp).exists():  # type: ignore[arg-type]
                self.skipped += 1
                self._advance()
                continue
            yield inp

    def _handle(self, inp: Input, result: Result) -> None:
        self.writing = True
        try:
            self.last = result.source
            if result.error is None and self.output_dir is not None:
                result = self._write_file(inp, result)
            if result.error is not None:
                self.failed += 1
                self._error(result.error)
            else:
                self.done += 1
                self.claims += result.claims
                self.quotes += result.quotes
                if self.output_dir is None:
                    self._write_stdout(result.text)
            self._advance()
        finally:
            self.writing = False

    def _write_stdout(self, text: str) -> None:
        try:
            # One write and a flush per article: lines reach the reader as each article
            # is done, and the stream never holds part of a line when the run stops.
            self.stdout.write(text.encode("utf-8"))
            self.stdout.flush()
        except BrokenPipeError:
            self.pipe_closed = True

    def _write_file(self, inp: Input, result: Result) -> Result:
        from dataclasses import replace

        from claimx.io import output_path, write_atomic

        path = output_path(self.output_dir, inp)  # type: ignore[arg-type]
        if path in self.written:
            return replace(
                result,
                error=f"{result.source}: its output {path} is that of an earlier input too; "
                "rename one, or run the folders one at a time",
            )
        write_atomic(path, result.text.encode("utf-8"))
        self.written.add(path)
        return result

    def _error(self, message: str) -> None:
        line = f"Error: {printable(message)}"
        if self.progress is not None:
            from rich.text import Text

            self.progress.console.print(Text(line), soft_wrap=True)
        else:
            try:
                sys.stderr.write(line + "\n")
                sys.stderr.flush()
            except BrokenPipeError:
                pass

    def _note(self, message: str) -> None:
        if self.quiet:
            return
        if self.console is not None:
            from rich.text import Text

            self.console.print(Text(message, style="dim"), soft_wrap=True)
        else:
            sys.stderr.write(message + "\n")

    # -- Ctrl-C -------------------------------------------------------------------------

    def _catch_sigint(self) -> Any:
        """Make Ctrl-C stop the run between two articles, never in the middle of a write."""

        def stop(signum: int, frame: object) -> None:
            self.interrupted = True
            if not self.writing:
                # Waiting for a result: stop now (the batch generator stops the workers).
                raise KeyboardInterrupt
            # Writing: finish the article's lines; the loop stops before the next one.

        try:
            return signal.signal(signal.SIGINT, stop)
        except ValueError:  # not the main thread (an embedding application): leave signals alone
            return None

    # -- progress and summary -----------------------------------------------------------

    def _progress(self) -> Any:
        from contextlib import nullcontext

        if self.console is None:
            return nullcontext()
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=None, rate="")
        # The walk is lazy, so the total is unknown at first: count the inputs in the
        # background and give the bar its total (and an ETA) when known.
        threading.Thread(target=self._count, daemon=True).start()
        return self.progress

    def _count(self) -> None:
        from claimx.io import iter_inputs

        exclude = [str(self.output_dir)] if self.output_dir is not None else []
        n = sum(1 for _ in iter_inputs(self.paths, self.globs, exclude))
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, total=n)

    def _advance(self) -> None:
        if self.progress is not None and self.task is not None:
            # The rate over the whole run: results arrive a batch at a time, so rich's
            # recent-samples speed would jump between zero and thousands.
            elapsed = time.perf_counter() - self.started
            n = self.done + self.failed + self.skipped
            self.progress.update(self.task, advance=1, rate=f"{n / elapsed:.1f}/s" if n and elapsed else "")

    def _summary(self, seconds: float) -> None:
        n = self.done + self.failed
        if n == 0 and self.skipped == 0 and not self.interrupted:
            self._note(f"claimx: no input files (folders are searched for {', '.join(self.globs)})")
            return
        if self.console is None and not self.interrupted:
            return  # not a terminal: the data and the error lines are the whole story
        rate = f" ({n / seconds:.1f} files/s)" if seconds > 0 and n else ""
        parts = [
            f"{n:,} file{'' if n == 1 else 's'} in {seconds:.1f} s{rate}",
            f"{self.claims:,} claims ({self.quotes:,} quotes)",
        ]
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (output exists)")
        text = "claimx: " + "; ".join(parts)
        if self.interrupted:
            where = f" after {printable(self.last)}" if self.last else " before the first file"
            text = f"claimx: interrupted{where}; " + "; ".join(parts)
        self._note(text)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test runner's buffer): nothing will complain


def _run_dask(
    paths: Sequence[str],
    globs: Sequence[str],
    output_dir: Path | None,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
    model: str,
    ref: date | None,
    per_claim: bool,
    unsupported: dict[str, bool],
) -> int:
    """`extract --engine dask`: claimx.dask does the work; this reports it."""
    for flag, given in unsupported.items():
        if given:
            raise click.UsageError(f"{flag} is not available with --engine dask")
    if output_dir is None:
        raise click.UsageError("--engine dask needs --output-dir (-o): workers write their partitions there")
    if STDIN in paths:
        raise click.UsageError("--engine dask reads files and folders, not standard input (-)")
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise click.ClickException("--engine dask needs Dask: pip install 'claimx[dask]'") from exc
    from claimx.dask import connect, extract_to_dir

    def error(line: str) -> None:
        click.echo(f"Error: {printable(line)}", err=True)

    try:
        with connect(scheduler, jobs) as client:
            summary = extract_to_dir(
                paths,
                output_dir,
                client=client,
                globs=globs,
                model=model,
                date=ref,
                claims=per_claim,
                on_error=error,
            )
    except KeyboardInterrupt:
        click.echo("claimx: interrupted; every partition file written is complete", err=True)
        return EXIT_INTERRUPTED
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    if not quiet:
        # Unlike local mode, also when stderr is not a terminal: a cluster run's log is a
        # file, and this line is where its output went.
        n, w, p = summary.done + summary.failed, len(summary.workers), summary.partitions
        click.echo(
            f"claimx: {n:,} file{'s' * (n != 1)} in {summary.seconds:.1f} s "
            f"on {w} Dask worker{'s' * (w != 1)}; "
            f"{summary.claims:,} claims ({summary.quotes:,} quotes); {summary.failed:,} failed; "
            f"{p:,} partition{'s' * (p != 1)} in {summary.out_dir}, failures in {summary.errors_path}",
            err=True,
        )
    return EXIT_FAILED if summary.failed else 0


@cli.command()
@click.argument("path", metavar="FILE")
@_model_option
@_date_option
def show(path: str, model: str, ref: date | None) -> None:
    """Show an article's claims in the terminal, marked in its text.

    Quotes, reported speech and the reporter's own statements are coloured where
    they stand; dates and figures are highlighted inside them. The article's text
    is printed as text: markup and escape sequences in it are shown, not obeyed.

    \b
    Examples:
      claimx show samples/kursk-command-post.txt
      claimx show report.txt --date 2025-02-02 | less -R
      curl -s https://example.org/story.txt | claimx show -
    """
    from rich.console import Console

    from claimx.api import extract as extract_article
    from claimx.io import Input, read_text, source_name
    from claimx.show import show as render

    try:
        inp = Input(path, STDIN if path == STDIN else source_name(path), os.path.basename(path))
        decoded = read_text(inp)
        art = extract_article(decoded.text, date=ref, source=inp.source, model=model)
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None  # while the model loads: no traceback
    if decoded.warnings:
        art = art.model_copy(update={"warnings": [*decoded.warnings, *art.warnings]})
    render(decoded.text, art, Console())


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
