"""WARC files as input: real archives built with warcio, through the CLI, local and on Dask."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import cli
from claimx.io import iter_inputs
from claimx.web.warc import Record, is_warc

from .pages import BUDGET, FLOOD, boilerplate_page, empty_page, jsonld_page, meta_page, write_warc

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def extract(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    r = CliRunner().invoke(cli, ["extract", *args])
    return r.exit_code, [json.loads(line) for line in r.stdout.splitlines()], r.stderr


def crawl(path: Path) -> list[str]:
    """A small crawl: two articles, an image, a redirect, a page with no article, a third article."""
    return write_warc(
        path,
        [
            ("https://news.example.org/budget", "text/html; charset=utf-8", meta_page().encode()),
            ("https://news.example.org/logo.png", "image/png", PNG),
            ("https://wire.example.com/floods", "text/html", jsonld_page().encode()),
            ("https://news.example.org/old", "301 https://news.example.org/budget", b""),
            ("https://news.example.org/login", "text/html", empty_page().encode()),
            ("https://city.example.net/roads", "application/xhtml+xml", boilerplate_page().encode("cp1252")),
        ],
    )


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_each_html_response_is_an_article_in_record_order(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ids = crawl(path)
    code, arts, err = extract(str(path))
    # The page with no article is the run's one failure; image and redirect are no pages.
    assert code == 1
    assert err == f"Error: {path}#{ids[4]}: no article text found in the page\n"
    assert [a["source"] for a in arts] == [f"{path}#{ids[i]}" for i in (0, 2, 5)]
    assert [a["input"]["url"] for a in arts] == [
        "https://news.example.org/budget",
        "https://wire.example.com/floods",
        "https://city.example.net/roads",
    ]
    assert {a["input"]["format"] for a in arts} == {"warc"}
    assert [a["input"]["text"] for a in arts] == ["\n\n".join(p) for p in (BUDGET, FLOOD, BUDGET)]
    assert arts[0]["input"]["published"] == "2024-03-05"
    for art in arts:
        text = art["input"]["text"]
        assert art["claims"]
        assert all(text[c["start"] : c["end"]] == c["text"] for c in art["claims"])


def test_records_are_listed_lazily_with_their_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = crawl(path)
    inputs = iter_inputs([str(path)])
    first = next(inputs)
    assert isinstance(first, Record) and first.record_id == ids[0] and first.offset > 0  # after the request
    rest = list(inputs)
    assert [r.record_id for r in rest if isinstance(r, Record)] == [ids[2], ids[4], ids[5]]
    # A folder's WARC files are found by name (--glob), as any file there.
    assert is_warc(str(path), named=False) and not is_warc(str(tmp_path / "crawl.dat"), named=False)


def test_a_warc_without_its_suffix_is_sniffed_when_named(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    crawl(path)
    other = tmp_path / "download.bin"
    other.write_bytes(path.read_bytes())
    _, arts, _ = extract(str(other))
    assert len(arts) == 3 and arts[0]["source"].startswith(f"{other}#urn:uuid:")


def test_a_broken_archive_is_one_error_after_the_records_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    crawl(path)
    data = path.read_bytes()
    second = data.index(b"WARC/1", data.index(b"Content-Type: text/html", 0) + 1)  # a later record
    broken = data[:second] + b"garbage where a record should start\r\n\r\n"
    path.write_bytes(broken)
    code, arts, err = extract(str(path))
    assert code == 1
    assert len(arts) == 1
    assert err.startswith(f"Error: {path}: not a readable WARC file (") and err.endswith("after 1 record\n")
    gz = tmp_path / "bad.warc.gz"
    gz.write_bytes(gzip.compress(b"this is not a WARC file at all\r\n\r\n"))
    code, arts, err = extract(str(gz))
    assert code == 1 and arts == []
    assert err.startswith(f"Error: {gz}: not a readable WARC file (") and err.endswith("at its start\n")


def test_jobs_output_dir_and_skip_existing_by_record_id(tmp_path: Path) -> None:
    # Two spaCy groups of records, so that --jobs 2 runs in worker processes.
    path = tmp_path / "big.warc.gz"
    ids = write_warc(
        path,
        [
            (f"https://news.example.org/{i}", "text/html", meta_page(BUDGET[: 1 + i % 4]).encode())
            for i in range(20)
        ],
    )
    code, local, _ = extract(str(path))
    code2, parallel, _ = extract(str(path), "--jobs", "2")
    assert code == code2 == 0
    assert parallel == local and len(local) == 20
    out = tmp_path / "out"
    assert extract(str(path), "-o", str(out))[0] == 0
    files = sorted(out.rglob("*.json"))
    assert sorted(f.stem for f in files) == sorted(i.removeprefix("urn:uuid:") for i in ids)
    assert {f.parent for f in files} == {out / "big.warc.gz"}
    # Resume: only the record whose output is missing is done again.
    gone = out / "big.warc.gz" / f"{ids[7].removeprefix('urn:uuid:')}.json"
    gone.unlink()
    for f in files:
        if f != gone:
            f.write_text("kept\n")
    assert extract(str(path), "-o", str(out), "--skip-existing")[0] == 0
    assert json.loads(gone.read_text())["source"] == f"{path}#{ids[7]}"
    assert {f.read_text() for f in files if f != gone} == {"kept\n"}


def test_dask_partitions_hold_the_local_output(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    path = tmp_path / "crawl.warc.gz"
    crawl(path)
    out = tmp_path / "dask-out"
    r = CliRunner().invoke(
        cli, ["extract", str(path), "--engine", "dask", "--jobs", "1", "-o", str(out), "-q"]
    )
    assert r.exit_code == 1  # the page with no article
    parts = sorted(out.glob("part-*.jsonl"))
    got = [json.loads(line) for p in parts for line in p.read_text().splitlines()]
    _, local, _ = extract(str(path))
    assert got == local and len(got) == 3
    assert "no article text found in the page" in (out / "errors.log").read_text()
