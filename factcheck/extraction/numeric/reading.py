"""Reading a number: every number expression of a text with its value, currency, scale and percent sign.

The idea: find where a number may start (a digit, a currency sign, the first word of a number word) with fast
literal searches, then match the one number grammar there (digits, words, vague quantities, fractions, with
scale words after them and a currency or percent sign around them). A reading says how much and in what unit;
what kind of quantity it is and what it counts are decided by the later stages (kind.py, description.py).

All knowledge (number words, scales, currencies) comes from the Ruleset.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

import regex

from ...pattern_store import regex_pattern
from ...patterns import alternation, standard
from ...ruleset import Ruleset
from .words import phrase

_URL = standard(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PRONOUN_ONE = regex_pattern(r"(?ri)(?<![\p{L}])(?:the|this|that|which|each|every|any|no|another)\s+$")
LETTERS = standard(r"[\p{L}]+")  # a run of letters
FIRST_WORD = standard(r"\W*([\p{L}]+)")  # the first word ahead
_ALL_DIGITS = standard(r"\d+")
_MINOR_GAP = standard(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_WORD_NEXT = standard(r"\s*(?!and(?![\p{L}]))\p{L}", re.IGNORECASE)
_ORDINAL_SUFFIX = standard(r"(?i)(?:st|nd|rd|th)(?![\p{L}])")
_OF_NEXT = re.compile(r"\s+of\s")
_A_SPAN_NEXT = re.compile(r"\s+an?\s+(?!(?:million|billion|trillion|thousand|dozen)\b)[^\W\d_]")
_POUNDS_AFTER = standard(r"(?i)[\s-]+pounds?(?![\p{L}])(?!\s+of\b)")
# One span of time said with an article: "for about a minute", "a week after", "more than a month on the run".
SPAN_UNITS = ("century", "day", "decade", "hour", "minute", "month", "week", "year")
# ... but not a rate, an article after a number or "once": "24 hours a day", "$5 a month", "twice a week"
_RATE_BEFORE = regex_pattern(r"(?ri)(?:\d\S*|\b(?:once|twice|thrice|times|per))\s+(?:[\p{L}%]+\s+)?$")
# a plural noun right after a scale letter: "2.1M viewers", "12m people", "40k members" count in millions and
# thousands; "12m deep", "a 10k run" measure
_COUNTED_NEXT = standard(r"\s+(?:\p{Ll}+[^\Ws]s|people|children|\p{Ll}*men)(?![\p{L}])")


class Reading(NamedTuple):
    """A number as read: where it runs, its value and bounds, its unit and first kind."""

    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str | None
    type: str
    vague: bool = False


class NumberReader:
    """Reads the numbers of a text; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset) -> None:
        numbers = ruleset.numbers()
        self.units = {k.lower(): float(v) for k, v in numbers["units"].items()}
        self.tens = {k.lower(): float(v) for k, v in numbers["tens"].items()}
        self.ordinals = {k.lower(): float(v) for k, v in numbers.get("ordinals", {}).items()}
        self.tuples = {k.lower(): float(v) for k, v in numbers.get("tuples", {}).items()}
        self.adverbs = {k.lower(): float(v) for k, v in numbers.get("adverbs", {}).items()}
        event_words = alternation(ruleset.events()[0]) or "(?!)"
        # units written as words ("mile", "pound"), not symbols or letters ("C", "km"): "a mile and a half"
        measure_words = [u for u in ruleset.units() if regex.fullmatch(r"\p{Ll}{3,}", u)]
        measures = alternation(measure_words) or "(?!)"
        self.scales = {k.lower(): float(v) for k, v in numbers["scales"].items()}
        self.suffixes = {k.lower(): float(v) for k, v in numbers["suffixes"].items()}
        self.money_suffixes = {k.lower(): float(v) for k, v in numbers["money_suffixes"].items()}
        self.fractions = {k.lower(): float(v) for k, v in numbers["fractions"].items()}
        self.vulgar_fractions = {k: float(v) for k, v in numbers.get("vulgar_fractions", {}).items()}
        self.multipliers = {k.lower(): float(v) for k, v in numbers["multipliers"].items()}
        self.vague = {k.lower(): v for k, v in numbers["vague"].items()}
        percent = numbers["percent"]
        # letters a number may be glued to: a unit ("7kW", "1,200km") or a percent word ("3pc")
        glued = alternation([*(u for u in ruleset.units() if " " not in u),
                             *(w for w in percent["words"] if " " not in w)])
        currencies = ruleset.currencies()
        self.symbols = dict(currencies["symbols"])
        self.weak_symbols = dict(currencies.get("weak_symbols", {}))
        self.codes = set(currencies["codes"]["codes"])
        self.currency_words = {k.lower(): v for k, v in currencies["words"].items()}
        hedges = ruleset.hedges()

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
        hedges_behind = alternation((p for (pos, p) in hedges if pos == "before"), backward=True)
        self.hedge_before_half = regex_pattern(rf"(?r)(?:{hedges_behind})\s+$", regex.IGNORECASE)
        self.part_before_half = regex_pattern(r"(?r)(?:first|second|other|last|latter|former|back|front|top|bottom|"
                                              r"upper|lower|northern|southern|eastern|western)\s+$", regex.IGNORECASE)
        fraction_tail = rf"(?:[\s-]+and[\s-]+(?:a|one|{word_numbers})[\s-]+(?:{fractions}))"
        # A number stands alone (or opens a sentence scraped without its space: "a pistol.Fourteen people"), or
        # after a currency; a hyphen after a number and a space is a dash ("10 - 20"), and so is one spaced on both
        # sides after a word ("the bailout - 22 billion euros"); elsewhere it is a minus sign ("-5", "- 1 4/5").
        # a weak symbol only before a scaled amount or one grouped by thousands: "R45 billion", "PS2.5bn"
        weak = (rf"(?<![\p{{L}}\d])(?P<weak>(?-i:{alternation(self.weak_symbols) or '(?!)'}))(?=\d[\d.]*(?:\s?(?:"
                rf"{alternation(self.suffixes)})|\s+(?:{scale_words}))(?![\p{{L}}])|\d{{1,3}}(?:,\d{{3}})+(?![\d.,]))")
        opening = (rf"(?:(?P<cur>{symbols})\s?|(?<![\p{{L}}])(?P<code>(?-i:{codes}))\s?|{weak}|"
                   r"(?:(?<![\p{L}\d.,/#$£€¥])|(?<=\p{Ll}\p{Ll}\.)(?=\p{Lu}\p{Ll}))(?<!\d[.,])(?<![\d\s]-))"
                   r"(?P<neg>(?<![^\s(=:])(?<!\d\s)-(?!\s)|(?<![^(=:])-\s|−\s?|(?:minus|negative)(?:\s+|-))?")
        # The second number of a dashed pair ("40-50"): glued to the dash, no currency or sign of its own.
        after_dash = r"(?:(?P<cur>(?!))|(?P<code>(?!))|(?P<weak>(?!))|(?<=\d[-–]))(?P<neg>(?!))?"
        kinds = [  # of number, tried in this order
            # a ratio: "one in five adults", "3 out of 10" (not "one in 2019")
            rf"(?P<ratio>(?P<rnum>{word_numbers}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?!(?:1[89]|20)\d\d(?![\d,]))"
            rf"(?P<rden>{word_numbers}|\d{{1,3}}(?:,\d{{3}})*))(?![\p{{L}}\d])",
            rf"(?P<vague>{vague})(?![\p{{L}}])",
            rf"(?P<mult>(?:{word_numbers}|a|\d+))\s+(?P<multword>{multipliers})(?![\p{{L}}])",
            rf"(?P<frac>(?:{word_numbers}|a|one))(?:\s*-\s*|\s+)(?P<fracword>{fractions})(?![\p{{L}}])",
            r"(?P<slash>(?:(?P<whole>\d{1,3})\s+)?(?P<num>\d{1,2})/(?P<den>[234568]|10))(?![\d/])",
            rf"(?P<vulgar>(?P<vulgarwhole>\d{{1,3}})?\s?(?P<vulgarpart>{vulgar_fractions}))(?![\p{{L}}\d])",
            rf"(?P<digits>{digits})(?![\s]?(?:{vulgar_fractions}))(?:\s?(?P<suffix>{suffixes})(?![\p{{L}}\d])"
            rf"|(?![\p{{L}}\d]|\.\d)|(?=(?:{after_symbols})|(?:st|nd|rd|th|{glued})(?![\p{{L}}])))",
            rf"(?P<bare>half|quarter)\s+(?:an?\s+)?(?P<barescale>{scale_words})(?![\p{{L}}])",
            r"(?P<lone>half)(?![\p{L}])",  # a share only where _half_is_share says so
            rf"(?P<article>an?)(?=\s+(?:{'|'.join(SPAN_UNITS)})(?![\p{{L}}-])"  # one span: not a rate (_core_value)
            rf"|\s+(?:{measures})\s+and\s+a\s+half(?![\p{{L}}]))",  # "a mile and a half" (1.5: the claim)
            rf"(?P<tuple>{alternation(self.tuples) or '(?!)'})(?=[\s-]+(?:{event_words})(?![\p{{L}}]))",
            rf"(?P<adverb>{alternation(self.adverbs) or '(?!)'})(?![\p{{L}}])(?!\s+as(?![\p{{L}}]))",
            rf"(?P<ordword>{alternation(self.ordinals) or '(?!)'})(?![\p{{L}}])",
            rf"(?P<words>{word_number}{fraction_tail}|{word_number})(?![\p{{L}}])",
        ]
        scale = (rf"(?:(?:\s+|-)(?P<scale>(?:{scale_words})(?:\s+(?:{scale_words}))*)(?![\p{{L}}])"
                 r"(?:\s+and\s+(?:a|one)\s+(?P<scalefrac>half|quarter|third))?)?")
        core = "(?:" + "|".join(kinds) + ")" + scale
        self.core = standard(opening + core, re.IGNORECASE)
        self.core_after_dash = standard(after_dash + core, re.IGNORECASE)
        self.number_pattern = rf"(?:\d[\d,.]*|(?i:{word_numbers}))"  # a number in digits or words, roughly
        # Where a number can start: a digit, a currency sign or code, or the first word of a number word or a vague
        # quantity ("a" and "an" only before the words that follow them in a number: "a dozen", "a third").
        # Trying the full pattern only there is several times faster than scanning every character with it; the
        # words are found in the lower-cased text by the standard library's engine, the fastest at literal words.
        first_words = {w.split()[0] for w in [*self.units, *self.tens, *self.ordinals, *self.tuples, *self.adverbs,
                                               *self.vague, "half", "quarter", "minus", "negative", "hundred",
                                               "noon", "midday", "midnight"]} - {
            "a", "an"}
        after_a = {w.split()[1] for w in self.vague if w.split()[0] in ("a", "an")} | {
            *self.scales, *self.fractions, *self.multipliers, *SPAN_UNITS, *measure_words}
        lettered = [s.lower() for s in [*self.symbols, *self.weak_symbols] if regex.search(r"\p{L}", s)]
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
            rf"|\s?(?:(?P<points>{alternation(percent['points'])})|(?P<basis>{alternation(percent.get('basis', []))})"
            rf"|(?P<pct>{alternation(percent['words'])}))"
            r"(?![\p{L}])",
            re.IGNORECASE,
        )
    def word_value(self, text: str) -> float | None:
        """The value of a number written in words ("twenty-eight", "two and a half million")."""
        total, current = 0.0, 0.0
        tokens = LETTERS.findall(text.lower())
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
            if suffix in self.suffixes:
                value *= self.suffixes[suffix]
            elif suffix in self.money_suffixes and self._scale_letter(m):
                value *= self.money_suffixes[suffix]
            return value, value, value, False
        if m.group("ratio"):
            numerator, denominator = self._number(m.group("rnum")), self._number(m.group("rden"))
            if not (numerator and denominator and numerator < denominator):
                return None
            value = numerator / denominator
            return value, value, value, False
        for group, table in (("adverb", self.adverbs), ("tuple", self.tuples), ("ordword", self.ordinals)):
            if m.group(group):  # "twice", "quadruple", "sixth": one word, one value
                value = table[m.group(group).lower()]
                return value, value, value, False
        if m.group("vague"):
            reading = self.vague[phrase(m.group("vague"))]
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
        if m.group("article"):
            return None if _RATE_BEFORE.match(m.string, 0, m.start("article")) else (1.0, 1.0, 1.0, False)
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

    def _scale_letter(self, m: regex.Match[str]) -> bool:
        """Whether a letter after a number ("m", "k", "b") is its scale: after a currency ("$5m"), or against the
        number, or in capitals, before a counted noun ("2.1M viewers", "12m people", "7 B users"). Elsewhere it is
        a unit ("12m deep", "10 m") or nothing, and the number is read without it."""
        if m.group("cur") or m.group("code") or m.group("weak"):
            return True
        suffix = m.group("suffix")
        spaced = m.string[m.start("suffix") - 1].isspace()
        return (not spaced or suffix.isupper()) and bool(_COUNTED_NEXT.match(m.string, m.end("suffix")))

    def _half_is_share(self, text: str, start: int, end: int) -> bool:
        """A lone "half" is a share after a hedge ("more than half") or before "of" ("half of the voters"), but
        not when it is a part of a time or place ("the second half of the game")."""
        if self.hedge_before_half.match(text, 0, start) or _A_SPAN_NEXT.match(text, end):
            return True  # "more than half"; "half a mile", "half an hour" (a measure or span, as kind.py reads)
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
                 urls: list[tuple[int, int]] | None = None) -> list[Reading]:
        """Numbers in text[start:end] with currency, scale and percent attached. ``starts`` (from triggers())
        and ``urls`` (web addresses) may be given for the whole article at once."""
        out: list[Reading] = []
        resume = start
        if starts is None:
            starts = self.triggers(text, start, end)
        if urls is None:
            urls = find_urls(text, start, end)
        for position in starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
            if position < resume:
                continue
            m = self.core.match(text, position, end)
            if m is None:
                continue
            resume = m.end()
            if urls and within(urls, position, position + 1):
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
        return join_minor_units(out, text, end)

    def _reading(self, m: regex.Match[str], text: str, start: int, end: int) -> Reading | None:
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
        suffix = (m.group("suffix") or "").lower() if digits else ""
        if suffix in self.money_suffixes and suffix not in self.suffixes and not self._scale_letter(m):
            stop = m.end("digits")  # "12m deep": the letter is a unit, read with the number's kind
        unit = None
        # "two-thirds of", "more than half of": a share of something, not a count of it
        kind = "fraction" if (frac or lone or m.group("ratio")) and value < 1 else "count"
        ordinal = _ORDINAL_SUFFIX.match(text, stop, end) if digits else None
        if ordinal:  # "the 21st century", "3rd Infantry Division"
            return Reading(m.start(), ordinal.end(), value, low, high, None, "ordinal", vague)
        if m.group("ordword"):  # "the sixth round"
            return Reading(m.start(), m.end(), value, low, high, None, "ordinal", vague)
        if cur:
            unit = self.symbols.get(cur) or self.symbols.get(cur.upper())
            kind = "money"
        elif code:
            unit = code.upper()
            kind = "money"
        elif m.group("weak"):
            unit, kind = self.weak_symbols[m.group("weak")], "money"
        after = self.unit_after.match(text, stop, end) if kind != "money" else None
        if after and after.lastgroup in ("points", "basis", "pct"):
            kind = "percent"
            unit = {"points": "percentage points", "basis": "basis points"}.get(after.lastgroup, "%")
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
        return Reading(m.start(), stop, value, low, high, unit, kind, vague)

    # -- claims ---------------------------------------------------------------------------------------

    def unscaled(self, text: str, reading: Reading) -> float:
        """The value of a reading without its scale words: 2 of "2 million"."""
        m = self.core.match(text, reading.start, reading.end) or self.core_after_dash.match(text, reading.start,
                                                                                             reading.end)
        core = self._core_value(m) if m else None
        return core[0] if core and core[0] else reading.value


def join_minor_units(readings: list[Reading], text: str, end: int) -> list[Reading]:
    """An amount in whole units followed by its hundredths is one amount: "3 dollars 50 cents", "thirteen
    dollars and forty-five cents", "C$ 100 and fifty" (hundredths without a word only where no word follows)."""
    out: list[Reading] = []
    for reading in readings:
        whole = out[-1] if out else None
        if whole and whole.type == "money" and whole.unit and "-" not in whole.unit \
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



def find_urls(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end].lower()
    if "http" not in chunk and "www." not in chunk:
        return []  # most articles link nothing: a look for two words is cheaper than the pattern's scan
    return [(u.start(), u.end()) for u in _URL.finditer(text, start, end)]


def clean(value: float) -> float | int:
    """Integers as int, so that JSON reads 40 and not 40.0."""
    if math.isfinite(value) and abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans (sorted by start): a search, not a scan, so that an article
    of thousands of web addresses or amounts costs no more per claim than one of none."""
    i = bisect.bisect_right(spans, (start, math.inf)) - 1
    return any(spans[k][0] <= start and end <= spans[k][1] for k in range(max(i - 1, 0), i + 1))
