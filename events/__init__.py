"""Timeline Desk's domain: events, honest date spans, datasets. No UI imports here."""

from events.dataset import Dataset, DatasetError, default_dataset, load_dataset
from events.event import Event
from events.extract import Extracted, extract
from events.normalise import NotADate, normalise
from events.span import PRECISIONS, QUALIFIERS, DateSpan

__all__ = [
    "PRECISIONS",
    "QUALIFIERS",
    "DateSpan",
    "Dataset",
    "DatasetError",
    "Event",
    "Extracted",
    "NotADate",
    "default_dataset",
    "extract",
    "load_dataset",
    "normalise",
]
