"""The comparisons of two claims' frames, each sorting a pair into one of a few levels.

This is the declared half of a Fellegi-Sunter linkage model (as in Splink): every comparison names its levels
here, and rules/alignment.toml gives each level its partial match weight log2(m/u), fitted from labelled pairs
by ``python -m factcheck.align.fit``. Code says what a level means; data says how much it counts.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..extraction.numeric import singularize, stem
from ..models import clock_minutes
from ..wording import name_as_written
from .describe import WORDS, Frame, magnitude, same_owner

# Shared context, summed inverse document frequency of the shared words: the bounds of its levels.
CONTEXT_LEVELS = ((10.0, "most"), (6.0, "much"), (3.0, "some"), (1e-9, "little"))
NEAR_LEVELS = ((6.0, "much"), (3.0, "some"), (1e-9, "little"))
# A value this small and whole is said of many things in a story ("two", "three"): its equality says less.
SMALL_VALUE = 10
# Two values within this ratio are near (a likely slip or update), beyond it far apart.
NEAR_RATIO = 1.5
# ... and for a year or an age, a clock time, a day of the month: this many of their units.
YEARS_APART = 2
MINUTES_APART = 60
DAYS_APART = 1


@dataclass(frozen=True)
class Story:
    """What comparisons need to know of the story around a pair: how rare each context word is."""

    idf: Mapping[str, float]
    unseen: float

    def weight(self, word: str) -> float:
        return self.idf.get(word, self.unseen)


def _kind(a: Frame, b: Frame, story: Story) -> str:
    return "same" if a.kind == b.kind else "related"


def _what(a: Frame, b: Frame, story: Story) -> str:
    if a.what and b.what and a.what == b.what:
        return "same"
    if a.head and a.head == b.head:
        return "head"
    if a.what_class and a.what_class == b.what_class:
        return "class"  # "four victims" and "four people"
    if a.what and b.what:
        return "different"
    return "one_absent" if a.what or b.what else "both_absent"


def _absent_same_different(x: object, y: object) -> str:
    if x and y:
        return "same" if x == y else "different"
    return "one_absent" if x or y else "both_absent"


def _whose(a: Frame, b: Frame, story: Story) -> str:
    if a.whose and b.whose:
        return "same" if same_owner(a.whose, b.whose) else "different"
    return "one_absent" if a.whose or b.whose else "both_absent"


def _event(a: Frame, b: Frame, story: Story) -> str:
    return _absent_same_different(a.event, b.event)


def _when(a: Frame, b: Frame, story: Story) -> str:
    if a.when and b.when:
        return "same" if a.when & b.when else "different"
    return "one_absent" if a.when or b.when else "both_absent"


def _value(a: Frame, b: Frame, story: Story) -> str:
    x, y = a.claim, b.claim
    xv, yv = magnitude(a), magnitude(b)  # "10 years" is not "10 days"
    if x.type == y.type == "score" and not x.same_value(y):  # "45-1" and "45-7-2": part by part
        apart = sum(abs(p - q) for p, q in zip(x.record, y.record, strict=False))  # the parts both write
        return "near" if apart <= YEARS_APART else "far"
    if xv == yv:
        return "equal_small" if abs(x.value) <= SMALL_VALUE and x.value == int(x.value) else "equal"
    if x.compatible(y):
        return "overlap"
    return "near" if _slip_apart(a, b, xv, yv) else "far"


def _slip_apart(a: Frame, b: Frame, xv: float, yv: float) -> bool:
    """Whether two different values are as far apart as one quantity misreported is: by a ratio for counts and
    amounts ("nearly 235,000" and "nearly 300,000" comments), by a step of their own unit for a calendar or a
    life ("in 1957" and "in 1958", 26 and 27 years old, 8 p.m. and 8:30 p.m.), where a ratio says nothing (any
    two years of one century are within a ratio of 1.5)."""
    if a.family != b.family:
        return False
    if a.family in ("year", "age"):
        return abs(xv - yv) <= YEARS_APART
    if a.family == "time":
        if a.claim.type == b.claim.type == "time":  # hhmm: minutes of the day
            return abs(clock_minutes(xv) - clock_minutes(yv)) <= MINUTES_APART
        return a.claim.type == b.claim.type and abs(xv - yv) <= DAYS_APART
    low, high = sorted((abs(xv), abs(yv)))
    return low > 0 and high / low <= NEAR_RATIO


def shared_context(a: Frame, b: Frame, story: Story) -> float:
    # fsum is correctly rounded: one sum whatever order the set gives (whatever the hash seed)
    return math.fsum(map(story.weight, a.context & b.context))


def _context(a: Frame, b: Frame, story: Story) -> str:
    shared = shared_context(a, b, story)
    return next((name for bound, name in CONTEXT_LEVELS if shared >= bound), "none")


def shared_near(a: Frame, b: Frame, story: Story) -> float:
    return math.fsum(map(story.weight, a.near & b.near))


def _near(a: Frame, b: Frame, story: Story) -> str:
    shared = shared_near(a, b, story)
    return next((name for bound, name in NEAR_LEVELS if shared >= bound), "none")


def _place(a: Frame, b: Frame, story: Story) -> str:
    if a.article != b.article:
        return "reprint" if a.sentence == b.sentence else "other_article"
    return "same_sentence" if a.claim.sentence == b.claim.sentence else "same_article"


@dataclass(frozen=True)
class Comparison:
    """One part of the description compared, with its levels (the first is the strongest agreement)."""

    name: str
    levels: tuple[str, ...]
    level: Callable[[Frame, Frame, Story], str]


COMPARISONS: tuple[Comparison, ...] = (
    Comparison("kind", ("same", "related"), _kind),
    Comparison("what", ("same", "head", "class", "one_absent", "both_absent", "different"), _what),
    Comparison("whose", ("same", "one_absent", "both_absent", "different"), _whose),
    Comparison("event", ("same", "one_absent", "both_absent", "different"), _event),
    Comparison("when", ("same", "one_absent", "both_absent", "different"), _when),
    Comparison("value", ("equal", "equal_small", "overlap", "near", "far"), _value),
    Comparison("context", ("most", "much", "some", "little", "none"), _context),
    Comparison("near", ("much", "some", "little", "none"), _near),
    Comparison("place", ("reprint", "other_article", "same_article", "same_sentence"), _place),
)


_LEVELS = tuple(c.level for c in COMPARISONS)
_LEVELS_BUT_PLACE = _LEVELS[:-1]


def levels(a: Frame, b: Frame, story: Story) -> tuple[str, ...]:
    """The level of every comparison for one pair, in the order of COMPARISONS."""
    return tuple([level(a, b, story) for level in _LEVELS])


def levels_but_place(a: Frame, b: Frame, story: Story) -> tuple[str, ...]:
    """The levels of every comparison but the last, place, which alone reads where the claims stand."""
    return tuple([level(a, b, story) for level in _LEVELS_BUT_PLACE])


def _as_written(form: str, frame: Frame) -> str:
    """A context word as its sentence writes it ("purging" for the form "purg", "bias" for "bia"), in lower case."""
    return _written_forms(frame.claim.sentence.text).get(form, form)


@functools.lru_cache(maxsize=4096)
def _written_forms(sentence: str) -> dict[str, str]:
    """Each word form of a sentence (stem of its singular) to the first word writing it, in lower case; a word is
    its own form too. Read once per sentence: the reasons of a story's groups quote the same sentences often."""
    forms: dict[str, str] = {}
    for word in WORDS.findall(sentence):
        lower = word.lower()
        forms.setdefault(lower, lower)
        forms.setdefault(stem(singularize(lower)), lower)
    return forms


def explain(name: str, level: str, a: Frame, b: Frame, story: Story) -> str:
    """A comparison's level in words an editor reads ("same person: davis"), for the strongest weights; "" where
    it says nothing to a reader (no words shared, weighing only by their absence)."""
    if level in ("one_absent", "both_absent", "different"):
        return ""  # "same person or body: None" would be a weight's reason, not a reader's
    if name == "what":
        if a.claim.type == "date" and level == "same":
            return f"both dates in {a.what.removeprefix('date in ')}"
        if level == "class":
            return f'both count {a.what_class}s: "{a.what or a.head}", "{b.what or b.head}"'
        return f'both count "{a.what or a.head}"' if level == "same" else f'same noun "{a.head}"'
    if name == "whose":
        return f"same person or body: {name_as_written(a.whose, [a.claim.sentence.text]) if a.whose else a.whose}"
    if name == "event":
        return f"same event: {a.event}"
    if name == "when":
        return "same time: " + ", ".join(sorted(a.when & b.when))
    if name == "kind":
        return f"both {a.kind.split('/')[0]}s" if level == "same" else f"a {a.kind} and a {b.kind}"
    if name == "value":
        return "same value" if level.startswith("equal") else "compatible values"
    if name == "context":
        shared = sorted(a.context & b.context, key=lambda w: (-story.weight(w), w))[:4]
        return "shared words: " + ", ".join(_as_written(w, a) for w in shared) if shared else ""
    if name == "near":
        shared = sorted(a.near & b.near, key=lambda w: (-story.weight(w), w))[:3]
        return "beside the number: " + ", ".join(_as_written(w, a) for w in shared) if shared else ""
    if name == "place":
        return "the same sentence in both" if level == "reprint" else "one article"
    return f"{name}: {level}"
