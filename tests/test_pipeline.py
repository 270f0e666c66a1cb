"""The pipeline's own helpers (pipeline.py)."""

from __future__ import annotations

import hashlib
import re

import pytest

from allegiance.nlp.spans import doc_text
from allegiance.pipeline import Pipeline, content_hash


@pytest.mark.parametrize(
    "text",
    [
        "Armenia froze ties.",
        "  Armenia\t froze\n\n ties.\u00a0\u2003 ",
        "\x1c\x1dseparators\u2028and\u3000ideographic\x85spaces\x1f",
        "",
        " \n\t ",
    ],
)
def test_content_hash_collapses_whitespace(text: str) -> None:
    # The key is the SHA-256 of the text with every run of whitespace (as
    # Python's re reads \s) made one space, and the ends stripped.
    collapsed = re.sub(r"\s+", " ", text).strip()
    assert content_hash(text) == hashlib.sha256(collapsed.encode()).hexdigest()


def test_doc_text_is_the_coded_text(pipeline: Pipeline) -> None:
    # The pipeline keeps the text it tokenised as the doc's text.
    text = "Armenia  froze ties.\n\nRussia   said so ."
    doc = pipeline.doc(text)
    assert doc_text(doc) is text
    assert doc.text == text


def test_stages_are_read_once_at_build(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `doc` runs the stages kept at build, in the order of `nlp.pipeline`,
    # without reading that property (which builds a new list on every read).
    assert pipeline._stages == tuple(proc for _, proc in pipeline.nlp.pipeline)
    text = "Turkey and Greece held talks in Ankara on Tuesday."
    expected = [(s.start, s.end, s.text) for s in pipeline.doc(text)._.actor_spans]

    def unread(self: object) -> None:
        raise AssertionError("nlp.pipeline read while coding")

    monkeypatch.setattr(type(pipeline.nlp), "pipeline", property(unread))
    doc = pipeline.doc(text)
    assert [(s.start, s.end, s.text) for s in doc._.actor_spans] == expected
    assert doc._.events
