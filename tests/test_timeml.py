"""The TimeML reader: plain text of TEXT, gold TIMEX3 offsets, the creation date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from events.evaluation.timeml import TimeMLError, parse_timeml, read_corpus, read_timeml

DATA = Path(__file__).parent / "data" / "timeml"
STORY = DATA / "lowmere_pier.tml"


def test_reads_text_creation_date_and_every_timex():
    doc = read_timeml(STORY)
    assert doc.name == "lowmere_pier.tml"
    assert doc.dct == date(2023, 3, 14)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("today", "DATE", "2023-03-14"),
        ("the autumn of 2020", "DATE", "2020-FA"),
        ("18 months", "DURATION", "P18M"),
        ("next month", "DATE", "2023-04"),
        ("3 p.m.", "TIME", "2023-03-14T15:00"),
        ("every day", "SET", "P1D"),
    ]


def test_offsets_slice_the_plain_text_back_to_each_timex():
    doc = read_timeml(STORY)
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "<EVENT" not in doc.text and "pier & its ramp" in doc.text
    assert doc.text.startswith("\nThe harbour council voted today")


def test_the_creation_time_is_not_a_timex_of_the_text():
    assert all(t.tid != "t0" for t in read_timeml(STORY).timexes)


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<TimeML><TEXT>open", "not well-formed XML"),
        ("<TimeML><DCT><TIMEX3 value='2023-01-02'/></DCT></TimeML>", "has no TEXT"),
        ("<TimeML><TEXT>Hello.</TEXT></TimeML>", "no document creation time"),
    ],
)
def test_broken_documents_say_what_is_wrong(markup, message):
    with pytest.raises(TimeMLError, match=message):
        parse_timeml(markup, name="broken.tml")


def test_a_corpus_is_every_tml_file_below_a_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.tml").write_text(STORY.read_text())
    (tmp_path / "two.tml").write_text(STORY.read_text())
    (tmp_path / "notes.txt").write_text("not TimeML")
    assert [d.name for d in read_corpus(tmp_path)] == ["one.tml", "two.tml"]


def test_a_missing_corpus_folder_is_an_error(tmp_path):
    with pytest.raises(TimeMLError, match="no such folder"):
        read_corpus(tmp_path / "gone")
