"""Scaling benchmark (issue 15): one input of growing size, hostile inputs, Ctrl-C inside a long file.

    .venv/bin/python benchmarks/bench_scaling.py --json benchmarks/out/scaling.json   # ~1 h on 2 cores
    .venv/bin/python benchmarks/bench_scaling.py --sizes 0.1 1 --no-interrupt        # a quick look

Inputs are built at run time (nothing is committed): real text is Wikinews articles
from ../shared/corpus/wikinews/ concatenated, blank line between, to 0.1, 1, 5 and 20
MB; hostile inputs are generated (quote storms, brackets, dashes and digits, a sentence
of 100,000 characters without punctuation, deep nesting, every quote mark, mixed line
endings), 20,000 characters each unless stated.

Each measurement is one `claimx extract FILE --jobs 1 -q` process, its output thrown
away; os.wait4 gives its peak RSS and CPU time. Seconds per MB subtract the fixed
cost (start-up and model load: the run on an empty file). CPU seconds are the
figure to compare on a shared machine: wall time also counts the other users.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
CLAIMX = [sys.executable, "-m", "claimx", "extract", "--jobs", "1", "-q"]
MB = 1_000_000


def real_text(size: int) -> str:
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted(CORPUS.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no articles in {CORPUS}")
    out: list[str] = []
    n = i = 0
    while n < size:
        a = articles[i % len(articles)]
        out.append(a)
        n += len(a.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def hostile() -> dict[str, str]:
    rnd = random.Random(15)

    def storm(alphabet: str, n: int = 20_000) -> str:
        return "".join(rnd.choice(alphabet) for _ in range(n))

    words = "the council said that people who came on monday would see prices rise again".split()
    marks = "\"'“”‘’«»„‟‹›「」『』〝〞〟＂＇‚‛"
    return {
        "quote-storm": storm("\"“”‘’'«»„ ab.\n"),
        "brackets": storm("()[]{}<> ab.\n"),
        "dashes-digits": storm("-–—―0123456789 ,.%$€\n"),
        "no-punctuation-100k": " ".join(rnd.choice(words) for _ in range(17_000))[:100_000],
        "deep-nesting": ('“‘«„"' * 800 + "said the mayor" + '"“»’”' * 800)[:20_000],
        "every-quote-mark": storm(marks + " word said.\n"),
        "mixed-line-endings": storm('ab said "x" 12.\r\n\r\n\n\r'),
        "said-storm": (' "a," he said, ' * 1_500)[:20_000],
    }


def measure(path: Path) -> dict[str, float]:
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen([*CLAIMX, str(path)], stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"{path}: claimx exited with {status}: {err}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "rss_mib": round(usage.ru_maxrss / 1024, 1),
    }


def interrupt(path: Path, after: float) -> dict[str, float]:
    """Seconds from SIGINT to exit, sent `after` seconds into one long file."""
    proc = subprocess.Popen([*CLAIMX, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(after)
    sent = time.perf_counter()
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=120)
    return {"seconds_to_exit": round(time.perf_counter() - sent, 2), "exit": code}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="*", type=float, default=[0.1, 1, 5, 20], help="MB of real text")
    ap.add_argument("--no-hostile", action="store_true")
    ap.add_argument("--no-interrupt", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()
    results: dict[str, object] = {"cores": len(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp, "empty.txt")
        empty.write_text("")
        fixed = measure(empty)
        results["fixed"] = fixed
        print(
            f"fixed cost (empty file): {fixed['wall_s']} s wall, {fixed['cpu_s']} s CPU, "
            f"{fixed['rss_mib']} MiB"
        )
        if not args.no_hostile:
            rows = {}
            for name, text in hostile().items():
                p = Path(tmp, f"{name}.txt")
                p.write_text(text, encoding="utf-8", newline="")
                m = measure(p)
                m["chars"] = len(text)
                m["net_cpu_s"] = round(m["cpu_s"] - fixed["cpu_s"], 2)
                rows[name] = m
                print(
                    f"hostile {name:22} {len(text):>7,} chars {m['wall_s']:>7} s wall "
                    f"{m['net_cpu_s']:>7} s CPU (net) {m['rss_mib']:>7} MiB",
                    flush=True,
                )
            results["hostile"] = rows
        rows = {}
        for size in args.sizes:
            p = Path(tmp, f"{size:g}MB.txt")
            text = real_text(int(size * MB))
            p.write_text(text, encoding="utf-8")
            mb = p.stat().st_size / MB
            m = measure(p)
            m["mb"] = round(mb, 3)
            m["cpu_s_per_mb"] = round((m["cpu_s"] - fixed["cpu_s"]) / mb, 2)
            m["wall_s_per_mb"] = round((m["wall_s"] - fixed["wall_s"]) / mb, 2)
            rows[f"{size:g}"] = m
            print(
                f"real {size:>5g} MB {m['wall_s']:>8} s wall {m['cpu_s']:>8} s CPU "
                f"{m['cpu_s_per_mb']:>6} CPU s/MB {m['wall_s_per_mb']:>6} wall s/MB {m['rss_mib']:>7} MiB",
                flush=True,
            )
        results["real"] = rows
        if not args.no_interrupt:
            p = Path(tmp, "interrupt.txt")
            p.write_text(real_text(MB), encoding="utf-8")
            r = interrupt(p, after=fixed["wall_s"] + 10)
            results["interrupt"] = r
            print(
                f"Ctrl-C 10 s into a 1 MB file: exit {r['exit']} after {r['seconds_to_exit']} s", flush=True
            )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
