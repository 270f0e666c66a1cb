"""Sentence splitting without a model (nlp/sentences.py)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from allegiance.nlp.sentences import SentenceSplitter
from allegiance.nlp.spans import sentence_bounds
from allegiance.nlp.tokenizer import make_tokenizer
from allegiance.pipeline import Pipeline, make_article


@pytest.fixture(scope="module")
def split():  # type: ignore[no-untyped-def]
    nlp: Language = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp)
    splitter = SentenceSplitter(nlp)

    def _split(text: str) -> list[str]:
        doc = splitter(nlp.make_doc(text))
        return [doc[s:e].text for s, e in sentence_bounds(doc)]

    return _split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. State Department said on Monday that it would send aid. Moscow objected.",
            [
                "The U.S. State Department said on Monday that it would send aid.",
                "Moscow objected.",
            ],
        ),
        (
            "Gen. Valery Gerasimov visited Minsk on Tuesday. He met Belarusian commanders.",
            [
                "Gen. Valery Gerasimov visited Minsk on Tuesday.",
                "He met Belarusian commanders.",
            ],
        ),
        (
            "The talks opened in Geneva on Jan. 15 and closed on Feb. 2. No deal was reached.",
            [
                "The talks opened in Geneva on Jan. 15 and closed on Feb. 2.",
                "No deal was reached.",
            ],
        ),
        (
            "The U.N. Security Council met on Friday. It adopted no resolution.",
            ["The U.N. Security Council met on Friday.", "It adopted no resolution."],
        ),
        (
            "Mr. Aliyev and Mr. Pashinyan met in Brussels.",
            ["Mr. Aliyev and Mr. Pashinyan met in Brussels."],
        ),
        (
            "Lt. Gen. Andrei Mordvichev took command. Col. Petrov stayed.",
            ["Lt. Gen. Andrei Mordvichev took command.", "Col. Petrov stayed."],
        ),
        (
            "No. 10 said Britain would send more troops to Estonia. Tallinn welcomed it.",
            [
                "No. 10 said Britain would send more troops to Estonia.",
                "Tallinn welcomed it.",
            ],
        ),
        (
            "Maj. Gen. Anna Berg and Capt. Lars Holm arrived under Art. 5 plans.",
            ["Maj. Gen. Anna Berg and Capt. Lars Holm arrived under Art. 5 plans."],
        ),
    ],
)
def test_abbreviations_do_not_end_sentences(
    split, text: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Is Armenia leaving the bloc? Pashinyan would not say. Moscow fumed!",
            [
                "Is Armenia leaving the bloc?",
                "Pashinyan would not say.",
                "Moscow fumed!",
            ],
        ),
        # A closing bracket or quote stays with the sentence it closes.
        (
            "Armenia froze its participation (in February.) Russia said little.",
            ["Armenia froze its participation (in February.)", "Russia said little."],
        ),
        (
            'Pashinyan called the bloc "a threat." The Kremlin disagreed.',
            ['Pashinyan called the bloc "a threat."', "The Kremlin disagreed."],
        ),
        # An ellipsis before a lower-case word does not end the sentence.
        (
            "He said... then stopped. Talks resumed.",
            ["He said... then stopped.", "Talks resumed."],
        ),
        # A paragraph break ends a sentence even without punctuation.
        (
            "Armenia and the CSTO\n\nRussia reacted on Friday.",
            ["Armenia and the CSTO\n\n", "Russia reacted on Friday."],
        ),
        # So does a line break inside a run of spaces and tabs; other runs of
        # spaces do not.
        (
            "Armenia left  \t\n  Russia   reacted.",
            ["Armenia left  \t\n  ", "Russia   reacted."],
        ),
    ],
)
def test_terminal_punctuation_and_breaks(split, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert split(text) == expected


def test_unknown_abbreviation_before_lower_case_continues(split) -> None:  # type: ignore[no-untyped-def]
    # "approx" is no known abbreviation: its period is split off, but a
    # lower-case word after it means the sentence goes on.
    assert split("Troops numbered approx. five thousand. Kyiv confirmed it.") == [
        "Troops numbered approx. five thousand.",
        "Kyiv confirmed it.",
    ]


def test_one_sentence(split) -> None:  # type: ignore[no-untyped-def]
    assert split("Armenia put its CSTO membership on ice in February.") == [
        "Armenia put its CSTO membership on ice in February."
    ]


def test_blank_text_codes_to_no_events(pipeline: Pipeline) -> None:
    # An extracted page with no body text: the normaliser makes it "".
    assert pipeline.code_text("  \n\n  ", date=dt.date(2024, 2, 23)) == []


def test_pipeline_sentences_and_event_indices(pipeline: Pipeline) -> None:
    text = (
        "The U.S. Senate backed Finland's bid on Jan. 5. "
        "Turkey ratified Finland's accession on March 30. "
        "Finland formally joined NATO on April 4."
    )
    coded = pipeline.code_article(make_article(text, date=dt.date(2023, 4, 4)))
    assert [s.text for s in coded.sentences] == [
        "The U.S. Senate backed Finland's bid on Jan. 5.",
        "Turkey ratified Finland's accession on March 30.",
        "Finland formally joined NATO on April 4.",
    ]
    # Sentence offsets point into the normalised text.
    for s in coded.sentences:
        assert coded.article.text[s.start : s.end] == s.text
    [join] = [e for e in coded.events if e.alliance_move == "join"]
    assert (join.source, join.target, join.sent_index) == ("FIN", "NATO", 2)


def test_closers_after_an_end_mark_stay_with_its_sentence(split) -> None:  # type: ignore[no-untyped-def]
    text = (
        'He said "Armenia will leave." Baku objected. (Moscow agreed.) Then\nmore! Done'
    )
    assert split(text) == [
        'He said "Armenia will leave."',
        "Baku objected.",
        "(Moscow agreed.)",
        "Then\n",
        "more!",
        "Done",
    ]
