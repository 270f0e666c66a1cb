"""Lookup lemmas that ignore case: "Talks" at the start of a sentence is "talk"."""

from __future__ import annotations

import csv
from contextlib import suppress
from functools import cache
from importlib.resources import files

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc

from .spans import token_strings

__all__ = ["LookupLemmatizer"]

# Clitics the English table maps to verbs ("'s" -> "have"), which would make a
# possessive look like a verb to the trigger patterns.
_KEEP = frozenset({"'s", "'", "'re", "'ve", "'d", "'ll", "'m"})


@cache
def _missing() -> dict[str, str]:
    """Inflections the English table lacks (data/lexicon/lemma_exceptions.csv),
    so that a trigger's lemma finds them."""
    path = files("allegiance") / "data" / "lexicon" / "lemma_exceptions.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["form"].lower(): row["lemma"].lower() for row in csv.DictReader(fh)}


class LookupLemmatizer:
    """Lemmas from spacy-lookups-data's English table, case-insensitively.

    spaCy's own lemmatizer in lookup mode looks the word up as written, so a
    capitalised sentence-initial "Talks" or "Sanctions" stays unlemmatised; this
    stage tries the lower-case form too and always returns a lower-case lemma.
    (spaCy's default rule mode does nothing at all without a tagger.)
    """

    def __init__(self, nlp: Language, name: str = "allegiance_lemmas") -> None:
        self.name = name
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self._cache: dict[str, str] = {}
        # Each lemma's key in the string store, once added there: adding every
        # token's lemma anew hashes its text each time. Kept for one store, and
        # filled only outside spaCy's memory zones (whose strings are dropped
        # when the zone ends).
        self._store: object = None
        self._keys: dict[str, int] = {}

    def lemma(self, text: str) -> str:
        """The lower-case lemma of one word."""
        cached = self._cache.get(text)
        if cached is None:
            low = text.lower()
            if low in _KEEP:
                cached = low
            elif low in _missing():
                cached = _missing()[low]
            else:
                cached = str(self.table.get(text) or self.table.get(low) or low).lower()
            self._cache[text] = cached
        return cached

    def __call__(self, doc: Doc) -> Doc:
        """Set `lemma_` on every token (in one array write)."""
        texts = token_strings(doc).texts
        # Read the cache in C; only words not seen before take the method call.
        lemmas: list[str | None] = list(map(self._cache.get, texts))
        if None in lemmas:
            k = lemmas.index(None)
            with suppress(ValueError):  # raised after the last None
                while True:
                    lemmas[k] = self.lemma(texts[k])
                    k = lemmas.index(None, k + 1)
        doc.user_data["allegiance_lemmas"] = lemmas
        if lemmas:
            doc.from_array(
                [LEMMA],
                numpy.array(self._lemma_keys(doc, lemmas), dtype="uint64"),  # type: ignore[arg-type]
            )
        return doc

    def _lemma_keys(self, doc: Doc, lemmas: list[str]) -> list[int]:
        """The string-store keys of `lemmas`, each added to the doc's store."""
        strings = doc.vocab.strings
        if getattr(doc.vocab, "in_memory_zone", False):
            return list(map(strings.add, lemmas))
        if strings is not self._store:
            self._store, self._keys = strings, {}
        known = self._keys
        keys: list[int | None] = list(map(known.get, lemmas))
        if None in keys:
            k = keys.index(None)
            with suppress(ValueError):  # raised after the last None
                while True:
                    key = known[lemmas[k]] = strings.add(lemmas[k])
                    keys[k] = key
                    k = keys.index(None, k + 1)
        return keys  # type: ignore[return-value]
