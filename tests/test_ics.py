"""iCalendar out (events/formats/ics.py), checked line by line and by a real parser."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from hypothesis import given, settings

from events import formats
from events.day import parse_iso
from events.event import Event
from events.formats import ics
from events.span import DateSpan
from tests.far_spans import FAR, FAR_LISTS, far_events
from tests.golden import NAME, fixture

TEXT = ics.write(fixture().events, NAME)
CALENDAR = icalendar.Calendar.from_ical(TEXT)
VEVENTS = {str(item["UID"]).removesuffix("@timeline-desk"): item
           for item in CALENDAR.walk("VEVENT")}  # fmt: skip


def test_lines_end_in_crlf_and_fold_at_75_octets():
    assert TEXT.endswith("END:VCALENDAR\r\n")
    lines = TEXT.split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)


def test_every_dated_event_is_one_all_day_vevent_and_undated_and_bc_ones_are_left_out():
    dated = {event.id: event for event in fixture().ok_events if event.id != "bronze-age-hoard"}
    assert set(VEVENTS) == set(dated)
    for event_id, event in dated.items():
        vevent = VEVENTS[event_id]
        assert vevent["DTSTART"].dt == event.span.start
        assert vevent["DTEND"].dt == event.span.end + timedelta(days=1)  # exclusive end
        assert str(vevent["SUMMARY"]) == event.title


@pytest.mark.parametrize(
    ("event_id", "first_line"),
    [
        ("storm-cracks-lantern", "Date as written: late 2019"),
        ("gallery-repaired", "Date as written: 2024-05-01 to 2024-07-31"),
        ("new-optic", "Date as written: last Tuesday"),
    ],
)
def test_description_starts_with_the_date_as_written(event_id, first_line):
    assert str(VEVENTS[event_id]["DESCRIPTION"]).split("\n")[0] == first_line


def test_text_special_characters_survive_the_parser():
    new_optic = str(VEVENTS["new-optic"]["DESCRIPTION"])
    assert 'hot chocolate; one visitor called it "a lighthouse reborn" 🚨.' in new_optic
    summary = str(VEVENTS["grant-awarded"]["SUMMARY"])
    assert summary == "Heritage fund awards £480,000; work can start"
    assert [str(c) for c in VEVENTS["grant-awarded"]["CATEGORIES"].cats] == [
        "restoration", "money"]  # fmt: skip
    assert str(CALENDAR["X-WR-CALNAME"]) == NAME


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("one\r\ntwo\rthree\nfour", "one\\ntwo\\nthree\\nfour"),
     ("bell\x07 tab\t", "bell tab\t")],
)  # fmt: skip
def test_escape_text(text, escaped):
    assert ics.escape_text(text) == escaped


@pytest.mark.parametrize("line", ["x" * 75, "x" * 76, "é" * 40, "🚨" * 30, "a" + "€" * 50])
def test_fold_never_splits_a_character_and_unfolds_back(line):
    folded = ics.fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert folded.replace("\r\n ", "") == line


def test_the_last_day_of_the_calendar_gets_a_duration():
    last = DateSpan(date(9999, 12, 1), date.max, "month")
    lines = ics.vevent(Event(id="end", date="December 9999", title="End", span=last))
    assert "DURATION:P31D" in lines


def test_stamp_is_the_publication_date_so_files_are_reproducible():
    assert VEVENTS["lamp-first-lit"]["DTSTAMP"].dt.date() == date(2025, 3, 14)


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://example.org/story?id=1&x=2", "https://example.org/story?id=1&x=2"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://Example.org/A", "HTTPS://Example.org/A"),
        (" https://example.org/a b ", "https://example.org/ab"),
        ("javascript:alert(document.cookie)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("  javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://example.org/file", None),
        ("//example.org/no-scheme", None),
        ("example.org", None),
        ("https://", None),
        ("http://[::1", None),
    ],
)
def test_only_web_urls_are_written(url, written):
    event = Event(id="u", date="2024", title="T", source="Wire", source_url=url,
                  span=DateSpan(date(2024, 1, 1), date(2024, 12, 31), "year"))  # fmt: skip
    calendar = icalendar.Calendar.from_ical(ics.write([event]))
    vevent = next(iter(calendar.walk("VEVENT")))
    assert (str(vevent["URL"]) if "URL" in vevent else None) == written
    source = str(vevent["DESCRIPTION"]).split("\n")[-1]
    assert source == (f"Source: Wire {written}" if written else "Source: Wire")


# --- years outside 1 to 9999: each such event refused, by name, the others written -----------


def dated(event_id: str, start: str, end: str, written: str = "") -> Event:
    span = DateSpan(parse_iso(start), parse_iso(end), "day" if start == end else "year")
    return Event(id=event_id, date=written, title=event_id.title(), span=span)


@pytest.mark.parametrize(
    ("event", "why"),
    [
        (dated("ides", "-0043-03-15", "-0043-03-15", "15 March 44 BC"),
         "iCalendar dates have four-digit years, AD 1 to AD 9999, and this event falls in 44 BC"),
        (dated("rome", "-0263-01-01", "0476-12-31", "264 BC to AD 476"),
         "iCalendar dates have four-digit years, AD 1 to AD 9999, and this event runs from"
         " 264 BC to AD 476"),
        (dated("one-bc", "0000-01-01", "0000-12-31"), "and this event falls in 1 BC"),
        (dated("chicxulub", "-65999999-01-01", "-65999999-12-31"),
         "and this event falls in 66,000,000 BC"),
        (dated("far-future", "9999-01-01", "+10000-12-31"), "runs from 9999 to 10000"),
        (dated("first", "0001-01-01", "0001-12-31"), ""),
        (dated("last", "9999-12-31", "9999-12-31"), ""),
    ],
)  # fmt: skip
def test_events_beyond_years_1_to_9999_are_refused_by_name(event, why):
    found = formats.get("ics").left_out(event)
    assert found.endswith(why) if why else found == ""
    written = ics.write([event, dated("moon", "1969-07-20", "1969-07-20")])
    uids = [str(item["UID"]) for item in icalendar.Calendar.from_ical(written).walk("VEVENT")]
    assert uids == ([] if why else [f"{event.id}@timeline-desk"]) + ["moon@timeline-desk"]


@settings(**FAR)
@given(spans=FAR_LISTS)
def test_far_spans_are_written_when_in_years_1_to_9999_and_refused_otherwise(spans):
    events = far_events(spans)
    calendar = icalendar.Calendar.from_ical(ics.write(events))
    written = {str(item["UID"]).removesuffix("@timeline-desk"): item
               for item in calendar.walk("VEVENT")}  # fmt: skip
    for event in events:
        inside = isinstance(event.span.start, date) and isinstance(event.span.end, date)
        assert (event.id in written) == inside == (ics.refusal(event) == "")
        if inside:
            assert written[event.id]["DTSTART"].dt == event.span.start
