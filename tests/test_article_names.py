"""Actors and places proposed from a sentence: capitalised names, stop words, place words."""

from __future__ import annotations

import pytest

from events.article.names import MAX_NAMES, capitalised_inside, propose

# Capitalised words the article writes inside a sentence (so one opening a sentence is a name).
SEEN = frozenset({"quill", "keldon"})


def proposed(sentence: str, dates: tuple[str, ...] = ()) -> tuple[tuple, tuple]:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    names = propose(sentence, spans, 0, SEEN)
    return names.actors, names.places


@pytest.mark.parametrize(
    ("sentence", "dates", "actors", "places"),
    [
        ("Mayor Ada Brent opened the bridge in Keldon on Monday.", ("Monday",),
         ("Ada Brent",), ("Keldon",)),
        ("The Keldon Tram Company sold its depot in 2019.", ("2019",),
         ("Keldon Tram Company",), ()),
        ("In March the Friends of Saltmarsh Light met at the Old Granary.", ("March",),
         ("Friends of Saltmarsh Light",), ("Old Granary",)),
        ("Penhallow & Rudd Engineers surveyed the tower.", (), ("Penhallow & Rudd Engineers",), ()),
        ("Repairs started in early 2021.", ("early 2021",), (), ()),  # a capital, not a name
        ("Quill said the pier had moved.", (), ("Quill",), ()),  # seen inside a sentence
        ('"We waited," Quill said on Friday.', ("Friday",), ("Quill",), ()),
        ("Engineers from Dr. Ida Venn's firm met Rep. Tom Hale near Port Ellery.", (),
         ("Ida Venn", "Tom Hale"), ("Port Ellery",)),
        ("Ada Brent's Keldon Post printed the plan.", (), ("Ada Brent", "Keldon Post"), ()),
        ("Norwegian officials met Danish ministers in Oslo.", (), (), ("Oslo",)),
        ("The quay in Washington D.C. closed.", (), (), ("Washington D.C.",)),
        ("LOWMERE, March 14, 2023 - The council voted.", ("March 14, 2023",), (), ("Lowmere",)),
        ("Yesterday the council voted on Tuesday, Oct. 3.", ("Yesterday", "Tuesday, Oct. 3"),
         (), ()),
        ("She met Ann, Bo, Cy, Di, Ed, Flo, Gus and Hal.", (),
         ("Ann", "Bo", "Cy", "Di", "Ed", "Flo"), ()),
    ],
)  # fmt: skip
def test_names_are_proposed_as_actors_or_places(sentence, dates, actors, places):
    assert proposed(sentence, dates) == (actors, places)


def test_a_sentence_cut_by_a_window_has_no_opening_word_to_doubt():
    assert propose("Repairs started", [], None, SEEN).actors == ("Repairs",)


def test_at_most_max_names_of_each_kind():
    sentence = "They met " + ", ".join(f"Name{n}" for n in range(20)) + "."
    assert len(propose(sentence, [], 0, SEEN).actors) == MAX_NAMES


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Quill spoke. Then Mara Quill left.", {"mara", "quill"}),
        ("The pier shut. It reopened in Keldon.", {"keldon"}),
    ],
)
def test_capitalised_inside_skips_the_opening_word(text, seen):
    from events.article.sentences import sentence_spans

    assert capitalised_inside(text, sentence_spans(text)) == seen
