"""Reporters: one per output format, each a function Report -> str, chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from .ci import render_concise, render_github, render_gitlab, render_jsonl, render_junit, render_markdown
from .console import render_console
from .json import render_json
from .sarif import render_sarif

REPORTERS: dict[str, Callable[..., str]] = {
    "concise": render_concise,
    "full": render_console,
    "github": render_github,
    "gitlab": render_gitlab,
    "json": render_json,
    "jsonl": render_jsonl,
    "junit": render_junit,
    "markdown": render_markdown,
    "sarif": render_sarif,
}

__all__ = ["REPORTERS", "render_console", "render_json", "render_sarif"]
