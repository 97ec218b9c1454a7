"""Suppression comments in articles, read when an article is parsed.

    <!-- factcheck: ignore numeric-conflict -- the 2019 figure is quoted on purpose -->   the next line's claims
    <!-- factcheck: ignore-file name-variant -->                                          the whole article

RULE may be a list separated by commas, or "all". They are HTML comments, so rules/boilerplate.toml keeps
them out of the news text.
"""

from __future__ import annotations

from .models import Suppression
from .pattern_store import regex_pattern

_SUPPRESSION = regex_pattern(
    r"<!--\s*factcheck:\s*(?P<kind>ignore-file|ignore)\s+(?P<rules>[\w*,\s-]+?)\s*(?:--\s*(?P<reason>.*?))?\s*-->")


def read_suppressions(article_id: str, text: str, line_starts: tuple[int, ...]) -> tuple[Suppression, ...]:
    found = []
    for m in _SUPPRESSION.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        rules = frozenset(r.strip() for r in m.group("rules").split(",") if r.strip())
        target = 0 if m.group("kind") == "ignore-file" else _next_text_line(text, line_starts, line)
        found.append(Suppression(article_id, line, target, rules, m.group("reason") or ""))
    return tuple(found)


def _next_text_line(text: str, line_starts: tuple[int, ...], line: int) -> int:
    """The first line after ``line`` (1-based) that holds text other than another suppression."""
    for index in range(line, len(line_starts)):
        start = line_starts[index]
        end = line_starts[index + 1] if index + 1 < len(line_starts) else len(text)
        content = text[start:end].strip()
        if content and not _SUPPRESSION.fullmatch(content):
            return index + 1
    return line + 1
