"""The rules a finding can come from: their ids, what each says and what to do about it (shown by `factcheck
rules`, SARIF's rule descriptions and the checks of rule ids in --select, --ignore, configuration files and
suppression comments)."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import UsageError

# rule id -> (one line, what it means, what to do)
RULES = {
    "numeric-conflict": (
        "Sources state numbers about one quantity that cannot all be true.",
        "Two or more claims count the same thing (same subject, event and context) but their hedged intervals "
        "have no value in common: 'over 40' and 'more than 85' organisations cannot both hold.",
        "Check the figure against the primary source and correct the article, or record the disagreement in a "
        "baseline if it is known and accepted.",
    ),
    "numeric-update": (
        "Sources differ on a number that one of them reports as changing.",
        "The figures differ, but a report gives a figure that changes ('the toll rose to 10', 'the sixth straight "
        "day'): likely an update, "
        "not a contradiction.",
        "Make sure the article carries the latest figure.",
    ),
    "name-variant": (
        "One name is spelled two ways.",
        "Two spellings a character or two apart that are probably one person, place or organisation "
        "('Axos' and 'Axon'); a name written with different capitals inside it ('LaSalle' and 'Lasalle') is "
        "information.",
        "Check the spelling against an authoritative source and use one spelling throughout.",
    ),
}
# Words a suppression comment may give for every rule.
EVERY_RULE = frozenset({"all", "*"})


def check_rule_ids(ids: Iterable[str], where: str) -> None:
    """A usage error naming the first rule id that is no rule (``where``: the option, file or line it came from)."""
    for rule in ids:
        if rule not in RULES and rule not in EVERY_RULE:
            raise UsageError(where, f"unknown rule id {rule!r} (known: {', '.join(sorted(RULES))}; "
                                    "`factcheck rules` lists them)")
