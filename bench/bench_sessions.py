"""Time a class on one server: many sessions using the app at once (never part of make test).

    .venv/bin/python bench/bench_sessions.py [--events 10000] [--sessions 1 5 10 30]

One `streamlit run` server on a generated dataset. Sessions are driven through Streamlit's
agent API (POST /_stcore/agent/interact, switched on for this server only): each one is a real
session on the server, running the real script, but with no browser drawing its page, because
thirty Chromium pages on the bench machine would time the bench machine, not the server. In a
class every student's own browser draws their chart (bench_dashboard times that draw).

Every session opens the app (its first run), then switches the lanes to actors (a rerun that
draws the chart again), all at the same moment. Two rounds per class size: every session on
the same view (a teacher's link), and every session on a topic of its own. Prints the median
and slowest wait per step and the server's CPU seconds per run; when the waits grow with the
class while the CPU per run stays flat, the one Python process is the queue.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from conftest import SERVER_LOGS, free_port, wait_healthy  # noqa: E402
from datasets import TOPICS, write_dataset  # noqa: E402

TIMEOUT_S = 600


def start_agent_server(dataset: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.enableAgentApi", "true", "--server.agentWaitTimeout", str(TIMEOUT_S),
        "--", str(dataset),
    ]  # fmt: skip
    SERVER_LOGS.mkdir(parents=True, exist_ok=True)
    with (SERVER_LOGS / f"bench-sessions-{port}.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_healthy(process, url, SERVER_LOGS / f"bench-sessions-{port}.log")
    return process, url


def interact(url: str, body: dict) -> tuple[dict, float]:
    """The agent API's answer once the session's run has finished, and the seconds waited."""
    start = time.perf_counter()
    status, answer = _post(url, body)
    while status == 202:  # the run outlasted the server's wait: collect it
        status, answer = _post(url, {"session_id": answer["session_id"]})
    return answer, time.perf_counter() - start


def _post(url: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        url + "/_stcore/agent/interact",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:  # the API says why in its body
        raise SystemExit(f"agent API {error.code}: {error.read().decode()[:500]}") from None


def one_student(url: str, topic: str | None) -> tuple[float, float]:
    """Seconds to open the app, and to redraw it with lanes by actor."""
    opening = {} if topic is None else {"query_params": {"topics": [topic]}}
    answer, opened = interact(url, opening)
    lanes = {"session_id": answer["session_id"], "widget_state": {"lanes": "By first actor"}}
    _, redrawn = interact(url, lanes)
    return opened, redrawn


def cpu_seconds(process: subprocess.Popen) -> float:
    """User and system CPU seconds of the server so far (Linux /proc)."""
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def resident_mb(process: subprocess.Popen) -> float:
    """The server's resident memory in MB (Linux /proc)."""
    for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def class_round(url: str, count: int, shared: bool) -> tuple[list[float], list[float]]:
    topics = [None if shared else TOPICS[i % len(TOPICS)] for i in range(count)]
    with ThreadPoolExecutor(max_workers=count) as pool:
        results = list(pool.map(lambda topic: one_student(url, topic), topics))
    return [opened for opened, _ in results], [redrawn for _, redrawn in results]


def measure(url: str, process: subprocess.Popen, sizes: list[int]) -> None:
    print("warming the server's caches with one session...", flush=True)
    class_round(url, 1, True)
    print(f"{'sessions':>9}{'views':>7}{'open: median s':>16}{'slowest':>9}"
          f"{'redraw: median s':>18}{'slowest':>9}{'server CPU s a run':>20}{'memory MB':>11}",
          flush=True)  # fmt: skip
    for count in sizes:
        for shared in (True, False):
            before = cpu_seconds(process)
            opened, redrawn = class_round(url, count, shared)
            cpu = (cpu_seconds(process) - before) / (2 * count)
            print(f"{count:>9}{'same' if shared else 'own':>7}"
                  f"{statistics.median(opened):>16.2f}{max(opened):>9.2f}"
                  f"{statistics.median(redrawn):>18.2f}{max(redrawn):>9.2f}"
                  f"{cpu:>20.3f}{resident_mb(process):>11.0f}", flush=True)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 5, 10, 30])
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        path = write_dataset(Path(folder) / "events.csv", args.events)
        print(f"{args.events:,} events; starting the server...", flush=True)
        process, url = start_agent_server(path)
        try:
            measure(url, process, args.sessions)
        finally:
            process.terminate()
            process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
