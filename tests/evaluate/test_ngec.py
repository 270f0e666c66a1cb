"""The NGEC story check (allegiance.evaluate.ngec), on a tiny archive written here."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.evaluate.ngec import evaluate_ngec, read_ngec
from allegiance.evaluate.suites import run_suites
from allegiance.pipeline import Pipeline, make_article

STORIES = [
    # even rows 0, 2; odd rows 1, 3
    ("Russia shelled Ukrainian towns on Monday. Kyiv accused Moscow of war crimes.", "ASSAULT"),
    ("France accused Iran of detaining its citizens.", "ACCUSE"),
    ("Chile protested. Later Chile agreed to hold talks with Peru.", "AGREE"),
    ("It rained all day in the capital.", "PROTEST"),
]  # fmt: skip


def _archive(
    path: Path, rows: list[tuple[str, str]], columns=("text", "label")
) -> Path:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow([*columns, "mode"])
    for text, label in rows:
        out.writerow([text, label, ""])
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("stories.csv", buffer.getvalue())
    return path


def test_lede_and_anywhere(tmp_path: Path, pipeline: Pipeline) -> None:
    items = read_ngec(_archive(tmp_path / "s.zip", STORIES))
    score = evaluate_ngec(items, pipeline).to_dict()
    assert score["stories"] == 4
    # Story 0 and 1 right from the first event; story 2's label comes later.
    assert score["lede_accuracy"] == 0.5
    assert score["label_recall"] == 0.75
    assert score["no_event"] == 0.25
    assert score["per_type"]["AGREE"] == {
        "stories": 1,
        "label_recall": 1.0,
        "lede_f1": 0.0,
    }
    assert score["halves"]["even"]["stories"] == score["halves"]["odd"]["stories"] == 2
    assert score["halves"]["odd"]["no_event"] == 0.5


def test_read_ngec_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    with pytest.raises(DataFileError, match="not a zip"):
        read_ngec(bad)
    wrong = _archive(tmp_path / "w.zip", STORIES, columns=("body", "kind"))
    with pytest.raises(DataFileError, match="text and label"):
        read_ngec(wrong)


def test_suite_skips_without_the_archive(tmp_path: Path, pipeline: Pipeline) -> None:
    [result] = run_suites(
        ["ngec_docs"], project=tmp_path, data=tmp_path, pipeline=pipeline
    )
    assert result.skipped and "gpt_synthetic_events" in result.skipped


def test_a_held_back_self_dealing_event_still_shows_its_type(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    # Domestic stories name sides the knowledge base resolves to one state and
    # sector: held back from the analyst, but the type was found. (The coder is
    # stubbed: the check is what the suite counts.)
    from dataclasses import replace

    from allegiance.nlp.events import SELF_DEALING

    text = "Hungary's parliament met Hungary's parliament."
    coded = pipeline.code_article(make_article("Hungary met Sweden."))
    event = coded.events[0]
    held = replace(event, target="HUN", doubtful=True, doubt_reason=SELF_DEALING)

    class Stub:
        def code_article(self, article):  # type: ignore[no-untyped-def]
            return replace(coded, events=(held,))

    rows = [(text, "CONSULT")]
    score = evaluate_ngec(read_ngec(_archive(tmp_path / "s.zip", rows)), Stub())  # type: ignore[arg-type]
    assert score.to_dict()["label_recall"] == 1.0
