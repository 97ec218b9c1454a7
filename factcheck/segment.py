"""Sentences with character offsets into the article text.

A sentence never crosses a body range (a line of news), so a headline is its own sentence. Inside a line a
full stop ends a sentence unless it closes an abbreviation from rules/language.toml or a single letter
("U. S.", "P.J.", "a. m."), and the word after it goes on the sentence: an abbreviation before a capitalised
function word ends one ("in the U.S. They said"), and so does a clock time's "a.m."/"p.m." before any capitalised
word but a weekday, a month or a time zone ("at 7:10 a.m. The residence ...", "at 7 a.m. Wednesday").
"""

from __future__ import annotations

from .models import Article, Sentence
from .pattern_store import regex_pattern
from .ruleset import Ruleset

# Patterns used inside functions, compiled once.
_INITIALS = regex_pattern(r"(?:\p{L}\.)+\p{L}")


# A candidate break: sentence punctuation, closing quotes or brackets, white space, then a likely opener; or, in
# text scraped without the space ("had a pistol.Fourteen people were hospitalized.Investigators ..."), a word of
# small letters, the punctuation, then a capitalised word.
_BREAK = regex_pattern(r"""[.!?]+["'”’)\]]*(?:(?=\s+["'“‘(\[]?[\p{Lu}\d])"""
                       r"""|(?<=\p{Ll}{2}[.!?]+["'”’)\]]*)(?=["“]?\p{Lu}\p{Ll}))""")
MAX_SENTENCE = 2000  # characters; longer runs are cut (see _bounded)
_WORD_BEFORE = regex_pattern(r"(?r)([\p{L}.]+)$")
_MERIDIEM_BEFORE = regex_pattern(r"(?i)(?<![\p{L}])[ap]\.\s?m$")
_NEXT_WORD = regex_pattern(r"\s+[\"'“‘(\[]?([\p{L}]+)")


def sentences(article: Article, ruleset: Ruleset) -> tuple[Sentence, ...]:
    """The sentences of the article's body, in text order."""
    abbreviations = ruleset.language("sentences", "abbreviations")
    before_numbers = ruleset.language("sentences", "before_numbers")
    openers = ruleset.language("phrase", "stop")
    after_clock = (ruleset.language("calendar", "weekdays") | ruleset.language("calendar", "months")
                   | ruleset.language("clock", "zones"))
    text = article.text
    spans: list[tuple[int, int]] = []
    for start, end in article.body:
        cursor = start
        for match in _BREAK.finditer(text, start, end):
            word = _WORD_BEFORE.match(text, cursor, match.start())
            if word and match.group().startswith("."):
                token = word.group(1).lower().strip(".")
                if _MERIDIEM_BEFORE.search(text, max(cursor, match.start() - 5), match.start()):
                    following = _word_after(text, match.end(), end)
                    if following.lower() in after_clock or (following.isupper() and len(following) <= 4):
                        continue  # "at 7 a.m. Wednesday", "8 p.m. ET": the time goes on
                elif len(token) <= 1 and text[word.start() - 1:word.start()] not in ("'", "’"):
                    continue  # a letter ("U. S."), not the end of a word ("47 KO's. In 2005, ...")
                elif token in abbreviations:
                    if _word_after(text, match.end(), end).lower() not in openers:
                        continue  # "Mr. Bezos"; but "in the U.S. They said" ends there
                elif _INITIALS.fullmatch(token):
                    continue  # initials ("P.J.")
                if token in before_numbers and text[match.end():match.end() + 2].strip()[:1].isdigit():
                    continue
            spans += _bounded(text, cursor, match.end())
            cursor = match.end()
            while cursor < end and text[cursor].isspace():
                cursor += 1
        if cursor < end:
            spans += _bounded(text, cursor, end)
    return tuple(Sentence(article.id, a, b, piece) for a, b in spans if (piece := text[a:b]).strip())


def _word_after(text: str, at: int, end: int) -> str:
    """The word that follows a full stop (past an opening quote or bracket), or "" before a digit."""
    word = _NEXT_WORD.match(text, at, end)
    return word.group(1) if word else ""


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of text cut into pieces of at most MAX_SENTENCE characters, at white space where there is some:
    a line of megabytes without a full stop must not become one sentence that every claim rescans."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
