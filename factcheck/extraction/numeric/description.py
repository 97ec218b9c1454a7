"""A quantity's description: what it counts, whose it is, the event it belongs to, its time cue and its sentence.

Built once per claim after its number, hedge and kind are read, and read by alignment (factcheck/align) to decide
which claims of different articles state one quantity. What it counts is the noun phrase after the number, its
head singular and mapped through the synonyms ("civil rights organizations" -> organization); the event is the
nearest event word of its clause ("10 people were killed" -> killed); whose it is, the name beside it ("Diallo
Davis, 23", "Brand's 15.9 points"); the cue, a time that places the sentence in another event ("in 2003").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

import regex

from ...models import NumericClaim, Sentence
from ...pattern_store import regex_pattern
from ...patterns import alternation, standard
from ...ruleset import Ruleset
from .kind import COMPARABLE_TYPES, SHARE_OF, Kinds
from .owner import Owners
from .reading import FIRST_WORD, LETTERS, NumberReader
from .words import singularize, stem

_VERB_BEFORE_TIMES = regex_pattern(r"(?r)(?<![\p{L}])(\p{Ll}{2,}(?:ed|ot|it|un|ck|ng))\s+$")
_MODEL_AFTER = regex_pattern(r"\s+(?:(?P<letters>\p{Lu}{1,4})[-\s]?|\p{Lu}\p{Ll}+\s+)(?P<digits>\d{2,4})s?(?![\p{L}\d])")
# "of the", "of their" ...: a part of a group before it ("two of the three victims", "four of the six suspects")
_OF_A_GROUP = r"of\s+(?:the|its|their|his|her|those|these)\s+"
_PARTITIVE_BEFORE = regex_pattern(rf"(?ri)(?<![\p{{L}}])(?:\d+|[\p{{L}}]+)\s+{_OF_A_GROUP}$")
_CLAUSE_BREAK = standard(r"[;:,—–]|\s-\s")
_LAST_CLAUSE_BREAK = regex_pattern(r"(?r)[;:,—–]|\s-\s")
# Where a sentence turns to another statement: a time cue beyond it dates that statement, not the number ("proposed
# the rules in May and since has received nearly 300,000 comments"; "married twice; ... her second in 1958").
_STATEMENT_BREAK = regex_pattern(r"[;—–]|\s-\s|\s(?:but|while|whereas|although|though)\s"
                                 r"|,?\sand\s(?=since|then|has|have|had|was|were|is|are|now|later)\b", regex.IGNORECASE)
# The words from which an article is long enough to name a person inside a sentence as well as at its start.
NAMING_WORDS = 100
# A capitalised word inside a sentence (after a word or a comma): where a name is capitalised and a common word not
_INSIDE_CAPITAL = regex_pattern(r"(?<=[\p{L},;]\s+)\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}-]*")  # "DiLeo", "Roberts-Cole"
# A participle clause after the number, set off by a comma, says what followed ("took his record to 52-3, taking his
# unbeaten run to 10 since losing in 2004"): its time cue dates that, not the number before it. Before the number
# such a clause is an adverbial of the whole ("Running for office in 2004, he won 52%") and does not break it.
# "including", "according" ... are prepositions: what they add is of the number's own statement.
_TRAILING_CLAUSE = regex_pattern(r",\s+(?!(?:includ|accord|follow|regard|concern|exclud|involv)ing\s)\p{Ll}{2,}ing\s")
_OTHER_NEXT = standard(r"(?i)^\s*other\s")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_HYPHEN_WORD = regex_pattern(r"-(\p{L}+)(?![\p{L}\d'’-])")
# a part of a group: "four of the six suspects" (the group after "of" is what the part counts)
_PART_OF = standard(rf"(?i)^\s+{_OF_A_GROUP}")
_NUMBER_WORD = regex_pattern(r"\s*(\d[\d,]*|\p{L}+(?:-\p{L}+)?)\s+")  # the whole's size: "of the six suspects"
# How many words on either side of a year its statement's event may be: "By 1958, at the peak of her fame, Page
# vanished" (eight words after).
STATEMENT_EVENT_WORDS = 8
_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}['’]s")
_OF_PHRASE = standard(r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
_DIMENSION_ADJECTIVE = standard(r"^[-\s]*(?:long|high|wide|deep|tall)\b")
_POSSESSIVE_END = regex_pattern(r"(?r)['’]s?$")
_CONTRACTION = re.compile(r"(\w+)['’](?:s|re|ve|ll|d|m)")  # "she's", "they're", "we've"
_THE_BEFORE = regex_pattern(r"(?i)(?<![\p{L}])the\s+$")  # "in the seventh"
_DOTTED = regex_pattern(r"(?:\p{L}\.)+\p{L}")  # an abbreviation written with points: "U.S", "U.N"
# what a span of time is of: "30 hours of deliberation", "four days of rioting"
_SPAN_OF = regex_pattern(r"^[\s-]*\p{L}+\s+of\s+(?P<n>\p{Ll}{4,})")
# ... and the noun a span qualifies, written as one word with its unit: "an eight-year contract", "a 90-day stint"
_SPAN_BEFORE_NOUN = regex_pattern(r"^-\p{L}+\s+(?P<n>\p{Ll}{4,})(?![\p{L}-])")

# A word (a letter, then letters, digits, apostrophes, hyphens, and points inside it: "U.S"), a number or a sign.
# Led by one class of every first character and dispatched by a look back at it, so that the standard engine
# skips to the next token fast. [^\W\d_]: a letter.
_WORD = re.compile(r"[\w%$£€¥](?:(?<=[^\W\d_])(?:[^\W_]+|['’\-]|\.(?=[^\W\d_]))*"
                   r"|(?<=\d)[\d,.]*|(?<=[%$£€¥]))")


# a capitalised word right before a hyphen: the first part of "Ukrainian-born"
_CAPITALISED_BEFORE_HYPHEN = regex_pattern(r"(?<![\p{L}])\p{Lu}\p{L}*$")

class Describer:
    """Describes claims for alignment; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset, reader: NumberReader, kinds: Kinds) -> None:
        self.measure_units, self.measure_after = kinds.measure_units, kinds.measure_after
        self.month_before = kinds.month_before
        self.synonyms = ruleset.synonyms()
        self.number_words = frozenset(reader.units) | frozenset(reader.tens)
        self.relational = ruleset.relational_nouns()
        self.not_subjects = ruleset.not_subjects()
        self.plurals = ruleset.plural_nouns()
        self.event_words, self.event_subjects = ruleset.events()
        self.event_nouns = ruleset.event_nouns()
        self.event_counts = ruleset.event_counts()
        self.classes = ruleset.subject_classes()
        self.stop = ruleset.language("phrase", "stop")
        self.auxiliaries = ruleset.language("phrase", "auxiliaries")
        self.months = ruleset.language("calendar", "months")
        self.weekdays = ruleset.language("calendar", "weekdays")
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
        self.windows = ruleset.language("phrase", "windows")
        self._context_forms: dict[str, str] = {}  # word as written -> its context form, memoised for the run
        self.not_context = frozenset([*self.stop, *reader.units, *reader.tens, *reader.scales, *reader.ordinals,
                                      *reader.tuples, *reader.adverbs])
        self.adverbs = frozenset(reader.adverbs)
        self.part_words = frozenset([*reader.units, *reader.tens, "all", "half", "many", "most", "none", "some"])
        self.update_words = ruleset.language("updates", "words")
        self.update_cue = regex_pattern(
            rf"(?r)(?<![\p{{L}}])(?:{alternation(self.update_words, backward=True)})(?:\s+to)?"
            r"\s+(?:[\p{L}]+\s+){0,2}$",
            regex.IGNORECASE)
        self.averages = ruleset.language("phrase", "averages")
        self.owners = Owners(ruleset, self.number_words)
        self.landmark = standard(
            r"^(?:\s*\([^)]*\))?\s*(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?|away)\s+(?:of|from)|from|off|"
            r"outside|of)\s+(?:the\s+)?(?P<l>\p{L}+)", regex.IGNORECASE)
        self.rate = standard(r"^\s*(?:a|an|per|each|every)\s+(?P<per>year|season|month|week|day|game|hour|share)s?"
                             r"(?![\p{L}])", re.IGNORECASE)
        self.noun_before = regex_pattern(r"(?r)(?P<n>[\p{L}]{3,})\s+(?:worth|of|valued\s+at|estimated\s+at|totaling|"
                                         r"totalling|at)\s+(?:[\p{L}]+\s+){0,2}$", regex.IGNORECASE)
        number = reader.number_pattern
        # a count that is one part of a breakdown: "12 Somali and 11 Yemeni suspects"
        self.breakdown = regex_pattern(
            rf"(?:{number}\s+\p{{Lu}}[\p{{L}}-]*\s+and\s+\x00|\x00\s*\p{{Lu}}[\p{{L}}-]*\s+and\s+{number}\s)")

    def classify(self, claim: NumericClaim) -> NumericClaim:
        """The kind of thing a claim counts, from its noun ("four victims": person), for alignment."""
        words = (claim.subject or claim.subject_text).lower().split()
        kind = self.classes.get(singularize(words[-1]), "") if words else ""
        return replace(claim, subject_class=kind) if kind else claim

    def describe(self, claim: NumericClaim, sentence: Sentence, text: str) -> NumericClaim:
        """What alignment needs of a claim that was not read as a count: its sentence's context, the event and
        time cue, and whose it is (for an age: the person named beside it, "Diallo Davis, 23", "a 23-year-old
        man")."""
        before = text[sentence.start:claim.start]
        after = text[claim.end:sentence.end]
        context = self.context_words(sentence.text)
        clause_words = self._words(_last_clause(before))
        event, _ = self._event(clause_words, after)
        if claim.type == "year" and event is None:
            event = self._statement_event(before, after)
        owner = self.owners.owner(before, after, _named_words(text)) if claim.type != "age" else None
        if claim.type == "score":  # a record is its holder's: "Wladimir Klitschko (52-3", "Riddick Bowe, 43-1"
            owner = self.owners.holder(before) or owner
        subject, subject_text = claim.subject, claim.subject_text
        if claim.type == "address":  # "the 12000 block of East 223rd Street" is a place on 223rd Street
            subject_text, subject = self.owners.street(after)
        elif claim.type == "duration" and (span_of := _SPAN_OF.match(after) or _SPAN_BEFORE_NOUN.match(after)):
            subject_text, subject = span_of.group("n"), self.canonical(span_of.group("n").lower())
        if claim.type == "age":  # whose: only a name beside it; the last name of its clause is as often a place
            owner, subject_text, subject = self.owners.age_owner(before, after, subject_text, subject)
        return replace(claim, subject=subject, subject_text=subject_text, event=event, owner=owner,
                       cue=self._cue(_statement(_without(sentence, claim.start, claim.end), claim.start - sentence.start)),
                       context=context,
                       weekdays=context & self.weekdays)

    def relations(self, sentence: Sentence, text: str, start: int, after: str, subject_text: str, subject: str,
                   qtype: str) -> dict[str, object]:
        """What alignment needs of a comparable claim, and only it: what it counts, the event it belongs to,
        whose it is and its sentence's context. ``start``: where the claim starts, its hedge included;
        ``after``: the sentence after the number."""
        before = text[sentence.start:start]
        window = before[-80:] + "\x00" + after[:80]
        if subject and qtype == "count" and " and " in window and self.breakdown.search(window):
            modifier = [w for w in subject_text.split()[:-1] if w[:1].isupper()]
            subject = f"{modifier[0].lower()} {subject}" if modifier else f"part of {subject}"
        clause_words = self._words(_last_clause(before))
        if subject and any(w in self.averages for w in clause_words):
            subject = f"{subject} average"  # "averaged more than 30 home runs" is a rate, not a total
        event, distance = self._event(clause_words, after, len(subject_text.split()))
        noun = subject.split(" of ")[0].split()[-1:]
        if noun and noun[0] in self.event_nouns:  # "two counts of murder": charges, whatever crime they name
            event, distance = self.event_nouns[noun[0]], 0
        if noun and event and (event, noun[0]) in self.event_counts:  # "70 rounds fired" are "70 shots fired"
            head, of, tail = subject.partition(" of ")
            subject = " ".join([*head.split()[:-1], self.event_counts[(event, noun[0])]]) + of + tail
        updated = bool(self.update_cue.match(text, max(sentence.start, start - 50), start))
        if updated and event is None:  # "the death toll from the quake rose to 10"
            events = [self.event_words[w] for w in clause_words if w in self.event_words]
            event, distance = (events[-1], 0) if events else (None, 99)
        partitive = _PARTITIVE_BEFORE.match(text, max(sentence.start, start - 40), start)
        whole = bool(partitive) and (partitive.group().split()[0].lower() in self.part_words
                                     or partitive.group()[0].isdigit())
        if whole:
            event = None  # "two of the three victims died": three is the whole group, the event is the part's
        first_word = FIRST_WORD.match(after)
        counts_nothing = bool(first_word and first_word.group(1).lower() in self.not_subjects)
        if qtype == "count" and not subject and event and distance <= 1 and not counts_nothing:
            subject = self.event_subjects.get(event, "")  # "injuring 40", "10 dead"
        word = LETTERS.match(text, start)
        adverb = bool(word) and word.group().lower() in self.adverbs  # "married twice"
        if qtype == "count" and (adverb or first_word and first_word.group(1).lower() == "times"):
            # "shot seven times" counts shootings: compared with "shot 11 times", not with "arrested"; a verb's
            # event names the count ("firing more than two dozen times" and "fired an AK-47 23 times"), the
            # clause's event where the verb stands further off
            verb = _VERB_BEFORE_TIMES.match(text, max(sentence.start, start - 40), start)
            said = verb.group(1) if verb else ""
            done = self.event_words.get(said.lower()) if said else event
            if said or done:
                subject_text, subject = f"times {said or done}", f"times {done or stem(said.lower())}"
        context = self.context_words(sentence.text)  # cached: the claims of a sentence share it
        return {"subject": subject, "subject_text": subject_text, "event": event, "updated": updated, "whole": whole,
                "owner": self.owners.owner(before, after[len(subject_text) + 1:] if subject_text else after,
                                           _named_words(text)),
                "cue": self._own_cue(sentence, text, start, sentence.end - len(after), qtype), "context": context,
                "weekdays": context & self.weekdays}

    def _own_cue(self, sentence: Sentence, text: str, start: int, end: int, qtype: str) -> str | None:
        """The time cue of a claim's statement, its own words blanked: "began in October 1950" is dated by its
        date, not cued by it (a date's month before its number is its own too)."""
        if qtype == "date" and (month := self.month_before.match(text, max(sentence.start, start - 20), start)):
            start = month.start()
        return self._cue(_statement(_without(sentence, start, end), start - sentence.start))

    def subject_of(self, qtype: str, before: str, after: str, value: float, unit: str | None) -> tuple[str, str]:
        """(words as written, canonical subject) of a claim of any comparable type."""
        if qtype == "fraction":  # "of" or "the" opens what it is a share of
            of = SHARE_OF.match(after).group()
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
            part_of = _PART_OF.match(after)
            if part_of:  # "four of the six suspects" counts suspects, a part of the group
                end = part_of.end()
                size = _NUMBER_WORD.match(after, end)
                if size and (size.group(1)[0].isdigit() or self._is_number_word(size.group(1).lower())):
                    end = size.end()
                text, subject = self._subject(" " + after[end:], 2)
                return (after[:end].strip() + " " + text, subject) if subject else ("", "")
            text, subject = self._subject(after, value)
            if subject and _OTHER_NEXT.match(after):
                return text, f"other {subject}"  # "three other rifles" are not the seven AK-47 rifles
            rate = self.rate.match(after[after.find(text) + len(text):]) if text else None
            if subject and rate:
                return f"{text} {rate.group().strip()}", f"{subject} per {singularize(rate.group('per').lower())}"
            return text, subject
        if qtype == "ordinal":  # "the sixth round", "his fifth defense": the rank of a round, of a defense
            return self._subject(after, value)
        if qtype == "money":
            rate = self.rate.match(after)
            if rate:
                return rate.group().strip(), f"amount per {singularize(rate.group('per').lower())}"
            text, subject = self._subject(after, value)
            if subject:
                return text, subject
            noun = self.noun_before.match(before)
            word = noun.group("n").lower() if noun else ""
            if noun and word not in self.stop and word not in self.not_subjects and not word.endswith(("ed", "ing")):
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
        previous_end, last = 0, False
        for m in _WORD.finditer(after, 0, min(len(after), 80)):
            token, lower = m.group(), m.group().lower().strip("'’")
            gap = after[previous_end:m.start()]
            previous_end = m.end()
            if run and gap.startswith(".") and _DOTTED.fullmatch(run[-1]):
                gap = gap[1:]  # the full stop of "U.S." ends the abbreviation, not the phrase
            if gap.strip(" \t\"'“”‘’") not in ("", "-") or not token[0].isalpha():
                break  # punctuation ends the phrase; quotation marks do not ("“about 80” people")
            if "-" in token and self._is_number_word(token.rsplit("-", 1)[1].lower()):
                token = token.rsplit("-", 1)[0]  # "three bank workers-two women": a dash without spaces
                lower, last = token.lower(), True
            if tail:
                if lower in self.stop:
                    continue  # "percent of the buildings"
                tail.append(token)
                break
            if lower == "of" and run and run[-1].lower() in self.relational:
                tail.append(token)
                continue
            if lower == "each" and run and run[-1].lower() in self.relational and _OF_PHRASE.match(after[m.end():]):
                continue  # "eight counts each of assault": each defendant's counts of assault
            if not run and _ABBREVIATION_PLURAL.fullmatch(token):
                token, lower = token[:-2] + "s", token[:-2].lower() + "s"  # "47 KO's": knockouts, not a possessive
            elif _POSSESSIVE_END.match(token) and not run:
                continue  # "the world's traded oil": a possessive opens the phrase
            if lower in ("and", "or") and run and not self._is_plural_noun(run[-1].lower()) and self._plural_ahead(
                    after, m.end()):
                run.append(token)
                continue
            if self.canonical(lower) in self.event_nouns:
                run.append(token)  # "three life sentences", "two convictions": the event is what is counted
                continue
            if lower in self.event_words and self._names_an_event_noun(after, m.end()):
                run.append(token)  # "two murder charges": the crime names the charges, it is no event of theirs
                continue
            if (lower in self.stop and not token.isupper()) or lower in self.not_subjects or lower in self.event_words:
                break
            if (contraction := _CONTRACTION.fullmatch(lower)) and contraction[1] in self.stop:
                break  # "the two women she's accused of killing": a pronoun's contraction starts a clause
            if run and lower.endswith(("ed", "ing", "ly")) and not self._is_plural_noun(lower):
                break
            run.append(token)
            if len(run) >= 4 or last:
                break
        if not run or len(run) == 1 and value != 1 and run[0].lower().endswith("ing"):
            return "", ""  # "nine voting to put him to death": a participle; a counted noun is plural ("killings")
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

    def _names_an_event_noun(self, after: str, position: int) -> bool:
        """Whether the next word is a noun that is an event itself (events.toml "nouns": "charges")."""
        following = _WORD.match(after[position:].lstrip(" "))
        return bool(following) and self.canonical(following.group()) in self.event_nouns

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
        if _POSSESSIVE_END.search(word):
            return False  # "Rahman's", "she's": a possessive or a contraction, not a plural
        if word in self.synonyms or word in self.plurals:
            return True
        if len(word) > 4 and word.endswith("men"):
            return True  # crewmen, policemen, fishermen
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))

    def elided_nouns(self, claims: list[NumericClaim], text: str) -> list[NumericClaim]:
        """Ordinals whose noun is left out ("stopped in the seventh") count what the article's other ordinals
        count, the noun it gives them most ("the sixth round", "in the seventh round"). Not "the first", which is
        as often a person ("the first to arrive")."""
        nouns = Counter(c.subject for c in claims if c.type == "ordinal" and c.subject)
        if not nouns:
            return claims
        noun = max(sorted(nouns), key=nouns.__getitem__)
        return [replace(c, subject=noun) if c.type == "ordinal" and not c.subject and c.value != 1
                and _THE_BEFORE.search(text, max(0, c.start - 8), c.start) else c for c in claims]

    def _event(self, clause_words: list[str], after: str, subject_words: int = 0) -> tuple[str | None, int]:
        """The nearest event word to the number within its clause, and how many words away it is.
        ``clause_words``: the words of the clause before the number, as ``_words`` reads them."""
        # "the toll rose to 10": words that report a change, and "to", do not put the event further away
        before_words = [w for w in clause_words if w not in self.update_words and w != "to"]
        # only its first few words count, auxiliaries not among them
        after_words = [w for w in self._words(_first_clause(after[:200])) if w not in self.auxiliaries]
        best: tuple[int, str] | None = None
        if before_words[-1:] in (["and"], ["or"]):
            before_words = []  # "charged with murder and seven counts of assault": the event is the other conjunct's
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

    def _words(self, text: str) -> list[str]:
        """The words of a text in lower case, a month written with its capital left blank: "in March" dates, where
        "marched" or "a march" is an event; so is a word that ends a compound adjective after a name
        ("Ukrainian-born", "Soviet-built": where from, not an event)."""
        if "-" not in text:
            return ["" if w[:1].isupper() and w.lower() in self.months else w.lower() for w in LETTERS.findall(text)]
        words = []
        for m in LETTERS.finditer(text):
            word, start = m.group(), m.start()
            named = start > 1 and text[start - 1] == "-" and _CAPITALISED_BEFORE_HYPHEN.search(text, 0, start - 1)
            words.append("" if named or word[:1].isupper() and word.lower() in self.months else word.lower())
        return words

    def _is_number_word(self, word: str) -> bool:
        """"six", "twenty", "twenty-three": a number written as words (rules/numbers.toml)."""
        return all(part in self.number_words for part in word.split("-"))

    def _statement_event(self, before: str, after: str) -> str | None:
        """The event a year dates: the nearest event word of its statement, across commas ("In 1957, Page
        disappeared", "Page suddenly disappeared from the scene in 1958"), a year being an adverbial of the whole
        clause rather than a word of its noun phrase."""
        statement = _statement(before + "\x00" + after, len(before))
        left, _, right = statement.partition("\x00")
        words = [*enumerate(reversed(self._words(left)[-STATEMENT_EVENT_WORDS:])),
                 *enumerate(self._words(right)[:STATEMENT_EVENT_WORDS])]
        found = sorted((i, self.event_words[w]) for i, w in words if w in self.event_words)
        return found[0][1] if found else None

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the extractor lives as long as its run
    def context_words(self, sentence: str) -> frozenset[str]:
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


@functools.lru_cache(maxsize=4)
def _named_words(text: str) -> frozenset[str]:
    """The words an article capitalises inside a sentence and never writes in lower case, lower-cased: the
    names it holds, as a word opening a sentence is capitalised whatever it is (read once per article: its
    claims ask in turn). In an article too short to name anyone inside a sentence ("Miller is averaging 15.5
    points."), every capitalised word it never writes in lower case."""
    words = LETTERS.findall(text)
    lowercase = {w for w in words if w.islower()}
    capitalised = _INSIDE_CAPITAL.findall(text) if len(words) >= NAMING_WORDS else (w for w in words if w[0].isupper())
    return frozenset(w.lower() for w in capitalised) - lowercase


def _without(sentence: Sentence, start: int, end: int) -> str:
    """A sentence with a claim's own words blanked: "disappeared in 1957" is dated by its year, not cued by it."""
    i, j = max(start - sentence.start, 0), max(end - sentence.start, 0)
    return sentence.text[:i] + " " * (j - i) + sentence.text[j:]


def _statement(sentence: str, at: int) -> str:
    """The part of a sentence between the statement breaks around position ``at`` (_STATEMENT_BREAK); within
    parentheses, what they hold: "Bowe (45-1, 33 KOs) had been training since September" gives his record, not
    a count of September."""
    opened = sentence.rfind("(", 0, at)
    if opened >= 0 and sentence.find(")", opened, at) < 0 and (closed := sentence.find(")", at)) >= 0:
        return sentence[opened + 1:closed]
    start, end = 0, len(sentence)
    for m in _STATEMENT_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    trailing = _TRAILING_CLAUSE.search(sentence, at, end)
    return sentence[start:trailing.start() if trailing else end]


def _last_clause(before: str) -> str:
    """What follows the last clause break (comma, colon, dash ...) of the text before a number."""
    last_break = _LAST_CLAUSE_BREAK.search(before)
    return before[last_break.end():] if last_break else before


def _first_clause(after: str) -> str:
    first_break = _CLAUSE_BREAK.search(after)
    return after[:first_break.start()] if first_break else after

