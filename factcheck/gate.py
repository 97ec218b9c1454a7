"""What a CI run shows and fails on: only findings that involve changed articles, less those the baseline
records or that a comment in the article suppresses, within the selected rules.

Suppression comments (Markdown/HTML comments, never news themselves):
    <!-- factcheck: ignore numeric-conflict -- the 2019 figure is quoted on purpose -->   next line's claims
    <!-- factcheck: ignore-file name-variant -->                                          the whole article
RULE may be a list separated by commas, or "all". A suppression that hides nothing is reported as unused.

A baseline is a JSON file of finding fingerprints (rule, subject and the articles and values of the claims,
never line numbers): findings it records are hidden; entries that match no finding any more are reported as
stale so the file can shrink.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from .errors import UsageError
from .models import Article, Finding, Report, Severity

BASELINE_SCHEMA = "factcheck.baseline/1"
_SUPPRESSION = regex.compile(
    r"<!--\s*factcheck:\s*(?P<kind>ignore-file|ignore)\s+(?P<rules>[\w*,\s-]+?)\s*(?:--\s*(?P<reason>.*?))?\s*-->")


@dataclass(frozen=True)
class Suppression:
    article_id: str
    line: int  # 1-based line of the comment
    rules: frozenset[str]
    whole_file: bool
    reason: str

    def covers(self, rule: str) -> bool:
        return "all" in self.rules or "*" in self.rules or rule in self.rules


def suppressions(article: Article) -> list[Suppression]:
    found = []
    for m in _SUPPRESSION.finditer(article.text):
        line = article.text.count("\n", 0, m.start()) + 1
        rules = frozenset(r.strip() for r in m.group("rules").split(",") if r.strip())
        found.append(Suppression(article.id, line, rules, m.group("kind") == "ignore-file", m.group("reason") or ""))
    return found


def _next_text_line(article: Article, line: int) -> int:
    """The first non-blank line after ``line`` (1-based)."""
    lines = article.text.splitlines()
    for i in range(line, len(lines)):
        if lines[i].strip() and not _SUPPRESSION.fullmatch(lines[i].strip()):
            return i + 1
    return line + 1


def _claim_line(article: Article, offset: int) -> int:
    return article.text.count("\n", 0, offset) + 1


def write_atomically(path: str, text: str) -> None:
    """Write a file so that an interrupted run leaves the old file whole: a temporary file, then rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(path, "its folder does not exist")
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def baseline_text(findings: Sequence[Finding]) -> str:
    entries = [{"fingerprint": f.fingerprint, "rule": f.rule, "subject": f.subject,
                "claims": sorted({f"{c.article_id}: {c.text}" for c in f.claims})}
               for f in sorted(findings, key=lambda f: (f.rule, f.fingerprint))]
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: str) -> dict[str, dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(path, "baseline file does not exist (write one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(path, f"is not a readable baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA or not isinstance(data.get("findings"), list):
        raise UsageError(path, f"is not a factcheck baseline (schema {BASELINE_SCHEMA})")
    return {e["fingerprint"]: e for e in data["findings"] if isinstance(e, dict) and "fingerprint" in e}


def apply(report: Report, *, changed: Collection[str] | None = None, baseline: dict[str, dict] | None = None,
          select: Collection[str] = (), ignore: Collection[str] = ()) -> Report:
    """The report as a CI run sees it; tidying notices (stale baseline, unused suppressions) are added."""
    articles = {a.id: a for a in report.articles}
    notices: list[str] = list(report.notices)
    kept: list[Finding] = []
    marks = {a.id: suppressions(a) for a in report.articles}
    used: set[Suppression] = set()
    for finding in report.findings:
        if select and finding.rule not in select or finding.rule in ignore:
            continue
        if changed is not None:
            touched = [i for i, c in enumerate(finding.claims) if c.article_id in changed]
            if not touched:
                continue
            finding = replace(finding, primary=touched[0])
        hiding = [s for c in finding.claims for s in marks[c.article_id] if s.covers(finding.rule) and (
            s.whole_file or _next_text_line(articles[c.article_id], s.line) == _claim_line(articles[c.article_id],
                                                                                           c.start))]
        if hiding:
            used.update(hiding)
            continue
        kept.append(finding)
    for article_id, marked in sorted(marks.items()):
        for s in marked:
            if s not in used and (changed is None or article_id in changed):
                notices.append(f"{articles[article_id].path}:{s.line}: unused suppression "
                               f"(ignore {', '.join(sorted(s.rules))}): nothing to hide here")
    if baseline is not None:
        shown = [f for f in kept if f.fingerprint not in baseline]
        live = {f.fingerprint for f in kept}
        for fingerprint, entry in sorted(baseline.items()):
            if fingerprint not in live and (changed is None or any(
                    claim.split(":")[0] in changed for claim in entry.get("claims", []))):
                notices.append(f"stale baseline entry {fingerprint} ({entry.get('rule')}: {entry.get('subject')}): "
                               "no longer found; remove it")
        kept = shown
    return replace(report, findings=tuple(kept), notices=tuple(notices))


def shown(report: Report, min_level: str | None) -> Report:
    """Findings below --min-level hidden from the output (the exit code is decided before this)."""
    if not min_level:
        return report
    level = Severity.parse(min_level)
    return replace(report, findings=tuple(f for f in report.findings if f.severity >= level))
