"""The learned pair layer's features: what it sees of a marked pair."""

from __future__ import annotations

from allegiance.nlp.pairmodel import pair_features
from allegiance.pipeline import Pipeline


def _features(pipeline: Pipeline, sentence: str, source: str, target: str) -> set[str]:
    feats, _ = pair_features(pipeline.nlp, sentence, source, target)
    return set(feats)


def test_rule_reading_is_a_feature(pipeline: Pipeline) -> None:
    feats = _features(
        pipeline, "Azerbaijan accused Armenia of violating the ceasefire.",
        "Azerbaijan", "Armenia",
    )  # fmt: skip
    assert "rule:ACCUSE" in feats
    assert any(f.startswith("pat:") for f in feats)
    assert "trg:accused" in feats and "mod:asserted" in feats


def test_words_beside_the_actors_keep_prepositions(pipeline: Pipeline) -> None:
    feats = _features(
        pipeline, "Germany handed 300 million euros to Ethiopia on Monday.",
        "Germany", "Ethiopia",
    )  # fmt: skip
    # "to" is a stop word for the bag of words, but the word before the target
    # is kept whatever it is: "to", "from", "against" tell the relation apart.
    assert "pt1:to" in feats and "w:to" not in feats
    assert "nt1:on" in feats
    assert {"as:hand", "as:300"} <= feats
    assert "w:euro" in feats and "wb:million_euro" in feats


def test_source_at_sentence_start_has_no_word_before(pipeline: Pipeline) -> None:
    feats = _features(pipeline, "Russia criticised Armenia.", "Russia", "Armenia")
    assert not any(f.startswith("ps1:") for f in feats)
    assert "ns1:criticise" in feats
