"""Index builds past one machine: the map over files runs on a Dask cluster, the writes stay in this process.

Building an index is a map (read and extract each file) followed by a write. On a Dask cluster each task reads a
partition of the files (the workers must see the same file system: a shared volume or the same checkout) and
sends back their claims; this process, the one writer, stores them in file order, so the index is the one a
local build writes. `--scheduler local` starts a cluster on this machine; any other value is a scheduler's
address (tcp://host:8786).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from ..api import Pipeline
from ..articles import ArticleFile
from ..errors import UsageError
from ..ruleset import Ruleset
from ..workers import read_file
from . import Stored, stored

PARTITION = 64  # files per task: large enough to pay for a task, small enough to spread a build
CONNECT_SECONDS = 20
_pipelines: dict[int, Pipeline] = {}  # a worker's pipeline, built once per ruleset it is sent


def read_on_dask(files: Sequence[ArticleFile], ruleset: Ruleset, scheduler: str, workers: int = 2) -> Iterator[Stored]:
    """Each file as the index stores it, in file order, read by the workers of a Dask cluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--scheduler", "needs Dask: pip install 'factcheck-news[dask]'") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError("--scheduler", f"cannot reach the Dask scheduler {scheduler} ({exc})") from None
    try:
        rules = client.scatter(ruleset, broadcast=True)
        parts = [list(files[i:i + PARTITION]) for i in range(0, len(files), PARTITION)]
        futures = client.map(_read_partition, parts, rules=rules, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _read_partition(files: list[ArticleFile], rules: Ruleset) -> list[Stored]:
    """On a worker: one partition of files read and encoded as the index stores them."""
    pipeline = _pipelines.get(id(rules))
    if pipeline is None:
        _pipelines.clear()
        pipeline = _pipelines[id(rules)] = Pipeline(rules)
    return [stored(read_file(file, pipeline, keep_words=True)) for file in files]
