"""The lean news tokenizer (nlp/tokenizer.py): abbreviations, affixes, infixes."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from allegiance.nlp.tokenizer import make_tokenizer


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp


def words(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviations with inner periods stay whole; the final period of the
        # sentence is its own token.
        (
            "The U.S. and the U.N. condemned the test.",
            ["The", "U.S.", "and", "the", "U.N.", "condemned", "the", "test", "."],
        ),
        (
            "E.U. envoys met in Brussels.",
            ["E.U.", "envoys", "met", "in", "Brussels", "."],
        ),
        # Titles and months from spaCy's exceptions.
        (
            "Gen. Valery Gerasimov flew to Minsk on Jan. 12.",
            [
                "Gen.",
                "Valery",
                "Gerasimov",
                "flew",
                "to",
                "Minsk",
                "on",
                "Jan.",
                "12",
                ".",
            ],
        ),
        ("Mr. Aliyev spoke.", ["Mr.", "Aliyev", "spoke", "."]),
        ("Sen. Bob Menendez objected.", ["Sen.", "Bob", "Menendez", "objected", "."]),
    ],
)
def test_abbreviations_stay_whole(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After two capitals a period ends the word: "NATO." is no abbreviation.
        ("Finland joined NATO.", ["Finland", "joined", "NATO", "."]),
        ("Armenia left the CSTO.", ["Armenia", "left", "the", "CSTO", "."]),
        # After a digit or lower case too.
        ("It happened in 2022.", ["It", "happened", "in", "2022", "."]),
    ],
)
def test_sentence_final_period_is_split(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia's bid", ["Armenia", "'s", "bid"]),
        ("Armenia\u2019s bid", ["Armenia", "\u2019s", "bid"]),
        ("ARMENIA'S BID", ["ARMENIA", "'S", "BID"]),
        ("the allies' summit", ["the", "allies", "'", "summit"]),
    ],
)
def test_possessives_are_split(nlp: Language, text: str, expected: list[str]) -> None:
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen between letters splits, so "Russian-led" exposes "Russian".
        ("the Russian-led bloc", ["the", "Russian", "-", "led", "bloc"]),
        ("Armenian-Azerbaijani talks", ["Armenian", "-", "Azerbaijani", "talks"]),
        # Between digits too, and en and em dashes alike.
        ("in 2023-24", ["in", "2023", "-", "24"]),
        ("Russia\u2013Ukraine war", ["Russia", "\u2013", "Ukraine", "war"]),
        # Double dashes and ellipses are tokens of their own.
        ("left--then returned", ["left", "--", "then", "returned"]),
        ("He paused...then spoke", ["He", "paused", "...", "then", "spoke"]),
        # Commas and slashes between letters without spaces.
        ("Russia,Belarus", ["Russia", ",", "Belarus"]),
        ("EU/NATO", ["EU", "/", "NATO"]),
    ],
)
def test_infixes(nlp: Language, text: str, expected: list[str]) -> None:
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will leave," he said.',
            ['"', "We", "will", "leave", ",", '"', "he", "said", "."],
        ),
        ("(a CSTO member)", ["(", "a", "CSTO", "member", ")"]),
        ("\u201cNo,\u201d she said", ["\u201c", "No", ",", "\u201d", "she", "said"]),
        ("\u00abNon\u00bb", ["\u00ab", "Non", "\u00bb"]),
        (
            "$5bn and \u20ac3bn and \u00a32bn",
            ["$", "5bn", "and", "\u20ac", "3bn", "and", "\u00a3", "2bn"],
        ),
        ("up 5%!", ["up", "5", "%", "!"]),
        ("Why?", ["Why", "?"]),
        ("#NATO", ["#", "NATO"]),
    ],
)
def test_prefixes_and_suffixes(nlp: Language, text: str, expected: list[str]) -> None:
    assert words(nlp, text) == expected


def test_urls_stay_whole(nlp: Language) -> None:
    assert words(nlp, "See https://www.nato.int/cps/en/ today.") == [
        "See",
        "https://www.nato.int/cps/en/",
        "today",
        ".",
    ]


def test_tokens_keep_their_text(nlp: Language) -> None:
    text = "Yerevan's envoy -- reportedly -- left the U.N. talks (again)."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "U.N." in [t.text for t in doc]
