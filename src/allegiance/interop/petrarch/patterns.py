"""Match a verb block's patterns around a verb, TABARI-style, and read their slots."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .matching import Mention
from .verbs import EventCode, PatternItem, Synset, VerbBlock, VerbPattern

__all__ = ["PatternMatch", "SentenceFacts", "match_block"]


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What pattern matching needs to know about a sentence.

    `slots` maps the first word of each coded actor to (its last word + 1, the
    mention a `$`, `+` or `%` there stands for); `chunks` are the base noun
    phrases a `^` skips.
    """

    words: tuple[str, ...]
    slots: dict[int, tuple[int, Mention]]
    chunks: tuple[tuple[int, int], ...]

    def slot_ending_at(self, end: int) -> tuple[int, Mention] | None:
        """(start, mention) of the actor whose words end right before `end`."""
        for start, (stop, mention) in self.slots.items():
            if stop == end:
                return start, mention
        return None

    def first_slot_from(self, at: int) -> Mention | None:
        """The mention of the first coded actor starting at or after word `at`."""
        starts = [s for s in self.slots if s >= at]
        return self.slots[min(starts)][1] if starts else None

    def chunk_at(self, at: int) -> tuple[int, int] | None:
        """The base noun phrase holding word `at`."""
        return next((c for c in self.chunks if c[0] <= at < c[1]), None)


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """The code a verb takes, with the pattern that gave it (None: the verb's own
    code) and any actors its `$`/`+`/`%` slots picked. `pairwise`: a `%` before
    the verb made the compound's members act on one another. `reach`: the word
    after the last pattern word matched past the verb."""

    pattern: VerbPattern | None
    code: EventCode
    source: Mention | None = None
    target: Mention | None = None
    pairwise: bool = False
    reach: int = 0


_Slots = dict[str, Mention]


class _Side:
    """Matching one side of a pattern (before or after the verb) in a sentence."""

    def __init__(self, facts: SentenceFacts, synsets: dict[str, Synset]) -> None:
        self.facts = facts
        self.synsets = synsets
        self.failed: set[tuple[int, int]] = set()

    def forward(
        self, items: tuple[PatternItem, ...], i: int, pos: int
    ) -> tuple[_Slots, int] | None:
        """Match items[i:] from word `pos` on: (slots, end of the last item)."""
        if i == len(items):
            return {}, pos
        if (i, pos) in self.failed:
            return None
        item = items[i]
        stops = [pos] if item.tight else range(pos, len(self.facts.words))
        for at in stops:
            for nxt, slot in self._take(item, at):
                rest = self.forward(items, i + 1, nxt)
                if rest is not None:
                    return {**slot, **rest[0]}, rest[1]
        self.failed.add((i, pos))
        return None

    def backward(
        self, items: tuple[PatternItem, ...], i: int, pos: int
    ) -> _Slots | None:
        """Match items[i], items[i-1] ... ending at or before word `pos`."""
        if i < 0:
            return {}
        if (i, pos) in self.failed:
            return None
        item = items[i]
        stops = [pos] if item.tight else range(pos, 0, -1)
        for end in stops:
            for prev, slot in self._take_back(item, end):
                rest = self.backward(items, i - 1, prev)
                if rest is not None:
                    return {**slot, **rest}
        self.failed.add((i, pos))
        return None

    def _take(self, item: PatternItem, at: int) -> Iterator[tuple[int, _Slots]]:
        words = self.facts.words
        if item.kind == "word":
            if at < len(words) and words[at] == item.text:
                yield at + 1, {}
        elif item.kind == "synset":
            for phrase in self.synsets[item.text].phrases:
                if tuple(words[at : at + len(phrase)]) == phrase:
                    yield at + len(phrase), {}
        elif item.kind == "skip":
            chunk = self.facts.chunk_at(at)
            if chunk is not None:
                yield chunk[1], {}
        else:
            found = self.facts.slots.get(at)
            if found is not None and _fits(item, found[1]):
                yield found[0], {item.kind: found[1]}

    def _take_back(self, item: PatternItem, end: int) -> Iterator[tuple[int, _Slots]]:
        words = self.facts.words
        if item.kind == "word":
            if end >= 1 and words[end - 1] == item.text:
                yield end - 1, {}
        elif item.kind == "synset":
            for phrase in self.synsets[item.text].phrases:
                start = end - len(phrase)
                if start >= 0 and tuple(words[start:end]) == phrase:
                    yield start, {}
        elif item.kind == "skip":
            chunk = self.facts.chunk_at(end - 1)
            if chunk is not None:
                yield chunk[0], {}
        else:
            found = self.facts.slot_ending_at(end)
            if found is not None and _fits(item, found[1]):
                yield found[0], {item.kind: found[1]}


def _fits(item: PatternItem, mention: Mention) -> bool:
    """A `%` slot needs a compound actor; `$` and `+` take any actor."""
    return item.kind != "compound" or len(mention.codes) > 1


def match_block(
    block: VerbBlock,
    default: EventCode,
    verb: tuple[int, int],
    facts: SentenceFacts,
    synsets: dict[str, Synset],
) -> PatternMatch:
    """The first of the block's patterns (in dictionary order) that fits around
    the verb at words `verb[0]:verb[1]`; else the verb's own code.

    Pattern words must match whole words; words written apart may have other
    words between them, words joined by `_` may not.
    """
    start, end = verb
    for pattern in block.patterns:
        matched = _Side(facts, synsets).forward(pattern.lower, 0, end)
        if matched is None:
            continue
        after, reach = matched
        before = _Side(facts, synsets).backward(
            pattern.upper, len(pattern.upper) - 1, start
        )
        if before is None:
            continue
        return PatternMatch(
            pattern,
            pattern.code,
            source=before.get("source")
            or after.get("source")
            or before.get("compound"),
            target=after.get("target") or before.get("target") or after.get("compound"),
            pairwise="compound" in before,
            reach=reach,
        )
    return PatternMatch(None, default, reach=end)
