"""Text normalisation: unicode, quotes and dashes, and censored or garbled names."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Normalizer", "Repair"]

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u00ad": None,
        "\u2026": "...",
    }
)
# A word with a masked part: "Nagorno-Kara**", "Armenia**", "Lukash**ko".
_MASKED = re.compile(r"(?<![\w*])([A-Za-z][\w'.-]*?)?(\*{2,}|\*)([\w'-]*)")
# A mask standing alone between words, e.g. the title in "Belarusian ** Lukashenko".
_LONE_MASK = re.compile(r"(?<=\S) +\*{2,} +(?=\S)")
# Runs of spaces and tabs become one space (a lone space is left as it is).
_SPACES = re.compile(r"[ \t]{2,}|\t")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Repair:
    """One change the normaliser made to a masked word, for the record."""

    before: str
    after: str
    why: str


@dataclass(slots=True)
class Normalizer:
    """Normalise article text before tokenisation.

    `names` are the knowledge base's surface forms; a masked word ("Kara**") is
    completed only when exactly one known name (up to case) fits the visible part,
    otherwise the mask is dropped and the visible part kept. The stage is a plain
    callable rather than a spaCy component because it must run before tokenising.
    """

    names: Iterable[str] = ()
    _lower: dict[str, str] = field(default_factory=dict, init=False)
    _rank: dict[str, int] = field(default_factory=dict, init=False)
    _words: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        for rank, name in enumerate(self.names):
            # The first spelling given wins: callers list canonical names first.
            low = name.lower()
            if low not in self._lower:
                self._lower[low] = name
                self._rank[low] = rank
        self._words = sorted(self._lower)

    def __call__(self, text: str) -> str:
        """Return `text` normalised (see `normalise_with_repairs`)."""
        return self.normalise_with_repairs(text)[0]

    def normalise_with_repairs(self, text: str) -> tuple[str, list[Repair]]:
        """Normalise `text` and list the masked words it repaired."""
        text = unicodedata.normalize("NFC", text)
        if not text.isascii():  # every character _TRANSLATE maps is non-ASCII
            text = text.translate(_TRANSLATE)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        repairs: list[Repair] = []
        if "*" in text:
            text = _LONE_MASK.sub(" ", text)
            text = _MASKED.sub(lambda m: self._unmask(m, repairs), text)
        # Each pattern needs a tab, two spaces or a line break: the checks scan
        # the text faster than the patterns do.
        if "\t" in text or "  " in text:
            text = _SPACES.sub(" ", text)
        if "\n" in text:
            text = _BLANK_LINES.sub("\n\n", text)
        return text.strip(), repairs

    def _unmask(self, match: re.Match[str], repairs: list[Repair]) -> str:
        head, mask, tail = match.group(1) or "", match.group(2), match.group(3) or ""
        original = match.group(0)
        if not head and not tail:
            return original  # a bare asterisk (footnote, bullet): not a mask
        candidates = self._complete(head, tail, open_end=len(mask) > 1 and not tail)
        if len(candidates) == 1:
            repairs.append(
                Repair(original, candidates[0], "completed from a known name")
            )
            return candidates[0]
        repairs.append(
            Repair(
                original,
                head + tail,
                f"{len(candidates)} known names fit; kept the visible part",
            )
        )
        return head + tail

    def _complete(self, head: str, tail: str, *, open_end: bool) -> list[str]:
        low_head, low_tail = head.lower(), tail.lower()
        if low_head in self._lower and not tail:
            return [self._lower[low_head]]
        found: dict[str, str] = {}
        for word in self._prefixed(low_head):
            if not word.endswith(low_tail) or len(word) <= len(low_head) + len(
                low_tail
            ):
                continue
            middle = word[len(low_head) : len(word) - len(low_tail)]
            # The mask hides part of one word: no spaces inside it, and a short
            # mask ("*") hides at most a few letters.
            if " " in middle or (not open_end and len(middle) > 4):
                continue
            found.setdefault(word, self._lower[word])
        ordered = dict(sorted(found.items(), key=lambda kv: self._rank[kv[0]]))
        return _distinct_entities(ordered)

    def _prefixed(self, prefix: str) -> Iterable[str]:
        i = bisect.bisect_left(self._words, prefix)
        while i < len(self._words) and self._words[i].startswith(prefix):
            yield self._words[i]
            i += 1


def _distinct_entities(found: dict[str, str]) -> list[str]:
    # "Nagorno-Karabakh" and "Nagorno-Karabagh" both fit "Nagorno-Kara**": spelling
    # variants of one name count once (the first listed wins), different names do not.
    names = list(found.values())
    kept: list[str] = []
    for name in names:
        if not any(_variant(name, k) for k in kept):
            kept.append(name)
    return kept


def _variant(a: str, b: str) -> bool:
    if len(a) != len(b):
        return a.lower().startswith(b.lower()) or b.lower().startswith(a.lower())
    return sum(x != y for x, y in zip(a.lower(), b.lower(), strict=True)) <= 1
