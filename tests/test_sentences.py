"""Sentence boundaries as offsets, and titles made from the clause around a date."""

from __future__ import annotations

import pytest

from events.article.sentences import clause_title, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier closed. It reopened in May.", ["The pier closed.", "It reopened in May."]),
        ("Mr. Venn spoke on Oct. 27. He left.", ["Mr. Venn spoke on Oct. 27.", "He left."]),
        ("The U.S. team won. Fans cheered!", ["The U.S. team won.", "Fans cheered!"]),
        ("It opens April 2. Later it shut.", ["It opens April 2.", "Later it shut."]),
        ('"We waited," she said. "Now we build."', ['"We waited," she said.', '"Now we build."']),
        ("J. R. Quill signed at 3 p.m. on Friday.", ["J. R. Quill signed at 3 p.m. on Friday."]),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("  \n  ", []),
    ],
)
def test_sentences_split_where_news_text_ends_them(text, expected):
    assert sentences(text) == expected


def test_spans_never_include_outer_whitespace():
    text = "  One.  Two.  \n\n Three.  "
    for a, b in sentence_spans(text):
        assert text[a:b] == text[a:b].strip()


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        ("The council voted on Tuesday to rebuild the pier.", "Tuesday",
         "The council voted to rebuild the pier"),
        ("In 2015, the town held its first harbour festival.", "2015",
         "The town held its first harbour festival"),
        ("LOWMERE, March 14, 2023 - The council voted to rebuild the pier.", "March 14, 2023",
         "The council voted to rebuild the pier"),
        ("LOWMERE, March 14, 2023 (Wire) - The council voted to rebuild the pier.",
         "March 14, 2023", "The council voted to rebuild the pier"),
        ('"We waited long enough," Quill said on Friday.', "Friday",
         "We waited long enough, Quill said"),
        ("Ferry fares rose sharply between March and May 2020.", "March and May 2020",
         "Ferry fares rose sharply"),
    ],
)
def test_titles_are_the_clause_without_its_date(sentence, date, title):
    start = sentence.index(date)
    assert clause_title(sentence, start, start + len(date)) == title


def test_long_titles_are_cut_at_a_word():
    sentence = "On Friday " + " ".join(["harbour"] * 40)
    title = clause_title(sentence, 3, 9)
    assert len(title) <= 90 and title.endswith("…") and "harbou…" not in title


# (sentence, the date, the other dates of the sentence, title): a date's title is the clause
# that holds it; a short clause borrows a neighbour only when no other date lies there.
CLAUSES = [
    ("Prices rose in March 2019, but last Tuesday they fell.", "March 2019", ["last Tuesday"],
     "Prices rose"),
    ("Prices rose in March 2019, but last Tuesday they fell.", "last Tuesday", ["March 2019"],
     "They fell"),
    ("The board met last Tuesday, and in March 2019 it had sold the mill.", "last Tuesday",
     ["March 2019"], "The board met"),
    ("The board met last Tuesday, and in March 2019 it had sold the mill.", "March 2019",
     ["last Tuesday"], "It had sold the mill"),
    ("Shares fell on Monday, after the mill warned of losses.", "Monday", [],
     "Shares fell, after the mill warned of losses"),
    ("In 2019; the ferry stopped in 2020.", "2019", ["2020"], "The ferry stopped in 2020"),
]


@pytest.mark.parametrize(("sentence", "date", "others", "title"), CLAUSES)
def test_a_title_is_the_clause_holding_its_date(sentence, date, others, title):
    start = sentence.index(date)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    assert clause_title(sentence, start, start + len(date), spans) == title

