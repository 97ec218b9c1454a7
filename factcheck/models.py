"""The values that flow through the pipeline, each frozen.

articles -> sentences -> claims -> groups of aligned claims -> findings -> report.

Offsets are code-point indices into ``Article.text``, the decoded file as it is (BOM removed, nothing else
changed); line and column are computed from them only when a report is written.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
from dataclasses import dataclass, field
from typing import TypeVar

_Model = TypeVar("_Model")
_DIGITS = re.compile(r"\d+")
_NO_VALUE = object()


def clock_minutes(hhmm: float) -> float:
    """A clock time's value (HHMM on a 24-hour clock, 2030) as minutes since midnight (1230)."""
    return hhmm // 100 * 60 + hhmm % 100


def _slot_init(cls: type[_Model]) -> type[_Model]:
    """A frozen dataclass's __init__ sets each field through object.__setattr__, around the frozen guard; the
    slot's own setter does the same in less than half the time. For the values made by the thousand (sentences
    and claims); the class stays frozen, equal and hashable as before."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    namespace: dict[str, object] = {"_NO_VALUE": _NO_VALUE}
    params, body = [], []
    for f in fields:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            body.append(f"    _set_{f.name}(self, {f.name})")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_NO_VALUE")
            body.append(f"    _set_{f.name}(self, _factory_{f.name}() if {f.name} is _NO_VALUE else {f.name})")
        else:
            params.append(f.name)
            body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


class Severity(enum.IntEnum):
    """How sure and how serious a finding is; higher is worse."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


@dataclass(frozen=True, slots=True)
class Suppression:
    """A comment in an article that hides findings: `<!-- factcheck: ignore RULE -- reason -->`."""

    article_id: str
    line: int  # 1-based line of the comment
    target_line: int  # the line whose claims it hides (the next line with text); 0 for the whole file
    rules: frozenset[str]
    reason: str

    def covers(self, rule: str) -> bool:
        return "all" in self.rules or "*" in self.rules or rule in self.rules


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and where it came from."""

    id: str
    path: str
    source: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    story: str | None = None
    # Character ranges of the text that are news (front matter and boilerplate excluded).
    body: tuple[tuple[int, int], ...] = ()
    # Offsets where lines start: line and column survive when the text is dropped after extraction.
    line_starts: tuple[int, ...] = (0,)
    suppressions: tuple[Suppression, ...] = ()
    published: datetime.date | None = None  # from front matter `date:` or a dateline
    # Where the text lies in its file: its own lines ("text"), one line of a JSON Lines export ("record", at
    # record_line), or text extracted from a web page, whose lines are not the page's ("page": no line)
    layout: str = "text"
    record_line: int = 0


@_slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's body, with its offsets into the article text."""

    article_id: str
    start: int
    end: int
    text: str


@_slot_init
@dataclass(frozen=True, slots=True)
class NumericClaim:
    """A number stated in an article, read as an interval, with what it counts.

    ``low``/``high`` are None where the hedge leaves that side open ("more than 40" has no stated upper bound,
    but a pragmatic one is kept in ``cmp_high`` for comparison).
    """

    article_id: str
    start: int
    end: int
    text: str
    sentence: Sentence
    value: float
    low: float | None
    high: float | None
    hedge: str | None
    type: str  # count, money, percent, magnitude, measure, score, date, time, year, age, duration, ordinal, ...
    subject: str  # canonical counted subject ("organization", "people", "magnitude", ...) or ""
    subject_text: str  # the words as written ("civil rights organizations")
    event: str | None = None  # killed, injured, arrested, ... from rules/events.toml
    unit: str | None = None  # a currency code ("USD"), a unit as written ("km"), "%", "basis points" ...
    cmp_low: float = 0.0  # the interval used to compare: pragmatic bounds included
    cmp_high: float = 0.0
    updated: bool = False  # the sentence reports the figure changing ("rose to 10")
    owner: str | None = None  # whose number: the last name in the clause before it ("brand" for Brand's)
    cue: str | None = None  # a time cue that marks a background event ("september", "2003")
    context: frozenset[str] = field(default_factory=frozenset)  # content words of the sentence
    weekdays: frozenset[str] = field(default_factory=frozenset)  # days the sentence names ("monday")
    stamp: bool = False  # a date or time that only stamps the article ("Updated June 22, 2013 01:03 PM")
    whole: bool = False  # the whole of a part ("two of the three victims died": three), not the event's count
    subject_class: str = ""  # the kind of thing counted ("person" for victims, women, people), or ""
    scale: float = 1.0  # what the compared bounds are in units of the value: seconds per unit of a span of time

    @property
    def kind(self) -> str:
        return "numeric"

    @property
    def record(self) -> tuple[float, ...]:
        """What two claims must share to state one value: every number of a record or score as written ("45-7-2":
        45, 7 and 2, where ``value`` holds the first), of any other claim its value."""
        if self.type == "score":
            parts = tuple(float(n) for n in _DIGITS.findall(self.text))
            if parts:
                return parts
        return (self.value,)

    def same_value(self, other: NumericClaim) -> bool:
        """Whether two claims state one value: equal values and, of two records, every part both write ("45-1"
        and "45-7-2" differ; "122" read alone from "122-147" does not)."""
        if self.value != other.value:
            return False
        if self.type == other.type == "score":
            a, b = self.record, other.record
            return a[:len(b)] == b[:len(a)]
        return True

    def compatible(self, other: NumericClaim) -> bool:
        """Whether the intervals two claims are compared by meet (more than at an edge: ``touches``)."""
        return self.cmp_low <= other.cmp_high and other.cmp_low <= self.cmp_high and not self.touches(other)

    def touches(self, other: NumericClaim) -> bool:
        """Whether two approximate values meet only at an edge: "about 8 p.m." (7:45 to 8:15) and "around 8:30
        p.m." (8:15 to 8:45) are half an hour apart, each stretched a quarter of an hour toward the other, where
        "about 8 p.m." and "8:15 p.m." meet."""
        edge = self.cmp_high == other.cmp_low or other.cmp_high == self.cmp_low
        return edge and self.approximate and other.approximate

    @property
    def approximate(self) -> bool:
        """A value stretched both ways around what it says ("about 40" is 35 to 45), in the units it is compared
        by (a clock time in minutes of the day; a measure or a span, converted, is never taken as one)."""
        said = clock_minutes(self.value) if self.type == "time" else self.value
        return self.type not in ("measure", "duration", "relative") and self.cmp_low < said < self.cmp_high

    @property
    def dimension(self) -> str | None:
        """A measure's dimension ("length"): its subject leads with it ("length of pipeline")."""
        return self.subject.split()[0] if self.type == "measure" and self.subject else None


@_slot_init
@dataclass(frozen=True, slots=True)
class NamedClaim:
    """A name of a person, organisation, place or product as written in an article."""

    article_id: str
    start: int
    end: int
    text: str
    sentence: Sentence
    entity: str  # the canonical name after aliases ("Jeff Bezos" for "Bezos")

    @property
    def kind(self) -> str:
        return "name"


Claim = NumericClaim | NamedClaim


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement (or, in ``Report.agreements``, an agreement) between claims about one thing."""

    rule: str
    kind: str
    severity: Severity
    subject: str
    message: str
    claims: tuple[Claim, ...]
    fingerprint: str
    why: str = ""  # why the claims were judged to be about one thing
    primary: int = 0  # the claim a CI annotation points at (the one in a changed article)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article an unexpected error cost: where, the error in one line, and its traceback (shown with --debug)."""

    where: str
    error: str
    traceback: str

    def __str__(self) -> str:
        return f"{self.where}: internal error (a bug in factcheck, please report it): {self.error}"


@dataclass(frozen=True, slots=True)
class Report:
    """All a run found: what reporters print and what decides the exit code."""

    articles: tuple[Article, ...]
    findings: tuple[Finding, ...]
    agreements: tuple[Finding, ...]
    claim_count: int
    problems: tuple[str, ...] = ()  # input files that were skipped, each "path: problem"
    stories: tuple[tuple[str, ...], ...] = ()  # article ids of each story, claims compared only within one
    notices: tuple[str, ...] = ()  # stale baseline entries, unused suppressions: things to tidy, not findings
    failures: tuple[Failure, ...] = ()  # articles an internal error (a bug) cost; the others were checked

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
