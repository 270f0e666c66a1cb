"""Tests for allegiance.nlp.topics: event words that name a topic, not an act."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.nlp.topics import (
    discussed,
    submitted_bid,
    topic_gerund,
    topic_of_talks,
)
from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _occurrences(pipe: Pipeline, text: str):  # type: ignore[no-untyped-def]
    """The trigger occurrences of a one-sentence text, with the doc."""
    doc = pipe.doc(text, date=dt.date(2024, 5, 1))
    coder = pipe.nlp.get_pipe("events")
    sent = next(iter(doc.sents))
    matches = coder.matcher(doc, sent.start, sent.end)
    return doc, coder.occurrences(doc, sent, matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia held talks on joining the EU.", True),
        ("Georgia began joining the EU programmes.", False),
    ],
)
def test_topic_of_talks(pipe: Pipeline, text: str, expected: bool) -> None:
    doc, occs = _occurrences(pipe, text)
    joins = [o for o in occs if doc[o.start].lower_ == "joining"]
    assert joins
    assert topic_of_talks(doc, joins[0], 0) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey lifted its veto on Sweden joining NATO.", True),
        ("Erdogan warned against leaving the CSTO.", True),
        ("Sweden completed the process of joining NATO.", False),
    ],
)
def test_topic_gerund(pipe: Pipeline, text: str, expected: bool) -> None:
    doc, occs = _occurrences(pipe, text)
    gerunds = [o for o in occs if doc[o.start].lower_.endswith("ing")]
    assert gerunds
    assert topic_gerund(doc, gerunds[0], 0) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt submitted a bid to join BRICS.", True),
        ("Egypt decided to join BRICS.", False),
    ],
)
def test_submitted_bid(pipe: Pipeline, text: str, expected: bool) -> None:
    doc, occs = _occurrences(pipe, text)
    joins = [o for o in occs if doc[o.start].lower_ == "join"]
    assert joins
    assert submitted_bid(doc, joins[0]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders discussed energy and the normalisation of relations "
            "between Azerbaijan and Armenia.",
            True,
        ),
        ("The normalisation of relations was on the agenda in Baku.", True),
        ("Azerbaijan and Armenia began the normalisation of relations.", False),
    ],
)
def test_discussed(pipe: Pipeline, text: str, expected: bool) -> None:
    doc, occs = _occurrences(pipe, text)
    plans = [(o, 0, len(doc), None) for o in occs]
    topics = [o for o in occs if doc[o.start].lower_ == "normalisation"]
    assert topics
    assert discussed(doc, topics[0], plans) is expected  # type: ignore[arg-type]
