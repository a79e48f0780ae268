"""The built-in history dataset (Rome, 264 BC to AD 476): every row reads, BC rows are BC, the
file runs in order, each event names a source."""

from __future__ import annotations

import pytest

from events.dataset.builtin import BUILTINS, builtin_dataset
from events.day import parse_iso

HISTORY = builtin_dataset("history")
EVENTS = {event.id: event for event in HISTORY.events}


def test_every_row_reads_without_error():
    assert [event.error for event in HISTORY.events if event.error] == []
    assert 25 <= len(HISTORY.events) <= 35


@pytest.mark.parametrize(
    ("event_id", "start", "end"),
    [
        ("first-punic-war-begins", "-0263-01-01", "-0263-12-31"),  # 264 BC
        ("spartacus-revolt", "-0072-01-01", "-0070-12-31"),  # 73-71 BC
        ("caesar-assassinated", "-0043-03-15", "-0043-03-15"),  # 15 March 44 BC
        ("octavian-becomes-augustus", "-0026-01-16", "-0026-01-16"),  # 16 January 27 BC
        ("teutoburg-forest", "0009-01-01", "0009-12-31"),  # AD 9
        ("vesuvius-erupts", "0079-01-01", "0079-12-31"),  # AD 79: the day is debated
        ("third-century-crisis", "0235-01-01", "0284-12-31"),  # AD 235-284
        ("augustus-dies", "0014-08-19", "0014-08-19"),  # 19 August AD 14
        ("milvian-bridge", "0312-10-28", "0312-10-28"),  # 28 October AD 312
        ("alaric-sacks-rome", "0410-08-24", "0410-08-24"),  # 24 August AD 410
        ("romulus-augustulus-deposed", "0476-01-01", "0476-12-31"),  # AD 476
    ],
)
def test_dates_as_written_resolve_to_their_days(event_id, start, end):
    span = EVENTS[event_id].span
    assert (span.start, span.end) == (parse_iso(start), parse_iso(end))


@pytest.mark.parametrize("event", HISTORY.events, ids=lambda event: event.id)
def test_every_date_is_read_as_written_with_its_own_precision(event):
    # No start/end beside the date: "19 August AD 14" reads as a day, "AD 235-284" as years.
    assert event.span.rule != "override"
    assert event.span.precision == ("day" if len(event.date.split()) == 4 else "year")


@pytest.mark.parametrize("event", HISTORY.events, ids=lambda event: event.id)
def test_bc_rows_are_bc_and_ad_rows_ad(event):
    years = (event.span.start.year, event.span.end.year)
    if "BC" in event.date:
        assert max(years) <= 0  # astronomical numbering: 1 BC is year 0
    else:
        assert "AD" in event.date and min(years) >= 1


def test_rows_run_in_order_from_264_bc_to_ad_476():
    starts = [event.span.start for event in HISTORY.events]
    assert starts == sorted(starts)
    assert (starts[0].year, HISTORY.events[-1].span.end.year) == (-263, 476)


@pytest.mark.parametrize("event", HISTORY.events, ids=lambda event: event.id)
def test_each_event_names_a_source_with_a_link(event):
    assert event.source and event.source_url.startswith("https://")
    assert event.importance in (1, 2, 3) and event.topics and event.label


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("news", "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"),
        ("history", "Rome from the Punic Wars to the fall of the West"),
    ],
)
def test_builtins_are_found_by_name(name, title):
    assert builtin_dataset(name).name == title == BUILTINS[name].name


def test_an_unknown_builtin_names_the_ones_there_are():
    with pytest.raises(KeyError, match="news, history"):
        builtin_dataset("geology")
