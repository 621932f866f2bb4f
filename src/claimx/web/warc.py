"""Web archives: each HTML response record of a WARC file is an article.

Read with warcio, streaming: records are listed in file order as the batch asks for
them, and each one is read again by whoever parses it (a worker process, a Dask
worker) from its offset in the file, so neither the listing nor the task messages
carry page bytes. warcio over FastWARC: FastWARC reads records 3 to 10 times
faster, but both are far faster than parsing (warcio lists about 6,000 records a
second, claimx parses about 14 articles a second per core), while warcio is
300 KB of pure Python on every platform where FastWARC is 5 MB of compiled code
with three more dependencies (benchmarks/bench_web.py measures both).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from claimx.errors import InputError
from claimx.io import MAX_BYTES, STDIN, Input, os_reason

SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record id in an output file name (-o): what is left of `urn:uuid:...` once made safe
# for file systems, and without dots, which `output_path` would take for a suffix.
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class Record(Input):
    """One HTML response record of a WARC file: `path` is the file, `offset` where the record starts."""

    offset: int = 0
    record_id: str = ""
    url: str | None = None
    """The record's WARC-Target-URI."""


def is_warc(path: str, named: bool = True) -> bool:
    """Whether `path` is a WARC file: by its name, or for a named file by its first bytes."""
    if path == STDIN:
        return False
    if path.lower().endswith(SUFFIXES):
        return True
    if not named:
        return False  # found in a folder: its name decides (the walk opens no file)
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head.startswith(b"\x1f\x8b"):
                f.seek(0)
                with gzip.GzipFile(fileobj=f) as z:
                    head = z.read(8)
    except (OSError, EOFError):
        return False  # reading it later says what is wrong
    return head.startswith(b"WARC/")


def expand(inputs: Iterable[Input]) -> Iterator[Input]:
    """`inputs` with each WARC file replaced by its HTML response records, in file order."""
    for inp in inputs:
        if inp.error is None and inp.data is None and is_warc(inp.path, inp.named):
            yield from records(inp)
        else:
            yield inp


def records(inp: Input) -> Iterator[Record | Input]:
    """The HTML response records (HTTP 2xx) of the WARC file `inp`, lazily.

    A file that cannot be opened, or that breaks off, is one failed input in the
    place of the records not read.
    """
    from warcio.archiveiterator import ArchiveIterator

    try:
        f = open(inp.path, "rb")  # noqa: SIM115 (held open across yields)
    except OSError as exc:
        yield replace(inp, error=os_reason(exc))
        return
    n = 0
    with f:
        it = ArchiveIterator(f)
        try:
            for rec in it:
                if rec.format != "warc":
                    # warcio takes any line for an ARC header: a file that is no archive
                    # at all would pass for an empty one.
                    raise ValueError(f"a record in {rec.format.upper()} format, not WARC")
                if not _is_page(rec):
                    continue
                rid = (rec.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                n += 1
                yield Record(
                    path=inp.path,
                    source=f"{inp.source}#{rid}",
                    rel=f"{inp.rel}/{_UNSAFE.sub('_', rid.removeprefix('urn:uuid:'))}",
                    named=inp.named,
                    offset=it.get_record_offset(),
                    record_id=rid,
                    url=rec.rec_headers.get_header("WARC-Target-URI"),
                )
        except Exception as exc:  # warcio's ArchiveLoadFailed, zlib and OS errors: the file is bad
            detail = " ".join(str(exc).split())[:200]
            where = f"after {n} record{'s' * (n != 1)}" if n else "at its start"
            yield replace(inp, error=f"not a readable WARC file ({detail}) {where}")


def _is_page(rec: object) -> bool:
    if getattr(rec, "rec_type", None) != "response":
        return False
    http = getattr(rec, "http_headers", None)
    if http is None:
        return False
    status = http.get_statuscode() or ""
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return status.startswith("2") and ctype in _HTML_TYPES


def read_record(rec: Record) -> bytes:
    """The HTTP body of `rec` (chunked and compressed transfers decoded)."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(rec.path, "rb") as f:
            f.seek(rec.offset)
            record = next(iter(ArchiveIterator(f)))
            data: bytes = record.content_stream().read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{rec.source}: {os_reason(exc)}") from exc
    except Exception as exc:
        detail = " ".join(str(exc).split())[:200]
        raise InputError(f"{rec.source}: the record cannot be read ({detail})") from exc
    if len(data) > MAX_BYTES:
        raise InputError(f"{rec.source}: too large (over {MAX_BYTES >> 20} MiB)")
    return data
