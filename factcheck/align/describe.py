"""A quantity's description (its frame): what is measured, whose it is, which event, when, and the words around it.

The extractor reads the parts from the sentence (subject, owner, event, time cue, context words); this stage puts
them in the one shape the comparisons read. Owners are names as read, and two of them name one person when the last
name of one is among the words of the other: "Davis" is "Diallo Davis" (same_owner).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..extraction.numeric import singularize, stem
from ..models import NumericClaim

# How many words on either side of a number make its near context.
NEAR_WORDS = 4
WORDS = re.compile(r"[^\W\d_]+")  # a run of letters
# Families of kinds, each with weights of its own: what tells two ages apart is whose they are, what tells two
# years apart is the event beside them.
FAMILIES = {"age": "age", "count": "count", "ordinal": "ordinal", "score": "record", "address": "address",
            "date": "time", "time": "time", "year": "year", "duration": "span", "relative": "span"}
# any other kind: "amount" (money, percent ...)
# Kinds of quantity that say the same thing in two forms: an age read as a bare number ("Page, 85"), a
# magnitude read as a count ("a 6.1 quake"). Claims of two different kinds are compared only within these.
# A month and year ("in October 1950") dates a year as "in 1950" does. (A span counted from an event, "found 19
# months later", and one stated as a length, "for 18 months", were tried as related: held out, they linked more
# wrong pairs than right ones, "an eight-year deal" with "two years ago".)
_DATE_AND_YEAR = frozenset({"date", "year"})
RELATED_KINDS = frozenset({frozenset({"age", "count"}), frozenset({"count", "magnitude"}), _DATE_AND_YEAR})


@dataclass(frozen=True, slots=True)
class Frame:
    """What alignment knows of one numeric claim."""

    claim: NumericClaim
    family: str  # age, count, amount, time or span: whose weights compare it
    kind: str  # count, money/USD, age, time ...: money in one currency is its own kind
    what: str  # the canonical measured noun ("organization", "people", "share of voter"), or ""
    head: str  # the head noun as written, singular ("group"), or ""
    what_class: str  # the kind of thing counted ("person"), or ""
    whose: str | None  # the owner's name as read (of an age: the full name), lower case
    event: str | None
    when: frozenset[str]  # time anchors: weekdays and a background cue ("monday", "2003", "september")
    context: frozenset[str]  # content words of the sentence, less the measured noun
    near: frozenset[str]  # those of them within a few words of the number: its predicate, its noun phrase
    sentence: str  # the sentence, squashed, to know a sentence reprinted by another outlet

    @property
    def article(self) -> str:
        return self.claim.article_id

    def signature(self) -> tuple:
        """Everything the comparisons read of this frame but where it stands (its article, its place in the
        text): a reprinted sentence's claims share it, and a pair of them is compared once, whatever the copies."""
        c = self.claim
        return (self.family, self.kind, self.what, self.head, self.what_class, self.whose, self.event, self.when,
                self.context, self.near, self.sentence, c.type, c.record, c.cmp_low, c.cmp_high, c.cue, c.whole)

    @property
    def increment(self) -> bool:
        """A count added to an earlier one ("three more suspects"): the extractor's subject says "more"."""
        return self.what == "more" or self.what.startswith("more ")


def signature_ids(frames: Sequence[Frame]) -> list[int]:
    """Each frame's signature as a small number, equal for frames of equal signature (Frame.signature): the key
    under which a comparison, a cannot-link or a pair's reasons are worked out once for every copy."""
    ids: dict[tuple, int] = {}
    return [ids.setdefault(f.signature(), len(ids)) for f in frames]


def describe(claim: NumericClaim) -> Frame:
    """The frame of one claim."""
    family = FAMILIES.get(claim.type, "amount")
    if claim.type == "date" and claim.value > 31:
        family = "year"  # a month and year, no day: "October 1950" is compared as the year it dates
    kind = claim.type
    if kind == "money":
        kind = f"money/{claim.unit or ''}"
    elif kind == "percent" and claim.unit == "basis points":
        kind = "percent/basis points"  # 40 basis points are 0.4 percentage points: never compared with them
    elif kind == "age" and claim.unit:
        kind = f"age/{claim.unit}"  # a 6-month-old and a 6-year-old are never one age
    elif claim.dimension:
        kind = f"measure/{claim.dimension}"  # 100,000 gallons and 100,000 pounds are never one quantity
    words = claim.subject_text.lower().split()
    head = singularize(words[-1]) if words else ""
    what = claim.subject if claim.subject not in ("", claim.type) else ""
    if FAMILIES.get(claim.type) == "span" and not what:
        what = claim.event or ""  # "married two weeks ago" and "wed about three weeks ago" span one wait
    if family == "year" or claim.type == "score":  # a year dates an event, a record ("52-3") is someone's: two of
        what = "score" if claim.type == "score" else "year"  # a story are compared, by owner and words, as one kind
    context = claim.context - {head, what}
    when = frozenset(claim.weekdays) | ({claim.cue} if claim.cue else frozenset())
    return Frame(claim, family, kind, what, head, claim.subject_class, claim.owner,
                 claim.event, when,
                 context, _near(claim, context), " ".join(claim.sentence.text.lower().split()))


def _near(claim: NumericClaim, context: frozenset[str]) -> frozenset[str]:
    """The context words among the NEAR_WORDS words on either side of the number."""
    sentence = claim.sentence
    before = WORDS.findall(sentence.text[:claim.start - sentence.start])[-NEAR_WORDS:]
    after = WORDS.findall(sentence.text[claim.end - sentence.start:])[:NEAR_WORDS]
    forms = {stem(singularize(w.lower())) for w in before + after}
    return frozenset(forms & context)


def magnitude(frame: Frame) -> float:
    """The value two frames are compared by: a span of time in seconds (its compared bounds summed, so that "30
    seconds" and "one minute" meet), any other claim its value."""
    claim = frame.claim
    return claim.cmp_low + claim.cmp_high if frame.family == "span" else claim.value


def same_owner(x: str | None, y: str | None) -> bool:
    """Whether two owners name one person or body: the same name, or the last name of one among the words of the
    other ("sanchez" and "edgar sanchez rios"; "davis" and "diallo davis"), unless each gives a first name the
    other lacks ("cleveland smelley" and "antoine smelley"). Words are matched as a slip of one letter would
    still match them ("malijah grant" and "malijha grant")."""
    if not (x and y):
        return False
    if x == y:
        return True
    xs, ys = _name_words(x), _name_words(y)
    if len(xs) > 1 and len(ys) > 1 and not (_among(xs[0], ys) or _among(ys[0], xs)):
        return False
    return _among(xs[-1], ys) or _among(ys[-1], xs)


def _name_words(owner: str) -> list[str]:
    """An owner's words, apostrophes of one glyph and no possessive ("a’naiya montgomery’s")."""
    return [w.removesuffix("'s") for w in owner.replace("’", "'").split()]


def _among(word: str, words: list[str]) -> bool:
    """Whether a name's word is among another's words: the same, an initial of it ("j." and "john"), or, for
    words of five letters or more, one slip away (one letter changed, added, dropped or two swapped)."""
    word = word.rstrip(".")
    for other in (w.rstrip(".") for w in words):
        if word == other or (min(len(word), len(other)) == 1 and word[0] == other[0]):
            return True
        if min(len(word), len(other)) >= 5 and OSA.distance(word, other) <= 1:
            return True
    return False


def related(a: Frame, b: Frame) -> bool:
    """Whether two frames' kinds may state one quantity at all (the blocking rule on kind)."""
    kinds = frozenset({a.kind, b.kind})
    if kinds == _DATE_AND_YEAR:  # "October 1950" and "1950"; not "October 13" and "1950"
        return a.family == b.family
    return a.kind == b.kind or kinds in RELATED_KINDS
