"""Shared fixtures: the built-in ruleset, extractors, and paths to ../shared (skipped when absent)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The tests keep their compiled patterns (factcheck/pattern_store.py) in a folder of their own, not the user's.
os.environ["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-test-patterns-")
atexit.register(shutil.rmtree, os.environ["FACTCHECK_CACHE_DIR"], True)

from factcheck.api import Pipeline  # noqa: E402  (after the folder above is set)
from factcheck.ruleset import Ruleset  # noqa: E402

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
