"""What must hold on the seeds, checked by hand against the articles (issue: end to end)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck.api import check

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def report():
    return check([str(SEEDS)])


def _values(finding):
    return {(c.article_id[:3], c.value) for c in finding.claims if hasattr(c, "value")}


def test_groups_40_85_conflict_from_three_articles(report):
    # 003 states two counts of groups, "nearly 70" (one letter) and "over 40" (the 2018 letter); one article's
    # two values are two quantities, and its "over 40" is the one that restates the others' 40
    groups = [f for f in report.findings if f.rule == "numeric-conflict" and ("001", 85) in _values(f)]
    assert len(groups) == 1
    values = _values(groups[0])
    assert {v for _, v in values} == {40, 85}
    assert len({a for a, _ in values}) >= 3
    assert ("000", 40) in values and ("001", 85) in values and ("003", 70) not in values


def test_over_100_workers_against_over_450_employees(report):
    found = [f for f in report.findings if _values(f) >= {("000", 100), ("004", 450)}]
    assert len(found) == 1 and found[0].rule == "numeric-conflict"


def test_axos_axon_name_variant(report):
    names = [{c.text for c in f.claims} for f in report.findings if f.rule == "name-variant"]
    assert names == [{"Axos", "Axon"}]


def test_agreements_19_shareholders_and_150000_signers(report):
    agreed = [_values(f) for f in report.agreements]
    assert {("000", 19), ("002", 19)} in agreed
    assert any({("002", 150000), ("003", 150000)} <= a for a in agreed)
    conflicting = set().union(*(_values(f) for f in report.findings))
    assert not {v for _, v in conflicting} & {19, 150000}


def test_no_finding_from_boilerplate_or_comments(report):
    texts = {c.text for f in [*report.findings, *report.agreements] for c in f.claims}
    sentences = " ".join(c.sentence.text for f in report.findings for c in f.claims)
    assert "5" not in texts and "90%" not in texts  # reader comments under 002
    for furniture in ("Integr8d", "3 min read", "gettyimages", "Comments are closed", "Forzathon"):
        assert furniture not in sentences


def test_scorer_gives_full_marks_on_seeds(shared):
    proc = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(shared / "gold" / "seeds"),
                           str(ROOT), "--factcheck", f"{sys.executable} -m factcheck check", "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    import json
    scores = json.loads(proc.stdout)
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
