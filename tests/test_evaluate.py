"""The TempEval-3 scorer, the corpus runner, the dateparser baseline and `evaluate` command."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from events.cli import main
from events.evaluation.baseline import dateparser_mentions, timex_at
from events.evaluation.evaluate import (
    Counts,
    Mention,
    evaluate,
    extractor_mentions,
    format_error,
    format_figures,
    score_document,
    worst_errors,
)
from events.evaluation.timeml import read_timeml

STORY = Path(__file__).parent / "data" / "timeml" / "lowmere_pier.tml"

GOLD = [
    Mention(0, 5, "today", "2023-03-14"),
    Mention(20, 38, "the autumn of 2020", "2020-FA"),
    Mention(50, 59, "18 months", "P18M", "DURATION"),
    Mention(70, 80, "next month", "2023-04"),
    Mention(90, 96, "3 p.m.", "2023-03-14T15:00", "TIME"),
]


def figures(gold, ours, **kwargs) -> dict:
    return score_document(gold, ours, **kwargs).counts.figures()


def test_gold_against_itself_scores_one():
    f = figures(GOLD, GOLD)
    assert {f[k] for k in ("relaxed_f1", "strict_f1", "value_accuracy", "value_f1")} == {100.0}


def test_durations_and_sets_are_left_out_of_date_and_time_scoring():
    counts = score_document(GOLD, GOLD).counts
    assert (counts.gold, counts.system) == (4, 4)


def test_overlap_of_one_character_is_a_relaxed_but_not_a_strict_match():
    ours = [Mention(24, 38, "autumn of 2020", "2020-FA")]
    c = score_document(GOLD[1:2], ours).counts
    assert (c.relaxed, c.strict, c.values) == (1, 0, 1)
    touching = [Mention(37, 45, "0 to 45", "2020-FA")]
    assert score_document(GOLD[1:2], touching).counts.relaxed == 1
    apart = [Mention(38, 45, "after", "2020-FA")]
    assert score_document(GOLD[1:2], apart).counts.relaxed == 0


def test_a_wrong_value_counts_against_value_accuracy_only():
    ours = [Mention(0, 5, "today", "2023-03-13"), Mention(70, 80, "next month", "2023-04")]
    f = figures(GOLD[:1] + GOLD[3:4], ours)
    assert (f["relaxed_f1"], f["strict_f1"], f["value_accuracy"]) == (100.0, 100.0, 50.0)
    assert f["value_f1"] == 50.0


def test_matching_is_one_to_one():
    wide = [Mention(0, 40, "today ... the autumn of 2020", "2023-03-14")]
    c = score_document(GOLD[:2], wide).counts
    assert (c.gold, c.system, c.relaxed) == (2, 1, 1)
    twice = [Mention(0, 3, "tod", "2023-03-14"), Mention(3, 5, "ay", "2023-03-14")]
    c = score_document(GOLD[:1], twice).counts
    assert (c.relaxed, c.system) == (1, 2)


def test_a_date_row_over_a_gold_duration_is_a_false_positive():
    ours = [Mention(50, 59, "18 months", "2021-09")]
    scored = score_document(GOLD, ours)
    assert (scored.counts.system, scored.counts.relaxed) == (1, 0)
    assert [e.kind for e in scored.errors].count("spurious") == 1


def test_our_duration_rows_are_left_out_too():
    ours = [Mention(50, 59, "18 months", "P18M", "DURATION")]
    assert score_document(GOLD, ours).counts.system == 0


def test_other_types_can_be_scored():
    ours = [Mention(50, 59, "18 months", "P18M", "DURATION")]
    c = score_document(GOLD, ours, types=frozenset({"DURATION"})).counts
    assert (c.gold, c.relaxed, c.values) == (1, 1, 1)


def test_errors_name_their_kind():
    ours = [Mention(0, 5, "today", "2023-03-13"), Mention(21, 38, "he autumn of 2020", "2020-FA"),
            Mention(100, 104, "soon", "FUTURE_REF")]
    kinds = sorted(e.kind for e in score_document(GOLD, ours).errors)
    assert kinds == ["missed", "missed", "span", "spurious", "value"]


def test_counts_add_up_and_empty_counts_score_zero():
    assert Counts(1, 2, 1, 1, 1, 1) + Counts(3, 1, 1, 0, 0, 1) == Counts(4, 3, 2, 1, 1, 2)
    assert set(Counts().figures().values()) == {0.0}


def test_worst_errors_come_first_and_print_on_one_line():
    ours = [Mention(0, 5, "today", "2023-03-13")]
    errors = list(score_document(GOLD, ours).errors)
    wrong = next(e for e in errors if e.kind == "value")
    (count, first), *_ = worst_errors([*errors, wrong, wrong], 1)
    assert count == 3
    line = format_error(count, first)
    assert "\n" not in line and "'today' = 2023-03-14" in line


def test_the_extractor_scores_well_on_an_invented_story():
    scored = evaluate([read_timeml(STORY)])
    f = scored.counts.figures()
    assert f["relaxed_f1"] == 100.0 and f["value_f1"] == 100.0, scored.errors
    assert "events.extract: 4 gold" in format_figures("events.extract", scored)


def test_extractor_mentions_carry_value_and_type():
    mentions = extractor_mentions(read_timeml(STORY))
    assert ("3 p.m.", "2023-03-14T15:00", "TIME") in [(m.text, m.value, m.type) for m in mentions]


@pytest.mark.parametrize(
    ("period", "value"),
    [("day", "2023-03-14"), ("week", "2023-W11"), ("month", "2023-03"), ("year", "2023"),
     ("time", "2023-03-14T15:30")],
)
def test_baseline_values_are_written_at_dateparsers_precision(period, value):
    assert timex_at(datetime(2023, 3, 14, 15, 30), period) == value


def test_dateparser_baseline_finds_dates_with_offsets():
    doc = read_timeml(STORY)
    for m in dateparser_mentions(doc):
        assert doc.text[m.start : m.end] == m.text


def test_evaluate_command_prints_figures_baseline_and_errors(capsys, tmp_path):
    (tmp_path / "story.tml").write_text(STORY.read_text())
    code = main(["evaluate", str(tmp_path), "--baseline", "dateparser", "--errors", "3"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"{tmp_path}: 1 documents, types DATE,TIME"
    assert lines[1].startswith("events.extract: 4 gold")
    assert "relaxed P" in lines[2] and "strict P" in lines[2]
    assert "value F1 100.0 exact | 100.0  100.0 convention-equivalent" in lines[3]
    assert lines[4].startswith("dateparser: 4 gold")


def test_evaluate_command_scores_each_corpus_given(capsys, tmp_path):
    for name in ("news", "history"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.tml").write_text(STORY.read_text())
    code = main(["evaluate", str(tmp_path / "news"), str(tmp_path / "history"), "--genre", "news"])
    out, _ = capsys.readouterr()
    headings = [line for line in out.splitlines() if "documents" in line]
    assert code == 0
    assert headings == [f"{tmp_path / name}: 1 documents, types DATE,TIME"
                        for name in ("news", "history")]  # fmt: skip


def test_evaluate_command_scores_nothing_when_one_corpus_is_missing(capsys, tmp_path):
    (tmp_path / "story.tml").write_text(STORY.read_text())
    code = main(["evaluate", str(tmp_path), str(tmp_path / "gone")])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"error: no corpus at {tmp_path / 'gone'}")


def test_a_value_right_but_for_the_convention_counts_apart_from_exact_ones():
    gold = [Mention(0, 7, "1990s", "199"), Mention(10, 20, "that night", "1990-08-10TNI"),
            Mention(30, 40, "in 1989", "1989")]
    ours = [Mention(0, 7, "1990s", "199X"), Mention(10, 20, "that night", "1990-08-10"),
            Mention(30, 40, "in 1989", "1988")]
    scored = score_document(gold, ours)
    f = scored.counts.figures()
    assert (scored.counts.values, scored.counts.equivalent) == (0, 2)
    assert (round(f["value_f1"], 1), round(f["equivalent_f1"], 1)) == (0.0, 66.7)
    assert sorted(e.kind for e in scored.errors) == ["value", "variant", "variant"]


@pytest.mark.parametrize("make", [lambda p: p / "gone", lambda p: p])
def test_evaluate_command_refuses_a_folder_without_timeml(capsys, tmp_path, make):
    code = main(["evaluate", str(make(tmp_path))])
    _, err = capsys.readouterr()
    assert code == 2 and err.startswith("error: ")
