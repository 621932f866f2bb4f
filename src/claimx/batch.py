"""Batch extraction: a stream of inputs in, a stream of results out, in input order.

The unit of work is a *group*: up to GROUP consecutive inputs, read, decoded,
parsed with one `nlp.pipe` call and turned into results that carry the Article
models; rendering them (JSON lines, files) is the caller's business
(`claimx.sink`). `process_group` is a plain function of picklable arguments, so
the same unit runs in this process (`jobs=1`), in a pool of worker processes
(`jobs>1`, or any `timeout`), or on any other engine that can call a function (a
Dask bag partition).

Output is the same whatever the number of jobs: groups are formed from the input
order alone, so every text is parsed in the same spaCy batch either way, and
results are yielded in input order.

Memory stays flat: inputs are listed lazily, at most `2 * jobs` groups are in
flight, and each result is handed on as soon as its turn comes.

With a `timeout`, workers tell the parent when they start each input (and each
group's shared parse); the parent kills a worker past its deadline, reports that
input as failed, and reruns the rest of the work that was lost with the worker.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING

from claimx.errors import InputError, InputTooLong
from claimx.inputs import finish, read_input, reference
from claimx.io import STDIN, Decoded, Input
from claimx.lexicon.calendar import DateOrder
from claimx.pipeline.nlp import DEFAULT_MODEL, load
from claimx.refdates import RefDates

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    from claimx.models import Article

# Inputs per group, and the spaCy batch size. spaCy's throughput on CPU is flat from
# 8 to 64 texts per batch; 16 keeps a group to about a second of work, small enough
# to spread a few hundred files evenly over the workers.
GROUP = 16


@dataclass(frozen=True, slots=True)
class Options:
    """What to extract; travels to worker processes."""

    model: str = DEFAULT_MODEL
    date: date | None = None
    strict: bool = False
    """Let an unexpected exception propagate instead of reporting it as this input's failure."""
    max_chars: int | None = None
    """Refuse an input whose text is longer (a mistake, or more than the run should spend on one)."""
    date_order: DateOrder | None = None
    """How a dateline's numeric date (`02/11/2023`) is read when it could be either (None: by its place)."""
    dates: RefDates | None = None
    """Reference dates per input (a table, the file name), before `date`."""


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one input: its article, or why it failed."""

    source: str
    article: Article | None = None
    error: str | None = None
    """One line, starting with the source: why the input was skipped."""

    @property
    def claims(self) -> int:
        return len(self.article.claims) if self.article is not None else 0

    @property
    def quotes(self) -> int:
        return sum(c.kind == "quote" for c in self.article.claims) if self.article is not None else 0


def run(
    inputs: Iterable[Input], options: Options, jobs: int = 1, timeout: float | None = None
) -> Generator[tuple[Input, Result], None, None]:
    """Each input with its result, in input order, computed `jobs` processes at a time (0: all cores).

    With `timeout` (seconds per input), the work runs in worker processes even for
    one job, so that an input past its time can be stopped. Closing the iterator
    early (Ctrl-C, a closed pipe) stops the workers.
    """
    jobs = jobs or available_cores()
    groups = _groups(inputs)
    if timeout is not None:
        yield from _parallel(groups, options, jobs, timeout=timeout)
        return
    if jobs > 1:
        # A single group is work for one process: skip starting (and loading the model in)
        # workers for it.
        first = next(groups, None)
        second = next(groups, None)
        ahead = [g for g in (first, second) if g is not None]
        groups = chain(ahead, groups)
        if second is None:
            jobs = 1
    if jobs == 1:
        for group in groups:
            yield from zip(group, process_group(group, options), strict=True)
    else:
        yield from _parallel(groups, options, jobs)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (cgroups, taskset)
    except AttributeError:
        return os.cpu_count() or 1


def _groups(inputs: Iterable[Input]) -> Iterator[list[Input]]:
    it = iter(inputs)
    while group := list(islice(it, GROUP)):
        # Standard input belongs to this process: read it here, not in a worker.
        yield [
            replace(i, data=sys.stdin.buffer.read()) if i.path == STDIN and i.data is None else i
            for i in group
        ]


def process_group(inputs: list[Input], options: Options) -> list[Result]:
    """Read, parse and extract `inputs`: one result each, in order.

    Loads the model once per process. A failure of one input (unreadable, not
    text, a bug on this text) becomes that input's result; only a missing model
    raises.
    """
    try:
        return _process(inputs, options)
    finally:
        _starting(None, 0)


def _process(inputs: list[Input], options: Options) -> list[Result]:
    from claimx.compose import CHUNK_CHARS

    nlp = load(options.model)
    texts: list[Decoded | InputError] = []
    for inp in inputs:
        try:
            texts.append(_read(inp, options))
        except InputError as exc:
            texts.append(exc)
    # Failed and long inputs keep their place in the batch as empty texts, so the
    # batches spaCy sees do not depend on what failed where. Long texts are parsed
    # apart, in paragraph chunks.
    batch = [t.text if isinstance(t, Decoded) and len(t.text) <= CHUNK_CHARS else "" for t in texts]
    docs: list[object] = [None] * len(batch)
    _starting(None, len(batch))
    try:
        docs = list(nlp.pipe(batch, batch_size=GROUP))
    except Exception:
        # One text broke the batch; parse each alone below so the others still get through.
        if options.strict:
            raise
    results = []
    for inp, t, doc, piece in zip(inputs, texts, docs, batch, strict=True):
        if isinstance(t, InputError):
            results.append(Result(inp.source, error=str(t)))
        else:
            _starting(inp.source)
            results.append(_extract(inp, t, doc if piece or not t.text else None, options))
    return results


def _read(inp: Input, options: Options) -> Decoded:
    decoded = read_input(inp)
    if options.max_chars is not None and len(decoded.text) > options.max_chars:
        raise InputTooLong(
            f"{inp.source}: {len(decoded.text):,} characters, over the limit of {options.max_chars:,} "
            "(--max-chars); split it, or raise the limit"
        )
    return decoded


def _extract(inp: Input, decoded: Decoded, doc: object, options: Options) -> Result:
    from claimx.compose import article, extract_text

    # A date given for this input (--dates) wins; then a page's publication date; then --date.
    picked = options.dates.pick(inp.path, inp.source, inp.rel, None) if options.dates else None
    ref = picked if picked is not None else reference(decoded, options.date)
    try:
        if doc is None:
            art = extract_text(load(options.model), decoded.text, inp.source, ref, options.date_order)
        else:
            art = article(doc, inp.source, ref, options.date_order)  # type: ignore[arg-type]
        art = finish(art, decoded)
        if decoded.warnings:
            art = art.model_copy(update={"warnings": [*decoded.warnings, *art.warnings]})
        return Result(inp.source, article=art)
    except Exception as exc:
        if options.strict:
            raise
        detail = " ".join(str(exc).split())[:200]
        return Result(
            inp.source,
            error=f"{inp.source}: internal error ({type(exc).__name__}: {detail}); please report it",
        )


Worker = Callable[[list[Input], Options], list[Result]]

# In a worker of a run with a timeout: where to say what it starts (see _Pool.wait).
_STARTED: Queue[tuple[int, str | None, int]] | None = None


def _starting(source: str | None, n: int = 1) -> None:
    """Tell the parent this worker starts `source` (None: the parse of `n` texts; n=0: idle)."""
    if _STARTED is not None:
        _STARTED.put((os.getpid(), source, n))


def _parallel(
    groups: Iterator[list[Input]],
    options: Options,
    jobs: int,
    worker: Worker = process_group,
    timeout: float | None = None,
) -> Iterator[tuple[Input, Result]]:
    pool = _Pool(jobs, timeout)
    window: deque[tuple[list[Input], Future[list[Result]], int]] = deque()
    done = False
    try:
        for group in groups:
            window.append((group, *pool.submit(worker, group, options)))
            if len(window) >= 2 * jobs:
                yield from _collect(*window.popleft(), pool, options, worker)
        while window:
            yield from _collect(*window.popleft(), pool, options, worker)
        done = True
    finally:
        if not done:
            # Stopped early, or failed: drop queued work and stop the workers now
            # rather than let them finish batches nobody will read.
            for _, fut, _ in window:
                fut.cancel()
            _terminate(pool.executor)
        pool.executor.shutdown(wait=True, cancel_futures=True)


# Seconds a dead worker may go unnoticed by the pool before the pool is taken for stuck.
_STUCK_AFTER = 2.0


class _Pool:
    """Worker processes, started again when one of them dies (which breaks them all)."""

    def __init__(self, jobs: int, timeout: float | None = None) -> None:
        # spawn: workers start clean (no threads or locks inherited from the parent, whose
        # progress bar runs a thread) and load the model themselves, once each.
        import multiprocessing

        self.ctx = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self.timeout = timeout
        self.started: Queue[tuple[int, str | None, int]] | None = self.ctx.Queue() if timeout else None
        self.busy: dict[int, tuple[str | None, float]] = {}
        """Worker pid: what it works on (None: a group's parse) and until when it may."""
        self.timed_out: set[str] = set()
        self.dead_since: float | None = None
        self.generation = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.jobs, mp_context=self.ctx, initializer=_init_worker, initargs=(self.started,)
        )

    def submit(
        self, worker: Worker, group: list[Input], options: Options
    ) -> tuple[Future[list[Result]], int]:
        """The future of `group` and the generation of the pool it went to."""
        try:
            return self.executor.submit(worker, group, options), self.generation
        except BrokenProcessPool:
            self.restart(self.generation)
            return self.executor.submit(worker, group, options), self.generation

    def wait(self, fut: Future[list[Result]]) -> list[Result]:
        """The results of `fut`; meanwhile, with a timeout, a worker past its deadline is killed,
        and a pool whose dead worker left it stuck is broken on purpose (see `_unstick`)."""
        while True:
            try:
                return fut.result(timeout=0.1)
            except FutureTimeout:
                if self.started is not None:
                    self._watch(self.started, self.timeout or 0.0)
                self._unstick()

    def _unstick(self) -> None:
        """A worker killed while it sent a result (out of memory, `kill -9`) leaves half a message
        in the result pipe; the pool's reader waits for the rest for good and never sees the death.
        A worker dead for longer than the pool takes to notice one: stop them all, which ends that
        read, so the pool breaks and `_collect` reruns what was in flight."""
        procs = list((getattr(self.executor, "_processes", None) or {}).values())
        if not any(p.exitcode is not None for p in procs):
            self.dead_since = None
            return
        now = time.monotonic()
        if self.dead_since is None:
            self.dead_since = now
        elif now - self.dead_since > _STUCK_AFTER:
            self.dead_since = None
            _terminate(self.executor)

    def _watch(self, started: Queue[tuple[int, str | None, int]], timeout: float) -> None:
        import queue

        now = time.monotonic()
        while True:
            try:
                pid, source, n = started.get_nowait()
            except queue.Empty:
                break
            if n:
                self.busy[pid] = (source, now + timeout * n)
            else:
                self.busy.pop(pid, None)
        for pid, (source, deadline) in list(self.busy.items()):
            if now > deadline:
                del self.busy[pid]
                if source is not None:
                    self.timed_out.add(source)
                # The pool breaks; _collect reruns what else was in flight.
                with suppress(ProcessLookupError):  # it exited meanwhile
                    os.kill(pid, signal.SIGKILL)

    def failure(self, inp: Input) -> Result | None:
        """The result of `inp` if its worker was stopped for running past the timeout."""
        if inp.source not in self.timed_out:
            return None
        self.timed_out.discard(inp.source)
        why = f"stopped after {self.timeout:g} s (--timeout); the rest of the run went on"
        return Result(inp.source, error=f"{inp.source}: {why}")

    def restart(self, broken: int) -> None:
        """Replace the pool of generation `broken`, unless that was done already."""
        if broken != self.generation:
            return
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.busy.clear()
        self.dead_since = None
        self.generation += 1
        self.executor = self._start()


def _collect(
    group: list[Input],
    fut: Future[list[Result]],
    generation: int,
    pool: _Pool,
    options: Options,
    worker: Worker,
) -> Iterator[tuple[Input, Result]]:
    results: list[Result] = []
    try:
        results = pool.wait(fut)
    except BrokenProcessPool:
        # A worker died (killed, out of memory, past its timeout) while this group, or
        # another one in flight, was being processed. Run the group again one input at a
        # time, so that only an input that kills its worker again is lost, and reported.
        pool.restart(generation)
        for inp in group:
            stopped = pool.failure(inp)
            results += [stopped] if stopped is not None else _alone(inp, pool, options, worker)
    return zip(group, results, strict=True)


def _alone(inp: Input, pool: _Pool, options: Options, worker: Worker) -> list[Result]:
    fut, generation = pool.submit(worker, [inp], options)
    try:
        return pool.wait(fut)
    except BrokenProcessPool:
        pool.restart(generation)
        timed_out = pool.failure(inp)
        if timed_out is not None:
            return [timed_out]
        why = "the worker process died while processing it (killed, or out of memory)"
        return [Result(inp.source, error=f"{inp.source}: {why}")]


def _init_worker(started: Queue[tuple[int, str | None, int]] | None = None) -> None:
    global _STARTED
    _STARTED = started
    # Ctrl-C in a terminal reaches the whole process group; the parent alone decides
    # what stops, so workers never die half-way through a batch on their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _terminate(pool: ProcessPoolExecutor) -> None:
    if hasattr(pool, "terminate_workers"):  # Python 3.14+
        pool.terminate_workers()
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.join(timeout=5)
    # A worker killed while it wrote a result leaves half a message in the result pipe, and the
    # pool's reader thread would wait for the rest for good (so would shutdown, and Python's exit).
    # With the workers gone, closing the parent's own write end lets that read end at EOF.
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        writer.close()
