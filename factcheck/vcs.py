"""Asking git which articles changed since a revision (for --diff-base)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .errors import UsageError


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--diff-base", "git is not installed") from None
    if proc.returncode != 0:
        raise UsageError("--diff-base", f"git {' '.join(args)} failed: {proc.stderr.strip() or proc.returncode}")
    return proc.stdout


def changed_since(base: str, cwd: Path) -> list[Path]:
    """Files added, modified, or renamed or copied and edited on this branch since it forked from ``base``
    (committed or not; as `git diff BASE...HEAD` does, from the merge base: a fix that landed on ``base`` after
    the fork is not this branch's change), and new untracked files."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    fork = _git(["merge-base", base, "HEAD"], cwd).strip()
    names = _git(["diff", "--name-only", "--find-renames", "--diff-filter=AMRC", "-z", fork], cwd).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return sorted({(top / n).resolve() for n in names if n and (top / n).is_file()})
