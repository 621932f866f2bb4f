"""The same extraction on a Dask cluster (`pip install 'claimx[dask]'`).

Two ways in, both built on the batch unit of work, `claimx.batch.process_group`:

- `extract_bag(paths)`: a `dask.bag.Bag` of article dicts (the JSON `claimx extract`
  prints), to compose with your own Dask pipelines.
- `extract_to_dir(paths, out_dir, client=...)`: what `claimx extract --engine dask -o DIR`
  runs. Inputs are listed lazily on the client and sent to the workers in partitions
  of consecutive inputs (a batch group or a few); each worker writes its partition
  to `DIR/part-NNNNNN.jsonl`, and failed inputs go to `DIR/errors.log`.

Partitions are formed from the listing order alone, exactly as local batch mode forms
its groups, so spaCy sees the same batches and the output is the same as local mode:
partitions finish in any order, but their files read in name order hold the local
output in the local order (failed inputs left out).

Each worker process loads the model once (`claimx.pipeline.nlp.load` caches it per process;
`model_loads(client)` reports the count on every worker). Paths may be fsspec URLs
(`s3://bucket/news/`, `gs://...`, `file://...`) when the filesystem's package is
installed on the client and the workers; that is best effort: local paths are what
the tests cover.

Inside this module `import dask` is the top-level dask package (absolute imports).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date as Date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimx.batch import GROUP, Options, Result, available_cores, process_group
from claimx.errors import ClaimxError
from claimx.io import DEFAULT_GLOB, MAX_BYTES, Input, os_reason, write_atomic
from claimx.pipeline.nlp import DEFAULT_MODEL, load, loads
from claimx.sink import ERRORS_FILE, records, render

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client, Future

from claimx.listing import Paths, is_url, list_inputs


def _partitions(inputs: Iterable[Input], size: int) -> Iterator[list[Input]]:
    it = iter(inputs)
    while part := list(islice(it, size)):
        yield part


def _check_size(partition_size: int) -> None:
    # process_group parses in spaCy batches of GROUP: a partition of whole groups gives
    # spaCy the same batches as local mode, and so the same output.
    if partition_size < GROUP or partition_size % GROUP:
        raise ValueError(f"partition_size must be a multiple of {GROUP} (claimx.batch.GROUP)")


# -- work done on the workers ------------------------------------------------------------

_LOAD_LOCK = threading.Lock()


def _process(inputs: Iterable[Input], options: Options) -> list[Result]:
    """`process_group` on a worker: remote files fetched there, the model loaded once."""
    # load() caches per process; the lock keeps two threads of one worker (a cluster
    # started with several threads per worker) from both loading it on their first task.
    with _LOAD_LOCK:
        load(options.model)
    return process_group([_fetch(i) for i in inputs], options)


def _fetch(inp: Input) -> Input:
    """`inp` with its bytes when it is a URL (local files are read by process_group)."""
    if inp.error is not None or inp.data is not None or not is_url(inp.path):
        return inp
    import fsspec

    try:
        with fsspec.open(inp.path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        return replace(inp, error=os_reason(exc))
    except Exception as exc:  # a filesystem package's own errors: this input fails, not the run
        detail = " ".join(str(exc).split())[:200]  # one line in errors.log
        return replace(inp, error=f"cannot be read ({type(exc).__name__}: {detail})")
    if len(data) > MAX_BYTES:
        return replace(inp, error=f"too large (over {MAX_BYTES >> 20} MiB); split it into articles")
    return replace(inp, data=data)


def _records(inputs: Iterable[Input], options: Options, claims: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for result in _process(inputs, options):
        if result.article is None:
            out.append({"source": result.source, "error": result.error})
        else:
            out.extend(records(result.article, claims))
    return out


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What a worker did with one partition (sent back to the client)."""

    index: int
    path: str
    worker: str
    done: int
    claims: int
    quotes: int
    errors: list[str] = field(default_factory=list)


def _write_partition(
    inputs: list[Input], index: int, out_dir: str, options: Options, claims: bool
) -> PartitionReport:
    from distributed import get_worker

    results = _process(inputs, options)
    path = partition_path(out_dir, index)
    # The worker is this engine's edge: the articles become lines here, as a local sink
    # renders them. Written even when empty: every partition of a finished run has its file.
    text = "".join(render(r.article, "jsonl", claims) for r in results if r.article is not None)
    _write(path, text.encode("utf-8"))
    ok = [r for r in results if r.error is None]
    return PartitionReport(
        index=index,
        path=path,
        worker=get_worker().address,
        done=len(ok),
        claims=sum(r.claims for r in ok),
        quotes=sum(r.quotes for r in ok),
        errors=[r.error for r in results if r.error is not None],
    )


def partition_path(out_dir: str, index: int) -> str:
    """The file of partition `index`: zero-padded, so name order is partition order."""
    return f"{out_dir.rstrip('/')}/part-{index:06d}.jsonl"


def _write(path: str, data: bytes) -> None:
    if not is_url(path):
        write_atomic(Path(path), data)
        return
    import fsspec

    # Object stores (s3, gcs) publish an object only once its upload completes: as
    # atomic as write_atomic's rename.
    try:
        with fsspec.open(path, "wb") as f:
            f.write(data)
    except OSError as exc:
        raise ClaimxError(f"cannot write {path}: {exc}") from exc


def model_loads(client: Client) -> dict[str, int]:
    """How many times each worker process has loaded a spaCy model (1 per model used)."""
    return client.run(loads)  # type: ignore[no-any-return]


# -- the two entry points ----------------------------------------------------------------


def extract_bag(
    paths: Paths,
    *,
    globs: Sequence[str] = (DEFAULT_GLOB,),
    model: str = DEFAULT_MODEL,
    date: Date | str | None = None,
    claims: bool = False,
    partition_size: int = GROUP,
    max_chars: int | None = None,
) -> dask.bag.Bag:
    """A bag of the articles found under `paths`: one dict each, as `claimx extract` prints.

    With `claims=True`, one dict per claim with its article's `source` and
    `dateline_date` (as `--claims`). An input that cannot be processed is a record
    `{"source": ..., "error": "SOURCE: REASON"}` in its place (articles have no
    `error` key): `bag.filter(lambda r: "error" not in r)` keeps the articles.

    Inputs are listed now (the graph holds them); each partition of `partition_size`
    consecutive inputs (a multiple of claimx.batch.GROUP) is parsed by one task.
    Computed in partition order, the records come in local batch mode's order.
    Use it with a `distributed.Client`, whose workers keep the model loaded between
    tasks; dask's default process pool would load it again for every compute.
    """
    import dask.bag as db

    from claimx.api import _as_date

    _check_size(partition_size)
    options = Options(model=model, date=_as_date(date), max_chars=max_chars)
    inputs = list(list_inputs(paths, globs))
    if not inputs:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(inputs, partition_size=partition_size)
    return bag.map_partitions(_records, options, claims)


@dataclass(slots=True)
class Summary:
    """What an `extract_to_dir` run did."""

    out_dir: str
    errors_path: str
    partitions: int = 0
    done: int = 0
    failed: int = 0
    claims: int = 0
    quotes: int = 0
    seconds: float = 0.0
    workers: dict[str, int] = field(default_factory=dict)
    """Partitions processed by each worker (address: count)."""


def extract_to_dir(
    paths: Paths,
    out_dir: str | os.PathLike[str],
    *,
    client: Client | None = None,
    globs: Sequence[str] = (DEFAULT_GLOB,),
    model: str = DEFAULT_MODEL,
    date: Date | str | None = None,
    claims: bool = False,
    partition_size: int = GROUP,
    on_error: Callable[[str], None] | None = None,
    max_chars: int | None = None,
) -> Summary:
    """Extract every input under `paths` on `client`'s cluster into `out_dir`.

    Writes `out_dir/part-NNNNNN.jsonl` per partition (each written whole or not at
    all) and `out_dir/errors.log`, one line per input that failed. `on_error` is
    called with each such line as soon as it is known. A failed input, or a
    partition whose worker died again and again, never stops the run; a missing
    model or an output that cannot be written does (ClaimxError). Inputs are listed
    lazily, and only a few partitions per worker are in flight at a time, so the
    client's memory stays flat whatever the number of inputs. `client` defaults to
    the current `distributed` client.
    """
    from distributed import as_completed, get_client

    from claimx.api import _as_date

    _check_size(partition_size)
    client = client or get_client()
    options = Options(model=model, date=_as_date(date), max_chars=max_chars)
    out = os.fspath(out_dir)
    out = out.rstrip("/") if is_url(out) else os.path.abspath(out)  # workers' working folder may differ
    _prepare(out)
    summary = Summary(out_dir=out, errors_path=f"{out}/{ERRORS_FILE}")
    errors: dict[int, list[str]] = {}
    started = time.perf_counter()
    # Enough partitions queued for every worker thread to have the next one ready.
    window = max(4, 2 * sum(client.nthreads().values()))
    pending: dict[Future, tuple[int, list[Input]]] = {}
    completed = as_completed()

    def collect(fut: Future) -> None:
        index, inputs = pending.pop(fut)
        try:
            report: PartitionReport = fut.result()
        except ClaimxError:
            raise  # a missing model or an unwritable output: every partition would fail alike
        except Exception as exc:
            # The worker died on this partition as many times as the scheduler allows
            # (KilledWorker), or the task was lost: its inputs are failures, not the run.
            why = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
            report = PartitionReport(
                index,
                partition_path(out, index),
                "",
                0,
                0,
                0,
                [f"{i.source}: its partition failed on the cluster ({why})" for i in inputs],
            )
        summary.partitions += 1
        summary.done += report.done
        summary.failed += len(report.errors)
        summary.claims += report.claims
        summary.quotes += report.quotes
        if report.worker:
            summary.workers[report.worker] = summary.workers.get(report.worker, 0) + 1
        if report.errors:
            errors[index] = report.errors
            for line in report.errors:
                if on_error is not None:
                    on_error(line)

    try:
        for index, inputs in enumerate(_partitions(list_inputs(paths, globs, [out]), partition_size)):
            # pure=False: a rerun over changed files must run again, not reuse a result.
            fut = client.submit(_write_partition, inputs, index, out, options, claims, pure=False)
            pending[fut] = (index, inputs)
            completed.add(fut)
            while len(pending) >= window:
                collect(next(completed))
        for fut in completed:
            collect(fut)
    finally:
        if pending:  # stopped early (Ctrl-C, a fatal error): drop the queued work
            client.cancel(list(pending))
        # In partition order, whatever order they finished in; written even when
        # interrupted, so no failure known so far is lost.
        lines = [line for index in sorted(errors) for line in errors[index]]
        _write(summary.errors_path, "".join(line + "\n" for line in lines).encode("utf-8"))
        summary.seconds = time.perf_counter() - started
    return summary


def _prepare(out: str) -> None:
    """Create `out`, refusing one that holds the partitions of an earlier run."""
    # Partition files are numbered, not named after inputs: a new run over fewer inputs
    # would leave old partitions beside the new ones and mix two runs unnoticed.
    if is_url(out):
        import fsspec

        fs, root = fsspec.core.url_to_fs(out)
        old = fs.glob(f"{root.rstrip('/')}/part-*.jsonl")
    else:
        try:
            os.makedirs(out, exist_ok=True)
        except OSError as exc:
            raise ClaimxError(f"cannot create {out}: {exc.strerror or exc}") from exc
        old = [p.name for p in Path(out).glob("part-*.jsonl")]
    if old:
        raise ClaimxError(
            f"{out} holds the output of an earlier run ({len(old)} part-*.jsonl files); "
            "remove them or choose another folder"
        )


@contextmanager
def connect(scheduler: str | None = None, jobs: int = 1) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new local one of `jobs` workers.

    The local cluster runs one process per worker (0: one per core), one thread
    each: spaCy holds the GIL, so threads would only share a core.
    """
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise ClaimxError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    import dask

    # Two worker defaults cost claimx speed for features it has no use for (both read when
    # the workers start, hence the scope; measured with benchmarks/bench_dask.py):
    # - MALLOC_TRIM_THRESHOLD_=65536 returns freed memory to the OS at once; spaCy frees and
    #   reallocates many small arrays, and a worker here holds one model and flat memory.
    # - The statistical profiler samples the task's stack every 10 ms, for the dashboard we
    #   do not start: about 10% of a worker's throughput.
    settings = {
        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
        "distributed.worker.profile.enabled": False,
    }
    with dask.config.set(settings):
        # No dashboard: it needs bokeh and a free port; start your own scheduler to watch a run.
        cluster = LocalCluster(
            n_workers=jobs or available_cores(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    with cluster, Client(cluster) as client:
        yield client


__all__ = [
    "ERRORS_FILE",
    "PartitionReport",
    "Summary",
    "connect",
    "extract_bag",
    "extract_to_dir",
    "is_url",
    "list_inputs",
    "model_loads",
    "partition_path",
]
