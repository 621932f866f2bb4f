"""Scores on web pages against the same articles as .txt: `.venv/bin/python benchmarks/web_eval.py`.

Wraps each article of an annotated set (default ../shared/eval/wikinews-dev) in real page
boilerplate at run time (benchmarks/webpages.py: a Wikinews page and a commercial news
page), runs `claimx extract` on the pages, and scores the output with the set's own
scorer (../shared/eval/score.py --predictions). The scorer indexes the .txt text, so each
page's offsets, which index the text extracted from the page (`input.text`), are mapped
back onto the .txt by aligning the two texts (difflib): the words are the same, the white
space between paragraphs is not. A claim whose offsets do not hold in `input.text`, or
whose words are not in the .txt (boilerplate taken for story), gets no offsets, and the
scorer counts it against `offsets` and cannot match it to the gold.

Prints the .txt table and one per layout, with the difference from .txt, and fails
(exit 1) when a layout's mean is more than --tolerance below the .txt mean.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webpages import LAYOUTS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CLAIMX = str(Path(sys.executable).with_name("claimx"))


def index() -> dict[str, dict[str, str]]:
    path = SHARED / "corpus" / "wikinews" / "INDEX.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def write_pages(gold: Path, out: Path, layout: str) -> list[Path]:
    meta = index()
    pages = []
    for txt in sorted(gold.glob("*.txt")):
        row = meta.get(txt.name, {})
        title = row.get("title") or txt.stem.split("-", 3)[-1].replace("-", " ").capitalize()
        url = row.get("url") or f"https://en.wikinews.org/wiki/{txt.stem}"
        day = date.fromisoformat(row["date"]) if row.get("date") else None
        page = out / f"{txt.stem}.html"
        page.write_text(
            LAYOUTS[layout](txt.read_text(encoding="utf-8-sig"), title, url, day), encoding="utf-8"
        )
        pages.append(page)
    return pages


def mapping(src: str, dst: str) -> list[int | None]:
    """For each character of `src`, its position in `dst` when it is part of the same words."""
    out: list[int | None] = [None] * (len(src) + 1)
    matcher = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            out[a + k] = b + k
    return out


def remap(art: dict[str, Any], txt: str) -> tuple[dict[str, Any], int]:
    """`art` with offsets into the .txt instead of `input.text`; and how many spans broke."""
    ext = art["input"]["text"]
    m = mapping(ext, txt)
    broken = 0

    def move(span: dict[str, Any]) -> dict[str, Any]:
        nonlocal broken
        s, e = span["start"], span["end"]
        if ext[s:e] != span["text"] or e <= s or m[s] is None or m[e - 1] is None:
            broken += 1
            return {**span, "start": None, "end": None}
        a, b = m[s], m[e - 1] + 1  # type: ignore[operator]
        return {**span, "start": a, "end": b, "text": txt[a:b]}

    claims = []
    for c in art["claims"]:
        c = move(c)
        c["dates"] = [move(d) for d in c["dates"]]
        c["figures"] = [move(f) for f in c["figures"]]
        c["entities"] = [move(x) for x in c["entities"]]
        claims.append(c)
    sections = [move(s) for s in art["sections"]]
    return {**art, "claims": claims, "sections": sections}, broken


def score(gold: Path, args: list[str], out: Path) -> dict[str, float | None]:
    scorer = SHARED / "eval" / "score.py"
    run = subprocess.run(
        [sys.executable, str(scorer), str(gold), *args, "--json", str(out)], capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SystemExit(run.stdout + run.stderr)
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=SHARED / "eval" / "wikinews-dev")
    ap.add_argument("--tolerance", type=float, default=0.02)
    ap.add_argument("--json", type=Path, help="write all tables here")
    args = ap.parse_args()
    tables: dict[str, dict[str, float | None]] = {}
    notes: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tables["txt"] = score(args.gold, ["--cmd", f"{CLAIMX} extract --format jsonl"], tmp / "txt.json")
        for layout in LAYOUTS:
            folder = tmp / layout
            folder.mkdir()
            pages = write_pages(args.gold, folder, layout)
            run = subprocess.run([CLAIMX, "extract", "-q", *map(str, pages)], capture_output=True, text=True)
            preds, broken = [], 0
            for line in run.stdout.splitlines():
                art = json.loads(line)
                name = Path(art["source"]).stem
                txt = (args.gold / f"{name}.txt").read_text(encoding="utf-8-sig")
                art, n = remap(art, txt)
                broken += n
                preds.append(json.dumps({**art, "source": f"{name}.txt"}))
            (tmp / f"{layout}.jsonl").write_text("\n".join(preds) + "\n", encoding="utf-8")
            tables[layout] = score(
                args.gold, ["--predictions", str(tmp / f"{layout}.jsonl")], tmp / f"{layout}.json"
            )
            failed = len(pages) - len(preds)
            notes[layout] = f"{len(preds)}/{len(pages)} pages extracted, {broken} spans off the .txt"
            if failed:
                notes[layout] += f"; stderr: {run.stderr.strip()[:300]}"
    metrics = list(tables["txt"])
    print(f"{'metric':<20} {'txt':>7} " + " ".join(f"{k:>9} {'diff':>6}" for k in LAYOUTS))
    for m in metrics:
        base = tables["txt"][m]
        row = f"{m:<20} {'-' if base is None else f'{base:.3f}':>7} "
        for k in LAYOUTS:
            v = tables[k][m]
            diff = "" if v is None or base is None else f"{v - base:+.3f}"
            row += f"{'-' if v is None else f'{v:.3f}':>9} {diff:>6} "
        print(row.rstrip())
    for k, note in notes.items():
        print(f"{k}: {note}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"tables": tables, "notes": notes}, indent=2))
    worst = min((tables[k]["mean"] or 0) - (tables["txt"]["mean"] or 0) for k in LAYOUTS)
    return 1 if worst < -args.tolerance else 0


if __name__ == "__main__":
    sys.exit(main())
