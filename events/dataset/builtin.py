"""The datasets that ship with the package, by name: "news" (the default, a 2024 article) and
"history" (Rome from the Punic Wars to AD 476, for teachers), read once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from importlib import resources

from events.dataset.load import DEFAULT_FILE, DEFAULT_NAME, Dataset, dataset_from_bytes


@dataclass(frozen=True)
class Builtin:
    file: str  # in events/data/
    name: str  # the title the app shows


BUILTINS = {
    "news": Builtin(DEFAULT_FILE, DEFAULT_NAME),
    "history": Builtin(
        "rome_punic_wars_to_476.csv", "Rome from the Punic Wars to the fall of the West"
    ),
}
DEFAULT_BUILTIN = "news"


def is_builtin(name: str | None) -> bool:
    return name in BUILTINS


@functools.cache
def builtin_dataset(name: str) -> Dataset:
    """The built-in dataset called `name` (a key of BUILTINS); KeyError names the ones there are."""
    if name not in BUILTINS:
        raise KeyError(f"no built-in dataset {name!r}: there are {', '.join(BUILTINS)}")
    builtin = BUILTINS[name]
    resource = resources.files("events").joinpath("data", builtin.file)
    loaded = dataset_from_bytes(resource.read_bytes(), source_name=builtin.file,
                                path=str(resource))  # fmt: skip
    return replace(loaded, name=builtin.name)
