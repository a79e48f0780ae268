"""Datasets: files of events read through the format registry (load), one row to one event
(rows), and events back to flat rows and records (out)."""

from events.dataset.load import (
    DEFAULT_FILE,
    DEFAULT_NAME,
    Dataset,
    DatasetError,
    dataset_from_bytes,
    default_dataset,
    event_row,
    load_dataset,
    made_id,
    read_events,
    write_csv,
    write_json,
)

__all__ = [
    "DEFAULT_FILE", "DEFAULT_NAME", "Dataset", "DatasetError", "dataset_from_bytes",
    "default_dataset", "event_row", "load_dataset", "made_id", "read_events", "write_csv",
    "write_json",
]  # fmt: skip
