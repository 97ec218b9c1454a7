"""A check against an index gives the report a check of the whole archive gives: cluster by cluster over the
development corpora, one article held out of each index and checked against it. Run by hand:

    python benchmarks/bench_index.py [CORPUS...]     # default: ../shared/corpora/ecbplus-dev and gva-dev

For each cluster folder: `index build CLUSTER --exclude NEW --db X`, then `check CLUSTER/NEW --index X --format
json` beside `check CLUSTER --changed CLUSTER/NEW --format json`; the two outputs are compared byte for byte.
Prints the clusters whose reports differ (with the first difference) and the time of each kind of run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.articles import discover  # noqa: E402
from factcheck.cli import cli  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"


def run(*args: str) -> tuple[str, float]:
    start = time.perf_counter()
    result = CliRunner().invoke(cli, list(args))
    if result.exit_code not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(args)}: exit {result.exit_code}: {result.output}")
    return result.output, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[SHARED / "ecbplus-dev", SHARED / "gva-dev"])
    args = parser.parse_args()
    same = differ = 0
    times = {"build": 0.0, "indexed": 0.0, "whole": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            for cluster in sorted(p for p in corpus.iterdir() if p.is_dir()):
                files = discover([str(cluster)])
                if len(files) < 2:
                    continue
                new = files[-1]
                db = str(Path(tmp) / f"{cluster.name}.db")
                _, seconds = run("index", "build", str(cluster), "--exclude", new.id, "--db", db)
                times["build"] += seconds
                indexed, seconds = run("check", str(new.path), "--index", db, "--format", "json")
                times["indexed"] += seconds
                whole, seconds = run("check", str(cluster), "--changed", str(new.path), "--format", "json")
                times["whole"] += seconds
                if indexed == whole:
                    same += 1
                    continue
                differ += 1
                at = next(i for i, (a, b) in enumerate(zip(indexed, whole, strict=False)) if a != b) \
                    if any(a != b for a, b in zip(indexed, whole, strict=False)) else min(len(indexed), len(whole))
                print(f"{cluster.name}: reports differ at character {at}: {indexed[at - 60:at + 60]!r} | "
                      f"{whole[at - 60:at + 60]!r}")
    print(f"clusters with byte-identical reports: {same} of {same + differ}")
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in times.items()))


if __name__ == "__main__":
    main()
