"""Actors and places proposed from a sentence: capitalised names, stop words, place words."""

from __future__ import annotations

import pytest

from events.article.names import MAX_NAMES, Name, capitalised_inside, names_in, propose
from events.article.sentences import sentence_spans


def proposed(text: str, dates: tuple[str, ...] = ()) -> tuple[tuple, tuple]:
    """The names proposed for the first sentence of `text` (the others give context)."""
    spans = sorted((text.index(d), text.index(d) + len(d)) for d in dates)
    sentences = sentence_spans(text)
    names = names_in(text, sentences, spans)
    found = propose(names, [name.start for name in names], *sentences[0])
    return found.actors, found.places


@pytest.mark.parametrize(
    ("text", "dates", "actors", "places"),
    [
        ("Mayor Ada Brent opened the bridge in Keldon on Monday.", ("Monday",),
         ("Ada Brent",), ("Keldon",)),
        ("The Keldon Tram Company sold its depot in 2019.", ("2019",),
         ("Keldon Tram Company",), ()),
        ("In March the Friends of Saltmarsh Light met at the Old Granary.", ("March",),
         ("Friends of Saltmarsh Light",), ("Old Granary",)),
        ("Penhallow & Rudd Engineers surveyed the tower.", (), ("Penhallow & Rudd Engineers",), ()),
        ("Repairs started in early 2021.", ("early 2021",), (), ()),  # a capital, not a name
        ("Quill said the pier had moved. Chair Mara Quill agreed.", (), ("Quill",), ()),
        ('"We waited," Quill said on Friday. Then Quill left.', ("Friday",), ("Quill",), ()),
        ("Engineers from Dr. Ida Venn's firm met Rep. Tom Hale near Port Ellery.", (),
         ("Ida Venn", "Tom Hale"), ("Port Ellery",)),
        ("Ada Brent's Keldon Post printed the plan.", (), ("Ada Brent", "Keldon Post"), ()),
        ("Norwegian officials met Danish ministers in Oslo.", (), (), ("Oslo",)),
        ("The quay in Washington D.C. closed.", (), (), ("Washington D.C.",)),
        ("LOWMERE, March 14, 2023 - The council voted.", ("March 14, 2023",), (), ("Lowmere",)),
        ("NASA, the agency, said so. Then NASA left.", (), ("NASA",), ()),  # no date: no dateline
        ("Yesterday the council voted on Tuesday, Oct. 3.", ("Yesterday", "Tuesday, Oct. 3"),
         (), ()),
        ("She met Ann, Bo, Cy, Di, Ed, Flo, Gus and Hal.", (),
         ("Ann", "Bo", "Cy", "Di", "Ed", "Flo"), ()),
        ("Harbour News\nKeldon council met.", (), ("Harbour News",), ()),  # not across lines
    ],
)  # fmt: skip
def test_names_are_proposed_as_actors_or_places(text, dates, actors, places):
    assert proposed(text, dates) == (actors, places)


def test_at_most_max_names_of_each_kind():
    text = "They met " + ", ".join(f"Name{n}" for n in range(20)) + "."
    assert len(proposed(text)[0]) == MAX_NAMES


def test_only_the_names_inside_the_window_are_proposed():
    names = [Name(0, "Ada"), Name(10, "Keldon", place=True), Name(30, "Bo")]
    found = propose(names, [0, 10, 30], 5, 30)
    assert (found.actors, found.places) == ((), ("Keldon",))


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Quill spoke. Then Mara Quill left.", {"mara", "quill"}),
        ("The pier shut. It reopened in Keldon.", {"keldon"}),
    ],
)
def test_capitalised_inside_skips_the_opening_word(text, seen):
    assert capitalised_inside(text, sentence_spans(text)) == seen
