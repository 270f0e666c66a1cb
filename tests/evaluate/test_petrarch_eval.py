"""Scoring the PETRARCH coder on PETRARCH's unit-test records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.evaluate.petrarch import PetrarchScore, evaluate_petrarch

from ..conftest import SHARED_DATA, needs_shared

PETRARCH = SHARED_DATA / "petrarch"
needs_records = needs_shared(PETRARCH / "PETR.UnitTest.records.xml")

# A tiny suite written for this test: four records, their dictionaries.
RECORDS = """<Validation><Sentences>
<Sentence date="20010101" id="T-1" category="BASIC" sentence="true">
<EventCoding sourcecode="VES" targetcode="LUN" eventcode="190"></EventCoding>
<Text>Vesperia attacked Lunaria.</Text>
<Parse>(ROOT (S (NP (NNP Vesperia)) (VP (VBD attacked) (NP (NNP Lunaria))) (. .)))</Parse>
</Sentence>
<Sentence date="20010101" id="T-2" category="BASIC" sentence="true">
<EventCoding sourcecode="VES" targetcode="LUN" eventcode="191"></EventCoding>
<Text>Vesperia attacked Lunaria.</Text>
<Parse>(ROOT (S (NP (NNP Vesperia)) (VP (VBD attacked) (NP (NNP Lunaria))) (. .)))</Parse>
</Sentence>
<Sentence date="20010101" id="T-3" category="NONE" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Lunaria attacked Vesperia.</Text>
<Parse>(ROOT (S (NP (NNP Lunaria)) (VP (VBD attacked) (NP (NNP Vesperia))) (. .)))</Parse>
</Sentence>
<Sentence date="20010101" id="T-4" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Vesperia attacked Lunaria.</Text>
<Parse>(ROOT (S (NP (NNP Vesperia)) (VP (VBD attacked) (NP (NNP Lunaria)))</Parse>
</Sentence>
</Sentences></Validation>
"""
DICTIONARIES = {
    "PETR.Validate.verbs.txt": "--- ATTACK [190] ---\nATTACK\n",
    "PETR.Validate.actors.txt": "VESPERIA_ [VES]\nLUNARIA_ [LUN]\n",
    "PETR.Validate.agents.txt": "SOLDIER [~MIL]\n",
    "PETR.Validate.discards.txt": "+FOOTBALL\n",
}


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    (tmp_path / "PETR.UnitTest.records.xml").write_text(RECORDS, "utf-8")
    for name, text in DICTIONARIES.items():
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def test_scores_count_exact_and_root_triples(suite: Path) -> None:
    score = evaluate_petrarch(suite)
    # T-1 right; T-2 wrong code (root 19 right); T-3 expects nothing; T-4's
    # parse is rejected, as PETRARCH rejects it.
    assert (score.exact.tp, score.exact.fp, score.exact.fn) == (1, 2, 1)
    assert (score.root.tp, score.root.fp, score.root.fn) == (2, 1, 0)
    assert score.records == 4
    assert {k: (v.tp, v.fp, v.fn) for k, v in score.categories.items()} == {
        "BASIC": (1, 1, 1),
        "NONE": (0, 1, 0),
        "ERROR": (0, 0, 0),
    }
    assert [m.id for m in score.misses] == ["T-2", "T-3"]


def test_text_tier_skips_parse_errors(suite: Path) -> None:
    score = evaluate_petrarch(suite, tier="text")
    assert score.tier == "text" and score.records == 3
    assert (score.exact.tp, score.exact.fp, score.exact.fn) == (1, 2, 1)


def test_to_dict_is_json_ready(suite: Path) -> None:
    data = json.loads(json.dumps(evaluate_petrarch(suite).to_dict()))
    assert data["exact"]["f1"] == pytest.approx(0.4)  # P 1/3, R 1/2
    (miss,) = [m for m in data["misses"] if m["id"] == "T-2"]
    assert miss["missing"] == [["VES", "LUN", "191"]]
    assert miss["spurious"] == [["VES", "LUN", "190"]]


def test_missing_files_say_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="PETR.UnitTest.records.xml"):
        evaluate_petrarch(tmp_path)


@pytest.fixture(scope="module")
def scores() -> dict[str, PetrarchScore]:
    return {t: evaluate_petrarch(PETRARCH, tier=t) for t in ("parse", "text")}


@needs_records
@pytest.mark.parametrize("tier", ["parse", "text"])
def test_acceptance_on_petrarch_unit_tests(
    scores: dict[str, PetrarchScore], tier: str
) -> None:
    # Issue 4: exact-triple F1 >= 0.60 (PETRARCH-2 itself scores 0.412 there).
    score = scores[tier]
    assert score.records >= 280
    assert score.exact.f1 >= 0.60
    assert score.root.f1 >= score.exact.f1


@needs_records
def test_no_regression_below_measured_figures(scores: dict[str, PetrarchScore]) -> None:
    # Measured 0.948 (parse) and 0.912 (text) when written; floors leave room
    # for a deliberate trade-off, not for silent decay.
    assert scores["parse"].exact.f1 >= 0.92
    assert scores["text"].exact.f1 >= 0.88
