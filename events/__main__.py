"""`python -m events`: the command line."""

import os
import sys

from events.cli import main


def run() -> int:
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


if __name__ == "__main__":
    raise SystemExit(run())
