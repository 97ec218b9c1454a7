"""The pipeline's values stay frozen, equal by value and hashable, however they are built."""

import dataclasses

import pytest

from factcheck.models import NamedClaim, NumericClaim, Sentence

SENTENCE = Sentence("a.txt", 0, 31, "More than 40 groups signed it.")


def test_a_claim_cannot_be_changed_once_made():
    claim = NamedClaim("a.txt", 0, 4, "More", SENTENCE, "More")
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 1  # type: ignore[misc]


def test_defaults_and_default_factories_fill_what_is_not_given():
    claim = NumericClaim("a.txt", 0, 12, "More than 40", SENTENCE, 40, 40, None, "more than", "count", "group",
                         "groups", cmp_low=41, cmp_high=50)
    assert (claim.event, claim.unit, claim.updated, claim.context) == (None, None, False, frozenset())
    assert claim.cmp_low == 41 and claim.cmp_high == 50


def test_equal_claims_hash_alike_and_replace_makes_a_new_one():
    claim = NumericClaim("a.txt", 0, 12, "More than 40", SENTENCE, 40, 40, None, "more than", "count", "group",
                         "groups", context=frozenset({"group"}))
    again = dataclasses.replace(claim)
    assert again == claim and hash(again) == hash(claim)
    moved = dataclasses.replace(claim, start=5)
    assert moved.start == 5 and claim.start == 0 and moved.context == frozenset({"group"})
