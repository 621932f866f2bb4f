"""The Dask engine against local batch mode: `.venv/bin/python benchmarks/bench_dask.py [--json OUT]`.

Builds the corpus of benchmarks/bench.py (samples/ and the shared dev articles, repeated
to --articles files) and measures, on the same files, with output to a folder each time:

- `claimx extract DIR -o OUT --jobs N` (local batch mode, N processes), N = 1, 2;
- `claimx extract DIR -o OUT --engine dask --jobs N` (a LocalCluster of N workers), N = 1, 2;
- `claimx.dask.extract_to_dir` on an already started cluster whose workers hold the model
  (steady state: what a long run on a cluster sees once its workers are warm).

Each figure is the best of --repeat runs. Command runs count articles/s after their fixed
cost (start-up, model load, cluster start), measured as the same command on one article and
subtracted, as bench.py does. Prints a table; --json writes the figures. Needs
`pip install -e '.[dask]'`. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CLAIMX, SOURCES, build_corpus, timed_command


def command(args: list[str], out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)  # the dask engine refuses a folder holding old partitions
    return timed_command([CLAIMX, "extract", *args, "-o", str(out), "--quiet"])[0]


def warm(corpus: Path, warmup: Path, tmp: Path, workers: int, n: int) -> float:
    """Seconds for extract_to_dir over `corpus` on a cluster whose workers hold the model."""
    from claimx.dask import connect, extract_to_dir, model_loads

    with connect(jobs=workers) as client:
        # One partition per worker at least, so every worker loads the model before timing.
        extract_to_dir([str(warmup)], tmp / "warm-up", client=client)
        assert set(model_loads(client).values()) == {1}, model_loads(client)
        t = time.perf_counter()
        summary = extract_to_dir([str(corpus)], tmp / "warm", client=client)
        secs = time.perf_counter() - t
        assert summary.done == n and summary.failed == 0, summary
    shutil.rmtree(tmp / "warm-up")
    shutil.rmtree(tmp / "warm")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="articles in the corpus")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best counts")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="claimx-bench-dask-"))
    # Other work on the machine skews every figure: the load averages say whether there was any.
    r: dict[str, float] = {
        "articles": args.articles,
        "cores": os.cpu_count() or 1,
        "load_before": os.getloadavg()[0],
    }
    try:
        corpus = tmp / "corpus"
        n = len(build_corpus(corpus, args.articles))
        warmup = tmp / "warmup"
        build_corpus(warmup, 64)
        one = str(SOURCES[0])
        # Each figure is the best of its runs (other work on the machine only ever slows a
        # run down), and the rounds go through every measurement in turn, so that a busy
        # spell spoils one run of several measurements rather than every run of one.
        best: dict[str, float] = {}

        def keep(key: str, secs: float) -> None:
            best[key] = min(best.get(key, secs), secs)

        for _ in range(args.repeat):
            for jobs in (1, 2):
                for engine, extra in (("local", []), ("dask", ["--engine", "dask"])):
                    flags = [*extra, "--jobs", str(jobs)]
                    keep(f"{engine}{jobs}_fixed_s", command([one, *flags], tmp / "out"))
                    keep(f"{engine}{jobs}_s", command([str(corpus), *flags], tmp / "out"))
                keep(f"warm{jobs}_s", warm(corpus, warmup, tmp, jobs, n))
        for jobs in (1, 2):
            for engine in ("local", "dask"):
                key = f"{engine}{jobs}"
                r[f"{key}_fixed_s"] = best[f"{key}_fixed_s"]
                r[f"{key}_s"] = best[f"{key}_s"]
                r[f"{key}_aps"] = n / max(best[f"{key}_s"] - best[f"{key}_fixed_s"], 1e-9)
            r[f"warm{jobs}_s"] = best[f"warm{jobs}_s"]
            r[f"warm{jobs}_aps"] = n / best[f"warm{jobs}_s"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    r["load_after_15min"] = os.getloadavg()[2]
    print(
        f"{n} articles, {r['cores']:.0f} cores, load average {r['load_before']:.2f} before, "
        f"{r['load_after_15min']:.2f} over the last 15 min (this benchmark alone: 1 to 2)"
    )
    print("art/s after fixed costs (start-up, model load, cluster start)")
    print(f"{'run':<34} {'art/s':>7} {'vs local':>9} {'wall s':>8} {'fixed s':>8}")
    for jobs in (1, 2):
        base = r[f"local{jobs}_aps"]
        for key, name in (
            (f"local{jobs}", f"claimx extract --jobs {jobs}"),
            (f"dask{jobs}", f"--engine dask, {jobs} worker{'s' * (jobs > 1)}"),
            (f"warm{jobs}", f"extract_to_dir, {jobs} warm worker{'s' * (jobs > 1)}"),
        ):
            aps = r[f"{key}_aps"]
            wall = f"{r[f'{key}_s']:.1f}" if not key.startswith("warm") else "-"
            fixed = f"{r[f'{key}_fixed_s']:.1f}" if f"{key}_fixed_s" in r else "-"
            print(f"{name:<34} {aps:>7.1f} {aps / base:>8.2f}x {wall:>8} {fixed:>8}")
    for key in ("local", "dask", "warm"):
        r[f"scaling_{key}_2_vs_1"] = r[f"{key}2_aps"] / r[f"{key}1_aps"]
    print("2 vs 1: " + ", ".join(f"{k} x{r[f'scaling_{k}_2_vs_1']:.2f}" for k in ("local", "dask", "warm")))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n")


if __name__ == "__main__":
    main()
