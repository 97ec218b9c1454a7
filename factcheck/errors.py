"""Errors a user can act on.

Every error here is the user's to fix (a path, an input file, a rule file, an option) and makes the command
exit with code 2. A bug in factcheck is never one of these: it is left to crash with a traceback.

    FactcheckError
    ├── InputError        an article path or file that cannot be read as text
    ├── RuleError         a rule file (TOML) that is malformed or has an unknown key or bad value
    └── UsageError        options that do not fit together
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of the errors that end a run with exit code 2."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    def __reduce__(self) -> tuple:  # raised in a worker process, pickled back to the run
        return self.__class__, (self.where, self.problem)


class InputError(FactcheckError):
    """An article path or file that cannot be read."""


class RuleError(FactcheckError):
    """A rule file that cannot be loaded."""


class UsageError(FactcheckError):
    """Options that contradict each other or name something that does not exist."""
