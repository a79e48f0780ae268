"""Timeline Desk's domain, plain Python with no UI import: the event and its honest date span,
and the rooms that work on them: dates (free text to a span), article (events found in news
text), dataset and formats (files of events), evaluation (TimeML scores), cli (the commands)."""

from events.article.extract import Extracted, extract
from events.dataset import Dataset, DatasetError, default_dataset, load_dataset
from events.dataset.builtin import BUILTINS, builtin_dataset
from events.dates.normalise import NotADate, normalise
from events.event import Event
from events.span import PRECISIONS, QUALIFIERS, DateSpan

__all__ = [
    "BUILTINS",
    "PRECISIONS",
    "QUALIFIERS",
    "DateSpan",
    "Dataset",
    "DatasetError",
    "Event",
    "Extracted",
    "NotADate",
    "builtin_dataset",
    "default_dataset",
    "extract",
    "load_dataset",
    "normalise",
]
