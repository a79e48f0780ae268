"""Golden files: every writable format of the fixture dataset tests/data/golden/saltmarsh_*.

`python -m tests.golden` (or `make golden`) writes them again after a deliberate change; the
tests compare each format's output with its file, byte for byte.
"""

from __future__ import annotations

from pathlib import Path

from events import formats
from events.dataset import Dataset, load_dataset

GOLDEN = Path(__file__).parent / "data" / "golden"
SOURCE = GOLDEN / "saltmarsh_lighthouse.csv"
NAME = "Saltmarsh lighthouse restoration (Estuary Courier)"
FILES = {
    "csv": "saltmarsh.out.csv",
    "json": "saltmarsh.out.json",
    "timelinejs": "saltmarsh.timelinejs.json",
    "timelinejs-csv": "saltmarsh.timelinejs.csv",
    "ics": "saltmarsh.ics",
}


def fixture() -> Dataset:
    """The fixture dataset under its display name."""
    dataset = load_dataset(SOURCE)
    return Dataset(NAME, dataset.events, dataset.path)


def output(fmt: str) -> str:
    return formats.get(fmt).writer(fixture().events, NAME)


def main() -> None:
    for fmt, name in FILES.items():
        (GOLDEN / name).write_text(output(fmt), encoding="utf-8", newline="")
        print(f"wrote {GOLDEN / name}")


if __name__ == "__main__":
    main()
