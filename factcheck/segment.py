"""Sentences with character offsets into the article text.

A sentence never crosses a body range (a line of news), so a headline is its own sentence. Inside a line a
full stop ends a sentence unless it closes an abbreviation from rules/language.toml or a single letter
("U. S.", "P.J.", "a. m.").
"""

from __future__ import annotations

import regex

from .models import Article, Sentence
from .ruleset import Ruleset

# Patterns used inside functions, compiled once.
_INITIALS = regex.compile(r"(?:\p{L}\.)+\p{L}")


# A candidate break: sentence punctuation, closing quotes or brackets, white space, then a likely opener.
_BREAK = regex.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])""")
MAX_SENTENCE = 2000  # characters; longer runs are cut (see _bounded)
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)$")


def sentences(article: Article, ruleset: Ruleset) -> tuple[Sentence, ...]:
    """The sentences of the article's body, in text order."""
    abbreviations = ruleset.language("sentences", "abbreviations")
    before_numbers = ruleset.language("sentences", "before_numbers")
    text = article.text
    spans: list[tuple[int, int]] = []
    for start, end in article.body:
        cursor = start
        for match in _BREAK.finditer(text, start, end):
            word = _WORD_BEFORE.match(text, cursor, match.start())
            if word and match.group().startswith("."):
                token = word.group(1).lower().strip(".")
                if len(token) <= 1 or token in abbreviations or _INITIALS.fullmatch(token):
                    continue  # an abbreviation or initials ("P.J.")
                if token in before_numbers and text[match.end():match.end() + 2].strip()[:1].isdigit():
                    continue
            spans += _bounded(text, cursor, match.end())
            cursor = match.end()
            while cursor < end and text[cursor].isspace():
                cursor += 1
        if cursor < end:
            spans += _bounded(text, cursor, end)
    return tuple(Sentence(article.id, a, b, piece) for a, b in spans if (piece := text[a:b]).strip())


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
