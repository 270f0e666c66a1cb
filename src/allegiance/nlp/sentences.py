"""Sentence splitting for news text without a statistical model."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["SentenceSplitter"]

_ENDS = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
_CLOSERS = frozenset({'"', "'", ")", "]", "»", "''"})


class SentenceSplitter:
    """Mark sentence starts after terminal punctuation and at paragraph breaks.

    spaCy's tokenizer already keeps abbreviations ("U.S.", "Mr.") whole, so a
    lone period token ends a sentence unless the next word starts in lower case
    (an abbreviation the tokenizer did not know). Closing quotes and brackets
    stay with the sentence they close.
    """

    def __init__(self, nlp: Language, name: str = "allegiance_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set `is_sent_start` on every token of `doc`."""
        n = len(doc)
        if n == 0:
            return doc
        doc[0].is_sent_start = True
        starts = [False] * n
        i = 0
        while i < n:
            tok = doc[i]
            if tok.is_space and "\n" in tok.text:
                if i + 1 < n:
                    starts[i + 1] = True
            elif tok.text in _ENDS or (
                tok.text.endswith(".") and tok.text[-2:] == '."'
            ):
                j = i + 1
                while j < n and doc[j].text in _CLOSERS:
                    j += 1
                if j < n and not _continues(doc, j):
                    starts[j] = True
                i = j - 1
            i += 1
        for k in range(1, n):
            doc[k].is_sent_start = starts[k]
        return doc


def _continues(doc: Doc, j: int) -> bool:
    """Whether the text after a period is the same sentence (lower-case word)."""
    nxt = doc[j]
    while nxt.is_space and j + 1 < len(doc) and "\n" not in nxt.text:
        j += 1
        nxt = doc[j]
    return nxt.text[:1].islower()
