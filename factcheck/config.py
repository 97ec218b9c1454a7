"""Configuration: `[tool.factcheck]` in pyproject.toml, or factcheck.toml / .factcheck.toml.

The nearest folder (from the current one upward) that holds one of these files wins; within one folder
.factcheck.toml comes before factcheck.toml before pyproject.toml (a pyproject.toml without [tool.factcheck]
does not count). Paths in a configuration file are relative to the file's folder. Options given on the command
line override the file. An unknown key or a value of the wrong type is an error naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError
from .findings import check_rule_ids
from .ruleset import _line_of

GROUPINGS = ("auto", "folder", "none")  # how articles are split into stories (stories.group_stories)

LEVELS = ("error", "warning", "info", "never")
FILE_NAMES = (".factcheck.toml", "factcheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """Settings for a run; None where the file says nothing, so that defaults stay in one place (the CLI)."""

    source: Path | None = None  # the file the settings came from
    corpus: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    fail_on: str | None = None
    min_level: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    format: str | None = None
    group_by: str | None = None
    baseline: str | None = None


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


KEYS: dict[str, tuple[str, Any]] = {
    # key in the file: (Config field, check)
    "corpus": ("corpus", _strings),
    "exclude": ("exclude", _strings),
    "rules": ("rules", _strings),
    "fail-on": ("fail_on", lambda v: v in LEVELS),
    "min-level": ("min_level", lambda v: v in LEVELS[:3]),
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "format": ("format", lambda v: isinstance(v, str)),
    "group-by": ("group_by", lambda v: v in GROUPINGS),
    "baseline": ("baseline", lambda v: isinstance(v, str)),
}


def _table(path: Path) -> dict[str, Any] | None:
    """The factcheck settings in a file, or None when the file has none (a pyproject.toml without them)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(str(path), f"cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(str(path), f"is not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("factcheck") if isinstance(tool, dict) else None
    return data


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def load_config(path: Path) -> Config:
    """Read and check one configuration file."""
    table = _table(path)
    if table is None:
        raise UsageError(str(path), "has no [tool.factcheck] table")
    source = path.read_text(encoding="utf-8")
    values: dict[str, Any] = {}
    for key, value in table.items():
        line = _line_of(source, key)
        where = f"{path}:{line}" if line else str(path)
        if key not in KEYS:
            raise UsageError(where, f'unknown key "{key}" (known keys: {", ".join(sorted(KEYS))})')
        name, check = KEYS[key]
        if not check(value):
            raise UsageError(where, f'key "{key}" has a bad value {value!r}')
        if key in ("select", "ignore"):
            check_rule_ids(value, where)
        values[name] = tuple(value) if isinstance(value, list) else value
    base = path.parent
    for name in ("corpus", "rules"):
        values[name] = tuple(os.path.relpath(base / p) for p in values.get(name, ()))
    if "baseline" in values:
        values["baseline"] = os.path.relpath(base / values["baseline"])
    return Config(source=path, **values)


def resolve_config(explicit: str | None, isolated: bool, cwd: Path) -> Config:
    """The configuration for a run: --config FILE, else the nearest file, else none; --isolated ignores all."""
    if isolated:
        return Config()
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise UsageError(explicit, "configuration file does not exist")
        return load_config(path)
    found = find_config(cwd.resolve())
    return load_config(found) if found else Config()
