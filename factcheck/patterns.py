"""Pattern helpers shared by the extractors.

Two habits make matching cheap: phrase lists from the rules are compiled as tries (alternation), and patterns
that need no Unicode property and no backward matching run on the standard library's engine (standard), which
starts and runs a short anchored match about twice as fast as the regex module.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

from .pattern_store import re_pattern


@functools.cache
def standard(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""A pattern written for the regex module, compiled by the standard library's engine: each Unicode property
    (\p{Lu} ...) becomes the class of its characters, read from the regex module's own tables. Backward matching
    ((?r)) has no equivalent and is an error: such a pattern stays with the regex module.

    A letter standing alone (\p{L}, [\p{L}], [\p{L}\d]) or among a few other characters ("[\p{L}'’-]": a letter
    or one of the others) is written with the engine's own categories, which compile at once (a class of
    thousands of ranges takes the engine's compiler milliseconds each time it appears, at every start).
    Characters beyond the Basic Multilingual Plane have no other property here: news text has none that matter."""
    if "(?r" in pattern:
        raise ValueError(f"backward matching is not for the standard engine: {pattern[:80]}")
    pattern = pattern.replace(r"[\p{L}\d]", LETTER_OR_DIGIT).replace(r"[\p{L}]", LETTER)
    pattern = _LETTER_AMONG_OTHERS.sub(lambda m: f"(?:{LETTER}|[{m[1]}{m[2]}])", pattern)
    pieces = _PROPERTY.split(pattern)  # text, property name, text, ...
    out: list[str] = []
    inside = False  # within a character class
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            out.append(piece)
            inside = _inside_class(piece, inside)
        elif piece == "L" and not inside:
            out.append(LETTER)
        else:
            ranges = _property_ranges(piece)
            out.append(ranges if inside else f"[{ranges}]")
    return re_pattern("".join(out), flags)


# The engine's word characters that are neither letters nor decimal digits: superscripts, vulgar fractions,
# Roman and circled numerals. "[^\W\d_]" less these is a letter.
_NUMERALS = "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793"
LETTER = rf"[^\W\d_{_NUMERALS}]"
LETTER_OR_DIGIT = rf"[^\W_{_NUMERALS}]"
_PROPERTY = re.compile(r"\\p\{(\w+)\}")
# A class of a letter and a few characters more ("[\p{L}'’-]"), not negated: a letter or a class of the others.
_LETTER_AMONG_OTHERS = re.compile(r"\[(?!\^)((?:[^\]\[\\]|\\.)*?)\\p\{L\}((?:[^\]\[\\]|\\.)*?)\]")


@functools.cache
def _property_ranges(name: str) -> str:
    """The characters of the Basic Multilingual Plane with a Unicode property, as the body of a class."""
    every = "".join(map(chr, range(0x10000)))
    return "".join(re.escape(run[0]) + (f"-{re.escape(run[-1])}" if len(run) > 1 else "")
                   for run in regex.findall(rf"\p{{{name}}}+", every))


def _inside_class(text: str, inside: bool) -> bool:
    """Whether a pattern is within a character class after ``text``, given whether it was before it."""
    i = 0
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
    return _alternation(frozenset(p for p in phrases if p), backward)


@functools.cache
def _alternation(phrases: frozenset[str], backward: bool) -> str:
    trie: dict[str, dict] = {}
    for phrase in phrases:
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
