"""The Export tab under AppTest: data downloads of the filtered view, and images drawn by the
system Chromium through kaleido. A download's bytes are read back from the media storage."""

from __future__ import annotations

import csv
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard.export.images import INSTALL_HINT, ExportUnavailable
from dashboard.pages import export as page_export
from dashboard.pages.data import literal
from dashboard.pages.handout import UNDATED
from events import default_dataset

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
BUILT_IN = len(default_dataset().events)
RUSSIA = 19  # events of the built-in dataset with the topic Russia
STEM = "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_all-events_2004-01-01-to-2024-10-25"
PNG = b"\x89PNG\r\n\x1a\n"


class RecordingStorage(MemoryMediaFileStorage):
    """AppTest's media storage, keeping every file (bytes, type, name) by id for the test."""

    files: ClassVar[dict[str, tuple[bytes, str, str | None]]] = {}

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        RecordingStorage.files[file_id] = (path_or_data, mimetype, filename)
        return file_id


@pytest.fixture
def run_app(monkeypatch):
    """The page on `streamlit run streamlit_app.py -- *args`, opened at `query`."""
    monkeypatch.setattr(RecordingStorage, "files", {})
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", RecordingStorage)

    def run(*args: str, query: dict | None = None) -> AppTest:
        monkeypatch.setattr(sys, "argv", [str(APP), *args])
        at = AppTest.from_file(str(APP), default_timeout=90)
        at.query_params.update({"tab": "export", **(query or {})})
        return at.run()

    return run


def download(at: AppTest, key: str) -> tuple[bytes, str, str]:
    """What the download button `key` hands out: (bytes, media type, file name)."""
    url = at.download_button(key=key).proto.url
    data, mimetype, name = RecordingStorage.files[Path(url).stem]
    return data, mimetype, name


def texts(at: AppTest) -> list[str]:
    return [element.value for element in at.text]


@pytest.mark.parametrize(
    ("key", "name", "mimetype"),
    [
        ("download_csv", f"{STEM}_events.csv", "text/csv"),
        ("download_json", f"{STEM}_events.json", "application/json"),
        ("download_timelinejs", f"{STEM}_timelinejs.json", "application/json"),
        ("download_timelinejs_csv", f"{STEM}_timelinejs-sheet.csv", "text/csv"),
        ("download_ics", f"{STEM}_calendar.ics", "text/calendar"),
    ],
)
def test_each_data_format_has_a_named_download(run_app, key, name, mimetype):
    at = run_app()
    assert not at.exception
    _, got_type, got_name = download(at, key)
    assert (got_name, got_type) == (name, mimetype)


def test_the_data_files_parse(run_app):
    at = run_app()
    rows = list(csv.DictReader(io.StringIO(download(at, "download_csv")[0].decode())))
    assert len(rows) == BUILT_IN
    assert {"id", "date", "resolved_start", "resolved_end", "precision"} <= set(rows[0])
    assert len(json.loads(download(at, "download_json")[0])["events"]) == BUILT_IN
    timeline = json.loads(download(at, "download_timelinejs")[0])
    assert len(timeline["events"]) == BUILT_IN and timeline["title"]["text"]["headline"]
    sheet = download(at, "download_timelinejs_csv")[0].decode()
    assert sheet.startswith("Year,Month,Day")
    calendar = download(at, "download_ics")[0].decode()
    assert calendar.startswith("BEGIN:VCALENDAR") and calendar.count("BEGIN:VEVENT") == BUILT_IN


def test_data_files_hold_only_the_filtered_events(run_app):
    at = run_app(query={"topics": "Russia"})
    wanted = [e.id for e in default_dataset().events if "Russia" in e.topics]
    assert len(wanted) == RUSSIA
    data, _, name = download(at, "download_csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(data.decode()))] == wanted
    assert "_topic-russia_" in name
    events = json.loads(download(at, "download_json")[0])["events"]
    assert [event["id"] for event in events] == wanted
    slides = json.loads(download(at, "download_timelinejs")[0])["events"]
    assert [slide["unique_id"] for slide in slides] == wanted
    assert download(at, "download_ics")[0].decode().count("BEGIN:VEVENT") == RUSSIA


def test_prepare_image_offers_a_png(run_app):
    at = run_app()
    assert not _has(at, "export_download")
    at.button(key="export_prepare").click().run()
    assert not at.exception
    data, mimetype, name = download(at, "export_download")
    assert data.startswith(PNG)
    assert (mimetype, name) == ("image/png", f"{STEM}_web.png")
    assert at.download_button(key="export_download").label == "Download PNG"
    assert len(at.get("image")) == 1  # the preview


def test_prepare_svg_on_a_dark_background(run_app):
    at = run_app()
    at.radio(key="export_format").set_value("svg")
    at.radio(key="export_theme").set_value("dark")
    at.text_input(key="export_title").input("Musk & Putin <b>talks</b>")
    at.button(key="export_prepare").click().run()
    data, mimetype, name = download(at, "export_download")
    assert mimetype == "image/svg+xml" and name == f"{STEM}_web_dark.svg"
    assert data.startswith(b"<svg") and b">Musk &amp; Putin &#60;b&#62;talks&#60;/b&#62;<" in data
    first = [(child.tag.rpartition("}")[2], child.text) for child in ET.fromstring(data)][:2]
    assert first == [("title", "Musk & Putin <b>talks</b>"), ("desc", at.get("code")[0].value)]
    assert not at.get("image")  # previews are for PNG


def test_prepare_pdf_carries_title_and_alt_text(run_app):
    at = run_app()
    at.radio(key="export_format").set_value("pdf")
    at.radio(key="export_theme").set_value("transparent")
    at.button(key="export_prepare").click().run()
    data, mimetype, name = download(at, "export_download")
    assert (mimetype, name) == ("application/pdf", f"{STEM}_web_transparent.pdf")
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert (metadata.title, metadata.subject) == (default_dataset().name, at.get("code")[0].value)


def test_a_prepared_image_is_not_offered_once_the_settings_change(run_app):
    at = run_app()
    at.button(key="export_prepare").click().run()
    assert _has(at, "export_download")
    at.selectbox(key="export_preset").set_value("square").run()
    assert not _has(at, "export_download")
    assert any("prepare the image again" in c.value for c in at.caption)


def test_without_a_browser_a_warning_says_how_to_install_one(run_app, monkeypatch):
    def unavailable(*args, **kwargs):
        raise ExportUnavailable(f"No browser found. {INSTALL_HINT}")

    monkeypatch.setattr(page_export, "export_image", unavailable)
    at = run_app()
    at.button(key="export_prepare").click().run()
    assert not at.exception
    assert "apt-get install -y chromium" in at.warning[0].value
    assert not _has(at, "export_download")
    assert download(at, "download_csv")[0].startswith(b"id,")  # the rest still works


def test_a_failed_drawing_is_said_and_can_be_retried(run_app, monkeypatch):
    real, calls = page_export.export_image, []

    def fails_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the browser went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(page_export, "export_image", fails_once)
    at = run_app()
    at.button(key="export_prepare").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("Could not draw the image (RuntimeError)")
    assert not _has(at, "export_download")
    at.button(key="export_prepare").click().run()
    assert not at.error and _has(at, "export_download")


def test_title_and_subtitle_are_prefilled_and_follow_the_filters_until_edited(run_app):
    at = run_app()
    assert at.text_input(key="export_title").value == default_dataset().name
    assert at.text_input(key="export_subtitle").value == f"All {BUILT_IN} events"
    at.multiselect(key="topics").set_value(["Russia"]).run()
    assert at.text_input(key="export_subtitle").value == (
        f"{RUSSIA} of {BUILT_IN} events · topic: Russia"
    )
    at.text_input(key="export_subtitle").input("My own words").run()
    at.multiselect(key="topics").set_value(["Taiwan"]).run()
    assert at.text_input(key="export_subtitle").value == "My own words"


def test_settings_outlive_a_visit_to_another_tab(run_app):
    at = run_app()
    at.text_input(key="export_title").input("Kept title")
    at.radio(key="export_format").set_value("pdf").run()
    at.session_state["tab"] = "Table"
    at.run()
    assert not any(widget.key == "export_title" for widget in at.text_input)
    at.session_state["tab"] = "Export"
    at.run()
    assert at.text_input(key="export_title").value == "Kept title"
    assert at.radio(key="export_format").value == "pdf"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"search": "Mayor"}, "No dated events to draw: the one event these filters keep"
         " (matching “Mayor”) has no readable date; the dataset has 3 events."),
        ({"topics": "storm"}, "No dated events to draw: none of the 2 events these filters keep"
         " (topic: storm) has a readable date; the dataset has 3 events."),
    ],
)  # fmt: skip
def test_a_view_of_undated_events_offers_no_image_but_keeps_the_data(
    run_app, tmp_path, query, message
):
    path = tmp_path / "storms.csv"
    path.write_text(
        "id,date,title,topics,published\n"
        "dated,2019,Gale closes the harbour,wind,2024-10-25\n"
        "undated,when the lamp was relit,Mayor presses the switch,storm,2024-10-25\n"
        "also-undated,the day the sea froze,Harbour ices over,storm,2024-10-25\n"
    )  # fmt: skip
    at = run_app(str(path), query=query)
    assert not at.exception
    assert [info.value for info in at.info] == [literal(message), UNDATED]
    assert not any(button.key == "export_prepare" for button in at.button)
    assert not any(widget.key == "export_title" for widget in at.text_input)
    assert download(at, "download_csv")[0].decode().startswith("id,")  # the data stay
    at.button(key="reset_filters").click().run()
    assert not at.info and at.button(key="export_prepare")  # a dated event again: an image


def test_alt_text_and_credit_line_are_shown_as_text(run_app, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(
        "id,date,title,topics,source,published\n"
        'x,2019,"**Bold** <i>claim</i>",space,"<b>Wire</b> *News*",2024-10-25\n'
    )
    at = run_app(str(path))
    assert not at.exception
    assert "Source: <b>Wire</b> *News* · Chart: Timeline Desk" in texts(at)
    alt = at.get("code")[0].value
    assert alt.startswith("Timeline chart: odd.") and "**Bold** <i>claim</i> (2019)" in alt
    assert all("Wire" not in m.value for m in at.markdown)


def test_the_chart_offers_its_dressed_image_not_a_bare_camera_shot(run_app):
    at = run_app(query={"tab": "timeline", "topics": "Russia"})
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert "toImage" in config["modeBarButtonsToRemove"]
    assert _has(at, "timeline_png")


def _has(at: AppTest, key: str) -> bool:
    return any(button.key == key for button in at.download_button)
