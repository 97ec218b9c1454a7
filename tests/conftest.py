"""Shared fixtures: the built-in ruleset, extractors, and paths to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import Pipeline
from factcheck.ruleset import Ruleset

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def ruleset() -> Ruleset:
    return Ruleset.load()


@pytest.fixture(scope="session")
def pipeline(ruleset: Ruleset) -> Pipeline:
    return Pipeline(ruleset)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
