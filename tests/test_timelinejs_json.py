"""TimelineJS JSON (events/formats/timelinejs/json_format.py): what is written, and reading
any slide."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings

from events.dataset import DatasetError, dataset_from_bytes
from events.day import year_name
from events.formats.timelinejs import json_format as timelinejs
from events.formats.timelinejs.date_parts import timelinejs_year
from tests.far_spans import FAR, FAR_LISTS, far_events, parts_only
from tests.golden import NAME, fixture

SLIDES = {item["unique_id"]: item for item in
          json.loads(timelinejs.write(fixture().events, NAME))["events"]}  # fmt: skip


def load(doc: dict):
    return dataset_from_bytes(json.dumps(doc).encode(), source_name="tl.json", fmt="timelinejs")


def one(slide: dict):
    return load({"events": [slide]}).events[0]


@pytest.mark.parametrize(
    ("event_id", "start", "end", "display"),
    [
        ("lamp-first-lit", {"year": "1868"}, None, "1868"),
        ("keepers-withdrawn", {"year": "1990"}, {"year": "1999"}, "the '90s"),
        ("storm-cracks-lantern", {"year": "2019"}, None, "late 2019"),
        ("survey-summer", {"year": "2022", "month": "6"}, {"year": "2022", "month": "8"},
         "summer 2022"),
        ("markup-headline", {"year": "2024", "month": "8"}, None, "August 2024"),
        ("new-optic", {"year": "2025", "month": "3", "day": "11"}, None, "last Tuesday"),
        ("gallery-repaired", {"year": "2024", "month": "5"}, {"year": "2024", "month": "7"}, None),
    ],
)  # fmt: skip
def test_slides_carry_known_parts_and_the_date_as_written(event_id, start, end, display):
    slide = SLIDES[event_id]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_text_is_html_escaped_and_group_is_the_first_topic():
    slide = SLIDES["markup-headline"]
    assert slide["text"]["headline"] == "&lt;b&gt;Keeper's log&lt;/b&gt; &amp; lamp book go on show"
    assert "&lt;script&gt;" in slide["text"]["text"]
    assert slide["group"] == "archive"


@pytest.mark.parametrize(
    ("event_id", "kept"),
    [
        ("new-optic", {"label": "Light shines again", "importance": 3}),
        ("lamp-first-lit", {"importance": 1}),
        ("storm-cracks-lantern", {}),
    ],
)
def test_label_and_importance_are_kept_in_the_block_when_given(event_id, kept):
    block = SLIDES[event_id]["timeline_desk"]
    assert {name: block[name] for name in ("label", "importance") if name in block} == kept


@pytest.mark.parametrize(("status", "block"), [("planned", {"status": "planned"}),
                                               ("claimed", {"status": "claimed"}),
                                               ("happened", {})])
def test_a_status_is_kept_in_the_block_unless_the_event_happened(status, block):
    event = replace(fixture().ok_events[0], status=status)
    (slide,) = json.loads(timelinejs.write([event], NAME))["events"]
    assert {k: v for k, v in slide["timeline_desk"].items() if k == "status"} == block


def test_an_undated_event_keeps_its_label_and_importance():
    events = [replace(event, label="Mayor's switch", importance=1) if event.span is None
              else event for event in fixture().events]  # fmt: skip
    back = load(json.loads(timelinejs.write(events, NAME))).events
    assert [(e.label, e.importance) for e in back if e.span is None] == [("Mayor's switch", 1)]


def test_title_slide_names_the_dataset():
    doc = json.loads(timelinejs.write(fixture().events, NAME))
    assert doc["title"]["text"]["headline"] == NAME
    assert load(doc).name == NAME


def test_a_slide_from_elsewhere_is_read_from_its_parts():
    event = one({"start_date": {"year": "1969", "month": "7", "day": "20"},
                 "display_date": "July 20, 1969", "unique_id": "moon",
                 "text": {"headline": "Moon &amp; back", "text": "<p>Small step</p>"},
                 "group": "space"})  # fmt: skip
    assert (event.id, event.date, event.title, event.summary) == (
        "moon", "July 20, 1969", "Moon & back", "<p>Small step</p>")
    assert (event.span.start, event.span.end, event.span.precision) == (
        date(1969, 7, 20), date(1969, 7, 20), "day")
    assert (event.topics, event.error) == (("space",), "")


@pytest.mark.parametrize(
    ("slide", "expected"),
    [
        ({"start_date": {"year": "1969"}, "display_date": "Summer of Love"},
         "tl.json, event 1, field display_date: 'Summer of Love' does not read as the date"),
        ({"start_date": {"month": "7"}, "text": {"headline": "x"}},
         "tl.json, event 1, field start_date: start date needs a year"),
        ({"start_date": {"year": "1969"}, "end_date": {"month": "2"}, "text": {"headline": "x"}},
         "tl.json, event 1, field end_date: end date needs a year"),
        ({"start_date": {"year": "1969"}},
         "tl.json, event 1, field text.headline: missing"),
        ({"start_date": {"year": "1969"}, "text": {"headline": "x"},
          "media": {"url": "https://example.org/a.jpg"}},
         "tl.json, event 1, field media: not loaded"),
        ({"start_date": {"year": "1969", "hour": "10"}, "text": {"headline": "x"}},
         "tl.json, event 1, field start_date.hour: not loaded"),
        ({"start_date": {"year": "1969"}, "text": {"headline": "x"},
          "timeline_desk": {"colour": "red"}},
         "tl.json, event 1, field timeline_desk.colour: unknown field"),
        ({"start_date": {"year": "1969"}, "display_date": "1969", "text": {"headline": "x"},
          "timeline_desk": {"importance": "high"}},
         "tl.json, event 1, field timeline_desk.importance: 'high' is not an importance"),
        ({"start_date": {"year": "1969"}, "display_date": "1969", "text": {"headline": "x"},
          "timeline_desk": {"status": "rumoured"}},
         "tl.json, event 1, field timeline_desk.status: 'rumoured' is not a status"),
        ("a string", "tl.json, event 1: expected an object, got text"),
    ],
)  # fmt: skip
def test_what_is_not_kept_is_named_with_its_field(slide, expected):
    assert expected in one(slide).error


def test_an_unreadable_slide_is_kept():
    dataset = load({"events": [{"start_date": {"year": "x"}}, {"start_date": {"year": "1"}}]})
    assert len(dataset.events) == 2


@pytest.mark.parametrize(
    ("doc", "message"),
    [([], "expected a TimelineJS object"), ({"events": []}, "tl.json holds no events")],
)
def test_a_file_that_is_no_timeline_is_refused(doc, message):
    with pytest.raises(DatasetError, match=message):
        dataset_from_bytes(json.dumps(doc).encode(), source_name="tl.json", fmt="timelinejs")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"events": [{"start_date": {"year": "1"}}]}', True),
        ('{"title": {"text": {}}, "events": []}', True),
        ('{"events": [{"date": "1999", "title": "x"}]}', False),
        ('[{"start_date": {}}]', False),
        ("{not json", False),
    ],
)
def test_detect(text, expected):
    assert timelinejs.detect(text) is expected


# --- years outside 1 to 9999: BC (TimelineJS's -44 is 44 BC) and deep time -----------------


@settings(**FAR)
@given(spans=FAR_LISTS)
def test_far_spans_round_trip_and_their_parts_number_bc_years_as_timelinejs_does(spans):
    events = far_events(spans)
    doc = json.loads(timelinejs.write(events, "Far"))
    assert load(doc).events == tuple(events)
    for slide, event in zip(doc["events"], events, strict=True):
        assert slide["start_date"]["year"] == str(timelinejs_year(event.span.start.year))
        del slide[timelinejs.BLOCK]  # as a file from elsewhere: the parts alone
    back = load(doc).events
    assert [(e.span.start, e.span.end) for e in back] == [parts_only(e) for e in events]
    assert all(e.error == "" for e in back)


@pytest.mark.parametrize(
    ("year", "shown"),
    [(-44, "44 BC"), (-1, "1 BC"), (1, "AD 1"), (-753, "753 BC"), (-66_000_000, "66,000,000 BC")],
)
def test_a_bc_year_from_elsewhere_is_read_as_timelinejs_labels_it(year, shown):
    event = one({"start_date": {"year": year}, "text": {"headline": "Far"}})
    assert (year_name(event.span.start.year), event.span.precision, event.error) == (
        shown, "year", "")
