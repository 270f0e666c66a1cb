"""The text tier: a shallow chunker that finds verbs and their actors without a
parse, for users who have only text."""

from __future__ import annotations

from dataclasses import dataclass

from .matching import Hits, Mention, Part, borrow, compose, inherit
from .patterns import SentenceFacts
from .sites import PASSIVE_AUX, Analysis, VerbSite, find_verb
from .verbs import VerbDictionary, VerbForm
from .words import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    MODALS,
    OWNER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    is_adverb,
    is_past_form,
)

__all__ = ["analyse_text"]

_FUNCTION = DETERMINERS | PREPOSITIONS | SUBORDINATORS | CONJUNCTIONS | AUXILIARIES
_LIST_JOINS = frozenset({",", "AND", "OR", "NOR"})
_CLAUSE_BREAKS = frozenset({",", ";", ":"})


@dataclass(frozen=True, slots=True)
class _Conjunct:
    """One member of a noun group: a chunk and the "of/in/from" phrase after it."""

    chunk: tuple[int, int]
    owner: _Group | None
    end: int


@dataclass(frozen=True, slots=True)
class _Group:
    """A noun group: one chunk, or coordinated chunks ("Mordor, Rohan and Bree")."""

    start: int
    end: int
    conjuncts: tuple[_Conjunct, ...]


class _Reader:
    """Verbs, chunks and noun groups of one sentence, read without a parse."""

    def __init__(self, tokens: list[str], hits: Hits, verbs: VerbDictionary) -> None:
        self.tokens = tokens
        self.words = tuple(t.upper() for t in tokens)
        self.hits = hits
        self.named = {i for h in hits.actors for i in range(h.start, h.end)} | {
            i for a in hits.agents for i in range(a.start, a.end)
        }
        # Unknown words used as verbs ("has begun", "was seen", "indicated")
        # end noun chunks as dictionary verbs do.
        self.verbal = {i for i in range(len(self.words)) if self._unknown_verb(i)}
        self.verb_spans = self._verbs(verbs)
        self.in_verb = {i for _, s, e in self.verb_spans for i in range(s, e)}
        self.chunks = self._chunks()
        self.starts = {c[0]: c for c in self.chunks}
        self.groups = self._groups()

    # -- words and verbs ------------------------------------------------------

    def _plain(self, at: int) -> bool:
        """A content word: not a function word, adverb, name or punctuation."""
        word = self.words[at]
        return (
            at not in self.named
            and word[:1].isalnum()
            and word not in _FUNCTION
            and word not in PRONOUNS
            and not is_adverb(word)
        )

    def _unknown_verb(self, at: int) -> bool:
        """A content word after an auxiliary, or a past form not after a
        determiner ("the affected villages" is a noun phrase)."""
        if not self._plain(at):
            return False
        back = at - 1
        while back >= 0 and is_adverb(self.words[back]):
            back -= 1
        before = self.words[back] if back >= 0 else ""
        if before in AUXILIARIES - {"'S"}:
            return True
        return is_past_form(self.words[at]) and before not in DETERMINERS | {"'S"}

    def _verbs(
        self, verbs: VerbDictionary
    ) -> list[tuple[tuple[VerbForm, ...], int, int]]:
        found: list[tuple[tuple[VerbForm, ...], int, int]] = []
        at = 0
        while at < len(self.words):
            hit = None if at in self.named else find_verb(self.words, at, verbs)
            # Right after a full verb ("promised raids"), not an auxiliary
            # ("has overcome"), a form nouns share is a noun.
            after_verb = (
                hit is not None
                and bool(found)
                and found[-1][2] == hit[1]
                and self.words[found[-1][2] - 1] not in AUXILIARIES
            )
            if hit is not None and self._verbal_use(hit[1], at, after_verb):
                found.append(hit)
                at = hit[2]
            else:
                at += 1
        return found

    def _verbal_use(self, start: int, at: int, after_verb: bool) -> bool:
        """Guess whether a dictionary verb form is used as a verb here.

        Not a modal or a mid-sentence capitalised name; not right after a
        determiner ("an attack"); a past form otherwise is a verb; a form nouns
        share ("attack", "forces") is a noun right after a verb ("promised
        raids") or before one ("forces shelled"), or inside a phrase a
        determiner or preposition opens ("in forthcoming peace talks").
        """
        word = self.words[at]
        if word in MODALS or (at > 0 and self.tokens[at][:1].isupper()):
            return False
        before = self.words[start - 1] if start > 0 else ""
        if before in DETERMINERS or before == "'S":
            return False
        if is_past_form(word):
            return True
        if after_verb:
            return False  # "promised raids"
        nxt = self.words[at + 1] if at + 1 < len(self.words) else ""
        helped = before in AUXILIARIES or before in PRONOUNS or before == "TO"
        if not helped and (nxt in AUXILIARIES - MODALS or is_past_form(nxt)):
            return False  # "Russian forces had entered", "forces shelled"
        back = start - 1
        while back >= 0 and back in self.named:
            back -= 1
        if back < start - 1 and (back < 0 or not self._plain(back)):
            # A whole name right before: its subject ("the Central African
            # Republic agree", "the government of Lunaria cut off").
            return True
        while back >= 0 and (self._plain(back) or back in self.named):
            back -= 1
        if back < 0:
            return True
        prev = self.words[back]
        opens_phrase = prev in DETERMINERS or prev == "'S"
        return not (opens_phrase or prev in PREPOSITIONS - {"TO"})

    def is_verb(self, at: int) -> bool:
        """True for a dictionary verb or an unknown word used as a verb."""
        return at in self.in_verb or at in self.verbal

    # -- chunks and groups ----------------------------------------------------

    def _chunks(self) -> list[tuple[int, int]]:
        """Base noun phrases: runs of determiners, names and content words."""
        chunks: list[tuple[int, int]] = []
        start = None
        for at, word in enumerate(self.words):
            nominal = not self.is_verb(at) and (
                at in self.named
                or word in DETERMINERS
                or word in PRONOUNS
                or word == "'S"
                or self._plain(at)
                or (start is not None and is_adverb(word) and self._modifies(at))
            )
            opens = (word in DETERMINERS or word in PRONOUNS) and at not in self.named
            if start is not None and (not nominal or opens):
                chunks.append((start, at))
                start = None
            if nominal and start is None:
                start = at
        if start is not None:
            chunks.append((start, len(self.words)))
        return chunks

    def _modifies(self, at: int) -> bool:
        """An adverb inside a noun phrase: "a clearly inebriated official"."""
        nxt = at + 1
        if nxt >= len(self.words) or self.is_verb(nxt):
            return False
        return self._plain(nxt) or nxt in self.named

    def _owner(self, end: int, depth: int) -> tuple[_Group | None, int]:
        """An "of/in/from/at" phrase right after words ending at `end`."""
        if (
            depth < 3
            and end < len(self.words)
            and self.words[end] in OWNER_PREPOSITIONS
        ):
            chunk = self.starts.get(end + 1)
            if chunk is not None:
                owner = self._group(chunk, depth + 1)
                return owner, owner.end
        return None, end

    def _group(self, chunk: tuple[int, int], depth: int = 0) -> _Group:
        """The noun group starting with `chunk`: a list "A, B and C" joins only
        when a conjunction ends it (so "Dagolath, its trading partner" does not)."""
        members: list[_Conjunct] = []
        joins: list[bool] = []
        current: tuple[int, int] | None = chunk
        while current is not None:
            owner, end = self._owner(current[1], depth)
            members.append(_Conjunct(current, owner, end))
            at, has_cc = end, False
            while at < len(self.words) and self.words[at] in _LIST_JOINS:
                has_cc |= self.words[at] != ","
                at += 1
            current = self.starts.get(at) if at > end else None
            if current is not None:
                joins.append(has_cc)
        last = max((i for i, cc in enumerate(joins) if cc), default=-1)
        members = members[: last + 2]
        return _Group(chunk[0], members[-1].end, tuple(members))

    def _groups(self) -> list[_Group]:
        groups: list[_Group] = []
        for chunk in self.chunks:
            if not groups or chunk[0] >= groups[-1].end:
                groups.append(self._group(chunk))
        return groups

    def _member_parts(self, member: _Conjunct, shared: _Group | None) -> list[Part]:
        found = compose(self.hits, *member.chunk)
        if not found and member.owner is not None:
            return self.parts(member.owner)  # "goats of Gondor"
        lender = member.owner or shared
        if found and all(p.actor is None for p in found) and lender is not None:
            return borrow(found, self.parts(lender))
        return found

    def parts(self, group: _Group) -> list[Part]:
        """The actor parts a group names ("Lawmakers and officials in Fornost and
        Gondor": the last member's owner phrase serves every member)."""
        out: list[Part] = []
        first: Part | None = None
        shared = group.conjuncts[-1].owner
        for member in group.conjuncts:
            for part in self._member_parts(member, shared):
                if first is None:
                    first = part
                out.append(inherit(first, part) if part is not first else part)
        return out

    def mention(self, group: _Group) -> Mention | None:
        """The group's mention, if it names an actor or an agent."""
        parts = [p for p in self.parts(group) if p.named]
        return Mention(group.start, group.end, tuple(parts)) if parts else None

    def slot_mention(self, start: int, end: int) -> Mention:
        """What a pattern slot meeting the actor at `start:end` stands for: the
        actor with its chunk's agents, or the whole compound it belongs to."""
        for group in self.groups:
            if group.start <= start < group.end and len(group.conjuncts) > 1:
                found = self.mention(group)
                if found is not None:
                    return found
        chunk = next((c for c in self.chunks if c[0] <= start < c[1]), (start, end))
        parts = [p for p in compose(self.hits, start, chunk[1]) if p.actor]
        return Mention(start, end, tuple(parts or compose(self.hits, start, end)))

    # -- verb sites -----------------------------------------------------------

    def _skip_back(self, at: int) -> int:
        """The position before `at`, past auxiliaries, adverbs and "to"."""
        back = at - 1
        while back >= 0 and (
            self.words[back] in AUXILIARIES
            or is_adverb(self.words[back])
            or self.words[back] == "TO"
            or back in self.verbal
        ):
            back -= 1
        return back

    def subjects(self, start: int, sites: list[VerbSite]) -> list[Mention]:
        """Subject candidates: the noun group right before the verb group, then
        earlier ones. None when that group names no actor and is no pronoun
        ("after crowds trashed"), or is a pronoun not governed by a verb."""
        back = self._skip_back(start)
        if back >= 0 and self.words[back] in CONJUNCTIONS and sites:
            return list(sites[-1].sources)  # "condemned ... and promised"
        opener = self.words[start - 1] if start > 0 else ""
        gerund = self.words[start].endswith("ING")
        if gerund and opener in (SUBORDINATORS | PREPOSITIONS) - {"TO"} and sites:
            return list(sites[-1].sources)  # "X celebrated ... after leaving Y"
        earlier = [g for g in self.groups if g.end <= start]
        adjacent = next((g for g in earlier if g.end == back + 1), None)
        if adjacent is not None and adjacent.start > 0:
            if self.words[adjacent.start - 1] in PREPOSITIONS:
                # "North Korea on Thursday fired", "a row between Radagast
                # called": a prepositional object is not the subject.
                earlier.remove(adjacent)
                adjacent = None
        chain = [m for g in reversed(earlier) if (m := self.mention(g)) is not None]
        if adjacent is None or self.mention(adjacent) is not None:
            return chain
        if self.words[adjacent.start] in PRONOUNS:
            before = adjacent.start - 1
            if before >= 0 and self.words[before] == "THAT":
                before -= 1
            return chain if before >= 0 and self.is_verb(before) else []
        return []

    def passive(self, start: int) -> bool:
        """A past form after BE or GET, adverbs allowed between."""
        if not is_past_form(self.words[start]):
            return False
        back = start - 1
        while back >= 0 and (is_adverb(self.words[back]) or self.words[back] == "AND"):
            back -= 1
        return back >= 0 and self.words[back] in PASSIVE_AUX

    def target(self, end: int, skip: int | None) -> Mention | None:
        """The first actor mention after the verb, up to a following clause's
        subject (", a senior official said")."""
        for group in self.groups:
            if group.start < end or group.start == skip:
                continue
            if group.start > 0 and self.words[group.start - 1] in _CLAUSE_BREAKS:
                after = group.end
                while after < len(self.words) and (
                    self.words[after] in AUXILIARIES or is_adverb(self.words[after])
                ):
                    after += 1
                if after < len(self.words) and self.is_verb(after):
                    return None
            found = self.mention(group)
            if found is not None:
                return found
        return None

    def by_agent(self, end: int) -> tuple[int | None, Mention | None]:
        """The "by" phrase of a passive verb, within three words after it."""
        for at in range(end, min(end + 3, len(self.words))):
            if self.words[at] == "BY":
                group = next((g for g in self.groups if g.start == at + 1), None)
                if group is not None:
                    return group.start, self.mention(group)
        return None, None

    def governor(self, start: int, sites: list[VerbSite]) -> int | None:
        """The earlier site whose "to"-infinitive this verb is ("urged X to help",
        "called on Y to be allowed to leave")."""
        back = start - 1
        while back >= 0 and (
            is_adverb(self.words[back]) or self.words[back] in AUXILIARIES
        ):
            back -= 1
        if back < 0 or self.words[back] != "TO" or not sites:
            return None
        between = self.words[sites[-1].end : back]
        if any(w in _CLAUSE_BREAKS or w in SUBORDINATORS for w in between):
            return None
        return len(sites) - 1


def analyse_text(tokens: list[str], hits: Hits, verbs: VerbDictionary) -> Analysis:
    """Find the dictionary verbs of an unparsed sentence and their actors.

    Args:
        tokens: the sentence's tokens (from `words.tokenize`), as written.
        hits: the actors and agents found in the upper-case tokens.
        verbs: the verb dictionary.
    """
    reader = _Reader(tokens, hits, verbs)
    sites: list[VerbSite] = []
    for forms, start, end in reader.verb_spans:
        sources = reader.subjects(start, sites)
        skip, agent = reader.by_agent(end) if reader.passive(start) else (None, None)
        target = reader.target(end, skip)
        if agent is not None:
            target, sources = (sources[0] if sources else None), [agent]
        governor = reader.governor(start, sites)
        sites.append(
            VerbSite(start, end, forms, tuple(sources), target, governor, len(tokens))
        )
    slots = {
        h.start: (h.end, reader.slot_mention(h.start, h.end))
        for h in hits.actors
        if h.codes
    }
    facts = SentenceFacts(reader.words, slots, tuple(reader.chunks))
    return Analysis(tuple(sites), facts)
