"""Grouping: claims linked into groups that each state one quantity.

Blocking first, so nothing is compared with everything: two claims are scored only when their kinds may state
one quantity and they share something (the value, the measured noun, the owner, the event or a context word
held by few claims). Scored pairs are linked strongest first; two groups merge only when the pairs between them
weigh, on average, at least the model's threshold, and never across a pair that is evidently two quantities
(cannot_link): two values in one article or of two owners, two named events, two background times (of these,
two owners and, when groups of different values merge, one article's two values are tolerated in a small share).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from .comparisons import COMPARISONS, Story, shared_context, shared_near
from .describe import Frame, magnitude, related, same_owner, signature_ids
from .model import LinkModel, Scored

# A key (a context word, a value ...) held by more claims than this pairs nothing by itself.
MAX_POSTING = 300
WHAT = [c.name for c in COMPARISONS].index("what")
EVENT = [c.name for c in COMPARISONS].index("event")
WHEN = [c.name for c in COMPARISONS].index("when")
VALUE = [c.name for c in COMPARISONS].index("value")
# Sentences of background, without the word, that every story is taken to have besides its own: a word two
# sentences of a two-article check share is rare evidence too, not only a word rare in a large story.
BACKGROUND = 20
# The share of pairs between two groups whose owners differ that a merge tolerates: an owner is read from the
# words beside a number and is misread often enough ("The Diamond Bar resident was married two weeks ago") that
# one misreading must not split claims that agree otherwise; two groups of two owners stay apart.
OWNER_SLIPS = 0.25
# Families whose `what` is the measured noun (of an age it is the person's noun, "man"; of a year, the kind)
COUNTED = frozenset({"count", "amount"})
# Families whose values merge in the second stage only when both name one event: a year dates an event, and two
# years of a biography's unnamed events ("in 1957", "in 1958") are two dates far more often than one misreported.
DATES_AN_EVENT = frozenset({"year"})
# Two values this many times apart are never one figure, in either stage (a toll of 10 revised to 3 may be).
ORDER = 10.0
# The least weight of a shared word; a two-article check, where every word is shared, still weighs something.
IDF_FLOOR = 0.75


def story_of(frames: Sequence[Frame]) -> Story:
    """Word rarity over the story's sentences that state quantities (and BACKGROUND sentences)."""
    sentences = {(f.article, f.claim.sentence.start): f.claim.context for f in frames}
    df = Counter(w for words in sentences.values() for w in words)
    total = len(sentences) + BACKGROUND
    idf = {w: max(math.log((1 + total) / (1 + n)), IDF_FLOOR) for w, n in df.items()}
    return Story(idf, max(math.log(1 + total), IDF_FLOOR))


def candidates(frames: Sequence[Frame]) -> list[tuple[int, int]]:
    """Pairs worth scoring (the blocking rules), i < j."""
    postings: dict[object, list[int]] = defaultdict(list)
    for i, f in enumerate(frames):
        keys: list[object] = [("value", f.claim.value), *f.context]
        keys += [(name, x) for name, x in (("what", f.what), ("head", f.head), ("event", f.event)) if x]
        keys += [("whose", x) for x in (f.whose or "").split()]
        for key in keys:
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for holders in postings.values():
        if 1 < len(holders) <= MAX_POSTING:
            # related reads only kinds and families: frames of one (kind, family) always relate, and two such
            # parts of a posting relate whole or not at all
            parts: dict[tuple[str, str], list[int]] = defaultdict(list)
            for i in holders:
                parts[(frames[i].kind, frames[i].family)].append(i)
            kinds = list(parts.values())
            for n, part in enumerate(kinds):
                pairs.update(itertools.combinations(part, 2))
                for other in kinds[n + 1:]:
                    if related(frames[part[0]], frames[other[0]]):
                        pairs.update((min(a, b), max(a, b)) for a in part for b in other)
    return sorted(pairs)


def value_ratio(a: Frame, b: Frame) -> float:
    """How many times the larger value is the smaller (in seconds for spans of time), each value read as its
    hedge reads it: "more than 85" and "roughly 40" are 85 and 45 apart, not 85 and 40."""
    if a.family == "span" or min(a.claim.cmp_low, b.claim.cmp_low) <= 0:
        low, high = sorted((abs(magnitude(a)), abs(magnitude(b))))
    else:
        lower, upper = sorted((a.claim, b.claim), key=lambda c: (c.cmp_low, c.cmp_high))  # as compared: in metres ...
        low, high = min(lower.cmp_high, upper.cmp_low), upper.cmp_low
    return high / low if low else (1.0 if high == low else math.inf)


def close(a: Frame, b: Frame, model: LinkModel) -> bool:
    """Whether two values are near enough for groups that share words to merge: two years or two days of a month
    by their difference, two clock times by their minutes apart, any other values by their ratio."""
    if _by_ratio(a, b):
        return value_ratio(a, b) <= model.ratio
    if a.claim.type == b.claim.type == "time":  # compared in minutes since midnight
        return abs(a.claim.cmp_low + a.claim.cmp_high - b.claim.cmp_low - b.claim.cmp_high) / 2 <= model.minutes
    return abs(a.claim.value - b.claim.value) <= model.gap


def _by_ratio(a: Frame, b: Frame) -> bool:
    """Whether two values are compared by their ratio: all but two years, two days of a month and two clock
    times, which are compared by their difference (any two years of one century are within a ratio of 1.1)."""
    return not (a.family == b.family == "year" or a.claim.type == b.claim.type in ("date", "time"))


def cannot_link(a: Frame, b: Frame) -> bool | str:
    """Evidently two quantities, whatever else they share: two values in one article ("a wife and two
    children", "three children"), an increment and a total ("three more suspects", "one suspect"), a whole and a
    count of an event ("two of the three victims died", "one victim died"), of two named owners ("Miller is
    averaging 15.5", "Iguodala ... 14.9") or of two times (a background cue, "in September", and the story's
    Sunday); two values of two named events (one value beside two event words is weighed, not forbidden:
    "captured three boats", "three boats, seized ..." are one count, the event words of a sentence being many).
    Two values of one article return "article": a merge of different values tolerates a fitted share of them
    (LinkModel.slips). Two owners return "owners": a merge tolerates a few (OWNER_SLIPS). Two ages of one named
    person may differ within one article and whatever year their sentences name; ages of two named people are two
    quantities even when equal."""
    ages = "age" in (a.family, b.family)
    if ages and _full_name(a.whose) and _full_name(b.whose) and not same_owner(a.whose, b.whose):
        return True  # "Paul Kendall, 24" and "Diallo Davis, 24" are two men's ages, whatever their values
    if a.claim.same_value(b.claim):
        return False
    if _apart(a, b):
        return True  # "28 of his 68 punches" and "178 of 369 punches", whether scored as a pair or not
    if a.increment != b.increment:
        return True  # "three more suspects" arrested is not the "one suspect" arrested before
    if a.claim.whole != b.claim.whole:
        return True  # "two of the three victims died": the three are not the count of the dead
    if a.event and b.event and a.event != b.event:
        return True
    if a.article == b.article:  # unless ages of one named person: "Lenore Matusiewicz, 68" and "..., 67"
        return False if ages and same_owner(a.whose, b.whose) else "article"  # soft when merging (slips)
    if a.whose and b.whose and not same_owner(a.whose, b.whose):
        return "owners"  # across articles an owner may be misread: soft (OWNER_SLIPS)
    return a.claim.cue != b.claim.cue and not ages  # "in 1967" dates the killings, not the killer's age


def _full_name(owner: str | None) -> bool:
    """Whether an owner is a first and last name: one word may be a demonym or a place as well as a surname."""
    return bool(owner) and " " in owner


def _cannot_link_of(frames: Sequence[Frame]) -> Callable[[int, int], bool | str]:
    """cannot_link of two frames by index, asked once per pair of signatures (and whether the two share an
    article, all else it reads being in the signature): average linkage asks it of every member pair."""
    signature = signature_ids(frames)
    known: dict[tuple[int, int, bool], bool | str] = {}

    def forbidden(x: int, y: int) -> bool | str:
        a, b = frames[x], frames[y]
        key = (signature[x], signature[y], a.article == b.article)
        answer = known.get(key)
        if answer is None:
            answer = known[key] = cannot_link(a, b)
        return answer

    return forbidden


def scored_pairs(frames: Sequence[Frame], model: LinkModel, story: Story) -> dict[tuple[int, int], Scored]:
    return model.score_all(frames, candidates(frames), story)


def link(frames: Sequence[Frame], weights: dict[tuple[int, int], float], threshold: float, unscored: float | None,
         groups: list[list[int]] | None = None, starts: set[tuple[int, int]] | None = None,
         slips: float | None = None) -> list[list[int]]:
    """Groups (indices, singletons included) merged strongest pair first under average linkage: two groups
    merge when the pairs between them weigh ``threshold`` on average, a pair without a weight counting as
    ``unscored`` (or not at all when None), and none of them is a cannot-link. ``groups``: where to start
    (singletons by default); ``starts``: the pairs that may start a merge (all by default), the others only
    weighing in the average; ``slips``: the share of pairs of one article with two values a merge tolerates
    (none when None): one misread claim must not keep "two boats" in thirteen articles from the "three boats"
    of two others because one of the thirteen also says three."""
    forbidden = _cannot_link_of(frames)
    group_of = list(range(len(frames)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(frames))}
    for group in groups or []:
        root = group[0]
        for x in group[1:]:
            group_of[x] = root
            members.pop(x)
        members[root] = list(group)
    links = sorted(((w, i, j) for (i, j), w in weights.items() if w >= threshold and group_of[i] != group_of[j]
                    and (starts is None or (i, j) in starts)),
                   key=lambda x: (-x[0], x[1], x[2]))
    for _, i, j in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        total, counted, hard, owners, in_article = 0.0, 0, False, 0, 0
        for x in members[gi]:
            for y in members[gj]:
                why = forbidden(x, y)
                if why == "owners":
                    owners += 1
                    continue
                if why == "article" and slips is not None:
                    in_article += 1
                    continue
                if why:
                    hard = True
                    break
                weight = weights.get((x, y) if x < y else (y, x), unscored)
                if weight is not None:
                    total += weight
                    counted += 1
            if hard:
                break
        pairs = len(members[gi]) * len(members[gj])
        if (hard or owners > OWNER_SLIPS * pairs or in_article > (slips or 0.0) * pairs
                or total / max(counted, 1) < threshold):
            continue
        for x in members[gj]:
            group_of[x] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(m) for _, m in sorted(members.items())]


def cluster(frames: Sequence[Frame], scores: dict[tuple[int, int], Scored], model: LinkModel,
            story: Story) -> list[list[int]]:
    """Groups of two or more frames (indices). Values an order of magnitude apart (_apart) are never in one group.
    First the claims that agree in value and description are linked
    (the full match weight), a link starting only between ages no more than YEARS_APART apart (a 20-year-old man
    and a 23-year-old man are two men more often than one man's age misreported; a toll of three and one of ten
    may well be one toll reported twice) and between claims whose measured nouns (COUNTED) do not differ:
    an equal value alone must not pull a claim that counts something else into a group ("more than 40 ... racial
    justice organizations" read as counting "racial"), where it would keep the group from the conflict it belongs
    to; then groups that count the same noun (of one value or of two), may be of one event (_one_event) and name
    no two different days or times ("on Monday night", "on Tuesday night": two crowds) are merged when they share
    rare words (the words beside the number counting twice) weighing the model's ``merge`` threshold of their family
    on average (two values that agree: at most the model's ``agree`` threshold, fitted for grouping: such a merge
    shows no conflict), and no pair
    between them holds values too far apart (``close``); ages of one named person (_one_person) merge on the name
    alone. That is where conflicts come from, and a model leaning on equal values alone would never see one."""
    full = {pair: -math.inf if _apart(frames[pair[0]], frames[pair[1]]) else s.weight for pair, s in scores.items()}
    groups = link(frames, full, model.threshold, model.prior,
                  starts={pair for pair, s in scores.items()
                          if (s.levels[WHAT] != "different" or frames[pair[0]].family not in COUNTED)
                          and not (s.levels[VALUE] == "far" and frames[pair[0]].family == "age")})
    shared: dict[tuple[int, int], float] = {}
    for (i, j), s in scores.items():
        a, b = frames[i], frames[j]
        if not close(a, b, model):
            if not a.claim.same_value(b.claim):
                shared[(i, j)] = -math.inf  # too far apart for one figure: their groups stay apart, whatever else
        elif _one_person(a, b) and s.levels[WHAT] != "different":
            shared[(i, j)] = max(shared_context(a, b, story) + shared_near(a, b, story) - model.merge_at("age"), 0.0)
        elif s.levels[WHAT] == "same" and s.levels[WHEN] != "different" and _one_event(s.levels[EVENT], a, b):
            bar = model.merge_at(min(a.family, b.family))
            if a.claim.same_value(b.claim):
                bar = min(bar, model.agree)  # two groups that agree join on their own bar (fitted for grouping)
            shared[(i, j)] = shared_context(a, b, story) + shared_near(a, b, story) - bar
    return [g for g in link(frames, shared, 0.0, None, groups, slips=model.slips) if len(g) > 1]


def _apart(a: Frame, b: Frame) -> bool:
    """Whether two values are an order of magnitude apart (ORDER), which no figure misreported or revised is ("28 of
    his 68 punches" in a round, "178 of 369 punches" in the fight), however much their sentences share; years,
    dates and clock times (not compared by ratio) are bounded by the model's merge bounds only."""
    return _by_ratio(a, b) and not a.claim.same_value(b.claim) and value_ratio(a, b) > ORDER


def _one_person(a: Frame, b: Frame) -> bool:
    """Whether two claims are ages of one person named in full by at least one of them ("Jacquay Howard, 21" and
    "Howard, 31"): a story gives a person one age, so their names are all the description two ages need to be
    compared, however little else their sentences share."""
    return (a.family == b.family == "age" and (_full_name(a.whose) or _full_name(b.whose))
            and same_owner(a.whose, b.whose))


def _one_event(level: str, a: Frame, b: Frame) -> bool:
    """Whether two claims that count one noun may be of one event, for the merge stage: both name it, or neither
    does (but two years: DATES_AN_EVENT), or, of counted things that are not people, one does ("seven counts of
    assault" and "charged with eight counts of assault"): such a noun says what was counted, where "three victims"
    and "eight people" need their events to be one count."""
    if level == "same":
        return True
    if level == "both_absent":
        return not {a.family, b.family} & DATES_AN_EVENT
    return (level == "one_absent" and a.family in COUNTED and b.family in COUNTED
            and "person" not in (a.what_class, b.what_class))
