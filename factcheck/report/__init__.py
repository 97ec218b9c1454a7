"""Reporters: one per output format, each a function Report -> str, chosen by name.

A reporter's module is imported when its format is used (rich for the terminal, XML escaping for JUnit): a run
pays only for the format it prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

# format -> (module of this package, function)
_WHERE = {
    "concise": ("ci", "render_concise"),
    "full": ("console", "render_console"),
    "github": ("ci", "render_github"),
    "gitlab": ("ci", "render_gitlab"),
    "json": ("json", "render_json"),
    "jsonl": ("ci", "render_jsonl"),
    "junit": ("ci", "render_junit"),
    "markdown": ("ci", "render_markdown"),
    "sarif": ("sarif", "render_sarif"),
}


class _Reporters(Mapping[str, Callable[..., str]]):
    """The reporters by format name, each imported on first use."""

    def __getitem__(self, name: str) -> Callable[..., str]:
        module, function = _WHERE[name]
        return getattr(importlib.import_module(f".{module}", __name__), function)

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


REPORTERS: Mapping[str, Callable[..., str]] = _Reporters()

__all__ = ["REPORTERS"]
