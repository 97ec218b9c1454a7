"""Numeric claims: every number in a sentence, read as a hedged interval with a type and a counted subject.

The idea: find number cores (digits, words, vague quantities), widen each to the full expression around it
(currency, scale, percent, a range, a hedge), then decide what kind of quantity it is (a count, money, a date,
an age ...) from the words next to it, and what it counts from the noun phrase after it. Only counts, money,
percentages, shares ("two-thirds of"), magnitudes, measurements and days of a month are compared later (see
COMPARABLE_TYPES); years, full dates, times, ages, durations, relative times, scores, ordinals and identifiers
are kept as claims of their own type so that they never enter a count comparison.

All knowledge (number words, hedges, currencies, synonyms, events, units) comes from the Ruleset.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import regex

from ..models import NumericClaim, Sentence
from ..patterns import alternation, standard
from ..ruleset import Ruleset

# Patterns used inside functions, compiled once.
# The rules that type a number, in the order they are tried (kind_after / kind_before name them), and the type
# each gives: "magnitude 5.6", glued to letters ("A380", "COVID-19": no claim), "7:20", "No. 5" or "the 2200
# block of", "June 15", a year, "the 1940s", "38 years old" or "aged 38", "LaCalamita, 38,", "30 seconds", "15 miles",
# "555-1234", "31-24". (Ordinals, "21st", are known when the number is read.)
_QUANTITY_RULES = ("magnitude", "glued", "clock", "sign", "block", "month", "year", "decade", "years_old", "aged",
                   "comma", "name_comma", "duration", "measure", "phone", "dash")
_QUANTITY_TYPES = {"magnitude": "magnitude", "glued": None, "clock": "time", "sign": "identifier",
                   "block": "identifier", "month": "date", "decade": "date", "years_old": "age", "aged": "age",
                   "comma": "age", "name_comma": "age", "phone": "identifier", "dash": "score"}
_URL = standard(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PRONOUN_ONE = regex.compile(r"(?ri)(?<![\p{L}])(?:the|this|that|which|each|every|any|no|another)\s+$")
_CLOCK_NEXT = standard(r",?\s*(?:at\s+)?\d{1,2}(?::\d\d|\s?[ap]\.?\s?m\b)", re.IGNORECASE)
_VERB_BEFORE_TIMES = regex.compile(r"(?r)(?<![\p{L}])(\p{Ll}{2,}(?:ed|ot|it|un|ck|ng))\s+$")
_MODEL_AFTER = regex.compile(r"\s+(?:(?P<letters>\p{Lu}{1,4})[-\s]?|\p{Lu}\p{Ll}+\s+)(?P<digits>\d{2,4})s?(?![\p{L}\d])")
_PARTITIVE_BEFORE = regex.compile(r"(?ri)(?<![\p{L}])(?:\d+|[\p{L}]+)\s+of\s+(?:the|its|their|his|her|those|these)\s+$")
_LETTERS = standard(r"[\p{L}]+")
_ALL_DIGITS = standard(r"\d+")
_CONVERSION_OPEN = standard(r"\s*[(\[/]\s*")
_CONVERSION_CLOSE = standard(r"\s*[)\]]")
_SLASH_NEXT = standard(r"\s*/")
_LAST_WORD = regex.compile(r"(?r)([\p{L}]+)\W*$")
_OR_EQUAL = standard(r"\s*,?\s*or\s+equal(?:\s+to)?(?:\s+(?:it|that|this))?(?![\p{L}])(?!\s*(?:to\s+)?[\d$£€¥])",
                     re.IGNORECASE)
_BOUND_JOIN = standard(r"\s*(?:,\s*)?(?:(?:and|but)\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = standard(r"[;:,—–]|\s-\s")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[;:,—–]|\s-\s")
_FIRST_WORD = standard(r"\W*([\p{L}]+)")
_OTHER_NEXT = standard(r"(?i)^\s*other\s")
_MINOR_GAP = standard(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_WORD_NEXT = standard(r"\s*(?!and(?![\p{L}]))\p{L}", re.IGNORECASE)
_ORDINAL_SUFFIX = standard(r"(?i)(?:st|nd|rd|th)(?![\p{L}])")
_RELATIVE_AFTER = standard(r"(?i)\s+(?:ago|earlier|later|before|after|from\s+now|previously)(?![\p{L}])")
_OF_NEXT = re.compile(r"\s+of\s")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_POUNDS_AFTER = standard(r"(?i)[\s-]+pounds?(?![\p{L}])(?!\s+of\b)")
_HYPHEN_WORD = regex.compile(r"-(\p{L}+)(?![\p{L}\d'’-])")
_SHARE_OF = standard(r"(?i)^\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+)?|the\s+)?")
_ORDINAL_A = regex.compile(r"(?i)an?[\s-]+(?!half\b)\p{L}+$")
_OF_PHRASE = standard(r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
_DIMENSION_ADJECTIVE = standard(r"^[-\s]*(?:long|high|wide|deep|tall)\b")
_FOUR_DIGITS = standard(r"\d{4}")
_TWO_TO_FOUR_DIGITS = standard(r"\d{2,4}")
_DIGIT_RUN_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(?:\+?\d[\d\s().-]{6,})$")
_CAPITALISED_WORD_BEFORE = regex.compile(r"(?r)(?<=\S\s+)\p{Lu}[\p{L}]*\s+$")
_POSSESSIVE_END = regex.compile(r"(?r)['’]s?$")
_POSSESSIVE_S = standard(r"['’]s$")
_OWNER_CLAUSE_BREAK = regex.compile(r"(?r)[;:,(]|\s(?:and|but|while|whereas)\s")
# led by its capital, which the standard engine skips to; the letter that may not stand before it is looked behind at
_CAPITALISED_NAME = standard(r"\p{Lu}(?<![\p{L}].)[\p{Ll}][\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}][\p{L}'’-]*)*")
_LAST_LETTERS = regex.compile(r"(?r)\p{L}+")
# a clock time right after a year is a stamp: "09 / 14 / 2013 01:03 PM", "Jan. 5, 2013 at 9:06 AM"
_STAMP_END = re.compile(r"(?<![^\W\d_])(?!(?:[AaPp]\.?[Mm]|GMT|UTC|[A-Z][DS]T|at)\b)[^\W\d_]{2,}")
_YEAR_BEFORE_CLOCK = re.compile(r"(?:19|20)\d\d,?\s*(?:at\s+|-\s+)?$")
# whose an age is: "Diallo Davis, 23", "LaCalamita III, 38"; "a 23-year-old man", "61-year-old Sharron Smith"
_NAME_BEFORE_AGE = regex.compile(r"(?r)(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+(?:[IVX]+|Jr\.?|Sr\.?))?),\s*(?:aged?\s+)?$")
_PERSON_AFTER_AGE = standard(r"^[-\s]*(?:years?|yrs?)[-\s]+old\s+(?P<n>(?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+"
                             r"|[\p{Ll}-]+)")


# Types that are compared across articles; the others are recorded but never compared.
# Scores are recorded but not compared yet: a sports story holds many scores and records with nothing in the
# sentence to tell whose they are.
COMPARABLE_TYPES = frozenset({"count", "money", "percent", "magnitude", "measure", "fraction", "date"})

# A word (a letter, then letters, digits, apostrophes, hyphens, and points inside it: "U.S"), a number or a sign.
# Led by one class of every first character and dispatched by a look back at it, so that the standard engine
# skips to the next token fast. [^\W\d_]: a letter.
_WORD = re.compile(r"[\w%$£€¥](?:(?<=[^\W\d_])(?:[^\W_]+|['’\-]|\.(?=[^\W\d_]))*"
                   r"|(?<=\d)[\d,.]*|(?<=[%$£€¥]))")


@functools.lru_cache(maxsize=4096)
def granularity(value: float) -> float:
    """How round a number is: the largest power of ten, or five times one, that divides it.

    40 -> 10, 450 -> 50, 100 -> 100, 43 -> 1, 5.9 -> 0.1. Round numbers are read more loosely (Krifka 2009).
    """
    if value == 0:
        return 1.0
    value = abs(value)
    decimals = 0
    while decimals < 6 and abs(value * 10**decimals - round(value * 10**decimals)) > 1e-6:
        decimals += 1
    unit = 10.0**-decimals
    steps = round(value / unit)
    best = unit
    power = unit
    while power * 10 <= value * 10:
        for step in (power, 5 * power):
            if step <= steps * unit and round(value / step) * step == round(value, 6) and abs(
                value / step - round(value / step)
            ) < 1e-9:
                best = max(best, step)
        power *= 10
    return best


def hedged_interval(value: float, kind: str | None) -> tuple[float | None, float | None, float, float]:
    """(low, high, cmp_low, cmp_high) for a hedge kind.

    low/high are what the words state (None where open); cmp_low/cmp_high add the pragmatic bound a reader
    infers from the roundness of the number ("more than 40" is not 85).
    """
    size = abs(value)  # "nearly -20 degrees" is as loose as "nearly 20"
    g = granularity(value)
    slack = max(g, size * 0.5)
    floor = 0.0 if value >= 0 else -math.inf  # a count under 10 is not below zero
    if kind == "over":
        return value, None, value + size * 1e-9, value + slack
    if kind == "at_least":
        return value, None, value, value + slack
    if kind == "under":
        return None, value, max(floor, value - slack), value - size * 1e-9
    if kind == "at_most":
        return None, value, max(floor, value - slack), value
    if kind == "nearly":
        return None, value, value - max(min(g, size * 0.1), size * 0.02), value
    if kind == "about":
        tolerance = max(size * 0.05, min(g / 2, size * 0.25))
        return value - tolerance, value + tolerance, value - tolerance, value + tolerance
    # A bare number: exact, but as exact as it is written ("5.6" covers 5.55 to 5.65 only when rounded).
    return value, value, value, value


def _hedged_range(low: float, high: float, kind: str | None) -> tuple[float | None, float | None, float, float]:
    """(low, high, cmp_low, cmp_high) of a range with a hedge before it: "about 40-50" widens both ends as
    "about" widens one number; a lower bound ("at least 40-50") holds at the low end, an upper bound ("up to
    40-50", "nearly 40-50") at the high end; without a hedge the range is what it says."""
    if kind == "about":
        return low, high, hedged_interval(low, kind)[2], hedged_interval(high, kind)[3]
    if kind in ("over", "at_least"):
        return hedged_interval(low, kind)
    if kind in ("under", "at_most", "nearly"):
        return hedged_interval(high, kind)
    return low, high, low, high


class _Reading(NamedTuple):
    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str | None
    type: str
    vague: bool = False


@dataclass
class _Span:
    """A claim being read: where it runs and what it says, before its type and subject are decided."""

    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str | None
    type: str
    hedge: str | None = None  # the hedge's kind: over, about, range ...
    hedge_text: str | None = None  # as written, in lower case
    typed_at: int | None = None  # where the words that tell the type start, when not at the end
    range_hedge: str | None = None  # the kind of a hedge before a range: "about 40-50"


class NumericExtractor:
    """Reads numeric claims out of sentences; build once per Ruleset, use for every article."""

    def __init__(self, ruleset: Ruleset) -> None:
        numbers = ruleset.numbers()
        self.units = {k.lower(): float(v) for k, v in numbers["units"].items()}
        self.tens = {k.lower(): float(v) for k, v in numbers["tens"].items()}
        self.scales = {k.lower(): float(v) for k, v in numbers["scales"].items()}
        self.suffixes = {k.lower(): float(v) for k, v in numbers["suffixes"].items()}
        self.money_suffixes = {k.lower(): float(v) for k, v in numbers["money_suffixes"].items()}
        self.fractions = {k.lower(): float(v) for k, v in numbers["fractions"].items()}
        self.vulgar_fractions = {k: float(v) for k, v in numbers.get("vulgar_fractions", {}).items()}
        self.multipliers = {k.lower(): float(v) for k, v in numbers["multipliers"].items()}
        self.vague = {k.lower(): v for k, v in numbers["vague"].items()}
        percent = numbers["percent"]
        currencies = ruleset.currencies()
        self.symbols = dict(currencies["symbols"])
        self.codes = set(currencies["codes"]["codes"])
        self.currency_words = {k.lower(): v for k, v in currencies["words"].items()}
        self.hedges = ruleset.hedges()
        self.synonyms = ruleset.synonyms()
        self.relational = ruleset.relational_nouns()
        self.not_subjects = ruleset.not_subjects()
        self.plurals = frozenset(ruleset.data["subjects.toml"].get("plurals", {}).get("words", []))
        self.event_words, self.event_subjects = ruleset.events()
        self.stop = ruleset.language("phrase", "stop")
        self.months = ruleset.language("calendar", "months")
        self.weekdays = ruleset.language("calendar", "weekdays")
        self.durations = ruleset.language("durations", "units")
        background = ruleset.language("background", "cues")
        months = alternation(self.months)
        self.cue_year = standard(r"(?<![\p{L}])(?:in|since|of|during)\s+(?:(?:early|late|mid)[\s-]+)?"
                                 rf"(?:(?:{months})\.?\s+)?(?P<y>1[89]\d\d|20\d\d)(?!\d)",
                                 re.IGNORECASE)
        self.cue_month = standard(rf"(?:(?<![\p{{L}}])(?:in|since|during)\s+(?:early\s+|late\s+|mid-?)?|"
                                  rf"(?<![\p{{L}}])(?:early|late|mid)[\s-]+)"
                                  rf"(?P<m>{months})(?![\p{{L}}])(?!\.?\s*\d)", re.IGNORECASE)
        # words that must be in a sentence for its month or phrase cue to be looked for: one search each, of
        # literal words in the lower-cased sentence
        self.any_month = re.compile(alternation(self.months) or "(?!)")
        self.any_cue_word = re.compile(alternation(max(p.split(), key=len) for p in background) or "(?!)")
        self.cue_phrase = standard(rf"(?<![\p{{L}}])(?:{alternation(background)})(?![\p{{L}}])",
                                   re.IGNORECASE)
        self.time_re = regex.compile(
            r"(?<![\p{L}\d:.])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::\d{2})?\s?"
            r"(?:(?P<ap>[ap])\.?\s?m\b\.?|(?<=\d:\d\d\s?)(?![ap]\.?\s?m))"
            r"|(?<![\p{L}\d:.])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d])",
            regex.IGNORECASE)
        self.decade_re = standard(r"(?<![\p{L}\d])(?P<y>1[0-9]\d0|20\d0)['’]?s(?![\p{L}])")
        # a date is read from its day: "June 15, 2018" (the month before it) or "15th of June 2018"
        months_behind = alternation(self.months, backward=True)
        self.month_before = regex.compile(rf"(?r)(?<![\p{{L}}])(?P<month>{months_behind})\.?\s+$", regex.IGNORECASE)
        self.day_after_month = standard(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y>\d{4}))?",
                                        re.IGNORECASE)
        self.day_before_month = standard(
            rf"(?<![\p{{L}}])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{months})(?![\p{{L}}])"
            rf"(?:,?\s+(?P<y>\d{{4}}))?", re.IGNORECASE)
        self.measure_units = ruleset.units()
        self.not_names = ruleset.not_names()
        self.measure_conversion = standard(
            rf"\s*\(\s*(?:about\s+|some\s+|around\s+)?[\d.,]+\s*(?:{alternation(self.measure_units)})\s*\)",
            re.IGNORECASE)
        self.windows = ruleset.language("phrase", "windows")
        self.stamp_words = ruleset.language("calendar", "stamps")
        self._context_forms: dict[str, str] = {}  # word as written -> its context form, memoised for the run
        self.not_context = frozenset([*self.stop, *self.units, *self.tens, *self.scales])
        self.part_words = frozenset([*self.units, *self.tens, "all", "half", "many", "most", "none", "some"])
        self.update_words = ruleset.language("updates", "words")
        self.score_before = ruleset.language("scores", "before")
        self.score_after = ruleset.language("scores", "after")
        self.update_cue = regex.compile(
            rf"(?r)(?<![\p{{L}}])(?:{alternation(self.update_words, backward=True)})(?:\s+to)?"
            r"\s+(?:[\p{L}]+\s+){0,2}$",
            regex.IGNORECASE)
        self.measure_prefix = regex.compile(r"(?r)(?:magnitude|richter\s+scale)(?:\s+of)?[\s-]*$", regex.IGNORECASE)
        self.averages = ruleset.language("phrase", "averages")
        self.owner_after = standard(r"^\s*(?:by|from)\s+(?:the\s+)?(?P<n>\p{Lu}[\p{Ll}][\p{L}'’-]*"
                                    r"(?:\s+\p{Lu}[\p{Ll}][\p{L}'’-]*)*)")
        self.landmark = standard(
            r"^(?:\s*\([^)]*\))?\s*(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?|away)\s+(?:of|from)|from|off|"
            r"outside|of)\s+(?:the\s+)?(?P<l>\p{L}+)", regex.IGNORECASE)
        self.rate = standard(r"^\s*(?:a|an|per|each|every)\s+(?P<per>year|season|month|week|day|game|hour|share)s?"
                             r"(?![\p{L}])", re.IGNORECASE)
        self.noun_before = regex.compile(r"(?r)(?P<n>[\p{L}]{3,})\s+(?:worth|of|valued\s+at|estimated\s+at|totaling|"
                                         r"totalling|at)\s+(?:[\p{L}]+\s+){0,2}$", regex.IGNORECASE)

        word_numbers = alternation([*self.units, *self.tens])
        # after which "and" may join number words; a look-behind of its own for each (the standard engine looks
        # behind a fixed width only)
        tens_behind = "|".join(f"(?<={re.escape(w)})" for w in sorted(self.tens))
        ones_words = alternation([w for w, v in self.units.items() if 1 <= v <= 9])
        scale_words = alternation(self.scales)
        scales_behind = "|".join(f"(?<={re.escape(w)})" for w in sorted(self.scales))
        word_number = (
            rf"(?:(?:{word_numbers}|a|hundred)(?=[\s-]+(?:{scale_words}))|{word_numbers})"
            # "and" only after a scale word ("one hundred and five") or between tens and ones ("twenty and three"),
            # never in "between ten and fifteen"
            rf"(?:(?:[\s-]+|(?:{scales_behind})[\s-]+and[\s-]+|(?:{tens_behind})[\s-]+and[\s-]+"
            rf"(?=(?:{ones_words})(?![\p{{L}}])))(?:{word_numbers}|{scale_words}|a\s+half))*"
        )
        # grouped by thousands, or the South Asian way ("12,34,567": twelve lakh ...)
        digits = r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        after_symbols = alternation(s for s in self.symbols if regex.search(r"\p{L}", s))  # "100元"
        vague = alternation(self.vague)
        symbols = alternation(self.symbols)
        codes = alternation(self.codes)
        suffixes = alternation([*self.suffixes, *self.money_suffixes])
        multipliers = alternation(self.multipliers)
        fractions = alternation(self.fractions)
        vulgar_fractions = alternation(self.vulgar_fractions) or "(?!)"
        # "more than half", "half of the voters" are shares; "the second half of the game" is a part of a time
        # (see _half_is_share)
        hedges_behind = alternation((p for (pos, p) in self.hedges if pos == "before"), backward=True)
        self.hedge_before_half = regex.compile(rf"(?r)(?:{hedges_behind})\s+$", regex.IGNORECASE)
        self.part_before_half = regex.compile(r"(?r)(?:first|second|other|last|latter|former|back|front|top|bottom|"
                                              r"upper|lower|northern|southern|eastern|western)\s+$", regex.IGNORECASE)
        fraction_tail = rf"(?:[\s-]+and[\s-]+(?:a|one|{word_numbers})[\s-]+(?:{fractions}))"
        # A number stands alone, or after a currency; a hyphen after a number and a space is a dash ("10 - 20"),
        # elsewhere a minus sign ("-5", "- 1 4/5").
        opening = (rf"(?:(?P<cur>{symbols})\s?|(?<![\p{{L}}])(?P<code>(?-i:{codes}))\s?|"
                   r"(?<![\p{L}\d.,/#$£€¥])(?<!\d[.,])(?<![\d\s]-))"
                   r"(?P<neg>(?:(?<![^\s(=:])(?<!\d\s)-|−)\s?|(?:minus|negative)\s+)?")
        # The second number of a dashed pair ("40-50"): glued to the dash, no currency or sign of its own.
        after_dash = r"(?:(?P<cur>(?!))|(?P<code>(?!))|(?<=\d[-–]))(?P<neg>(?!))?"
        kinds = [  # of number, tried in this order
            rf"(?P<vague>{vague})(?![\p{{L}}])",
            rf"(?P<mult>(?:{word_numbers}|a|\d+))\s+(?P<multword>{multipliers})(?![\p{{L}}])",
            rf"(?P<frac>(?:{word_numbers}|a|one))(?:\s*-\s*|\s+)(?P<fracword>{fractions})(?![\p{{L}}])",
            r"(?P<slash>(?:(?P<whole>\d{1,3})\s+)?(?P<num>\d{1,2})/(?P<den>[234568]|10))(?![\d/])",
            rf"(?P<vulgar>(?P<vulgarwhole>\d{{1,3}})?\s?(?P<vulgarpart>{vulgar_fractions}))(?![\p{{L}}\d])",
            rf"(?P<digits>{digits})(?![\s]?(?:{vulgar_fractions}))(?:\s?(?P<suffix>{suffixes})(?![\p{{L}}\d])"
            rf"|(?![\p{{L}}\d]|\.\d)|(?=(?:{after_symbols})|(?:st|nd|rd|th)(?![\p{{L}}])))",
            rf"(?P<bare>half|quarter)\s+(?P<barescale>{scale_words})(?![\p{{L}}])",
            r"(?P<lone>half)(?![\p{L}])",  # a share only where _half_is_share says so
            rf"(?P<words>{word_number}{fraction_tail}|{word_number})(?![\p{{L}}])",
        ]
        scale = (rf"(?:\s+(?P<scale>(?:{scale_words})(?:\s+(?:{scale_words}))*)(?![\p{{L}}])"
                 r"(?:\s+and\s+(?:a|one)\s+(?P<scalefrac>half|quarter|third))?)?")
        core = "(?:" + "|".join(kinds) + ")" + scale
        self.core = standard(opening + core, re.IGNORECASE)
        self.core_after_dash = standard(after_dash + core, re.IGNORECASE)
        number = rf"(?:\d[\d,.]*|(?i:{word_numbers}))"
        # a count that is one part of a breakdown: "12 Somali and 11 Yemeni suspects"
        self.breakdown = regex.compile(
            rf"(?:{number}\s+\p{{Lu}}[\p{{L}}-]*\s+and\s+\x00|\x00\s*\p{{Lu}}[\p{{L}}-]*\s+and\s+{number}\s)")
        # Where a number can start: a digit, a currency sign or code, or the first word of a number word or a vague
        # quantity ("a" and "an" only before the words that follow them in a number: "a dozen", "a third").
        # Trying the full pattern only there is several times faster than scanning every character with it; the
        # words are found in the lower-cased text by the standard library's engine, the fastest at literal words.
        first_words = {w.split()[0] for w in [*self.units, *self.tens, *self.vague, "half", "quarter", "minus",
                                               "negative", "hundred"]} - {"a", "an"}
        after_a = {w.split()[1] for w in self.vague if w.split()[0] in ("a", "an")} | {
            *self.scales, *self.fractions, *self.multipliers}
        lettered = [s.lower() for s in self.symbols if regex.search(r"\p{L}", s)]
        signs = {s[0] for s in [*self.symbols, *self.vulgar_fractions] if not regex.search(r"\p{L}", s)}
        signs = "−" + regex.escape("".join(sorted(signs)))
        # a run of digits, a sign, or a minus or point before a digit; led by one class of all their first
        # characters, which the standard engine skips to fast
        self.trigger_signs = re.compile(rf"[\d{signs}.\-](?:(?<=\d)\d*|(?<=[-.])(?=\s?\d)|(?<=[{signs}]))")
        self.trigger_codes = re.compile(codes)  # written in capitals ("USD 5"): looked for in the text as it is
        # The character before the word (no letter) is matched, not looked behind at: a pattern that starts with a
        # character class is searched for much faster by the standard engine. triggers() puts a space before the
        # text, for a word at its start.
        self.trigger_words = re.compile(
            rf"[\W\d_](?:{alternation([*first_words, *lettered])}|an?[\s-]+(?:{alternation(after_a)}))"
            r"(?![^\W\d_])")
        # a currency or a percent sign after the amount, in one match: "5 dollars", "a 12-cent dividend", "100 €",
        # "100元", "5 percent", "2 percentage points"
        self.unit_after = standard(
            rf"(?:\s+|-)(?:(?P<word>{alternation(self.currency_words)})|(?P<code>(?-i:{codes})))(?![\p{{L}}])"
            rf"|\s?(?P<symbol>{alternation(self.symbols)})(?![\p{{L}}\d])"
            rf"|\s?(?:(?P<points>{alternation(percent['points'])})|(?P<pct>{alternation(percent['words'])}))"
            r"(?![\p{L}])",
            re.IGNORECASE,
        )
        after = [p for (pos, p) in self.hedges if pos == "after"]
        self.hedge_before = regex.compile(rf"(?r)(?<![\p{{L}}])(?P<h>{hedges_behind})\s+$", regex.IGNORECASE)
        # "5000 or more" ends in a hedge, "5000 or more than 4500" does not
        self.hedge_after = standard(rf"\s*,?\s*(?P<h>{alternation(after)})(?![\p{{L}}])(?!\s+than\s+\S)",
                                    re.IGNORECASE)
        self.range_join = standard(r"^\s*(?:[-–—]\s*)?(?:-|–|—|to|or|and|through|thru)\s*", re.IGNORECASE)
        self.range_open = regex.compile(r"(?r)(?<![\p{L}])(?P<h>between|from|in the range of)\s+$", regex.IGNORECASE)
        self.measure_after = standard(
            rf"^[\s-]?(?P<u>{alternation(self.measure_units)})(?![\p{{L}}])", re.IGNORECASE
        )
        self.duration_after = standard(
            rf"^(?:[\s-]|-plus\s)?(?P<u>{alternation(self.durations)})(?![\p{{L}}])", re.IGNORECASE
        )
        # What the words right after and right before a number say it is, each side in one match. The alternatives
        # are in the order of _QUANTITY_RULES, so the first that matches is the one that decides.
        months_alt, durations_alt = alternation(self.months), alternation(self.durations)
        self.kind_after = standard(
            rf"""(?P<magnitude>(?i:[\s-]*(?:magnitude|on\ the\ richter|richter)))
            |(?P<glued>[\p{{L}}\d])
            |(?P<clock>(?i::\d|\s?(?:a\.?\s?m\b|p\.?\s?m\b|am\b|pm\b|o'clock)))
            |(?P<block>(?i:\s+block\s+of\b))
            |(?P<month>(?i:\s*(?:{months_alt})(?![\p{{L}}])))
            |(?P<decade>(?i:'?s\b))
            |(?P<years_old>(?i:[-\s]?(?:years?|yrs?)[-\s]old\b|[-\s]year[-\s]old))
            |(?P<comma>\s*,)
            |(?P<duration>(?i:(?:[\s-]|-plus\s)?(?:{durations_alt})(?![\p{{L}}])))
            |(?P<measure>(?i:[\s-]?(?:{alternation(self.measure_units)})(?![\p{{L}}])))
            |(?P<phone>[-.\s]\d{{3}}[-.\s]\d{{4}}(?!\d)|[-.]\d{{4}}(?!\d))
            |(?P<dash>\s*[-–]\s*\d)""", re.VERBOSE)
        self.kind_before = regex.compile(
            rf"""(?r)(?P<magnitude>(?i:magnitude[\s-]*(?:of\s*)?|richter\s*scale\s*(?:of\s*)?)$)
            |(?P<glued>(?:[\p{{L}}\d_][-/\#.]|\#\s*|№\s*)$)
            |(?P<sign>(?i:(?:^|[\s(])(?:no\.|number|nos\.|\#)\s*)$)
            |(?P<month>(?i:(?<![\p{{L}}])(?:{months_behind})\.?\s*)$)
            |(?P<aged>(?i:\b(?:aged?)\s*)$)
            |(?P<name_comma>\p{{Lu}}[\p{{Ll}}'’]+,\s*$)
            |(?P<dash>\d\s*[-–]\s*$)""", regex.VERBOSE)

    # -- numbers --------------------------------------------------------------------------------------

    def word_value(self, text: str) -> float | None:
        """The value of a number written in words ("twenty-eight", "two and a half million")."""
        total, current = 0.0, 0.0
        tokens = _LETTERS.findall(text.lower())
        i = 0
        seen = False
        last_scale = 0.0  # the last scale of a thousand or more: "one million and a half" halves a million
        last_chunk = 0.0  # what that scale added to the total
        while i < len(tokens):
            token = tokens[i]
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token == "and":
                pass
            elif following in self.fractions and (token == "a" or token in self.units or token in self.tens):
                numerator = 1.0 if token == "a" else self.units.get(token) or self.tens.get(token, 0.0)
                current += numerator * self.fractions[following]  # "and a half", "and three fifths"
                seen = True
                i += 1
            elif token == "a":
                current += 1
            elif token in self.units:
                current += self.units[token]
                seen = True
            elif token in self.tens:
                current += self.tens[token]
                seen = True
            elif token in self.scales:
                scale = self.scales[token]
                if scale >= 1000 and not current and last_scale and tokens[i - 1] in self.scales:
                    # stacked scales multiply: "three lakh crore", "a thousand million"
                    total += last_chunk * (scale - 1)
                    last_chunk *= scale
                    last_scale = scale
                    i += 1
                    continue
                current = (current or 1) * scale
                if scale >= 1000:
                    total += current
                    last_chunk = current
                    current = 0
                    last_scale = scale
                seen = True
            else:
                return None
            i += 1
        if 0 < current < 1 and last_scale:
            current *= last_scale  # "five billion and three quarters"
        return total + current if seen else None

    def _core_value(self, m: regex.Match[str]) -> tuple[float, float, float, bool] | None:
        """(value, low, high, vague) of a core match, before scale words (digits, the most common, first)."""
        if m.group("digits"):
            value = float(m.group("digits").replace(",", ""))
            suffix = (m.group("suffix") or "").lower()
            if suffix and m.group().rstrip()[-len(suffix) - 1:-len(suffix)].isspace() and (
                    len(suffix) < 2 or suffix in self.money_suffixes):
                return None  # "10 m" is ten metres; only a word-like suffix ("10 bln") may stand apart
            if suffix in self.suffixes:
                value *= self.suffixes[suffix]
            elif suffix in self.money_suffixes:
                if not (m.group("cur") or m.group("code")):
                    return None
                value *= self.money_suffixes[suffix]
            return value, value, value, False
        if m.group("vague"):
            reading = self.vague[" ".join(m.group("vague").lower().split())]
            return float(reading["value"]), float(reading["low"]), float(reading["high"]), True
        if m.group("mult"):
            base = self._number(m.group("mult"))
            if base is None:
                return None
            value = base * self.multipliers[m.group("multword").lower()]
            return value, value, value, False
        if m.group("frac"):
            base = self._number(m.group("frac"))
            if base is None:
                return None
            value = base * self.fractions[m.group("fracword").lower()]
            return value, value, value, False
        if m.group("lone"):
            if not self._half_is_share(m.string, m.start("lone"), m.end("lone")):
                return None
            return 0.5, 0.5, 0.5, False
        if m.group("bare"):
            value = self.fractions[m.group("bare").lower()] * self.scales[m.group("barescale").lower()]
            return value, value, value, False
        if m.group("vulgar"):
            value = int(m.group("vulgarwhole") or 0) + self.vulgar_fractions[m.group("vulgarpart")]
            return value, value, value, False
        if m.group("slash"):
            value = int(m.group("whole") or 0) + int(m.group("num")) / int(m.group("den"))
            return value, value, value, False
        value = self.word_value(m.group("words"))
        return (value, value, value, False) if value is not None else None

    def _half_is_share(self, text: str, start: int, end: int) -> bool:
        """A lone "half" is a share after a hedge ("more than half") or before "of" ("half of the voters"), but
        not when it is a part of a time or place ("the second half of the game")."""
        if self.hedge_before_half.match(text, 0, start):
            return True
        return bool(_OF_NEXT.match(text, end)) and not self.part_before_half.match(text, 0, start)

    def _number(self, text: str) -> float | None:
        text = text.strip().lower()
        if text == "a":
            return 1.0
        if _ALL_DIGITS.fullmatch(text):
            return float(text)
        return self.word_value(text)

    def triggers(self, text: str, start: int, end: int) -> list[int]:
        """Where in text[start:end] a number may start, in order."""
        lowered = text[start:end].lower()
        if len(lowered) != end - start:  # a letter whose lower case is longer ("İ"): keep every offset in place
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:end])
        found = [m.start() + start for m in self.trigger_words.finditer(" " + lowered)]  # one place early: the space
        found += [m.start() for m in self.trigger_signs.finditer(text, start, end)]
        found += [m.start() for m in self.trigger_codes.finditer(text, start, end)]
        return sorted(set(found))

    def readings(self, text: str, start: int, end: int, starts: list[int] | None = None,
                 urls: list[tuple[int, int]] | None = None) -> list[_Reading]:
        """Numbers in text[start:end] with currency, scale and percent attached. ``starts`` (from triggers())
        and ``urls`` (web addresses) may be given for the whole article at once."""
        out: list[_Reading] = []
        resume = start
        if starts is None:
            starts = self.triggers(text, start, end)
        if urls is None:
            urls = _urls(text, start, end)
        for position in starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
            if position < resume:
                continue
            m = self.core.match(text, position, end)
            if m is None:
                continue
            resume = m.end()
            if urls and any(a <= position < b for a, b in urls):
                continue  # a number inside a web address ("q=30%25") is no claim
            reading = self._reading(m, text, start, end)
            if reading is None:
                continue
            out.append(reading)
            while m.group("digits") and not m.group("neg") and reading.end < end - 1 and text[reading.end] in "-–":
                # the next number of a run written with dashes, "40-50", "31-24", "555-123-4567": range, score
                # or identifier, the claims decide; read here, since a number glued to a dash starts no reading
                m = self.core_after_dash.match(text, reading.end + 1, end)
                paired = self._reading(m, text, start, end) if m and m.group("digits") else None
                if paired is None:
                    break
                out.append(paired)
                reading = paired
                resume = paired.end
        return _join_minor_units(out, text, end)

    def _reading(self, m: regex.Match[str], text: str, start: int, end: int) -> _Reading | None:
        """The reading of a core match: its value with sign and scale, and a currency or percent after it."""
        core = self._core_value(m)
        if core is None:
            return None
        value, low, high, vague = core
        neg, words, scale, scalefrac, frac, lone, digits, cur, code = m.group(
            "neg", "words", "scale", "scalefrac", "frac", "lone", "digits", "cur", "code")
        if neg:
            value, low, high = -value, -high, -low
        if words and words.lower() == "one" and _PRONOUN_ONE.match(text, start, m.start()):
            return None  # "the one you mentioned": a pronoun
        if scale and words:
            # scale words after a number in words belong to it: "one billion and a half" + "million"
            value = low = high = self.word_value(f"{words} {scale}") or value
        elif scale:
            factor = 1.0
            for word in scale.lower().split():
                factor *= self.scales[word]
            value, low, high = value * factor, low * factor, high * factor
        if scalefrac:  # "3 million and a half"
            extra = self.fractions[scalefrac.lower()] * self.scales[scale.split()[-1].lower()]
            value, low, high = value + extra, low + extra, high + extra
        stop = m.end()
        unit = None
        # "two-thirds of", "more than half of": a share of something, not a count of it
        kind = "fraction" if (frac or lone) and value < 1 else "count"
        ordinal = _ORDINAL_SUFFIX.match(text, stop, end) if digits else None
        if ordinal:  # "the 21st century", "3rd Infantry Division"
            return _Reading(m.start(), ordinal.end(), value, low, high, None, "ordinal", vague)
        if cur:
            unit = self.symbols.get(cur) or self.symbols.get(cur.upper())
            kind = "money"
        elif code:
            unit = code.upper()
            kind = "money"
        after = self.unit_after.match(text, stop, end) if kind != "money" else None
        if after and after.lastgroup in ("points", "pct"):
            kind = "percent"
            unit = "percentage points" if after.lastgroup == "points" else "%"
            stop = after.end()
        elif after:
            symbol = after.group("symbol")
            unit = (self.currency_words.get((after.group("word") or "").lower()) or (after.group("code") or "").upper()
                    or self.symbols.get(symbol) or self.symbols.get(symbol.upper()))
            kind = "money"
            stop = after.end()
        elif kind == "count" and scale and _POUNDS_AFTER.match(text, stop, end):
            kind, unit = "money", "GBP"  # "361 million pounds", "a 93.6 billion pound bailout"; "12 million pounds
            # of beef" is a weight
            stop = _POUNDS_AFTER.match(text, stop, end).end()
        return _Reading(m.start(), stop, value, low, high, unit, kind, vague)

    # -- claims ---------------------------------------------------------------------------------------

    def article_claims(self, sentences: Sequence[Sentence], text: str) -> list[NumericClaim]:
        """Every numeric claim of an article's sentences, in order. Where numbers may start is found once for
        the article; a sentence with none is not read further."""
        if not sentences:
            return []
        start, end = sentences[0].start, sentences[-1].end
        starts, urls = self.triggers(text, start, end), _urls(text, start, end)
        claims: list[NumericClaim] = []
        for sentence in sentences:
            first = bisect.bisect_left(starts, sentence.start)
            if first < len(starts) and starts[first] < sentence.end:
                claims += self.claims(sentence, text, starts, urls)
        return claims

    def claims(self, sentence: Sentence, text: str, starts: list[int] | None = None,
               urls: list[tuple[int, int]] | None = None) -> list[NumericClaim]:
        """Every numeric claim of one sentence; ``text`` is the whole article text (``starts`` and ``urls``:
        see readings)."""
        if starts is None:
            starts = self.triggers(text, sentence.start, sentence.end)
        readings = self.readings(text, sentence.start, sentence.end, starts, urls)
        # times and dates start with the digits of their hour, year or day (or the month before the day)
        digits = [i for i in starts[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
                  if text[i].isdigit()]
        claims = self._times_and_dates(sentence, text, digits) if digits else []
        taken = [(c.start, c.end) for c in claims]
        readings = [r for r in readings if not any(r.start < end and start < r.end for start, end in taken)]
        i, read_to = 0, -1
        while i < len(readings):
            r = readings[i]
            if r.start < read_to:
                i += 1  # inside the previous claim: a conversion such as "(700 miles)"
                continue
            span = _Span(r.start, r.end, r.value, r.low, r.high, r.unit, r.type)
            i = self._join_conversions(span, readings, i, text, sentence)
            i = self._join_pair(span, readings, i, text, sentence)
            self._attach_hedges(span, text, sentence)
            claim = self._claim(sentence, text, r, span)
            if claim is not None:
                claims.append(claim)
                read_to = claim.end
            i += 1
        claims = _join_bounds(sorted(claims, key=lambda c: (c.start, c.end)), text)
        first = _FIRST_WORD.match(sentence.text)
        if first and first.group(1).lower() in self.stamp_words:  # "Updated 09 / 14 / 2013 01:03 PM A woman ..."
            words = _STAMP_END.search(text, sentence.start + first.end(), sentence.end)
            stamp_end = words.start() if words else sentence.end
            claims = [replace(c, stamp=True) if c.end <= stamp_end and not c.subject else c for c in claims]
        return [self._describe(c, sentence, text) if not c.context and c.type != "identifier" else c
                for c in claims]

    def _describe(self, claim: NumericClaim, sentence: Sentence, text: str) -> NumericClaim:
        """What alignment needs of a claim that was not read as a count: its sentence's context, the event and
        time cue, and whose it is (for an age: the person named beside it, "Diallo Davis, 23", "a 23-year-old
        man")."""
        before = text[sentence.start:claim.start]
        after = text[claim.end:sentence.end]
        context = self._context_words(sentence.text)
        clause_words = _LETTERS.findall(_last_clause(before).lower())
        event, _ = self._event(clause_words, after)
        owner = self._owner(before, after)
        subject, subject_text = claim.subject, claim.subject_text
        if claim.type == "age":
            name = _NAME_BEFORE_AGE.search(before)
            person = _PERSON_AFTER_AGE.match(after)
            if name:
                owner = name.group("n").split()[-1].lower()
            elif person:
                words = person.group("n").split()
                owner = words[-1].lower() if words[-1][:1].isupper() else owner
                subject_text, subject = person.group("n"), singularize(words[-1].lower())
        return replace(claim, subject=subject, subject_text=subject_text, event=event, owner=owner,
                       cue=self._cue(sentence.text), context=context, weekdays=context & self.weekdays)

    @staticmethod
    def _join_conversions(span: _Span, readings: list[_Reading], i: int, text: str, sentence: Sentence) -> int:
        """A conversion in brackets or slashes belongs to the amount: "$1.32bn (£1.02bn/€1.16bn)". Returns the
        index of the last reading taken."""
        while span.type == "money" and i + 1 < len(readings) and readings[i + 1].type == "money":
            if not _CONVERSION_OPEN.fullmatch(text, span.end, readings[i + 1].start):
                break
            i += 1
            span.unit = f"{span.unit}/{readings[i].unit}"
            span.end = readings[i].end
            close = _CONVERSION_CLOSE.match(text, span.end, sentence.end)
            if close and close.group().strip() and not _SLASH_NEXT.match(text, span.end, sentence.end):
                span.end = close.end()
        return i

    def _join_pair(self, span: _Span, readings: list[_Reading], i: int, text: str,
                   sentence: Sentence) -> int:
        """The next number joined to this one: a range ("between 40 and 80 percent", "40-50", "24- to 30-foot",
        "40 or 50"; its hedge is then "range"), or a score, record or number sequence written with dashes
        ("31-24", "2018-19", "555-123-4567"). Returns the index of the last reading taken."""
        if i + 1 >= len(readings):
            return i
        first, nxt = readings[i], readings[i + 1]
        gap = text[span.end:nxt.start]
        if gap in ("-", "–") and not self._dashed_range(text, sentence, first, nxt):
            span.typed_at, span.end = span.end, nxt.end
            i += 1
            while i + 1 < len(readings) and text[span.end:readings[i + 1].start] in ("-", "–"):
                span.end = readings[i + 1].end
                i += 1
            return i
        opener = self.range_open.match(text, sentence.start, span.start)
        gap_word = gap.strip().lower().lstrip("-–— ") or gap.strip()[:1]
        same_kind = nxt.type == span.type or "count" in (span.type, nxt.type)
        if not (self.range_join.fullmatch(gap) and same_kind
                and self._joins_range(gap_word, opener, first.vague, span.value, nxt.value)):
            return i
        if nxt.value >= 1000 * span.value and span.value < 1000 and nxt.value % 1000 == 0:
            # "between 2 and 3 million": the scale of the second applies to the first
            span.value = span.low = span.value * (nxt.value / self._unscaled(text, nxt))
        span.high = max(nxt.high, nxt.value)
        span.unit = span.unit or nxt.unit
        span.type = nxt.type if span.type == "count" else span.type
        if opener:
            span.hedge_text = opener.group("h").lower()
            span.start = opener.start()
        span.hedge = "range"
        span.end = nxt.end
        return i + 1

    def _attach_hedges(self, span: _Span, text: str, sentence: Sentence) -> None:
        """The hedge words around a number: "more than 40", "at least magnitude-5.9", "500 or more", "less than
        5000 or equal"; before a range without an opener, the hedge of the range ("about 40-50 people")."""
        if span.hedge == "range" and span.hedge_text is not None:
            return  # "between 40 and 80": the opener is the hedge
        hb = self.hedge_before.match(text, max(sentence.start, span.start - 40), span.start)
        if span.hedge == "range":
            if hb:
                span.hedge_text = " ".join(hb.group("h").lower().split())
                span.range_hedge = self.hedges[("before", span.hedge_text)]
                span.start = hb.start("h")
            return
        prefix = None if hb else self.measure_prefix.match(text, max(sentence.start, span.start - 40), span.start)
        if prefix:  # "at least magnitude-5.9"
            hb = self.hedge_before.match(text, max(sentence.start, prefix.start() - 40), prefix.start())
        if hb:
            span.hedge_text = " ".join(hb.group("h").lower().split())
            span.hedge = self.hedges[("before", span.hedge_text)]
            span.start = hb.start("h")
        ha = self.hedge_after.match(text, span.end, sentence.end)
        if ha and span.hedge in (None, "about", "exactly"):  # "about 500 or more" is at least 500
            span.hedge_text = " ".join(ha.group("h").lower().split())
            span.hedge = self.hedges[("after", span.hedge_text)]
            span.end = ha.end()
        or_equal = _OR_EQUAL.match(text, span.end, sentence.end) if span.hedge in ("over", "under") else None
        if or_equal:  # "less than 5000 or equal": the bound is reached
            span.hedge = "at_least" if span.hedge == "over" else "at_most"
            span.hedge_text = f"{span.hedge_text} or equal"
            span.end = or_equal.end()

    def _times_and_dates(self, sentence: Sentence, text: str, digits: list[int]) -> list[NumericClaim]:
        """Clock times (value HHMM on a 24-hour clock), decades and calendar dates (value: the day of the month),
        read at the starts of the sentence's runs of digits."""
        found: list[NumericClaim] = []

        def free(start: int, end: int) -> bool:
            return not any(c.start < end and start < c.end for c in found)

        runs = [(i, _ALL_DIGITS.match(text, i, sentence.end).end()) for i in digits]  # (start, end) of each run
        for i, j in runs:
            # cheap tests of the character after the digits first: a clock has ":" or "am"/"pm", a decade "s"
            m = self.time_re.match(text, i, sentence.end) if j - i <= 2 and (
                text[j:j + 1] == ":" or text[j:j + 2].lstrip()[:1] in ("a", "p", "A", "P")) else None
            if m:
                hour = int(m.group("h") or m.group("h2"))
                minute = int(m.group("m") or m.group("m2") or 0)
                if (m.group("ap") or "").lower() == "p" and hour < 12:
                    hour += 12
                if hour <= 24 and minute <= 59:
                    end = m.end() - (len(m.group()) - len(m.group().rstrip()))
                    clock = self._plain(sentence, text, m.start(), end, hour * 100 + minute, "time")
                    stamp = self._stamp(sentence, text, end) or bool(
                        _YEAR_BEFORE_CLOCK.search(text, max(sentence.start, m.start() - 12), m.start()))
                    found.append(replace(clock, stamp=True) if stamp else clock)
                    continue
            m = self.decade_re.match(text, i, sentence.end) if j - i == 4 and text[j:j + 3].lstrip("'’")[:1] == "s" \
                else None
            if m:
                found.append(self._plain(sentence, text, m.start(), m.end(), int(m.group("y")), "date"))
        for i, j in runs:
            if j - i > 2:
                continue  # a day has one or two digits
            month = self.month_before.match(text, max(sentence.start, i - 20), i) if text[i - 2:i - 1].isalpha() \
                or text[i - 2:i - 1] == "." else None  # "June 15", "Sept. 15"
            m = self.day_after_month.match(text, i, sentence.end) if month else None
            start = month.start() if m else i
            if m is None:
                m = month = self.day_before_month.match(text, i, sentence.end)
            if m is None or not free(start, m.end()):
                continue
            day = int(m.group("d"))
            if 1 <= day <= 31:
                date = self._plain(sentence, text, start, m.end(), day, "date")
                if self._stamp(sentence, text, m.end()):
                    found.append(replace(date, stamp=True))  # "Updated June 22 at 7:20": the article's stamp
                elif m.group("y"):
                    found.append(date)  # a full date: compared as a date, whatever month it names
                else:  # a day of a month is compared with other days of that month said of the same thing
                    context = self._context_words(sentence.text)
                    found.append(replace(date, subject=f"day of {month.group('month').lower()[:3]}", context=context,
                                         weekdays=context & self.weekdays))
        return sorted(found, key=lambda c: c.start)

    def _stamp(self, sentence: Sentence, text: str, end: int) -> bool:
        """A publication stamp: a sentence opened by "Updated", "Posted" ..., or a date followed by a clock time."""
        first = _FIRST_WORD.match(sentence.text)
        return bool(first and first.group(1).lower() in self.stamp_words) or bool(
            _CLOCK_NEXT.match(text, end, min(sentence.end, end + 20)))

    def _plain(self, sentence: Sentence, text: str, start: int, end: int, value: float, qtype: str) -> NumericClaim:
        """A claim that is recorded but never compared as a count."""
        return NumericClaim(sentence.article_id, start, end, text[start:end], sentence, _clean(value),
                            _clean(value), _clean(value), None, qtype, "", "", cmp_low=value, cmp_high=value)

    @staticmethod
    def _joins_range(gap_word: str, opener: regex.Match[str] | None, vague: bool, value: float,
                     next_value: float) -> bool:
        """Whether two numbers joined by ``gap_word`` make one range: "between 40 and 80", "from 5 to 9",
        "40-50", "40 or 50" (a rising pair; a vague first number such as "several" starts none)."""
        if opener and (gap_word == "and" or opener.group("h").lower() != "between" and gap_word in (
                "to", "-", "–", "—")):
            return True
        return not vague and next_value > value and gap_word in ("-", "–", "—", "to", "or", "through", "thru")

    def _dashed_range(self, text: str, sentence: Sentence, first: _Reading, second: _Reading) -> bool:
        """Whether two numbers glued by a dash ("40-50") are a range: they rise, they are not a score or record
        by the words around them ("deadlocked at 9-3", "a record of 9-14", "an 18-30 start"), no further dash
        follows ("2-14-2019") and they are not the digits of a phone number ("555-1234")."""
        if second.value <= first.value or text[second.end:second.end + 1] in ("-", "–") or (
                first.end - first.start == 3 and second.end - second.start == 4):
            return False
        if text[first.start - 1:first.start] == "(" and text[second.end:second.end + 1] == ")":
            return False  # a team's record after its name: "the Sixers (9-14)"
        if self.hedge_before.match(text, max(sentence.start, first.start - 40), first.start):
            return True  # "at least 40-50 people": a hedged quantity, whatever "at" says of scores
        before = _LETTERS.findall(text[max(sentence.start, first.start - 30):first.start].lower())[-2:]
        after = _FIRST_WORD.match(text, second.end, sentence.end)
        return not any(w in self.score_before for w in before) and not (
            after and after.group(1).lower() in self.score_after)

    def _unscaled(self, text: str, reading: _Reading) -> float:
        m = self.core.match(text, reading.start, reading.end) or self.core_after_dash.match(text, reading.start,
                                                                                             reading.end)
        core = self._core_value(m) if m else None
        return core[0] if core and core[0] else reading.value

    def _claim(self, sentence: Sentence, text: str, r: _Reading, span: _Span) -> NumericClaim | None:
        """The claim a span makes: its type, its interval as stated and as compared, its subject and, for the
        types that are compared, what alignment needs (_relations). None for a number that is no claim."""
        start, end, value, low, high = span.start, span.end, span.value, span.low, span.high
        unit, qtype, hedge_kind, hedge_text = span.unit, span.type, span.hedge, span.hedge_text
        typed_at = end if span.typed_at is None else span.typed_at
        before = text[sentence.start:r.start]
        after = text[end:sentence.end]
        bounded = hedge_kind in ("over", "under", "at_least", "at_most", "nearly")  # "above 1000" is no year
        qtype, unit, value = self._quantity_type(text[r.start:r.end], before, text[typed_at:sentence.end], value,
                                                 math.inf if bounded else high, qtype, unit, r)
        if qtype is None:
            return None
        subject_text, subject = self._subject_of(qtype, before, after, value, unit)
        if r.vague and hedge_kind is None:
            stated_low, stated_high = (low, high) if low != r.low else (r.low, r.high)  # a scaled vague quantity
            cmp_low, cmp_high = stated_low, stated_high
        elif hedge_kind == "range":
            stated_low, stated_high, cmp_low, cmp_high = _hedged_range(low, high, span.range_hedge)
        else:
            stated_low, stated_high, cmp_low, cmp_high = hedged_interval(value, hedge_kind)
        if qtype == "measure":
            measure = self.measure_after.match(after)
            if measure:  # compare lengths in metres, masses in kilograms ...
                factor = self.measure_units[" ".join(measure.group("u").lower().split())][1]
                cmp_low, cmp_high = cmp_low * factor, cmp_high * factor
                end += measure.end()
                unit = " ".join(measure.group("u").lower().split())  # as written; the subject has the dimension
                conversion = self.measure_conversion.match(text, end, sentence.end)
                if conversion:
                    end = conversion.end()
        previous_word = _LAST_WORD.match(text, sentence.start, start)
        if previous_word and previous_word.group(1).lower() in self.windows:
            subject = ""  # "in their last 10 games" sets a window; it states no fact to compare
        fields: dict[str, object] = {"subject": subject, "subject_text": subject_text}
        if qtype == "count" and subject_text and subject_text.split()[-1].lower() in self.durations:
            qtype, fields["subject"] = "duration", ""  # "over six full seasons" is a span of time, not a count
        elif qtype in COMPARABLE_TYPES:
            fields = self._relations(sentence, text, start, after, subject_text, subject, qtype)
        return NumericClaim(sentence.article_id, start, end, text[start:end], sentence, _clean(value),
                            _clean(stated_low) if stated_low is not None else None,
                            _clean(stated_high) if stated_high is not None else None,
                            hedge_text, qtype, unit=unit, cmp_low=cmp_low, cmp_high=cmp_high, **fields)

    def _relations(self, sentence: Sentence, text: str, start: int, after: str, subject_text: str, subject: str,
                   qtype: str) -> dict[str, object]:
        """What alignment needs of a comparable claim, and only it: what it counts, the event it belongs to,
        whose it is and its sentence's context. ``start``: where the claim starts, its hedge included;
        ``after``: the sentence after the number."""
        before = text[sentence.start:start]
        window = before[-80:] + "\x00" + after[:80]
        if subject and qtype == "count" and " and " in window and self.breakdown.search(window):
            modifier = [w for w in subject_text.split()[:-1] if w[:1].isupper()]
            subject = f"{modifier[0].lower()} {subject}" if modifier else f"part of {subject}"
        clause_words = _LETTERS.findall(_last_clause(before).lower())
        if subject and any(w in self.averages for w in clause_words):
            subject = f"{subject} average"  # "averaged more than 30 home runs" is a rate, not a total
        event, distance = self._event(clause_words, after, len(subject_text.split()))
        updated = bool(self.update_cue.match(text, max(sentence.start, start - 50), start))
        if updated and event is None:  # "the death toll from the quake rose to 10"
            events = [self.event_words[w] for w in clause_words if w in self.event_words]
            event, distance = (events[-1], 0) if events else (None, 99)
        partitive = _PARTITIVE_BEFORE.match(text, max(sentence.start, start - 40), start) if event else None
        if partitive and (partitive.group().split()[0].lower() in self.part_words or partitive.group()[0].isdigit()):
            event = None  # "two of the three victims died": three is the whole group, the event is the part's
        first_word = _FIRST_WORD.match(after)
        counts_nothing = bool(first_word and first_word.group(1).lower() in self.not_subjects)
        if qtype == "count" and not subject and event and distance <= 1 and not counts_nothing:
            subject = self.event_subjects.get(event, "")  # "injuring 40", "10 dead"
        if qtype == "count" and first_word and first_word.group(1).lower() == "times":
            verb = _VERB_BEFORE_TIMES.match(text, max(sentence.start, start - 40), start)
            if verb:  # "shot seven times" counts shootings: compared with "shot 11 times", not with "arrested"
                subject_text, subject = f"times {verb.group(1)}", f"times {stem(verb.group(1).lower())}"
        if not subject:
            return {"subject": "", "subject_text": subject_text, "event": event}
        context = self._context_words(sentence.text)  # cached: the claims of a sentence share it
        return {"subject": subject, "subject_text": subject_text, "event": event, "updated": updated,
                "owner": self._owner(before, after[len(subject_text) + 1:] if subject_text else after),
                "cue": self._cue(sentence.text), "context": context, "weekdays": context & self.weekdays}

    def _subject_of(self, qtype: str, before: str, after: str, value: float, unit: str | None) -> tuple[str, str]:
        """(words as written, canonical subject) of a claim of any comparable type."""
        if qtype == "fraction":  # "of" or "the" opens what it is a share of
            of = _SHARE_OF.match(after).group()
            text, subject = self._subject(" " + after[len(of):], 2) if of.strip() else ("", "")
            return (f"{of.strip()} {text}", f"share of {subject}") if subject else ("", "")
        if qtype == "count":
            model = self._model(after)
            if model:
                return model
            attribute = _HYPHEN_WORD.match(after)
            if attribute and not self._is_plural_noun(attribute.group(1).lower()):
                # "a 507-member assembly" counts members of the assembly; "a 38-caliber revolver" is one revolver
                word = attribute.group(1)
                rest_text, rest = self._subject(after[attribute.end():], 2)
                return f"{word} {rest_text}".strip(), f"{self.canonical(word)} of {rest}" if rest else self.canonical(
                    word)
            text, subject = self._subject(after, value)
            if subject and _OTHER_NEXT.match(after):
                return text, f"other {subject}"  # "three other rifles" are not the seven AK-47 rifles
            rate = self.rate.match(after[after.find(text) + len(text):]) if text else None
            if subject and rate:
                return f"{text} {rate.group().strip()}", f"{subject} per {singularize(rate.group('per').lower())}"
            return text, subject
        if qtype == "money":
            rate = self.rate.match(after)
            if rate:
                return rate.group().strip(), f"amount per {singularize(rate.group('per').lower())}"
            text, subject = self._subject(after, value)
            if subject:
                return text, subject
            noun = self.noun_before.match(before)
            if noun and noun.group("n").lower() not in self.stop and noun.group("n").lower() not in self.not_subjects:
                return noun.group("n"), self.canonical(noun.group("n"))
            return "", ""
        if qtype == "percent":
            of = _OF_PHRASE.match(after)
            if of:
                text, subject = self._subject(" " + after[of.end():], 2)
                return (f"of {text}", f"percent of {subject}") if subject else ("", "percent")
            return "", "percent"
        if qtype == "measure":
            # what is measured: "15 miles north of Detroit" (from detroit), "a 10-metre dhow" (of dhow)
            measure = self.measure_after.match(after)
            unit_text = measure.group("u") if measure else ""
            rest = after[measure.end():] if measure else after
            landmark = self.landmark.match(rest)
            if landmark:
                return unit_text, f"{unit} from {landmark.group('l').lower()}"
            text, noun = self._subject(_DIMENSION_ADJECTIVE.sub("", rest), 2)
            return unit_text, f"{unit} of {noun}" if noun else (unit or "measure")
        return "", qtype if qtype in COMPARABLE_TYPES else ""  # "magnitude"; an age or a year counts nothing

    def _quantity_type(self, core: str, before: str, after: str, value: float, high: float, qtype: str,
                       unit: str | None, r: _Reading) -> tuple[str | None, str | None, float]:
        """Decide what kind of quantity a number is from the words around it; None drops it."""
        if qtype in ("money", "percent", "ordinal"):
            return qtype, unit, value
        if qtype == "fraction":
            return self._fraction_type(core, after, value)
        after_kind = self.kind_after.match(after)
        before_kind = self.kind_before.match(before)
        a = after_kind.lastgroup if after_kind else None
        b = before_kind.lastgroup if before_kind else None
        if a == "decade" and not _TWO_TO_FOUR_DIGITS.fullmatch(core.strip().replace(",", "")):
            a = None  # "5's"
        if (a == "comma") != (b == "name_comma") or a == "comma" and value >= 120:
            a = None if a == "comma" else a  # a comma after the number tells an age only after a name:
            b = None if b == "name_comma" else b  # "Anthony LaCalamita, 38, of Troy"
        rank = min(_QUANTITY_RULES.index(a) if a else len(_QUANTITY_RULES),
                   _QUANTITY_RULES.index(b) if b else len(_QUANTITY_RULES))
        if rank > _QUANTITY_RULES.index("year") and _FOUR_DIGITS.fullmatch(core.strip()) \
                and 1000 <= value <= high <= 2100:
            return "year", None, value
        if rank < len(_QUANTITY_RULES):
            rule = _QUANTITY_RULES[rank]
            if rule in ("duration", "measure"):
                written = " ".join(after_kind.group().lower().replace("-plus ", " ").strip(" -").split())
                if rule == "duration":  # "three days", or a time relative to another: "two weeks ago"
                    relative = _RELATIVE_AFTER.match(after, after_kind.end())
                    return "relative" if relative else "duration", written, value
                return "measure", self.measure_units[written][0], value
            return _QUANTITY_TYPES[rule], None, value
        if _DIGIT_RUN_BEFORE.match(before + core):
            return "identifier", None, value
        # A number right after a capitalised word inside a sentence names a thing: "Interstate 75", "Horizon 4".
        capitalised = _CAPITALISED_WORD_BEFORE.match(before)
        if capitalised and not self.hedge_before.match(before) and \
                capitalised.group().strip().lower() not in self.event_words:  # "Quake Kills 10" is a headline
            return "identifier", None, value
        return "count", None, value

    def _fraction_type(self, core: str, after: str, value: float) -> tuple[str, str | None, float]:
        """A fraction word is a share ("a third of the victims"), a measure or span ("a half liter", "a half
        hour"), or, after "a" and before a noun, an ordinal ("a third man was arrested")."""
        duration = self.duration_after.match(after)
        if duration:
            return "duration", duration.group("u").lower(), value
        measure = self.measure_after.match(after)
        if measure:
            return "measure", self.measure_units[" ".join(measure.group("u").lower().split())][0], value
        if _ORDINAL_A.match(core) and not _SHARE_OF.match(after).group().strip():
            return "ordinal", None, value
        return "fraction", None, value

    def _model(self, after: str) -> tuple[str, str] | None:
        """A model name right after the number counts its items: "seven AK-47 assault rifles", "12 AK 47
        guns" and "three Boeing 737s" count AK-47s and 737s, whatever the noun after them."""
        m = _MODEL_AFTER.match(after)
        if not m:
            return None
        name = f"{m.group('letters') or ''}{m.group('digits')}".lower()
        return m.group().strip(), f"model {name}"

    def _subject(self, after: str, value: float) -> tuple[str, str]:
        """(words as written, canonical subject) of the noun phrase after a number.

        The phrase runs over adjectives and nouns until a function word, a verb form, an event word or
        punctuation; its head is its last plural noun ("civil rights organizations" -> organization).
        A relational noun takes its "of" phrase along ("members of Congress").
        """
        run: list[str] = []
        tail: list[str] = []  # the "of ..." phrase of a relational head
        previous_end = 0
        for m in _WORD.finditer(after, 0, min(len(after), 80)):
            token, lower = m.group(), m.group().lower().strip("'’")
            gap = after[previous_end:m.start()]
            previous_end = m.end()
            if gap.strip(" \t\"'“”‘’") not in ("", "-") or not token[0].isalpha():
                break  # punctuation ends the phrase; quotation marks do not ("“about 80” people")
            if tail:
                if lower in self.stop:
                    continue  # "percent of the buildings"
                tail.append(token)
                break
            if lower == "of" and run and run[-1].lower() in self.relational:
                tail.append(token)
                continue
            if _POSSESSIVE_END.match(token) and not run:
                continue  # "the world's traded oil": a possessive opens the phrase
            if lower in ("and", "or") and run and not self._is_plural_noun(run[-1].lower()) and self._plural_ahead(
                    after, m.end()):
                run.append(token)
                continue
            if (lower in self.stop and not token.isupper()) or lower in self.not_subjects or lower in self.event_words:
                break
            if run and lower.endswith(("ed", "ing", "ly")) and not self._is_plural_noun(lower):
                break
            run.append(token)
            if len(run) >= 4:
                break
        if not run:
            return "", ""
        plurals = [i for i, w in enumerate(run) if self._is_plural_noun(w.lower())]
        if plurals:
            head = plurals[-1] if not tail else len(run) - 1
            run = run[: head + 1]
        subject_text = " ".join(run + (tail if len(tail) > 1 else []))
        compound = " ".join(run[-2:]).lower()
        canonical = self.synonyms.get(compound) or self.canonical(run[-1])  # "crew members" -> crewman
        if len(tail) > 1:
            canonical = f"{canonical} of {tail[-1].lower()}"
        return subject_text, canonical

    def _plural_ahead(self, after: str, position: int) -> bool:
        """Whether a plural noun follows within three words, before any stop word ("civil and racial
        justice organizations")."""
        for m in list(_WORD.finditer(after, position, min(len(after), position + 60)))[:3]:
            lower = m.group().lower()
            if lower in self.stop or not m.group()[0].isalpha():
                return False
            if self._is_plural_noun(lower):
                return True
        return False

    def canonical(self, noun: str) -> str:
        lower = noun.lower().strip("'’")
        if lower in self.synonyms:
            return self.synonyms[lower]
        singular = singularize(lower)
        return self.synonyms.get(singular, singular)

    def _is_plural_noun(self, word: str) -> bool:
        if word in self.synonyms or word in self.plurals:
            return True
        if len(word) > 4 and word.endswith("men"):
            return True  # crewmen, policemen, fishermen
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))

    def _event(self, clause_words: list[str], after: str, subject_words: int = 0) -> tuple[str | None, int]:
        """The nearest event word to the number within its clause, and how many words away it is.
        ``clause_words``: the words of the clause before the number, in lower case."""
        # "the toll rose to 10": words that report a change, and "to", do not put the event further away
        before_words = [w for w in clause_words if w not in self.update_words and w != "to"]
        after_words = _LETTERS.findall(_first_clause(after[:200]).lower())  # only its first few words count
        best: tuple[int, str] | None = None
        for distance, word in enumerate(reversed(before_words[-3:])):
            if word in self.event_words:
                best = (distance, self.event_words[word])
                break
        # after the number: its noun phrase, then up to three words ("10 people were killed")
        for distance, word in enumerate(after_words[:subject_words + 3]):
            if word in self.event_words and (best is None or distance < best[0]):
                best = (distance, self.event_words[word])
                break
        return (best[1], best[0]) if best else (None, 99)

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the extractor lives as long as its run
    def _context_words(self, sentence: str) -> frozenset[str]:
        """Content words of a sentence, in lower case and singular: no function words, no number words."""
        forms = self._context_forms
        words = set()
        for token in _WORD.findall(sentence):
            form = forms.get(token)
            if form is None:
                form = forms[token] = self._context_form(token)
            if form:
                words.add(form)
        return frozenset(words)

    def _context_form(self, token: str) -> str:
        """The form under which a word counts as context ("" for none): singular, stemmed or its synonym."""
        lower = token.lower().strip("'’.-")
        if len(lower) <= 2 or not lower.isalpha() or lower in self.not_context:
            return ""
        word = singularize(lower)
        return self.synonyms.get(word) or self.synonyms.get(lower) or stem(word)

    def _owner(self, before: str, after: str) -> str | None:
        """Whose number it is: a name right after it ("offers by the Angels"), else the last name in the
        clause before it ("Brand's 15.9 points", "Miller is averaging 15.5 points"); its last word, lower case."""
        by = self.owner_after.match(after)
        if by and by.group("n").split()[-1] not in self.not_names:
            return by.group("n").split()[-1].lower()
        last_break = _OWNER_CLAUSE_BREAK.search(before)
        clause = before[last_break.end():] if last_break else before
        for m in reversed(list(_CAPITALISED_NAME.finditer(clause))):
            last = _POSSESSIVE_S.sub("", m.group().split()[-1])
            lower = last.lower()
            if last in self.not_names or lower in self.stop or lower in self.months or lower in self.weekdays:
                continue
            preceding = _LAST_LETTERS.search(clause, 0, m.start())
            if preceding and preceding.group().lower() in self.stop and not m.group().endswith(("'s", "’s")):
                continue  # "the pirates off Somalia": a place the sentence mentions, not whose number it is
            return lower
        return None

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the extractor lives as long as its run
    def _cue(self, sentence: str) -> str | None:
        """A time cue that places the sentence in another event than the story's own.

        "in 2003", "in September" (a month without a day), and the phrases of rules/language.toml
        ("years ago", "another"). Claims with different cues, or a cue and none, are not compared.
        """
        year = self.cue_year.search(sentence) if _YEAR_DIGITS.search(sentence) else None
        if year:
            return year.group("y")
        lowered = sentence.lower()  # each pattern only where a word it needs is in the sentence at all
        month = self.cue_month.search(sentence) if self.any_month.search(lowered) else None
        if month:
            return month.group("m").lower()[:3]
        phrase = self.cue_phrase.search(sentence) if self.any_cue_word.search(lowered) else None
        return phrase.group().lower() if phrase else None


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
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def _join_minor_units(readings: list[_Reading], text: str, end: int) -> list[_Reading]:
    """An amount in whole units followed by its hundredths is one amount: "3 dollars 50 cents", "thirteen
    dollars and forty-five cents", "C$ 100 and fifty" (hundredths without a word only where no word follows)."""
    out: list[_Reading] = []
    for reading in readings:
        whole = out[-1] if out else None
        if whole and whole.type == "money" and whole.unit and "-" not in whole.unit and "/" not in whole.unit \
                and whole.value == int(whole.value) and 1 <= reading.value < 100 and reading.value == int(reading.value):
            gap = text[whole.end:reading.start]
            in_words = reading.type == "money" and (reading.unit or "").endswith(("-cent", "-penny"))
            bare = reading.type == "count" and not _WORD_NEXT.match(text, reading.end, end)
            if _MINOR_GAP.fullmatch(gap) and (in_words or bare and "," not in gap):
                value = whole.value + reading.value / 100
                out[-1] = whole._replace(end=reading.end, value=value, low=value, high=value)
                continue
        out.append(reading)
    return out


def _join_bounds(claims: list[NumericClaim], text: str) -> list[NumericClaim]:
    """A lower and an upper bound said of one quantity, side by side, are one interval: "more than 100 and
    fewer than 200 people", "at most 100 and at least 20". The bounds must leave room between them ("more than
    40 and less than 10" is two claims); the claim that names the subject gives the rest."""
    out: list[NumericClaim] = []
    for claim in claims:
        previous = out[-1] if out else None
        if previous and previous.hedge and claim.hedge and _BOUND_JOIN.fullmatch(text, previous.end, claim.start) \
                and (previous.type == claim.type or "count" in (previous.type, claim.type)) \
                and {previous.type, claim.type} <= COMPARABLE_TYPES:
            lower, upper = (previous, claim) if previous.high is None else (claim, previous)
            if lower.high is None and lower.low is not None and upper.low is None and upper.high is not None \
                    and lower.low < upper.high:
                base = claim if claim.subject or not previous.subject else previous
                out[-1] = replace(base, start=previous.start, end=claim.end, text=text[previous.start:claim.end],
                                  value=lower.low, low=lower.low, high=upper.high, cmp_low=lower.cmp_low,
                                  cmp_high=upper.cmp_high, hedge=f"{previous.hedge} and {claim.hedge}",
                                  type=claim.type if previous.type == "count" else previous.type)
                continue
        out.append(claim)
    return out


def _last_clause(before: str) -> str:
    """What follows the last clause break (comma, colon, dash ...) of the text before a number."""
    last_break = _LAST_CLAUSE_BREAK.search(before)
    return before[last_break.end():] if last_break else before


def _first_clause(after: str) -> str:
    first_break = _CLAUSE_BREAK.search(after)
    return after[:first_break.start()] if first_break else after


def _urls(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end].lower()
    if "http" not in chunk and "www." not in chunk:
        return []  # most articles link nothing: a look for two words is cheaper than the pattern's scan
    return [(u.start(), u.end()) for u in _URL.finditer(text, start, end)]


def _clean(value: float) -> float | int:
    """Integers as int, so that JSON reads 40 and not 40.0."""
    if math.isfinite(value) and abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)
