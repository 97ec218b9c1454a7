"""Article text made safe for a terminal or a log: one line, control characters shown as escapes."""

from __future__ import annotations

import regex

from ..inputs import shown
from ..pattern_store import regex_pattern

_SPACE = regex_pattern(r"\s+")
# Spaces at the end of a line (rich pads table cells), before any closing style codes.
_TRAILING_SPACES = regex_pattern(r" +((?:\x1b\[[0-9;]*m)*)$", regex.MULTILINE)


def safe(text: str) -> str:
    """Text on one line, with control and format characters (ANSI escapes among them) shown as visible
    escapes, so that an article can never restyle, move or clear the terminal that shows it."""
    return shown(_SPACE.sub(" ", text))


def without_trailing_spaces(text: str) -> str:
    """Terminal text without the spaces rich pads lines with: piped output is diffed and grepped."""
    return _TRAILING_SPACES.sub(r"\1", text)
