"""Timeline Desk's domain: events, honest date spans, datasets. No UI imports here."""

from events.article.extract import Extracted, extract
from events.dataset import Dataset, DatasetError, default_dataset, load_dataset
from events.dates.normalise import NotADate, normalise
from events.event import Event
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
