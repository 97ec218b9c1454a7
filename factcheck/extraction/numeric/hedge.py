"""A number's hedge: the words that make it a bound or an approximation, and the numbers joined into one.

"more than 40", "about 3 p.m.", "500 or more", "between 40 and 80", "40-50", "$1.32bn (£1.02bn)": the reading of
a number is widened to the whole expression, and its interval is set from what the words state and from how
round the number is (a reader takes "more than 40" to stop well short of 85; Krifka 2009 on round numbers).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

import regex

from ...models import NumericClaim, Sentence
from ...pattern_store import regex_pattern
from ...patterns import alternation, standard
from ...ruleset import Ruleset
from .kind import COMPARABLE_TYPES
from .reading import FIRST_WORD, LETTERS, NumberReader, Reading
from .words import phrase

_BOUND_JOIN = standard(r"\s*(?:,\s*)?(?:(?:and|but)\s+)?", re.IGNORECASE)
_OR_EQUAL = standard(r"\s*,?\s*or\s+equal(?:\s+to)?(?:\s+(?:it|that|this))?(?![\p{L}])(?!\s*(?:to\s+)?[\d$£€¥])",
                     re.IGNORECASE)
_YEAR = standard(r"(?:1[89]|20)\d\d")  # digits that may be a year


@functools.lru_cache(maxsize=4096)
def granularity(value: float) -> float:
    """How round a number is: the largest power of ten, or five times one, that divides it.

    40 -> 10, 450 -> 50, 100 -> 100, 43 -> 1, 5.9 -> 0.1. Round numbers are read more loosely (Krifka 2009).
    """
    if value == 0:
        return 1.0
    value = abs(value)
    decimals = 0
    while decimals < 6 and abs(value * 10**decimals - round(value * 10**decimals)) > 1e-6:
        decimals += 1
    unit = 10.0**-decimals
    steps = round(value / unit)
    best = unit
    power = unit
    while power * 10 <= value * 10:
        for step in (power, 5 * power):
            if step <= steps * unit and round(value / step) * step == round(value, 6) and abs(
                value / step - round(value / step)
            ) < 1e-9:
                best = max(best, step)
        power *= 10
    return best


# An interval whose high end is more than this many times its low end ("a few" = 2 to 5, "several" = 3 to 9) says
# no figure: alignment leaves it out, and a hedge does not make it one.
VAGUE_SPREAD = 2.0


def hedged_interval(value: float, kind: str | None) -> tuple[float | None, float | None, float, float]:
    """(low, high, cmp_low, cmp_high) for a hedge kind.

    low/high are what the words state (None where open); cmp_low/cmp_high add the pragmatic bound a reader
    infers from the roundness of the number ("more than 40" is not 85).
    """
    size = abs(value)  # "nearly -20 degrees" is as loose as "nearly 20"
    g = granularity(value)
    slack = max(g, size * 0.5)
    floor = 0.0 if value >= 0 else -math.inf  # a count under 10 is not below zero
    if kind == "over":
        return value, None, value + size * 1e-9, value + slack
    if kind == "at_least":
        return value, None, value, value + slack
    if kind == "under":
        return None, value, max(floor, value - slack), value - size * 1e-9
    if kind == "at_most":
        return None, value, max(floor, value - slack), value
    if kind == "nearly":
        return None, value, value - max(min(g, size * 0.1), size * 0.02), value
    if kind == "about":
        tolerance = max(size * 0.05, min(g / 2, size * 0.25))
        return value - tolerance, value + tolerance, value - tolerance, value + tolerance
    # A bare number: exact, but as exact as it is written ("5.6" covers 5.55 to 5.65 only when rounded).
    return value, value, value, value


def hedged_range(low: float, high: float, kind: str | None) -> tuple[float | None, float | None, float, float]:
    """(low, high, cmp_low, cmp_high) of a range with a hedge before it: "about 40-50" widens both ends as
    "about" widens one number; a lower bound ("at least 40-50") holds at the low end, an upper bound ("up to
    40-50", "nearly 40-50") at the high end; without a hedge the range is what it says."""
    if kind == "about":
        return low, high, hedged_interval(low, kind)[2], hedged_interval(high, kind)[3]
    if kind in ("over", "at_least"):
        return hedged_interval(low, kind)
    if kind in ("under", "at_most", "nearly"):
        return hedged_interval(high, kind)
    return low, high, low, high


@dataclass
class Span:
    """A claim being read: where it runs and what it says, before its type and subject are decided."""

    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str | None
    type: str
    hedge: str | None = None  # the hedge's kind: over, about, range ...
    hedge_text: str | None = None  # as written, in lower case
    typed_at: int | None = None  # where the words that tell the type start, when not at the end
    range_hedge: str | None = None  # the kind of a hedge before a range: "about 40-50"

class Hedges:
    """Widens readings to their hedged expressions; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset, reader: NumberReader) -> None:
        self.reader = reader
        self.hedges = ruleset.hedges()
        self.score_before = ruleset.language("scores", "before")
        self.score_after = ruleset.language("scores", "after")
        hedges_behind = alternation((p for (pos, p) in self.hedges if pos == "before"), backward=True)
        after = [p for (pos, p) in self.hedges if pos == "after"]
        self.hedge_before = regex_pattern(rf"(?r)(?<![\p{{L}}])(?P<h>{hedges_behind})\s+$", regex.IGNORECASE)
        # "5000 or more" ends in a hedge, "5000 or more than 4500" does not
        self.hedge_after = standard(rf"\s*,?\s*(?P<h>{alternation(after)})(?![\p{{L}}])(?!\s+than\s+\S)",
                                    re.IGNORECASE)
        self.range_join = standard(r"^\s*(?:[-–—]\s*)?(?:-|–|—|to|or|and|through|thru)\s*", re.IGNORECASE)
        self.range_open = regex_pattern(r"(?r)(?<![\p{L}])(?P<h>between|from|in the range of)\s+$", regex.IGNORECASE)
        self.measure_prefix = regex_pattern(r"(?r)(?:magnitude|richter\s+scale)(?:\s+of)?[\s-]*$", regex.IGNORECASE)

    def join_pair(self, span: Span, readings: list[Reading], i: int, text: str,
                   sentence: Sentence) -> int:
        """The next number joined to this one: a range ("between 40 and 80 percent", "40-50", "24- to 30-foot",
        "40 or 50"; its hedge is then "range"), or a score, record or number sequence written with dashes
        ("31-24", "2018-19", "555-123-4567"). Returns the index of the last reading taken."""
        if i + 1 >= len(readings):
            return i
        first, nxt = readings[i], readings[i + 1]
        gap = text[span.end:nxt.start]
        if gap in ("-", "–") and not self._dashed_range(text, sentence, first, nxt):
            span.typed_at, span.end = span.end, nxt.end
            i += 1
            while i + 1 < len(readings) and text[span.end:readings[i + 1].start] in ("-", "–"):
                span.end = readings[i + 1].end
                i += 1
            return i
        opener = self.range_open.match(text, sentence.start, span.start)
        gap_word = gap.strip().lower().lstrip("-–— ") or gap.strip()[:1]
        if _YEAR.fullmatch(text, first.start, first.end) and nxt.value > 10 * first.value:
            return i  # "rose in 2021 to 5.2 million": a year and the amount of that year
        same_kind = (nxt.type == span.type or "count" in (span.type, nxt.type)) and not (
            span.unit and nxt.unit and span.unit != nxt.unit)  # "₹500 or ₩10,000" are two amounts
        if not (self.range_join.fullmatch(gap) and same_kind
                and self._joins_range(gap_word, opener, first.vague, span.value, nxt.value)):
            return i
        if nxt.value >= 1000 * span.value and span.value < 1000 and nxt.value % 1000 == 0:
            # "between 2 and 3 million": the scale of the second applies to the first
            span.value = span.low = span.value * (nxt.value / self.reader.unscaled(text, nxt))
        span.high = max(nxt.high, nxt.value)
        span.unit = span.unit or nxt.unit
        span.type = nxt.type if span.type == "count" else span.type
        if opener:
            span.hedge_text = opener.group("h").lower()
            span.start = opener.start()
        span.hedge = "range"
        span.end = nxt.end
        return i + 1

    def attach(self, span: Span, text: str, sentence: Sentence) -> None:
        """The hedge words around a number: "more than 40", "at least magnitude-5.9", "500 or more", "less than
        5000 or equal"; before a range without an opener, the hedge of the range ("about 40-50 people")."""
        if span.hedge == "range" and span.hedge_text is not None:
            return  # "between 40 and 80": the opener is the hedge
        hb = self.hedge_before.match(text, max(sentence.start, span.start - 40), span.start)
        if span.hedge == "range":
            if hb:
                span.hedge_text = phrase(hb.group("h"))
                span.range_hedge = self.hedges[("before", span.hedge_text)]
                span.start = hb.start("h")
            return
        prefix = None if hb else self.measure_prefix.match(text, max(sentence.start, span.start - 40), span.start)
        if prefix:  # "at least magnitude-5.9"
            hb = self.hedge_before.match(text, max(sentence.start, prefix.start() - 40), prefix.start())
        if hb:
            span.hedge_text = phrase(hb.group("h"))
            span.hedge = self.hedges[("before", span.hedge_text)]
            span.start = hb.start("h")
            outer = self.hedge_before.match(text, max(sentence.start, span.start - 40), span.start)
            sides = {_SIDE.get(span.hedge),
                     _SIDE.get(self.hedges[("before", phrase(outer.group("h")))]) if outer else None}
            if sides == {"above", "below"}:  # "over nearly $100 billion": bounds both ways, a rough figure
                span.hedge_text = phrase(text[outer.start("h"):hb.end("h")])
                span.hedge = "about"
                span.start = outer.start("h")
        ha = self.hedge_after.match(text, span.end, sentence.end)
        if ha and span.hedge in (None, "about", "exactly"):  # "about 500 or more" is at least 500
            span.hedge_text = phrase(ha.group("h"))
            span.hedge = self.hedges[("after", span.hedge_text)]
            span.end = ha.end()
        or_equal = _OR_EQUAL.match(text, span.end, sentence.end) if span.hedge in ("over", "under") else None
        if or_equal:  # "less than 5000 or equal": the bound is reached
            span.hedge = "at_least" if span.hedge == "over" else "at_most"
            span.hedge_text = f"{span.hedge_text} or equal"
            span.end = or_equal.end()

    @staticmethod
    def _joins_range(gap_word: str, opener: regex.Match[str] | None, vague: bool, value: float,
                     next_value: float) -> bool:
        """Whether two numbers joined by ``gap_word`` make one range: "between 40 and 80", "from 5 to 9",
        "40-50", "40 or 50" (a rising pair; a vague first number such as "several" starts none)."""
        if opener and (gap_word == "and" or opener.group("h").lower() != "between" and gap_word in (
                "to", "-", "–", "—")):
            return True
        return not vague and next_value > value and gap_word in ("-", "–", "—", "to", "or", "through", "thru")

    def _dashed_range(self, text: str, sentence: Sentence, first: Reading, second: Reading) -> bool:
        """Whether two numbers glued by a dash ("40-50") are a range: they rise, they are not a score or record
        by the words around them ("deadlocked at 9-3", "a record of 9-14", "an 18-30 start"), no further dash
        follows ("2-14-2019") and they are not the digits of a phone number ("555-1234")."""
        if second.value <= first.value or text[second.end:second.end + 1] in ("-", "–") or (
                first.end - first.start == 3 and second.end - second.start == 4):
            return False
        if text[first.start - 1:first.start] == "(" and text[second.end:second.end + 1] == ")":
            return False  # a team's record after its name: "the Sixers (9-14)"
        if self.hedge_before.match(text, max(sentence.start, first.start - 40), first.start):
            return True  # "at least 40-50 people": a hedged quantity, whatever "at" says of scores
        before = LETTERS.findall(text[max(sentence.start, first.start - 30):first.start].lower())[-2:]
        after = FIRST_WORD.match(text, second.end, sentence.end)
        return not any(w in self.score_before for w in before) and not (
            after and after.group(1).lower() in self.score_after)


# Which side of the number a hedge puts the quantity on; two hedges of opposite sides stacked ("over nearly",
# "more than almost") leave only a rough figure.
_SIDE = {"over": "above", "at_least": "above", "under": "below", "at_most": "below", "nearly": "below"}


def join_bounds(claims: list[NumericClaim], text: str) -> list[NumericClaim]:
    """A lower and an upper bound said of one quantity, side by side, are one interval: "more than 100 and
    fewer than 200 people", "at most 100 and at least 20". The bounds must leave room between them ("more than
    40 and less than 10" is two claims); the claim that names the subject gives the rest."""
    out: list[NumericClaim] = []
    for claim in claims:
        previous = out[-1] if out else None
        if previous and previous.hedge and claim.hedge and _BOUND_JOIN.fullmatch(text, previous.end, claim.start) \
                and (previous.type == claim.type or "count" in (previous.type, claim.type)) \
                and {previous.type, claim.type} <= COMPARABLE_TYPES:
            lower, upper = (previous, claim) if previous.high is None else (claim, previous)
            if lower.high is None and lower.low is not None and upper.low is None and upper.high is not None \
                    and lower.low < upper.high:
                base = claim if claim.subject or not previous.subject else previous
                out[-1] = replace(base, start=previous.start, end=claim.end, text=text[previous.start:claim.end],
                                  value=lower.low, low=lower.low, high=upper.high, cmp_low=lower.cmp_low,
                                  cmp_high=upper.cmp_high, hedge=f"{previous.hedge} and {claim.hedge}",
                                  type=claim.type if previous.type == "count" else previous.type)
                continue
        out.append(claim)
    return out

