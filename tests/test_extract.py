"""events.extract: every dated expression of an article, resolved in narrative order."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.article.dateline import dateline_date
from events.article.extract import Extracted, extract
from tests.helpers import run_cli as run
from tests.test_normalise import FORMS, PUBLISHED

ARTICLES = Path(__file__).parent / "data" / "articles"


def read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def found(text: str, published: date | None = PUBLISHED) -> list[tuple]:
    return [(r.text, r.timex) for r in extract(text, published=published)]


def test_rows_have_the_documented_fields():
    assert [f for f in Extracted.__dataclass_fields__] == [
        "char_start", "char_end", "text", "start", "end", "precision", "qualifier",
        "approximate", "ongoing", "timex", "mod", "timex_type", "sentence", "title", "rule",
        "source", "published", "status", "actors", "places",
    ]  # fmt: skip


# Every form of the rule table, met inside a sentence, reads as it does alone (but for vague
# references, which are given no span in running text: see VAGUE).
PLAIN_FORMS = [row for row in FORMS if row[1] is None and not row[-1].endswith("_ref")]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision", "rule"), PLAIN_FORMS)
def test_every_form_is_found_in_running_text(text, anchor, start, end, precision, rule):
    sentence = f"The report gives {text} as the date."
    rows = [r for r in extract(sentence, published=PUBLISHED) if r.rule == rule]
    assert rows, found(sentence)
    assert (rows[0].start.isoformat(), rows[0].end.isoformat()) == (start, end)
    assert sentence[rows[0].char_start : rows[0].char_end] == rows[0].text


# (sentence, what it must not read as a date): one row per refusal class.
REFUSALS = [
    ("The museum raised $2,024 million last spring.", "money"),
    ("Ticket sales rose 25% and 2019 per cent of targets.", "percentage"),
    ("The festival has run for decades.", "duration"),
    ("The pier was closed for 30 years.", "duration"),
    ("Boats leave every year and every Monday.", "set"),
    ("The market opens on Mondays and each July.", "set"),
    ("Take Route 66 to exit 12 and read page 2021 of the guide.", "label"),
    ("Pilots flew the Boeing 747 and the Airbus 350.", "name with number"),
    ("The A380 cockpit and the F-35 hangar were open.", "code"),
    ("The office at 1600 Harbour Road opened.", "address"),
    ("She moved abroad in her early 30s and married in her 40s.", "age"),
    ("Visitors came twice, some three times.", "count"),
    ("It was the second visit; the first came earlier.", "ordinal"),
    ("Some 2,019 people came and 2,024 more stayed.", "number"),
    ("You may march on the quay, the mayor said.", "modal verb"),
]


@pytest.mark.parametrize(("sentence", "kind"), REFUSALS)
def test_what_only_looks_like_a_date_is_never_placed(sentence, kind):
    rows = extract(sentence, published=PUBLISHED)
    assert not [r for r in rows if r.placed and r.rule != "near_season"], (kind, found(sentence))


def test_the_refusal_article_has_no_dates_at_all():
    assert extract(read("refusals.txt"), published=PUBLISHED) == []


NARRATIVE = [
    ("Friday", "2024-10-25"),
    ("Oct. 25, 2024", "2024-10-25"),
    ("2022", "2022"),
    ("early October", "2022-10"),  # the story is in 2022, not the year of publication
    ("Oct. 27", "2022-10-27"),
    ("about 18 months ago", "2021-04"),  # said in October 2022
    ("About a year later", "2023-10-27"),  # a year after the last event told
    ("September 2023", "2023-09"),
    ("The following month", "2023-10"),
    ("last week", "2024-W42"),  # from publication
    ("Tuesday", "2024-10-29"),  # "would resume on Tuesday": the coming one
    ("next Thursday", "2024-10-31"),
    ("late 2022", "2022"),
    ("now", "PRESENT_REF"),
]


def test_a_story_is_read_in_narrative_order():
    assert found(read("narrative.txt"), published=None) == NARRATIVE


def test_reported_speech_is_approximate_and_counts_from_when_it_was_said():
    row = next(r for r in extract(read("narrative.txt")) if r.text == "about 18 months ago")
    assert (row.start, row.end, row.approximate, row.qualifier) == (
        date(2021, 4, 1), date(2021, 4, 30), True, "about")


def test_open_spans_run_to_publication():
    row = next(r for r in extract(read("narrative.txt")) if r.text == "late 2022")
    assert (row.start, row.end, row.qualifier, row.ongoing) == (
        date(2022, 9, 1), date(2024, 10, 25), "since", True)
    assert row.title == "The ferry has run a reduced timetable"


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("In March 2021 the plant shut. Three days later the union struck.",
         "2021-03-04", "2021-04-03", "month"),
        ("In 2019 the firm was sold. That day its shares jumped.",
         "2019-01-01", "2019-12-31", "year"),
        ("On March 3, 2021 the plant shut. Three days later the union struck.",
         "2021-03-06", "2021-03-06", "day"),
        ("In autumn 2020 the pier shut. Two weeks earlier the vote failed.",
         "2020-08-18", "2020-11-16", "season"),
        ("The first half of 2022 was calm. A few days later the council met.",
         "2022-01-03", "2022-07-04", "half"),
    ],
)
def test_days_counted_from_a_coarse_event_keep_its_precision(text, start, end, precision):
    row = extract(text, published=PUBLISHED)[-1]
    assert (row.start.isoformat(), row.end.isoformat(), row.precision) == (start, end, precision)


def test_the_dateline_gives_the_publication_date():
    rows = extract(read("harbour_council.txt"))
    assert rows[0].published == date(2023, 3, 14)
    assert (rows[1].text, rows[1].timex) == ("Tuesday", "2023-03-14")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("HARBOURTON, Oct. 24, 2024 (Wire) - It opened on March 3, 2020.", date(2024, 10, 24)),
        ("Storm at the pier\nPublished Fri, Oct 25 2024 10:12 AM EDT\nIt began March 3, 2020.",
         date(2024, 10, 25)),
        ("By Ada Stroud | 2024-10-23\nThe pier opened.", date(2024, 10, 23)),
        ("The pier opened in 2020 and closed on Tuesday.", None),
    ],
)
def test_the_dateline_or_byline_gives_the_publication_date(head, published):
    assert dateline_date(head) == published


def test_without_a_publication_date_or_dateline_extract_refuses():
    with pytest.raises(ValueError, match="no publication date"):
        extract("The pier reopened on Tuesday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recently the pier reopened and soon the ferry returns.",
         [("Recently", "PAST_REF"), ("soon", "FUTURE_REF")]),
        ("The vote is at 3 p.m. Tuesday.", [("3 p.m. Tuesday", "2024-10-22T15:00")]),
        ("It rained this morning.", [("this morning", "2024-10-25TMO")]),
        ("The fire began at 4 in the morning and was out by 10 at night.",
         [("4 in the morning", "2024-10-25T04:00"), ("10 at night", "2024-10-25T22:00")]),
        ("On Oct. 3 the pier shut. The next morning the ferry stopped. That evening it rained.",
         [("Oct. 3", "2024-10-03"), ("The next morning", "2024-10-04TMO"),
          ("That evening", "2024-10-04TEV")]),
        ("The next morning the ferry stopped.", []),
        ("The pier shut a week or so ago.", [("a week or so ago", "2024-W42")]),
        ("Profit rose in the third quarter from a year earlier.",
         [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]),
        ("Sales fell in the year-earlier quarter.", [("the year-earlier quarter", "2023-Q3")]),
        ("The mill lost money in the quarter ended Sept. 30 after a profit in the year-ago "
         "quarter.", [("the quarter", "2024-Q3"), ("Sept. 30", "2024-09-30"),
                      ("the year-ago quarter", "2023-Q3")]),
        ("Costs in the year-earlier period were lower than in the period ended June 30.",
         [("the year-earlier period", "2023"), ("June 30", "2024-06-30")]),
        ("The period ended June 30 beat the year-earlier period.",
         [("June 30", "2024-06-30"), ("the year-earlier period", "2023-Q2")]),
        ("Sales rose in the third quarter from the comparable period a year ago.",
         [("the third quarter", "2024-Q3"), ("the comparable period a year ago", "2023-Q3")]),
        ("The Oct. 27 vote was close.", [("Oct. 27", "2024-10-27")]),
        ("The April 2 flood left a mark.", [("April 2", "2024-04-02")]),
        ("Prices rose between March and May 2020.",
         [("March", "2020-03"), ("May 2020", "2020-05")]),
        ("The pier shut from December to March 2021.",
         [("December", "2020-12"), ("March 2021", "2021-03")]),
        ("Talks ran Nov. 3 to Nov. 7, 2019.",
         [("Nov. 3", "2019-11-03"), ("Nov. 7, 2019", "2019-11-07")]),
        ("The Nov. 5 vote looms.", [("Nov. 5", "2024-11-05")]),
        ("The bridge will reopen on April 2.", [("April 2", "2025-04-02")]),
        ("Since early 2019 it has grown.", [("early 2019", "2019")]),
        ("The current plan beats the one of the past.",
         [("current", "PRESENT_REF"), ("the past", "PAST_REF")]),
        ("Sales for the year ended March 31 rose.", [("March 31", "2024-03-31")]),
        ("A day after the storm, and two days on from the vote, it cleared.", []),
        ("The ferry left at 0735 and 0930.", []),
        ("Talks will resume the week of March 6.", [("the week of March 6", "2025-W10")]),
        ("Earlier this month the quay flooded.", [("Earlier this month", "2024-10")]),
        ("The ship has been at sea since March and will be relieved soon.",
         [("March", "2024-03"), ("soon", "FUTURE_REF")]),
        ("Talks must end by May.", [("May", "2025-05")]),
        ("The loan was repaid by May.", [("May", "2024-05")]),
        ("The hearing was postponed until Tuesday.", [("Tuesday", "2024-10-29")]),
        ("Until Tuesday, they had not named him.", [("Tuesday", "2024-10-22")]),
        ("The court extended the deadline to Thursday.", [("Thursday", "2024-10-31")]),
        ("The offer had been due to close Thursday.", [("Thursday", "2024-10-24")]),
        ("The offer is due to close Thursday.", [("Thursday", "2024-10-31")]),
        ("The council hunted for a way around Wednesday's ruling.",
         [("Wednesday", "2024-10-23")]),
        ("Polls close ahead of Sunday's vote.", [("Sunday", "2024-10-27")]),
        ("Sales rose in the quarter ended Sept. 29 from $3 million a year earlier.",
         [("the quarter", "2024-Q3"), ("Sept. 29", "2024-09-29"), ("a year earlier", "2023-Q3")]),
        ("Profit fell in the third quarter and should rise in the first quarter of 2025; in the "
         "year-ago period it was lower.",
         [("the third quarter", "2024-Q3"), ("the first quarter of 2025", "2025-Q1"),
          ("the year-ago period", "2023-Q3")]),
        ("The firm agreed to buy the mill in February.", [("February", "2025-02")]),
        ("The two leaders meet Monday in London.", [("Monday", "2024-10-28")]),
        ("Protesters planned a march on Saturday.", [("Saturday", "2024-10-26")]),
        ("Protesters marched on Saturday.", [("Saturday", "2024-10-19")]),
        ("The stock will be redeemed in five years.", [("five years", "2029")]),
        ("The bridge will reopen in two weeks.", [("two weeks", "2024-W45")]),
        ("Prices hit their highest level in five years.", []),
        ("The two leaders met Monday in London.", [("Monday", "2024-10-21")]),
        ("The firm agreed in February to buy the mill.", [("February", "2024-02")]),
        ("The grant would reach the clubs on an as yet unspecified day in January.",
         [("January", "2025-01")]),
        ("Two men were charged in the Dec. 21, 1988, bombing. Their leader agreed in April to "
         "hand them over.", [("Dec. 21, 1988", "1988-12-21"), ("April", "2024-04")]),
        ("The three are expected to join in April. They can also take part in the summit in "
         "April.", [("April", "2025-04"), ("April", "2025-04")]),
        ("In June 1942 the army stalled. That autumn it fell back; the following spring it "
         "struck, and the previous winter was forgotten.",
         [("June 1942", "1942-06"), ("That autumn", "1942-FA"),
          ("the following spring", "1943-SP"), ("the previous winter", "1942-WI")]),
        ("He shot the doctor last fall in his home.", [("last fall", "2023-FA")]),
        ("The Spring Offensive of 1918 failed after the fall of Paris was feared.",
         [("Spring", "1918-SP"), ("1918", "1918")]),
        ("In March 1916 the fort was shelled on the 19th and again on the 23rd.",
         [("March 1916", "1916-03"), ("the 19th", "1916-03-19"), ("the 23rd", "1916-03-23")]),
        ("Throughout 1915-17 the front held.", [("1915", "1915"), ("17", "1917")]),
        ("The battle of 6-7 January 1916 was lost.",
         [("6", "1916-01-06"), ("7 January 1916", "1916-01-07")]),
        ("The pact fell apart the day before last Tuesday.",
         [("day before last Tuesday", "2024-10-21")]),
        ("The councils met on June 3 and 4.", [("June 3", "2024-06-03"), ("4", "2024-06-04")]),
        ("The fair ran on June 3 or 4, in the rain.",
         [("June 3", "2024-06-03"), ("4", "2024-06-04")]),
        ("On June 3 between 4 and 5 boats sank.", [("June 3", "2024-06-03")]),
        ("On June 3 and 4 others came.", [("June 3", "2024-06-03")]),
        ("The regatta slipped from the 12th to the 19th of October 1950.",
         [("the 12th", "1950-10-12"), ("19th of October 1950", "1950-10-19")]),
        ("The doctor was shot last March 3 at his home.", [("March 3", "2024-03-03")]),
        ("The wall fell a decade ago and the mill shut a few years ago.",
         [("a decade ago", "2014"), ("a few years ago", "202")]),
        ("Shares fell on Thursday, Oct. 17, from the previous Friday.",
         [("Thursday, Oct. 17", "2024-10-17"), ("the previous Friday", "2024-10-11")]),
    ],
)
def test_timeml_values_and_spans(text, expected):
    assert found(text) == expected


MONDAY = date(2024, 10, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders sold ahead of the weekend.", [("the weekend", "2024-W43-WE")]),
        ("Traders sold over the weekend.", [("the weekend", "2024-W42-WE")]),
        ("Polls close ahead of Friday's vote.", [("Friday", "2024-10-25")]),
        ("They will appeal against Friday's ruling.", [("Friday", "2024-10-18")]),
    ],
)
def test_said_on_a_monday_ahead_of_is_to_come_and_a_possessive_day_is_past(text, expected):
    assert found(text, published=MONDAY) == expected


# Vague references name no span: TimeML values them PAST_REF, PRESENT_REF or FUTURE_REF.
VAGUE = [
    ("Recently it grew.", "Recently", "PAST_REF"),
    ("Soon the ferry returns.", "Soon", "FUTURE_REF"),
    ("The quay is now open only at weekends.", "now", "PRESENT_REF"),
    ("Several current and former officials said the talks went on.", "current", "PRESENT_REF"),
    ("Currently the ferry runs twice a day.", "Currently", "PRESENT_REF"),
    ("Shares were sold at the then-current price.", "then-current", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "vague", "timex"), VAGUE)
def test_vague_references_keep_their_value_but_are_never_placed(text, vague, timex):
    (row,) = extract(text, published=PUBLISHED)
    assert (row.text, row.timex, row.start, row.end, row.placed) == (vague, timex, None, None,
                                                                     False)


def test_rows_carry_source_sentence_and_title():
    text = "The pier closed. On Tuesday the council voted to rebuild it."
    (row,) = extract(text, published=PUBLISHED, source="pier.txt")
    assert (row.source, row.published, row.rule) == ("pier.txt", PUBLISHED, "weekday")
    assert text[slice(*row.sentence)] == "On Tuesday the council voted to rebuild it."
    assert row.title == "The council voted to rebuild it"
    assert row.as_dict()["start"] == "2024-10-22"


def test_a_row_bc_writes_its_days_in_iso_form():
    (row,) = extract("Hannibal crossed the Alps in 218 BC.", published=PUBLISHED)
    assert (row.as_dict()["start"], row.as_dict()["end"]) == ("-0217-01-01", "-0217-12-31")


@pytest.mark.parametrize("later", ["It rested on Nov. 3-7.", "Nov. 4-7 it rested.",
                                   "It rested on Thanksgiving Day and in the weekend."])
def test_forms_counted_by_the_calendar_of_today_never_break_a_story_bc(later):
    rows = extract(f"In 218 BC the army marched. {later}", published=PUBLISHED)
    assert (rows[0].text, rows[0].timex) == ("218 BC", "BC0218")


# (text, a date of it, the title its row gets): the clause that holds the date, all of it; the
# ends of a range and a date restated beside another share the title of the pair.
TITLES = [
    ("Work ran from 2019 to 2021 on the old pier.", "2019", "Work ran on the old pier"),
    ("Work ran from 2019 to 2021 on the old pier.", "2021", "Work ran on the old pier"),
    ("The quay shut between May and July 2020 for dredging.", "July 2020",
     "The quay shut for dredging"),
    ("Prices rose in March 2019, but last Tuesday they fell.", "March 2019", "Prices rose"),
    ("Prices rose in March 2019, but last Tuesday they fell.", "last Tuesday", "They fell"),
    ("The board met last Tuesday, and in March 2019 it had sold the mill.", "last Tuesday",
     "The board met"),
    ("The pier shut on Oct. 27, 2022. About a year later, in September 2023, the council hired"
     " a diver.", "September 2023", "The council hired a diver"),
    ("Last week (on Oct. 17) the ferry ran aground.", "Oct. 17", "The ferry ran aground"),
]


@pytest.mark.parametrize(("text", "date_text", "title"), TITLES)
def test_titles_are_the_clause_of_the_date(text, date_text, title):
    rows = {row.text: row for row in extract(text, published=PUBLISHED)}
    assert rows[date_text].title == title


# Work per date is bounded: the title and the preposition's tense read a window around the
# date, never the whole sentence, so one line of thousands of numbers costs linear time.
PER_DATE = 1000  # characters one date's helpers may read: four title windows and the date


def test_a_line_of_5000_numbers_reads_a_bounded_window_per_date(monkeypatch):
    line = " ".join(str(1900 + n % 120) for n in range(5000))
    read = []

    def counted(function):
        def spy(*args, **kwargs):
            longest = max((len(a) for a in args if isinstance(a, str)), default=0)
            assert longest <= PER_DATE, f"{function.__name__} read {longest} characters"
            read.append(longest)
            return function(*args, **kwargs)

        return spy

    for module in [m for name, m in sys.modules.items() if name.startswith("events.article.")]:
        for name in ("clause_title", "preposition_tense"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, counted(getattr(module, name)))
    rows = extract(line, published=PUBLISHED)
    assert len(rows) == 5000 and rows[-1].text == "1979"
    assert len(read) <= 2 * len(rows)  # each call read at most PER_DATE characters


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=200)
    | st.lists(st.sampled_from([row[0] for row in FORMS] + ["$5", "25%", "\n", ". ", "the"]),
               max_size=12).map(" ".join),
    published=st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)),
)
def test_any_text_extracts_without_crashing(text, published):
    for row in extract(text, published=published):
        assert text[row.char_start : row.char_end] == row.text
        assert row.start is None or row.start <= row.end
        assert row.sentence[0] <= row.char_start < row.char_end


# --- the extract command -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_commands_have_help(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and out.startswith(f"usage: python -m events {command}")


def test_extract_prints_rows_as_json(capsys):
    code, out, err = run(capsys, "extract", str(ARTICLES / "narrative.txt"))
    rows = json.loads(out)
    assert (code, err) == (0, "")
    assert [(r["text"], r["timex"]) for r in rows] == NARRATIVE
    assert rows[0]["source"].endswith("narrative.txt") and rows[0]["published"] == "2024-10-25"


def test_extract_prints_csv_with_a_header(capsys):
    code, out, _ = run(capsys, "extract", str(ARTICLES / "harbour_council.txt"),
                       "--format", "csv", "--published", "2023-03-20")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("char_start,char_end,text,start,end,precision")
    assert "2023-03-20" in lines[1]  # --published overrides the dateline


def test_extract_writes_a_dataset_the_app_can_load(capsys, tmp_path):
    from events.dataset import load_dataset

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("KELDON, April 9, 2025 - The tram works ran from 2019 to 2021.")
    second.write_text("KELDON, May 2, 2025 - The tram works ran from 2019 to 2021.")
    code, out, _ = run(capsys, "extract", str(first), str(second), "--format", "dataset")
    (tmp_path / "events.csv").write_text(out)
    events = load_dataset(tmp_path / "events.csv").events
    assert code == 0 and all(event.ok for event in events)
    assert [(e.date, e.span.start, e.span.end, e.published) for e in events] == [
        ("2019 to 2021", date(2019, 1, 1), date(2021, 12, 31), date(2025, 4, 9)),
        ("2019 to 2021", date(2019, 1, 1), date(2021, 12, 31), date(2025, 5, 2)),
    ]
    assert len({e.id for e in events}) == 2


def test_extract_reads_standard_input(capsys, monkeypatch):
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"The pier reopened on Tuesday."))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "extract", "-", "--published", "2024-10-25")
    assert code == 0 and json.loads(out)[0]["start"] == "2024-10-22"


def test_extract_reduces_html_to_text(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><script>var d = '2001';</script><p>It opened on <b>May 5</b>.</p>")
    _, out, _ = run(capsys, "extract", str(page), "--published", "2024-10-25")
    assert [r["text"] for r in json.loads(out)] == ["May 5"]


def test_bad_files_are_named_and_the_rest_processed(capsys, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00 broken")
    (tmp_path / "nodate.txt").write_text("The pier reopened on Tuesday.")
    code, out, err = run(capsys, "extract", str(tmp_path / "bad.txt"), str(tmp_path / "gone.txt"),
                         str(tmp_path / "nodate.txt"), str(ARTICLES / "narrative.txt"))
    assert code == 1
    assert f"error: {tmp_path / 'bad.txt'}: not UTF-8 text" in err
    assert f"error: {tmp_path / 'gone.txt'}: " in err
    assert f"error: {tmp_path / 'nodate.txt'}: no publication date" in err
    assert len(json.loads(out)) == len(NARRATIVE)


def test_many_files_show_progress_on_stderr(capsys, tmp_path):
    names = []
    for i in range(6):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"The pier reopened on May {i + 1}.")
        names.append(str(path))
    code, out, err = run(capsys, "extract", *names, "--published", "2024-10-25")
    assert code == 0 and len(json.loads(out)) == 6
    assert "articles" in err and "6/6" in err


def test_extract_rows_carry_status_actors_and_places(capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Mayor Ada Brent said the Keldon tram will open in Port Ellery on May 2.")
    code, out, _ = run(capsys, "extract", str(story), "--format", "csv",
                       "--published", "2025-04-09")
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0
    assert (row["status"], row["actors"], row["places"]) == ("planned", "Ada Brent; Keldon",
                                                             "Port Ellery")


def test_extract_dataset_leaves_vague_references_out_and_marks_plans(capsys, tmp_path):
    from events.dataset import load_dataset

    story = tmp_path / "story.txt"
    story.write_text("KELDON, April 9, 2025 - Several current and former officials said the"
                     " tram ran late in March. About a year later, in February 2026, it will"
                     " close for repairs.")
    code, out, _ = run(capsys, "extract", str(story), "--format", "dataset")
    (tmp_path / "events.csv").write_text(out)
    events = load_dataset(tmp_path / "events.csv").events
    assert code == 0 and all(event.ok for event in events)
    assert [(e.date, e.status) for e in events] == [("March", "happened"),
                                                    ("February 2026", "planned")]
