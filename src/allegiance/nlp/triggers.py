"""A fast trigger finder: patterns indexed by their first word's lemma.

spaCy's Matcher evaluates set and regex predicates ("IN", "REGEX") on every token
for every pattern, which made it most of the coder's run time with a few hundred
lexicon entries. Trigger patterns are short and start with a fixed word, so a
dictionary from first lemma (or form) to candidate patterns, checked word by word,
finds the same matches for a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress
from operator import is_not
from typing import Any

from spacy.tokens import Doc

from ..errors import DataFileError
from .spans import token_strings

__all__ = ["TriggerIndex"]

_ATTRS = ("LEMMA", "LOWER", "ORTH")


@dataclass(frozen=True, slots=True)
class _Step:
    """One token test: attribute, accepted values (or a regex), and optionality."""

    attr: str
    values: frozenset[str] | None
    regex: re.Pattern[str] | None
    optional: bool

    def accepts(self, lemma: str, lower: str, orth: str) -> bool:
        value = (
            lemma if self.attr == "LEMMA" else lower if self.attr == "LOWER" else orth
        )
        if self.regex is not None:
            return self.regex.search(value) is not None
        return value in self.values  # type: ignore[operator]


def _step(spec: dict[str, Any], lemma: Callable[[str], str], where: str) -> _Step:
    keys = [k for k in spec if k != "OP"]
    if len(keys) != 1 or keys[0] not in _ATTRS:
        raise DataFileError(
            f"{where}: a trigger token must test one of {', '.join(_ATTRS)} "
            f"(with an optional OP '?'); got {spec!r}."
        )
    attr = keys[0]
    op = spec.get("OP")
    if op not in (None, "?"):
        raise DataFileError(
            f"{where}: only OP '?' is supported in triggers, not {op!r}."
        )
    value = spec[attr]
    regex = None
    values: frozenset[str] | None
    if isinstance(value, str):
        values = frozenset({value})
    elif isinstance(value, dict) and "IN" in value:
        values = frozenset(value["IN"])
    elif isinstance(value, dict) and "REGEX" in value:
        values, regex = None, re.compile(value["REGEX"])
    else:
        raise DataFileError(f"{where}: unsupported token value {value!r}.")
    if values is not None and attr == "LEMMA":
        values = frozenset(lemma(v) for v in values)
    elif values is not None and attr == "LOWER":
        values = frozenset(v.lower() for v in values)
    return _Step(attr, values, regex, op == "?")


# An indexed pattern: trigger key, token tests, whether any test is optional,
# and the trigger's word needs (see `TriggerIndex.add`), None when it has none.
_Need = frozenset[str] | None
_Entry = tuple[int, tuple[_Step, ...], bool, _Need, _Need]


class _Group:
    """The entries sharing one first word, with bit masks that pick the entries
    a position may match in a few set and integer operations, not one test per
    entry (a common first word such as "call" starts a hundred patterns).

    Bit j stands for entry j, so picked entries keep the order of `entries`.
    Not a dataclass: a lookup table built from the index, never compared.
    """

    __slots__ = (
        "entries",
        "every",
        "free",
        "by_need",
        "need_words",
        "no_need2",
        "by_need2",
        "need2_words",
        "open",
        "by_next",
    )

    def __init__(self, entries: tuple[_Entry, ...]) -> None:
        self.entries = entries
        self.every = (1 << len(entries)) - 1
        self.free = self.no_need2 = self.open = 0  # masks
        self.by_need: dict[str, int] = {}  # word -> entries it meets a need of
        self.by_need2: dict[str, int] = {}
        # attribute -> value of the second token -> entries whose fixed second
        # step accepts it; `open`: entries without such a step.
        self.by_next: dict[str, dict[str, int]] = {attr: {} for attr in _ATTRS}
        for j, (_, steps, _, need, need2) in enumerate(entries):
            bit = 1 << j
            if need is None:
                self.free |= bit
            else:
                _add_bit(self.by_need, need, bit)
            if need2 is None:
                self.no_need2 |= bit
            else:
                _add_bit(self.by_need2, need2, bit)
            second = steps[1] if len(steps) > 1 else None
            if second is None or second.optional or second.values is None:
                self.open |= bit
            else:
                _add_bit(self.by_next[second.attr], second.values, bit)
        # The words as sets: a set intersects another set from its smaller side.
        self.need_words = frozenset(self.by_need)
        self.need2_words = frozenset(self.by_need2)

    def pick(
        self,
        words: set[str] | frozenset[str] | None,
        nxt: tuple[str, str, str] | None,
    ) -> int:
        """The mask of the entries whose word needs `words` meets (all, without
        `words`) and whose fixed second step accepts the next token `nxt`
        (lemma, lower, orth; None at the end of the doc)."""
        if words is None:
            mask = self.every
        else:
            mask = self.free
            by_need = self.by_need
            for word in words.intersection(self.need_words):
                mask |= by_need[word]
            if self.no_need2 != self.every:
                met = self.no_need2
                by_need2 = self.by_need2
                for word in words.intersection(self.need2_words):
                    met |= by_need2[word]
                mask &= met
        if not mask:
            return 0
        fits = self.open
        if nxt is not None:
            by_next = self.by_next
            fits |= (
                by_next["LEMMA"].get(nxt[0], 0)
                | by_next["LOWER"].get(nxt[1], 0)
                | by_next["ORTH"].get(nxt[2], 0)
            )
        return mask & fits


def _add_bit(table: dict[str, int], values: Iterable[str], bit: int) -> None:
    for value in values:
        table[value] = table.get(value, 0) | bit


class TriggerIndex:
    """Find trigger patterns in a doc: (key, start, end) like spaCy's Matcher.

    Not a dataclass: it holds mutable lookup tables built once at start-up.
    """

    def __init__(self, lemma: Callable[[str], str]) -> None:
        self._lemma = lemma
        # One table per attribute of the first word (LEMMA, LOWER, ORTH): the hot
        # loop looks words up without building a key per token.
        self._by_first: dict[str, dict[str, tuple[_Entry, ...]]]
        self._by_first = {attr: {} for attr in _ATTRS}
        # The tables as `_Group`s, built on first use after the last `add`.
        self._groups: dict[str, dict[str, _Group]] | None = None

    def add(
        self,
        key: int,
        patterns: Iterable[Iterable[dict[str, Any]]],
        where: str = "",
        *,
        needs: Iterable[Iterable[str]] = (),
    ) -> None:
        """Add the patterns of one trigger under `key`. `needs`: at most two word
        sets (lower-case forms or lemmas) the sentence must each share a word
        with for the trigger to hold, such as its required words; a call given
        the sentence's `words` skips the trigger where one is missed."""
        sets = [frozenset(n) for n in needs]
        if len(sets) > 2:
            raise ValueError(f"{where}: at most two word needs per trigger")
        need, need2 = (*sets, None, None)[:2]
        for pattern in patterns:
            steps = tuple(_step(spec, self._lemma, where) for spec in pattern)
            if not steps or steps[0].optional or steps[0].values is None:
                raise DataFileError(
                    f"{where}: a trigger must start with a fixed, required word."
                )
            table = self._by_first[steps[0].attr]
            optional = any(step.optional for step in steps)
            for value in steps[0].values:
                entry = (key, steps, optional, need, need2)
                table[value] = (*table.get(value, ()), entry)
        self._groups = None  # rebuilt with the new entries on the next call

    def _tables(self) -> dict[str, dict[str, _Group]]:
        if self._groups is None:
            self._groups = {
                attr: {value: _Group(entries) for value, entries in table.items()}
                for attr, table in self._by_first.items()
            }
        return self._groups

    def __call__(
        self,
        doc: Doc,
        start: int = 0,
        end: int | None = None,
        words: set[str] | frozenset[str] | None = None,
    ) -> list[tuple[int, int, int]]:
        """Every match (key, start, end) starting in tokens [start, end), the
        longest per start and key; a match may run past `end`. With `words`
        (the sentence's lower-case forms and lemmas), the matches of triggers
        whose word needs the sentence misses are left out (the others keep
        their order)."""
        strings = token_strings(doc)
        lowers, orths = strings.lowers, strings.texts
        lemmas = doc.user_data.get("allegiance_lemmas") or [t.lemma_ for t in doc]
        n = len(lemmas)
        stop = n if end is None else min(end, n)
        if stop <= start:
            return []
        tables = self._groups or self._tables()
        by_lemma, by_lower, by_orth = tables["LEMMA"], tables["LOWER"], tables["ORTH"]
        found: dict[tuple[int, int], int] = {}
        # The groups under each word's lemma, form and text, looked up in C.
        firsts = list(map(by_lemma.get, lemmas[start:stop]))
        others = list(map(by_lower.get, lowers[start:stop]))
        thirds = list(map(by_orth.get, orths[start:stop])) if by_orth else None
        if thirds is None:
            # Two lookups give one object only when both found nothing (None).
            at = compress(range(stop - start), map(is_not, firsts, others))
        else:
            at = (k for k, g in enumerate(thirds) if g or firsts[k] or others[k])
        for k in at:
            i = start + k
            nxt = (lemmas[i + 1], lowers[i + 1], orths[i + 1]) if i + 1 < n else None
            for group in (firsts[k], others[k], thirds[k] if thirds else None):
                if group is None:
                    continue
                mask = group.pick(words, nxt)
                entries = group.entries
                while mask:
                    low = mask & -mask
                    mask ^= low
                    key, steps, optional, _, _ = entries[low.bit_length() - 1]
                    if len(steps) == 1:
                        match_end: int | None = i + 1
                    elif optional:
                        match_end = _match(steps, i, lemmas, lowers, orths, n)
                    else:
                        match_end = _match_fixed(steps, i, lemmas, lowers, orths, n)
                    if match_end is not None and match_end > found.get((key, i), -1):
                        found[(key, i)] = match_end
        return [(key, s, e) for (key, s), e in found.items()]


def _match_fixed(
    steps: tuple[_Step, ...],
    i: int,
    lemmas: list[str],
    lowers: list[str],
    orths: list[str],
    n: int,
) -> int | None:
    """`_match` for patterns without optional steps, which match one way only:
    word by word from token i."""
    j = i + 1
    for step in steps[1:]:
        if j >= n:
            return None
        # `step.accepts`, inline (the hot path of the index).
        attr = step.attr
        value = (
            lemmas[j] if attr == "LEMMA" else lowers[j] if attr == "LOWER" else orths[j]
        )
        if step.regex is not None:
            if step.regex.search(value) is None:
                return None
        elif value not in step.values:  # type: ignore[operator]
            return None
        j += 1
    return j


def _match(
    steps: tuple[_Step, ...],
    i: int,
    lemmas: list[str],
    lowers: list[str],
    orths: list[str],
    n: int,
) -> int | None:
    """The end of the longest match of `steps` from token i (first step already
    checked by the index), or None."""
    best = None
    stack = [(1, i + 1)]
    while stack:
        k, j = stack.pop()
        if k == len(steps):
            best = j if best is None or j > best else best
            continue
        step = steps[k]
        if step.optional:
            stack.append((k + 1, j))
        if j < n and step.accepts(lemmas[j], lowers[j], orths[j]):
            stack.append((k + 1, j + 1))
    return best
