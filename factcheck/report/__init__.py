"""Reporters: one per output format, each a function Report -> str, chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Report
from .console import render_console
from .json import render_json

REPORTERS: dict[str, Callable[..., str]] = {
    "full": render_console,
    "json": render_json,
}

__all__ = ["REPORTERS", "render_console", "render_json"]
