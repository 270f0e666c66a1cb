"""Per-doc token strings, offsets and span texts (nlp/spans.py)."""

from __future__ import annotations

from allegiance.nlp.spans import char_offsets, span_text, token_strings
from allegiance.pipeline import Pipeline


def test_strings_of_words_never_seen_before(pipeline: Pipeline) -> None:
    # Made-up words are not yet in the string cache: they are read from the
    # store, in their places among known ones.
    doc = pipeline.nlp.make_doc("Zorblatt and Quenfrix met Armenia's Vlorpian envoy.")
    strings = token_strings(doc)
    assert strings.texts == [t.text for t in doc]
    assert strings.lowers == [t.lower_ for t in doc]
    assert strings.spaces == [bool(t.whitespace_) for t in doc]


def test_offsets_and_span_texts_match_spacy(pipeline: Pipeline) -> None:
    doc = pipeline.nlp.make_doc("Russia  attacked Ukraine.\n\nKyiv said so , again")
    assert char_offsets(doc) == [t.idx for t in doc] + [len(doc.text)]
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
