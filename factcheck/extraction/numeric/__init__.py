"""Numeric claims: every number in a sentence, read as a hedged interval with a kind and a description.

The stages, one module each, in the order a number passes through them:

    reading.py      the number: "$1.32bn", "two and a half million", "40-50", "a dozen" -> value, unit
    hedge.py        its hedge and the numbers joined to it: "more than 40", "between 40 and 80" -> interval
    kind.py         its kind from the words around it: a count, money, a date, a clock time, an age ...
    description.py  what it counts, whose it is, its event and time cue: what alignment reads

Only counts, money, percentages, shares, magnitudes, measurements and days of a month are compared as
quantities of one subject (COMPARABLE_TYPES); years, dates, times, ages and durations are compared with their
own kind by alignment. All knowledge comes from the Ruleset.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

import regex

from ...models import NumericClaim, Sentence
from ...pattern_store import regex_pattern
from ...ruleset import Ruleset
from .description import Describer
from .hedge import VAGUE_SPREAD, Hedges, Span, granularity, hedged_interval, hedged_range, join_bounds
from .kind import COMPARABLE_TYPES, Kinds
from .reading import NumberReader, Reading, clean, find_urls
from .words import phrase, singularize, stem

__all__ = ["COMPARABLE_TYPES", "NumericExtractor", "granularity", "hedged_interval", "singularize", "stem"]

_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})
# Kinds no number of which is below zero: a hyphen before one is a dash or a bullet ("-5 people were killed").
NEVER_NEGATIVE = frozenset({"count", "age", "ordinal"})
# No news quantity is larger (a quintillion); a longer run of digits is an identifier or junk, and past about
# 1e308 no float holds it.
LARGEST = 1e18
# an increment: "three more suspects", "an additional six engines", "a further four appliances"
_MORE_AFTER = regex_pattern(r"\s+more\s")
_MORE_BEFORE = regex_pattern(r"(?<![\p{L}])(?:additional|further)\s+$", regex.IGNORECASE)
_LAST_WORD = regex_pattern(r"(?r)([\p{L}]+)\W*$")
# A running count of days: "the sixth straight day of protests" is the seventh in the next day's report
_RUNNING_DAYS_NEXT = regex_pattern(
    r"\s*(?:straight|consecutive|successive)\s+(?:days?|nights?|weeks?|months?|years?)(?![\p{L}])", regex.IGNORECASE)
# A unit and a half after a number: "an hour and a half", "three years and a half", "two miles and a half"
_UNIT_AND_A_HALF = regex_pattern(r"\s*[\p{L}]+\s+and\s+a\s+half(?![\p{L}])", regex.IGNORECASE)


class NumericExtractor:
    """Reads numeric claims out of sentences; build once per Ruleset, use for every article."""

    def __init__(self, ruleset: Ruleset) -> None:
        self.reader = NumberReader(ruleset)
        self.hedges = Hedges(ruleset, self.reader)
        self.kinds = Kinds(ruleset, self.hedges.hedge_before, self.hedges.hedges)
        self.describer = Describer(ruleset, self.reader, self.kinds)

    def article_claims(self, sentences: Sequence[Sentence], text: str) -> list[NumericClaim]:
        """Every numeric claim of an article's sentences, in order. Where numbers may start is found once for
        the article; a sentence with none is not read further."""
        if not sentences:
            return []
        if "\u066b" in text or "\u066c" in text:  # Arabic decimal and thousands separators, read as "." and ","
            text = text.translate(_ARABIC_SEPARATORS)  # one character for one: every offset stays
        start, end = sentences[0].start, sentences[-1].end
        starts, urls = self.reader.triggers(text, start, end), find_urls(text, start, end)
        claims: list[NumericClaim] = []
        for sentence in sentences:
            first = bisect.bisect_left(starts, sentence.start)
            if first < len(starts) and starts[first] < sentence.end:
                claims += self.claims(sentence, text, starts, urls)
        return self.describer.elided_nouns(claims, text)

    def claims(self, sentence: Sentence, text: str, starts: list[int] | None = None,
               urls: list[tuple[int, int]] | None = None) -> list[NumericClaim]:
        """Every numeric claim of one sentence; ``text`` is the whole article text (``starts`` and ``urls``:
        see readings)."""
        if starts is None:
            starts = self.reader.triggers(text, sentence.start, sentence.end)
        readings = self.reader.readings(text, sentence.start, sentence.end, starts, urls)
        # times and dates start with the digits of their hour, year or day (or the month before the day)
        digits = [i for i in starts[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
                  if text[i].isdigit()]
        claims = self.kinds.times_and_dates(sentence, text, digits) if digits else []
        claims += self.kinds.word_times(sentence, text)
        taken = [(c.start, c.end) for c in claims]
        readings = [r for r in readings if not any(r.start < end and start < r.end for start, end in taken)]
        i, read_to = 0, -1
        while i < len(readings):
            r = readings[i]
            if r.start < read_to:
                i += 1  # inside the previous claim: a measure's conversion such as "(700 miles)"
                continue
            span = Span(r.start, r.end, r.value, r.low, r.high, r.unit, r.type)
            i = self.hedges.join_pair(span, readings, i, text, sentence)
            self.hedges.attach(span, text, sentence)
            claim = self._claim(sentence, text, r, span)
            if claim is not None:
                claims.append(claim)
                read_to = claim.end
            i += 1
        claims = join_bounds(sorted(claims, key=lambda c: (c.start, c.end)), text)
        claims = self.kinds.mark_stamps(claims, sentence, text)
        return [self.describer.classify(self.describer.describe(c, sentence, text)
                                        if not c.context and c.type != "identifier" else c) for c in claims]

    def _claim(self, sentence: Sentence, text: str, r: Reading, span: Span) -> NumericClaim | None:
        """The claim a span makes: its type, its interval as stated and as compared, its subject and, for the
        types that are compared, what alignment needs (Describer.relations). None for a number that is no claim."""
        start, end, value, low, high = span.start, span.end, span.value, span.low, span.high
        if not all(math.isfinite(x) and abs(x) <= LARGEST for x in (value, low, high) if x is not None):
            return None
        unit, qtype, hedge_kind, hedge_text = span.unit, span.type, span.hedge, span.hedge_text
        typed_at = end if span.typed_at is None else span.typed_at
        before = text[sentence.start:r.start]
        after = text[end:sentence.end]
        bounded = hedge_kind in ("over", "under", "at_least", "at_most", "nearly")  # "above 1000" is no year
        qtype, unit, value = self.kinds.quantity_type(text[r.start:r.end], before, text[typed_at:sentence.end], value,
                                                 math.inf if bounded else high, qtype, unit, r)
        if qtype is None:
            return None
        half = _UNIT_AND_A_HALF.match(after) if qtype in ("duration", "relative", "measure") else None
        half_end = end + half.end() if half else end
        if half:  # "an hour and a half" is 1.5 hours, not an hour and a fraction of something
            value, low, high = value + 0.5, (None if low is None else low + 0.5), (None if high is None else high + 0.5)
        if value < 0 and qtype in NEVER_NEGATIVE and text[start] == "-":  # "- 5 people were killed": a dash
            start = start + 1 + len(text[start + 1:end]) - len(text[start + 1:end].lstrip())
            value, low, high = -value, (None if high is None else -high), (None if low is None else -low)
        inches = self.kinds.inches(after, value) if qtype == "measure" and hedge_kind != "range" and not r.vague \
            else None
        if inches:  # "5-foot-8" is 68 inches; its words are read as the feet's ("6 feet one inch tall", "6 feet tall")
            value, cut, cut_to = inches
            inches_end, after = end + cut_to, after[:cut] + after[cut_to:]
        # the words before the hedge: "in excess of $160 million" names no "excess"
        more = _MORE_AFTER.match(after) if qtype == "count" else None
        increment = bool(more) or qtype == "count" and bool(_MORE_BEFORE.search(
            text, max(sentence.start, start - 24), start))  # "three more suspects", "an additional six engines"
        if more:  # the noun after "more" is what the increment counts
            after = after[more.end() - 1:]
        subject_text, subject = self.describer.subject_of(qtype, text[sentence.start:start], after, value, unit)
        if increment:  # compared only with other increments, never with a total
            subject = f"more {subject}".strip()
        if r.vague and hedge_kind is None:
            stated_low, stated_high = (low, high) if low != r.low else (r.low, r.high)  # a scaled vague quantity
            cmp_low, cmp_high = stated_low, stated_high
        elif hedge_kind == "range":
            stated_low, stated_high, cmp_low, cmp_high = hedged_range(low, high, span.range_hedge)
        else:
            stated_low, stated_high, cmp_low, cmp_high = hedged_interval(value, hedge_kind)
            if r.vague and r.high > VAGUE_SPREAD * r.low:  # a hedge makes no vague word a figure: "over a few"
                # is no "over 3" ("about a dozen" is about 12)
                cmp_low, cmp_high = min(cmp_low, r.low), max(cmp_high, r.high)
        scale = 1.0  # the compared bounds in metres, kilograms, seconds: so many of them per unit stated
        if qtype == "measure":
            unit_text = self.kinds.past_article(text[r.start:r.end], after)
            measure = self.kinds.measure_after.match(unit_text)
            if measure:  # compare lengths in metres, masses in kilograms ...
                dimension, factor = self.kinds.measure_units[phrase(measure.group("u"))]
                if dimension in self.kinds.fraction_dimensions and value >= 1 and value == int(value):
                    point = 10.0 ** -len(str(int(value)))  # "a 38-caliber" is a .38
                    value, stated_low, stated_high = value * point, _times(stated_low, point), _times(stated_high, point)
                    cmp_low, cmp_high = cmp_low * point, cmp_high * point
                end += len(after) - len(unit_text) + measure.end()
                unit = phrase(measure.group("u"))  # as written; the subject has the dimension
                if inches:
                    unit, factor, end = self.kinds.inch_unit, self.kinds.measure_units[self.kinds.inch_unit][1], inches_end
                cmp_low, cmp_high, scale = cmp_low * factor, cmp_high * factor, factor
                conversion = self.kinds.measure_conversion.match(text, end, sentence.end)
                if conversion:
                    end = conversion.end()
        elif qtype in ("duration", "relative") and unit:  # compare spans of time in seconds
            seconds = self.kinds.seconds.get(singularize(unit.split()[-1]), 0.0)
            if seconds:
                cmp_low, cmp_high = cmp_low * seconds, cmp_high * seconds
                scale = seconds
            if text[r.start:r.end].lower() in ("a", "an"):  # "about a minute" says its unit: shown with it
                end += len(after) - len(after.lstrip()) + len(unit)
        end = max(end, half_end)
        previous_word = _LAST_WORD.match(text, sentence.start, start)
        if previous_word and previous_word.group(1).lower() in self.describer.windows:
            subject = ""  # "in their last 10 games" sets a window; it states no fact to compare
        fields: dict[str, object] = {"subject": subject, "subject_text": subject_text}
        if qtype == "count" and subject_text and subject_text.split()[-1].lower() in self.kinds.durations:
            qtype, fields["subject"] = "duration", ""  # "over six full seasons" is a span of time, not a count
        elif qtype in COMPARABLE_TYPES:
            nobody = r.vague and value == 0  # "no one", "nobody": the verb after it is no noun it counts
            fields = self.describer.relations(sentence, text, start, after, "" if nobody else subject_text,
                                              "" if nobody else subject, qtype)
            if nobody:  # a count only of an event's people: "no one was hurt" (not "no one knows")
                if fields["event"] is None:
                    return None
                fields["subject"] = self.describer.event_subjects.get(fields["event"], "")
        if qtype == "ordinal" and _RUNNING_DAYS_NEXT.match(after):
            fields["updated"] = True  # it advances with the date of the report: two reports differ, no one errs
        return NumericClaim(sentence.article_id, start, end, text[start:end], sentence, clean(value),
                            clean(stated_low) if stated_low is not None else None,
                            clean(stated_high) if stated_high is not None else None,
                            hedge_text, qtype, unit=unit, cmp_low=cmp_low, cmp_high=cmp_high, scale=scale, **fields)


def _times(bound: float | None, factor: float) -> float | None:
    return None if bound is None else bound * factor
