"""The installed commands: `timeline-desk`, `timeline-desk-export` and `timeline-desk-app` (and
`python -m events`) work from any folder, and the app says the URL it really listens on."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard import launch

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "events"],
        [str(BIN / "timeline-desk")],
    ],
    ids=["python -m events", "timeline-desk"],
)
def test_the_command_line_works_from_any_folder(tmp_path, command):
    (tmp_path / "events.csv").write_text(
        "id,date,title,published\nopen,late 2022,The pier closes,2024-10-25\n", encoding="utf-8"
    )
    normalised = run([*command, "normalise", "late 2022", "--published", "2024-10-25"], tmp_path)
    assert normalised.returncode == 0, normalised.stderr
    assert '"start": "2022-09-01"' in normalised.stdout
    shown = run([*command, "show", "events.csv"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "The pier closes" in shown.stdout
    built_in = run([*command, "show"], tmp_path)  # package data: the built-in dataset
    assert built_in.returncode == 0, built_in.stderr
    assert "27 events" in built_in.stdout


def test_the_export_command_works_from_any_folder(tmp_path):
    done = run([str(BIN / "timeline-desk-export"), "--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "--preset" in done.stdout
    nothing = run([str(BIN / "timeline-desk-export"), "--topic", "no such topic"], tmp_path)
    assert nothing.returncode == 2, nothing.stderr  # read the built-in dataset, then refused
    assert "no such topic" in nothing.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ([sys.executable, "-m", "events", "--help"], "usage: python -m events "),
        ([str(BIN / "timeline-desk"), "--help"], "usage: timeline-desk "),
        ([str(BIN / "timeline-desk"), "normalise", "late 2022"], "usage: timeline-desk normalise"),
        ([sys.executable, "-m", "dashboard.export", "--help"], "usage: python -m dashboard.export"),
        ([str(BIN / "timeline-desk-export"), "--help"], "usage: timeline-desk-export "),
    ],
)
def test_usage_names_the_command_the_user_typed(tmp_path, command, usage):
    done = run(command, tmp_path)
    assert (done.stdout + done.stderr).startswith(usage)


def test_the_app_command_says_how_to_use_it(tmp_path):
    done = run([str(BIN / "timeline-desk-app"), "--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "DATASET" in done.stdout and "--address" in done.stdout


# Port choice: the first free port from 8501 on, as a pure function of what is free.


def test_the_first_port_is_taken_when_free():
    assert launch.first_free_port(8501, lambda port: True) == 8501


def test_a_busy_port_moves_to_the_next_free_one():
    busy = {8501, 8502, 8504}
    assert launch.first_free_port(8501, lambda port: port not in busy) == 8503


def test_no_free_port_is_an_error_naming_the_range():
    with pytest.raises(launch.LaunchError, match="8501 to 8510"):
        launch.first_free_port(8501, lambda port: False, tries=10)


def test_a_port_someone_listens_on_is_not_free():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert not launch.port_is_free(port, "localhost")
        assert launch.first_free_port(port, lambda p: launch.port_is_free(p, "localhost")) > port


@pytest.mark.parametrize(
    ("address", "shown"),
    [("localhost", "localhost"), ("127.0.0.1", "127.0.0.1"), ("0.0.0.0", "192.168.1.20"),
     ("::", "192.168.1.20")],
)  # fmt: skip
def test_the_url_names_the_address_people_type(address, shown):
    assert launch.url(address, 8502, network="192.168.1.20") == f"http://{shown}:8502"


def test_the_streamlit_command_runs_the_projects_script_with_the_dataset():
    command = launch.streamlit_command("events.csv", 8502)
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(command[4]) == ROOT / "streamlit_app.py"
    assert command[command.index("--server.port") + 1] == "8502"
    assert "--server.address" not in command  # the project's config says it
    assert command[-2:] == ["--", "events.csv"]


def test_sharing_on_the_network_shows_the_network_address_without_looking_it_up_outside():
    """Streamlit asks the internet for the machine's external IP only when it has no address to
    show; on 0.0.0.0 the launcher gives it the network address."""
    command = launch.streamlit_command(None, 8502, "0.0.0.0", network="192.168.1.20")
    assert command[command.index("--server.address") + 1] == "0.0.0.0"
    assert command[command.index("--browser.serverAddress") + 1] == "192.168.1.20"
    assert "--" not in command


def test_the_app_starts_from_any_folder_and_says_its_url(tmp_path):
    """A second app on the same first port moves on, and says where it went."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        busy = sock.getsockname()[1]
        (tmp_path / "events.csv").write_text(
            "id,date,title,published\nopen,late 2022,The pier closes,2024-10-25\n",
            encoding="utf-8",
        )
        process = subprocess.Popen(
            [str(BIN / "timeline-desk-app"), "events.csv", "--port", str(busy)],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip
        try:
            first = process.stdout.readline().strip()
            assert first.startswith("Timeline Desk at http://localhost:"), first
            port = int(first.removeprefix("Timeline Desk at http://localhost:").split()[0])
            assert port > busy
            assert f"({busy}" in first and "in use)" in first
            wait_healthy(f"http://localhost:{port}")
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            output = process.communicate(timeout=30)[0]
    # The project's .streamlit/config.toml was read from elsewhere: one local URL, no lookup.
    assert f"URL: http://localhost:{port}" in output
    assert "External URL" not in output and "Network URL" not in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


def wait_healthy(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with LOCAL.open(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)
