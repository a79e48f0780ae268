"""The presenter's keys, a clicker's and a swipe: one listener for the whole page while the
Present tab is open, whatever was clicked last.

An inline Streamlit component (components v2: no iframe, no files, nothing fetched). It listens
on `document` in the capture phase, so it sees each key before a focused button, checkbox or tab
list would act on it, and it stops the browser's own action (Space ticking a checkbox, Enter
pressing a button, an arrow moving between tabs). Keys typed into a text, number or search box
are left alone. Forward: Right, PageDown, Space, Enter; back: Left, PageUp, Backspace; Home and
End; digits then Enter go to that slide; Esc leaves the full-screen view. A horizontal swipe
goes forward or back.

The listener reports where to go as a position (0-based over the deck), numbered: it counts
ahead itself while the page catches up, so quick presses are never lost to a rerun, and adopts
the page's position once the page has handled its last request (or after two seconds without an
answer: a request sent as the listener moved, into or out of full screen, is lost). It also
reports the window's size, which the overview's type follows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

KEY = "present_keys"
HANDLED = "_present_keys_handled"  # the number of the last request the page acted on
SCREEN = "_present_keys_screen"  # the last window size heard, kept while the tab is closed
MAX_DIGITS = 4
JS = f"""
const deck = {{ position: 0, size: 1, seq: 0, sentAt: 0, full: false, digits: "",
                root: null, touch: null, entered: false }};
// The mounted listeners, newest last. Streamlit keeps the last run's listener on the page until
// the new run ends, so a listener moving into or out of full screen is briefly there twice:
// the page's handlers stay while any is mounted, and requests go to the newest.
const mounted = [];
const LOST_MS = 2000;  // a request the page has not answered by then was lost (a remount)
const FORWARD = new Set(["ArrowRight", "PageDown", " ", "Enter"]);
const BACK = new Set(["ArrowLeft", "PageUp", "Backspace"]);
const HANDLED_KEYS = new Set([...FORWARD, ...BACK, "Home", "End", "Escape"]);
const FIELD_TYPES = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

function typing(target) {{
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target.tagName === "INPUT" && !FIELD_TYPES.has(target.type);
}}

function request(value) {{
  const newest = mounted[mounted.length - 1];
  if (!newest) return false;
  deck.seq += 1;
  deck.sentAt = performance.now();
  newest.send("nav", {{ ...value, seq: deck.seq }});
  return true;
}}

function go(position) {{
  const target = Math.min(Math.max(position, 0), deck.size - 1);
  if (target !== deck.position && request({{ to: target }})) deck.position = target;
}}

function showDigits() {{
  const box = deck.root && deck.root.querySelector(".goto");
  if (!box) return;
  box.textContent = deck.digits ? "Slide " + deck.digits + " \u23ce" : "";
  box.hidden = !deck.digits;
  const app = document.querySelector(".stApp");
  if (app) box.style.backgroundColor = getComputedStyle(app).backgroundColor;
}}

function leave() {{
  deck.entered = false;
  if (document.fullscreenElement && document.exitFullscreen) {{
    document.exitFullscreen().catch(() => {{}});
  }}
  request({{ exit: true }});
}}

function act(key) {{
  if (/^[0-9]$/.test(key)) {{
    deck.digits = (deck.digits + key).slice(-{MAX_DIGITS});
  }} else if (key === "Enter" && deck.digits) {{
    go(parseInt(deck.digits, 10) - 1);
    deck.digits = "";
  }} else if (key === "Backspace" && deck.digits) {{
    deck.digits = deck.digits.slice(0, -1);
  }} else if (key === "Escape") {{
    if (deck.digits) deck.digits = "";
    else if (deck.full) leave();
  }} else if (FORWARD.has(key)) {{
    go(deck.position + 1);
  }} else if (BACK.has(key)) {{
    go(deck.position - 1);
  }} else if (key === "Home") {{
    go(0);
  }} else if (key === "End") {{
    go(deck.size - 1);
  }}
  showDigits();
}}

function ours(event) {{
  if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return false;
  if (event.key === "Escape" && !deck.full && !deck.digits) return false;  // closes a popover
  return HANDLED_KEYS.has(event.key) || /^[0-9]$/.test(event.key);
}}

function onKeyDown(event) {{
  if (!ours(event)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  act(event.key);
}}

function onKeyUp(event) {{
  // A focused button or checkbox acts on Space's key-up: that is ours too.
  if (!ours(event)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}}

function onTouchStart(event) {{
  const touch = event.touches.length === 1 && !typing(event.target) ? event.touches[0] : null;
  deck.touch = touch && {{ x: touch.clientX, y: touch.clientY }};
}}

function onTouchEnd(event) {{
  const start = deck.touch;
  deck.touch = null;
  if (!start || event.changedTouches.length !== 1) return;
  const dx = event.changedTouches[0].clientX - start.x;
  const dy = event.changedTouches[0].clientY - start.y;
  if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return;
  go(deck.position + (dx < 0 ? 1 : -1));
}}

function onClick(event) {{
  // Only a click may ask for the browser's own full screen; it goes with the app's.
  const target = event.target instanceof Element ? event.target : null;
  if (target && target.closest(".st-key-present_full_off")) {{
    deck.entered = false;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {{}});
  }} else if (target && target.closest(".st-key-present_full_on")) {{
    const root = document.documentElement;
    if (root.requestFullscreen) {{
      root.requestFullscreen().then(() => {{ deck.entered = true; }}).catch(() => {{}});
    }}
  }}
}}

function onFullscreenChange() {{
  if (!document.fullscreenElement && deck.entered && deck.full) leave();
}}

let sized = {{ w: 0, h: 0 }};
let timer = null;
function reportSize() {{
  const w = window.innerWidth, h = window.innerHeight;
  const newest = mounted[mounted.length - 1];
  if (!newest || (Math.abs(w - sized.w) < 8 && Math.abs(h - sized.h) < 8)) return;
  sized = {{ w, h }};
  newest.send("screen", {{ w, h }});
}}
function onResize() {{
  clearTimeout(timer);
  timer = setTimeout(reportSize, 150);
}}

const LISTENERS = [
  [document, "keydown", onKeyDown, true], [document, "keyup", onKeyUp, true],
  [document, "touchstart", onTouchStart, {{ capture: true, passive: true }}],
  [document, "touchend", onTouchEnd, {{ capture: true, passive: true }}],
  [document, "click", onClick, true], [document, "fullscreenchange", onFullscreenChange, false],
  [window, "resize", onResize, false],
];

export default function (component) {{
  const {{ data, parentElement, setStateValue }} = component;
  const mine = {{ send: setStateValue }};
  mounted.push(mine);
  deck.root = parentElement;
  deck.size = Math.max(data.size, 1);
  deck.full = data.full;
  if (data.handled >= deck.seq || performance.now() - deck.sentAt > LOST_MS) {{
    deck.seq = Math.max(deck.seq, data.handled);
    deck.position = data.position;
  }}
  if (mounted.length === 1) {{
    for (const [where, name, listener, options] of LISTENERS) {{
      where.addEventListener(name, listener, options);
    }}
  }}
  // Says that keys are heard now, and in which view (the browser tests wait on it).
  document.documentElement.setAttribute("data-present-keys", data.full ? "full" : "tab");
  // Only a size the page does not know yet is sent: a report on every mount started a rerun
  // that could cut short the run the browser's Back button had started.
  sized = data.screen ? {{ w: data.screen.w, h: data.screen.h }} : {{ w: 0, h: 0 }};
  reportSize();
  showDigits();
  return () => {{
    mounted.splice(mounted.indexOf(mine), 1);
    if (mounted.length === 0) {{
      for (const [where, name, listener, options] of LISTENERS) {{
        where.removeEventListener(name, listener, options);
      }}
    }}
  }};
}}
"""
HTML = '<div class="goto" role="status" aria-live="polite" hidden></div>'
CSS = """
:host { display: block; height: 0; }
.goto { position: fixed; right: 2vw; top: 2vh; z-index: 1000; padding: 0.3em 0.7em;
  font-size: max(20px, 2.4vmin); font-weight: 600; color: inherit;
  border: 2px solid currentColor; border-radius: 0.4em; }
"""

_listener = st.components.v2.component("timeline_desk.present_keys", html=HTML, js=JS, css=CSS)


@dataclass(frozen=True)
class Screen:
    """The browser window's inner size in CSS pixels, once it has said (else None)."""

    width: int | None = None
    height: int | None = None


def listen(position: int, size: int, *, full: bool, go: Callable[[int], None],
           leave: Callable[[], None]) -> Screen:  # fmt: skip
    """Mount the listener for a deck of `size` slides showing `position`; a key or swipe calls
    go(position) or leave() before the next run draws the page. The window's size."""
    known = st.session_state.get(SCREEN, Screen())
    data = {"position": position, "size": size, "full": full,
            "handled": int(st.session_state.get(HANDLED, 0)),
            "screen": {"w": known.width, "h": known.height} if known.width else None}  # fmt: skip
    result = _listener(
        key=KEY,
        data=data,
        default={"nav": None, "screen": None},
        on_nav_change=lambda: _handle(go, leave),
        on_screen_change=lambda: None,
        height=0,
    )
    screen = _screen(getattr(result, "screen", None))
    if screen.width:
        st.session_state[SCREEN] = screen
    return st.session_state.get(SCREEN, screen)


def _handle(go: Callable[[int], None], leave: Callable[[], None]) -> None:
    """Callback: act on the listener's newest request, once."""
    request = _value(KEY, "nav")
    if not isinstance(request, dict):
        return
    number = request.get("seq")
    if not isinstance(number, int) or number <= int(st.session_state.get(HANDLED, 0)):
        return
    st.session_state[HANDLED] = number
    if request.get("exit") is True:
        leave()
    elif isinstance(request.get("to"), int) and not isinstance(request.get("to"), bool):
        go(request["to"])


def _value(key: str, name: str):
    state = st.session_state.get(key)
    if state is None:
        return None
    return state.get(name) if isinstance(state, dict) else getattr(state, name, None)


def _screen(value) -> Screen:
    if not isinstance(value, dict):
        return Screen()
    width, height = value.get("w"), value.get("h")
    if not all(isinstance(v, int | float) and 0 < v < 100_000 for v in (width, height)):
        return Screen()
    return Screen(int(width), int(height))
