"""The parse tier: arguments from a dependency parse, tested on hand-built parses.

The project does not depend on an English parser (spaCy's models come from
GitHub; the PyPI re-upload measured in the README is not a dependency), so the
parses are written by hand the way spaCy's parser labels them, and a tiny parser
is trained here to check that loading a model keeps its weights.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

from allegiance.errors import ConfigError
from allegiance.nlp.arguments import Args
from allegiance.nlp.components import make_nlp
from allegiance.nlp.events import _fill_from_parse
from allegiance.nlp.spans import ActorSpan
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


def test_a_loaded_parser_keeps_its_trained_weights(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Initialising a loaded pipeline again replaced the parser's weights with
    # random ones: every token came out ROOT and the parse tier coded nothing.
    nlp = spacy.blank("en")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    words = ["Armenia", "froze", "its", "membership", "."]
    gold = {
        "heads": [1, 1, 3, 1, 1],
        "deps": ["nsubj", "ROOT", "poss", "dobj", "punct"],
    }
    examples = [Example.from_dict(nlp.make_doc(" ".join(words)), gold)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(tmp_path / "tiny")
    reference = [t.dep_ for t in spacy.load(tmp_path / "tiny")(" ".join(words))]
    assert reference == gold["deps"]
    ours = make_nlp(parser_model=str(tmp_path / "tiny"))
    doc = ours.make_doc(" ".join(words))
    for _, proc in ours.pipeline:
        doc = proc(doc)
    assert [t.dep_ for t in doc] == reference


def _span(start: int, name: str) -> ActorSpan:
    return ActorSpan(start, start + 1, 0, name, "name")


def test_the_parse_fills_only_what_the_rules_missed() -> None:
    arm, rus, csto = _span(0, "ARM"), _span(3, "RUS"), _span(6, "CSTO")
    rules = Args([arm], [csto])
    assert _fill_from_parse(rules, Args([rus], [rus])) is rules
    assert (rules.sources, rules.targets) == ([arm], [csto])
    no_target = _fill_from_parse(Args([arm], []), Args([rus], [csto, arm]))
    assert (no_target.sources, no_target.targets) == ([arm], [csto])  # type: ignore[union-attr]
    assert _fill_from_parse(None, Args([rus], [])) is not None
    assert _fill_from_parse(None, None) is None
    kept = Args([], [csto])
    assert _fill_from_parse(kept, None) is kept
