"""Numeric comparison: do the hedged intervals of one aligned group have a point in common?

Each claim carries a comparison interval (its stated bounds plus the pragmatic bound a reader infers from the
roundness of the number). A group whose intervals share a point agrees; one where two claims from different
sentences cannot both hold is a numeric-conflict. Claims inside one sentence are never played against each
other: "12 Somali and 11 Yemeni" is an enumeration, not a contradiction.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Collection

from ..align import Group
from ..extraction.numeric import granularity
from ..models import Finding, NumericClaim, Severity
from ..wording import compared_as, counted, name_as_written
from .fingerprint import fingerprint

# Two readings closer than this (relative) are the same number written with other rounding.
ROUNDING = 0.005
# A plain number this round (granularity) is a rounded figure, off by up to ROUNDED_BY of itself ("600" for 612).
ROUND_FIGURE = 100
ROUNDED_BY = 0.05
# Kinds whose plain numbers are exact however round they look (a record, "52-3", too).
UNROUNDED = frozenset({"age", "year", "date", "time", "score", "address"})
# A measurement in another unit was rounded in that unit ("1,150 kilometers" and "700 miles").
CONVERSION_ROUNDING = 0.05


# A group's subject where no noun was counted is the kind of its numbers; these kinds in a reader's words.
KIND_WORDS = {"relative": "time before or after", "ordinal": "order", "score": "record or score"}


def describe(claim: NumericClaim) -> str:
    """The hedged value as a reader would say it: "over 40", "between 40 and 80", "$1.32bn"; a span of time with
    the unit the sentence writes after it ("nine days" of "nine days earlier", beside "a week")."""
    said = " ".join(claim.text.split())
    if claim.type in ("duration", "relative") and claim.unit and claim.unit.lower() not in said.lower():
        said += f" {claim.unit}"
    return said


def _as_compared(claim: NumericClaim) -> str:
    """A claim as written, with the interval it was compared as when a hedge widened it: '"over 100" (101 to
    about 200)'."""
    interval = compared_as(claim)
    return f'"{describe(claim)}"' + (f" ({interval})" if interval else "")


def _interval(claim: NumericClaim) -> tuple[float, float]:
    """The interval a claim is compared by. A plain number round to the hundreds or more is a rounded figure
    ("600" for 612); ages, years, dates and times are never rounded."""
    low, high = claim.cmp_low, claim.cmp_high
    if claim.hedge is None and low == high and claim.type not in UNROUNDED:
        slack = ROUNDED_BY * abs(claim.value) if granularity(claim.value) >= ROUND_FIGURE else 0.0
        return low - slack, high + slack
    return low, high


def _disjoint(a: NumericClaim, b: NumericClaim) -> bool:
    """Whether two claims cannot both hold. Plain numbers get a hair of rounding ("5.63" and "5.6"), unless of
    a kind that is never rounded; hedged ones already carry their slack."""
    if a.type == b.type == "score":
        return not a.same_value(b)  # "45-1" and "45-7-2": a record is exact in every part
    rounding = CONVERSION_ROUNDING if a.type == "measure" and a.unit != b.unit else ROUNDING
    if a.type in UNROUNDED or b.type in UNROUNDED:
        rounding = 0.0  # a relative hair of 2005 is ten years; a year, a date, an age or a clock time is exact
    if a.hedge or b.hedge:
        rounding = CONVERSION_ROUNDING if rounding == CONVERSION_ROUNDING else 0.0
    if (a.hedge is None) != (b.hedge is None) and a.value == b.value:
        return False  # "more than 1,300" restates "1,300" rather than denying it
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    tolerance = rounding * max(abs(a_low), abs(b_low), 1e-9)
    return a_high + tolerance < b_low or b_high + tolerance < a_low or not tolerance and a.touches(b)


def _conflicting_pairs(claims: tuple[NumericClaim, ...]) -> list[tuple[NumericClaim, NumericClaim]]:
    pairs = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.sentence != b.sentence and _disjoint(a, b):
                pairs.append((a, b))
    return pairs


def _severity(pairs: list[tuple[NumericClaim, NumericClaim]]) -> tuple[Severity, str]:
    """Error when plain, unhedged numbers from different articles differ; warning otherwise."""
    cross = [(a, b) for a, b in pairs if a.article_id != b.article_id]
    if not cross:
        return Severity.WARNING, "one article states two values"
    if any(a.hedge is None and b.hedge is None for a, b in cross):
        return Severity.ERROR, "sources state different exact values"
    return Severity.WARNING, "the hedged ranges do not overlap"


def _label(group: Group) -> str:
    """The subject as the articles write it ("groups / organizations"), with its event ("people (killed)"); of
    ages, whose ("age of Jeremy Lewis", "age of the man (killed)": the event only says which man, and would read
    as what a named person did: "age of Makanzee Oldham (arrested)")."""
    if all(claim.type == "age" for claim in group.claims):
        label = _age_label(group.claims)
        unit = group.claims[0].unit  # an age in months ("a 6-month-old"): alignment keeps one unit per group
        label += f" in {unit}s" if unit else ""
        named = any(claim.owner for claim in group.claims)  # the name says whose it is; one sentence's event would not
        return label + (f" ({group.event})" if group.event and not named else "")
    heads: dict[str, int] = {}
    for claim in group.claims:
        words = claim.subject_text.split()
        if words and claim.type in ("count", "fraction"):
            head = words[-1].lower()
            heads[head] = heads.get(head, 0) + 1
    label = " / ".join(sorted(heads, key=lambda h: (-heads[h], h))[:3]) or KIND_WORDS.get(group.subject, group.subject)
    if group.subject.startswith("other "):
        label = f"other {label}"
    return label + (f" ({group.event})" if group.event and group.event not in label else "")


def _age_label(claims: tuple[NumericClaim, ...]) -> str:
    """Whose ages a group holds: the person's name as an article writes it, the fullest of those most named
    ("Jeremy Lewis" over "Lewis"), else the person's noun ("the man"), else just "age"."""
    owners = Counter(claim.owner for claim in claims if claim.owner)
    if owners:
        owner = max(owners, key=lambda o: (len(o.split()), owners[o], o))
        return f"age of {name_as_written(owner, (claim.sentence.text for claim in claims))}"
    nouns = Counter(claim.subject for claim in claims if claim.subject)
    return f"age of the {max(nouns, key=lambda n: (nouns[n], n))}" if nouns else "age"


def _rising(pairs: list[tuple[NumericClaim, NumericClaim]], published: dict[str, datetime.date | None]
            ) -> tuple[NumericClaim, NumericClaim] | None:
    """(earlier, later) when every disagreement is a later report giving more than an earlier one."""
    ordered = []
    for a, b in pairs:
        da, db = published.get(a.article_id), published.get(b.article_id)
        if da is None or db is None or da == db:
            return None
        earlier, later = (a, b) if da < db else (b, a)
        if later.cmp_low < earlier.cmp_high:
            return None
        ordered.append((earlier, later))
    return ordered[0] if ordered else None


def compare_groups(groups: list[Group], published: dict[str, datetime.date | None] | None = None,
                   rising_events: frozenset[str] = frozenset()) -> tuple[list[Finding], list[Finding]]:
    """(conflicts, agreements) over aligned groups. ``published`` dates articles; for the ``rising_events``
    (the tolls of an event) a later report giving more than an earlier one is a likely update."""
    published = published or {}
    conflicts: list[Finding] = []
    agreements: list[Finding] = []
    for group in groups:
        articles = {c.article_id for c in group.claims}
        said: dict[tuple, str] = {}  # one written form of each value as compared: "2, 3", not "2, two, 3"
        for c in group.claims:
            said.setdefault((c.cmp_low, c.cmp_high, c.unit, c.record), describe(c))
        values = ", ".join(dict.fromkeys(said.values()))
        subject = _label(group)
        parts = [f"{c.article_id}={c.value}:{c.hedge or ''}" for c in group.claims]
        pairs = _conflicting_pairs(group.claims)
        updates = [c for c in group.claims if c.updated]
        rising = _rising(pairs, published) if pairs and group.event in rising_events else None
        if pairs and rising and not updates:
            earlier, later = rising
            message = (f"{_sources(articles, 'differ')} on {subject}: {values}. Likely an update, not a "
                       f'contradiction: the later report ({published[later.article_id]}) gives "{describe(later)}" '
                       f'where the earlier ({published[earlier.article_id]}) gave "{describe(earlier)}".')
            conflicts.append(Finding("numeric-update", "numeric", Severity.INFO, subject, message, group.claims,
                                     fingerprint("numeric-update", group.subject, parts), group.why))
        elif pairs and updates:
            said = " ".join(updates[0].sentence.text.split())
            message = (f"{_sources(articles, 'differ')} on {subject}: {values}. Likely an update, not a "
                       f'contradiction: one report gives it as a figure that changes ("{said[:120]}").')
            conflicts.append(Finding("numeric-update", "numeric", Severity.INFO, subject, message, group.claims,
                                     fingerprint("numeric-update", group.subject, parts), group.why))
        elif pairs:
            severity, reason = _severity(pairs)
            a, b = pairs[0]
            message = (f"{_sources(articles, 'disagree')} on {subject}: {values}. "
                       f"{_as_compared(a)} and {_as_compared(b)} cannot both hold; {reason}.")
            conflicts.append(Finding("numeric-conflict", "numeric", severity, subject, message, group.claims,
                                     fingerprint("numeric-conflict", group.subject, parts), group.why))
        elif len(articles) >= 2:
            message = f"{len(articles)} sources agree on {subject}: {values}."
            agreements.append(Finding("numeric-agreement", "numeric", Severity.INFO, subject, message,
                                      group.claims, fingerprint("numeric-agreement", group.subject, parts), group.why))
    return conflicts, agreements


def _sources(articles: Collection[str], verb: str) -> str:
    """ "3 sources disagree"; of one article that states two values, "1 source disagrees with itself"."""
    if len(articles) == 1:
        return f"1 source {verb}s {'from' if verb == 'differ' else 'with'} itself"
    return f"{counted(len(articles), 'source')} {verb}"
