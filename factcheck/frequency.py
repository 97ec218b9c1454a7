"""How frequent an English word is, on the Zipf scale (wordfreq's data; 3 is once per million words).

Names need it, and a check of one article should not pay for it up front: wordfreq is imported on first use, and
the question extraction asks (is this capitalised word an ordinary one?) is answered from wordfreq's small list
read straight from its data file, which takes a tenth of the time of importing wordfreq and loading its large list.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from pathlib import Path

from .pattern_store import regex_pattern

_LETTERS = regex_pattern(r"\p{Ll}+")


@functools.lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """The Zipf frequency of a word in wordfreq's large English list (0 for a word it does not know)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def common_zipf(word: str) -> float:
    """The Zipf frequency of a lower-case word as wordfreq's small English list gives it: the words from Zipf 3
    only (a rarer word is 0), enough to tell an ordinary word from a name."""
    table = _small_list()
    if table is None or not _LETTERS.fullmatch(word):  # a word wordfreq would split, or a list not as expected
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "en", wordlist="small")
    return table.get(word, 0.0)


@functools.cache
def _small_list() -> dict[str, float] | None:
    """wordfreq's small English list from its file, in its documented cBpack format (a header, then one list of
    words per centibel of frequency, the most frequent first), as zipf_frequency reads it; None where the file
    is missing or of another format (then wordfreq itself answers)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "small_en.msgpack.gz"
    try:
        import msgpack

        with gzip.open(path, "rb") as packed:
            data = msgpack.load(packed, raw=False)
    except (OSError, ValueError, ImportError):
        return None
    if not data or data[0] != {"format": "cB", "version": 1}:
        return None
    table: dict[str, float] = {}
    for centibels, words in enumerate(data[1:]):
        for word in words:
            table.setdefault(word, round(9 - centibels / 100, 2))
    return table
