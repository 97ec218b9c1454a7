"""Offsets to 1-based line and column, computed only when a report is written."""

from __future__ import annotations

import bisect

from ..models import Article


def line_col(article: Article, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset; columns count code points."""
    line = bisect.bisect_right(article.line_starts, offset) - 1
    return line + 1, offset - article.line_starts[line] + 1
