"""Alignment scored honestly: cross-validation by cluster over the labelled development set.

    python benchmarks/crossval.py            # the five folds of ../shared/gold/folds.json
    python benchmarks/crossval.py --all      # also: weights fitted on everything, scored on everything
    python benchmarks/crossval.py --fold 4 -v  # one fold, its false alarms and misses listed

For each fold the linkage model is fitted (factcheck.align.fit) on the clusters of the other four folds and the
held-out clusters are checked with it; their reports are scored with ../shared/tools/score.py's own functions and
pooled, so the lines printed are the scorer's lines for figures no weight was fitted on.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.align import fit  # noqa: E402
from factcheck.api import Pipeline  # noqa: E402
from factcheck.report.serialize import report_dict  # noqa: E402
from factcheck.ruleset import Ruleset  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def score(clusters, model, score_module, ruleset, verbose=False) -> dict:
    """The scorer's totals over ``clusters`` checked with ``model``."""
    rows, pairs, extraction = [], [0, 0, 0, 0], [0, 0]
    for lab in clusters:
        pipeline = Pipeline(ruleset, model)
        pipeline.vocabulary = lab.vocabulary
        report = report_dict(pipeline.compare(lab.extracted))
        rows.append(score_module.score_cluster(lab.gold, report))
        pairs = [x + y for x, y in zip(pairs, score_module.grouping_pairs(lab.gold, report), strict=True)]
        claims = [{"path": e.article.path, "value": c.value} for e in lab.extracted for c in e.numeric]
        extraction = [x + y for x, y in zip(extraction, score_module.extraction_hits(lab.gold, claims), strict=True)]
        if verbose:
            for line in rows[-1]["fp"]:
                print(f"{lab.name}  FP   {line}")
            for line in rows[-1]["missed"]:
                print(f"{lab.name}  MISS {line}")
    keys = ("findings", "tp_findings", "traps", "num_pos", "num_found", "name_pos", "name_found")
    total = {k: sum(r[k] for r in rows) for k in keys}
    kinds = {k: [sum(r["by_kind"][k][i] for r in rows) for i in (0, 1)] for k in ("numeric", "name")}
    return {"total": total, "pairs": pairs, "extraction": extraction, "kinds": kinds, "clusters": len(rows)}


def lines(result: dict) -> list[str]:
    """The scorer's summary lines."""
    tot, pairs, extraction, kinds = result["total"], result["pairs"], result["extraction"], result["kinds"]
    precision = tot["tp_findings"] / tot["findings"] if tot["findings"] else 0.0
    positives = tot["num_pos"] + tot["name_pos"]
    recall = (tot["num_found"] + tot["name_found"]) / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    numeric = tot["num_found"] / tot["num_pos"] if tot["num_pos"] else 0.0
    names = tot["name_found"] / tot["name_pos"] if tot["name_pos"] else 0.0
    gp = pairs[0] / pairs[1] if pairs[1] else 0.0
    gr = pairs[2] / pairs[3] if pairs[3] else 0.0
    return [
        f"extraction: {extraction[0]}/{extraction[1]} labelled mentions have a claim of their value "
        f"({extraction[0] / max(extraction[1], 1):.3f})",
        f"grouping: pairwise precision {gp:.3f} ({pairs[0]}/{pairs[1]})  recall {gr:.3f} ({pairs[2]}/{pairs[3]})",
        "precision by kind: " + "  ".join(f"{k} {v[0] / v[1] if v[1] else 0:.3f} ({v[0]}/{v[1]})"
                                          for k, v in kinds.items()),
        f"clusters {result['clusters']}  precision {precision:.3f}  recall {recall:.3f} (numeric {numeric:.3f}, "
        f"names {names:.3f})  f1 {f1:.3f}  traps {tot['traps']}",
    ]


def pooled(results: list[dict]) -> dict:
    out = {"total": {}, "pairs": [0, 0, 0, 0], "extraction": [0, 0], "kinds": {"numeric": [0, 0], "name": [0, 0]},
           "clusters": 0}
    for r in results:
        for k, v in r["total"].items():
            out["total"][k] = out["total"].get(k, 0) + v
        out["pairs"] = [x + y for x, y in zip(out["pairs"], r["pairs"], strict=True)]
        out["extraction"] = [x + y for x, y in zip(out["extraction"], r["extraction"], strict=True)]
        for k in out["kinds"]:
            out["kinds"][k] = [x + y for x, y in zip(out["kinds"][k], r["kinds"][k], strict=True)]
        out["clusters"] += r["clusters"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=fit.SHARED)
    parser.add_argument("--all", action="store_true", help="also fit on everything and score on everything")
    parser.add_argument("-v", "--verbose", action="store_true", help="list held-out false alarms and misses")
    parser.add_argument("--fold", type=int, action="append", help="run only this fold (1-5; repeatable)")
    args = parser.parse_args()
    if not (args.shared / "gold" / "folds.json").is_file():
        print(f"no {args.shared / 'gold' / 'folds.json'}: the labelled clusters are not here", file=sys.stderr)
        return 2
    folds = json.loads((args.shared / "gold" / "folds.json").read_text())["folds"]
    ruleset = Ruleset.load()
    score_module = _scorer(args.shared)
    clusters = fit.load(args.shared, ROOT, ruleset)
    by_name = {lab.name: lab for lab in clusters}
    results = []
    for n, fold in enumerate(folds, 1):
        if args.fold and n not in args.fold:
            continue
        held = [by_name[name] for name in fold if name in by_name]
        train = [lab for lab in clusters if lab.name not in set(fold)]
        model = fit.fit(train)
        result = score(held, model, score_module, ruleset, args.verbose)
        results.append(result)
        print(f"fold {n}: fitted on {len(train)} clusters, scored on {len(held)}: " + lines(result)[-1])
        merges = " ".join(f"{f}={model.merge_at(f):g}" for f in sorted(model.merge))
        grouping = lines(result)[1].split(": ", 1)[1]
        print(f"        threshold {model.threshold:g}, merge {merges}, ratio {model.ratio:g}, gap {model.gap:g}, "
              f"slips {model.slips:g}, agree {model.agree:g}, grouping {grouping}")
    print("cross-validated (held-out folds pooled):")
    for line in lines(pooled(results)):
        print("  " + line)
    if args.all:
        model = fit.fit(clusters)
        print("fitted on everything, scored on everything (not evidence):")
        for line in lines(score(clusters, model, score_module, ruleset)):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
