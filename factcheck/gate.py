"""What a CI run shows and fails on: only findings that involve changed articles, less those the baseline
records or that a comment in the article suppresses, within the selected rules.

Suppression comments (factcheck/suppress.py) hide findings; one that hides nothing is reported as unused.

A baseline is a JSON file of finding fingerprints (rule, subject and the articles and values of the claims,
never line numbers): findings it records are hidden; entries that match no finding any more are reported as
stale so the file can shrink.
"""

from __future__ import annotations

import bisect
import json
import os
import stat
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from .errors import UsageError
from .models import Article, Finding, Report, Severity, Suppression

BASELINE_SCHEMA = "factcheck.baseline/1"


def _claim_line(article: Article, offset: int) -> int:
    return bisect.bisect_right(article.line_starts, offset)


def write_atomically(path: str, text: str) -> None:
    """Write a file so that an interrupted run leaves the old file whole: a temporary file, then rename. A
    symbolic link is written through (its target is replaced, the link kept); the file gets the mode of the one it
    replaces, or a new file's (0666 less the umask), not the temporary file's 0600."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(path, "its folder does not exist")
    if target.is_dir():
        raise UsageError(path, "is a folder: give a file name")
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(path, f"cannot be written ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(path, f"cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions a written file gets: those of the file it replaces, else a new file's under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
    for number, entry in enumerate(data["findings"], 1):
        if not (isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str)):
            raise UsageError(path, f'finding {number} is not an object with a "fingerprint" string')
    return {e["fingerprint"]: e for e in data["findings"]}


def apply(report: Report, *, changed: Collection[str] | None = None, baseline: dict[str, dict] | None = None,
          select: Collection[str] = (), ignore: Collection[str] = ()) -> Report:
    """The report as a CI run sees it; tidying notices (stale baseline, unused suppressions) are added."""
    articles = {a.id: a for a in report.articles}
    notices: list[str] = list(report.notices)
    kept: list[Finding] = []
    marks = {a.id: a.suppressions for a in report.articles}
    used: set[Suppression] = set()
    for finding in report.findings:
        if select and finding.rule not in select or finding.rule in ignore:
            continue
        covered = {i: [s for s in marks[c.article_id] if s.covers(finding.rule) and (
            s.target_line in (0, _claim_line(articles[c.article_id], c.start)))] for i, c in enumerate(finding.claims)}
        if any(covered.values()):
            for hiding in covered.values():
                used.update(hiding)
            finding = _without_claims(finding, [i for i, hiding in covered.items() if hiding])
            if finding is None:
                continue  # what is left is no disagreement
        if changed is not None:
            touched = [i for i, c in enumerate(finding.claims) if c.article_id in changed]
            if not touched:
                continue
            finding = replace(finding, primary=touched[0])
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


def _without_claims(finding: Finding, hidden: Sequence[int]) -> Finding | None:
    """A finding less the claims a suppression hides, when what is left still disagrees: two articles, two
    values (an article that ignores a rule for itself hides nothing between two others); None otherwise."""
    left = [c for i, c in enumerate(finding.claims) if i not in hidden]
    if len({c.article_id for c in left}) < 2 or len({getattr(c, "value", c.text) for c in left}) < 2:
        return None
    primary = finding.claims[finding.primary]
    return replace(finding, claims=tuple(left), primary=left.index(primary) if primary in left else 0)


def shown(report: Report, min_level: str | None) -> Report:
    """Findings below --min-level hidden from the output (the exit code is decided before this)."""
    if not min_level:
        return report
    level = Severity.parse(min_level)
    return replace(report, findings=tuple(f for f in report.findings if f.severity >= level))
