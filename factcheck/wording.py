"""Numbers, counts and names as a reader writes them, for every report: "1 finding", "2 sources", "≥ 100", "101 to
about 200", "Cleveland Smelley"."""

from __future__ import annotations

import math
from collections.abc import Iterable

import regex

from .models import NumericClaim, clock_minutes

# Nouns whose plural is not the noun and an "s".
_PLURALS = {"story": "stories", "entry": "entries"}
# Kinds counted in whole units: an exclusive bound ("more than 85") is the next whole number.
_WHOLE = frozenset({"count", "age", "year", "ordinal"})


def name_as_written(name: str, sentences: Iterable[str]) -> str:
    """A name compared in lower case ("cleveland smelley") as the first of the sentences to write it does
    ("Cleveland Smelley"), else in title case."""
    pattern = r"(?<![\p{L}])" + r"\s+".join(map(regex.escape, name.split())) + r"(?![\p{L}])"
    for sentence in sentences:
        written = regex.search(pattern, sentence, regex.IGNORECASE)
        if written:
            return written.group()
    return name.title()


def counted(number: int, noun: str) -> str:
    """"1 finding", "2 findings", "0 stories": the noun agrees with the number."""
    return f"{number} {noun if number == 1 else _PLURALS.get(noun, noun + 's')}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


def _clock(minutes: float) -> str:
    """Minutes since midnight as a clock time: 885 -> "2:45 p.m."."""
    hours, minute = divmod(int(round(minutes)) % (24 * 60), 60)
    suffix = "a.m." if hours < 12 else "p.m."
    return f"{(hours - 1) % 12 + 1}:{minute:02d} {suffix}"


def stated_interval(claim: NumericClaim) -> str:
    """The bounds the words state, as a reader writes them: "40", "≥ 100", "> 85", "≤ 70", "35–45"."""
    low, high = claim.low, claim.high
    if claim.type == "time":  # stated as HHMM on a 24-hour clock
        return " to ".join(dict.fromkeys(_clock(clock_minutes(v)) for v in (low, high) if v is not None))
    if low is not None and high is not None:
        return _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    if low is not None:
        return f"{'>' if claim.cmp_low / claim.scale > low else '≥'} {_number(low)}"
    if high is not None:
        return f"{'<' if claim.cmp_high / claim.scale < high else '≤'} {_number(high)}"
    return ""


def compared_as(claim: NumericClaim) -> str:
    """The interval a hedged claim was compared as, its bounds a reader infers marked "about" ("over 100" ->
    "101 to about 200"; "nearly 70" -> "about 63 to 70"), in the unit stated ("almost three weeks" -> "about 2.7 to
    3 weeks", where it was compared in seconds); "" for a plain value, compared as itself."""
    low, high = claim.cmp_low / claim.scale, claim.cmp_high / claim.scale  # in the unit stated, not in seconds
    if low == high:
        return ""
    if claim.type == "time":  # compared in minutes since midnight
        return f"{_clock(low)} to {_clock(high)}"
    whole = claim.type in _WHOLE
    if whole and claim.low is not None and low > claim.low:
        low = math.floor(claim.low) + 1  # "more than 85" people: 86 or more
    if whole and claim.high is not None and high < claim.high:
        high = math.ceil(claim.high) - 1
    low_text = _number(round(low) if whole else low)
    high_text = _number(round(high) if whole else high)
    low_text = low_text if claim.low is not None else f"about {low_text}"
    high_text = high_text if claim.high is not None else f"about {high_text}"
    unit = f" {claim.unit}" if claim.unit and claim.scale != 1.0 else ""  # "about 2.7 to 3 weeks"
    return f"{low_text} to {high_text}{unit}"
