"""Per-doc token strings, offsets and span texts (nlp/spans.py)."""

from __future__ import annotations

import datetime as dt

from allegiance.nlp import spans
from allegiance.nlp.spans import (
    actor_spans,
    char_offsets,
    extension,
    span_text,
    token_strings,
)
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


def test_extension_reads_agree_with_spacy(pipeline: Pipeline) -> None:
    # The stages read their extensions from `doc.user_data`, where spaCy keeps
    # them: a spaCy that stored them elsewhere would break these reads.
    doc = pipeline.nlp.make_doc("Armenia froze its membership.")
    for name in ("date", "article_id", "actor_spans", "events"):
        assert extension(doc, name) == getattr(doc._, name)
    assert actor_spans(doc) == []
    doc._.date = dt.date(2024, 2, 23)
    doc._.article_id = "a1"
    coded = pipeline.doc("Armenia froze its membership.", article_id="a2")
    doc._.actor_spans = coded._.actor_spans
    assert extension(doc, "date") == dt.date(2024, 2, 23)
    assert extension(doc, "article_id") == "a1"
    assert actor_spans(doc) is coded._.actor_spans
    assert [s.text for s in actor_spans(doc)] == ["Armenia", "its"]
    assert extension(coded, "events") is coded._.events


def test_token_strings_kept_for_the_last_doc(pipeline: Pipeline) -> None:
    # The last doc's strings are answered by identity (no `user_data` lookup),
    # and asking for another doc's never returns the first one's.
    first = pipeline.nlp.make_doc("Kenya recalled its envoy.")
    second = pipeline.nlp.make_doc("Chile and Peru signed a pact on Monday.")
    a = token_strings(first)
    assert spans._LAST_STRINGS[0] == (first, a)
    assert token_strings(first) is a
    b = token_strings(second)
    assert spans._LAST_STRINGS[0][0] is second
    assert b.texts == [t.text for t in second]
    # Back to the first doc: its own strings, from `user_data`.
    assert token_strings(first) is a
    assert a.texts == [t.text for t in first]
    assert first.user_data["allegiance_tokens"] is a
