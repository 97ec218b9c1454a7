"""Whose a number is: the name beside it, the holder of a record, the person an age belongs to, the street of a
house or block number. Names are read from the words around the number, never from a list of people."""

from __future__ import annotations

import itertools

from ...pattern_store import regex_pattern
from ...patterns import alternation, standard
from ...ruleset import Ruleset
from .words import singularize

_POSSESSIVE_S = standard(r"['’]s$")
_LAST_LETTERS = regex_pattern(r"(?r)\p{L}+")
# led by its capital, which the standard engine skips to; the letter that may not stand before it is looked behind at
_CAPITALISED_NAME = standard(r"\p{Lu}(?<![\p{L}].)[\p{Ll}][\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*"
                             r"(?:\s+\p{Lu}[\p{Ll}][\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)*")  # not "Ortiz-who"
# a closed aside before a number, of words or figures: "no other offer (including from the Nationals ... back to
# Maryland) was thought to be more than seven years", "Klitschko (52-3, 46 KOs) retained his title for the fifth
# time"; not a name alone, which says who the words before it are ("one guy (Rahman) not in shape to fight")
_ASIDE = standard(r"\((?=[^()]*(?:(?<![\p{L}])\p{Ll}|\d))[^()]*\)")
# whose an age is: "Diallo Davis, 23", "LaCalamita III, 38"; "a 23-year-old man", "61-year-old Sharron Smith"
_NAME_BEFORE_AGE = regex_pattern(r"(?r)(?P<n>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s+(?:[IVX]{2,4}|Jr\.?|Sr\.?))?"
                              r"(?:,?\s+(?:aka|a\.k\.a\.)\s+[“\"][^”\"]{1,30}[”\"])?\s*,?\s*(?:aged?\s+|(?P<a>an?\s+))?$")
# whose a record is: "Wladimir Klitschko (52-3", "Riddick Bowe, 43-1"
_NAME_BEFORE_RECORD = regex_pattern(r"(?r)(?P<n>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*[,(]\s*$")
# the street after a house or block number: "12000 block of East 223rd Street", "7050 Old State Road"
_STREET_AFTER = regex_pattern(r"^\s*(?i:block\s+of\s+(?:the\s+)?)?(?P<n>[\p{Lu}\d][\p{L}\d'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,3})")


class Owners:
    """Reads owners and streets; build once per Ruleset."""

    def __init__(self, ruleset: Ruleset, number_words: frozenset[str]) -> None:
        self.stop = ruleset.language("phrase", "stop")
        self.not_names = ruleset.not_names()
        self.classes = ruleset.subject_classes()
        self.calendar_words = ruleset.language("calendar", "weekdays") | ruleset.language("calendar", "months")
        self.number_words = number_words  # "Four of the six suspects": a number opening a sentence is no one's name
        # what does not name a street: its side of town and its kind ("East 223rd Street" is "223rd")
        self.street_words = ruleset.language("addresses", "streets") | ruleset.language("addresses", "sides")
        # where the clause holding a number's owner starts: punctuation, a conjunction, a verb of speech (the
        # speaker states the number: "Police said 70 people were injured")
        speech = alternation(ruleset.language("speech", "verbs"), backward=True)
        self.clause_break = regex_pattern(rf"(?r)[;:,(]|\s(?:and|but|while|whereas|{speech})\s")
        # the noun or name after an age stated with its unit, in any unit an age may take (rules/language.toml
        # [durations], as the kind of the number reads it): "a 23-year-old man", "a 10-hour-old baby"
        units = alternation(ruleset.language("durations", "units"))
        self.after_age = standard(rf"^[-\s]*(?i:{units})[-\s]+old\s+(?P<n>[\p{{L}}'’-]+(?:\s+[\p{{L}}'’.-]+){{0,3}})")
        self.owner_after = standard(r"^\s*(?:by|from)\s+(?:the\s+)?(?P<n>\p{Lu}[\p{Ll}][\p{L}'’-]*"
                                    r"(?:\s+\p{Lu}[\p{Ll}][\p{L}'’-]*)*)")

    def owner(self, before: str, after: str, named: frozenset[str] | None = None) -> str | None:
        """Whose number it is: a name right after it ("offers by the Angels"), else the last name in the
        clause before it ("Brand's 15.9 points", "Miller is averaging 15.5 points"); its last word, lower case.
        ``before`` starts where the sentence does; ``named``: the words the article names (capitalises inside a
        sentence and never writes in lower case), so that a common word opening the sentence ("Various reports
        put ...", "Authorities said ...") is no one's name (None: any capitalised word may be one)."""
        by = self.owner_after.match(after)
        if by and by.group("n").split()[-1] not in self.not_names:
            return by.group("n").split()[-1].lower()
        opened = before.rfind("(")
        if opened > before.rfind(")"):  # inside "Klitschko (52-3, 46 KOs)" every number is Klitschko's
            holder = self.holder(before[:opened + 1])
            if holder:
                return holder.split()[-1]
        before = _ASIDE.sub(lambda aside: " " * len(aside.group()), before)  # no one in an aside owns what follows
        last_break = self.clause_break.search(before)
        clause = before[last_break.end():] if last_break else before
        for m in reversed(list(_CAPITALISED_NAME.finditer(clause))):
            last = _POSSESSIVE_S.sub("", m.group().split()[-1])
            lower = last.lower()
            if last in self.not_names or lower in self.stop or lower in self.calendar_words or lower in self.number_words:
                continue
            preceding = _LAST_LETTERS.search(clause, 0, m.start())
            if preceding and preceding.group().lower() in self.stop and not m.group().endswith(("'s", "’s")):
                continue  # "the pirates off Somalia": a place the sentence mentions, not whose number it is
            if (not preceding and not last_break and named is not None and lower not in named and " " not in m.group()
                    and last == m.group()):
                continue  # "Originally sentenced to 90 days", "Outside temperatures were minus 20"; not "Iran's"
            return lower
        return None

    def age_owner(self, before: str, after: str, subject_text: str, subject: str) -> tuple[str | None, str, str]:
        """(owner, subject as written, subject) of an age: the person named beside it ("Diallo Davis, 23"; "the
        36-year-old champion Klitschko"), or the noun after it ("a 3-year-old Detroit girl": a girl, of Detroit)."""
        name = _NAME_BEFORE_AGE.search(before)
        words = self.name_words(name.group("n").split()) if name else []
        if name and name.group("a") and (len(words) < 2 or len(words) < len(name.group("n").split())):
            words = []  # "Melvin Edwards, a 69-year-old" names him; "In Detroit, a 3-year-old" does not
        if name and name.group("n").endswith(("'s", "’s")):
            words = []  # "Morgan's 56-year-old mother" is the age of his mother, the noun after it
        if words:
            return " ".join(words).lower(), subject_text, subject
        person = self.after_age.match(after)
        if not person:
            return None, subject_text, subject
        words = person.group("n").split()
        if words[0].lower() in self.stop:
            return None, subject_text, subject  # "a 69-year-old from Laguna Hills": no one named
        lead = list(itertools.takewhile(lambda w: not w[:1].isupper() and w.lower() not in self.stop, words))[:2]
        if len(lead) == 2 and words[2:3] and words[2][:1].isupper():
            words = words[1:]  # "construction worker Jeremy Lewis": the noun is the last of two before the name
        noun = [] if words[0][:1].isupper() else [words.pop(0)]  # "champion Klitschko", "man", "girl"
        run = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
        following = words[len(run)].rstrip(".") if len(run) < len(words) else ""  # "... Adams County girl."
        run = self.name_words(run)
        if not noun and following and self.classes.get(singularize(following.lower())) == "person":
            noun, run = [following], []  # "a 3-year-old Detroit girl" is a girl of Detroit
        if run:  # the name is whose age it is; what is measured is the person's noun, if one is written
            return " ".join(run).lower(), " ".join(noun + run), singularize(noun[0].lower()) if noun else ""
        return (None, noun[0], singularize(noun[0].lower())) if noun else (None, subject_text, subject)

    def street(self, after: str) -> tuple[str, str]:
        """(as written, canonical) the street of a house or block number: its name without the side of town or
        the kind of street ("East 223rd Street" and "223rd St." are "223rd")."""
        street = _STREET_AFTER.match(after)
        if not street:
            return "", ""
        words = street.group("n").split()
        name = [w.lower().rstrip(".") for w in words if w.lower().rstrip(".") not in self.street_words]
        written = street.group("n").strip()  # "Riverview." ends the sentence; "St." is the street's
        written = written.removesuffix(".") if len(words[-1]) > 4 else written
        return written, " ".join(name) or written.lower()

    def name_words(self, words: list[str]) -> list[str]:
        """The words of a capitalised run that name someone: none up to its last function word ("Killing Of"),
        no opener or title ("The", "Judge") before them, no weekday or month ("Sunday") after them, no full
        stop."""
        stops = [i for i, w in enumerate(words) if w.lower() in self.stop]
        words = words[stops[-1] + 1:] if stops else words  # a headline's "Revenge Killing Of Tyshawn Lee, 9"
        words = list(itertools.dropwhile(lambda w: w.rstrip(".") in self.not_names, words))
        words = list(itertools.takewhile(lambda w: w.lower().rstrip(".") not in self.calendar_words, words))
        if words and self.classes.get(singularize(words[-1].lower())) == "person":
            return []  # a headline's "Detroit Boy, 11"
        if words and len(words[-1]) > 2:
            words[-1] = words[-1].rstrip(".")  # the sentence's full stop, not an initial's
        return words

    def holder(self, before: str) -> str | None:
        """The holder of a record, or of every number in the parenthesis after a name: the name right before it
        ("Wladimir Klitschko (52-3", "Riddick Bowe, 43-1"), in lower case."""
        found = _NAME_BEFORE_RECORD.search(before)
        words = self.name_words(found.group("n").split()) if found else []
        return " ".join(words).lower() if words else None
