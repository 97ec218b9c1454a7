"""A number's kind: a count, money, a percentage, a measure, a date, a clock time, an age, a duration, a year ...

Decided from the words right after and right before the number ("38 years old", "aged 38", "7:20", "June 15",
"the 2200 block of", "15 miles"), each side matched once by one pattern whose alternatives are tried in a fixed
order. Clock times, decades and calendar dates are read here too, from the digits of their hour, year or day.
Only some kinds are compared as counts (COMPARABLE_TYPES); the others are compared with their own kind.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

import regex

from ...models import NumericClaim, Sentence
from ...pattern_store import regex_pattern
from ...patterns import alternation, standard
from ...ruleset import Ruleset
from .reading import FIRST_WORD, Reading, clean
from .words import phrase

# "jun" (and "June", "Jun.") to the month's name as a report writes it ("date in June")
_MONTHS = {name[:3].lower(): name for name in calendar.month_name[1:]}

# The rules that type a number, in the order they are tried (kind_after / kind_before name them), and the type
# each gives: "magnitude 5.6", glued to letters ("A380", "COVID-19": no claim), "7:20", "No. 5" or "the 2200
# block of", "June 15", a year, "the 1940s", "38 years old" or "aged 38" ("ages 6 and 16", "at the age of 85",
# "dies at 91"), "LaCalamita, 38," ("Comeaux Jr., 49;", "Hutto, 28."), "30 seconds", "15 miles",
# "555-1234", "(313) 234-5656", "31-24". (Ordinals, "21st", are known when the number is read.)
_QUANTITY_RULES = ("magnitude", "glued_unit", "glued", "clock", "sign", "block", "address", "month", "year", "decade", "years_old", "aged",
                   "area_code", "comma", "name_comma", "duration", "measure", "phone", "dash")
_QUANTITY_TYPES = {"magnitude": "magnitude", "glued": None, "clock": "time", "sign": "identifier",
                   "block": "address", "address": "address", "month": "date", "decade": "date", "years_old": "age", "aged": "age",
                   "comma": "age", "name_comma": "age", "phone": "identifier", "area_code": "identifier",
                   "dash": "score"}
# a date said of an event, not stamping the page: "on Jan. 19 at 5 p.m.", "until June 3 at noon"
_EVENT_PREPOSITION_BEFORE = regex_pattern(r"(?r)(?<![\p{L}])(?:on|by|until|since|before|after|from)\s+$",
                                          regex.IGNORECASE)
_CLOCK_NEXT = standard(r"(?:,?\s*(?:at\s+|@\s*)?|\s*[-–—|]\s*)\d{1,2}(?::\d\d|\s?[ap]\.?\s?m\b)", re.IGNORECASE)
_ALL_DIGITS = standard(r"\d+")
_OLD_AFTER = standard(r"(?i)[-\s]old(?![\p{L}])")
_RELATIVE_AFTER = standard(r"(?i)\s+(?:ago|earlier|later|before|after|from\s+now|previously)(?![\p{L}])")
SHARE_OF = standard(r"(?i)^\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+)?|the\s+)?")
_A_NEXT = standard(r"(?i)\s+an?(?=\s)")
_ORDINAL_A = regex_pattern(r"(?i)an?[\s-]+(?!half\b)\p{L}+$")
_FOUR_DIGITS = standard(r"\d{4}")
_TWO_TO_FOUR_DIGITS = standard(r"\d{2,4}")
_DECADE_PART_BEFORE = regex_pattern(r"(?i)(?<![\p{L}])(early|mid|late)[\s-]*(?:the\s+)?$")
# The years of a decade a part of it spans, from its first year: "the late 1950s" are 1956 to 1959.
DECADE_PARTS = {"": (0, 9), "early": (0, 4), "mid": (3, 7), "late": (5, 9)}
_DIGIT_RUN_BEFORE = regex_pattern(r"(?r)(?<![\p{L}])(?:\+?\d[\d\s().-]{6,})$")
_PLURAL_NEXT = regex_pattern(r"^\s+(\p{Ll}+s|people|\p{Ll}*men|children)\b")
_CAPITALISED_WORD_BEFORE = regex_pattern(r"(?r)(?<=\S\s+|^\s*)\p{Lu}[\p{L}]*\s+$")
# a copyright notice, wherever it stands in its line: its year is the page's
_COPYRIGHT = regex_pattern(r"©|\(c\)\s*(?:19|20)\d\d|(?<![\p{L}])copyright(?![\p{L}])", regex.IGNORECASE)
# the first word of a stamp line that is no part of a date or time ("Updated 09 / 14 / 2013 01:03 PM A woman")
_STAMP_END = re.compile(r"(?<![^\W\d_])(?!(?:[AaPp]\.?[Mm]|GMT|UTC|[A-Z][DS]T|at)\b)[^\W\d_]{2,}")
# the first hour of a span of clock times takes the meridiem of the second: "from 4 to 7 p.m.", "9-11 a.m."
_SPAN_HEAD_BEFORE = regex_pattern(
    r"(?r)(?:(?<![\p{L}\d:.,$£€-])|(?<=between\s+))(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?"
    r"(?:\s*(?:to|-|–|until|till)|(?<=between\s+\S+)\s+and)\s*$", regex.IGNORECASE)
# an evening said after a time without a meridiem: "at 6:41 last night"
_EVENING_AFTER = regex_pattern(r"\s*(?:last\s+night|tonight|this\s+evening|in\s+the\s+evening|at\s+night)\b",
                               regex.IGNORECASE)
# a dateline: a date alone at the start of a line, the text after it going on without a comma
_LINE_START_BEFORE = regex_pattern(r"(?:^|\n)[\s*_#>]*$")
_DATELINE_GOES_ON = regex_pattern(r"(?:[ \t]+(?:[—–-]+\s*)?|[ \t]*[—–-]+\s*)\p{Lu}")
# a clock time opening a line before a date: "8:13 AM PDT 8 / 2 / 2013", "First Posted 23:37:00 05 / 05 / 2010"
_LINE_CLOCK_BEFORE = regex_pattern(r"(?:^|\n)[\s*_#>]*(?:\p{L}+:?\s+){0,2}\d{1,2}:\d\d(?::\d\d)?\s*"
                                   r"(?:[ap]\.?\s?m\.?\s*)?(?:[A-Z]{2,4}\s*)?$", regex.IGNORECASE)
# an agency dateline: a place opening a line, then the date and a dash ("Mumbai, Nov 11 -", "LONDON, May 3 (Reuters) -")
_DATELINE_PLACE_BEFORE = regex_pattern(r"(?:^|\n)[\s*_#>]*\p{Lu}[\p{L}.'’ ]{1,40},\s*$")
_DATELINE_DASH_AFTER = regex_pattern(r",?\s*(?:\d{4}\s*)?(?:\([^)\n]{1,30}\)\s*)?(?:[—–]|-{1,2}\s)")
# a clock time right after a year is a stamp: "Jan. 5, 2013 at 9:06 AM", "11 / 30 / 09 05:40 PM", "2010 @ 1:19PM"
_YEAR_BEFORE_CLOCK = re.compile(r"(?:(?:19|20)\d\d|/\s?\d\d),?\s*(?:at\s+|[@|–—-]\s*)?$")
# a date alone on its line, a weekday before it: "Tuesday, August 7, 2012" (with a clock time after it, _CLOCK_NEXT)
_WEEKDAY_LINE_BEFORE = regex_pattern(r"(?:^|\n)[\s*_#>]*(?:\p{Lu}\p{Ll}+,?\s+)?$")
_LINE_END_AFTER = regex_pattern(r"[ \t]*(?:\n|$)")
# a date in digits: "5/2/2013", "05 / 02 / 2013" (as tokenised text writes it), "12/25/08"
_NUMERIC_DATE = standard(r"(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})\s?/\s?(?P<y>\d{4}|\d{2})(?![\d/])")
# The most characters a stamp line holds on either side of a number ("10:24 AM, Wednesday, September 22, 2013")
STAMP_LINE = 60

# Types described as counts of something (what they count, its event); the others (ages, years, times, scores
# and records, durations) are described by their own kind and compared with it: a record by its holder.
COMPARABLE_TYPES = frozenset({"count", "money", "percent", "magnitude", "measure", "fraction", "date"})


class Kinds:
    """Types readings by the words around them, and reads clock times and dates; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset, hedge_before: regex.Pattern[str],
                 hedge_kinds: dict[tuple[str, str], str]) -> None:
        self.hedge_before = hedge_before
        self.hedge_kinds = hedge_kinds  # (position, phrase) -> hedge kind, as Hedges reads them
        self.clock_hedges = {p: kind for kind in ("nearly", "under", "over") for p in ruleset.language("clock", kind)}
        self.clock_hedge_before = regex_pattern(
            rf"(?r)(?<![\p{{L}}])(?P<h>{alternation(self.clock_hedges, backward=True)})\s+$", regex.IGNORECASE)
        self.event_words, _ = ruleset.events()
        self.stop = ruleset.language("phrase", "stop")
        self.months = ruleset.language("calendar", "months")
        self.durations = ruleset.language("durations", "units")
        self.seconds = ruleset.duration_seconds()
        self.stamp_words = ruleset.language("calendar", "stamps")
        # a stamp word right before a time or date, wherever the sentence starts: "2010 | Updated 8:52 PM EDT"
        self.stamp_before = regex_pattern(rf"(?r)(?<![\p{{L}}])(?:{alternation(self.stamp_words, backward=True)})"
                                          rf"(?:\s+(?:on|at))?\s*:?\s*$", regex.IGNORECASE)
        # ... or right after one: "Friday, Sep 10, 2010 | Updated 8:52 PM" (the date stamps the page too)
        self.stamp_after = regex_pattern(rf"\s*[|·•–—-]?\s*(?:{alternation(self.stamp_words)})(?![\p{{L}}])",
                                         regex.IGNORECASE)
        # a line of nothing but a date (a clock time beside it or not): "9:53 AM, MON 22 JUL 2013" stamps the page
        weekdays = ruleset.language("calendar", "weekdays")
        calendar_words = {*self.months, *weekdays, *(w[:3] for w in weekdays),
                          *ruleset.language("calendar", "weekday_abbreviations")}
        self.stamp_line = regex_pattern(
            rf"[\s*_#>]*(?:(?:{alternation(sorted(calendar_words))}|[ap]\.?m|gmt|utc|[a-z][ds]t)(?![\p{{L}}])\.?|\d+"
            rf"|[,/|·•:–—-]|[ \t])++(?=\n|$)", regex.IGNORECASE)
        self.month_word = regex_pattern(rf"(?<![\p{{L}}])(?:{alternation(self.months)})(?![\p{{L}}])", regex.IGNORECASE)
        self.measure_units = ruleset.units()
        self.emergency_numbers = ruleset.language("emergency", "numbers")
        self.emergency_after = regex_pattern(
            rf"^[\s-]+(?:{alternation(ruleset.language('emergency', 'after'))})(?![\p{{L}}])", regex.IGNORECASE)
        self.emergency_before = regex_pattern(
            rf"(?<![\p{{L}}])(?:{alternation(ruleset.language('emergency', 'before'))})(?:\s+(?:to|on))?\s+$",
            regex.IGNORECASE)
        self.fraction_dimensions = ruleset.fraction_dimensions()
        glued = ruleset.glued_units()
        # a unit after the number: a space or a hyphen before it only when it is no glued-only unit ("30C"), then
        # any unit
        spaced = alternation(u for u in self.measure_units if u not in glued)
        unit_lead = rf"(?:[\s-](?=(?:{spaced})(?![\p{{L}}]))|)"
        any_unit = alternation(self.measure_units)
        units = rf"{unit_lead}(?:{any_unit})"
        glued_unit_forms = alternation(u for u in self.measure_units if " " not in u)
        months = alternation(self.months)
        self.time_re = regex_pattern(
            r"(?<![\p{L}\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::\d{2})?\s?"
            r"(?:(?P<ap>[ap])\.?\s?m\b\.?|(?<=\d:\d\d\s?)(?![ap]\.?\s?m))"
            r"|(?<![\p{L}\d:.])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d])",
            regex.IGNORECASE)
        # a clock time of four digits: "0915 GMT", "at 1930 hours"
        self.four_digit_time = regex_pattern(
            r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?:\s?(?:GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]T|IST|JST|AES?T|AEDT)\b"
            r"|(?<=(?<![\p{L}])at\s+\d{4})\s+(?:hours|hrs)\b)")
        # noon and midnight said as a time: "at noon", "until midnight", "around midday"
        self.word_time = regex_pattern(r"(?i)(?<=(?<![\p{L}])(?:at|by|until|till|before|after|around|about|from|since|"
                                       r"past|to|shortly)\s+)(?P<w>noon|midday|midnight)(?![\p{L}])")
        self.decade_re = standard(r"(?<![\p{L}\d])(?P<y>1[0-9]\d0|20\d0)['’]?s(?![\p{L}])")
        # a date is read from its day: "June 15, 2018" (the month before it) or "15th of June 2018"
        months_behind = alternation(self.months, backward=True)
        self.month_before = regex_pattern(rf"(?r)(?<![\p{{L}}])(?P<month>{months_behind})\.?\s+$", regex.IGNORECASE)
        self.day_after_month = standard(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y>\d{4}))?",
                                        re.IGNORECASE)
        self.day_before_month = standard(
            rf"(?<![\p{{L}}])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{months})(?![\p{{L}}])"
            rf"(?:,?\s+(?P<y>\d{{4}}))?", re.IGNORECASE)
        self.measure_conversion = standard(
            rf"\s*\(\s*(?:about\s+|some\s+|around\s+)?[\d.,]+\s?{units}\s*\)",
            re.IGNORECASE)
        self.measure_after = standard(
            rf"^{unit_lead}(?P<u>{any_unit})(?![\p{{L}}])", re.IGNORECASE
        )
        # the inches after a length in feet ("5-foot-8", "5 feet 8 inches", "6 feet one inch"): one length, in inches,
        # where the feet alone would read a man of 5-foot-8 as one of 5-foot-10
        # (rules/units.toml may name neither: then no length is read so)
        foot, inch = self.measure_units.get("foot"), self.measure_units.get("inch")
        self.feet = frozenset(u for u, size in self.measure_units.items() if size == foot)
        inch_units = sorted(u for u, size in self.measure_units.items() if size == inch)
        self.inch_unit = max(inch_units, key=len) if inch_units else None  # "inches"
        inch_forms = alternation(inch_units) or "(?!)"
        self.small_numbers = {w.lower(): float(v) for w, v in ruleset.numbers()["units"].items() if v < 12}
        inches = rf"\d{{1,2}}|{alternation(self.small_numbers)}"
        self.inches_after = regex_pattern(
            rf"(?:-(?P<n>{inches})(?:[\s-]*(?:{inch_forms}))?|(?:,\s*|\s+(?:and\s+)?)(?P<m>{inches})[\s-]*(?:{inch_forms}))"
            rf"(?![\p{{L}}\d]|\.\d)", regex.IGNORECASE)
        self.duration_after = standard(
            rf"^(?:[\s-]|-plus\s)?(?P<u>{alternation(self.durations)})(?![\p{{L}}]|-(?!old|long)\p{{L}})", re.IGNORECASE
        )
        # What the words right after and right before a number say it is, each side in one match. The alternatives
        # are in the order of _QUANTITY_RULES, so the first that matches is the one that decides.
        months_alt, durations_alt = alternation(self.months), alternation(self.durations)
        streets = alternation(w[:1].upper() + w[1:] for w in ruleset.language("addresses", "streets"))
        self.street_after = regex_pattern(rf"\s+(?:{streets})(?![\p{{L}}])")
        self.kind_after = standard(
            rf"""(?P<magnitude>(?i:[\s-]*(?:magnitude|on\ the\ richter|richter)))
            |(?P<glued_unit>(?i:(?:{glued_unit_forms})(?![\p{{L}}])))
            |(?P<glued>[\p{{L}}\d])
            |(?P<clock>(?i::\d|\s?(?:a\.?\s?m\b|p\.?\s?m\b|am\b|pm\b|o'clock)))
            |(?P<block>(?i:\s+block\s+of\b))
            |(?P<address>\s+(?:(?!(?:On|In|At|Of|The|And|To|For|From|Near)\s)\p{{Lu}}[\p{{L}}\d'’.-]*\s+){{1,3}}
                (?:{streets})(?![\p{{L}}]))
            |(?P<month>(?i:\s*(?:{months_alt})(?![\p{{L}}])))
            |(?P<decade>(?i:'?s\b))
            |(?P<years_old>(?i:[-\s]?(?:years?|yrs?)[-\s]old\b|[-\s]year[-\s]old))
            |(?P<area_code>\)\s?\d{{3}}[-.\s]?(?:\d{{4}}(?!\d)|\p{{Lu}}{{4}}(?![\p{{L}}])))
            |(?P<comma>\s*(?:[,;)]|\.?\s*$|\s+of\s+\p{{Lu}}))
            |(?P<duration>(?i:(?:[\s-]|-plus\s)?(?:{durations_alt})(?![\p{{L}}]|-(?!old|long)\p{{L}})))
            |(?P<measure>(?i:{units}(?![\p{{L}}])))
            |(?P<phone>[-.\s]\d{{3}}[-.\s](?:\d{{4}}(?!\d)|\p{{Lu}}{{4}}(?![\p{{L}}]))|[-.]\d{{4}}(?!\d)
                |[-.]\s?\d{{3}}\s?[-.]\s?(?:\d{{3}}|\p{{Lu}}{{2}}))
            |(?P<dash>\s*[-–]\s*\d)""", re.VERBOSE)
        # a person's noun before a comma, as a name before one: "the mother, 42, and her sons", "Detroit girl, 3"
        plurals = ruleset.plural_nouns()
        persons = alternation((noun for noun, kind in ruleset.subject_classes().items() if kind == "person"
                               and noun not in plurals and not noun.endswith("men") and noun != "other"),
                              backward=True)
        self.kind_before = regex_pattern(
            rf"""(?r)(?P<magnitude>(?i:magnitude[\s-]*(?:(?:of|at|was|is)\s*)?|richter\s*scale\s*(?:of\s*)?)$)
            |(?P<glued>(?:[\p{{L}}\d_][-/\#.]|\#\s*|№\s*)$)
            |(?P<sign>(?i:(?:^|[\s(])(?:no\.|number|nos\.|\#)\s*)$)
            |(?P<phone>\d\s?[-.]\s?\p{{Lu}}{{3,}}\s*\(\s*$)
            |(?P<month>(?i:(?<![\p{{L}}])(?:{months_behind})\.?\s*)$)
            |(?P<aged>(?i:\b(?:aged?|ages(?:\s+\d+,?)*(?:\s+and)?|at\s+the\s+age\s+of|(?:die[sd]|dead)\s+at)\s*)$)
            |(?P<name_comma>(?:\p{{Lu}}[\p{{Ll}}'’]+|\p{{Lu}}\p{{Ll}}?\.|[IVX]{{2,4}}|(?<![\p{{L}}])(?:{persons}))
                (?:,[”"]?|[”"],)\s*$)
            |(?P<dash>\d\s*[-–]\s*$)""", regex.VERBOSE)

    # -- numbers --------------------------------------------------------------------------------------

    def times_and_dates(self, sentence: Sentence, text: str, digits: list[int]) -> list[NumericClaim]:
        """Clock times (value HHMM on a 24-hour clock), decades and calendar dates (value: the day of the month),
        read at the starts of the sentence's runs of digits."""
        found: list[NumericClaim] = []

        def free(start: int, end: int) -> bool:
            return not any(c.start < end and start < c.end for c in found)

        runs = [(i, _ALL_DIGITS.match(text, i, sentence.end).end()) for i in digits]  # (start, end) of each run
        for i, j in runs:
            # cheap tests of the character after the digits first: a clock has ":" or "am"/"pm", a decade "s"
            m = self.time_re.match(text, i, sentence.end) if j - i <= 2 and (
                text[j:j + 1] == ":" or text[j:j + 2].lstrip()[:1] in ("a", "p", "A", "P")
                or text[j:j + 1] == "." and text[j + 3:j + 5].lstrip()[:1] in ("a", "p", "A", "P")) else None
            if m:
                hour = int(m.group("h") or m.group("h2"))
                minute = int(m.group("m") or m.group("m2") or 0)
                meridiem = (m.group("ap") or "").lower()
                if (meridiem == "p" or not meridiem and 5 <= hour < 12
                        and _EVENING_AFTER.match(text, m.end(), sentence.end)) and hour < 12:
                    hour += 12
                if hour <= 24 and minute <= 59:
                    end = m.end() - (len(m.group()) - len(m.group().rstrip()))
                    head = _SPAN_HEAD_BEFORE.search(text, max(sentence.start, i - 16), i) if meridiem else None
                    if head and 1 <= int(head.group("h")) <= 12 and free(head.start(), head.end()):
                        first = int(head.group("h")) % 12 + (12 if meridiem == "p" else 0)
                        if first > hour:  # "10 to 2 p.m." starts in the morning
                            first -= 12
                        found.append(self._clock(sentence, text, head.start(), head.end("m") if head.group("m")
                                                 else head.end("h"), first, int(head.group("m") or 0)))
                    clock = self._clock(sentence, text, m.start(), end, hour, minute)
                    stamp = self._stamp(sentence, text, m.start(), end) or bool(
                        _YEAR_BEFORE_CLOCK.search(text, max(sentence.start, m.start() - 12), m.start()))
                    found.append(replace(clock, stamp=True) if stamp else clock)
                    continue
            m = self.four_digit_time.match(text, i, sentence.end) if j - i == 4 else None
            if m:
                found.append(self._clock(sentence, text, m.start(), m.end(), int(m.group("h")), int(m.group("m"))))
                continue
            m = self.decade_re.match(text, i, sentence.end) if j - i == 4 and text[j:j + 3].lstrip("'’")[:1] == "s" \
                else None
            if m:
                found.append(self._decade(sentence, text, m.start(), m.end(), int(m.group("y"))))
        for i, j in runs:
            if j - i > 2:
                continue  # a day has one or two digits
            if text[j:j + 2].lstrip()[:1] == "/" and text[i - 1:i] not in ("/", ".") and free(i, j):
                m = _NUMERIC_DATE.match(text, i, sentence.end)
                if m:
                    found += self._numeric_date(sentence, text, m)
                    continue
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
                date = self.plain(sentence, text, start, m.end(), day, "date")
                if self._stamp(sentence, text, start, m.end()):
                    found.append(replace(date, stamp=True))  # "Updated June 22 at 7:20": the article's stamp
                elif m.group("y"):
                    found.append(date)  # a full date: compared as a date, whatever month it names; its year
                    # is a year said of the same event ("born April 22, 1923" and "born in 1924" differ)
                    found.append(self.plain(sentence, text, m.start("y"), m.end("y"), int(m.group("y")), "year"))
                else:  # a day of a month is compared with other days of that month said of the same thing
                    found.append(replace(date, subject=f"date in {_MONTHS[month.group('month').lower()[:3]]}"))
        return sorted(found, key=lambda c: c.start)

    def _numeric_date(self, sentence: Sentence, text: str, m: regex.Match[str]) -> list[NumericClaim]:
        """A date written in digits, read as month/day/year (American news) unless its first number cannot be a
        month ("25/12/2008"); its numbers are one date, never counts ("05 / 02 / 2013" is no count of 5). A stamp
        ("UPDATED 05 / 03 / 2013 at 11:00 AM") stamps the page; any other is a date and, written in full, a year
        said of the same event, as "May 2, 2013" is."""
        first, second = int(m.group("a")), int(m.group("b"))
        month, day = (second, first) if first > 12 else (first, second)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return []
        date = self.plain(sentence, text, m.start(), m.end(), day, "date")
        if self._stamp(sentence, text, m.start(), m.end()):
            return [replace(date, stamp=True)]
        if len(m.group("y")) < 4:
            return [replace(date, subject=f"date in {calendar.month_name[month]}")]
        return [date, self.plain(sentence, text, m.start("y"), m.end("y"), int(m.group("y")), "year")]

    def _stamp(self, sentence: Sentence, text: str, start: int, end: int) -> bool:
        """A publication stamp: a sentence opened by "Updated", "Posted" ..., a time or date right after or right
        before one of these words, a dateline (a full date opening a line, the text going on with no comma:
        "May 23, 2005 Philadelphia 76ers President ..."; a place, the date and a dash: "Mumbai, Nov 11 -"), a date
        alone on its line ("Tuesday, August 7, 2012"), or a date followed by a clock time (not one said of an
        event: "on Jan. 19 at 5 p.m."; "August 8, 2012-4:43 pm")."""
        first = FIRST_WORD.match(sentence.text)
        if _LINE_START_BEFORE.search(text, max(0, start - 8), start) and _DATELINE_GOES_ON.match(text, end):
            return True
        if _LINE_CLOCK_BEFORE.search(text, max(0, start - 40), start):
            return True
        if _WEEKDAY_LINE_BEFORE.search(text, max(0, start - 20), start) and _LINE_END_AFTER.match(text, end):
            return True
        if _DATELINE_PLACE_BEFORE.search(text, max(0, start - 48), start) and _DATELINE_DASH_AFTER.match(text, end):
            return True
        if self._stamp_line(text, start, end):
            return True
        return bool(first and first.group(1).lower() in self.stamp_words) or bool(
            self.stamp_before.search(text, max(sentence.start, start - 20), start)) or bool(
            self.stamp_after.match(text, end, min(sentence.end, end + 20))) or bool(
            _CLOCK_NEXT.match(text, end, min(sentence.end, end + 20))
            and not _EVENT_PREPOSITION_BEFORE.search(text, max(sentence.start, start - 12), start))

    def _stamp_line(self, text: str, start: int, end: int) -> bool:
        """Whether the number stands on a short line of nothing but a date, a clock time beside it or not ("9:53 AM,
        MON 22 JUL 2013", "THURSDAY, JUNE 30, 2005"); a long line is read no further (a line of thousands of
        numbers is never read once per number)."""
        line_start = text.rfind("\n", max(0, start - STAMP_LINE), start) + 1
        line_end = text.find("\n", end, end + STAMP_LINE)
        line_end = len(text) if line_end < 0 and len(text) <= end + STAMP_LINE else line_end
        if line_end < 0 or (line_start == 0 and start > STAMP_LINE):
            return False
        line = self.stamp_line.match(text, line_start, line_end)
        return bool(line and line.end() == line_end and self.month_word.search(text, line_start, line_end))

    def word_times(self, sentence: Sentence, text: str) -> list[NumericClaim]:
        """Noon and midnight said as times of the day (1200 and 0000)."""
        return [self._clock(sentence, text, m.start(), m.end(), 0 if m.group("w").lower() == "midnight" else 12, 0)
                for m in self.word_time.finditer(text, sentence.start, sentence.end)]

    def _clock(self, sentence: Sentence, text: str, start: int, end: int, hour: int, minute: int) -> NumericClaim:
        """A clock time: its value HHMM as read, compared in minutes since midnight, as an interval when a hedge
        stands before it ("about 3 p.m." is 2:45 to 3:15 and agrees with 3:10; "shortly before 7 a.m.")."""
        value, minutes = hour * 100 + minute, hour * 60 + minute
        window = max(sentence.start, start - 40)
        hedge = self.hedge_before.match(text, window, start)
        clock = hedge is None
        if clock:
            hedge = self.clock_hedge_before.match(text, window, start)
        said = phrase(hedge.group("h")) if hedge else ""
        kind = (self.clock_hedges.get(said) if clock else self.hedge_kinds.get(("before", said))) if hedge else None
        # as wide as the time is round: "about 3 p.m." is a quarter of an hour either way, "about 3:10" five minutes
        slack = 15 if minute % 30 == 0 else 5
        low, high = {"about": (-slack, slack), "nearly": (-slack, 0), "under": (-2 * slack, 0),
                     "at_most": (-2 * slack, 0), "over": (0, 2 * slack), "at_least": (0, 2 * slack)}.get(kind, (0, 0))
        claim = self.plain(sentence, text, hedge.start("h") if kind else start, end, value, "time")
        if not kind:
            return replace(claim, cmp_low=minutes, cmp_high=minutes)
        return replace(claim, hedge=said, cmp_low=minutes + low, cmp_high=minutes + high)

    def _decade(self, sentence: Sentence, text: str, start: int, end: int, year: int) -> NumericClaim:
        """A decade is the years it spans, and "early", "mid" or "late" a part of them: "the early 1980s" holds
        1982, so two sources that say so agree."""
        part = _DECADE_PART_BEFORE.search(text, max(sentence.start, start - 8), start)
        first, last = DECADE_PARTS[part.group(1).lower() if part else ""]
        return replace(self.plain(sentence, text, start, end, year, "date"), low=year + first, high=year + last,
                       cmp_low=year + first, cmp_high=year + last)

    def plain(self, sentence: Sentence, text: str, start: int, end: int, value: float, qtype: str) -> NumericClaim:
        """A claim that is recorded but never compared as a count."""
        return NumericClaim(sentence.article_id, start, end, text[start:end], sentence, clean(value),
                            clean(value), clean(value), None, qtype, "", "", cmp_low=value, cmp_high=value)


    def quantity_type(self, core: str, before: str, after: str, value: float, high: float, qtype: str,
                       unit: str | None, r: Reading) -> tuple[str | None, str | None, float]:
        """Decide what kind of quantity a number is from the words around it; None drops it."""
        if qtype == "ordinal" and self.street_after.match(after):
            return "identifier", None, value  # "East 223rd Street", "Fifth Avenue" name a street
        if qtype in ("money", "percent", "ordinal"):
            return qtype, unit, value
        if qtype == "fraction":
            return self._fraction_type(core, after, value)
        if core.strip() in self.emergency_numbers and (self.emergency_after.match(after)
                                                       or self.emergency_before.search(before)):
            return "identifier", None, value  # "a 911 call", "dialled 999": the emergency line
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
            if rule in ("duration", "measure", "glued_unit"):
                written = " ".join(after_kind.group().lower().replace("-plus ", " ").strip(" -").split())
                if rule == "duration":  # "three days", or a time relative to another: "two weeks ago"
                    if _OLD_AFTER.match(after, after_kind.end()):  # "a 6-month-old girl": an age, in months
                        return "age", written.removesuffix("s"), value
                    relative = _RELATIVE_AFTER.match(after, after_kind.end())
                    return "relative" if relative else "duration", written, value
                return "measure", self.measure_units[written][0], value
            return _QUANTITY_TYPES[rule], None, value
        if _DIGIT_RUN_BEFORE.match(before + core):
            return "identifier", None, value
        # A number in digits right after a capitalised word names a thing: "Interstate 75", "Horizon 4",
        # "Route 12 was closed"; one in words does not ("the Hudson Street quadruple murder"), nor one after a
        # word that opens a sentence ("Only 40 came", "Some 40 people").
        capitalised = _CAPITALISED_WORD_BEFORE.match(before) if core.strip()[:1].isdigit() else None
        word = capitalised.group().strip().lower() if capitalised else ""
        opens = bool(capitalised) and not before[:capitalised.start()].strip()
        counted = _PLURAL_NEXT.match(after)  # "Another 20,000 people marched": the first word is a determiner
        if capitalised and not self.hedge_before.match(before) and word not in self.event_words \
                and not (opens and (word in self.stop or counted and counted.group(1).lower() not in self.stop)):
            return "identifier", None, value  # not "Quake Kills 10", a headline
        return "count", None, value

    def inches(self, after: str, value: float) -> tuple[float, int, int] | None:
        """A length in feet and inches read from the words after its number: the length in inches and where, in
        ``after``, its inches run ("-foot-8" gives 68, 5, 7); None when no inches follow whole feet."""
        unit = self.measure_after.match(after) if self.inch_unit else None
        if not unit or phrase(unit.group("u")) not in self.feet or value != int(value):
            return None
        m = self.inches_after.match(after, unit.end())
        if not m:
            return None
        written = (m.group("n") or m.group("m")).lower()
        n = float(written) if written.isdigit() else self.small_numbers[written]
        return (value * 12 + n, unit.end(), m.end()) if n < 12 else None

    @staticmethod
    def past_article(core: str, after: str) -> str:
        """The words after a number, past the article of "half a mile", "half an hour"."""
        article = _A_NEXT.match(after) if core.strip().lower() == "half" else None
        return after[article.end():] if article else after

    def _fraction_type(self, core: str, after: str, value: float) -> tuple[str, str | None, float]:
        """A fraction word is a share ("a third of the victims"), a measure or span ("a half liter", "a half
        hour", "half a mile", "half an hour"), or, after "a" and before a noun, an ordinal ("a third man was
        arrested")."""
        after = self.past_article(core, after)
        duration = self.duration_after.match(after)
        if duration:
            return "duration", duration.group("u").lower(), value
        measure = self.measure_after.match(after)
        if measure:
            return "measure", self.measure_units[phrase(measure.group("u"))][0], value
        if _ORDINAL_A.match(core) and not SHARE_OF.match(after).group().strip():
            return "ordinal", None, value
        return "fraction", None, value

    def mark_stamps(self, claims: list[NumericClaim], sentence: Sentence, text: str) -> list[NumericClaim]:
        """The numbers that open a sentence led by "Updated", "Posted" ... stamp the article, not the story:
        "Updated 09 / 14 / 2013 01:03 PM A woman ..." (up to the first word that is no part of a date); so do the
        years of a copyright notice."""
        if _COPYRIGHT.search(sentence.text):  # "Sun-Times Media Wire © Chicago Sun-Times 2013.": the page's year
            return [replace(c, stamp=True) if c.type == "year" else c for c in claims]
        first = FIRST_WORD.match(sentence.text)
        if not (first and first.group(1).lower() in self.stamp_words):
            return claims
        words = _STAMP_END.search(text, sentence.start + first.end(), sentence.end)
        stamp_end = words.start() if words else sentence.end
        return [replace(c, stamp=True) if c.end <= stamp_end and not c.subject else c for c in claims]
