"""The Article tab under AppTest: paste or upload, set the date, find, edit, add, see it everywhere.

The articles are short invented news paragraphs. AppTest cannot type into a data editor's
cells, so an edit is made as Streamlit's own editor sends it: the edit state (edited_rows) is
put under the editor's key before the run that presses "Add to timeline".
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pages.data import literal
from tests.test_details import links_in

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
BUILT_IN = 27
BRIDGE = (
    "The Brackwater town council voted on Tuesday to reopen the old rail bridge.\n"
    "The bridge was closed in May 2019 after a flood, and a repair plan was drawn up a year"
    " later.\nTrains are expected to cross it again in the spring of 2027."
)
LIBRARY = (
    "FENWICK, Feb. 3, 2026 - The Fenwick library reopened on Saturday after a fire in"
    " October 2024.\nIts new wing should open next year."
)
LIBRARY_HTML = (
    "<html><head><title>Library reopens</title><script>var d = 'May 1, 1999';</script>"
    "</head><body><p>FENWICK, Feb. 3, 2026 &ndash; The Fenwick library reopened on"
    " <b>Saturday</b> after a fire in October&nbsp;2024.</p><p>Its new wing should open next"
    " year.</p></body></html>"
)


@pytest.fixture
def run_app(monkeypatch):
    """The page on the built-in dataset (`streamlit run streamlit_app.py`), Article tab open."""

    def run(query: dict | None = None) -> AppTest:
        monkeypatch.setattr(sys, "argv", [str(APP)])
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.query_params.update(query or {})
        at.run()
        at.session_state["tab"] = "Article"
        return at.run()

    return run


def count(at: AppTest) -> str:
    """The "N of M events" caption above the tabs."""
    return next(c.value for c in at.main.caption if c.value.endswith(" events"))


def candidates_of(at: AppTest) -> pd.DataFrame:
    """The candidates as the editor shows them (before edits), numbered by row position."""
    return at.data_editor(key="article_candidates").value.reset_index(drop=True)


def find(at: AppTest) -> AppTest:
    return at.button(key="article_extract").click().run()


def edit(at: AppTest, rows: dict[int, dict]) -> AppTest:
    """Cell edits by row position, as the browser's data editor reports them."""
    at.session_state["article_candidates"] = {
        "edited_rows": rows,
        "added_rows": [],
        "deleted_rows": [],
    }
    return at


def add(at: AppTest) -> AppTest:
    return at.button(key="article_add").click().run()


def paste(at: AppTest, text: str, published: str | None = None) -> AppTest:
    at.text_area(key="article_text").input(text).run()
    if published:
        at.date_input(key="article_published").set_value(published).run()
    return at


def table(at: AppTest):
    """The Table tab's rows (every event of the dataset in use, filters permitting)."""
    at.session_state["tab"] = "Table"
    at.run()
    return at.dataframe[0].value  # the only table of that tab


def chart_ids(at: AppTest, values) -> set[str]:
    at.session_state["tab"] = "Timeline"
    at.run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {i for trace in spec["data"] for i in values(trace.get("customdata", []))}


def test_the_article_tab_comes_before_data(run_app):
    at = run_app()
    assert not at.exception
    assert [tab.label for tab in at.tabs][-2:] == ["Article", "Data"]
    assert at.query_params == {"tab": "article"}
    assert "Paste a news article" in at.main.caption[-1].value


def test_paste_date_find_edit_add_and_see_it_on_the_timeline(run_app, values):
    at = paste(run_app(), BRIDGE)
    assert at.date_input(key="article_published").value is None  # no dateline to read
    find(at)
    assert "Set the publication date first" in at.warning[0].value
    assert not at.data_editor

    at.date_input(key="article_published").set_value(date(2025, 6, 12)).run()
    find(at)
    assert not at.exception
    shown = candidates_of(at)
    assert shown["date"].to_list() == ["Tuesday", "May 2019", "a year later", "the spring of 2027"]
    assert [str(day) for day in shown["start"]] == [
        "2025-06-10", "2019-05-01", "2020-05-01", "2027-03-01",
    ]  # fmt: skip
    assert shown["precision"].to_list() == ["day", "month", "month", "season"]
    assert shown["add"].to_list() == [True, True, True, True]
    assert shown["sentence"][0] == (
        "The Brackwater town council voted on «Tuesday» to reopen the old rail bridge."
    )

    ids = at.data_editor(key="article_candidates").value.index.to_list()  # the events' ids
    edit(at, {0: {"title": "Council votes to reopen the bridge", "topics": "transport; rail"},
              2: {"add": False}})  # fmt: skip
    add(at)
    assert not at.exception
    assert "Added 3 events" in at.success[0].value
    assert count(at) == f"{BUILT_IN + 3} of {BUILT_IN + 3} events"
    assert not at.data_editor  # the candidates are done with

    rows = table(at)
    new = rows[rows["source"] == "The Brackwater town council voted on Tuesday to reopen the…"]
    assert new["title"].to_list() == [
        "Council votes to reopen the bridge",
        "The bridge was closed after a flood",
        "Trains are expected to cross it again",
    ]
    assert new["topics"].to_list() == ["transport; rail", "", ""]
    assert [str(day.date()) for day in new["end"]] == ["2025-06-10", "2019-05-31", "2027-05-31"]
    drawn = chart_ids(at, values)
    assert len(drawn) == BUILT_IN + 3 and {ids[0], ids[1], ids[3]} <= drawn


def test_the_dateline_gives_the_date_and_is_offered_unticked(run_app):
    at = paste(run_app(), LIBRARY)
    assert at.date_input(key="article_published").value == date(2026, 2, 3)
    assert at.text_input(key="article_source").value == (
        "FENWICK, Feb. 3, 2026 - The Fenwick library reopened on…"
    )
    at.text_input(key="article_source").input("Fenwick Gazette").run()
    shown = candidates_of(find(at))
    assert shown["date"].to_list() == ["Feb. 3, 2026", "Saturday", "October 2024", "next year"]
    assert shown["add"].to_list() == [False, True, True, True]
    assert shown["note"][0].startswith("dateline")
    assert str(shown["start"][1]) == "2026-01-31"  # Saturday before publication
    add(at)
    assert "Added 3 events from Fenwick Gazette" in at.success[0].value.replace("\\", "")


def test_an_uploaded_html_article_is_read_as_text(run_app):
    at = run_app()
    at.file_uploader(key="article_files").set_value(
        ("library.html", LIBRARY_HTML.encode(), "text/html")
    ).run()
    assert not at.exception
    assert at.text_input(key="article_source").value == "library.html"
    assert at.date_input(key="article_published").value == date(2026, 2, 3)
    shown = candidates_of(find(at))
    assert "May 1, 1999" not in shown["date"].to_list()  # the script is not the article
    assert shown["sentence"][1] == (
        "FENWICK, Feb. 3, 2026 \u2013 The Fenwick library reopened on «Saturday» after a fire in"
        " October 2024."
    )
    add(at)
    assert set(table(at)["source"]) >= {"library.html"}


def test_articles_added_in_turn_keep_their_sources(run_app):
    at = paste(run_app(), BRIDGE, "2025-06-12")
    add(find(at))
    paste(at, LIBRARY)
    at.text_input(key="article_source").input("Fenwick Gazette").run()
    add(find(at))
    assert count(at) == f"{BUILT_IN + 7} of {BUILT_IN + 7} events"
    sources = table(at)["source"].value_counts()
    assert sources["Fenwick Gazette"] == 3
    assert sources["The Brackwater town council voted on Tuesday to reopen the…"] == 4


def test_adding_the_same_article_again_replaces_its_events(run_app):
    at = paste(run_app(), BRIDGE, "2025-06-12")
    add(find(at))
    edit(find(at), {0: {"title": "Retitled"}})
    add(at)
    assert "replace ones added before" in at.success[0].value
    assert count(at) == f"{BUILT_IN + 4} of {BUILT_IN + 4} events"


def test_a_changed_date_asks_to_find_again(run_app):
    at = find(paste(run_app(), BRIDGE, "2025-06-12"))
    assert at.data_editor
    at.date_input(key="article_published").set_value(date(2025, 6, 20)).run()
    assert not at.data_editor
    assert any("press Find events again" in c.value for c in at.main.caption)
    assert str(candidates_of(find(at))["start"][0]) == "2025-06-17"  # Tuesday before the 20th


def test_added_events_can_be_removed(run_app):
    at = add(find(paste(run_app(), BRIDGE, "2025-06-12")))
    assert count(at) == f"{BUILT_IN + 4} of {BUILT_IN + 4} events"
    at.button(key="article_remove").click().run()
    assert count(at) == f"{BUILT_IN} of {BUILT_IN} events"
    assert "article_remove" not in [button.key for button in at.button]


def test_several_files_each_keep_their_dateline(run_app):
    at = run_app()
    files = [
        ("library.txt", LIBRARY.encode(), "text/plain"),
        ("bridge.md", f"# Bridge\n\n{BRIDGE}".encode(), "text/markdown"),
        ("library.html", LIBRARY_HTML.encode(), "text/html"),
        ("broken.txt", b"\xff\xfe\x00bad", "text/plain"),
    ]
    at.file_uploader(key="article_files").set_value(files).run()
    assert "broken.txt: not UTF-8 text" in at.error[0].value.replace("\\", "")
    listed = at.dataframe[0].value  # the articles, before any candidates
    assert listed["source"].to_list() == ["library.txt", "bridge.md", "library.html"]
    assert [str(day) for day in listed["published"]] == ["2026-02-03", "2026-02-03", "2026-02-03"]
    assert listed["from"].to_list() == ["its dateline", "the date above", "its dateline"]
    at.date_input(key="article_published").set_value(date(2025, 6, 12)).run()
    shown = candidates_of(find(at))
    assert not at.exception
    assert shown["source"].value_counts().to_dict() == {
        "library.txt": 4, "bridge.md": 4, "library.html": 4,
    }  # fmt: skip
    assert str(shown[shown["source"] == "bridge.md"]["start"].iloc[0]) == "2025-06-10"


def test_the_tab_works_when_no_event_matches_the_filters(run_app):
    at = run_app(query={"search": "no such words anywhere"})
    assert count(at) == f"0 of {BUILT_IN} events"
    add(find(paste(at, BRIDGE, "2025-06-12")))
    assert not at.exception
    assert count(at) == f"0 of {BUILT_IN + 4} events"


def test_article_text_is_shown_as_text_never_markup(run_app):
    at = paste(run_app(), "**Big** <b>news</b> [link](http://x)\n" + BRIDGE, "2025-06-12")
    assert at.text_input(key="article_source").value == "**Big** <b>news</b> [link](http://x)"
    add(find(at))
    message = at.success[0].value
    assert literal("**Big** <b>news</b> [link](http://x)") in message
    assert links_in(message) == []
    markdown = [element.value for element in (*at.markdown, *at.caption, *at.success)]
    assert not any("<b>news" in text or "**Big**" in text for text in markdown)


def test_status_and_proposed_names_are_shown_and_can_be_changed(run_app):
    at = find(paste(run_app(), BRIDGE, "2025-06-12"))
    shown = candidates_of(at)
    assert shown["status"].to_list() == ["happened", "happened", "happened", "planned"]
    assert shown["actors"][0] == "Brackwater"  # read from the sentence, to check
    assert any("Actors and places are proposals to check" in c.value for c in at.main.caption)
    edit(at, {0: {"status": "claimed", "actors": "Brackwater council"}})
    add(at)
    rows = table(at)
    new = rows[rows["source"].str.startswith("The Brackwater town council")]
    assert new["status"].to_list() == ["claimed", "happened", "happened", "planned"]
    assert new["actors"].to_list()[0] == "Brackwater council"
