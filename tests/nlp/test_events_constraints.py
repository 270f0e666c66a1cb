"""EventCoder._constraints: the sentence-word shortcut gives the scan's answer
(nlp/events.py; kept apart from test_events.py, which tests whole events)."""

from __future__ import annotations

import pytest

from allegiance.nlp.spans import toks
from allegiance.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Armenia asked Russia for military support, but Moscow refused the request.",
        "Turkey called on Sweden to stop its support for the PKK.",
        "Finland joined the North Atlantic Treaty Organization in April.",
        "Four villages were returned by Armenia to Azerbaijan on Friday.",
        "Iran agreed with his counterpart, Mostafa Najjar, to exchange prisoners.",
    ],
)
def test_sentence_words_give_the_same_answer(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.doc(text)
    coder = pipeline.nlp.get_pipe("events")
    sent = next(iter(doc.sents))
    tk = toks(doc)
    words = set(tk.lower[sent.start : sent.end]) | set(tk.lemma[sent.start : sent.end])
    matches = coder.matcher(doc, sent.start, sent.end)
    assert matches
    for key, start, end in matches:
        trig = coder.by_key[key]
        for by in (True, False):
            scanned = coder._constraints(doc, sent, trig, start, end, set(), by)
            short = coder._constraints(doc, sent, trig, start, end, set(), by, words)
            assert short == scanned, trig.id
