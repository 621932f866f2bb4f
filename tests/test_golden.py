"""Each sample's output equals its reviewed golden file (regenerate: tests/golden.py)."""

import pytest

from .conftest import SAMPLES
from .golden import GOLDEN, render


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_golden(path) -> None:  # type: ignore[no-untyped-def]
    golden = GOLDEN / f"{path.stem}.json"
    assert golden.exists(), f"no golden file for {path.name}: run tests/golden.py and review it"
    assert render(path) == golden.read_text(encoding="utf-8")


def test_every_golden_has_a_sample() -> None:
    assert {p.stem for p in GOLDEN.glob("*.json")} == {p.stem for p in SAMPLES.glob("*.txt")}
