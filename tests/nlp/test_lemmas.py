"""The lookup lemmatiser stage (nlp/lemmas.py)."""

from __future__ import annotations

from allegiance.nlp.spans import toks
from allegiance.pipeline import Pipeline


def test_new_words_among_known_ones(pipeline: Pipeline) -> None:
    # Words never seen before (twice in one doc) take the lookup; the rest
    # come from the cache; all are lower case, and spaCy's lemma_ agrees.
    doc = pipeline.doc("Talks on Qorvexes ended; Qorvexes Talks resumed in Vlanterra.")
    lemmas = toks(doc).lemma
    assert lemmas[:2] == ["talk", "on"]
    assert lemmas[2] == lemmas[5] == "qorvexes"
    assert lemmas[6] == "talk"
    assert lemmas == [t.lemma_ for t in doc]


def test_lemma_keys_survive_memory_zones(pipeline: Pipeline) -> None:
    # Lemma keys are kept only for strings added outside spaCy's memory zones:
    # "abacus", first added inside one as the lemma of "abacuses", is dropped
    # when the zone ends, and must be added again.
    text = "The abacuses whizzed."
    with pipeline.nlp.memory_zone():
        inside = pipeline.doc(text)
        assert [t.lemma_ for t in inside] == ["the", "abacus", "whizz", "."]
    doc = pipeline.doc(text)
    assert [t.lemma_ for t in doc] == ["the", "abacus", "whizz", "."]
    assert toks(doc).lemma == ["the", "abacus", "whizz", "."]


def test_inflections_missing_from_the_table(pipeline: Pipeline) -> None:
    # The English table has no "unblocked" or "airdropped"; the lemmatiser adds them.
    doc = pipeline.doc("Baku unblocked the road and Amman airdropped food.")
    assert [t.lemma_ for t in doc][1] == "unblock"
    assert [t.lemma_ for t in doc][6] == "airdrop"
