"""Reading gold JSONL and scoring the real pipeline on it (allegiance.evaluate.gold)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.evaluate.gold import GoldItem, GoldScore, evaluate_gold, read_gold
from allegiance.evaluate.scoring import PRF
from allegiance.pipeline import Pipeline

from .conftest import GOLD_ITEMS, write_gold


def test_read_gold_reads_every_item(gold_file: Path) -> None:
    items = read_gold([gold_file])
    assert [i.id for i in items] == ["g-1", "g-2", "g-3", "g-4"]
    first = items[0]
    assert isinstance(first, GoldItem)
    assert first.text.startswith("Armenia has frozen")
    assert first.date == dt.date(2024, 2, 22)
    assert first.tags == ("alliance_move",)
    assert isinstance(first.events, tuple) and len(first.events) == 2
    assert first.events[0]["alliance_move"] == "freeze"
    # Optional fields: no date, no tags.
    assert items[2].date is None and items[2].tags == () and items[2].events == ()


def test_read_gold_concatenates_files_in_order(tmp_path: Path) -> None:
    a = write_gold(tmp_path / "a.jsonl", GOLD_ITEMS[:1])
    b = write_gold(tmp_path / "b.jsonl", GOLD_ITEMS[3:])
    assert [i.id for i in read_gold([b, a])] == ["g-4", "g-1"]
    assert read_gold([]) == []


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("{not json", "Expecting property name"),
        ('{"id": "x", "text": "t"}', "'events'"),
        ('{"text": "t", "events": []}', "'id'"),
        ('{"id": "x", "text": "t", "events": [], "date": "2024-02-30"}', "day"),
    ],
)
def test_a_malformed_line_is_a_data_file_error_naming_file_and_line(
    tmp_path: Path, line: str, why: str
) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps(GOLD_ITEMS[2])
    # The blank line counts: line numbers are the editor's.
    path.write_text(f"{good}\n\n{line}\n", "utf-8")
    with pytest.raises(DataFileError) as info:
        read_gold([path])
    message = str(info.value)
    assert f"{path}:3: not a gold item" in message
    assert why in message


@pytest.mark.parametrize(
    "line",
    [
        "[1, 2]",
        '"just a string"',
        '{"id": "x", "text": "t", "events": null}',
        '{"id": "x", "text": "t", "events": [], "date": 20240223}',
    ],
)
def test_valid_json_of_the_wrong_shape_is_a_data_file_error(
    tmp_path: Path, line: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", "utf-8")
    with pytest.raises(DataFileError, match=r"bad\.jsonl:1: not a gold item"):
        read_gold([path])


@pytest.fixture
def score(gold_file: Path, pipeline: Pipeline) -> GoldScore:
    return evaluate_gold("tiny", read_gold([gold_file]), pipeline)


def test_evaluate_gold_counts_events(score: GoldScore) -> None:
    # Found: the freeze, the condemnation, the negated aid; missed: ARM->RUS.
    assert score.name == "tiny" and score.items == 4
    assert score.events == PRF(tp=3, fp=0, fn=1)
    assert score.per_type == {
        "SANCTION": PRF(1, 0, 0),
        "ACCUSE": PRF(1, 0, 1),
        "AID": PRF(1, 0, 0),
    }


def test_evaluate_gold_cameo_exact_and_root(score: GoldScore) -> None:
    # g-2's gold code 112 against the coder's 111: wrong exactly, right at root 11.
    assert score.cameo_exact == PRF(tp=2, fp=1, fn=2)
    assert score.cameo_root == PRF(tp=3, fp=0, fn=1)


def test_evaluate_gold_alliance_moves_and_tags(score: GoldScore) -> None:
    assert score.moves == PRF(1, 0, 0)
    assert score.per_move == {"freeze": PRF(1, 0, 0)}
    assert score.per_tag == {
        "alliance_move": PRF(1, 0, 1),
        "accuse": PRF(1, 0, 0),
        "negation": PRF(1, 0, 0),
    }


def test_evaluate_gold_modality_confusion_and_misses(score: GoldScore) -> None:
    # Three gold events were found; g-2's is annotated hypothetical, coded asserted.
    assert (score.modality_right, score.modality_total) == (2, 3)
    assert score.modality_accuracy == pytest.approx(2 / 3)
    assert score.confusion.to_dict() == {
        "ACCUSE": {"ACCUSE": 1},
        "AID": {"AID": 1},
        "SANCTION": {"SANCTION": 1},
    }
    assert score.misses == [
        {
            "id": "g-1",
            "text": GOLD_ITEMS[0]["text"],
            "missing": ["('ARM', 'RUS', 'ACCUSE', False)"],
            "extra": [],
        }
    ]


def test_evaluate_gold_to_dict(score: GoldScore) -> None:
    out = score.to_dict()
    assert out["items"] == 4
    assert out["events"] == {
        "tp": 3,
        "fp": 0,
        "fn": 1,
        "precision": 1.0,
        "recall": 0.75,
        "f1": 0.8571,
    }
    assert out["alliance_moves"]["f1"] == 1.0
    assert out["per_type"]["ACCUSE"]["recall"] == 0.5
    assert out["modality_accuracy"] == 0.6667
    assert "misses" not in out
    assert score.to_dict(with_misses=True)["misses"] == score.misses
    json.dumps(score.to_dict(with_misses=True))  # plain data


def test_negation_is_part_of_the_event_key(tmp_path: Path, pipeline: Pipeline) -> None:
    # The same dyad and type with the wrong polarity is a miss and an extra.
    item = dict(GOLD_ITEMS[3])
    item["events"] = [dict(item["events"][0], negated=False)]
    path = write_gold(tmp_path / "neg.jsonl", [item])
    score = evaluate_gold("neg", read_gold([path]), pipeline)
    assert score.events == PRF(tp=0, fp=1, fn=1)
    assert score.misses[0]["missing"] == ["('RUS', 'ARM', 'AID', False)"]
    assert score.misses[0]["extra"] == ["('RUS', 'ARM', 'AID', True)"]


def test_evaluate_gold_on_no_items(pipeline: Pipeline) -> None:
    score = evaluate_gold("empty", [], pipeline)
    assert score.items == 0 and score.events == PRF(0, 0, 0)
    assert score.per_type == {} and score.misses == []
    assert score.modality_accuracy == 0.0
