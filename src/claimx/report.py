"""What a person watching a run sees on standard error: error lines, progress, notes and the summary.

Shared by local runs and Dask runs (`claimx extract --engine dask`). Every
failure is one `Error: SOURCE: REASON` line, whatever else is shown; the
progress bar and the summary are for a terminal, not for a log file. Text
from inputs (file names, reasons quoting them) passes through `printable`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.terminal import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID


@dataclass(slots=True)
class Tally:
    """What a run did so far."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0
    quotes: int = 0
    last: str | None = None
    """The source of the last input finished (named when the run is interrupted)."""

    @property
    def seen(self) -> int:
        return self.done + self.failed + self.skipped


class Reporter:
    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tally = Tally()
        self.started = time.perf_counter()
        self.console: Console | None = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console

            self.console = Console(stderr=True)
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    # -- one input at a time ------------------------------------------------------------

    def done(self, source: str, claims: int, quotes: int) -> None:
        t = self.tally
        t.done, t.claims, t.quotes, t.last = t.done + 1, t.claims + claims, t.quotes + quotes, source
        self._advance()

    def failed(self, line: str, source: str | None = None) -> None:
        """An input that failed: its line (SOURCE: REASON) shown as `Error: ...`."""
        self.tally.failed += 1
        self.tally.last = source or self.tally.last
        self.error(line)
        self._advance()

    def skipped(self) -> None:
        self.tally.skipped += 1
        self._advance()

    # -- lines ----------------------------------------------------------------------------

    def error(self, message: str) -> None:
        line = f"Error: {printable(message)}"
        if self.progress is not None:
            from rich.text import Text

            self.progress.console.print(Text(line), soft_wrap=True)
            return
        try:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
        except BrokenPipeError:
            pass

    def note(self, message: str, always: bool = False) -> None:
        """A line for people: on a terminal (dimmed), or anywhere when `always`; never with --quiet."""
        if self.quiet or (self.console is None and not always):
            return
        if self.console is not None:
            from rich.text import Text

            self.console.print(Text(message, style="dim"), soft_wrap=True)
        else:
            sys.stderr.write(message + "\n")

    # -- progress and summary -----------------------------------------------------------

    def watching(self, count: Callable[[], Iterable[object]] | None = None) -> AbstractContextManager[object]:
        """A progress bar while the run lasts, on a terminal; `count` lists the inputs, for the total."""
        self.started = time.perf_counter()
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
        if count is not None:
            # The walk is lazy, so the total is unknown at first: count the inputs in the
            # background and give the bar its total (and an ETA) when known.
            threading.Thread(target=self._count, args=(count,), daemon=True).start()
        return self.progress

    def _count(self, count: Callable[[], Iterable[object]]) -> None:
        n = sum(1 for _ in count())
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, total=n)

    def _advance(self) -> None:
        if self.progress is not None and self.task is not None:
            # The rate over the whole run: results arrive a batch at a time, so rich's
            # recent-samples speed would jump between zero and thousands.
            elapsed = time.perf_counter() - self.started
            n = self.tally.seen
            self.progress.update(self.task, advance=1, rate=f"{n / elapsed:.1f}/s" if n and elapsed else "")

    def summary(self, interrupted: bool = False, where: str | None = None) -> None:
        """The closing line: on a terminal, or always when interrupted; `where` names the output."""
        seconds = time.perf_counter() - self.started
        t = self.tally
        n = t.done + t.failed
        rate = f" ({n / seconds:.1f} files/s)" if seconds > 0 and n else ""
        parts = [
            f"{n:,} file{'' if n == 1 else 's'} in {seconds:.1f} s{rate}",
            f"{t.claims:,} claims ({t.quotes:,} quotes)",
        ]
        if t.failed:
            parts.append(f"{t.failed:,} failed")
        if t.skipped:
            parts.append(f"{t.skipped:,} skipped (output exists)")
        if where:
            parts.append(where)
        text = "claimx: " + "; ".join(parts)
        if interrupted:
            after = f" after {printable(t.last)}" if t.last else " before the first file"
            text = f"claimx: interrupted{after}; " + "; ".join(parts)
        self.note(text, always=interrupted)
