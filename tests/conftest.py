"""Test configuration: a deterministic Hypothesis profile, and where the shared data lives."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

#: The repository root and the evaluation corpora beside it (absent outside the project's CI).
ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

# CI must never flake: no deadline, derandomized, a bounded number of examples.
settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
