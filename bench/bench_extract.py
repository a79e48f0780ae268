"""Time events.extract on a ~7,500-character article against dateparser's search_dates.

    .venv/bin/python bench/bench_extract.py [--corpus DIR] [--runs N] [--check]

The article is generated from invented news sentences (fixed seed). Prints the median time per
article for both (warm, same run), the speed ratio, and the target: at most 20 ms and at least
5 times faster than search_dates. Then the time to extract one line of 1,000 and one of 10,000
numbers (years, each a date, all in one sentence): it grows linearly with the dates in a
sentence. With a TimeML corpus folder (default ../shared/corpora/tbaq beside the repository;
`make bench CORPUS=DIR`), also prints extraction throughput in documents per second; without
one, says that part is skipped and why. With --check, exits 1 when the target is missed. Never
part of `make test`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.article.extract import extract  # noqa: E402
from events.evaluation.timeml import read_corpus  # noqa: E402

PUBLISHED = date(2024, 10, 25)
TARGET_MS, TARGET_RATIO, LENGTH = 20.0, 5.0, 7500
LONG_LINES = (1_000, 10_000)  # numbers in one line
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"

# Invented sentences about an invented town; about one in three carries a date.
SENTENCES = [
    "Most of the money will come from the regional transport fund.",
    "The old timber piles will be replaced with steel and concrete.",
    "Local divers have mapped the wreck of a cargo boat near the entrance.",
    "Several councillors asked for a cheaper design with a shorter deck.",
    "The harbour master warned that the channel is too shallow at low tide.",
    "A petition signed by 1,200 residents called for the pier to be saved.",
    "Tourism accounts for about a third of jobs in the town.",
    "The architects showed drawings of a wider deck with a cafe at the end.",
    "Anglers will get a separate platform on the eastern side.",
    "Traders on the front said the closure had cost them dearly.",
    "The design must still be approved by the coastal agency.",
    "Children from the primary school painted murals for the site hoarding.",
    "Bus operators plan extra services for the building crews.",
    "The Lowmere harbour council voted on Tuesday to rebuild the north pier.",
    "The pier was closed in the autumn of 2020 after a storm tore away its deck.",
    "Repairs began in early 2021 but stopped that June when the contractor failed.",
    "Council chair Mara Quill said the town had waited long enough.",
    "\"About two years ago we were promised a new pier,\" she told reporters.",
    "The work is expected to start next month and to end in the third quarter of 2025.",
    "A public hearing is planned for Nov. 12 at the town hall on 14 Quay Street.",
    "The budget of $3.5 million was approved by seven votes to two.",
    "Ferry traffic has fallen 25% since late 2022, the operator said.",
    "Fishermen say the harbour has silted up for decades.",
    "The mayor, Osric Venn, has led the town since 2017.",
    "He called the decision the most important of his second term.",
    "Last week a survey found cracks in the southern breakwater as well.",
    "Engineers will return on Monday, Oct. 28, to take samples.",
    "The harbour festival, first held in 1998, drew 4,000 visitors in August.",
    "Organisers hope to move it to the weekend after Easter next year.",
    "A spokesman said the Route 9 bypass would ease traffic around the quay.",
    "Shops on the front reported their best month since March 2019.",
    "The lifeboat station, rebuilt in the 1990s, will stay open during the works.",
    "Residents can comment until Dec. 1, 2024, online or by letter.",
    "The town's population has grown by a fifth over the past decade.",
    "Three days later the contractor confirmed it would bid again.",
    "Insurers paid out £1.2 million for storm damage in 2020.",
    "Gulls nest under the pier every spring, a local guide said.",
    "The council will publish the final design by the end of the year.",
    "Yesterday the ferry company said a second boat could join the route this summer.",
]


def article(seed: int = 20241025) -> str:
    """About 7,500 characters of invented news, paragraphs of three sentences."""
    rng = random.Random(seed)
    sentences, total = [], 0
    while total < LENGTH:
        sentence = rng.choice(SENTENCES)
        sentences.append(sentence)
        total += len(sentence) + 1
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n".join(paragraphs)[:LENGTH]


def median_ms(run, runs: int, clock=time.perf_counter) -> float:
    """Median milliseconds per call after one warm-up call; `clock` picks wall or CPU time."""
    run()
    times = []
    for _ in range(runs):
        start = clock()
        run()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def search_dates_run(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(2024, 10, 25), "PREFER_DATES_FROM": "past"}
    return lambda: search_dates(text, languages=["en"], settings=settings)


def numbers_line(count: int) -> str:
    """One line of `count` years separated by spaces: one sentence holding `count` dates."""
    return " ".join(str(1900 + n % 120) for n in range(count))


def long_line(count: int) -> str:
    """How long one line of `count` numbers takes to extract, wall and CPU time."""
    text = numbers_line(count)
    start, cpu = time.perf_counter(), time.process_time()
    rows = len(extract(text, published=PUBLISHED))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return (f"one line of {count:,} numbers ({len(text):,} characters, {rows:,} dates):"
            f" {seconds:.2f} s (CPU time {cpu:.2f} s)")


def throughput(corpus: Path) -> str:
    if not corpus.is_dir():
        return (f"TBAQ throughput: skipped, no corpus at {corpus} (TimeML corpora such as"
                " TimeBank + AQUAINT are not shipped with the project: pass --corpus DIR, or"
                " make bench CORPUS=DIR)")
    documents = read_corpus(corpus)
    start = time.perf_counter()
    for document in documents:
        extract(document.text, published=document.dct)
    seconds = time.perf_counter() - start
    chars = sum(len(d.text) for d in documents)
    return (f"TBAQ throughput: {len(documents)} documents ({chars:,} characters) in {seconds:.2f} s"
            f" = {len(documents) / seconds:.0f} documents/s")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    text = article()
    ours = median_ms(lambda: extract(text, published=PUBLISHED), args.runs)
    theirs = median_ms(search_dates_run(text), max(3, args.runs // 4))
    rows = len(extract(text, published=PUBLISHED))
    ratio = theirs / ours
    print(f"article: {len(text):,} characters, {rows} temporal expressions, published {PUBLISHED}")
    cpu = median_ms(lambda: extract(text, published=PUBLISHED), args.runs, time.process_time)
    print(f"events.extract          median {ours:8.2f} ms (CPU time {cpu:.2f} ms)")
    print(f"dateparser search_dates median {theirs:8.2f} ms")
    print(f"ratio (search_dates / ours): {ratio:.1f}x")
    met = ours <= TARGET_MS and ratio >= TARGET_RATIO
    print(f"target: <= {TARGET_MS:.0f} ms and >= {TARGET_RATIO:.0f}x faster ->"
          f" {'MET' if met else 'MISSED'}")
    for count in LONG_LINES:
        print(long_line(count))
    print(throughput(Path(args.corpus)))
    return 1 if args.check and not met else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="a TimeML corpus folder")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of events.extract")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
