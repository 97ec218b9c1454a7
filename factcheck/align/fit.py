"""Fit the linkage model's weights from labelled clusters and write them to rules/alignment.toml.

    python -m factcheck.align.fit                      # ../shared/gold beside the repository
    python -m factcheck.align.fit --check              # exit 1 when rules/alignment.toml is not what the fit gives

A labelled cluster is a folder of articles about one event and a gold file naming every group of mentions of one
quantity (format: shared/gold/README.md). Every claim is matched to the labelled mention it reads (same document,
the mention's quote in the claim's sentence, the same value); every candidate pair of claims (the blocking rules
of group.py) is a match when both read mentions of one group, a non-match otherwise. Per comparison level,
m and u are the shares of matches and non-matches in it (a family's shares drawn towards every family's: SHRINK),
the weight log2(m/u). The threshold is the one whose grouping of the training clusters has the best pairwise F0.5
(precision weighing twice recall); merge thresholds and bounds are the ones with the best F1 of conflict findings.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..api import ArticleClaims, Pipeline, read_and_extract
from ..compare import compare_groups
from ..models import Severity
from ..ruleset import Ruleset, builtin_rules_dir
from . import frames_of, groups_of
from .comparisons import COMPARISONS, Comparison, Story
from .describe import Frame
from .group import cluster, scored_pairs, story_of
from .model import FAMILY_NAMES, LinkModel

# Where the labelled sets lie, relative to the repository: (gold folder, corpus folder) per set.
SHARED = Path(__file__).resolve().parents[3] / "shared"
SETS = (("gold/seeds", None), ("gold/ecbplus-dev", "corpora/ecbplus-dev"), ("gold/gva-dev", "corpora/gva-dev"))
# The link threshold is chosen by pairwise F-beta with this beta: precision weighs 1/beta times recall.
BETA = 0.5
# A match weight is the log2 odds that two claims state one quantity (the prior included): below 0 a pair is more
# likely two quantities than one, and is never linked, whatever a training set's pooled precision allows.
THRESHOLDS = tuple(x / 2 for x in range(0, 16))
MERGES = (*(float(x) for x in range(0, 15)), math.inf)
# From 3: a plain conflict of 300 against 700 jobs, or 9 against 19 survivors (ratios 2.1 to 2.3), is one an editor
# must see, whatever a bound of 2 would do to the labelled clusters' score.
RATIOS = (3.0, 4.0, 6.0, 10.0, math.inf)
GAPS = (1.0, 2.0, 3.0, 5.0, 10.0, math.inf)
MINUTES = (15.0, 30.0, 60.0, 120.0, 240.0, math.inf)
SLIPS = (0.0, 0.05, 0.1, 0.2)
# A family's level shares are drawn towards the shares of every family, as if SHRINK more pairs of the family
# were spread like those: a family with few labelled pairs (ordinals, records, addresses) gets weights near the
# pooled ones instead of ones fitted to a handful of pairs. Held out, 30 found a few more conflicts than 10 and
# grouped a little more precisely; 100 lost conflicts (benchmarks/crossval.py).
SHRINK = 30.0


# Every weight 0: what extraction and the fit's blocking need of a model, whatever rules/alignment.toml holds (the
# fit must not depend on the file it writes).
NEUTRAL = LinkModel({(f, c.name, level): 0.0 for f in FAMILY_NAMES for c in COMPARISONS for level in c.levels}, 0.0, 0.0)


@dataclass
class Labelled:
    """One labelled cluster: its frames, the gold group each reads (or None), and its story statistics."""

    name: str
    extracted: list[ArticleClaims]
    frames: list[Frame]
    marks: list[tuple[str, int] | None]  # (gold group id, mention number): the pairs the weights are fitted on
    shown: list[tuple[str, int] | None]  # the same, as the scorer marks the claims of the groups a report shows
    gold: dict
    story: Story
    vocabulary: set[str]


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def _same_value(a: float, b: float) -> bool:
    """Equal as the scorer reads a labelled value: within half a percent."""
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _mark(frame: Frame, doc: str, gold: dict) -> tuple[str, int] | None:
    """The labelled mention a claim reads, for fitting: same document, the mention's quote in the claim's
    sentence, the same value (or, for times and dates, overlapping text); of several, the first by how surely:
    the same value with the number as written in the quote ("two other rifles", not "the pirates' boats" of the
    same sentence and value), the same value, then overlapping text ("at 7:10 a.m." is the time of a call, not
    the house number whose quote runs on to it)."""
    claim = frame.claim
    sentence, text = _squash(claim.sentence.text), _squash(claim.text)
    found: dict[int, tuple[str, int]] = {}
    for group in gold.get("numeric", []):
        for k, m in enumerate(group["mentions"]):
            quote = _squash(m["quote"])
            if m["doc"] != doc or quote not in sentence:
                continue
            holds = bool(text) and _holds(quote, text)
            if _same_value(claim.value, float(m["value"])):
                found.setdefault(0 if holds else 1, (group["id"], k))
            elif claim.type in ("time", "date") and text and (text in quote or quote in text):
                found.setdefault(2 if holds else 3, (group["id"], k))
    return found[min(found)] if found else None


def _holds(quote: str, text: str) -> bool:
    """Whether a quote holds a number as written, as a whole token ("12" is not in "2012")."""
    start = quote.find(text)
    while start >= 0:
        end = start + len(text)
        if (start == 0 or not quote[start - 1].isalnum()) and (end == len(quote) or not quote[end].isalnum()):
            return True
        start = quote.find(text, start + 1)
    return False


def _shown_mark(frame: Frame, doc: str, gold: dict) -> tuple[str, int] | None:
    """The labelled mention a claim of a shown group stands for, as the scorer (shared/tools/score.py) places
    it: the same value or text overlapping a quote, in the same document; a mention whose quote is in the
    claim's sentence first. The threshold is chosen on the precision the scorer will measure."""
    claim = frame.claim
    sentence, text = _squash(claim.sentence.text), _squash(claim.text)
    best = None
    for group in gold.get("numeric", []):
        for k, m in enumerate(group["mentions"]):
            if m["doc"] != doc:
                continue
            quote = _squash(m["quote"])
            if _same_value(claim.value, float(m["value"])) or (
                    any(ch.isdigit() for ch in text) and (text in quote or quote in text)):
                if quote and (quote in sentence or sentence in quote):
                    return group["id"], k
                best = best or (group["id"], k)
    return best


def load(shared: Path = SHARED, repository: Path | None = None, ruleset: Ruleset | None = None) -> list[Labelled]:
    """Every labelled cluster under ``shared``, extracted (the seeds' articles are the repository's seeds/)."""
    ruleset = ruleset or Ruleset.load()
    repository = repository or Path(__file__).resolve().parents[2]
    out = []
    for gold_dir, corpus in SETS:
        for gold_file in sorted((shared / gold_dir).glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            folder = (shared / corpus / gold["cluster"]) if corpus else repository / gold["cluster"]
            if not folder.is_dir():
                continue
            pipeline = Pipeline(ruleset, NEUTRAL)
            extracted = read_and_extract([str(folder)], pipeline).extracted
            docs = {e.article.id: Path(e.article.path).name for e in extracted}
            frames = frames_of(c for e in extracted for c in e.numeric)
            marks = [_mark(f, docs[f.article], gold) for f in frames]
            shown = [_shown_mark(f, docs[f.article], gold) for f in frames]
            out.append(Labelled(f"{Path(gold_dir).name}/{gold['cluster']}", extracted, frames, marks, shown, gold,
                                story_of(frames), pipeline.vocabulary))
    return out


def level_counts(clusters: Sequence[Labelled], model: LinkModel) -> tuple[Counter, Counter]:
    """(matches, non-matches) counted per (family, comparison, level) over every candidate pair."""
    match: Counter[tuple[str, str, str]] = Counter()
    other: Counter[tuple[str, str, str]] = Counter()
    for lab in clusters:
        for (i, j), scored in scored_pairs(lab.frames, model, lab.story).items():
            a, b = lab.marks[i], lab.marks[j]
            family = min(lab.frames[i].family, lab.frames[j].family)
            counts = match if a and b and a[0] == b[0] else other
            counts.update((family, c.name, level) for c, level in zip(COMPARISONS, scored.levels, strict=True))
            counts[("", "", "pairs")] += 1
    return match, other


def grouping(clusters: Sequence[Labelled], model: LinkModel, scores: list[dict]) -> tuple[int, int, int, int]:
    """(correct pairs, shown pairs, gold pairs found, gold pairs) of the grouping, over labelled claims."""
    correct = shown = found = total = 0
    for lab, scored in zip(clusters, scores, strict=True):
        together = set()
        for members in cluster(lab.frames, scored, model, lab.story):
            if len({lab.frames[i].article for i in members}) < 2:
                continue  # one article's claims, all of one value (cannot_link): no finding or agreement shows them
            marks = list(dict.fromkeys(lab.shown[i] for i in members if lab.shown[i]))
            for n, a in enumerate(marks):
                for b in marks[n + 1:]:
                    shown += 1
                    correct += a[0] == b[0]
                    together.update({(a, b), (b, a)})
        for group in lab.gold.get("numeric", []):
            ms = group["mentions"]
            for i in range(len(ms)):
                for j in range(i + 1, len(ms)):
                    if ms[i]["doc"] != ms[j]["doc"]:
                        total += 1
                        found += ((group["id"], i), (group["id"], j)) in together
    return correct, shown, found, total


def conflicts(clusters: Sequence[Labelled], model: LinkModel, scores: list[dict]) -> tuple[int, int, int, int]:
    """(right conflict findings, conflict findings, gold conflicts found, gold conflicts): a finding is right
    when at least half of its claims, two of them with different values, read mentions of one gold group
    that is not an agreement."""
    right = shown = found = total = 0
    for lab, scored in zip(clusters, scores, strict=True):
        mark = {id(f.claim): m for f, m in zip(lab.frames, lab.marks, strict=True)}
        verdict = {g["id"]: g["verdict"] for g in lab.gold.get("numeric", [])}
        hit = set()
        findings, _ = compare_groups(groups_of(lab.frames, lab.story, scored, model))
        for finding in findings:
            if finding.severity < Severity.WARNING:
                continue
            shown += 1
            groups = Counter(mark[id(c)][0] for c in finding.claims if mark.get(id(c)))
            best = groups.most_common(1)[0][0] if groups else None
            values = {c.value for c in finding.claims if mark.get(id(c)) and mark[id(c)][0] == best}
            if best and 2 * groups[best] >= len(finding.claims) and len(values) > 1 and verdict[best] != "agree":
                right += 1
                hit.add(best)
        total += sum(1 for v in verdict.values() if v == "conflict")
        found += sum(1 for g in hit if verdict[g] == "conflict")
    return right, shown, found, total


def _f1(correct: int, shown: int, found: int, total: int) -> tuple[float, float, float]:
    precision, recall = correct / max(shown, 1), found / max(total, 1)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _shares(counts: Counter, comparison: Comparison) -> dict[str, float]:
    """Each level's share of one comparison over the pairs of every family (one pseudo-count per level)."""
    totals = {level: 1 + sum(n for (_, name, lv), n in counts.items() if name == comparison.name and lv == level)
              for level in comparison.levels}
    return {level: n / sum(totals.values()) for level, n in totals.items()}


def level_weights(match: Counter, other: Counter) -> dict[tuple[str, str, str], float]:
    """log2(m/u) of every (family, comparison, level), from the counts of matching and other pairs in each, a
    family's shares drawn towards every family's (SHRINK)."""
    weights = {}
    for c in COMPARISONS:
        pooled_m, pooled_u = _shares(match, c), _shares(other, c)
        for family in FAMILY_NAMES:
            m_total = sum(match[(family, c.name, level)] for level in c.levels) + SHRINK
            u_total = sum(other[(family, c.name, level)] for level in c.levels) + SHRINK
            for level in c.levels:
                m = (match[(family, c.name, level)] + SHRINK * pooled_m[level]) / m_total
                u = (other[(family, c.name, level)] + SHRINK * pooled_u[level]) / u_total
                weights[(family, c.name, level)] = round(math.log2(m / u), 3)
    return weights


def fit(clusters: Sequence[Labelled]) -> LinkModel:
    """The model fitted on ``clusters``: weights and prior; then, twice, the link threshold and the merge threshold
    of two groups of one value for the best pairwise grouping under the merges so far, and each family's merge
    threshold for the best F1 of conflict findings (the middle of the best, _middle); last, the same way, the
    largest value ratio a merge may hold, the largest difference of two years (or days of a month) and of two
    clock times in minutes; last the share of one article's pairs of two values a merge tolerates."""
    match, other = level_counts(clusters, NEUTRAL)
    weights = level_weights(match, other)
    prior = round(math.log2((match[("", "", "pairs")] + 1) / (other[("", "", "pairs")] + 1)), 3)
    model = LinkModel(weights, prior, 0.0)
    scores = [scored_pairs(lab.frames, model, lab.story) for lab in clusters]
    merge = {family: math.inf for family in FAMILY_NAMES}
    for _ in range(2):  # the link threshold under the merges chosen so far, then the merges under it
        best_link = max(THRESHOLDS, key=lambda t: _pick_link(
            _f1(*grouping(clusters, replace(model, threshold=t, merge=merge), scores)), t))
        model = replace(model, threshold=best_link)
        model = replace(model, agree=max(MERGES, key=lambda t: _pick_link(
            _f1(*grouping(clusters, replace(model, merge=merge, agree=t), scores)), t)))
        for family in FAMILY_NAMES:  # one family at a time, the others as chosen so far
            def rank(t: float, family: str = family, model: LinkModel = model) -> float:
                model_t = replace(model, merge={**merge, family: t})
                return _f1(*conflicts(clusters, model_t, scores))[2]
            merge[family] = _middle(MERGES, rank)
    model = replace(model, merge=merge)
    # how far apart merged values may be, one bound after the other
    for bound, choices in (("ratio", RATIOS), ("gap", GAPS), ("minutes", MINUTES)):
        def rank_bound(v: float, bound: str = bound, model: LinkModel = model) -> float:
            return _f1(*conflicts(clusters, replace(model, **{bound: v}), scores))[2]
        model = replace(model, **{bound: _middle(choices, rank_bound)})

    def rank_slips(v: float) -> tuple[float, float, float]:
        """By pairwise grouping as the link threshold (a tolerated slip joins groups), then conflicts, then the
        fewer: a tolerated slip is a risk, not a bound."""
        model_v = replace(model, slips=v)
        return (_grouping_score(_f1(*grouping(clusters, model_v, scores))),
                _f1(*conflicts(clusters, model_v, scores))[2], -v)

    return replace(model, slips=max(SLIPS, key=rank_slips))


def _middle(choices: Sequence[float], rank: Callable[[float], float]) -> float:
    """The middle one of the choices that rank best: the F1 of the conflicts found, with no precision target (a
    family whose training conflicts fall just short of one would be left without any merge, and so without a
    conflict, on every new story; held out, F1 ranks more steadily). Where many bars find the
    training conflicts equally well, the highest of them (often none: math.inf, a family never merged) is the
    edge of that plateau, and moves from one training set to the next; its middle compares the family on new
    stories at a bar the labels support. Held out: findings recall 0.690 -> 0.695, precision 0.897 -> 0.893."""
    ranks = [rank(choice) for choice in choices]
    best = [choice for choice, r in zip(choices, ranks, strict=True) if r == max(ranks)]
    return best[(len(best) - 1) // 2]


def _pick_link(figures: tuple[float, float, float], threshold: float) -> tuple[float, float]:
    """How a link threshold ranks: by pairwise F0.5 (_grouping_score), then the larger (on a tie). Not a precision
    target: where the training pairs sit near it, the threshold jumps from fold to fold and held-out recall with
    it."""
    return _grouping_score(figures), threshold


def _grouping_score(figures: tuple[float, float, float]) -> float:
    """Pairwise F0.5 of a grouping, precision weighing twice recall: a grouping that links wrong claims shows wrong
    conflicts."""
    precision, recall, _ = figures
    if not precision + recall:
        return 0.0
    return (1 + BETA ** 2) * precision * recall / (BETA ** 2 * precision + recall)


def render(model: LinkModel, clusters: int) -> str:
    """rules/alignment.toml for a fitted model."""
    lines = [
        "# Which claims of a story state one quantity: a Fellegi-Sunter linkage model (see factcheck/align/).",
        "# Each comparison sorts a pair of claims into a level; each level's partial match weight is log2(m/u),",
        f"# fitted from {clusters} labelled clusters by `python -m factcheck.align.fit`. Do not edit the numbers by",
        "# hand: change the comparisons (factcheck/align/comparisons.py) and refit.",
        "",
        "[model]",
        f"prior = {model.prior}",
        f"threshold = {model.threshold}",
        f"ratio = {model.ratio}",
        f"gap = {model.gap}",
        f"minutes = {model.minutes}",
        f"slips = {model.slips}",
        f"agree = {model.agree}",
        "",
        "[merge]",
        *(f"{family} = {model.merge_at(family)}" for family in FAMILY_NAMES),
    ]
    for family in FAMILY_NAMES:
        for c in COMPARISONS:
            lines += ["", f"[weights.{family}.{c.name}]"]
            lines += [f"{level} = {model.weights[(family, c.name, level)]}" for level in c.levels]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factcheck.align.fit", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding gold/ and corpora/")
    parser.add_argument("--output", type=Path, default=builtin_rules_dir() / "alignment.toml")
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing it")
    args = parser.parse_args(argv)
    clusters = load(args.shared)
    if not clusters:
        print(f"no labelled clusters under {args.shared}", file=sys.stderr)
        return 2
    text = render(fit(clusters), len(clusters))
    if args.check:
        same = args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'as fitted' if same else 'differs from the fit'}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} from {len(clusters)} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
