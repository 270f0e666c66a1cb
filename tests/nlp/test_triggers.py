"""The trigger index (nlp/triggers.py): patterns found by their first word."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from allegiance.errors import DataFileError
from allegiance.nlp.lexicon import compile_shorthand
from allegiance.nlp.triggers import TriggerIndex
from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def parse(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    def _parse(text: str) -> Doc:
        return pipeline.doc(text, date=dt.date(2024, 2, 23))

    return _parse


@pytest.fixture(scope="module")
def lemma(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp.get_pipe("lemmas").lemma


def _found(index: TriggerIndex, doc: Doc) -> set[tuple[int, str]]:
    return {(key, doc[s:e].text) for key, s, e in index(doc)}


def test_lemma_patterns_match_inflections(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(1, [compile_shorthand("freeze")])
    doc = parse("Armenia froze ties; Georgia freezes talks; Moldova is freezing aid.")
    assert _found(index, doc) == {(1, "froze"), (1, "freezes"), (1, "freezing")}


def test_lexicon_values_are_lemmatised_like_the_text(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    # An author may write "talks": the index matches "talk" and "talks".
    index = TriggerIndex(lemma)
    index.add(7, [[{"LEMMA": "talks"}]])
    assert _found(index, parse("Talks resumed after a talk.")) == {
        (7, "Talks"),
        (7, "talk"),
    }


def test_optional_step_and_longest_match(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(2, [compile_shorthand("pull out of?")])
    doc = parse("Russia pulled out of the treaty and Iran pulled out.")
    assert _found(index, doc) == {(2, "pulled out of"), (2, "pulled out")}


def test_several_patterns_under_one_key(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(3, [compile_shorthand("withdraw from"), compile_shorthand("leave")])
    doc = parse("Armenia will leave the CSTO and withdraw from its bodies.")
    assert _found(index, doc) == {(3, "leave"), (3, "withdraw from")}


def test_lower_orth_and_regex_steps(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(4, [[{"LOWER": "article"}, {"ORTH": {"REGEX": r"^[45]$"}}]])
    index.add(5, [[{"ORTH": "NATO"}]])
    doc = parse("NATO allies invoked Article 4, not article 5 or Article 6.")
    assert _found(index, doc) == {(4, "Article 4"), (4, "article 5"), (5, "NATO")}


def test_range_limits_the_start_not_the_end(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(6, [compile_shorthand("pull out of")])
    doc = parse("Russia pulled out of the treaty.")
    # A match starting inside [0, 2) may run past 2.
    assert index(doc, 0, 2) == [(6, 1, 4)]
    assert index(doc, 2, len(doc)) == []


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ([{"LEMMA": "leave", "OP": "?"}], "fixed, required word"),
        ([{"REGEX": "^le"}], "one of LEMMA, LOWER, ORTH"),
        ([{"LEMMA": {"REGEX": "^le"}}], "fixed, required word"),
        ([{"LEMMA": "leave"}, {"LOWER": "the", "OP": "+"}], "only OP '?'"),
        ([{"LEMMA": "leave", "LOWER": "left"}], "one of LEMMA, LOWER, ORTH"),
        ([{"LEMMA": {"NOT_IN": ["x"]}}], "unsupported token value"),
    ],
)
def test_bad_patterns_are_rejected(lemma, pattern, message: str) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    with pytest.raises(DataFileError, match=message) as err:
        index.add(1, [pattern], where="lexicon entry 'x.y'")
    assert "x.y" in str(err.value)


def test_word_needs_leave_out_only_unmet_triggers(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(1, [compile_shorthand("call for")], needs=[frozenset({"ceasefire"})])
    index.add(2, [compile_shorthand("call for")])
    index.add(3, [compile_shorthand("call")], needs=[{"truce"}, {"ceasefire"}])
    doc = parse("Turkey called for a ceasefire.")
    words = {t.lower_ for t in doc} | {t.lemma_ for t in doc}
    assert index(doc) == [(1, 1, 3), (2, 1, 3), (3, 1, 2)]
    # Entry 3 needs both sets: the sentence meets only the second.
    assert index(doc, words=words) == [(1, 1, 3), (2, 1, 3)]
    assert index(doc, words=words - {"ceasefire"}) == [(2, 1, 3)]
    with pytest.raises(ValueError, match="at most two"):
        index.add(4, [compile_shorthand("call")], needs=[{"a"}, {"b"}, {"c"}])


def test_second_word_and_doc_end(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    index = TriggerIndex(lemma)
    index.add(1, [compile_shorthand("pull out")])
    index.add(2, [[{"LEMMA": "pull"}, {"LOWER": {"REGEX": "^ou"}}]])
    index.add(3, [compile_shorthand("pull")])
    assert index(parse("Russia pulled out")) == [(1, 1, 3), (2, 1, 3), (3, 1, 2)]
    # At the end of the doc only the one-word pattern can match.
    assert index(parse("Russia pulled")) == [(3, 1, 2)]
    assert index(parse("Russia pulled back")) == [(3, 1, 2)]


def test_patterns_added_after_a_call_are_found(parse, lemma) -> None:  # type: ignore[no-untyped-def]
    # The index builds its lookup groups on first use: adding must rebuild them.
    index = TriggerIndex(lemma)
    index.add(1, [compile_shorthand("leave")])
    doc = parse("Armenia will leave the CSTO.")
    assert index(doc) == [(1, 2, 3)]
    index.add(2, [compile_shorthand("leave the")])
    index.add(3, [[{"ORTH": "CSTO"}]])
    assert index(doc) == [(1, 2, 3), (2, 2, 4), (3, 4, 5)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A time phrase may split a phrasal trigger.
        (
            "Guterres appealed on Wednesday for a ceasefire.",
            "appealed on Wednesday for",
        ),
        ("The EU called on Friday night for restraint.", "called on Friday night for"),
        ("Russia pulled last week out of the grain deal.", "pulled last week out of"),
    ],
)
def test_a_time_phrase_inside_a_phrasal_trigger(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    events = pipeline.code_text(text, date=dt.date(2023, 10, 25))
    assert trigger in {e.trigger for e in events}


def test_no_time_phrase_no_skip(pipeline: Pipeline) -> None:
    # "on Russia" is no time phrase: "called on" keeps its own reading.
    events = pipeline.code_text(
        "Armenia called on Russia to act.", date=dt.date(2023, 10, 25)
    )
    assert {e.trigger for e in events} == {"called on"}
