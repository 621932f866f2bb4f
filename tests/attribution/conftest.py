"""Shared fixtures of the attribution tests: a chunk runner and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.rules.attribution import attribute
from claimx.rules.chunk import Attributed
from tests.chunks import laid_out

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = [
    ROOT / "samples" / "kursk-command-post.txt",
    ROOT.parent / "shared" / "eval" / "dev" / "kursk-command-post.txt",
]


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    def _run(text: str) -> tuple[str, list[Attributed]]:
        return text, attribute(laid_out(nlp(text)))

    return _run


@pytest.fixture(scope="module")
def seed(run):  # type: ignore[no-untyped-def]
    path = next((p for p in SEED if p.exists()), None)
    if path is None:
        pytest.skip("seed article not present")
    return run(path.read_text(encoding="utf-8"))
