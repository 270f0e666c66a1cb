"""Pair mode: the relation between two marked actors, with and without the model."""

from __future__ import annotations

import pytest

from allegiance.nlp.pair import PairCoding, find_span
from allegiance.nlp.pairmodel import PairModel, bundled_model, train_softmax
from allegiance.pipeline import Pipeline


def test_forward_event(pipeline: Pipeline) -> None:
    coded = pipeline.code_pair(
        "Azerbaijan accused Armenia of violating the ceasefire.",
        "Azerbaijan",
        "Armenia",
        learned=False,
    )
    assert (coded.plover, coded.direction) == ("ACCUSE", "forward")
    assert coded.cameo and coded.cameo.startswith("11")


def test_actors_need_not_be_known(pipeline: Pipeline) -> None:
    coded = pipeline.code_pair(
        "The American Civil Liberties Union is suing the FBI for records.",
        "The American Civil Liberties Union",
        "FBI",
        learned=False,
    )
    assert coded.plover == "ACCUSE" and coded.direction == "forward"


def test_reverse_and_passive(pipeline: Pipeline) -> None:
    coded = pipeline.code_pair(
        "Kyiv was shelled by Russian forces overnight.",
        "Russian forces",
        "Kyiv",
        learned=False,
    )
    assert coded.plover == "ASSAULT" and coded.direction == "forward"
    reverse = pipeline.code_pair(
        "Kyiv was shelled by Russian forces overnight.",
        "Kyiv",
        "Russian forces",
        learned=False,
    )
    assert reverse.direction == "reverse"


def test_no_trigger_gives_none(pipeline: Pipeline) -> None:
    coded = pipeline.code_pair(
        "Armenia and France are both republics.", "Armenia", "France", learned=False
    )
    assert coded.plover is None and coded.label() is None


def test_legacy_labels() -> None:
    retreat = PairCoding("RETREAT", "0841", "release", "forward", "freed", "x", 0.9)
    promise = PairCoding("CONCEDE", "0353", None, "forward", "agreed", "x", 0.9)
    assert retreat.label(legacy=True) == "YIELD" and retreat.label() == "RETREAT"
    assert promise.label(legacy=True) == "AGREE"


def test_span_by_text_or_offsets() -> None:
    assert find_span("Russia criticised Armenia.", "Armenia") == (18, 25)
    assert find_span("Russia criticised Armenia.", (0, 6)) == (0, 6)
    with pytest.raises(ValueError, match="does not occur"):
        find_span("Russia criticised Armenia.", "France")


def test_softmax_learns_a_separable_toy_set(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [["w:attack"], ["w:attack", "x"], ["w:meet"], ["w:meet", "y"]] * 3
    labels = ["ASSAULT", "ASSAULT", "CONSULT", "CONSULT"] * 3
    model = train_softmax(rows, labels, l2=0.1)
    assert model.predict(["w:attack"])[0] == "ASSAULT"
    assert model.predict(["w:meet"])[0] == "CONSULT"
    model.save(tmp_path / "m.npz")
    again = PairModel.load(tmp_path / "m.npz")
    assert again.predict(["w:meet"])[0] == "CONSULT"
    assert abs(sum(again.probabilities(["w:attack"]).values()) - 1) < 1e-6


def test_bundled_model_adds_a_label(pipeline: Pipeline) -> None:
    if bundled_model() is None:
        pytest.skip("the pair model is not bundled")
    coded = pipeline.code_pair(
        "Azerbaijan accused Armenia of violating the ceasefire.",
        "Azerbaijan",
        "Armenia",
    )
    assert coded.model_label == "ACCUSE" and 0 < coded.model_probability <= 1
