"""`timeline-desk-app [DATASET] [--address A] [--port N]` (what `make run` runs): the dashboard,
from any folder, on the first free port from 8501 on, saying the URL before it starts.

It runs `streamlit run` on the project's streamlit_app.py, so Streamlit also reads the
project's .streamlit/config.toml (the one beside the script) whatever the current folder.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
APP = PROJECT / "streamlit_app.py"
CONFIG = PROJECT / ".streamlit" / "config.toml"
FIRST_PORT = 8501
TRIES = 100
WILDCARDS = ("0.0.0.0", "::", "")


class LaunchError(RuntimeError):
    """The app cannot be started: the message says why."""


def first_free_port(first: int, is_free: Callable[[int], bool], tries: int = TRIES) -> int:
    """The first of `tries` ports from `first` on that `is_free` accepts."""
    for port in range(first, first + tries):
        if is_free(port):
            return port
    raise LaunchError(f"no free port from {first} to {first + tries - 1}")


def port_is_free(port: int, address: str) -> bool:
    """True when a server could listen on `address`:`port` now, on every address the name
    stands for (localhost: 127.0.0.1 and ::1; a wildcard: IPv4 and IPv6)."""
    host = None if address in WILDCARDS else address
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError:
        return False
    for family, kind, proto, _, where in found:
        try:
            with socket.socket(family, kind, proto) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind(where)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            # any other error: this machine has no such address (e.g. no IPv6); not in use
    return True


def network_address() -> str:
    """This machine's address on the local network (no packet is sent to find it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # a documentation address: only picks the route
            return sock.getsockname()[0]
        except OSError:
            return socket.gethostname()


def url(address: str, port: int, network: str | None = None) -> str:
    """The URL to type: on a wildcard address, the machine's network address."""
    host = (network or network_address()) if address in WILDCARDS else address
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def configured_address() -> str:
    """server.address of the project's Streamlit config (localhost when unset)."""
    try:
        config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return "localhost"
    return config.get("server", {}).get("address", "localhost")


def streamlit_command(
    dataset: str | None, port: int, address: str | None = None, network: str | None = None
) -> list[str]:
    """`streamlit run` of the project's script on `port`, and on `address` when one is given
    (else the config's). On a wildcard address the network address is given as the one to
    show, else Streamlit looks the machine's external address up on the internet to print it."""
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port)]
    if address is not None:
        command += ["--server.address", address]
        if address in WILDCARDS:
            command += ["--browser.serverAddress", network or network_address()]
    if dataset:
        command += ["--", dataset]
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-desk-app",
        description="Start the Timeline Desk dashboard and print its URL.",
    )
    parser.add_argument("dataset", nargs="?", metavar="DATASET",
                        help="a .csv or .json events file (default: the built-in dataset)")
    parser.add_argument("--address", help="where to listen (default: the project's config,"
                        " localhost); 0.0.0.0 shares the app on the local network")
    parser.add_argument("--port", type=int, default=FIRST_PORT,
                        help=f"the first port to try (default {FIRST_PORT}); when it is in use,"
                        " the next free one is taken and the URL says which")  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    address = args.address or configured_address()
    try:
        port = first_free_port(args.port, lambda p: port_is_free(p, address))
    except LaunchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    network = network_address() if address in WILDCARDS else None
    moved = ""
    if port != args.port:
        busy = f"{args.port}" if port == args.port + 1 else f"{args.port}-{port - 1}"
        moved = f" ({busy} {'is' if port == args.port + 1 else 'are'} in use)"
    print(f"Timeline Desk at {url(address, port, network)}{moved}", flush=True)
    command = streamlit_command(args.dataset, port, args.address, network)
    os.execv(command[0], command)
    return 0  # not reached: streamlit has taken over the process
