"""Precision, recall, F1 and confusion matrices (allegiance.evaluate.scoring)."""

from __future__ import annotations

import pytest

from allegiance.evaluate.scoring import PRF, Confusion, prf, score_sets


def test_prf_rates_from_counts() -> None:
    score = PRF(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert score.support == 5


def test_prf_edge_cases_follow_the_documented_conventions() -> None:
    # Nothing predicted: nothing wrong said; nothing to find: nothing missed.
    assert PRF(0, 0, 4).precision == 1.0 and PRF(0, 0, 4).recall == 0.0
    assert PRF(0, 0, 4).f1 == 0.0
    assert PRF(0, 3, 0).recall == 1.0 and PRF(0, 3, 0).precision == 0.0
    assert PRF(0, 3, 0).f1 == 0.0
    # Both empty: a perfect (vacuous) score, not a division by zero.
    assert (PRF(0, 0, 0).precision, PRF(0, 0, 0).recall, PRF(0, 0, 0).f1) == (
        1.0,
        1.0,
        1.0,
    )
    assert PRF(0, 0, 0).support == 0


def test_prf_adds_counts_and_reports_rounded_rates() -> None:
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    assert PRF(1, 2, 0).to_dict() == {
        "tp": 1,
        "fp": 2,
        "fn": 0,
        "precision": 0.3333,
        "recall": 1.0,
        "f1": 0.5,
    }


def test_prf_of_one_item_is_set_based() -> None:
    gold = [("ARM", "CSTO", "SANCTION"), ("RUS", "ARM", "AID")]
    # A duplicate prediction counts once; the wrong type is both an fp and an fn.
    predicted = [
        ("ARM", "CSTO", "SANCTION"),
        ("ARM", "CSTO", "SANCTION"),
        ("RUS", "ARM", "ACCUSE"),
    ]
    assert prf(gold, predicted) == PRF(1, 1, 1)
    assert prf([], []) == PRF(0, 0, 0)
    assert prf(gold, []) == PRF(0, 0, 2)
    assert prf([], predicted) == PRF(0, 2, 0)


def test_score_sets_micro_totals_and_per_class() -> None:
    pairs = [
        (
            {("ARM", "CSTO", "SANCTION"), ("ARM", "RUS", "ACCUSE")},
            {("ARM", "CSTO", "SANCTION"), ("ARM", "RUS", "REJECT")},
        ),
        ({("FRA", "RUS", "ACCUSE")}, {("FRA", "RUS", "ACCUSE")}),
        (set(), {("USA", "CHN", "SANCTION")}),
    ]
    total, per = score_sets(pairs, label=2)
    assert total == PRF(tp=2, fp=2, fn=1)
    assert per == {
        "SANCTION": PRF(1, 1, 0),
        "ACCUSE": PRF(1, 0, 1),
        "REJECT": PRF(0, 1, 0),
    }
    # Per-class counts add up to the micro total.
    assert sum(per.values(), PRF(0, 0, 0)) == total


def test_score_sets_keys_classes_by_their_string_and_handles_no_items() -> None:
    total, per = score_sets([({("A", None)}, {("A", None)})], label=1)
    assert total == PRF(1, 0, 0) and per == {"None": PRF(1, 0, 0)}
    total, per = score_sets([], label=0)
    assert total == PRF(0, 0, 0) and per == {}
    total, per = score_sets([(set(), set())], label=0)
    assert total == PRF(0, 0, 0) and per == {}


def _confusion(pairs: list[tuple[str, str]]) -> Confusion:
    c = Confusion()
    for gold, predicted in pairs:
        c.add(gold, predicted)
    return c


def test_confusion_accuracy_and_per_class() -> None:
    c = _confusion(
        [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("B", "C"), ("C", "A")]
    )
    assert c.accuracy == pytest.approx(3 / 6)
    assert c.labels() == ["A", "B", "C"]
    assert c.per_class() == {
        "A": PRF(tp=2, fp=1, fn=1),
        "B": PRF(tp=1, fp=1, fn=1),
        "C": PRF(tp=0, fp=1, fn=1),
    }
    assert c.to_dict() == {"A": {"A": 2, "B": 1}, "B": {"B": 1, "C": 1}, "C": {"A": 1}}


def test_macro_f1_averages_gold_labels_only() -> None:
    # NONE is only ever predicted: it has no support and does not enter the mean.
    c = _confusion([("A", "A"), ("A", "NONE"), ("B", "B"), ("B", "B")])
    per = c.per_class()
    assert per["NONE"] == PRF(0, 1, 0)
    assert per["A"].f1 == pytest.approx(2 / 3)
    assert per["B"].f1 == 1.0
    assert c.macro_f1() == pytest.approx((2 / 3 + 1.0) / 2)


def test_macro_f1_is_not_the_micro_accuracy() -> None:
    # 9 of 10 right, but the small class is always wrong: macro-F1 says so.
    c = _confusion([("BIG", "BIG")] * 9 + [("SMALL", "BIG")])
    assert c.accuracy == pytest.approx(0.9)
    assert c.per_class()["SMALL"].f1 == 0.0
    assert c.macro_f1() == pytest.approx((2 * 0.9 * 1.0 / 1.9 + 0.0) / 2)


def test_empty_confusion() -> None:
    c = Confusion()
    assert c.accuracy == 0.0
    assert c.macro_f1() == 0.0
    assert c.labels() == [] and c.per_class() == {} and c.to_dict() == {}
    assert c.render() == "gold\\pred "


def test_confusions_do_not_share_counts() -> None:
    a, b = Confusion(), Confusion()
    a.add("A", "A")
    assert b.counts == {}


def test_render_rows_are_gold_and_columns_predicted() -> None:
    c = _confusion(
        [("ACCUSE", "ACCUSE"), ("ACCUSE", "ASSAULT"), ("ASSAULT", "ASSAULT")]
    )
    lines = c.render().splitlines()
    assert lines[0].split() == ["gold\\pred", "ACCUSE", "ASSAUL"]
    assert lines[1].split() == ["ACCUSE", "1", "1"]
    assert lines[2].split() == ["ASSAULT", "0", "1"]
