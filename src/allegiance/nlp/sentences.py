"""Sentence splitting for news text without a statistical model."""

from __future__ import annotations

from itertools import compress

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .spans import token_strings

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
        """Mark the first token of every sentence of `doc` (a parsed doc keeps
        the parser's sentences: spaCy forbids rewriting them)."""
        if doc.has_annotation("DEP"):
            doc.user_data["allegiance_sent_starts"] = [s.start for s in doc.sents]
            return doc
        texts = token_strings(doc).texts
        n = len(texts)
        if n == 0:
            return doc
        starts = [0]
        ends = _ENDS
        # Only line breaks and end marks can end a sentence: visit those alone,
        # found in C. A line break is in a whitespace token (the tokenizer
        # splits at whitespace), and no end mark is whitespace.
        marks = sorted(
            [
                *compress(range(n), map(ends.__contains__, texts)),
                *(
                    k
                    for k in compress(range(n), map(str.isspace, texts))
                    if "\n" in texts[k]
                ),
            ]
        )
        after = 0  # the closers after an end mark belong to it
        for i in marks:
            if i < after:
                continue
            text = texts[i]
            if text.isspace() and "\n" in text:
                if i + 1 < n:
                    starts.append(i + 1)
            elif text in ends:
                j = i + 1
                while j < n and texts[j] in _CLOSERS:
                    j += 1
                if j < n and not _continues(texts, j):
                    starts.append(j)
                after = j
        # Only starts are set: tokens left unset count as sentence-internal. A
        # first token's flag alone does not mark the doc as split, so a
        # one-sentence doc also says its second token starts nothing.
        ordered = sorted(set(starts))
        # One array write, not a Token object per sentence (1 starts a sentence,
        # -1 continues one, 0 is unset).
        flags = doc.to_array(SENT_START).astype("int64")
        flags[ordered] = 1
        if len(starts) == 1 and n > 1:
            flags[1] = -1
        doc.from_array([SENT_START], flags.astype("uint64"))
        doc.user_data["allegiance_sent_starts"] = ordered
        return doc


def _continues(texts: list[str], j: int) -> bool:
    """Whether the text after a period is the same sentence (lower-case word)."""
    while texts[j].isspace() and j + 1 < len(texts) and "\n" not in texts[j]:
        j += 1
    return texts[j][:1].islower()
