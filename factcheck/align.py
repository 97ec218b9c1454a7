"""Alignment: which numeric claims talk about the same quantity.

Claims are bucketed by a key (quantity type, canonical subject, unit dimension, background cue), never by
comparing every claim with every other. Inside a bucket, evidence of a difference splits it:
- two different events ("killed" and "injured" people) are two quantities; a claim with no event joins the
  bucket's only event, and stays apart when there are several;
- contrasting proper modifiers ("Somali pirates" and "Yemeni pirates") are two quantities.
Each group records why its claims were put together, so that a reader can judge a borderline case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .extract.numeric import COMPARABLE_TYPES
from .models import NumericClaim


@dataclass(frozen=True)
class Group:
    """Claims judged to state one quantity."""

    subject: str
    type: str
    event: str | None
    claims: tuple[NumericClaim, ...]
    why: str


def _key(claim: NumericClaim) -> tuple[str, str, str, str]:
    dimension = claim.unit if claim.type == "measure" else ""
    if claim.type == "money":
        dimension = (claim.unit or "").split("/")[0]
    return claim.type, claim.subject, dimension or "", claim.cue or ""


def _modifier(claim: NumericClaim) -> str | None:
    """A capitalised word inside the counted phrase ("Somali" in "23 Somali pirates"), if any."""
    words = claim.subject_text.split()[:-1]
    proper = [w for w in words if w[:1].isupper()]
    return proper[0].lower() if proper else None


def align(claims: Iterable[NumericClaim]) -> list[Group]:
    """Groups of two or more comparable claims about one quantity, in a stable order."""
    buckets: dict[tuple[str, str, str, str], list[NumericClaim]] = defaultdict(list)
    for claim in claims:
        if claim.type in COMPARABLE_TYPES and claim.subject and not (claim.value == 1 and claim.event is None):
            buckets[_key(claim)].append(claim)
    groups: list[Group] = []
    for key, members in sorted(buckets.items()):
        qtype, subject, _, cue = key
        by_event: dict[str | None, list[NumericClaim]] = defaultdict(list)
        for claim in members:
            by_event[claim.event].append(claim)
        events = [e for e in by_event if e is not None]
        if len(events) == 1 and None in by_event:
            by_event[events[0]].extend(by_event.pop(None))
        for event, event_claims in sorted(by_event.items(), key=lambda item: item[0] or ""):
            by_modifier: dict[str | None, list[NumericClaim]] = defaultdict(list)
            for claim in event_claims:
                by_modifier[_modifier(claim)].append(claim)
            modifiers = [m for m in by_modifier if m is not None]
            if len(modifiers) == 1 and None in by_modifier:
                by_modifier[modifiers[0]].extend(by_modifier.pop(None))
            for modifier, group_claims in sorted(by_modifier.items(), key=lambda item: item[0] or ""):
                if len(group_claims) < 2:
                    continue
                reasons = [f'same subject "{subject}"']
                if event:
                    reasons.append(f'same event "{event}"')
                if modifier:
                    reasons.append(f'same modifier "{modifier}"')
                if cue:
                    reasons.append(f'same time cue "{cue}"')
                ordered = tuple(sorted(group_claims, key=lambda c: (c.article_id, c.start)))
                groups.append(Group(subject, qtype, event, ordered, ", ".join(reasons)))
    return groups
