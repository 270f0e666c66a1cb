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


# An indexed pattern: trigger key, token tests, and whether any test is optional.
_Entry = tuple[int, tuple[_Step, ...], bool]


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

    def add(
        self, key: int, patterns: Iterable[Iterable[dict[str, Any]]], where: str = ""
    ) -> None:
        """Add the patterns of one trigger under `key`."""
        for pattern in patterns:
            steps = tuple(_step(spec, self._lemma, where) for spec in pattern)
            if not steps or steps[0].optional or steps[0].values is None:
                raise DataFileError(
                    f"{where}: a trigger must start with a fixed, required word."
                )
            table = self._by_first[steps[0].attr]
            optional = any(step.optional for step in steps)
            for value in steps[0].values:
                # Tuples, not lists: the hot loop concatenates them per token.
                table[value] = (*table.get(value, ()), (key, steps, optional))

    def __call__(
        self, doc: Doc, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, int]]:
        """Every match (key, start, end) starting in tokens [start, end), the
        longest per start and key; a match may run past `end`."""
        strings = token_strings(doc)
        lowers, orths = strings.lowers, strings.texts
        lemmas = doc.user_data.get("allegiance_lemmas") or [t.lemma_ for t in doc]
        n = len(lemmas)
        stop = n if end is None else min(end, n)
        by_lemma, by_lower, by_orth = (self._by_first[attr] for attr in _ATTRS)
        found: dict[tuple[int, int], int] = {}
        if stop <= start:
            return []
        # The entries under each word's lemma and under its form, looked up in C.
        firsts = list(map(by_lemma.get, lemmas[start:stop]))
        others = list(map(by_lower.get, lowers[start:stop]))
        if by_orth:
            for k, orth in enumerate(map(by_orth.get, orths[start:stop])):
                if orth is not None:
                    other = others[k]
                    others[k] = orth if other is None else other + orth
        # Only the words that start some pattern: two lookups give one object
        # only when both found nothing (None).
        for k in compress(range(stop - start), map(is_not, firsts, others)):
            i = start + k
            first, other = firsts[k], others[k]
            if first is None:
                cands = other
            else:
                cands = first if other is None else first + other
            for key, steps, optional in cands:
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
