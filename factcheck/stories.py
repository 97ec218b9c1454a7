"""Stories: which articles report the same event, so that claims are compared only within one story.

Three ways, chosen by the user: front matter `story:` (always wins where present), the folder an article sits
in, or its content (the default). By content, each article is reduced to its most distinctive terms (names and
content words weighed by tf-idf over the run); articles that share a distinctive term are candidates, and a
candidate pair whose term vectors are close enough is one story. Candidates come from an inverted index, so the
work grows with the pairs that share rare terms, not with every pair of a large corpus.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import PurePosixPath

from .models import Article
from .pattern_store import regex_pattern
from .patterns import standard

TOP_TERMS = 40  # distinctive terms kept per article
SIMILARITY = 0.1  # cosine of term vectors at which two articles are one story
MAX_DOCUMENT_SHARE = 0.5  # a term in more than this share of the articles tells no story apart
MIN_RUN_FOR_RARITY = 30  # below this many articles, term rarity within the run means little
MAX_POSTING = 500  # articles sharing one term beyond which the term pairs nothing
LARGE_RUN = 2_000  # articles; beyond this, stories are found folder by folder
CROSS_FOLDER_PENALTY = 3.0  # similarity across folders counts a third

# Every word and name of an article in one scan: runs of capitalised words (names), words that open in lower
# case (content words, and the run's lower-case vocabulary), and years. Led by one class of every first
# character, each alternative then checked by a look back at it, so that the standard engine skips to the
# next word fast.
_WORD_NAME_OR_YEAR = standard(
    r"[\p{Lu}\p{Ll}12](?:(?<=[\p{Lu}])[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*|(?<=[\p{Ll}])[\p{L}'’-]*"
    r"|(?<=[12])(?<!\d.)(?:(?<=1)9|(?<=2)0)\d\d(?!\d))")
_CONTENT_WORD = regex_pattern(r"\p{Ll}[\p{L}-]{3,}")  # a lower-case term: four letters or more, no apostrophe
NAME_WEIGHT = 3  # names and years tell events apart better than common words


def written_words(article: Article) -> Counter[str]:
    """The words, names and years of the article's body as written, with their counts."""
    written: Counter[str] = Counter()
    for start, end in article.body:
        written.update(_WORD_NAME_OR_YEAR.findall(article.text, start, end))
    return written


def story_terms(article: Article, stop: frozenset[str], written: Counter[str] | None = None) -> Counter[str]:
    """The article's names, years and content words with their counts (names and years weigh more).
    ``written``: its written_words(), when already counted."""
    counts: dict[str, int] = {}
    for word, count in (written if written is not None else written_words(article)).items():
        if not word[0].islower():
            lower, count = word.lower(), count * NAME_WEIGHT
        elif len(word) < 4:
            continue
        elif "'" in word or "’" in word:  # "people's": people
            for term in _CONTENT_WORD.findall(word):
                if term.lower() not in stop:
                    counts[term.lower()] = counts.get(term.lower(), 0) + count
            continue
        else:
            lower = word.lower()
        if lower not in stop:
            counts[lower] = counts.get(lower, 0) + count
    return Counter(counts)


def _vectors(counts: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Each article's distinctive terms as a unit vector. A term in most articles of a large run (the news
    agency's name, "police") tells no story apart and is dropped; in a small run every term is kept, since
    there the shared terms are what makes one story."""
    df = Counter(t for c in counts for t in c)
    n = len(counts)
    vectors = []
    for c in counts:
        weights = {t: (1 + math.log(k)) * (math.log((1 + n) / df[t]) if n >= MIN_RUN_FOR_RARITY else 1.0)
                   for t, k in c.items() if df[t] > 1 and (n < MIN_RUN_FOR_RARITY or df[t] <= MAX_DOCUMENT_SHARE * n)}
        top = sorted(weights.items(), key=lambda tw: (-tw[1], tw[0]))[:TOP_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        vectors.append({t: w / norm for t, w in top})
    return vectors


def _folder(article: Article) -> str:
    return str(PurePosixPath(article.id).parent)


def group_stories(articles: Sequence[Article], by: str = "auto", stop: frozenset[str] = frozenset(),
                  terms: dict[str, Counter[str]] | None = None) -> list[list[Article]]:
    """Articles split into stories, each in input order; stories ordered by their first article.

    ``terms`` are the articles' story terms when their text is already dropped (see story_terms)."""
    labelled: dict[str, list[int]] = defaultdict(list)
    rest: list[int] = []
    for i, article in enumerate(articles):
        if article.story:
            labelled[f"story:{article.story}"].append(i)
        elif by == "folder":
            labelled[f"folder:{_folder(article)}"].append(i)
        elif by == "none":
            labelled["all"].append(i)
        else:
            rest.append(i)
    groups = list(labelled.values())
    if rest:
        counts = [terms[articles[i].id] if terms else story_terms(articles[i], stop) for i in rest]
        groups.extend(_by_content([articles[i] for i in rest], counts, rest))
    groups.sort(key=lambda g: min(g))
    return [[articles[i] for i in sorted(g)] for g in groups]


def _by_content(articles: Sequence[Article], counts: Sequence[Counter[str]], indices: list[int]) -> list[list[int]]:
    """Stories by content. A large run is grouped folder by folder (the folders bound the pairs to score);
    a small one as a whole, with folders as weak evidence."""
    if len(articles) > LARGE_RUN:
        by_folder: dict[str, list[int]] = defaultdict(list)
        for i, article in enumerate(articles):
            by_folder[_folder(article)].append(i)
        groups: list[list[int]] = []
        for members in by_folder.values():
            local = _cluster([counts[i] for i in members], [_folder(articles[i]) for i in members])
            groups.extend([indices[members[i]] for i in group] for group in local)
        return groups
    local = _cluster(list(counts), [_folder(a) for a in articles])
    return [[indices[i] for i in group] for group in local]


def _cluster(counts: Sequence[Counter[str]], folders: Sequence[str]) -> list[list[int]]:
    """Average-linkage clustering of term vectors; pairs come from an inverted index of terms. Copies (the same
    terms in the same folder: wire copy printed twice, an export repeating its records) are clustered once, as
    the article they copy, and follow it: their pairs are not scored copy by copy."""
    first: dict[tuple, int] = {}
    original = [first.setdefault((folders[i], tuple(sorted(c.items()))), i) for i, c in enumerate(counts)]
    unique = sorted(set(original))
    if len(unique) < len(counts):
        position = {i: n for n, i in enumerate(unique)}
        grouped = _cluster_unique([counts[i] for i in unique], [folders[i] for i in unique])
        copies: dict[int, list[int]] = defaultdict(list)
        for i, o in enumerate(original):
            copies[position[o]].append(i)
        return sorted(sorted(i for n in group for i in copies[n]) for group in grouped)
    return _cluster_unique(counts, folders)


def _cluster_unique(counts: Sequence[Counter[str]], folders: Sequence[str]) -> list[list[int]]:
    vectors = _vectors(counts)
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term in vector:
            index[term].append(i)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for term, holders in index.items():
        if len(holders) > MAX_POSTING:
            continue  # a term shared by so many articles is no story's own; skipping it bounds the work
        for a_pos, a in enumerate(holders):
            for b in holders[a_pos + 1:]:
                scores[(a, b)] += vectors[a][term] * vectors[b][term]
    # Folders are weak evidence: whoever filed two articles apart probably saw two stories, so a pair across
    # folders must be much closer to be joined.
    for (a, b) in scores:
        if folders[a] != folders[b]:
            scores[(a, b)] /= CROSS_FOLDER_PENALTY
    # Average linkage: two stories merge when their articles are, on average, similar enough, so one shared
    # name between two events cannot chain them together. The summed similarity between clusters is kept up to
    # date as they merge, so each merge costs the number of clusters its members touch.
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    between: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in scores.items():
        between[a][b] = between[b][a] = score
    root = list(range(len(vectors)))
    for (a, b), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score < SIMILARITY:
            break
        ra, rb = root[a], root[b]
        if ra == rb:
            continue
        if between[ra].get(rb, 0.0) / (len(members[ra]) * len(members[rb])) < SIMILARITY:
            continue
        for x in members[ra]:
            root[x] = rb
        members[rb].extend(members.pop(ra))
        for other, total in between.pop(ra).items():
            if other == rb:
                continue
            between[other].pop(ra, None)
            between[rb][other] = between[other][rb] = between[rb].get(other, 0.0) + total
        between[rb].pop(ra, None)
    return [sorted(m) for _, m in sorted(members.items())]
