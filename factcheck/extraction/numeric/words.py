"""Word forms a number's description is compared by: a plain singular and a light stem; and a matched phrase as the
rules write it."""

from __future__ import annotations

# Nouns whose singular is their plural: "one species", "a series", "a barracks".
INVARIANT = frozenset({"barracks", "crossroads", "headquarters", "means", "news", "series", "species", "whereabouts"})


def phrase(text: str) -> str:
    """A phrase as the rules write it: lower case, one space between words ("More  than" is "more than")."""
    return " ".join(text.lower().split())


def stem(word: str) -> str:
    """A light stem so that "holding" meets "hold" and "marched" meets "marching": -ing and -ed cut."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def singularize(word: str) -> str:
    """A plain English singular: organizations -> organization, companies -> company, crewmen -> crewman."""
    if len(word) > 4 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in INVARIANT:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]
