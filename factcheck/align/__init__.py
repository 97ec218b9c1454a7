"""Alignment: which numeric claims of a story state the same quantity.

Three steps, one module each: describe every claim (describe.py: what, whose, which event, when, the words
around it), compare the descriptions of candidate pairs and weigh them with a linkage model fitted on labelled
clusters (comparisons.py, model.py, weights in rules/alignment.toml), and link the pairs into groups
(group.py). Each group says why its claims were judged one quantity, from the comparisons that weighed most.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..extraction.numeric.hedge import VAGUE_SPREAD
from ..models import NumericClaim
from .comparisons import Story
from .describe import Frame, describe, signature_ids
from .group import cluster, scored_pairs, story_of
from .model import LinkModel, Scored

__all__ = ["Group", "LinkModel", "align", "alignable", "describe"]

# Kinds never aligned: an identifier (a phone number, "No. 5") states no quantity.
UNALIGNED = frozenset({"identifier"})


@dataclass(frozen=True)
class Group:
    """Claims judged to state one quantity."""

    subject: str
    type: str
    event: str | None
    claims: tuple[NumericClaim, ...]
    why: str


def alignable(claim: NumericClaim) -> bool:
    """A definite number of a kind that states a quantity (not "several", not an identifier, not the
    article's own date stamp)."""
    if claim.type in UNALIGNED or claim.stamp:
        return False
    if claim.value == 1 and claim.type == "count" and claim.event is None:
        return False  # "one Amazon employee is asking": a lone "one" picks out, it rarely counts
    return not (claim.cmp_low > 0 and claim.cmp_high / claim.cmp_low > VAGUE_SPREAD)


def frames_of(claims: Iterable[NumericClaim]) -> list[Frame]:
    """The frames of a story's alignable claims, in article and text order."""
    return [describe(c) for c in sorted((c for c in claims if alignable(c)), key=lambda c: (c.article_id, c.start))]


def align(claims: Iterable[NumericClaim], model: LinkModel) -> list[Group]:
    """Groups of two or more claims of one story that state one quantity, in a stable order. An article that
    copies another claim for claim (wire copy printed twice, an export that repeats a record) is aligned as its
    original is: its claims join the groups of the claims they copy, and pairs are not compared copy by copy."""
    every = frames_of(claims)
    copies = _copies(every)
    frames = [f for f in every if f.article not in copies]
    if len({f.article for f in frames}) < 2:
        # one article: its only possible finding is two ages of one named person (cannot_link), so only those are
        # aligned; a 20 MB article is not scored pair by pair for nothing
        frames = [f for f in frames if f.family == "age" and f.whose]
    story = story_of(frames)
    groups = groups_of(frames, story, scored_pairs(frames, model, story), model)
    if not copies:
        return groups
    copied: dict[tuple[str, int], list[NumericClaim]] = defaultdict(list)
    for f in every:
        if f.article in copies:
            copied[(copies[f.article], f.claim.start)].append(f.claim)
    grouped = {(c.article_id, c.start) for g in groups for c in g.claims}
    alone = [f for f in every if (f.article, f.claim.start) in copied and (f.article, f.claim.start) not in grouped]
    # a claim in no group still agrees with its copies, as the same sentence in two articles does
    groups += [Group(f.what or f.head or f.claim.type, f.claim.type, f.event, (f.claim,), "the same sentence in both")
               for f in alone]
    return [replace(g, claims=tuple(sorted((*g.claims, *(c for claim in g.claims
                                                        for c in copied.get((claim.article_id, claim.start), ()))),
                                           key=lambda c: (c.article_id, c.start))))
            for g in groups]


def _copies(frames: list[Frame]) -> dict[str, str]:
    """Articles whose claims are another article's, one for one (same places, same descriptions): each copy to
    the first article it copies."""
    claims_of: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for f, signature in zip(frames, signature_ids(frames), strict=True):
        claims_of[f.article].append((f.claim.start, f.claim.end, signature))
    first: dict[tuple, str] = {}
    copies = {}
    for article, described in claims_of.items():  # articles in order: frames_of sorts them
        original = first.setdefault(tuple(described), article)
        if original != article:
            copies[article] = original
    return copies


def groups_of(frames: list[Frame], story: Story, scores: dict[tuple[int, int], Scored],
              model: LinkModel) -> list[Group]:
    """The groups of frames already described and scored (the fit regroups one scoring under many thresholds)."""
    groups: list[Group] = []
    signature = signature_ids(frames)
    said_of: dict[tuple, list[str]] = {}  # the reasons of a pair, by its signatures and levels: asked once
    for members in cluster(frames, scores, model, story):
        group = [frames[i] for i in members]
        # the values of a group that disagrees are no reason to call its claims one quantity ("same value" of two
        # of them would read as if the conflict were agreed)
        agreeing = all(f.claim.same_value(group[0].claim) for f in group)
        but = frozenset() if agreeing else frozenset({"value"})
        reasons: Counter[str] = Counter()
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                pair = scores.get((i, j))
                if pair is not None:
                    key = (signature[i], signature[j], pair.levels, but)
                    if key not in said_of:
                        said_of[key] = model.why(frames[i], frames[j], story, pair, but=but)
                    reasons.update(said_of[key])
        whats = Counter(f.what or f.head for f in group if f.what or f.head)
        events = sorted({f.event for f in group if f.event})
        subject = whats.most_common(1)[0][0] if whats else group[0].claim.type
        said: dict[str, str] = {}  # one reason of each kind ("shared words: ..."), the most frequent
        for reason, _ in sorted(reasons.items(), key=lambda r: (-r[1], r[0])):
            said.setdefault(reason.split(":")[0], reason)
        why = "; ".join(list(said.values())[:4])
        groups.append(Group(subject, group[0].claim.type, events[0] if events else None,
                            tuple(f.claim for f in group), why))
    return groups
