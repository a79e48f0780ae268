"""Time and memory of the readers and writers on big files (never part of `make test`).

    .venv/bin/python bench/bench_formats.py [--sizes 5 50] [--show-mb 50] [--upload-mb 19.5]

Generates native CSVs of about the given sizes (bench/datasets.py), then runs each case in a
fresh process and prints its wall time, its CPU time (steadier than wall time on a busy
machine) and its peak memory (the process's maximum resident set, from wait4's rusage):

- `python -m events convert FILE --to ics` and `--to csv`, for each size;
- `python -m events show FILE` (table, to /dev/null) on the --show-mb file;
- an upload of the --upload-mb file in the Data tab (the page under Streamlit's AppTest), with
  the memory the process still holds once that session has closed (resident set after a
  garbage collection and malloc_trim, less what it held before the upload), and what a second
  upload in a new session adds to that: the first includes what loads once, on first use.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from datasets import write_dataset  # noqa: E402

BYTES_PER_ROW = 227  # what bench/datasets.py writes, on average
MB = 1024 * 1024

# Run in the child for the upload case: prints seconds, and resident MB before and after.
UPLOAD = """
import ctypes, gc, sys, time
from streamlit.testing.v1 import AppTest
def resident():
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
def session():
    at = AppTest.from_file(sys.argv[0], default_timeout=3600)
    at.query_params["tab"] = "data"
    at.run()
    return at
def upload(at, data, name):
    start = time.perf_counter()
    at.file_uploader(key="upload").set_value((name, data, "text/csv")).run()
    shown = " ".join(str(c.value) for c in at.caption)
    assert not at.exception and not at.error and "events" in shown, (at.exception, at.error)
    return time.perf_counter() - start
sys.argv = [sys.argv[1]]
data = open(sys.argv_file, "rb").read()
at = session()
before = resident()
seconds = upload(at, data, "first.csv")
del at
first = resident()
at = session()
upload(at, data, "second.csv")  # the same work again, once what loads on first use is loaded
del at
print(seconds, before, first, resident())
"""


def run(argv: list[str], capture: bool = False) -> tuple[str, float, str]:
    """Wall and CPU seconds (as text), peak resident MB and standard output of one child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, stdout=out if capture else subprocess.DEVNULL,
                                 stderr=err)  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)  # wait4: this child's own rusage
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise SystemExit(f"{' '.join(argv[:4])} failed ({child.returncode}):"
                             f" {err.read().decode()[-2000:]}")  # fmt: skip
        cpu = usage.ru_utime + usage.ru_stime
        return f"{seconds:6.1f} s ({cpu:5.1f} s CPU)", usage.ru_maxrss / 1024, out.read().decode()


def dataset(folder: Path, megabytes: float) -> Path:
    path = folder / f"events_{megabytes:g}mb.csv"
    if not path.exists():
        write_dataset(path, int(megabytes * MB / BYTES_PER_ROW))
    return path


def describe(path: Path) -> str:
    rows = sum(1 for _ in path.open(encoding="utf-8")) - 1
    return f"{path.stat().st_size / MB:.1f} MB, {rows:,} rows"


def convert_cases(folder: Path, sizes: list[float]) -> None:
    for megabytes in sizes:
        source = dataset(folder, megabytes)
        for fmt in ("ics", "csv"):
            out = folder / f"out.{fmt}"
            seconds, peak, _ = run([sys.executable, "-m", "events", "convert", str(source),
                                    "--to", fmt, "--out", str(out)])  # fmt: skip
            print(f"convert {describe(source)} -> {fmt:4}  {seconds}  {peak:6.0f} MB peak"
                  f"  ({out.stat().st_size / MB:.0f} MB written)")


def show_case(folder: Path, megabytes: float) -> None:
    source = dataset(folder, megabytes)
    seconds, peak, _ = run([sys.executable, "-m", "events", "show", str(source)])
    print(f"show    {describe(source)}          {seconds}  {peak:6.0f} MB peak")


def upload_case(folder: Path, megabytes: float) -> None:
    source = dataset(folder, megabytes)
    code = UPLOAD.replace("sys.argv_file", repr(str(source)))
    _, peak, out = run([sys.executable, "-c", code, str(ROOT / "streamlit_app.py")], True)
    seconds, before, first, second = (float(value) for value in out.split())
    print(f"upload  {describe(source)} in the Data tab  {seconds:6.1f} s  {peak:6.0f} MB peak"
          f"  {first - before:6.0f} MB held after its session closed (one-time warm-up"
          f" included), {second - first:+.0f} MB after a second upload in a new session")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[5, 50],
                        help="MB of the CSVs converted (default: 5 50)")  # fmt: skip
    parser.add_argument("--show-mb", type=float, default=50, help="MB of the file shown")
    parser.add_argument("--upload-mb", type=float, default=19.5, help="MB of the file uploaded"
                        " (0: no upload)")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-formats-") as folder:
        convert_cases(Path(folder), args.sizes)
        if args.show_mb:
            show_case(Path(folder), args.show_mb)
        if args.upload_mb:
            upload_case(Path(folder), args.upload_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
