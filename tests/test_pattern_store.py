"""The store of compiled patterns (factcheck/pattern_store.py): a check that reads its patterns from the store
reports what a check that compiled them does, and a store that is corrupt, unreadable or unwritable only means
compiling again."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest
import regex

from factcheck import pattern_store
from tests.conftest import ROOT, SEEDS


def _check(cache: str) -> subprocess.CompletedProcess[str]:
    """`factcheck check seeds/` in a fresh process whose patterns are kept in ``cache`` ("" for none)."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": cache}
    return subprocess.run([sys.executable, "-m", "factcheck", "check", str(SEEDS), "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, check=False)


@pytest.fixture(scope="module")
def compiled_report() -> str:
    """The seeds' report with no store: every pattern compiled."""
    proc = _check("")
    assert proc.returncode == 1, proc.stderr  # the seeds hold findings
    return proc.stdout


def test_a_report_from_stored_patterns_is_the_report_from_compiled_ones(tmp_path, compiled_report):
    first = _check(str(tmp_path))  # compiles and writes the store
    stored = list(tmp_path.glob("patterns-*.pickle"))
    assert len(stored) == 1 and stored[0].stat().st_size > 10_000
    second = _check(str(tmp_path))  # reads every pattern from the store
    assert first.stdout == compiled_report
    assert second.stdout == compiled_report
    assert second.returncode == 1 and not second.stderr


def test_a_corrupt_store_is_compiled_again_and_replaced(tmp_path, compiled_report):
    _check(str(tmp_path))
    store = next(tmp_path.glob("patterns-*.pickle"))
    store.write_bytes(b"\x80\x05not a pickle at all")
    proc = _check(str(tmp_path))
    assert proc.stdout == compiled_report and not proc.stderr
    assert isinstance(pickle.loads(store.read_bytes()), dict)


def test_a_store_that_cannot_be_written_is_left_alone(tmp_path, compiled_report):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    proc = _check(str(blocker / "cache"))  # its folder cannot be made
    assert proc.stdout == compiled_report and not proc.stderr
    assert blocker.read_text() == "not a folder\n"


def test_a_stored_code_the_engine_rejects_is_compiled_again(tmp_path, monkeypatch):
    pattern = r"(?P<n>\d+)\s+(?:people|persons)"
    bad = (32, [999, 999, 999], 1, {"n": 1}, (None, "n"))  # no engine's code
    store = pattern_store._Store(tmp_path / "patterns.pickle")
    store.loaded[pattern_store._key("re", pattern, 0)] = bad
    monkeypatch.setattr(pattern_store, "_store", lambda: store)
    found = pattern_store.re_pattern(pattern).search("as many as 40 people")
    assert found and found["n"] == "40"


def test_a_stored_regex_pattern_is_used_only_for_its_own_text(tmp_path, monkeypatch):
    store = pattern_store._Store(tmp_path / "patterns.pickle")
    other = regex.compile(r"\d+")
    store.loaded[pattern_store._key("regex", r"(?r)\p{L}+", 0)] = other  # filed under another pattern's key
    monkeypatch.setattr(pattern_store, "_store", lambda: store)
    assert pattern_store.regex_pattern(r"(?r)\p{L}+").search("year 2009").group() == "year"
