"""Evaluation suites by name (allegiance.evaluate.suites) and the PLV pair-mode
scores they run (allegiance.evaluate.plv), on tiny data written here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from allegiance.errors import ConfigError, DataFileError
from allegiance.evaluate import suites
from allegiance.evaluate.plv import (
    PairItem,
    PlvScore,
    cross_validate_plv,
    evaluate_plv,
    evaluate_plv_full,
    read_plv,
)
from allegiance.evaluate.scoring import PRF
from allegiance.evaluate.suites import SUITES, SuiteResult, flatten, run_suites
from allegiance.pipeline import Pipeline

from .conftest import PLV_ROWS, write_gold, write_plv

# --- flatten -----------------------------------------------------------------


def test_flatten_gives_dotted_numeric_keys() -> None:
    metrics = {
        "items": 4,
        "events": {"tp": 3, "f1": 0.8571},
        "per_type": {"ACCUSE": {"f1": 0.5}},
        "note": "text is dropped",
        "flag": True,
        "nothing": None,
        "empty": {},
    }
    assert flatten("own_dev", metrics) == {
        "own_dev.items": 4.0,
        "own_dev.events.tp": 3.0,
        "own_dev.events.f1": 0.8571,
        "own_dev.per_type.ACCUSE.f1": 0.5,
    }
    assert all(type(v) is float for v in flatten("x", metrics).values())


def test_flatten_without_prefix_and_of_a_bare_number() -> None:
    assert flatten("", {"a": {"b": 1}}) == {"a.b": 1.0}
    assert flatten("plv.items", 7) == {"plv.items": 7.0}
    assert flatten("x", False) == {}


# --- run_suites ----------------------------------------------------------------


def test_the_known_suites() -> None:
    assert set(SUITES) == {
        "own_dev",
        "own_test",
        "plv",
        "plv_cv",
        "plv_full",
        "ngec_docs",
        "petrarch_parse",
        "petrarch_text",
    }


def test_an_unknown_suite_is_a_config_error_listing_the_known_ones(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    with pytest.raises(ConfigError) as info:
        run_suites(["own_dve"], project=tmp_path, data=tmp_path, pipeline=pipeline)
    message = str(info.value)
    assert "'own_dve'" in message
    assert all(name in message for name in SUITES)


def test_suites_whose_data_is_absent_are_skipped_with_the_path(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    data = tmp_path / "data"
    results = run_suites(
        ["own_test", "plv", "plv_cv", "petrarch_text"],
        project=tmp_path,
        data=data,
        pipeline=pipeline,
    )
    assert [r.name for r in results] == ["own_test", "plv", "plv_cv", "petrarch_text"]
    assert all(r.metrics == {} for r in results)
    reasons = {r.name: r.skipped for r in results}
    assert reasons["own_test"] == (
        f"{tmp_path / 'eval' / 'gold' / 'own_test.jsonl'} is absent"
    )
    assert reasons["plv"] == f"{data / 'gold' / 'plv_train.tsv'} is absent"
    assert reasons["plv_cv"] == reasons["plv"]
    assert reasons["petrarch_text"] == (
        f"{data / 'petrarch' / 'PETR.UnitTest.records.xml'} is absent"
    )


def test_own_suite_scores_the_project_gold_file(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    write_gold(tmp_path / "eval" / "gold" / "own_dev.jsonl")
    [result] = run_suites(
        ["own_dev"], project=tmp_path, data=tmp_path / "data", pipeline=pipeline
    )
    assert isinstance(result, SuiteResult) and result.skipped is None
    flat = flatten(result.name, result.metrics)
    assert flat["own_dev.items"] == 4.0
    assert flat["own_dev.events.f1"] == 0.8571
    assert flat["own_dev.per_move.freeze.f1"] == 1.0
    assert "misses" not in result.metrics


def test_plv_suites_read_the_shared_file_name(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    write_plv(data / "gold" / "plv_train.tsv")
    calls: list[dict[str, object]] = []

    def spy(items: list[PairItem], pipe: Pipeline, **kwargs: object) -> PlvScore:
        calls.append({"items": len(items), "pipeline": pipe, **kwargs})
        return PlvScore(items=len(items) * 5)

    # The real cross-validation is tested below; here only the suite's wiring.
    monkeypatch.setattr(suites, "cross_validate_plv", spy)
    plv, plv_cv = run_suites(
        ["plv", "plv_cv"], project=tmp_path, data=data, pipeline=pipeline
    )
    assert plv.skipped is None and plv.metrics["items"] == len(PLV_ROWS)
    assert plv.metrics["per_class"]["ACCUSE"]["recall"] == 1.0
    # plv_cv pools five fold splits of the same file.
    assert calls == [{"items": len(PLV_ROWS), "pipeline": pipeline, "repeats": 5}]
    assert plv_cv.skipped is None and plv_cv.metrics["items"] == 5 * len(PLV_ROWS)


# --- PLV reading and scoring ---------------------------------------------------


def test_read_plv(plv_file: Path) -> None:
    items = read_plv(plv_file)
    assert len(items) == len(PLV_ROWS)
    assert items[0] == PairItem(
        "s00",
        "France accused Russia of war crimes in Ukraine.",
        "France",
        "Russia",
        "ACCUSE",  # the label's padding is stripped
    )


@pytest.mark.parametrize(
    "text",
    [
        "sentence_id\tsentence\tsource\ttarget\n1\tA met B.\tA\tB\n",
        "sentence_id\tsentence\tsource\ttarget\tgold_root\n",
        "",
    ],
)
def test_read_plv_without_the_columns_is_a_data_file_error(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "plv.tsv"
    path.write_text(text, "utf-8")
    with pytest.raises(DataFileError, match="expected columns .*gold_root"):
        read_plv(path)


def test_evaluate_plv_scores_the_rules(plv_file: Path, pipeline: Pipeline) -> None:
    score = evaluate_plv(read_plv(plv_file), pipeline)
    out = score.to_dict()
    assert out["items"] == len(PLV_ROWS)
    assert sum(score.confusion.counts.values()) == len(PLV_ROWS)
    # The accusations and attacks are plain: the rules get them all.
    assert out["per_class"]["ACCUSE"]["recall"] == 1.0
    assert out["per_class"]["ASSAULT"]["recall"] == 1.0
    none = score.confusion.per_class().get("NONE", PRF(0, 0, 0))
    assert score.abstained == none.fp


def test_cross_validate_plv_one_split(plv_file: Path, pipeline: Pipeline) -> None:
    items = read_plv(plv_file)
    score = cross_validate_plv(items, pipeline)
    assert score.items == len(items)
    assert sum(score.confusion.counts.values()) == len(items)
    # Every item is predicted once, by a model that never saw it; the classes
    # are well separated, so the held-out predictions are mostly right.
    assert Counter(g for g, _ in score.confusion.counts.elements()) == Counter(
        {"ACCUSE": 6, "AGREE": 6, "ASSAULT": 6}
    )
    assert score.accuracy >= 0.8
    out = score.to_dict()
    assert out["coop_conflict_accuracy"] >= 0.8 and out["no_prediction"] == 0


def test_cross_validate_plv_repeats_pool_predictions(
    plv_file: Path, pipeline: Pipeline
) -> None:
    items, repeats = read_plv(plv_file), 2
    pooled = cross_validate_plv(items, pipeline, folds=3, repeats=repeats, seed=13)
    assert pooled.items == len(items) * repeats
    assert pooled.to_dict()["items"] == len(items) * repeats
    assert sum(pooled.confusion.counts.values()) == len(items) * repeats
    # Pooling is the sum of single splits drawn with seeds 13, 14, ...
    singles = [
        cross_validate_plv(items, pipeline, folds=3, repeats=1, seed=13 + r)
        for r in range(repeats)
    ]
    assert pooled.confusion.counts == sum(
        (s.confusion.counts for s in singles), Counter()
    )
    assert pooled.quad_right == sum(s.quad_right for s in singles)
    assert pooled.coop_right == sum(s.coop_right for s in singles)
    # Rates are per prediction, so they stay within [0, 1].
    out = pooled.to_dict()
    assert 0.0 <= out["quad_accuracy"] <= 1.0
    assert out["quad_accuracy"] == round(pooled.quad_right / pooled.items, 4)


def test_cross_validate_plv_is_deterministic_for_a_seed(
    plv_file: Path, pipeline: Pipeline
) -> None:
    items = read_plv(plv_file)
    a = cross_validate_plv(items, pipeline, folds=2, seed=5)
    b = cross_validate_plv(items, pipeline, folds=2, seed=5)
    assert a.confusion.counts == b.confusion.counts and a.items == len(items)


@pytest.mark.parametrize("repeats", [0, -1])
def test_cross_validate_plv_rejects_fewer_than_one_repeat(
    plv_file: Path, pipeline: Pipeline, repeats: int
) -> None:
    with pytest.raises(ValueError, match="repeats must be at least 1"):
        cross_validate_plv(read_plv(plv_file), pipeline, repeats=repeats)


def test_a_gold_label_outside_the_15_classes_is_a_clean_error(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = write_plv(
        tmp_path / "plv.tsv",
        [("CONCEDE", "France accused Russia of war crimes.", "France", "Russia")],
    )
    with pytest.raises(DataFileError, match="CONCEDE"):
        evaluate_plv(read_plv(path), pipeline)


def test_plv_full_mode_sorts_each_sentence_by_what_the_coder_found(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    rows = [
        # found, with the gold root
        ("ACCUSE", "France accused Russia of war crimes.", "France", "Russia"),
        # found the pair, other root (gold says AID, the coder reads an accusation)
        ("AID", "Poland accused Belarus of staging the crisis.", "Poland", "Belarus"),
        # the target acts on the source instead
        ("CONSULT", "Japan was criticised by China on Monday.", "Japan", "China"),
        # no event at all
        ("AGREE", "Chile and the weather in Peru.", "Chile", "Peru"),
        # a marked span the knowledge base cannot resolve
        ("ACCUSE", "The union accused Spain of delays.", "The union", "Spain"),
        # both spans are the same actor
        ("CONSULT", "Paris hosted France's envoys.", "Paris", "France"),
    ]
    score = evaluate_plv_full(
        read_plv(write_plv(tmp_path / "plv.tsv", rows)), pipeline
    ).to_dict()
    assert (score["items"], score["unresolved"], score["same_actor"]) == (6, 1, 1)
    assert score["resolvable"] == 4
    assert score["outcomes"] == {
        "pair_and_type": 1,
        "pair_other_type": 1,
        "reversed": 1,
        "source_only": 0,
        "other": 0,
        "no_event": 1,
    }
    assert (score["pair_recall"], score["pair_type_recall"]) == (0.5, 0.25)
    # Rows 0 and 2 are the even half, 1 and 3 the odd (held-out) half.
    assert score["halves"]["even"]["outcomes"]["pair_and_type"] == 1
    assert score["halves"]["odd"]["resolvable"] == 2
