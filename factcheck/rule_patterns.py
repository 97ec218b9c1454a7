"""Boilerplate patterns from the rules, which a user may write: each timed (a pattern that backtracks is given up,
named, for the rest of the run) and all those of a kind screened by one search per line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import regex

from .pattern_store import regex_pattern

# How long one user-supplied pattern may run on one line, and over a whole run, before it is skipped for the rest
# of the run (a pattern that backtracks catastrophically, or one merely slow on every line of a large corpus).
PATTERN_TIMEOUT_SECONDS = 1.0
PATTERN_BUDGET_SECONDS = 10.0
# One search of all the rules of a kind at once takes microseconds on a line of furniture and a few milliseconds
# on a line of 200,000 characters; longer, some rule backtracks, and the rules are tried one by one (and timed).
SLOW_SCREEN_SECONDS = 0.002
SLOW_SCREEN_PER_CHARACTER = 1e-7
SLOW_SCREEN_STRIKES = 3
# ... and at least this share of its searches: over a long run, pauses of the machine (a collection, another
# process) slow a few searches of any screen, and must not drop it.
SLOW_SCREEN_SHARE = 0.01


@dataclass(frozen=True)
class PatternRule:
    """A named regular expression from rules/ (boilerplate)."""

    id: str
    pattern: regex.Pattern[str]
    example: str
    file: str
    # the run's time left for this rule, and why it was given up (once given up, it matches nothing)
    budget: list[float] = field(default_factory=lambda: [PATTERN_BUDGET_SECONDS], compare=False, repr=False)
    skipped: list[str] = field(default_factory=list, compare=False, repr=False)

    def search(self, text: str, where: str = "") -> regex.Match[str] | None:
        if self.skipped:
            return None
        timeout = min(PATTERN_TIMEOUT_SECONDS, self.budget[0])
        if timeout > 0:  # timed inline: this runs for every line of every article
            started = time.perf_counter()
            try:
                return self.pattern.search(text, timeout=timeout)
            except TimeoutError:
                pass
            finally:
                self.budget[0] -= time.perf_counter() - started
        self._give_up(timeout, where)
        return None

    def sub(self, text: str, where: str = "") -> str:
        """The text with every match blanked out by NUL characters, so offsets stay put."""
        if self.skipped:
            return text
        timeout = min(PATTERN_TIMEOUT_SECONDS, self.budget[0])
        if timeout > 0:
            started = time.perf_counter()
            try:
                return self.pattern.sub(_blank, text, timeout=timeout)
            except TimeoutError:
                pass
            finally:
                self.budget[0] -= time.perf_counter() - started
        self._give_up(timeout, where)
        return text

    def _give_up(self, timeout: float, where: str) -> None:
        """Past its time on one line or in the run, the rule is skipped for the rest of the run, and says why."""
        why = (f"ran longer than {PATTERN_TIMEOUT_SECONDS:g}s on one line" if timeout == PATTERN_TIMEOUT_SECONDS
               else f"took more than {PATTERN_BUDGET_SECONDS:g}s in all")
        self.skipped.append(f'{self.file}: pattern "{self.id}" {why} (in {where or "an article"}): skipped for the '
                            "rest of the run (catastrophic backtracking?)")


# Patterns that cannot share one alternation with others: a back-reference counts groups, a global inline flag
# ("(?x)") would change how the others read.
_UNJOINABLE = regex_pattern(r"\\[1-9]|\\g<|\(\?P=|\(\?[aiLmsuxV0-9]+\)")


@dataclass
class Screen:
    """The rules of one kind joined in one alternation: a line that none of them matches (almost every line) is
    passed over in one search instead of one per rule. A rule that cannot be joined is always tried. The screen is
    dropped the first time one search runs long (SLOW_SCREEN_...: a rule backtracks) or any rule is given up,
    and the rules are then tried one by one, each within its own time limits, so a slow rule is still named."""

    rules: tuple[PatternRule, ...]
    pattern: regex.Pattern[str] | None
    alone: tuple[PatternRule, ...]  # rules not in the pattern, tried on every line
    strikes: int = 0  # searches that ran long
    searches: int = 0

    def __post_init__(self) -> None:
        self._given_up = tuple(r.skipped for r in self.rules)  # each rule's list of why it was given up

    @classmethod
    def of(cls, rules: tuple[PatternRule, ...]) -> Screen:
        joined = [r for r in rules if not _UNJOINABLE.search(r.pattern.pattern)]
        try:
            pattern = regex_pattern("|".join(f"(?:{r.pattern.pattern})" for r in joined), regex.IGNORECASE) \
                if joined else None
        except regex.error:
            pattern, joined = None, []
        return cls(rules, pattern, tuple(r for r in rules if r not in joined))

    def candidates(self, text: str) -> tuple[PatternRule, ...]:
        """The rules that may match ``text``: none of the joined ones when the screen finds nothing."""
        if self.pattern is None or any(self._given_up):
            return self.rules
        limit = SLOW_SCREEN_SECONDS + len(text) * SLOW_SCREEN_PER_CHARACTER
        self.searches += 1
        started = time.perf_counter()
        try:
            hit = self.pattern.search(text, timeout=limit)
        except TimeoutError:
            hit = True
        if time.perf_counter() - started >= limit:
            self.strikes += 1  # a pause of the machine slows a search now and then; a backtracking rule, many
            if self.strikes >= SLOW_SCREEN_STRIKES and self.strikes >= SLOW_SCREEN_SHARE * self.searches:
                self.pattern = None
        return self.rules if hit else self.alone


def _blank(match: regex.Match[str]) -> str:
    return "\x00" * len(match.group())
