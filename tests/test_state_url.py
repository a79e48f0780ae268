"""url_state in a tiny page: the URL seeds the widgets once, the widgets write the URL back."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest


def page():
    from datetime import date

    import streamlit as st

    from dashboard.filters import Choices
    from dashboard.state import url as url_state

    offered = Choices(
        topics=("energy", "space"), ids=frozenset({"e1"}), first=date(2020, 1, 1),
        last=date(2020, 12, 31),
    )  # fmt: skip
    state = url_state.restore(offered)
    st.multiselect("Topics", offered.topics, key="topics")
    if st.session_state.get("draw_reveal", True):
        st.checkbox("Reveal", key="reveal")
    st.button("Reset", key="reset_filters", on_click=url_state.reset)
    st.text(repr(state))
    st.session_state["writes"] = st.session_state.get("writes", 0) + url_state.remember()


def run(query: dict | None = None) -> AppTest:
    at = AppTest.from_function(page, default_timeout=30)
    at.query_params.update(query or {})
    return at.run()


@pytest.mark.parametrize(
    ("query", "topics", "url"),
    [
        ({}, [], {}),
        ({"topics": "space"}, ["space"], {"topics": "space"}),
        ({"topics": ["space", "energy"]}, ["space", "energy"], {"topics": ["space", "energy"]}),
        # values the dataset does not have are dropped silently, the rest kept
        ({"topics": ["space", "<script>x</script>"]}, ["space"], {"topics": "space"}),
        ({"topics": "nope", "lanes": "all"}, [], {"lanes": "all"}),
        # garbage and unknown keys vanish from the URL; a range is clamped to the data
        ({"slide": "x", "utm": "1", "lanes": "all"}, [], {"lanes": "all"}),
        ({"date_from": "1999-01-01", "date_to": "2020-06-01"}, [], {"date_to": "2020-06-01"}),
        ({"date_from": "2020-08-01", "date_to": "2020-03-01"}, [],
         {"date_from": "2020-03-01", "date_to": "2020-08-01"}),
        ({"selected": "e1", "tab": "data"}, [], {"selected": "e1", "tab": "data"}),
        ({"selected": "e2"}, [], {}),
    ],
)  # fmt: skip
def test_first_run_seeds_the_widgets_from_the_url_and_cleans_it(query, topics, url):
    at = run(query)
    assert not at.exception
    assert at.multiselect(key="topics").value == topics
    assert at.query_params == url


def test_the_url_is_written_only_when_the_state_changes():
    at = run({"topics": "space"})
    assert at.session_state["writes"] == 0  # the URL already says so
    at.run()
    assert at.session_state["writes"] == 0
    at.multiselect(key="topics").set_value(["energy"]).run()
    assert (at.session_state["writes"], at.query_params) == (1, {"topics": "energy"})
    at.run()
    assert at.session_state["writes"] == 1


def test_a_widget_not_drawn_keeps_its_value_for_when_it_returns():
    at = run({"reveal": "1"})
    assert at.checkbox(key="reveal").value is True
    at.session_state["draw_reveal"] = False
    at.run().run()
    assert at.query_params == {"reveal": "1"}
    at.session_state["draw_reveal"] = True
    at.run()
    assert at.checkbox(key="reveal").value is True


def test_reset_clears_filters_and_keeps_the_view():
    at = run({"topics": "space", "reveal": "1", "lanes": "all"})
    at.button(key="reset_filters").click().run()
    assert at.multiselect(key="topics").value == []
    assert at.query_params == {"reveal": "1", "lanes": "all"}


def arrival_page():
    from datetime import date

    import streamlit as st

    from dashboard.filters import Choices
    from dashboard.state import url as url_state

    offered = Choices(topics=("energy", "space"), ids=frozenset({"e1"}), first=date(2020, 1, 1),
                      last=date(2020, 12, 31))  # fmt: skip
    mark = st.session_state.get("mark", "")
    url_state.restore(offered, mark)
    st.text(url_state.arrival_note(mark) or "no note")
    url_state.remember()


@pytest.mark.parametrize(
    ("query", "mark", "says"),
    [
        ({}, "", None),  # a plain link on the server's own data: nothing to say
        ({"data": "abc123", "topics": "space"}, "", "made on other events"),  # opened elsewhere
        ({"data": "abc123"}, "abc123", None),  # the same upload: it fits
        ({"topics": "mining"}, "", "topics “mining”"),  # names a topic this data lacks
        ({"selected": "e9"}, "", "the event “e9”"),
        ({}, "fff000", None),  # the reader's own upload later: the link said nothing of data
    ],
)
def test_a_link_made_on_other_data_says_so_on_arrival(query, mark, says):
    at = AppTest.from_function(arrival_page, default_timeout=30)
    at.session_state["mark"] = mark
    at.query_params.update(query)
    at.run()
    note = at.text[0].value
    assert (note == "no note") if says is None else says in note
    assert at.query_params.get("data", "") == mark  # the link now names the data open here


def test_a_link_made_on_an_upload_carries_its_mark():
    at = AppTest.from_function(arrival_page, default_timeout=30)
    at.session_state["mark"] = "0123456789"
    at.run()
    assert at.query_params["data"] == "0123456789"


def test_a_rerun_carrying_the_page_before_back_does_not_undo_back(monkeypatch):
    import streamlit as st

    from dashboard.state import url

    # "pretend_back": as if the browser's Back button started the run
    monkeypatch.setattr(url, "history_navigation",
                        lambda: st.session_state.get("pretend_back", False))
    at = run({"topics": "energy"})
    at.query_params["topics"] = "space"
    at.session_state["pretend_back"] = True
    at.run()
    assert at.multiselect[0].value == ["space"]
    at.session_state["pretend_back"] = False
    at.multiselect[0].set_value(["energy"]).run()  # a quick rerun sends what the page showed
    assert at.multiselect[0].value == ["space"]
    at.run()  # the widgets agree with Back now: from here on the reader's changes count
    at.multiselect[0].set_value(["energy"]).run()
    assert at.multiselect[0].value == ["energy"]
