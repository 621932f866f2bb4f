from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from claimx.nlp import load

    return load()
