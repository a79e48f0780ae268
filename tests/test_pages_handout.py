"""The Export tab's handout under AppTest (dashboard/pages/handout.py): the Present deck of the
filtered events as a PDF, drawn by the system Chromium through kaleido."""

from __future__ import annotations

import io
import sys

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from dashboard.export.handout import pdf as handout
from dashboard.export.images import INSTALL_HINT, ExportUnavailable
from dashboard.pages import handout as page_handout
from dashboard.pages.data import literal
from events import default_dataset
from tests.test_pages_export import APP, RUSSIA, STEM, RecordingStorage, download

RUSSIA_STEM = "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_topic-russia_2013-01-01-to-2024-10-25"


@pytest.fixture
def export_tab(monkeypatch):
    """The Export tab of the built-in dataset, opened with `query`, files kept for reading."""
    monkeypatch.setattr(RecordingStorage, "files", {})
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", RecordingStorage)
    monkeypatch.setattr(sys, "argv", [str(APP)])

    def run(query: dict | None = None) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=120)
        at.query_params.update({"tab": "export", **(query or {})})
        return at.run()

    return run


def offered(at) -> bool:
    return any(button.key == "handout_download" for button in at.download_button)


@pytest.mark.parametrize(
    ("query", "per_page", "name", "pages"),
    [
        ({}, 6, f"{STEM}_handout-6-per-page.pdf", 5),  # 29 slides
        ({"topics": "Russia"}, 1, f"{RUSSIA_STEM}_handout-1-per-page.pdf", RUSSIA + 2),
    ],
)
def test_prepare_handout_offers_the_deck_of_the_filtered_events(export_tab, query, per_page, name,
                                                                pages):  # fmt: skip
    at = export_tab(query=query)
    assert not offered(at)
    at.radio(key="handout_per_page").set_value(per_page)
    at.button(key="handout_prepare").click().run()
    assert not at.exception and not at.error
    data, mimetype, file_name = download(at, "handout_download")
    assert (mimetype, file_name) == ("application/pdf", name)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages
    assert reader.metadata.title == default_dataset().name


def test_a_prepared_handout_is_not_offered_once_the_choice_or_filters_change(export_tab):
    at = export_tab()
    at.radio(key="handout_per_page").set_value(6)
    at.button(key="handout_prepare").click().run()
    assert offered(at)
    at.radio(key="handout_per_page").set_value(1).run()
    assert not offered(at)
    assert any("prepare the handout again" in caption.value for caption in at.caption)
    at.radio(key="handout_per_page").set_value(6).run()
    assert offered(at)  # the same choice again: the same handout
    at.multiselect(key="topics").set_value(["Russia"]).run()
    assert not offered(at)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (ExportUnavailable(f"No browser found. {INSTALL_HINT}"), "apt-get install -y chromium"),
        (RuntimeError("the browser went away"), "Could not draw the handout (RuntimeError)"),
    ],
)
def test_a_drawing_that_fails_is_said_and_the_page_keeps_working(export_tab, monkeypatch, error,
                                                                 said):  # fmt: skip
    def fails(*args, **kwargs):
        raise error

    monkeypatch.setattr(page_handout, "handout_pdf", fails)
    at = export_tab()
    at.button(key="handout_prepare").click().run()
    assert not at.exception
    assert said in at.error[0].value
    assert not offered(at)
    assert download(at, "download_csv")[0].startswith(b"id,")


def test_a_view_with_too_many_events_says_so(export_tab, monkeypatch):
    monkeypatch.setattr(handout, "MAX_EVENTS", 10)
    at = export_tab()
    assert [info.value for info in at.info] == [literal(
        "No handout: a handout holds at most 10 dated events and these filters keep 27: filter"
        " the events down first."
    )]  # fmt: skip
    assert not any(button.key == "handout_prepare" for button in at.button)
