"""Tokens and closed word classes for reading sentences without a parser."""

from __future__ import annotations

import re
from functools import cache

from spacy.lookups import Table, load_lookups

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "DETERMINERS",
    "MODALS",
    "OWNER_PREPOSITIONS",
    "PREPOSITIONS",
    "PRONOUNS",
    "SUBORDINATORS",
    "is_adverb",
    "is_past_form",
    "lemma",
    "tokenize",
]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., K.U.
    r"|\d+(?:[.,]\d+)*"  # 50,000  11.8
    r"|[A-Za-z]+n't|[A-Za-z]+(?:[-'][A-Za-z]+)*-?"  # words, hyphenated, "anti-"
    r"|--|\S"
)
_CONTRACTIONS = {"WON'T": ("wo", "n't"), "CAN'T": ("ca", "n't")}

DETERMINERS = frozenset(
    "A AN THE THIS THESE THOSE ITS THEIR HIS HER OUR MY YOUR SOME ANY EACH EVERY "
    "NO ALL SEVERAL MANY".split()
)
PREPOSITIONS = frozenset(
    "OF IN ON AT BY WITH FROM TO FOR AGAINST ABOUT INTO ONTO OVER UNDER BETWEEN "
    "AMONG THROUGH DURING TOWARD TOWARDS NEAR ALONG ACROSS AROUND WITHOUT WITHIN "
    "UPON VIA DESPITE BEHIND BEYOND".split()
)
SUBORDINATORS = frozenset(
    "THAT WHICH WHO WHOM WHOSE WHEN WHILE WHERE BECAUSE ALTHOUGH THOUGH IF UNLESS "
    "WHETHER AS AFTER BEFORE SINCE UNTIL".split()
)
CONJUNCTIONS = frozenset({"AND", "OR", "NOR", "BUT"})
# Parsers tag these MD, never VB: a dictionary "verb" SHOULD is not coded.
MODALS = frozenset("WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST WO CA".split())
AUXILIARIES = MODALS | frozenset(
    "IS ARE WAS WERE BE BEEN BEING AM HAS HAVE HAD HAVING DO DOES DID 'S".split()
)
ADVERBS = frozenset(
    "NOT N'T NEVER ALSO STILL AGAIN NOW EVER EVEN JUST ALREADY SOON THEN ABOUT "
    "REALLY".split()
)
PRONOUNS = frozenset("IT HE SHE THEY WE I YOU HIM THEM US ONE".split())
# Prepositions whose object owns the noun before them: "the government of
# Gondor", "activists in Arnor", "soldiers from Gondor".
OWNER_PREPOSITIONS = frozenset({"OF", "IN", "FROM", "AT"})


def tokenize(text: str) -> list[str]:
    """Split a sentence into Penn-Treebank-like tokens: "Gondor's" -> "Gondor",
    "'s"; "didn't" -> "did", "n't"; "won't" -> "wo", "n't"; "Dol_Amroth" -> two."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ")
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        upper = token.upper()
        if upper in _CONTRACTIONS:
            tokens.extend(_CONTRACTIONS[upper])
        elif upper.endswith("N'T") and len(token) > 3:
            tokens.extend((token[:-3], token[-3:]))
        elif upper.endswith("'S") and len(token) > 2:
            tokens.extend((token[:-2], token[-2:]))
        else:
            tokens.append(token)
    return tokens


def is_adverb(word: str) -> bool:
    """A closed-class adverb or an -ly word (upper case)."""
    return word in ADVERBS or (word.endswith("LY") and len(word) > 4)


@cache
def _lemmas() -> Table:
    # spacy-lookups-data's English table (a runtime dependency already): read
    # once, in about half a second.
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def is_past_form(word: str) -> bool:
    """True for a past tense or participle ("left", "said", "broken", "attacked"):
    forms nouns do not share, unlike "attack", "attacks" or "meeting"."""
    low = word.lower()
    if low.endswith(("s", "ing")):
        return False
    lemma = _lemmas().get(low)
    return (lemma is not None and lemma != low) or low.endswith("ed")


def lemma(word: str) -> str:
    """The lower-case dictionary form of an English word ("LEFT" -> "leave")."""
    low = word.lower()
    found = _lemmas().get(low)
    return str(found) if found else low
