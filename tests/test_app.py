"""The Streamlit page, run headless with AppTest; the dataset path comes from sys.argv."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
HEADER = "id,date,title,topics,published\n"


@pytest.fixture
def run_app(monkeypatch):
    """Run the page as `streamlit run streamlit_app.py -- *args` would."""

    def run(*args: str) -> AppTest:
        monkeypatch.setattr(sys, "argv", [str(APP), *args])
        return AppTest.from_file(str(APP), default_timeout=60).run()

    return run


def chart(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def drawn_ids(spec: dict, values) -> set[str]:
    return {i for trace in spec["data"] for i in values(trace.get("customdata", []))}


def test_default_page_shows_the_timeline(run_app, values):
    at = run_app()
    assert not at.exception
    assert at.title[0].value == "Timeline Desk"
    assert len(drawn_ids(chart(at), values)) >= 20
    assert " events" in at.caption[0].value
    assert len(at.dataframe) == 1


def test_chart_uses_the_projects_template(run_app):
    spec = chart(run_app())
    assert spec["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


def test_one_lane(run_app):
    at = run_app()
    at.radio(key="lanes").set_value("all").run()
    assert not at.exception
    assert len(chart(at)["layout"]["yaxis"]["ticktext"]) == 1


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


def test_unplaced_rows_are_listed_with_their_messages(run_app, tmp_path, values):
    path = tmp_path / "mixed.csv"
    path.write_text(HEADER + "ok,2019,Fine,space,2024-10-25\nbad,someday,Vague,space,2024-10-25\n")
    at = run_app(str(path))
    assert not at.exception
    warning = at.warning[0].value
    assert "bad" in warning and "someday" in warning and "not on the timeline" in warning
    assert drawn_ids(chart(at), values) == {"ok"}
