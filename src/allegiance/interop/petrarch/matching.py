"""Find dictionary actors, agents and discard phrases in a sentence's words, and
compose CAMEO actor codes (country + agent suffixes) from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .dictionaries import (
    ActorDictionary,
    AgentDictionary,
    DiscardEntry,
    DiscardList,
    PhraseWord,
)

__all__ = [
    "ActorHit",
    "AgentHit",
    "Hits",
    "Mention",
    "Part",
    "borrow",
    "compose",
    "find_discard",
    "find_hits",
    "inherit",
]

NULL_ACTOR = "---"


@dataclass(frozen=True, slots=True)
class ActorHit:
    """Words `start:end` name a dictionary actor; `codes` on the sentence's date
    (empty when the actor has no code then, e.g. before a date restriction)."""

    start: int
    end: int
    codes: tuple[str, ...]
    entry: int


@dataclass(frozen=True, slots=True)
class AgentHit:
    """Words `start:end` name an agent (`~GOV`); `prefix` agents go before the
    actor code (`NGO~`)."""

    start: int
    end: int
    code: str
    prefix: bool


@dataclass(frozen=True, slots=True)
class Hits:
    """Every actor and agent found in a sentence, in word order."""

    actors: tuple[ActorHit, ...]
    agents: tuple[AgentHit, ...]

    def actor_starting_in(self, start: int, end: int) -> ActorHit | None:
        """The first actor with a code that starts within words `start:end`."""
        return next(
            (h for h in self.actors if start <= h.start < end and h.codes), None
        )

    def agents_in(self, start: int, end: int) -> list[AgentHit]:
        """The agents starting within words `start:end`."""
        return [a for a in self.agents if start <= a.start < end]


@dataclass(frozen=True, slots=True)
class Part:
    """One member of a (possibly compound) actor mention, before its code is
    written: an actor code (None: no actor named) and the agent codes around it."""

    actor: str | None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def code(self) -> str:
        """The CAMEO-style code: NGO + ARN + GOV -> NGOARNGOV; ---GOV with no actor.

        An agent the actor code already ends with is not repeated (WHITE HOUSE is
        USAGOV; its "security officials" add nothing).
        """
        text = self.actor or NULL_ACTOR
        for agent in self.after:
            if not text.endswith(agent):
                text += agent
        for agent in reversed(self.before):
            if not text.startswith(agent):
                text = agent + text
        return text

    @property
    def named(self) -> bool:
        """True when an actor or at least one agent is known."""
        return self.actor is not None or bool(self.before or self.after)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention at words `start:end`: one Part per compound member."""

    start: int
    end: int
    parts: tuple[Part, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The members' codes, in order, without repeats."""
        return tuple(dict.fromkeys(p.code() for p in self.parts))


def _match_phrase(words: Sequence[str], at: int, phrase: Sequence[PhraseWord]) -> int:
    """The end of `phrase` matched at word `at`, or -1."""
    if at + len(phrase) > len(words):
        return -1
    for offset, pword in enumerate(phrase):
        if not pword.matches(words[at + offset]):
            return -1
    return at + len(phrase)


def find_hits(
    words: Sequence[str],
    actors: ActorDictionary,
    agents: AgentDictionary | None,
    when: dt.date | None,
) -> Hits:
    """Actors and agents in upper-case `words`: the longest name at each word,
    left to right; agents only where no actor is."""
    actor_hits: list[ActorHit] = []
    at = 0
    while at < len(words):
        best_end, best_entry = -1, -1
        for name, entry in actors.candidates(words[at]):
            end = _match_phrase(words, at, name)
            if end > best_end:
                best_end, best_entry = end, entry
        if best_end > at:
            codes = actors.entries[best_entry].codes_on(when)
            actor_hits.append(ActorHit(at, best_end, codes, best_entry))
            at = best_end
        else:
            at += 1
    taken = {i for h in actor_hits for i in range(h.start, h.end)}
    agent_hits: list[AgentHit] = []
    at = 0
    while agents is not None and at < len(words):
        found = None
        if at not in taken:
            for agent in agents.index.get(words[at], ()):
                end = at + len(agent.words)
                if tuple(words[at:end]) == agent.words and not taken & set(
                    range(at, end)
                ):
                    found = AgentHit(at, end, agent.code, agent.prefix)
                    break  # entries are sorted longest first
        if found is not None:
            agent_hits.append(found)
            at = found.end
        else:
            at += 1
    return Hits(tuple(actor_hits), tuple(agent_hits))


def find_discard(
    words: Sequence[str], discards: DiscardList | None
) -> DiscardEntry | None:
    """The first discard phrase found in `words`, if any."""
    if discards is None:
        return None
    for at, word in enumerate(words):
        for entry in discards.candidates(word):
            if _match_phrase(words, at, entry.words) > 0:
                return entry
    return None


def compose(hits: Hits, start: int, end: int) -> list[Part]:
    """The mention parts named by words `start:end` taken as one noun phrase:
    its first actor (one part per code: `[FRO/BIL/SAM]` gives three) with the
    phrase's agents, or the agents alone; nothing when neither is there."""
    actor = hits.actor_starting_in(start, end)
    agent_hits = hits.agents_in(start, end)
    before = tuple(a.code for a in agent_hits if a.prefix)
    after = tuple(a.code for a in agent_hits if not a.prefix)
    if actor is not None:
        return [Part(code, before, after) for code in actor.codes]
    if before or after:
        return [Part(None, before, after)]
    return []


def borrow(heads: list[Part], owners: list[Part]) -> list[Part]:
    """Agents without an actor take the actors of an "of/in/from" phrase:
    "the ambassadors of Arnor and Gondor" -> ARNGOV, GONGOV."""
    out = []
    for head in heads:
        for owner in owners:
            if owner.actor is None:
                continue
            out.append(
                Part(owner.actor, owner.before + head.before, owner.after + head.after)
            )
    return out or heads


def inherit(first: Part, later: Part) -> Part:
    """A later conjunct with agents only ("media and government") takes the first
    conjunct's actor and modifiers ("Danish ... government" -> DNKGOV)."""
    if later.actor is not None or first.actor is None:
        return later
    return Part(
        first.actor, first.before + later.before, first.after[:-1] + later.after
    )
