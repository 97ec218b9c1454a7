"""SARIF 2.1.0, as GitHub code scanning accepts it: rules with descriptions and help, results with a region,
partial fingerprints, and the other sources of a disagreement as related locations."""

from __future__ import annotations

import json
from typing import Any

from ..findings import RULES
from ..models import Report
from .serialize import finding_dict, primary_claim

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _tool_version() -> str:
    from .. import __version__  # the package's own: the distribution is named factcheck-news

    return __version__


def _location(claim: dict[str, Any]) -> dict[str, Any]:
    region = {"startLine": claim["line"], "startColumn": claim["column"], "endLine": claim["end_line"],
              "endColumn": claim["end_column"]}
    location: dict[str, Any] = {"artifactLocation": {"uri": claim["path"].replace("\\", "/")}}
    if claim["line"] is not None:  # a web page's text has no line of the page: the file alone
        location["region"] = {**{k: v for k, v in region.items() if v is not None}, "snippet": {"text": claim["text"]}}
    return {"physicalLocation": location}


def render_sarif(report: Report, **_: object) -> str:
    articles = {a.id: a for a in report.articles}
    rule_ids = sorted(RULES)
    rules = [{"id": rule, "name": "".join(w.capitalize() for w in rule.split("-")),
              "shortDescription": {"text": RULES[rule][0]}, "fullDescription": {"text": RULES[rule][1]},
              "help": {"text": RULES[rule][2], "markdown": RULES[rule][2]},
              "defaultConfiguration": {"level": "note" if rule == "numeric-update" else "warning"}}
             for rule in rule_ids]
    results = []
    for finding in report.findings:
        data = finding_dict(finding, articles)
        primary = primary_claim(data)
        related = [dict(_location(c), id=i, message={"text": f"{c['source']}: {c['text']}"})
                   for i, c in enumerate(data["claims"], 1) if c is not primary]
        results.append({
            "ruleId": data["rule"],
            "ruleIndex": rule_ids.index(data["rule"]),
            "level": LEVELS[data["severity"]],
            "message": {"text": data["message"]},
            "locations": [_location(primary)],
            "relatedLocations": related,
            "partialFingerprints": {"factcheckFindingHash/v1": data["fingerprint"]},
            "properties": {"subject": data["subject"], "aligned": data["why"]},
        })
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "factcheck", "version": _tool_version(),
                            "informationUri": "https://example.invalid/factcheck", "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
