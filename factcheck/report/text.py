"""Article text made safe for a terminal or a log: one line, control characters shown as escapes."""

from __future__ import annotations

import regex

from ..inputs import shown

_SPACE = regex.compile(r"\s+")


def safe(text: str) -> str:
    """Text on one line, with control and format characters (ANSI escapes among them) shown as visible
    escapes, so that an article can never restyle, move or clear the terminal that shows it."""
    return shown(_SPACE.sub(" ", text))
