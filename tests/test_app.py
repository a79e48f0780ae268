"""The Streamlit page, run headless with AppTest; the dataset path comes from sys.argv."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
DATA = Path(__file__).resolve().parent / "data"
HEADER = "id,date,title,topics,published\n"
MIXED = HEADER + "ok,2019,Fine,space,2024-10-25\nbad,someday,Vague,space,2024-10-25\n"
BUILT_IN = 27


@pytest.fixture
def run_app(monkeypatch):
    """Run the page as `streamlit run streamlit_app.py -- *args` would, with a URL query."""

    def run(*args: str, query: dict | None = None) -> AppTest:
        monkeypatch.setattr(sys, "argv", [str(APP), *args])
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.query_params.update(query or {})
        return at.run()

    return run


def chart(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def drawn_ids(spec: dict, values) -> set[str]:
    return {i for trace in spec["data"] for i in values(trace.get("customdata", []))}


def count(at: AppTest) -> str:
    """The "N of M events" caption."""
    return next(c.value for c in at.main.caption if c.value.endswith(" events"))


def open_tab(at: AppTest, label: str) -> AppTest:
    at.session_state["tab"] = label
    return at.run()


def test_default_page_shows_the_timeline(run_app, values):
    at = run_app()
    assert not at.exception
    assert at.title[0].value == "Timeline Desk"
    labels = ["Timeline", "Table", "Present", "Export", "Article", "Data"]
    assert [tab.label for tab in at.tabs] == labels
    assert len(drawn_ids(chart(at), values)) == BUILT_IN
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"
    assert at.query_params == {}


def test_chart_uses_the_projects_template(run_app):
    spec = chart(run_app())
    assert spec["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


def test_one_lane(run_app):
    at = run_app()
    at.radio(key="lanes").set_value("all").run()
    assert not at.exception
    assert len(chart(at)["layout"]["yaxis"]["ticktext"]) == 1
    assert at.query_params == {"lanes": "all"}


@pytest.mark.parametrize(
    ("widget", "value", "shown", "url"),
    [
        ("topics", ["Russia"], 19, {"topics": "Russia"}),
        ("topics", ["Russia", "Taiwan"], 20, {"topics": ["Russia", "Taiwan"]}),
        ("min_precision", "day", 6, {"min_precision": "day"}),
        ("search", "putin", 10, {"search": "putin"}),
        ("search", "Putin starlink", 2, {"search": "Putin starlink"}),
        ("search", "(.*)", 0, {"search": "(.*)"}),
    ],
)
def test_a_filter_narrows_count_chart_and_url(run_app, values, widget, value, shown, url):
    at = run_app()
    at.sidebar.get_by_key(widget).set_value(value).run()
    assert not at.exception
    assert count(at) == f"{shown} of {BUILT_IN} events"
    assert at.query_params == url
    if shown:
        assert len(drawn_ids(chart(at), values)) == shown


def test_date_range_keeps_overlapping_spans(run_app, values):
    at = run_app()
    at.date_input(key="date_from").set_value("2022-01-01").run()
    at.date_input(key="date_to").set_value("2022-12-31").run()
    assert count(at) == "11 of 27 events"
    assert at.query_params == {"date_from": "2022-01-01", "date_to": "2022-12-31"}
    drawn = drawn_ids(chart(at), values)
    assert {"tesla-buys-rusal-aluminium", "bremmer-account"} <= drawn  # spans over 2022
    assert "rusal-sanctions-lifted" not in drawn


def test_empty_result_says_so_and_resets_in_one_click(run_app):
    at = run_app(query={"topics": "Taiwan", "search": "rusal", "lanes": "all"})
    assert count(at) == f"0 of {BUILT_IN} events"
    assert "No events match" in at.info[0].value
    assert not at.get("plotly_chart") and not at.exception
    at.button(key="reset_empty").click().run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"
    assert at.multiselect(key="topics").value == [] and at.text_input(key="search").value == ""
    assert at.query_params == {"lanes": "all"}  # the view is kept
    assert at.get("plotly_chart")


def test_sidebar_reset_clears_every_filter(run_app):
    at = run_app(query={"topics": "Russia", "min_precision": "year", "date_to": "2020-01-01"})
    assert count(at) != f"{BUILT_IN} of {BUILT_IN} events"
    at.button(key="reset_filters").click().run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"
    assert at.date_input(key="date_to").value is None and at.query_params == {}


def test_a_copied_url_reopens_the_same_view(run_app):
    query = {
        "topics": ["Russia", "Ukraine"], "search": "putin", "min_precision": "year",
        "lanes": "all", "tab": "table",
    }  # fmt: skip
    at = run_app(query=query)
    assert not at.exception
    assert at.multiselect(key="topics").value == ["Russia", "Ukraine"]
    assert at.text_input(key="search").value == "putin"
    assert at.selectbox(key="min_precision").value == "year"
    assert at.radio(key="lanes").value == "all"
    assert at.session_state["tab"] == "Table"
    assert len(at.dataframe) == 1 and not at.get("plotly_chart")  # only the open tab is drawn
    assert count(at) == f"{len(at.dataframe[0].value)} of {BUILT_IN} events"
    assert at.query_params == query


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ({"topics": ["<script>alert(1)</script>", "Russia"], "tab": "evil"}, {"topics": "Russia"}),
        ({"search": "x" * 50_000, "lanes": "all"}, {"search": "x" * 200, "lanes": "all"}),
        ({"date_from": "2022-13-45", "slide": "-3", "min_precision": "eon"}, {}),
        ({"date_from": "1900-01-01", "date_to": "2022-01-01"}, {"date_to": "2022-01-01"}),
        ({"date_from": "-0263-01-01", "date_to": "+10000-01-01"}, {}),  # outside: no bound
        ({"selected": "no-such-event", "reveal": "maybe", "utm_source": "x"}, {}),
        ({"tab": ["table", "data"], "topics": ["Russia", "Russia"]},
         {"tab": "data", "topics": "Russia"}),
    ],
)  # fmt: skip
def test_a_hostile_url_is_read_field_by_field(run_app, query, kept):
    at = run_app(query=query)
    assert not at.exception and not at.error
    assert at.query_params == kept


def test_selected_event_and_slide_come_from_the_url(run_app):
    at = run_app(query={"selected": "secret-musk-putin-talks", "slide": "2", "reveal": "1"})
    assert not at.exception
    assert at.session_state["selected"] == "secret-musk-putin-talks"
    assert at.session_state["slide"] == 2 and at.session_state["reveal"] is True


def test_switching_tabs_is_kept_in_the_url(run_app):
    at = open_tab(run_app(), "Present")
    assert not at.exception and at.query_params == {"tab": "present"}
    at = open_tab(at, "Timeline")
    assert at.query_params == {}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.csv", None),
        ("empty.csv", ""),
        ("header_only.csv", HEADER),
        ("notes.txt", "just some words"),
    ],
)
def test_broken_dataset_shows_an_error_not_an_exception(run_app, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    at = run_app(str(path))
    assert not at.exception
    assert at.error and name in at.error[0].value.replace("\\", "")  # markdown escapes
    assert not at.get("plotly_chart")
    assert at.file_uploader(key="upload")  # another file can still be opened


def test_unplaced_rows_are_counted_listed_and_flagged(run_app, tmp_path, values):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED)
    at = run_app(str(path))
    assert count(at) == "2 of 2 events"
    assert drawn_ids(chart(at), values) == {"ok"}
    table = open_tab(at, "Table").dataframe[0].value
    assert list(table["flag"]) == ["⚠", ""] and list(table["date"]) == ["someday", "2019"]
    problems = open_tab(at, "Data").dataframe[0].value
    assert problems.iloc[0]["line"] == 3 and problems.iloc[0]["id"] == "bad"
    assert "someday" in problems.iloc[0]["problem"]
    assert "not on the timeline" in problems.iloc[0]["problem"]


def test_dataset_text_is_shown_as_text(run_app, tmp_path):
    title = "<b>$42</b> **Musk** :red[alarm] [link](javascript:alert(1))"
    path = tmp_path / "odd.csv"
    path.write_text(HEADER + f'x,2019,"{title}",space,2024-10-25\n')
    at = open_tab(run_app(str(path)), "Table")
    assert at.dataframe[0].value.iloc[0]["title"] == title
    assert not at.markdown or all(title not in m.value for m in at.markdown)


def test_upload_with_bad_rows_becomes_the_dataset_of_every_tab(run_app):
    at = open_tab(run_app(), "Data")
    at.file_uploader(key="upload").set_value(("mixed.csv", MIXED.encode(), "text/csv")).run()
    assert not at.exception and not at.error
    assert count(at) == "2 of 2 events"
    problems = at.dataframe[0].value
    assert list(problems["line"]) == [3]
    assert "mixed.csv, line 3" in problems.iloc[0]["problem"]
    table = open_tab(at, "Table").dataframe[0].value
    assert list(table["title"]) == ["Vague", "Fine"]  # flagged row kept, listed first
    at = open_tab(at, "Data")
    at.button(key="dataset_default").click().run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"


def test_upload_of_a_json_dataset(run_app):
    at = open_tab(run_app(), "Data")
    data = (DATA / "harbour_festival.json").read_bytes()
    at.file_uploader(key="upload").set_value(("harbour.json", data, "application/json")).run()
    assert not at.exception
    assert "Lowmere harbour festival (Gazette)" in [t.value for t in at.text]
    assert count(at).endswith(" events") and not count(at).endswith(f" of {BUILT_IN} events")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("huge.csv", HEADER.encode() + b"x" * (21 * 1024 * 1024), "up to 20 MB"),
        ("latin1.csv", (HEADER + "x,2019,Café,a,2024-10-25\n").encode("latin-1"), "not UTF-8"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        ("notes.txt", b"just some words", "not a CSV or JSON file"),
        ("empty.csv", b"", "is empty"),
    ],
)
def test_a_refused_upload_says_why_and_the_page_keeps_working(run_app, name, data, message):
    at = run_app(query={"topics": "Russia", "tab": "data"})
    at.file_uploader(key="upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception
    assert len(at.error) == 1 and message in at.error[0].value.replace("\\", "")
    assert count(at) == f"19 of {BUILT_IN} events"  # the dataset and the filters stay
    at.multiselect(key="topics").set_value([]).run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"


# --- the history dataset: chosen by link, choice or command line; From/To typed ----------------

HISTORY = 33
ROME = "Rome from the Punic Wars to the fall of the West"


@pytest.mark.parametrize(
    ("args", "query", "name", "url"),
    [
        ((), {"dataset": "history"}, ROME, {"dataset": "history"}),
        (("history",), {}, ROME, {}),  # make run DATASET=history
        (("history",), {"dataset": "news"}, "Elon Musk and Vladimir Putin", {"dataset": "news"}),
        ((), {"dataset": "../../etc/passwd"}, "Elon Musk and Vladimir Putin", {}),
        ((), {"dataset": "file"}, "Elon Musk and Vladimir Putin", {"dataset": "file"}),
    ],
)
def test_the_dataset_comes_from_the_link_else_the_command_line(run_app, args, query, name, url):
    at = run_app(*args, query=query)
    assert not at.exception
    assert at.main.text[0].value.startswith(name)
    assert at.query_params == url


@pytest.mark.parametrize(
    ("typed", "shown", "url"),
    [
        ({"date_from_text": "AD 1"}, 20, {"date_from": "0001-01-01"}),
        ({"date_to_text": "44 BC"}, 11, {"date_to": "-0043-12-31"}),
        ({"date_from_text": "-0043-03-15", "date_to_text": "AD 14"}, 5,
         {"date_from": "-0043-03-15", "date_to": "0014-12-31"}),
        ({"date_from_text": "264 BC"}, HISTORY, {}),  # the first year: no bound
    ],
)  # fmt: skip
def test_typed_from_and_to_narrow_a_bc_dataset(run_app, typed, shown, url):
    at = run_app(query={"dataset": "history"})
    assert not at.sidebar.date_input and at.text_input(key="date_from_text").value == ""
    for key, text in typed.items():
        at.text_input(key=key).set_value(text).run()
    assert not at.exception and not at.error
    assert count(at) == f"{shown} of {HISTORY} events"
    assert at.query_params == {"dataset": "history", **url}


def test_a_bound_that_cannot_be_read_says_why_and_the_last_good_one_stays(run_app):
    at = run_app(query={"dataset": "history", "date_from": "0001-01-01"})
    assert at.text_input(key="date_from_text").value == "AD 1"
    at.text_input(key="date_from_text").set_value("the ides of March").run()
    assert "is not a year or a day" in at.sidebar.error[0].value
    assert at.text_input(key="date_from_text").value == "the ides of March"
    assert count(at) == f"20 of {HISTORY} events"
    at.button(key="reset_filters").click().run()
    assert not at.sidebar.error and at.text_input(key="date_from_text").value == ""
    assert count(at) == f"{HISTORY} of {HISTORY} events"


def test_choosing_a_dataset_opens_it_with_the_filters_reset(run_app):
    at = run_app(query={"topics": "Russia", "lanes": "all"})
    at.selectbox(key="dataset_choice").set_value("history").run()
    assert not at.exception
    assert count(at) == f"{HISTORY} of {HISTORY} events"
    assert at.query_params == {"dataset": "history", "lanes": "all"}
    at.selectbox(key="dataset_choice").set_value("news").run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"
    assert at.query_params == {"lanes": "all"}  # the server's own: not named


@pytest.mark.parametrize("tab", ["timeline", "table", "present", "export", "article", "data"])
def test_every_tab_opens_on_the_history_dataset(run_app, tab):
    at = run_app(query={"dataset": "history", "tab": tab})
    assert not at.exception and not at.error
    assert count(at) == f"{HISTORY} of {HISTORY} events"
