"""The terminal report: summary, each finding with its sources side by side, then the agreements.

Article text only ever reaches the terminal inside rich Text objects (never parsed as markup), with control
characters made visible, so an article cannot restyle or hijack the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import Article, Claim, Finding, Report, Severity
from .positions import span_lines, where
from .text import safe

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
WINDOW = 110  # characters of sentence shown around a claim


def _sentence_with_span(claim: Claim, color: bool) -> Text:
    sentence = claim.sentence
    start = claim.start - sentence.start
    end = claim.end - sentence.start
    left = max(0, start - (WINDOW - (end - start)) // 2)
    right = min(len(sentence.text), left + max(WINDOW, end - start))
    left = max(0, min(left, right - WINDOW))
    if left > 0:  # cut at word boundaries, never inside a word
        space = sentence.text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(sentence.text):
        space = sentence.text.rfind(" ", end, right)
        right = space if space >= 0 else right
    text = Text()
    if left > 0:
        text.append("…")
    text.append(safe(sentence.text[left:start]))
    span = safe(sentence.text[start:end])
    text.append(span if color else f"«{span}»", style="bold reverse")
    text.append(safe(sentence.text[end:right]))
    if right < len(sentence.text):
        text.append("…")
    return text


def _finding_block(finding: Finding, articles: dict[str, Article], index: int, color: bool) -> Group:
    style = STYLES[finding.severity]
    title = Text()
    title.append(f"{index}. {finding.severity.label.upper()} ", style=style)
    title.append(f"{finding.rule} ", style="bold")
    title.append(safe(finding.subject), style="italic")
    table = Table(show_header=True, header_style="dim", box=None, pad_edge=False, expand=True)
    table.add_column("source", max_width=16, no_wrap=True, overflow="ellipsis")
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("value", max_width=18, overflow="fold")
    table.add_column("sentence", ratio=1)
    for claim in finding.claims:
        article = articles[claim.article_id]
        line, column, _, _ = span_lines(article, claim.start, claim.end)
        table.add_row(Text(safe(article.source)), where("", line, column).lstrip(":") or "-",
                      Text(safe(claim.text), style="bold"),
                      _sentence_with_span(claim, color))
    explanation = Text("→ ", style="dim")
    explanation.append(safe(finding.message))
    parts = [title, Padding(table, (0, 0, 0, 3)), Padding(explanation, (0, 0, 0, 3))]
    if finding.why:
        parts.append(Padding(Text(f"aligned on: {finding.why}", style="dim"), (0, 0, 0, 3)))
    return Group(*parts)


def _agreement_line(finding: Finding, articles: dict[str, Article]) -> Text:
    text = Text("✓ ", style="green")
    text.append(safe(finding.subject), style="bold")
    text.append(": ")
    seen = []
    for claim in finding.claims:
        article = articles[claim.article_id]
        line, _, _, _ = span_lines(article, claim.start, claim.end)
        seen.append(f'"{safe(claim.text)}" ({where(safe(article.source), line)})')
    text.append(", ".join(seen))
    return text


def render_console(report: Report, *, color: bool = False, width: int = 100, **_: object) -> str:
    """The report as terminal text; ANSI styles only when ``color``."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, emoji=False,
                      legacy_windows=False)
    articles = {a.id: a for a in report.articles}
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    summary = Text()
    summary.append("factcheck ", style="bold")
    stories = f"{len(report.stories)} {'story' if len(report.stories) == 1 else 'stories'}"
    summary.append(f"{len(report.articles)} articles · {stories} · {report.claim_count} claims · "
                   f"{len(report.findings)} findings ({counts[Severity.ERROR]} error, "
                   f"{counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info) · "
                   f"{len(report.agreements)} agreements")
    console.print(summary)
    for problem in report.problems:
        console.print(Text(f"skipped {safe(problem)}", style="yellow"))
    if len(report.stories) > 1:
        for i, ids in enumerate(report.stories, 1):
            titles = [articles[x].title or articles[x].source for x in ids]
            line = Text(f"story {i}: ", style="dim")
            line.append(f"{len(ids)} article(s), e.g. {safe(titles[0])[:60]}")
            console.print(line)
    if report.findings:
        console.print(Rule("Findings", style="dim"))
    for i, finding in enumerate(report.findings, 1):
        console.print(_finding_block(finding, articles, i, color))
        console.print()
    if report.agreements:
        console.print(Rule("Agreements: corroborated by two or more sources", style="dim"))
        for finding in report.agreements:
            console.print(_agreement_line(finding, articles))
    if not report.findings:
        console.print(Text("No disagreements found between the sources.", style="green"))
    return buffer.getvalue()
