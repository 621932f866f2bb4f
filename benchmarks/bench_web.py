"""Web pages, WARC files and the database: `.venv/bin/python benchmarks/bench_web.py [--json OUT]`.

Wraps the 295 Wikinews articles of ../shared/corpus/wikinews/ in page boilerplate at run
time (benchmarks/webpages.py, the two layouts in turn; never stored), writes them as .html
files and as one gzipped WARC (each response after its request record, as crawlers write
them), and measures:

- HTML extraction alone (`claimx.web.html.read_page`: trafilatura and claimx's trimming);
- end to end: `claimx extract` on the .txt files, on the .html pages and on the WARC
  (`--jobs 1`, output thrown away), after the fixed cost (start-up, model load: the same
  command on one input) is subtracted; the HTML step's share of the end-to-end time;
- WARC reading alone: listing the HTML records and reading their bodies, with warcio (what
  claimx uses: `claimx.web.warc.expand` + `read_record`) and with FastWARC when installed;
- the database: loading the articles' JSON (the 295 pages four times over, under other
  sources) into a new file (claims/s, table creation included), and the query "claims by
  speaker X" on the database of the 295 (median and 99th percentile over repeated runs, for
  the five most frequent speakers).

Each rate is the best of --repeat runs. Not part of the tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webpages import LAYOUTS

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"
CLAIMX = str(Path(sys.executable).with_name("claimx"))


def build(tmp: Path) -> tuple[list[Path], list[Path], Path]:
    """The .txt copies, the .html pages and the WARC file of the corpus."""
    from bench_warc import write_warc

    with open(WIKINEWS / "INDEX.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    txts, pages = [], []
    (tmp / "txt").mkdir()
    (tmp / "html").mkdir()
    layouts = list(LAYOUTS.values())
    for i, row in enumerate(rows):
        text = (WIKINEWS / row["file"]).read_text(encoding="utf-8-sig")
        stem = Path(row["file"]).stem
        txt = tmp / "txt" / row["file"]
        txt.write_text(text, encoding="utf-8")
        page = tmp / "html" / f"{stem}.html"
        wrap = layouts[i % len(layouts)]
        page.write_text(
            wrap(text, row["title"], row["url"], date.fromisoformat(row["date"])), encoding="utf-8"
        )
        txts.append(txt)
        pages.append(page)
    warc = tmp / "crawl.warc.gz"
    write_warc(warc, [(p.name, p.read_bytes()) for p in pages])
    return txts, pages, warc


def best(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def command(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([CLAIMX, "extract", "-q", "--jobs", "1", *args], stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def end_to_end(
    repeat: int,
    tmp: Path,
    txts: list[Path],
    pages: list[Path],
    warc: Path,
    secs: float,
    fig: dict[str, float],
) -> None:
    """claimx extract on the .txt files, the pages and the WARC, after the fixed cost of one input."""
    n = len(pages)
    fixed_txt = min(command([str(txts[0])]) for _ in range(repeat))
    fixed_html = min(command([str(pages[0])]) for _ in range(repeat))
    e2e_txt = min(command([str(tmp / "txt")]) for _ in range(repeat)) - fixed_txt
    e2e_html = min(command([str(tmp / "html"), "--glob", "*.html"]) for _ in range(repeat)) - fixed_html
    e2e_warc = min(command([str(warc)]) for _ in range(repeat)) - fixed_html
    fig["txt_e2e_articles_s"] = n / e2e_txt
    fig["html_e2e_pages_s"] = n / e2e_html
    fig["warc_e2e_records_s"] = n / e2e_warc
    fig["html_step_share"] = (secs / n) / (e2e_html / n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the best counts")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--no-e2e", action="store_true", help="leave out the end-to-end runs (minutes)")
    args = ap.parse_args()
    if not (WIKINEWS / "INDEX.csv").exists():
        raise SystemExit(f"needs the corpus at {WIKINEWS}")
    from bench_warc import read_fastwarc, read_warcio, read_warcio_one_pass

    from claimx.db import Store
    from claimx.web.html import read_page

    fig: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        txts, pages, warc = build(tmp)
        n = len(pages)
        datas = [p.read_bytes() for p in pages]
        read_page(datas[0], "warm-up")  # imports trafilatura and lxml
        secs = best(args.repeat, lambda: [read_page(d, "p") for d in datas])
        fig["html_extract_pages_s"] = n / secs
        fig["html_extract_ms_page"] = 1000 * secs / n

        fig["warcio_records_s"] = n / best(args.repeat, lambda: read_warcio(warc, n))
        fig["warcio_one_pass_records_s"] = n / best(args.repeat, lambda: read_warcio_one_pass(warc, n))
        fast = read_fastwarc(warc, n)
        if fast is not None:
            fig["fastwarc_records_s"] = n / best(args.repeat, lambda: read_fastwarc(warc, n))

        if not args.no_e2e:
            end_to_end(args.repeat, tmp, txts, pages, warc, secs, fig)

        out = subprocess.run(
            [CLAIMX, "extract", "-q", "--jobs", "2", str(tmp / "html"), "--glob", "*.html"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        # Four copies under other sources: a database of 1,180 articles, so that creating its
        # tables (a fixed cost) does not pass for the load rate.
        records = [
            {**rec, "source": f"{k}/{rec['source']}"}
            for k in range(4)
            for rec in map(json.loads, out.splitlines())
        ]
        claims = sum(len(r["claims"]) for r in records)
        loads = []
        for i in range(max(3, args.repeat)):
            db = tmp / f"load{i}.db"
            t = time.perf_counter()
            with Store(db) as store:
                for r in records:
                    store.add(r)
            loads.append(time.perf_counter() - t)
        fig["db_claims"] = claims
        fig["db_load_claims_s"] = claims / min(loads)
        # The query runs on the database of the 295 articles, as the target says.
        with Store(tmp / "query.db") as store:
            for r in records[: len(records) // 4]:
                store.add(r)
        conn = sqlite3.connect(tmp / "query.db")
        top = [s for (s,) in conn.execute("SELECT name FROM speakers ORDER BY claims DESC LIMIT 5")]
        plan = " ".join(
            str(r)
            for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM claims WHERE speaker = ?", (top[0],))
        )
        timings = []
        for speaker in top:
            for _ in range(200):
                t = time.perf_counter()
                conn.execute(
                    "SELECT c.text, c.kind, a.title, a.date FROM claims c "
                    "JOIN articles a ON a.id = c.article_id WHERE c.speaker = ? ORDER BY a.date",
                    (speaker,),
                ).fetchall()
                timings.append(time.perf_counter() - t)
        fig["db_speaker_query_ms_median"] = 1000 * statistics.median(timings)
        fig["db_speaker_query_ms_p99"] = 1000 * statistics.quantiles(timings, n=100)[98]
        print(f"{n} Wikinews articles wrapped in page boilerplate ({', '.join(LAYOUTS)}), --jobs 1")
        print(
            f"HTML extraction alone        {fig['html_extract_pages_s']:8.1f} pages/s  "
            f"({fig['html_extract_ms_page']:.1f} ms a page)"
        )
        if "txt_e2e_articles_s" in fig:
            print(f"end to end: .txt             {fig['txt_e2e_articles_s']:8.1f} articles/s")
            print(f"end to end: .html            {fig['html_e2e_pages_s']:8.1f} pages/s")
            print(f"end to end: WARC             {fig['warc_e2e_records_s']:8.1f} records/s")
            print(f"HTML step share of e2e       {100 * fig['html_step_share']:8.1f} %")
        print(
            f"WARC reading, claimx/warcio  {fig['warcio_records_s']:8.0f} records/s (listed, read by offset)"
        )
        print(f"WARC reading, warcio 1 pass  {fig['warcio_one_pass_records_s']:8.0f} records/s")
        if "fastwarc_records_s" in fig:
            print(f"WARC reading, FastWARC 1 pass{fig['fastwarc_records_s']:8.0f} records/s")
        print(f"database load                {fig['db_load_claims_s']:8.0f} claims/s ({claims:,} claims)")
        print(
            f"claims by speaker X          {fig['db_speaker_query_ms_median']:8.3f} ms median, "
            f"{fig['db_speaker_query_ms_p99']:.3f} ms p99 ({', '.join(top)})"
        )
        print(f"  query plan: {plan}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(fig, indent=2))


if __name__ == "__main__":
    main()
