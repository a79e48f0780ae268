"""Events added from articles in this session, appended to the dataset in use.

They are kept in st.session_state per dataset (pages.data.dataset_key: the command line's file or
an upload), so every tab shows them on top of that dataset; opening another dataset shows that
one as it is, and coming back shows the additions again. An event added again under the same id
(the same date of the same article) replaces the earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard.filters import Choices, choices
from dashboard.frame import events_frame
from events.event import Event

ADDED = "_added_events"  # session key: {dataset key: {event id: Event}}


def added(dataset: str) -> tuple[Event, ...]:
    """The events added to `dataset` in this session, in the order they were first added."""
    kept = st.session_state.get(ADDED)
    return tuple(kept.get(dataset, {}).values()) if isinstance(kept, dict) else ()


def add(dataset: str, events: Iterable[Event]) -> int:
    """Keep `events` on top of `dataset`; returns how many replaced an event added before."""
    kept = dict(st.session_state.get(ADDED) or {})
    mine = dict(kept.get(dataset, {}))
    events = list(events)
    replaced = sum(event.id in mine for event in events)
    mine.update((event.id, event) for event in events)
    kept[dataset] = mine
    st.session_state[ADDED] = kept
    return replaced


def forget(dataset: str) -> None:
    """Drop every event added to `dataset`."""
    kept = dict(st.session_state.get(ADDED) or {})
    kept.pop(dataset, None)
    st.session_state[ADDED] = kept


def appended(loaded, events: tuple[Event, ...]):
    """`loaded` (a pages.data.Loaded) with `events` after its own rows, frame and choices
    included; the same object when there is nothing to add."""
    if not events:
        return loaded
    frame = events_frame(events)
    merged = pd.concat([loaded.frame, frame], ignore_index=True)
    return replace(
        loaded,
        name=f"{loaded.name} + {len(events)} added from articles",
        frame=merged,
        offered=merge_choices(loaded.offered, choices(frame)),
        events=(*loaded.events, *events),
    )


def merge_choices(first: Choices, second: Choices) -> Choices:
    """Both datasets' values, sorted as filters.list_values sorts them, and the wider range."""
    lists = {
        name: tuple(sorted({*getattr(first, name), *getattr(second, name)}, key=_order))
        for name in ("topics", "actors", "places")
    }
    days = [(first.first, first.last), (second.first, second.last)]
    starts = [start for start, _ in days if start is not None]
    ends = [end for _, end in days if end is not None]
    return Choices(
        **lists,
        ids=first.ids | second.ids,
        first=min(starts, default=None),
        last=max(ends, default=None),
    )


def _order(value: str) -> tuple[str, str]:
    return (value.casefold(), value)
