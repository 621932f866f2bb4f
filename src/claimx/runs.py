"""The two drivers of `claimx extract`, behind the click command in `claimx.cli`: a local run (inputs
through `claimx.batch.run` into a sink, told by a reporter, Ctrl-C between two articles) and a Dask run
(`claimx.dask` does the work). They speak click's language (usage errors, one-line exceptions) because
they are the command line's edge, not the library's.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimx.errors import ClaimxError, ModelNotFound
from claimx.io import STDIN
from claimx.terminal import printable

if TYPE_CHECKING:
    from claimx.batch import Options, Result
    from claimx.io import Input
    from claimx.report import Reporter
    from claimx.sink import Sink

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a process stopped by Ctrl-C


class LocalRun:
    """One local `claimx extract` run: inputs through `claimx.batch.run` into a sink, told by a reporter.

    Ctrl-C stops the run between two articles, never in the middle of a write.
    """

    def __init__(
        self,
        paths: Sequence[str],
        globs: Sequence[str],
        options: Options,
        sink: Sink,
        reporter: Reporter,
        skip_existing: bool,
        jobs: int,
        timeout: float | None,
        fail_fast: bool,
    ) -> None:
        self.paths, self.globs, self.options = paths, globs, options
        self.sink, self.reporter = sink, reporter
        self.skip_existing, self.jobs, self.timeout, self.fail_fast = skip_existing, jobs, timeout, fail_fast
        self.exclude = [str(sink.out_dir)] if sink.out_dir is not None else []
        self.interrupted = False
        self.writing = False  # Ctrl-C waits while this is true

    def run(self) -> int:
        from claimx.batch import run

        tally = self.reporter.tally
        old_handler = self._catch_sigint()
        try:
            with self.reporter.watching(self._listing):
                results = run(self._inputs(), self.options, self.jobs, self.timeout)
                try:
                    for inp, result in results:
                        self._handle(inp, result)
                        if self.interrupted or self.sink.closed or (self.fail_fast and tally.failed):
                            break
                finally:
                    results.close()  # stops worker processes when the run ends early
        except KeyboardInterrupt:
            self.interrupted = True
        except ModelNotFound as exc:
            raise click.ClickException(printable(exc.cli_message)) from exc
        except ClaimxError as exc:
            raise click.ClickException(printable(str(exc))) from exc
        finally:
            if old_handler is not None:
                signal.signal(signal.SIGINT, old_handler)
            self._close()
        if self.sink.closed:
            # The reader is gone (`| head -1`): leave quietly, and keep Python from
            # complaining when it flushes standard output at exit.
            _silence_stdout()
            return EXIT_FAILED if tally.failed else 0
        self.reporter.summary(self.interrupted)
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if tally.failed else 0

    def _listing(self) -> Iterator[Input]:
        from claimx.io import iter_inputs

        return iter_inputs(self.paths, self.globs, self.exclude)

    def _inputs(self) -> Iterator[Input]:
        for inp in self._listing():
            if self.skip_existing and inp.error is None and self.sink.exists(inp):
                self.reporter.skipped()
                continue
            yield inp

    def _handle(self, inp: Input, result: Result) -> None:
        self.writing = True
        try:
            error = result.error
            if result.article is not None:
                error = self.sink.put(inp, result.article)
            if error is not None:
                self.sink.failed(error)
                self.reporter.failed(error, result.source)
            else:
                self.reporter.done(result.source, result.claims, result.quotes)
        finally:
            self.writing = False

    def _close(self) -> None:
        try:
            self.sink.close()
        except ClaimxError as exc:
            self.reporter.failed(str(exc))

    def _catch_sigint(self) -> Any:
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


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test runner's buffer): nothing will complain


def run_dask(
    paths: Sequence[str],
    globs: Sequence[str],
    output_dir: Path | None,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
    options: Options,
    per_claim: bool,
    unsupported: dict[str, bool],
) -> int:
    """`extract --engine dask`: claimx.dask does the work; a reporter tells of it."""
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
    from claimx.report import Reporter

    reporter = Reporter(quiet)
    try:
        with connect(scheduler, jobs) as client:
            summary = extract_to_dir(
                paths,
                output_dir,
                client=client,
                globs=globs,
                model=options.model,
                date=options.date,
                claims=per_claim,
                max_chars=options.max_chars,
                on_error=reporter.error,
            )
    except KeyboardInterrupt:
        reporter.note("claimx: interrupted; every partition file written is complete", always=True)
        return EXIT_INTERRUPTED
    except ModelNotFound as exc:
        raise click.ClickException(printable(exc.cli_message)) from exc
    except ClaimxError as exc:
        raise click.ClickException(printable(str(exc))) from exc
    # Unlike local mode, also when stderr is not a terminal: a cluster run's log is a
    # file, and this line is where its output went.
    w, p = len(summary.workers), summary.partitions
    reporter.note(
        f"claimx: {summary.done + summary.failed:,} file{'s' * (summary.done + summary.failed != 1)} "
        f"in {summary.seconds:.1f} s on {w} Dask worker{'s' * (w != 1)}; "
        f"{summary.claims:,} claims ({summary.quotes:,} quotes); {summary.failed:,} failed; "
        f"{p:,} partition{'s' * (p != 1)} in {summary.out_dir}, failures in {summary.errors_path}",
        always=True,
    )
    return EXIT_FAILED if summary.failed else 0
