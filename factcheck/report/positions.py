"""Offsets to 1-based line and column, computed only when a report is written."""

from __future__ import annotations

import bisect
from functools import lru_cache

from ..models import Article


@lru_cache(maxsize=256)
def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    i = 0
    length = len(text)
    while i < length:
        ch = text[i]
        if ch == "\r":
            if i + 1 < length and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        elif ch == "\n":
            starts.append(i + 1)
        i += 1
    return tuple(starts)


def line_col(article: Article, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset; columns count code points."""
    starts = _line_starts(article.text)
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1
