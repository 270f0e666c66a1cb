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
