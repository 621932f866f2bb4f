import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# Property tests: a few thousand generated articles in CI; `--hypothesis-profile long` for more.
_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=3000, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("dev", max_examples=300, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("long", max_examples=30000, **_COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from claimx.pipeline.nlp import load

    return load()
