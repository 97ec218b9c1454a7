"""The terminal report: summary, each finding with its sources side by side, then the agreements.

Article text only ever reaches the terminal inside rich Text objects (never parsed as markup), with control
characters made visible, so an article cannot restyle or hijack the terminal.
"""

from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import Article, Claim, Finding, Report, Severity
from ..wording import counted
from .positions import span_lines, where
from .text import safe, without_trailing_spaces

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
WINDOW = 110  # characters of sentence shown around a claim
TITLE = 60  # characters of a story's title shown


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


def _finding_block(finding: Finding, articles: dict[str, Article], index: int, color: bool,
                   source_width: int) -> Group:
    style = STYLES[finding.severity]
    title = Text()
    title.append(f"{index}. {finding.severity.label.upper()} ", style=style)
    title.append(f"{finding.rule} ", style="bold")
    title.append(safe(finding.subject), style="italic")
    table = Table(show_header=True, header_style="dim", box=None, pad_edge=False, expand=True)
    table.add_column("source", max_width=source_width, no_wrap=True, overflow="ellipsis")
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


def render_console(report: Report, *, color: bool = False, width: int = 80, **_: object) -> str:
    """The report as terminal text; ANSI styles only when ``color``. With several stories, each story's findings
    and agreements stand under it."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, emoji=False,
                      legacy_windows=False)
    articles = {a.id: a for a in report.articles}
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    summary = Text()
    summary.append("factcheck ", style="bold")
    summary.append(f"{counted(len(report.articles), 'article')} · {counted(len(report.stories), 'story')} · "
                   f"{counted(report.claim_count, 'claim')} · {counted(len(report.findings), 'finding')} "
                   f"({counted(counts[Severity.ERROR], 'error')}, {counted(counts[Severity.WARNING], 'warning')}, "
                   f"{counts[Severity.INFO]} info) · {counted(len(report.agreements), 'agreement')}")
    console.print(summary)
    for problem in report.problems:
        console.print(Text(f"skipped {safe(problem)}", style="yellow"))
    source_width = max(16, min(max((len(a.source) for a in report.articles), default=16), width // 4))
    stories = report.stories if len(report.stories) > 1 else (tuple(articles),)
    story_of = {article_id: n for n, ids in enumerate(stories) for article_id in ids}
    findings_of: dict[int | None, list[Finding]] = defaultdict(list)  # sorted into their stories once
    agreements_of: dict[int | None, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        findings_of[story_of.get(finding.claims[0].article_id)].append(finding)
    for finding in report.agreements:
        agreements_of[story_of.get(finding.claims[0].article_id)].append(finding)
    number = 0
    for n, ids in enumerate(stories):
        findings, agreements = findings_of[n], agreements_of[n]
        if len(stories) > 1:
            console.print(Rule(_story_title(n + 1, ids, articles), style="dim", align="left"))
        if findings:
            console.print(Rule("Findings", style="dim"))
        for finding in findings:
            number += 1
            console.print(_finding_block(finding, articles, number, color, source_width))
            console.print()
        if agreements:
            console.print(Rule("Agreements: corroborated by two or more sources", style="dim"))
            for finding in agreements:
                console.print(_agreement_line(finding, articles))
    if not report.findings:
        console.print(Text("No disagreements found between the sources.", style="green"))
    return without_trailing_spaces(buffer.getvalue())


def _story_title(number: int, ids: tuple[str, ...], articles: dict[str, Article]) -> str:
    """"Story 2 · 3 articles · Gunman kills four at a Kent bar…": a title longer than TITLE is cut, with an
    ellipsis."""
    title = safe(articles[ids[0]].title or articles[ids[0]].source)
    if len(title) > TITLE:
        title = title[:TITLE - 1].rstrip() + "…"
    return f"Story {number} · {counted(len(ids), 'article')} · {title}"
