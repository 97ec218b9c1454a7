"""Name variants that span words: a compound written open and closed ("Crime Stoppers"/"Crimestoppers"), one
street name with two street types ("Harvard Avenue"/"Harvard Road"), and a name with an article added
("Defenders of the Wildlife"/"Defenders of Wildlife").

Word-by-word comparison (names.py) cannot see these: the words differ in number, or the differing word is an
ordinary one ("Avenue", "the") that is never compared on its own. Each form found here is a phrase key (words
joined by one space) that the word-level comparison adds to its spellings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import regex

from ..models import NamedClaim
from ..pattern_store import regex_pattern

_TOKEN = regex_pattern(r"\p{L}[\p{L}\p{M}'’.-]*")
_INNER_ARTICLE = regex_pattern(r"(?<=\sof)\s+the(?=\s)", regex.IGNORECASE)
_JOINT = regex_pattern(r"\s+of\s+(?:the\s+)?")

Add = Callable[[str, NamedClaim, int, int, str], None]


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").replace(".", "").split())


def _tokens(claim: NamedClaim) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of a name, offsets in the article, trailing full stops dropped."""
    out = []
    for m in _TOKEN.finditer(claim.text):
        word = m.group().rstrip(".")
        out.append((claim.start + m.start(), claim.start + m.start() + len(word), word))
    return out


def open_compounds(claims: Iterable[NamedClaim], is_common: Callable[[str], bool], add: Add) -> list[tuple[str, str]]:
    """Two capitalised words that another name writes as one, the name going on the same way around them
    ("Mr. G's Supper Club"/"Mr. G's Supperclub", "Tall Grass Distribution"/"TallGrass Distribution"):
    "Red Line Riders" and "Redline Motorcycle Club" are two names. A closed form written with a hyphen is
    typography (SAP-Arena/SAP Arena), and one that is an ordinary English word is a word of its own
    ("Every Day"/"Everyday")."""
    closed: dict[str, set[tuple[str, str]]] = defaultdict(set)
    opened: list[tuple[str, str, tuple[str, str], NamedClaim, int, int]] = []
    for claim in claims:
        tokens = _tokens(claim)
        words = [""] + [w.casefold() for _, _, w in tokens] + [""]
        for i, (start, end, word) in enumerate(tokens):
            if "-" not in word and not word.isupper():
                closed[word.casefold().replace("’", "'")].add((words[i], words[i + 2]))
            if i + 1 == len(tokens):
                continue
            second_start, second_end, second = tokens[i + 1]
            if claim.text[end - claim.start:second_start - claim.start] != " ":
                continue
            if word[0].isupper() and second[0].isupper() and not word.isupper() and not second.isupper():
                joined = (word + second).casefold().replace("’", "'")
                opened.append((joined, _key(f"{word} {second}"), (words[i], words[i + 3]), claim, start, second_end))
    pairs = set()
    for joined, phrase, around, claim, start, end in opened:
        if around in closed.get(joined, ()) and not is_common(joined):
            add(phrase, claim, start, end, claim.text[start - claim.start:end - claim.start])
            pairs.add((joined, phrase))
    return sorted(pairs)


def street_types(claims: Iterable[NamedClaim], streets: frozenset[str], ordinals: frozenset[str],
                 add: Add) -> list[tuple[str, str]]:
    """One street name with two street types in one story ("Harvard Avenue"/"Harvard Road"): an address is
    one place. "Ave" and "Avenue" are one type (an abbreviation is the word's first letter and some of the
    rest, in order). Numbered streets are left out: "Fifth Avenue" and "Fifth Street" cross in many towns."""
    full = sorted((s for s in streets if len(s) > 4 or s in {"lane", "road", "way"}), key=lambda s: (len(s), s))
    by_name: dict[str, dict[str, str]] = defaultdict(dict)
    sentences: dict[tuple[str, str], set[tuple[str, int]]] = defaultdict(set)
    for claim in claims:
        tokens = _tokens(claim)
        if len(tokens) < 2 or tokens[-1][2].casefold() not in streets:
            continue
        name = [w.casefold() for _, _, w in tokens[:-1]]
        if any(w in ordinals or w == "first" or any(ch.isdigit() for ch in w) for w in name):
            continue
        kind = _street_type(tokens[-1][2].casefold(), full)
        key = _key(" ".join(name + [kind]))
        start = tokens[0][0]
        add(key, claim, start, tokens[-1][1], claim.text[start - claim.start:tokens[-1][1] - claim.start])
        by_name[" ".join(name)][kind] = key
        sentences[(" ".join(name), kind)].add((claim.article_id, claim.sentence.start))
    pairs = []
    for name, kinds in sorted(by_name.items()):
        ordered = sorted(kinds)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if not sentences[(name, a)] & sentences[(name, b)]:  # "at Harvard Avenue and Harvard Road"
                    pairs.append((kinds[a], kinds[b]))
    return pairs


def _street_type(word: str, full: list[str]) -> str:
    for candidate in full:
        if candidate[0] == word[0] and _in_order(word, candidate):
            return candidate
    return word


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)


def added_articles(claims: Iterable[NamedClaim], add: Add) -> list[tuple[str, str]]:
    """A name written with and without "the" after "of" ("Defenders of the Wildlife"/"Defenders of
    Wildlife"). The name extractor ends a name at "of" after most words ("Carlesimo of Oklahoma City"), so
    two names joined by "of" or "of the" in a sentence are read as one here too."""
    spans: dict[str, list[tuple[NamedClaim, int, int, str]]] = defaultdict(list)
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start))
    for claim, after in zip(ordered, ordered[1:] + [None], strict=False):
        if len(claim.text.split()) >= 3:
            spans[_key(claim.text)].append((claim, claim.start, claim.end, claim.text))
        if after is not None and after.sentence is claim.sentence:
            between = claim.sentence.text[claim.end - claim.sentence.start:after.start - claim.sentence.start]
            if _JOINT.fullmatch(between):
                text = claim.sentence.text[claim.start - claim.sentence.start:after.end - claim.sentence.start]
                spans[_key(text)].append((claim, claim.start, after.end, text))
    pairs = []
    for key, group in sorted(spans.items()):
        bare = _key(_INNER_ARTICLE.sub("", key))
        if bare != key and bare in spans:
            for claim, start, end, text in group + spans[bare]:
                add(_key(text), claim, start, end, text)
            pairs.append((bare, key))
    return pairs
