"""The linkage model: partial match weights per comparison level, summed into one match weight per pair.

The weights live in rules/alignment.toml and are written by ``python -m factcheck.align.fit`` from labelled
clusters: for each level, m = how often two mentions of one quantity fall in it, u = how often two claims of
different quantities do, and its weight is log2(m/u) (Fellegi and Sunter 1969). ``prior`` is log2 of the odds
that two candidate claims state one quantity; ``threshold`` is the match weight from which two claims are linked,
chosen by the fit for the best pairwise grouping on the labelled clusters; ``merge``, per family of kinds, the
shared rare words from which two groups of different values merge, and ``ratio`` the largest ratio of their values
(a source that says 7 and one that says 43 rarely count one thing), ``gap`` the largest difference of two years
merged so (1957 and 1958 are one date misremembered, 1950 and 1957 a career's start and end), and of two days of a
month, ``minutes`` the largest difference of two clock times, ``slips`` the share of pairs between the groups
that one article states with two values (an article that says "two boats" and, once, "three boats"), all chosen
for the best conflict findings (clock times of a story differ far more often than its counts do, and need more in
common to be called one), slips for the best grouping; ``agree`` the shared rare words from which two groups of
one value merge (no conflict comes of it), for the best grouping too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import RuleError
from ..ruleset import Ruleset
from .comparisons import COMPARISONS, Story, explain, levels, levels_but_place
from .describe import FAMILIES, Frame, signature_ids

FAMILY_NAMES = tuple(sorted({*FAMILIES.values(), "amount"}))


@dataclass(frozen=True)
class Scored:
    """One pair's match weight and the level of each comparison."""

    weight: float
    levels: tuple[str, ...]


@dataclass(frozen=True)
class LinkModel:
    """Weights of every (comparison, level), the prior and the link threshold."""

    weights: Mapping[tuple[str, str, str], float]  # (family, comparison, level) -> weight
    prior: float
    threshold: float
    merge: Mapping[str, float] = field(default_factory=dict)  # family -> least shared words to merge two values
    ratio: float = math.inf  # the largest ratio of two values that groups merged by shared words may hold
    gap: float = math.inf  # the same for two years, as their difference: 1957 and 1958 are a slip, 1950 and 1957 two
    minutes: float = math.inf  # the same for two clock times: 7 a.m. and 7:10 a.m. may be one call, 9 a.m. and 9 p.m. not
    slips: float = 0.0  # the share of pairs of one article with two values that such a merge tolerates
    agree: float = math.inf  # the least shared-word weight from which two groups of one value merge

    @classmethod
    def from_rules(cls, ruleset: Ruleset) -> LinkModel:
        data = ruleset.data["alignment.toml"]
        file = ruleset.files["alignment.toml"]
        weights: dict[tuple[str, str, str], float] = {}
        for family in FAMILY_NAMES:
            table = data.get("weights", {}).get(family)
            if table is None:
                raise RuleError(file, f"[weights.{family}] is missing (refit: python -m factcheck.align.fit)")
            for comparison in COMPARISONS:
                given = table.get(comparison.name, {})
                for level in comparison.levels:
                    if level not in given:
                        raise RuleError(file, f'[weights.{family}.{comparison.name}] lacks the level "{level}"')
                    weights[(family, comparison.name, level)] = float(given[level])
        model = data.get("model", {})
        merge = {family: float(data.get("merge", {}).get(family, math.inf)) for family in FAMILY_NAMES}
        return cls(weights, float(model.get("prior", 0.0)), float(model.get("threshold", 0.0)), merge,
                   float(model.get("ratio", math.inf)), float(model.get("gap", math.inf)),
                   float(model.get("minutes", math.inf)), float(model.get("slips", 0.0)),
                   float(model.get("agree", math.inf)))

    def merge_at(self, family: str) -> float:
        """The least shared-word weight from which two groups of a family with different values merge."""
        return self.merge.get(family, math.inf)

    def score(self, a: Frame, b: Frame, story: Story) -> Scored:
        found = levels(a, b, story)
        weights = self.weights
        total = self.prior
        family = min(a.family, b.family)
        for comparison, level in zip(COMPARISONS, found, strict=True):
            total += weights[(family, comparison.name, level)]
        return Scored(total, found)

    def score_all(self, frames: Sequence[Frame], pairs: Iterable[tuple[int, int]], story: Story
                  ) -> dict[tuple[int, int], Scored]:
        """Each pair scored as ``score`` scores it; the comparisons but the last (place: which articles and
        sentences) once per pair of signatures, so a story of many copies of one wire report is not compared
        copy by copy. The weights are summed in the same order: the same floats as ``score``."""
        signature = signature_ids(frames)
        place = COMPARISONS[-1]
        weights = self.weights
        partial: dict[tuple[int, int], tuple[float, tuple[str, ...], str]] = {}
        scored = {}
        for i, j in pairs:
            a, b = frames[i], frames[j]
            key = (signature[i], signature[j])
            known = partial.get(key)
            if known is None:
                family = min(a.family, b.family)
                found = levels_but_place(a, b, story)
                total = self.prior
                for comparison, level in zip(COMPARISONS, found, strict=False):
                    total += weights[(family, comparison.name, level)]
                known = partial[key] = (total, found, family)
            total, found, family = known
            where = place.level(a, b, story)
            scored[(i, j)] = Scored(total + weights[(family, place.name, where)], (*found, where))
        return scored

    def why(self, a: Frame, b: Frame, story: Story, scored: Scored, most: int = 3,
            but: frozenset[str] = frozenset()) -> list[str]:
        """The comparisons that counted most for linking a pair, strongest first, in words; none of those named in
        ``but``."""
        family = min(a.family, b.family)
        parts = [(self.weights[(family, c.name, level)], c.name, level)
                 for c, level in zip(COMPARISONS, scored.levels, strict=True) if c.name not in but]
        parts = sorted((p for p in parts if p[0] > 0.5), key=lambda p: (-p[0], p[1]))
        return [text for _, name, level in parts if (text := explain(name, level, a, b, story))][:most]
