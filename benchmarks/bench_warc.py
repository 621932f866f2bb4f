"""WARC readers compared, for bench_web.py: warcio (what claimx uses) and FastWARC.

Both list the HTML response records of a file and read their HTTP bodies; claimx's
path also reads each record again from its offset, as a worker process does.
"""

from __future__ import annotations

import io
from pathlib import Path


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for name, body in pages:
            uri = f"https://en.wikinews.org/wiki/{name}"
            request = b"GET /wiki/" + name.encode() + b" HTTP/1.1\r\nHost: en.wikinews.org\r\n\r\n"
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(request)))
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
            )


def read_warcio(path: Path, n: int) -> None:
    """claimx's way: list the records (`expand`), then read each from its offset."""
    from claimx.io import Input
    from claimx.web.warc import Record, expand, read_record

    records = [r for r in expand([Input(str(path), str(path), path.name)]) if isinstance(r, Record)]
    total = sum(len(read_record(r)) for r in records)
    assert len(records) == n and total > 0


def read_warcio_one_pass(path: Path, n: int) -> None:
    """warcio as FastWARC is used below: one pass, bodies read as the records stream by."""
    from warcio.archiveiterator import ArchiveIterator

    count = total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type == "response" and "html" in (rec.http_headers.get_header("Content-Type") or ""):
                total += len(rec.content_stream().read())
                count += 1
    assert count == n and total > 0


def read_fastwarc(path: Path, n: int) -> bool | None:
    """FastWARC's way: one pass, bodies read as the records stream by (None: not installed)."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        return None
    count = total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            if "html" in (rec.http_headers.get("Content-Type") or ""):
                total += len(rec.reader.read())
                count += 1
    assert count == n and total > 0
    return True
