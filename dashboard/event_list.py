"""The Timeline tab's keyboard path: every event on the chart as a list in time order, each
option reading its date, name and lane; focusing one rings its mark on the chart, Enter (or a
click) opens its details.

An inline component (Streamlit components v2: no iframe, nothing fetched). The list is one
focusable listbox whose active option is aria-activedescendant; arrows, Home, End, Page Up and
Page Down move it in the browser, so moving costs no rerun however many events there are:
only Enter sends the event's id. Texts are set as text, never as HTML.
"""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import streamlit as st

from dashboard.chart.lanes import lane_names
from dashboard.details import TITLE_CHARS, cut_text, status_prefix

KEY = "event_list"
NAME = "Events in time order"
HINT = "Tab to the list, arrows to move (the event is ringed on the chart), Enter opens it."
LANE_WORDS = {"topic": "topic", "actor": "actor"}  # one lane for all: no lane to name
PAGE_STEP = 10
CHART = ".st-key-timeline .js-plotly-plot"

JS = f"""
const PAGE = {PAGE_STEP};
const CHART = {json.dumps(CHART)};

function axisOf(layout, ref, letter) {{
  return layout[letter + "axis" + (ref && ref.length > 1 ? ref.slice(1) : "")];
}}

// Where the mark of event `id` is drawn, in pixels of the chart: a bar's extent or a marker.
function markBox(gd, id) {{
  if (!gd || !gd._fullLayout || !gd._fullData || !gd.calcdata) return null;
  for (const [t, trace] of gd._fullData.entries()) {{
    const isBar = trace.type === "bar";
    const isMarker = trace.type === "scatter" && String(trace.mode || "").includes("markers");
    if (trace.visible !== true || !(isBar || isMarker)) continue;
    const i = Array.from(trace.customdata || []).indexOf(id);
    const point = i >= 0 && gd.calcdata[t] && gd.calcdata[t][i];
    if (!point) continue;
    const xa = axisOf(gd._fullLayout, trace.xaxis, "x");
    const ya = axisOf(gd._fullLayout, trace.yaxis, "y");
    const px = (v) => xa._offset + xa.l2p(v), py = (v) => ya._offset + ya.l2p(v);
    if (isBar && trace.orientation === "h") {{
      const a = px(point.b), b = px(point.b + point.s), y = py(point.p);
      return {{left: Math.min(a, b), top: y - 12, width: Math.abs(b - a), height: 24}};
    }}
    if (isBar) {{
      const a = py(point.b), b = py(point.b + point.s), x = px(point.p);
      return {{left: x - 12, top: Math.min(a, b), width: 24, height: Math.abs(b - a)}};
    }}
    return {{left: px(point.x) - 12, top: py(point.y) - 12, width: 24, height: 24}};
  }}
  return null;
}}

function ring(id) {{
  const gd = document.querySelector(CHART);
  const holder = gd && gd.querySelector(".svg-container");
  let mark = holder && holder.querySelector(":scope > .timeline-desk-ring");
  const box = id ? markBox(gd, id) : null;
  if (!holder) return;
  if (!box) {{ if (mark) mark.remove(); return; }}
  if (!mark) {{
    mark = document.createElement("div");
    mark.className = "timeline-desk-ring";
    mark.setAttribute("aria-hidden", "true");
    mark.style.cssText = "position:absolute;pointer-events:none;box-sizing:border-box;" +
      "border:3px solid #111;border-radius:8px;box-shadow:0 0 0 2px #fff,inset 0 0 0 2px #fff;";
    holder.appendChild(mark);
  }}
  const pad = 5;
  mark.style.left = (box.left - pad) + "px";
  mark.style.top = (box.top - pad) + "px";
  mark.style.width = Math.max(box.width, 6) + 2 * pad + "px";
  mark.style.height = Math.max(box.height, 6) + 2 * pad + "px";
}}

export default function (component) {{
  const {{ parentElement, data, setTriggerValue }} = component;
  let list = parentElement.querySelector("[role=listbox]");
  if (!list) {{
    const hint = document.createElement("p");
    hint.id = "event-list-hint";
    list = document.createElement("ul");
    list.setAttribute("role", "listbox");
    list.tabIndex = 0;
    list.setAttribute("aria-describedby", hint.id);
    parentElement.append(hint, list);
    list.state = {{ids: [], active: 0, stamp: ""}};
    const move = (to) => {{
      const state = list.state, count = state.ids.length;
      if (!count) return;
      state.active = Math.max(0, Math.min(count - 1, to));
      show(list);
      requestAnimationFrame(() => ring(state.ids[state.active]));
    }};
    list.addEventListener("keydown", (e) => {{
      const at = list.state.active;
      const steps = {{ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.state.ids.length - 1,
                      PageDown: at + PAGE, PageUp: at - PAGE}};
      if (e.key in steps) {{ e.preventDefault(); move(steps[e.key]); }}
      else if (e.key === "Enter" || e.key === " ") {{
        e.preventDefault();
        if (list.state.ids.length) setTriggerValue("open", list.state.ids[at]);
      }}
    }});
    list.addEventListener("click", (e) => {{
      const option = e.target.closest("[role=option]");
      if (!option) return;
      move(Number(option.dataset.index));
      list.focus();
      setTriggerValue("open", list.state.ids[list.state.active]);
    }});
    list.addEventListener("focus", () => move(list.state.active));
    list.addEventListener("blur", () => ring(null));
  }}
  fill(list, parentElement.querySelector("#event-list-hint"), data || {{}});
  if (parentElement.activeElement === list) ring(list.state.ids[list.state.active]);
}}

function fill(list, hint, data) {{
  const state = list.state;
  const options = data.options || [];
  list.setAttribute("aria-label", data.name || "");
  hint.textContent = data.hint || "";
  if (data.stamp !== state.stamp) {{
    const was = state.ids[state.active];
    state.stamp = data.stamp;
    state.ids = options.map((option) => option[0]);
    const items = options.map(([, text], index) => {{
      const item = document.createElement("li");
      item.setAttribute("role", "option");
      item.id = "event-option-" + index;
      item.dataset.index = String(index);
      item.textContent = text;
      return item;
    }});
    list.replaceChildren(...items);
    const kept = state.ids.indexOf(was);
    state.active = kept >= 0 ? kept : 0;
  }}
  const chosen = state.ids.indexOf(data.selected || "");
  if (chosen >= 0 && chosen !== state.selected && unfocused(list)) {{
    state.active = chosen;
  }}
  state.selected = chosen;
  for (const item of list.children) {{
    item.setAttribute("aria-selected", String(Number(item.dataset.index) === chosen));
  }}
  show(list);
}}

function unfocused(list) {{
  return list.getRootNode().activeElement !== list;
}}

function show(list) {{
  const state = list.state;
  const current = list.querySelector(".active");
  if (current) current.classList.remove("active");
  const item = list.children[state.active];
  if (!item) {{ list.removeAttribute("aria-activedescendant"); return; }}
  item.classList.add("active");
  list.setAttribute("aria-activedescendant", item.id);
  if (list.getRootNode().activeElement === list) item.scrollIntoView({{block: "nearest"}});
}}
"""
CSS = """
:host { display: block; }
p { margin: 0 0 0.25rem; font-size: 0.875rem; }
ul {
  list-style: none; margin: 0; padding: 0.25rem; max-height: 15rem; overflow-y: auto;
  border: 1px solid color-mix(in srgb, currentColor 60%, transparent); border-radius: 0.5rem;
}
ul:focus {
  outline: 3px solid color-mix(in srgb, currentColor 80%, transparent); outline-offset: 2px;
}
li { padding: 0.2rem 0.5rem; border-radius: 0.3rem; cursor: pointer; font-size: 0.9rem; }
li[aria-selected="true"] { font-weight: 600; }
li[aria-selected="true"]::before { content: "✓ " / ""; }  /* seen; aria-selected says it */
li.active { outline: 2px solid currentColor; outline-offset: -2px; }
ul:focus li.active { background: color-mix(in srgb, currentColor 12%, transparent); }
"""

_list = st.components.v2.component("timeline_desk.event_list", js=JS, css=CSS)


def list_options(df: pd.DataFrame, lanes: str) -> list[tuple[str, str]]:
    """(id, text) of each event with a date, in time order; the text reads its date as
    written, its name (status first) and its lane, e.g. "2004 · Space launch law passes ·
    topic: space"."""
    placed = df[df["start"].notna()].sort_values(["start", "end"], kind="stable")
    label = placed["label"].fillna("").astype(str)
    names = label.where(label != "", placed["title"].astype(str))
    statuses = placed["status"].fillna("").astype(str).map(status_prefix)
    word = LANE_WORDS.get(lanes)
    lane = (f" · {word}: " + lane_names(placed, lanes)) if word else pd.Series("", placed.index)
    # Walked as Python lists: pandas' arrow strings are many times slower one by one.
    columns = (placed["id"], placed["date"], statuses, names, lane)
    rows = zip(*(column.tolist() for column in columns), strict=True)
    return [
        (str(event_id), f"{cut_text(str(written), TITLE_CHARS)} · {status}"
                        f"{cut_text(name, TITLE_CHARS)}{lane_text}")
        for event_id, written, status, name, lane_text in rows
    ]  # fmt: skip


def show_event_list(df: pd.DataFrame, lanes: str, selected: str) -> None:
    """The list of `df`'s dated events, `selected` marked; Enter opens an event's details."""
    options = list_options(df, lanes)
    if not options:
        return
    stamp = hashlib.sha1(json.dumps(options).encode()).hexdigest()
    data = {"options": options, "stamp": stamp, "selected": selected, "name": NAME, "hint": HINT}
    _list(key=KEY, data=data, on_open_change=_open)


def _open() -> None:
    """Callback: the event chosen in the list is the one whose details show."""
    chosen = (st.session_state.get(KEY) or {}).get("open")
    if chosen:
        st.session_state["selected"] = str(chosen)
