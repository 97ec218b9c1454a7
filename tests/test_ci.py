"""factcheck in CI, end to end: a git repository with a corpus, new articles, every CI format and gate."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.report.ci import escape_data, escape_property

from conftest import SEEDS

CONTRADICTS = """---
source: Example Wire
---
# Amazon staff letter

More than 1,000 Amazon employees signed a letter to Jeff Bezos asking the company to stop selling Rekognition to police, organisers said on Friday.
"""
AGREES = """---
source: Example Daily
---
# Shareholders write to Bezos

In a letter to Jeff Bezos, 19 shareholders said Rekognition could threaten civil and human rights.
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=ci@example.com", "-c", "user.name=ci", *args], cwd=repo, check=True,
                   capture_output=True)


def factcheck(repo: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os
    full_env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "CI")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "factcheck", "check", *args], cwd=repo, capture_output=True,
                          text=True, env=full_env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "corpus")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "corpus")
    return tmp_path


def test_only_the_new_articles_findings_are_reported(repo):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    (repo / "corpus" / "new-agrees.md").write_text(AGREES, encoding="utf-8")
    result = factcheck(repo, "corpus", "--diff-base", "HEAD", "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert len(findings) == 1
    assert findings[0]["rule"] == "numeric-conflict"
    primary = findings[0]["claims"][findings[0]["primary"]]
    assert primary["article"] == "new-contradicts.md" and primary["value"] == 1000
    # the old, accepted discrepancies of the corpus (Axos/Axon, 40/70/85 groups) stay quiet
    assert all(any(c["article"].startswith("new-") for c in f["claims"]) for f in findings)


def test_a_pull_request_checked_against_a_cached_index_gets_the_annotations_a_full_check_gives(repo):
    subprocess.run([sys.executable, "-m", "factcheck", "index", "build", "corpus", "--db", ".index.db"], cwd=repo,
                   check=True, capture_output=True)
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    git(repo, "add", "corpus")
    indexed = factcheck(repo, "--diff-base", "HEAD", "--index", ".index.db", "--format", "github")
    whole = factcheck(repo, "corpus", "--diff-base", "HEAD", "--format", "github")
    assert indexed.returncode == whole.returncode == 1, indexed.stderr
    assert indexed.stdout == whole.stdout
    assert "::warning file=corpus/new-contradicts.md,line=6" in indexed.stdout  # a path the checkout knows


def test_diff_base_diffs_from_the_merge_base(repo):
    """A branch is judged by its own changes: an article fixed on main after the branch forked (here 17
    shareholders corrected to 19) differs from the branch's copy, but it is main's change, not the branch's (as
    `git diff main...HEAD`)."""
    (repo / "corpus" / "wire.md").write_text(AGREES.replace("19 shareholders", "17 shareholders"), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "wire story with a slip")
    git(repo, "branch", "-M", "main")
    git(repo, "checkout", "-qb", "feature")
    (repo / "corpus" / "new-storm.md").write_text("# Storm\n\nThe storm damaged 40 homes in Ohio.\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "an article of another story")
    git(repo, "checkout", "-q", "main")
    (repo / "corpus" / "wire.md").write_text(AGREES, encoding="utf-8")
    git(repo, "commit", "-qam", "the slip fixed on main")
    git(repo, "checkout", "-q", "feature")
    result = factcheck(repo, "corpus", "--diff-base", "main", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_renamed_and_edited_article_counts_as_changed(repo):
    (repo / "corpus" / "wire.md").write_text(AGREES, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "wire story")
    git(repo, "mv", "corpus/wire.md", "corpus/wire-updated.md")
    (repo / "corpus" / "wire-updated.md").write_text(AGREES.replace("19 shareholders", "17 shareholders"),
                                                     encoding="utf-8")  # git reads it as renamed (R), not added
    git(repo, "commit", "-qam", "renamed and edited")
    result = factcheck(repo, "corpus", "--diff-base", "HEAD~1", "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert findings and all(any(c["article"] == "wire-updated.md" for c in f["claims"]) for f in findings)


def test_an_agreeing_article_passes(repo):
    (repo / "corpus" / "new-agrees.md").write_text(AGREES, encoding="utf-8")
    result = factcheck(repo, "corpus", "--changed", "corpus/new-agrees.md", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["findings"] == []
    assert any({c["article"] for c in a["claims"]} >= {"new-agrees.md"} for a in report["agreements"])


def test_changed_takes_several_files(repo):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    (repo / "corpus" / "new-agrees.md").write_text(AGREES, encoding="utf-8")
    result = factcheck(repo, "corpus", "--changed", "corpus/new-agrees.md", "corpus/new-contradicts.md",
                       "--format", "concise")
    assert result.returncode == 1
    assert result.stdout.startswith("corpus/new-contradicts.md:6:1: warning numeric-conflict")


def test_sarif_validates_against_the_schema(repo, shared):
    jsonschema = pytest.importorskip("jsonschema")
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    result = factcheck(repo, "corpus", "--format", "sarif")
    sarif = json.loads(result.stdout)
    schema = json.loads((shared / "testdata" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"numeric-conflict", "name-variant"}
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    conflict = next(r for r in run["results"] if r["ruleId"] == "numeric-conflict"
                    and any("new-contradicts" in loc["physicalLocation"]["artifactLocation"]["uri"]
                            for loc in r["locations"] + r["relatedLocations"]))
    assert conflict["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert conflict["relatedLocations"] and conflict["partialFingerprints"]


def test_github_escaping():
    message = "100% sure:\nline two, with a comma\r"
    assert escape_data(message) == "100%25 sure:%0Aline two, with a comma%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_annotations_and_step_summary(repo, tmp_path_factory):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    summary = tmp_path_factory.mktemp("gh") / "summary.md"
    result = factcheck(repo, "corpus", "--diff-base", "HEAD",
                       env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    lines = result.stdout.splitlines()
    assert lines and lines[0].startswith("::warning file=corpus/new-contradicts.md,line=6,col=1,")
    assert "title=factcheck numeric-conflict%3A " in lines[0]  # a colon in a property is escaped
    assert "%0AOther sources: " in lines[0]  # so is the newline in the message
    assert "numeric-conflict" in summary.read_text(encoding="utf-8")


def test_baseline_round_trip(repo):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    # recording the baseline is the run's job: done once the file is written, whatever it records
    assert factcheck(repo, "corpus", "--write-baseline", "baseline.json", "--format", "concise").returncode == 0
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    # the seeds' three findings (Axos/Axon, the groups, the employees, now with the new article)
    assert sorted(e["rule"] for e in entries) == ["name-variant", "numeric-conflict", "numeric-conflict"]
    assert any("new-contradicts.md: More than 1,000" in e["claims"] for e in entries)

    clean = factcheck(repo, "corpus", "--baseline", "baseline.json", "--format", "concise")
    assert clean.returncode == 0 and clean.stdout == "" and "stale" not in clean.stderr

    # the new article's figure changes: its finding's claims changed, so it shows again,
    # and the entry it replaces is stale
    edited = CONTRADICTS.replace("1,000", "2,000")
    (repo / "corpus" / "new-contradicts.md").write_text(edited, encoding="utf-8")
    again = factcheck(repo, "corpus", "--baseline", "baseline.json", "--format", "concise")
    assert again.returncode == 1
    assert "More than 2,000" in again.stdout or "2,000" in again.stdout
    assert "stale baseline entry" in again.stderr


def test_suppression_comments(repo):
    suppressed = CONTRADICTS.replace(
        "More than 1,000", "<!-- factcheck: ignore numeric-conflict -- organisers' own count -->\nMore than 1,000")
    suppressed += "\n<!-- factcheck: ignore name-variant -- nothing here -->\nThe letter was delivered.\n"
    (repo / "corpus" / "new-contradicts.md").write_text(suppressed, encoding="utf-8")
    result = factcheck(repo, "corpus", "--diff-base", "HEAD", "--format", "json")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []
    assert "new-contradicts.md:9: unused suppression (ignore name-variant)" in result.stderr


def test_file_level_suppression(repo):
    (repo / "corpus" / "new-contradicts.md").write_text(
        CONTRADICTS.replace("# Amazon", "<!-- factcheck: ignore-file all -->\n# Amazon"), encoding="utf-8")
    assert factcheck(repo, "corpus", "--diff-base", "HEAD").returncode == 0


def test_configuration_in_pyproject(repo):
    (repo / "pyproject.toml").write_text('[tool.factcheck]\ncorpus = ["corpus"]\nformat = "concise"\n'
                                         'fail-on = "error"\n', encoding="utf-8")
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    result = factcheck(repo, "--changed", "corpus/new-contradicts.md")
    assert result.returncode == 0  # a warning does not fail at fail-on = "error"
    assert result.stdout.startswith("corpus/new-contradicts.md:6:1: warning")
    assert factcheck(repo, "--isolated", "corpus", "--format", "concise").returncode == 1


def test_unknown_configuration_key(repo):
    (repo / "factcheck.toml").write_text('corpus = ["corpus"]\nfail_on = "error"\n', encoding="utf-8")
    result = factcheck(repo)
    assert result.returncode == 2
    assert 'factcheck.toml:2: unknown key "fail_on"' in result.stderr


def test_output_file_and_min_level(repo):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    result = factcheck(repo, "corpus", "--format", "json", "--output", "out.json", "--min-level", "error")
    assert result.returncode == 0  # no error among the findings: what is shown decides, as --min-level says
    assert result.stdout == ""
    assert json.loads((repo / "out.json").read_text(encoding="utf-8"))["findings"] == []
    assert not list(repo.glob(".out.json.*"))  # the temporary file is gone


@pytest.mark.parametrize("fmt", ["junit", "gitlab", "markdown", "jsonl", "concise"])
def test_every_ci_format_names_the_new_article(repo, fmt):
    (repo / "corpus" / "new-contradicts.md").write_text(CONTRADICTS, encoding="utf-8")
    result = factcheck(repo, "corpus", "--diff-base", "HEAD", "--format", fmt)
    assert result.returncode == 1
    assert "new-contradicts.md" in result.stdout
    if fmt == "gitlab":
        issue = json.loads(result.stdout)[0]
        assert issue["location"]["path"] == "corpus/new-contradicts.md" and issue["severity"] == "minor"
    if fmt == "junit":
        import xml.etree.ElementTree as ET
        assert ET.fromstring(result.stdout).get("failures") == "1"


def test_locations_point_at_the_file_a_record_or_a_page_came_from(tmp_path):
    """A JSON Lines record is located by the export's path and the record's line (not "export.jsonl#b"); the text
    of a web page has no line of the page, so the page is named alone."""
    records = [{"id": "a", "text": "The quake killed 10 people on Qeshm island on Sunday, officials said."},
               {"id": "b", "text": "Officials said the quake killed 14 people on Qeshm island on Sunday."}]
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Quake</title></head><body><article><h1>Quake hits Qeshm</h1>\n<p>Officials said the "
        "quake killed 12 people on Qeshm island on Sunday, and many were hurt.</p>\n<p>Rescue teams were still "
        "searching the rubble late on Sunday for survivors.</p></article></body></html>\n", encoding="utf-8")
    result = factcheck(tmp_path, ".", "--format", "json")
    claims = {c["text"]: c for f in json.loads(result.stdout)["findings"] for c in f["claims"]}
    assert (claims["14"]["path"], claims["14"]["line"], claims["14"]["column"]) == ("export.jsonl", 2, None)
    assert (claims["12"]["path"], claims["12"]["line"]) == ("page.html", None)
    github = factcheck(tmp_path, ".", "--format", "github").stdout
    assert "file=export.jsonl,line=1,endLine=1,title=" in github and "page.html '12'" in github
    sarif = json.loads(factcheck(tmp_path, ".", "--format", "sarif").stdout)
    locations = [loc["physicalLocation"] for r in sarif["runs"][0]["results"] for loc in r["locations"]]
    assert locations[0]["artifactLocation"]["uri"] == "export.jsonl" and locations[0]["region"]["startLine"] == 1
