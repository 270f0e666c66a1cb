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

__all__ = ["WEEKDAYS", "TriggerIndex"]

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
    """The entries that may start at one token (those under its lemma, then its
    form, then its text), with bit masks that pick the entries the token's
    sentence and next token allow in a few set and integer operations, not one
    test per entry (a common first word such as "call" starts a hundred).

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
        "next_lemma",
        "next_lower",
        "next_orth",
    )

    def __init__(self, entries: tuple[_Entry, ...]) -> None:
        self.entries = entries
        self.every = (1 << len(entries)) - 1
        self.free = self.no_need2 = self.open = 0  # masks
        self.by_need: dict[str, int] = {}  # word -> entries it meets a need of
        self.by_need2: dict[str, int] = {}
        # attribute -> value of the second token -> entries whose fixed second
        # step accepts it; `open`: entries without such a step.
        by_next: dict[str, dict[str, int]] = {attr: {} for attr in _ATTRS}
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
                _add_bit(by_next[second.attr], second.values, bit)
        self.next_lemma, self.next_lower, self.next_orth = by_next.values()
        # The words as sets: a set intersects another set from its smaller side.
        self.need_words = frozenset(self.by_need)
        self.need2_words = frozenset(self.by_need2)


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
        # The groups of a token's lemma, form and text, built on first use after
        # the last `add` (emptied there): one table per attribute, and the
        # groups joining several tables' entries.
        self._groups: dict[str, dict[str, _Group]] = {}
        self._joined: dict[tuple[_Group | None, ...], _Group] = {}

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
        self._groups = {}  # rebuilt with the new entries on the next call
        self._joined = {}

    def _tables(self) -> dict[str, dict[str, _Group]]:
        if not self._groups:
            self._groups = {
                attr: {value: _Group(entries) for value, entries in table.items()}
                for attr, table in self._by_first.items()
            }
        return self._groups

    def _join(self, groups: tuple[_Group | None, ...]) -> _Group:
        """One group of the entries of `groups` (in order), made once."""
        joined = self._joined.get(groups)
        if joined is None:
            entries = tuple(e for g in groups if g is not None for e in g.entries)
            joined = self._joined[groups] = _Group(entries)
        return joined

    def _group(self, groups: tuple[_Group | None, ...]) -> _Group | None:
        """The one group of a token's `groups` (None for none)."""
        present = [g for g in groups if g is not None]
        if len(present) > 1:
            return self._join(groups)
        return present[0] if present else None

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
        by_orth = tables["ORTH"]
        # The groups under each word's lemma and form (and text), looked up in C.
        firsts = list(map(tables["LEMMA"].get, lemmas[start:stop]))
        others = list(map(tables["LOWER"].get, lowers[start:stop]))
        thirds = list(map(by_orth.get, orths[start:stop])) if by_orth else None
        found: dict[tuple[int, int], int] = {}
        # Only the words that start some pattern: two lookups give one object
        # only when both found nothing (None).
        at: Iterable[int] = compress(range(stop - start), map(is_not, firsts, others))
        if thirds is not None:
            at = [k for k, g in enumerate(thirds) if g or firsts[k] or others[k]]
        for k in at:
            first, other = firsts[k], others[k]
            if thirds is not None:
                group = self._group((first, other, thirds[k]))
            elif first is None or other is None:
                group = first or other
            else:
                group = self._join((first, other))
            if group is None:
                continue  # not reached: `at` holds the words with a group
            # The entries whose fixed second step accepts the next token, then
            # those whose word needs `words` meets (all, without `words`): the
            # next token's few lookups rule out most words first.
            i = start + k
            j = i + 1
            # "appealed on Wednesday for": a time phrase may split a phrasal
            # trigger; `skip` is where its second word would then stand.
            skip = (
                _after_time(lowers, j, n)
                if j < n and lowers[j] in _TIME_OPENERS
                else None
            )
            if j < n:
                mask = (
                    group.open
                    | group.next_lemma.get(lemmas[j], 0)
                    | group.next_lower.get(lowers[j], 0)
                    | group.next_orth.get(orths[j], 0)
                )
                if skip is not None:
                    mask |= (
                        group.next_lemma.get(lemmas[skip], 0)
                        | group.next_lower.get(lowers[skip], 0)
                        | group.next_orth.get(orths[skip], 0)
                    )
            else:
                mask = group.open
            if not mask:
                continue
            if words is None:
                mask &= group.every
            else:
                met = group.free
                by_need = group.by_need
                for word in words.intersection(group.need_words):
                    met |= by_need[word]
                if group.no_need2 != group.every:
                    met2 = group.no_need2
                    by_need2 = group.by_need2
                    for word in words.intersection(group.need2_words):
                        met2 |= by_need2[word]
                    met &= met2
                mask &= met
                if not mask:
                    continue
            entries = group.entries
            while mask:
                low = mask & -mask
                mask ^= low
                key, steps, optional, _, _ = entries[low.bit_length() - 1]
                if len(steps) == 1:
                    match_end: int | None = j
                else:
                    match = _match if optional else _match_fixed
                    match_end = match(steps, i, lemmas, lowers, orths, n)
                    if match_end is None and skip is not None:
                        match_end = match(steps, skip - 1, lemmas, lowers, orths, n)
                if match_end is not None and match_end > found.get((key, i), -1):
                    found[(key, i)] = match_end
        return [(key, s, e) for (key, s), e in found.items()]


# Words that may open a time phrase between a verb and its particle.
_TIME_OPENERS = frozenset({"on", "yesterday", "today", "again", "last", "this"})
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def _after_time(lowers: list[str], j: int, n: int) -> int | None:
    """The index after a short time phrase starting at j ("on Wednesday",
    "on Friday night", "yesterday", "again", "last week", "this week"), when
    a word follows it; else None."""
    word = lowers[j]
    if word == "on":
        if j + 1 >= n or lowers[j + 1] not in WEEKDAYS:
            return None
        end = j + 2
        if end < n and lowers[end] in _PARTS_OF_DAY:
            end += 1
    elif word in {"last", "this"}:
        if j + 1 >= n or lowers[j + 1] not in {"week", "month", "year"} | WEEKDAYS:
            return None
        end = j + 2
    else:
        end = j + 1
    return end if end < n else None


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
