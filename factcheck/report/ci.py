"""Reporters for CI systems and editors: concise lines, JSON Lines, GitHub workflow commands, Markdown,
JUnit XML and the GitLab code-quality report. SARIF has its own module.

Every reporter starts from the same dictionaries (serialize.py), so a finding reads the same everywhere.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..models import Report
from ..wording import counted
from .positions import where
from .serialize import finding_dict, primary_claim, report_dict
from .text import safe

GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _findings(report: Report) -> list[dict[str, Any]]:
    articles = {a.id: a for a in report.articles}
    return [finding_dict(f, articles) for f in report.findings]


def _one_line(text: str) -> str:
    return safe(text).strip()


def render_concise(report: Report, **_: object) -> str:
    """`path:line:col: severity rule message`, one finding a line, for editors and grep."""
    lines = []
    for finding in _findings(report):
        claim = primary_claim(finding)
        lines.append(f"{where(claim['path'], claim['line'], claim['column'])}: {finding['severity']} "
                     f"{finding['rule']} {_one_line(finding['message'])}")
    return "".join(line + "\n" for line in lines)


def render_jsonl(report: Report, **_: object) -> str:
    """One JSON object per finding; agreements are left out."""
    return "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in _findings(report))


def escape_data(text: str) -> str:
    """A workflow command's message: % CR LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also : and , escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, **_: object) -> str:
    """GitHub Actions workflow commands (annotations), errors first."""
    order = {"error": 0, "warning": 1, "info": 2}
    lines = []
    for finding in sorted(_findings(report), key=lambda f: order[f["severity"]]):
        claim = primary_claim(finding)
        props = {"file": claim["path"], "line": claim["line"], "col": claim["column"],
                 "endLine": claim["end_line"], "endColumn": claim["end_column"],
                 "title": f"factcheck {finding['rule']}: {finding['subject']}"}
        props = {k: v for k, v in props.items() if v is not None}  # a web page's text has no line of the page
        others = [f"{where(c['path'], c['line'])} {_one_line(c['text'])!r}" for c in finding["claims"]
                  if c is not claim]
        message = _one_line(finding["message"]) + ("\nOther sources: " + "; ".join(others) if others else "")
        prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{GITHUB_LEVELS[finding['severity']]} {prop_text}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def render_markdown(report: Report, **_: object) -> str:
    """A pull-request comment or job summary."""
    data = report_dict(report)
    counts = data["summary"]["findings"]
    out = [f"### factcheck: {counted(len(data['findings']), 'finding')}",
           "",
           f"{counted(data['summary']['articles'], 'article')}, {counted(data['summary']['claims'], 'claim')}; "
           f"{counted(counts['error'], 'error')}, {counted(counts['warning'], 'warning')}, {counts['info']} info; "
           f"{counted(data['summary']['agreements'], 'agreement')}.", ""]
    for finding in data["findings"]:
        out += [f"#### {finding['severity'].upper()} `{finding['rule']}`: {_cell(finding['subject'])}", "",
                _cell(finding["message"]), "",
                "| source | line | value | sentence |", "| --- | --- | --- | --- |"]
        for c in finding["claims"]:
            out.append(f"| {_cell(c['source'])} | {where(c['path'], c['line'])} | {_cell(c['text'])} | "
                       f"{_cell(c['sentence'])[:200]} |")
        out.append("")
    for line in data.get("notices", []):
        out.append(f"- {_cell(line)}")
    return "\n".join(out).rstrip() + "\n"


def render_junit(report: Report, **_: object) -> str:
    """JUnit XML: one test case per finding, failed at error and warning."""
    findings = _findings(report)
    failures = sum(1 for f in findings if f["severity"] in ("error", "warning"))
    cases = []
    for f in findings:
        claim = primary_claim(f)
        name = quoteattr(f"{f['subject']} ({where(claim['path'], claim['line'])})")
        body = escape("\n".join(f"{where(c['path'], c['line'], c['column'])} {_one_line(c['text'])}: "
                                f"{_one_line(c['sentence'])}" for c in f["claims"]))
        if f["severity"] in ("error", "warning"):
            cases.append(f'  <testcase classname={quoteattr(f["rule"])} name={name}>\n'
                         f'    <failure type={quoteattr(f["severity"])} message={quoteattr(_one_line(f["message"]))}>'
                         f"{body}</failure>\n  </testcase>")
        else:
            cases.append(f'  <testcase classname={quoteattr(f["rule"])} name={name}>\n'
                         f"    <system-out>{body}</system-out>\n  </testcase>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="factcheck" tests="{len(findings)}" failures="{failures}" errors="0">\n'
            + "".join(c + "\n" for c in cases) + "</testsuite>\n")


def render_gitlab(report: Report, **_: object) -> str:
    """GitLab code-quality report (a JSON array of issues)."""
    issues = []
    for f in _findings(report):
        claim = primary_claim(f)
        issues.append({"description": _one_line(f["message"]), "check_name": f["rule"],
                       "fingerprint": f["fingerprint"], "severity": GITLAB_SEVERITIES[f["severity"]],
                       "location": {"path": claim["path"], "lines": {"begin": claim["line"] or 1,
                                                                      "end": claim["end_line"] or 1}}})
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
