"""Words that go with an exported image: the credit line, the alt text, the file name, and why
a view makes no image.

Pure functions of the events shown (a dashboard.frame frame) and what the reader chose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from dashboard.chart.lanes import placed_rows
from dashboard.chart.ticks import DEEP_STEPS, slot_date
from dashboard.state.bounds import stamp_day
from dashboard.state.view import ViewState
from events.day import year_name

TOOL = "Chart: Timeline Desk"
MAX_SOURCES = 3
SLUG_CHARS = 48
PLAIN_THEME = "light"  # the look of the screen, left out of file names
DAY_FORMATS = {"day": "%-d %b %Y", "week": "%-d %b %Y", "month": "%b %Y", "season": "%b %Y",
               "quarter": "%b %Y", "half": "%b %Y"}  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def credit_line(sources: Iterable[str]) -> str:
    """"Source: ... · Chart: Timeline Desk", naming each distinct source once; a source
    that another one extends ("CNBC" and "CNBC, citing WSJ") is named by the longer one."""
    distinct = list(dict.fromkeys(" ".join(str(s).split()) for s in sources if str(s).strip()))
    kept = [s for s in distinct if not any(o != s and o.startswith(s + ",") for o in distinct)]
    if not kept:
        return TOOL
    shown = "; ".join(kept[:MAX_SOURCES])
    more = len(kept) - MAX_SOURCES
    shown += f" and {more} more" if more > 0 else ""
    return f"Source{'s' if len(kept) > 1 else ''}: {shown} · {TOOL}"


def alt_text(df: pd.DataFrame, *, title: str = "", lanes: str = "topic") -> str:
    """What the chart shows: span of time, number of events, lanes, first and last events."""
    placed = df[df["start"].notna()].sort_values(["start", "end"], kind="stable")
    head = f"Timeline chart{': ' + title if title else ''}."
    if placed.empty:
        return f"{head} No dated events to show." + _unplaced(df, placed)
    names = lane_order(df, lanes)
    count = len(placed)
    parts = [
        head,
        f"{count} dated event{'s' if count != 1 else ''} from {_when(placed.iloc[0], 'start')}"
        f" to {_when(placed.loc[placed['end'].idxmax()], 'end')},"
        f" in {len(names)} lane{'s' if len(names) != 1 else ''}: {_listed(names)}.",
        f"First: {_event(placed.iloc[0])}.",
        f"Last: {_event(placed.iloc[-1])}." if count > 1 else "",
    ]
    ongoing = int(placed["ongoing"].sum())
    if ongoing:
        parts.append(f"{ongoing} run{'s' if ongoing == 1 else ''} on to the publication date.")
    return " ".join(part for part in parts if part) + _unplaced(df, placed)


def lane_order(df: pd.DataFrame, lanes: str) -> list[str]:
    """The lanes of the dated events, top to bottom as the timeline draws them."""
    rows = placed_rows(df, lanes=lanes)
    return list(dict.fromkeys(rows.sort_values("lane_rank", kind="stable")["lane"]))


def _when(row: pd.Series, side: str) -> str:
    """A span's start or end as precisely as it is known (an ongoing end is a day)."""
    precision = "day" if side == "end" and row["ongoing"] else row["precision"]
    stamp = row[side]
    if precision in DEEP_STEPS:  # "66 million years ago", not a year to the unit
        return slot_date(stamp, precision, words=True)
    if stamp.year >= 1000:  # strftime stops at year 1, and writes AD 79 as "79"
        return stamp.strftime(DAY_FORMATS.get(precision, "%Y"))
    fmt = DAY_FORMATS.get(precision, "%Y").replace("%Y", year_name(stamp.year))
    return fmt.replace("%-d", str(stamp.day)).replace("%b", MONTHS[stamp.month - 1])


def _event(row: pd.Series) -> str:
    """Title, and the date as written, resolved when the words alone do not say it."""
    written, when = row["date"], _when(row, "start")
    if not written or when in written:
        return f"{row['title']} ({written or when})"
    return f"{row['title']} ({written}, {when})"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _unplaced(df: pd.DataFrame, placed: pd.DataFrame) -> str:
    missing = len(df) - len(placed)
    if not missing:
        return ""
    return f" {missing} event{'s' if missing != 1 else ''} without a readable date not shown."


def default_subtitle(state: ViewState, shown: int, total: int) -> str:
    """How many events the image shows, and which filters chose them."""
    count = f"All {total} events" if shown == total else f"{shown} of {total} events"
    return " · ".join([count, *_filter_words(state)])


def nothing_to_draw(state: ViewState, df: pd.DataFrame, total: int) -> str:
    """Why the filtered events `df` make no image (none left, or none with a readable date),
    naming the filters and how many events the dataset has; "" when there is something."""
    if df["start"].notna().any():
        return ""
    words = _filter_words(state)
    if state.min_precision != ViewState().min_precision:
        words.append(f"{state.min_precision} or finer")
    if not words:  # the whole dataset
        if df.empty:
            return "no events to draw: the dataset is empty"
        if len(df) == 1:
            return "no dated events to draw: the dataset's one event has no readable date"
        return (f"no dated events to draw: none of the dataset's {len(df)} events has a"
                " readable date")  # fmt: skip
    chosen = f"({'; '.join(words)})"
    dataset = f"the dataset has {total} event{'s' if total != 1 else ''}"
    if df.empty:
        return f"no events match these filters {chosen}; {dataset}"
    if len(df) == 1:
        return (f"no dated events to draw: the one event these filters keep {chosen} has no"
                f" readable date; {dataset}")  # fmt: skip
    return (f"no dated events to draw: none of the {len(df)} events these filters keep {chosen}"
            f" has a readable date; {dataset}")  # fmt: skip


def _filter_words(state: ViewState) -> list[str]:
    words = [f"{label}: {', '.join(values)}" for label, values in (
        ("topic", state.topics), ("actor", state.actors), ("place", state.places)) if values]
    if state.date_from and state.date_to:
        words.append(f"from {state.date_from.isoformat()} to {state.date_to.isoformat()}")
    elif state.date_from or state.date_to:
        bound = (state.date_from or state.date_to).isoformat()
        words.append(f"since {bound}" if state.date_from else f"until {bound}")
    if state.search.strip():
        words.append(f"matching “{state.search.strip()}”")
    return words


def file_name(
    dataset: str, state: ViewState, df: pd.DataFrame, *, preset: str, fmt: str,
    theme: str = PLAIN_THEME,
) -> str:
    """A name that says what is in the file: dataset, filter, date range, preset, and the
    theme unless it is the plain one (so each theme's image of a view has its own name)."""
    theme_part = "" if theme == PLAIN_THEME else slug(theme)
    parts = [slug(dataset) or "timeline", filter_slug(state), _range(df, state), preset, theme_part]
    return "_".join(part for part in parts if part) + f".{fmt}"


def filter_slug(state: ViewState) -> str:
    """The filters of `state` in a few words: "topic-russia+ukraine", or "all-events"."""
    words = [f"{label}-{'+'.join(slug(v, 20) for v in values)}" for label, values in (
        ("topic", state.topics), ("actor", state.actors), ("place", state.places)) if values]
    if state.search.strip():
        words.append(f"search-{slug(state.search, 20)}")
    if state.min_precision != ViewState().min_precision:
        words.append(f"{state.min_precision}-or-finer")
    return slug("_".join(words), 80, keep="_+") or "all-events"


def _range(df: pd.DataFrame, state: ViewState) -> str:
    placed = df[df["start"].notna()]
    first = state.date_from or (stamp_day(placed["start"].min()) if len(placed) else None)
    last = state.date_to or (stamp_day(placed["end"].max()) if len(placed) else None)
    return f"{first.isoformat()}-to-{last.isoformat()}" if first and last else ""


def slug(text: str, limit: int = SLUG_CHARS, keep: str = "") -> str:
    """Lower-case ASCII words joined by hyphens (and any `keep` characters), cut at a word."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    cleaned = re.sub(rf"[^a-z0-9{re.escape(keep)}]+", "-", plain).strip("-")
    if len(cleaned) <= limit:
        return cleaned
    return cleaned[:limit].rsplit("-", 1)[0] if "-" in cleaned[:limit] else cleaned[:limit]
