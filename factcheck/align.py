"""Alignment: which numeric claims talk about the same quantity.

Claims are first bucketed by a key (quantity type, canonical subject, unit dimension, background time cue),
so nothing is compared with everything. Inside a bucket, claims are joined when their sentences share enough
context (content words other than the subject itself, rarer words weighing more), strongest links first, under
constraints that mark two different quantities:
- two numbers in one sentence with different values are an enumeration ("12 Somali and 11 Yemeni");
- two values of one noun in one article are two quantities, unless the sentences share much rare context;
- two different events ("killed" and "injured", or an event and none) are two quantities;
- two different owners ("Brand's 15.9 points", "Miller ... 15.5 points"), or days of the week;
- two different proper modifiers ("Somali pirates", "Yemeni pirates") are two quantities.
Each group records why its claims were put together, so that a reader can judge a borderline case.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .extract.numeric import COMPARABLE_TYPES, singularize
from .models import NumericClaim

# How much shared context (summed inverse document frequency of the shared words) joins two claims.
LINK_THRESHOLD = 2.5
# How strongly two claims of one article with different values must be linked to be one quantity: only a
# restatement that shares a great deal of rare context.
SAME_ARTICLE_LINK = 3 * LINK_THRESHOLD
# Claims sharing one word, value or event beyond this many are not paired through it (see _candidates).
MAX_POSTING = 300
# The least weight of a shared word.
IDF_FLOOR = 0.75
# Claims whose interval spans more than this ratio ("a few" = 2 to 5, "several" = 3 to 9) are too vague to align.
MAX_SPREAD = 2.0


@dataclass(frozen=True)
class Group:
    """Claims judged to state one quantity."""

    subject: str
    type: str
    event: str | None
    claims: tuple[NumericClaim, ...]
    why: str


def _key(claim: NumericClaim) -> tuple[str, str, str, str]:
    currency = (claim.unit or "").split("/")[0] if claim.type == "money" else ""
    return claim.type, claim.subject, currency, claim.cue or ""


def _modifier(claim: NumericClaim) -> str | None:
    """A capitalised word inside the counted phrase ("Somali" in "23 Somali pirates"), if any."""
    words = claim.subject_text.split()[:-1]
    proper = [w for w in words if w[:1].isupper()]
    return proper[0].lower() if proper else None


def alignable(claim: NumericClaim) -> bool:
    """Comparable type, a known subject, a definite number (not "several", not a lone "one")."""
    if claim.type not in COMPARABLE_TYPES or not claim.subject:
        return False
    if claim.value == 1 and claim.event is None:
        return False
    if claim.cmp_low > 0 and claim.cmp_high / claim.cmp_low > MAX_SPREAD:
        return False
    return True


def _context(claim: NumericClaim) -> frozenset[str]:
    """The claim's sentence words less its counted noun, which every claim of its bucket shares."""
    head = claim.subject_text.split()[-1:] if claim.subject_text else []
    return claim.context - {singularize(w.lower()) for w in head} - {claim.subject}


def _head(claim: NumericClaim) -> str:
    words = claim.subject_text.lower().split()
    return words[-1] if words else ""


def _cannot_link(a: NumericClaim, b: NumericClaim, score: float) -> bool:
    """Whether two claims of one bucket are evidently two quantities; ``score`` is their own link strength."""
    if a.sentence == b.sentence and a.value != b.value:
        return True  # an enumeration: "12 Somali and 11 Yemeni"
    if a.article_id == b.article_id and a.value != b.value and (score < SAME_ARTICLE_LINK or _head(a) == _head(b)):
        # one article giving two values of one noun is most often counting two things: "a wife and two
        # children" and "a wife and three children" describe two men; only a restatement in other words
        # ("nearly 70 groups", "over 40 organizations") that shares much rare context may be one quantity
        return True
    if a.event != b.event:
        return True  # people killed, injured, or in no event are three quantities
    if a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        return True  # Monday's crowd is not Wednesday's
    if a.owner and b.owner and a.owner != b.owner:
        return True
    ma, mb = _modifier(a), _modifier(b)
    return bool(ma and mb and ma != mb)


def _candidates(claims: list[NumericClaim], contexts: list[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs worth scoring: those that share a context word, a value or an event. A word held by more than
    MAX_POSTING claims of a bucket pairs nothing by itself, so a huge bucket costs no n-squared work."""
    postings: dict[object, list[int]] = defaultdict(list)
    for i, (claim, context) in enumerate(zip(claims, contexts, strict=True)):
        for key in (*context, ("value", claim.value), ("event", claim.event)):
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, holders in postings.items():
        if len(holders) <= MAX_POSTING and key != ("event", None):
            pairs.update((a, b) for n, a in enumerate(holders) for b in holders[n + 1:])
    return sorted(pairs)


def _cluster(claims: list[NumericClaim], idf: dict[str, float]) -> list[tuple[list[NumericClaim], list[str]]]:
    """Join claims by shared context, strongest first, never across a cannot-link pair."""
    contexts = [_context(c) for c in claims]
    links: list[tuple[float, int, int, list[str]]] = []
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidates(claims, contexts):
        shared = contexts[i] & contexts[j]
        score = math.fsum(idf[w] for w in sorted(shared))  # sorted: the same sum whatever the hash seed
        same_event = claims[i].event is not None and claims[i].event == claims[j].event
        if claims[i].value == claims[j].value:
            # the same number about the same noun: likely the same fact, all the more in a reprinted sentence
            score += LINK_THRESHOLD if claims[i].sentence.text == claims[j].sentence.text else LINK_THRESHOLD / 2
        if same_event:
            score += LINK_THRESHOLD / 2
        scores[(i, j)] = score
        if score >= LINK_THRESHOLD:
            top = sorted(shared, key=lambda w: (-idf[w], w))[:4]
            links.append((score, i, j, top))
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    cluster_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    words: dict[int, list[str]] = {i: [] for i in range(len(claims))}
    for _, i, j, top in links:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if any(_cannot_link(claims[x], claims[y], scores.get((min(x, y), max(x, y)), 0.0))
               for x in members[ci] for y in members[cj]):
            continue
        for x in members[cj]:
            cluster_of[x] = ci
        members[ci].extend(members.pop(cj))
        words[ci].extend(w for w in top if w not in words[ci])
        words.pop(cj)
    return [([claims[i] for i in sorted(m)], words[root]) for root, m in sorted(members.items()) if len(m) > 1]


def align(claims: Iterable[NumericClaim]) -> list[Group]:
    """Groups of two or more comparable claims about one quantity, in a stable order."""
    buckets: dict[tuple[str, str, str, str], list[NumericClaim]] = defaultdict(list)
    candidates = [c for c in claims if alignable(c)]
    sentence_words: dict[tuple[str, int], frozenset[str]] = {}
    for claim in candidates:
        buckets[_key(claim)].append(claim)
        if claim.type != "date":  # rarity is measured over the sentences that state quantities
            sentence_words[(claim.article_id, claim.sentence.start)] = claim.context
    df = Counter(w for words in sentence_words.values() for w in words)
    total = max(len(sentence_words), 1)
    # rare words weigh more; a floor keeps a two-article check, where every word is shared, from weighing nothing
    unseen = max(math.log(1 + total), IDF_FLOOR)  # a word in none of those sentences is as rare as can be
    idf: dict[str, float] = defaultdict(lambda: unseen)
    idf.update({w: max(math.log((1 + total) / (1 + n)), IDF_FLOOR) for w, n in df.items()})
    groups: list[Group] = []
    for key, members in sorted(buckets.items()):
        qtype, subject, _, cue = key
        ordered = sorted(members, key=lambda c: (c.article_id, c.start))
        for group_claims, shared in _cluster(ordered, idf):
            events = sorted({c.event for c in group_claims if c.event})
            reasons = [f'same subject "{subject}"']
            if events:
                reasons.append(f'event "{events[0]}"')
            if cue:
                reasons.append(f'same time cue "{cue}"')
            if shared:
                reasons.append("shared context: " + ", ".join(shared[:6]))
            groups.append(Group(subject, qtype, events[0] if events else None,
                                tuple(sorted(group_claims, key=lambda c: (c.article_id, c.start))),
                                "; ".join(reasons)))
    return groups
