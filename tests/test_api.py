"""The Python API: what `import factcheck` offers, as README shows it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parent.parent


def test_the_public_names_are_sorted_and_each_resolves():
    assert factcheck.__all__ == sorted(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name
    with pytest.raises(AttributeError):
        factcheck.no_such_name  # noqa: B018


def test_the_version_is_the_distributions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert factcheck.__version__ == project["version"]
    assert project["name"] == "factcheck-news"  # not "factcheck", an unrelated project on the package index


def test_check_as_the_readme_shows_it():
    from factcheck import Report, check
    report = check([str(ROOT / "seeds")])
    assert isinstance(report, Report)
    found = {(f.rule, frozenset(c.text for c in f.claims)) for f in report.findings}
    assert ("name-variant", frozenset({"Axos", "Axon"})) in found


def test_errors_are_one_tree(tmp_path):
    with pytest.raises(factcheck.InputError) as raised:
        factcheck.check([str(tmp_path / "missing")])
    assert isinstance(raised.value, factcheck.FactcheckError)
    assert "missing" in str(raised.value)


def test_extract_gives_every_articles_claims(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 40 people were arrested at 4 p.m. on Friday.\n")
    [article] = factcheck.extract([str(tmp_path)])
    assert {(c.type, c.value) for c in article.numeric} >= {("count", 40), ("time", 1600)}
