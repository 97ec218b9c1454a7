"""Story grouping: claims are compared only within a story."""

from __future__ import annotations

from factcheck.api import check_articles
from factcheck.stories import group_stories

from helpers import article

QUAKE = ("A magnitude 5.9 earthquake struck Qeshm island in Iran on Sunday, killing 10 people in the villages of "
         "Gavarzin and Tonban, Governor Heydar Alishvandi said.\n")
QUAKE_2 = ("The earthquake on Qeshm island killed 13 people in Gavarzin and Tonban, Governor Heydar Alishvandi "
           "told Iranian state television after the quake on Sunday.\n")
HEIST = ("Robbers stole diamonds worth $30 million from the Harry Winston store in Paris on Thursday, "
         "police said; 13 people were questioned by detectives of the Brigade de Repression du Banditisme.\n")
HEIST_2 = ("Police in Paris questioned 10 people after the Harry Winston robbery, in which diamonds worth "
           "$80 million were taken, detectives of the Brigade de Repression du Banditisme said.\n")


def test_two_stories_in_one_folder_are_told_apart(ruleset):
    articles = [article(t, ruleset, f"{i}.txt") for i, t in enumerate([QUAKE, HEIST, QUAKE_2, HEIST_2])]
    stories = group_stories(articles, "auto", ruleset.language("phrase", "stop"))
    assert [[a.id for a in s] for s in stories] == [["0.txt", "2.txt"], ["1.txt", "3.txt"]]


def test_findings_never_cross_stories(ruleset):
    articles = [article(t, ruleset, f"{i}.txt") for i, t in enumerate([QUAKE, HEIST, QUAKE_2, HEIST_2])]
    report = check_articles(articles, ruleset)
    assert len(report.stories) == 2
    story_of = {a: i for i, ids in enumerate(report.stories) for a in ids}
    for finding in report.findings:
        assert len({story_of[c.article_id] for c in finding.claims}) == 1


def test_front_matter_story_wins(ruleset):
    tagged = [article(f"---\nstory: qeshm\n---\n{t}", ruleset, f"{i}.txt") for i, t in enumerate([QUAKE, HEIST])]
    stories = group_stories(tagged, "auto", ruleset.language("phrase", "stop"))
    assert len(stories) == 1


def test_group_by_folder_and_none(ruleset):
    articles = [article(QUAKE, ruleset, "a/1.txt"), article(QUAKE_2, ruleset, "b/2.txt"),
                article(HEIST, ruleset, "a/3.txt")]
    by_folder = group_stories(articles, "folder")
    assert [[a.id for a in s] for s in by_folder] == [["a/1.txt", "a/3.txt"], ["b/2.txt"]]
    assert len(group_stories(articles, "none")) == 1


def test_copies_join_the_story_of_what_they_copy_and_change_no_other(ruleset):
    """Copies (an export repeating records) are clustered as the article they copy: the stories of the unique
    articles are what they are without the copies."""
    texts = [QUAKE, HEIST, QUAKE_2, HEIST_2]
    alone = group_stories([article(t, ruleset, f"{i}.txt") for i, t in enumerate(texts)], "auto",
                          ruleset.language("phrase", "stop"))
    copied = [article(t, ruleset, f"{i}.txt") for i, t in enumerate(texts + texts + [QUAKE])]
    stories = group_stories(copied, "auto", ruleset.language("phrase", "stop"))
    assert [[a.id for a in s] for s in alone] == [["0.txt", "2.txt"], ["1.txt", "3.txt"]]
    assert [[a.id for a in s] for s in stories] == [["0.txt", "2.txt", "4.txt", "6.txt", "8.txt"],
                                                   ["1.txt", "3.txt", "5.txt", "7.txt"]]
