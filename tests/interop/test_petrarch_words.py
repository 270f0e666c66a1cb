"""Tokens and word classes for the text tier."""

from __future__ import annotations

import pytest

from allegiance.interop.petrarch.words import is_past_form, lemma, tokenize


def test_tokenize_like_the_treebank() -> None:
    assert tokenize("Gondor's troops didn't leave the U.S. base, won't they?") == [
        "Gondor", "'s", "troops", "did", "n't", "leave", "the", "U.S.", "base",
        ",", "wo", "n't", "they", "?",
    ]  # fmt: skip
    assert tokenize("an anti- Gondor parade of 50,000 at Dol_Amroth") == [
        "an", "anti-", "Gondor", "parade", "of", "50,000", "at", "Dol", "Amroth",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "past"),
    [("LEFT", True), ("ATTACKED", True), ("BROKEN", True), ("ATTACK", False),
     ("TALKS", False), ("MEETING", False), ("PARADE", False)],
)  # fmt: skip
def test_past_forms(word: str, past: bool) -> None:
    assert is_past_form(word) is past


def test_lemma() -> None:
    assert lemma("LEFT") == "leave" and lemma("Vesperia") == "vesperia"
