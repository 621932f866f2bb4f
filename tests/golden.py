"""Regenerate the golden outputs of the samples: `.venv/bin/python tests/golden.py`.

Review `git diff tests/golden` by eye before committing the new files.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def render(path: Path) -> str:
    """The golden JSON text of one sample, as `claimx extract --format json` would print it."""
    from claimx.api import extract

    art = extract(path.read_text(encoding="utf-8-sig"), source=f"samples/{path.name}")
    return json.dumps(art.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for path in sorted(SAMPLES.glob("*.txt")):
        out = GOLDEN / f"{path.stem}.json"
        out.write_text(render(path), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
