"""Findings as plain dictionaries: the one shape every machine-readable reporter starts from."""

from __future__ import annotations

from typing import Any

from ..models import Article, Claim, Finding, NumericClaim, Report
from .positions import span_lines

SCHEMA = "factcheck.report/1"


def claim_dict(claim: Claim, article: Article) -> dict[str, Any]:
    line, column, end_line, end_column = span_lines(article, claim.start, claim.end)
    out: dict[str, Any] = {
        "article": article.id,
        "path": article.path,
        "source": article.source,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "text": claim.text,
        "sentence": " ".join(claim.sentence.text.split()),
    }
    if isinstance(claim, NumericClaim):
        out.update(value=claim.value, low=claim.low, high=claim.high, hedge=claim.hedge, name=None,
                   type=claim.type, subject=claim.subject_text or claim.subject, unit=claim.unit)
        if claim.type == "measure":
            out["dimension"] = claim.dimension
    else:
        out.update(value=None, low=None, high=None, hedge=None, name=claim.text, type="name",
                   subject=claim.entity, unit=None)
    return out


def finding_dict(finding: Finding, articles: dict[str, Article]) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "kind": finding.kind,
        "severity": finding.severity.label,
        "subject": finding.subject,
        "message": finding.message,
        "why": finding.why,
        "fingerprint": finding.fingerprint,
        "primary": finding.primary,
        "claims": [claim_dict(c, articles[c.article_id]) for c in finding.claims],
    }


def report_dict(report: Report) -> dict[str, Any]:
    articles = {a.id: a for a in report.articles}
    counts = {level: sum(1 for f in report.findings if f.severity.label == level)
              for level in ("error", "warning", "info")}
    return {
        "schema": SCHEMA,
        "summary": {"articles": len(report.articles), "stories": len(report.stories), "claims": report.claim_count,
                    "findings": counts, "agreements": len(report.agreements)},
        "articles": [{"id": a.id, "path": a.path, "source": a.source, "title": a.title, "date": a.date}
                     for a in report.articles],
        "stories": [{"id": f"story-{i}", "articles": list(ids)} for i, ids in enumerate(report.stories, 1)],
        "findings": [finding_dict(f, articles) for f in report.findings],
        "agreements": [finding_dict(f, articles) for f in report.agreements],
        "problems": list(report.problems),
        "notices": list(report.notices),
        "failures": [str(f) for f in report.failures],
    }


def primary_claim(finding: dict[str, Any]) -> dict[str, Any]:
    """The claim an annotation points at: the one in a changed article, else the first."""
    return finding["claims"][finding.get("primary", 0)]
