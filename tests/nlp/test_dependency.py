"""The parse tier: arguments from a dependency parse, tested on hand-built parses.

No English parser can be installed here (spaCy's models come from GitHub), so
the parses are written by hand the way spaCy's parser labels them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from allegiance.errors import ConfigError
from allegiance.nlp.components import make_nlp
from allegiance.pipeline import Pipeline


def _parsed(pipeline: Pipeline, words, heads, deps, pos):  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc._.date = dt.date(2024, 2, 23)
    doc._.article_id = "t"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_long_subject_is_found_through_the_parse(pipeline: Pipeline) -> None:
    # "Armenia , which Russia once protected , froze its membership in the CSTO ."
    words = [
        "Armenia",
        ",",
        "which",
        "Russia",
        "once",
        "protected",
        ",",
        "froze",
        "its",
        "membership",
        "in",
        "the",
        "CSTO",
        ".",
    ]
    heads = [7, 0, 5, 5, 5, 0, 0, 7, 9, 7, 9, 12, 10, 7]
    deps = [
        "nsubj",
        "punct",
        "dobj",
        "nsubj",
        "advmod",
        "relcl",
        "punct",
        "ROOT",
        "poss",
        "dobj",
        "prep",
        "det",
        "pobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "PUNCT",
        "PRON",
        "PROPN",
        "ADV",
        "VERB",
        "PUNCT",
        "VERB",
        "PRON",
        "NOUN",
        "ADP",
        "DET",
        "PROPN",
        "PUNCT",
    ]
    doc = _parsed(pipeline, words, heads, deps, pos)
    assert doc.has_annotation("DEP")
    freeze = [e for e in doc._.events if e.alliance_move == "freeze"]
    assert [(e.source, e.target) for e in freeze] == [("ARM", "CSTO")]


def test_passive_agent(pipeline: Pipeline) -> None:
    # "Ukraine was attacked by Russia ."
    words = ["Ukraine", "was", "attacked", "by", "Russia", "."]
    heads = [2, 2, 2, 2, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _parsed(pipeline, words, heads, deps, pos)
    assert {(e.source, e.target, e.plover) for e in doc._.events} == {
        ("RUS", "UKR", "ASSAULT")
    }


def test_missing_parser_model_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="leave parser_model empty"):
        make_nlp(parser_model="no_such_model_xyz")
