"""Pattern helpers shared by the extractors.

Two habits make matching cheap: phrase lists from the rules are compiled as tries (alternation), and patterns
that need no Unicode property and no backward matching run on the standard library's engine (standard), which
starts and runs a short anchored match about twice as fast as the regex module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

# Characters that the standard engine counts as word characters but are no letters (nor decimal digits):
# superscripts, vulgar fractions, Roman and circled numerals. "[^\W\d_]" less these is a letter, as \p{L} is.
_NUMERALS = "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793"
LETTER = rf"[^\W\d_{_NUMERALS}]"
LETTER_OR_DIGIT = rf"[^\W_{_NUMERALS}]"


def standard(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""A pattern written for the regex module, compiled by the standard library's engine: \p{L} (a letter),
    [\p{L}] and [\p{L}\d] are rewritten; any other property, a \p{L} inside a larger class, or backward matching
    is an error (such a pattern stays with the regex module)."""
    converted = pattern.replace(r"[\p{L}\d]", LETTER_OR_DIGIT).replace(r"[\p{L}]", LETTER)
    pieces = converted.split(r"\p{L}")
    for piece in pieces[:-1]:
        if _open_class(piece):
            raise ValueError(f"\\p{{L}} inside a character class: {pattern[:80]}")
    converted = LETTER.join(pieces)
    if r"\p{" in converted or "(?r" in converted:
        raise ValueError(f"not for the standard engine: {pattern[:80]}")
    return re.compile(converted, flags)


def _open_class(text: str) -> bool:
    """Whether a character class is still open at the end of a pattern's text."""
    inside, i = False, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "[" and not inside:
            inside = True
            i += 2 if text[i + 1:i + 2] in ("^", "]") else 1
            continue
        if text[i] == "]" and inside:
            inside = False
        i += 1
    return inside


def alternation(phrases: Iterable[str], backward: bool = False) -> str:
    r"""A regex alternation of literal phrases, the longest match first, white space matching any white space.

    Written as a trie ("m(?:ile(?:s)?|onth)"): a backtracking engine then tries the few branches that share the
    text's next letter instead of every phrase in turn, which makes the long lists of units, currencies and
    months several times faster to match. ``backward``: for a pattern matched from its end ((?r), look-behind),
    where the trie shares the phrases' endings and still prefers the longest ("(?:of\s+)?about")."""
    trie: dict[str, dict] = {}
    for phrase in {p for p in phrases if p}:
        node = trie
        for char in reversed(phrase) if backward else phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie, backward)


def _trie_pattern(node: dict[str, dict], backward: bool) -> str:
    branches = []
    for char in sorted(node):
        if char:
            letter, rest = r"\s+" if char == " " else regex.escape(char), _trie_pattern(node[char], backward)
            branches.append(rest + letter if backward else letter + rest)
    if not branches:
        return ""
    alternatives = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here: the longer ones are tried first
        return f"(?:{alternatives})?"
    return alternatives
