"""What both coding tiers hand the coder: verbs in a sentence and their actors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .matching import Mention
from .patterns import SentenceFacts
from .verbs import VerbDictionary, VerbForm

__all__ = ["Analysis", "VerbSite", "find_verb"]

# Forms of BE and GET that make a following past participle passive.
PASSIVE_AUX = frozenset(
    "IS ARE WAS WERE BE BEEN BEING 'S 'RE GET GETS GOT GOTTEN GETTING".split()
)


@dataclass(frozen=True, slots=True)
class VerbSite:
    """A dictionary verb in a sentence, with the actors its syntax suggests.

    `start:end` spans the verb's words (a multi-word verb's too); `forms` are its
    dictionary entries (several when blocks share a verb). `sources` holds
    subject candidates, the verb's own clause first, then governing clauses (used
    when a pattern's `+` takes the first one as target). `governor` is the index of
    the site whose infinitive complement this verb is ("urged X to help").
    `scope_end` ends the verb's phrase: the last word its object may come from.
    """

    start: int
    end: int
    forms: tuple[VerbForm, ...]
    sources: tuple[Mention, ...]
    target: Mention | None
    governor: int | None = None
    scope_end: int = 0


@dataclass(frozen=True, slots=True)
class Analysis:
    """A sentence as one tier read it: its verb sites and pattern-matching facts."""

    sites: tuple[VerbSite, ...]
    facts: SentenceFacts


def find_verb(
    words: Sequence[str], at: int, verbs: VerbDictionary
) -> tuple[tuple[VerbForm, ...], int, int] | None:
    """The dictionary forms whose verb word is `words[at]`, with their word span.

    Multi-word forms ("cordoned off", "wire tapped") win over single words; a
    word listed in several blocks (SHOT) gives several forms with one span.
    """
    best: list[VerbForm] = []
    span = (at, at)
    for form in verbs.lookup(words[at]):
        start, end = at - len(form.before), at + 1 + len(form.after)
        if start < 0 or end > len(words):
            continue
        if tuple(words[start:at]) != form.before or tuple(words[at + 1 : end]) != (
            form.after
        ):
            continue
        if end - start > span[1] - span[0]:
            best, span = [form], (start, end)
        elif (start, end) == span:
            best.append(form)
    return (tuple(best), *span) if best else None
