"""Offsets to 1-based line and column, computed only when a report is written."""

from __future__ import annotations

import bisect

from ..models import Article


def line_col(article: Article, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset; columns count code points."""
    line = bisect.bisect_right(article.line_starts, offset) - 1
    return line + 1, offset - article.line_starts[line] + 1


def span_lines(article: Article, start: int, end: int) -> tuple[int | None, int | None, int | None, int | None]:
    """(line, column, end line, end column) of a span in the article's file, None where the file has none: a JSON
    Lines record is one line of its file (columns would count inside JSON escapes), a web page's extracted text
    has no lines of the page."""
    if article.layout == "page":
        return None, None, None, None
    if article.layout == "record":
        return article.record_line, None, article.record_line, None
    return (*line_col(article, start), *line_col(article, end))


def where(path: str, line: int | None, column: int | None = None) -> str:
    """``path:line:column`` as far as it is known."""
    return ":".join([path, *(str(x) for x in (line, column) if x is not None)][:3 if line else 1])
