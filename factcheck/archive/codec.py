"""An article's claims as a compact JSON document and back: what the index stores per article.

JSON and not pickle: an index file is data a CI cache or a colleague hands over, and loading it must never run
code. Sentences are stored once per article (claims point at them by number) and the article's text is not
stored at all (the claims keep their sentences), so an archive's index is a fraction of its text.
"""

from __future__ import annotations

import datetime
import json
import zlib
from collections import Counter
from dataclasses import fields, replace

from ..models import Article, NamedClaim, NumericClaim, Sentence, Suppression

FORMAT = 3  # bumped with any change to the document's shape (the schema version of the index follows it)
_NUMERIC = tuple(f.name for f in fields(NumericClaim) if f.name not in ("article_id", "sentence"))
_SETS = frozenset({"context", "weekdays"})


def encode(article: Article, numeric: tuple[NumericClaim, ...], names: tuple[NamedClaim, ...],
           terms: Counter[str], words: frozenset[str]) -> bytes:
    """One article's claims, story terms and lower-case words, compressed."""
    sentences: dict[Sentence, int] = {}
    for claim in (*numeric, *names):
        sentences.setdefault(claim.sentence, len(sentences))
    document = {
        "article": _article(article),
        "sentences": [[s.start, s.end, s.text] for s in sentences],
        "numeric": [[sentences[c.sentence], *(_plain(n, getattr(c, n)) for n in _NUMERIC)] for c in numeric],
        "names": [[sentences[c.sentence], c.start, c.end, c.text, c.entity] for c in names],
        "terms": sorted(terms.items()),
        "words": sorted(words),
    }
    return zlib.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def decode(blob: bytes) -> tuple[Article, tuple[NumericClaim, ...], tuple[NamedClaim, ...], Counter[str],
                                 frozenset[str]]:
    """What encode() stored. ValueError (or KeyError, TypeError) when the blob is not one of ours."""
    document = json.loads(zlib.decompress(blob).decode("utf-8"))
    article = _article_back(document["article"])
    sentences = [Sentence(article.id, start, end, text) for start, end, text in document["sentences"]]
    numeric = tuple(
        NumericClaim(article.id, row[1], row[2], row[3], sentences[row[0]],
                     *(frozenset(v) if n in _SETS else v for n, v in zip(_NUMERIC[3:], row[4:], strict=True)))
        for row in document["numeric"])
    names = tuple(NamedClaim(article.id, start, end, text, sentences[s], entity)
                  for s, start, end, text, entity in document["names"])
    return article, numeric, names, Counter(dict(document["terms"])), frozenset(document["words"])


def _plain(name: str, value: object) -> object:
    return sorted(value) if name in _SETS else value  # type: ignore[call-overload]


def _article(article: Article) -> dict:
    out = {f.name: getattr(article, f.name) for f in fields(Article) if f.name != "text"}
    out["body"] = [list(r) for r in article.body]
    out["line_starts"] = list(article.line_starts)
    out["suppressions"] = [[s.line, s.target_line, sorted(s.rules), s.reason] for s in article.suppressions]
    out["published"] = article.published.isoformat() if article.published else None
    return out


def _article_back(data: dict) -> Article:
    suppressions = tuple(Suppression(data["id"], line, target, frozenset(rules), reason)
                         for line, target, rules, reason in data["suppressions"])
    published = datetime.date.fromisoformat(data["published"]) if data["published"] else None
    plain = {k: v for k, v in data.items() if k not in ("body", "line_starts", "suppressions", "published")}
    return replace(Article(text="", **plain), body=tuple(tuple(r) for r in data["body"]),
                   line_starts=tuple(data["line_starts"]), suppressions=suppressions, published=published)
