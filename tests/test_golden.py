"""Golden reports: the seeds' JSON and terminal reports, byte for byte.

A change that alters a report fails here; when the change is intended, regenerate on purpose with
    FACTCHECK_REGENERATE_GOLDEN=1 python -m pytest tests/test_golden.py
and read the diff before committing it. What the seeds report must contain is asserted by hand, independently
of this file, in test_seeds.py.
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "seeds"


@pytest.mark.parametrize("fmt,name", [("json", "report.json"), ("full", "report.txt")])
def test_seeds_report_matches_golden(monkeypatch, fmt, name):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    output = CliRunner().invoke(cli, ["check", "seeds", "--format", fmt]).output
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_REGENERATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8")
