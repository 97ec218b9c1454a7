"""Compiled patterns kept between runs, so that a check of one article does not compile every rule again.

The rules become a few hundred patterns, some of them thousands of characters long (tries of unit, currency
and month words; classes of every capital letter), and compiling them took half of a short check's time. Like
the interpreter's own __pycache__, the compiled form is kept in one file of the user's cache directory
(``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``; an empty
``FACTCHECK_CACHE_DIR`` turns the store off) and read back on the next run:

- a pattern of the regex module is kept as the module pickles it, its compiled code (regex's own, documented
  way of saving a pattern without compiling it again);
- a pattern of the standard library's engine is kept as the code its compiler produced, handed back to the
  engine's constructor (_sre.compile), which checks the code before it runs it.

The file's name carries the interpreter's and the regex module's versions, so another version never reads it.
Anything wrong with the file (missing, unreadable, corrupt, from a changed engine) only means compiling as
before; a store that cannot be written is left alone. What is kept is what the last run used, with what earlier
runs used while that is the smaller part: the file does not grow with every edit of the rules.
"""

from __future__ import annotations

import _sre
import atexit
import functools
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # the standard engine's own compiler

import regex


def re_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the store when a run before compiled it."""
    store = _store()
    key = _key("re", pattern, flags)
    entry = store.loaded.get(key) if store else None
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
        except Exception:  # a code this engine does not accept: compile it again
            compiled = None
        if compiled is not None:
            store.used[key] = entry
            return compiled
    if store is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groups = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, number in groups.items():
        index[number] = name
    entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(index))
    compiled = _sre.compile(pattern, *entry)
    store.add(key, entry)
    return compiled


def regex_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, read from the store when a run before compiled it."""
    store = _store()
    if store is None:
        return regex.compile(pattern, flags)
    key = _key("regex", pattern, flags)
    found = store.loaded.get(key)
    if isinstance(found, regex.Pattern) and found.pattern == pattern:
        store.used[key] = found
        return found
    result = regex.compile(pattern, flags)
    store.add(key, result)
    return result


class _Store:
    """The patterns read from the file, and those this run used (written back at exit if any was new)."""

    def __init__(self, path: Path):
        self.path = path
        self.loaded: dict[str, object] = {}
        self.used: dict[str, object] = {}
        self.new = False
        try:
            with path.open("rb") as file:
                loaded = pickle.load(file)
            if isinstance(loaded, dict):
                self.loaded = loaded
        except Exception:  # no file yet, or one this run cannot read: compile as if there were none
            pass

    def add(self, key: str, entry: object) -> None:
        self.used[key] = entry
        if not self.new:
            self.new = True
            atexit.register(self.save)

    def kept(self) -> dict[str, object]:
        """What this run used, and what runs before it did while that is not the larger part of the file."""
        unused = {key: entry for key, entry in self.loaded.items() if key not in self.used}
        return {**unused, **self.used} if len(unused) <= len(self.used) else dict(self.used)

    def save(self) -> None:
        """Replace the file at once (a reader sees the old one or the new one, never half of one)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            try:
                with os.fdopen(handle, "wb") as file:
                    pickle.dump(self.kept(), file, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(name, self.path)
            except BaseException:
                os.unlink(name)
                raise
        except Exception:  # a read-only or full disk: the next run compiles again
            pass


@functools.cache
def _store() -> _Store | None:
    folder = os.environ.get("FACTCHECK_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "factcheck")
    version = "-".join(map(str, sys.version_info[:3]))
    name = f"patterns-{sys.implementation.name}{version}-sre{_sre.MAGIC}-regex{regex.__version__}.pickle"
    return _Store(Path(folder) / name)


def _key(engine: str, pattern: str, flags: int) -> str:
    return hashlib.blake2b(f"{engine}\0{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()
