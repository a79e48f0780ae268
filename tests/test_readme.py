"""Docs coverage: the README must not forget a command, a data column or a precision, and every
command it shows runs."""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from events.span import PRECISIONS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DEFAULT_CSV = ROOT / "events" / "data" / "cnbc_musk_putin_2024.csv"


def csv_columns() -> list[str]:
    with DEFAULT_CSV.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def section(title: str) -> str:
    """The README text under a `## title` heading, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


@pytest.mark.parametrize("command", ["make run", "make test", "make run DATASET="])
def test_commands(command):
    assert command in README


def test_run_and_test_come_first():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


@pytest.mark.parametrize("column", csv_columns())
def test_every_csv_column_is_documented(column):
    assert f"| `{column}` |" in section("Data format")


@pytest.mark.parametrize("precision", PRECISIONS)
def test_every_precision_has_date_forms(precision):
    assert re.search(rf"^- \*\*{precision}\*\*: \S", section("Date forms"), re.M)


def test_screenshot_exists():
    assert "docs/screenshot.png" in README
    assert (ROOT / "docs" / "screenshot.png").is_file()


def _rule_examples() -> dict[str, list[str]]:
    from tests.test_normalise import FORMS

    examples: dict[str, list[str]] = {}
    for text, *_, rule in FORMS:
        examples.setdefault(rule, []).append(text)
    return examples


@pytest.mark.parametrize(("rule", "examples"), sorted(_rule_examples().items()))
def test_every_date_rule_has_an_example_in_the_readme(rule, examples):
    assert any(f'"{text}"' in section("Date forms") for text in examples), rule


def test_every_refusal_class_is_documented():
    from events.dates.nondates import NON_DATES

    documented = section("Date forms").lower()
    for non_date in NON_DATES:
        word = {"name_with_number": "names with numbers", "set": "sets"}.get(
            non_date.name, non_date.name)
        assert word in documented, non_date.name


# Every code block of the README runs: shell blocks in a folder of their own (the README's
# example files, `.venv` and the Makefile, nothing else), Python blocks too; a ```json or
# ```text block right after one is the output it must print.

CODE, OUTPUT = ("sh", "python"), ("json", "text")
FENCE = re.compile(r"^```(?P<lang>\w*)\n(?P<body>.*?)^```$", re.M | re.S)
MAKE = ["make", "-o", ".venv/.installed", "-o", ".venv/.installed-dev"]  # never pip in a test


@dataclass(frozen=True)
class Block:
    lang: str
    body: str
    line: int
    output: Block | None = None

    @property
    def name(self) -> str:
        return f"{self.lang}-line-{self.line}"


def readme_blocks() -> list[Block]:
    """Every fenced block, each code block with the output block that follows it, if any."""
    found = [
        Block(m["lang"], m["body"], README.count("\n", 0, m.start()) + 1, None)
        for m in FENCE.finditer(README)
    ]
    ends = [m.end() for m in FENCE.finditer(README)]
    starts = [m.start() for m in FENCE.finditer(README)]
    blocks = []
    for i, block in enumerate(found):
        follows = i + 1 < len(found) and not README[ends[i] : starts[i + 1]].strip()
        if block.lang in CODE and follows and found[i + 1].lang in OUTPUT:
            block = Block(block.lang, block.body, block.line, found[i + 1])
        blocks.append(block)
    return blocks


CODE_BLOCKS = [block for block in readme_blocks() if block.lang in CODE]


def test_every_readme_block_is_run_or_is_the_output_of_one():
    outputs = {block.output.line for block in CODE_BLOCKS if block.output}
    for block in readme_blocks():
        assert block.lang in CODE or block.line in outputs, (
            f"README line {block.line}: a ```{block.lang} block that no test runs"
        )


@pytest.fixture
def reader_folder(tmp_path: Path) -> Path:
    """A folder as a reader has it: the README's example files, `.venv` and the Makefile."""
    data = ROOT / "tests" / "data"
    (tmp_path / ".venv").symlink_to(sys.prefix)
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)  # keeps times: make sees nothing to install
    shutil.copy(DEFAULT_CSV, tmp_path / "events.csv")
    shutil.copy(data / "articles" / "narrative.txt", tmp_path / "story.txt")
    (tmp_path / "articles").mkdir()
    for name in ("harbour_council.txt", "narrative.txt"):
        shutil.copy(data / "articles" / name, tmp_path / "articles" / name)
    for corpus in ("tbaq", "wikiwars"):  # the README scores two corpus folders in one go
        (tmp_path / corpus).mkdir()
        shutil.copy(data / "timeml" / "lowmere_pier.tml", tmp_path / corpus / "lowmere_pier.tml")
    sheet = shell(f"{sys.executable} -m events convert events.csv --to timelinejs-csv", tmp_path)
    assert sheet.returncode == 0, sheet.stderr
    (tmp_path / "sheet.txt").write_text(sheet.stdout, encoding="utf-8")
    return tmp_path


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess:
    """`command` in bash in `cwd`, outside this test's make and Python path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}  # fmt: skip
    return subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def commands(body: str) -> list[str]:
    """The block's commands, a line continued with `\\` joined to the next."""
    return [line for line in body.replace("\\\n", " ").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]  # fmt: skip


def run_command(command: str, cwd: Path) -> str:
    """Run one README command; its standard output. `make test` is what runs this, and
    `make run` starts a server: it is dry-run, and the command it runs must take its options."""
    words = shlex.split(command, comments=True)
    if words[:2] == ["make", "test"]:
        assert words == ["make", "test"], command
        return ""
    if words[:2] == ["make", "run"]:
        dry = shell(shlex.join([*MAKE, "-n", *words[1:]]), cwd)
        assert dry.returncode == 0, dry.stderr
        [app] = dry.stdout.splitlines()
        assert shlex.split(app)[0] == ".venv/bin/timeline-desk-app", app
        helped = shell(f"{app} --help", cwd)
        assert helped.returncode == 0, helped.stderr
        return ""
    if words[0] == "make":
        command = shlex.join(MAKE) + command.removeprefix("make")
    done = shell(command, cwd)
    assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


def files_in(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if ".venv" not in p.parts}


@pytest.mark.parametrize("block", CODE_BLOCKS, ids=lambda block: block.name)
def test_readme_block_runs(block: Block, reader_folder: Path):
    before = files_in(reader_folder)
    if block.lang == "python":
        done = shell(shlex.join([sys.executable, "-c", block.body]), reader_folder)
        assert done.returncode == 0, done.stderr
        printed = done.stdout
    else:
        printed = "".join(run_command(command, reader_folder) for command in commands(block.body))
    if block.output and block.output.lang == "json":
        assert json.loads(printed) == json.loads(block.output.body)
    elif block.output:
        assert printed.rstrip() == block.output.body.rstrip()
    left = sorted(str(p) for p in files_in(reader_folder) - before if p.parts[0] != "out")
    assert not left, f"README line {block.line} leaves files outside out/: {left}"


def test_the_examples_output_folder_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "out/" in ignored


# Corpora are not shipped: commands that need one say where they come from.


def test_evaluate_without_a_corpus_says_where_corpora_come_from(tmp_path):
    done = shell(f"{sys.executable} -m events evaluate missing", tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "missing" in line and "TimeML" in line and "not shipped" in line, line


def test_make_evaluate_checks_the_corpus_folder_first(reader_folder):
    done = shell(shlex.join([*MAKE, "evaluate", "CORPUS=missing"]), reader_folder)
    assert done.returncode != 0
    assert "CORPUS=" in done.stdout + done.stderr and "not shipped" in done.stdout + done.stderr
    assert "timeline-desk evaluate" not in done.stdout  # stopped before running it
    assert "CORPUS=" in section("Command line") and "not shipped" in section("Command line")


def test_bench_extract_without_a_corpus_skips_that_part(tmp_path):
    done = shell(f"{sys.executable} {ROOT / 'bench' / 'bench_extract.py'} --runs 1"
                 f" --corpus {tmp_path / 'missing'}", tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "skipped" in done.stdout and "--corpus" in done.stdout, done.stdout


def test_bench_dashboard_is_quiet_and_says_each_step_as_it_starts():
    done = shell(f"{sys.executable} bench/bench_dashboard.py --sizes 100 --no-browser", ROOT)
    assert done.returncode == 0, done.stderr
    assert "ScriptRunContext" not in done.stdout + done.stderr
    steps = [line for line in done.stdout.splitlines() if line.startswith("  ... ")]
    assert len(steps) >= 2, done.stdout


def test_the_readme_says_which_sizes_the_dashboard_bench_draws_in_a_browser():
    bench = (ROOT / "bench" / "bench_dashboard.py").read_text(encoding="utf-8")
    sizes = re.search(r"^SIZES = \((.*)\)$", bench, re.M)[1]
    browser = re.search(r"^BROWSER_SIZE = (\S+)$", bench, re.M)[1]
    short = {"1_000": "1k", "10_000": "10k", "100_000": "100k"}
    said = [short[size.strip()] for size in sizes.split(",") if size.strip()]
    assert f"{'/'.join(said)}-event datasets" in README
    assert f"browser draw at {short[browser]}" in README
