"""Code sentences with PETRARCH dictionaries: from a Penn parse, or from raw text."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .chunker import analyse_text
from .dictionaries import (
    ActorDictionary,
    AgentDictionary,
    DiscardList,
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_list,
)
from .matching import Mention, find_discard, find_hits
from .parsed import analyse_tree
from .patterns import PatternMatch, match_block
from .sites import Analysis, VerbSite
from .tree import Tree, parse_tree
from .verbs import VerbDictionary, read_verb_dictionary
from .words import tokenize

__all__ = [
    "CodedSentence",
    "PetrarchCoder",
    "PetrarchDictionaries",
    "PetrarchEvent",
    "Tier",
    "load_dictionaries",
]

Tier = Literal["parse", "text"]


@dataclass(frozen=True, slots=True)
class PetrarchEvent:
    """A coded event in PETRARCH's terms: actor codes and the event code as the
    dictionaries write them, the verb that triggered it and the dictionary line
    (pattern, or verb when no pattern matched) that gave the code."""

    source: str
    target: str
    code: str
    verb: str
    rule: str

    def triple(self) -> tuple[str, str, str]:
        """(source, target, code)."""
        return (self.source, self.target, self.code)


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """The events of one sentence, the tier that coded it, and why nothing was
    coded when a discard phrase stopped it (`discarded`: the phrase's file:line)."""

    events: tuple[PetrarchEvent, ...]
    tier: Tier
    discarded: str | None = None
    story_discard: bool = False


@dataclass(frozen=True, slots=True)
class PetrarchDictionaries:
    """The four dictionaries a PETRARCH coding run uses."""

    verbs: VerbDictionary
    actors: ActorDictionary
    agents: AgentDictionary | None = None
    discards: DiscardList | None = None

    @property
    def warnings(self) -> tuple[str, ...]:
        """Every recoverable problem met while reading the files."""
        agent_warnings = self.agents.warnings if self.agents else ()
        return self.verbs.warnings + self.actors.warnings + agent_warnings


def load_dictionaries(
    *,
    verbs: Path,
    actors: Path | Iterable[Path],
    agents: Path | None = None,
    discards: Path | None = None,
) -> PetrarchDictionaries:
    """Read a set of PETRARCH dictionaries.

    Args:
        verbs: the verb dictionary (e.g. CAMEO.2.0.txt).
        actors: one actor file or several (Phoenix ships three).
        agents: the agent dictionary (e.g. Phoenix.agents.txt), if any.
        discards: the discard list, if any.

    Raises:
        DataFileError: a file is missing or malformed (with its file:line).
    """
    return PetrarchDictionaries(
        read_verb_dictionary(verbs),
        read_actor_dictionary(actors),
        read_agent_dictionary(agents) if agents else None,
        read_discard_list(discards) if discards else None,
    )


class PetrarchCoder:
    """Codes sentences with a user's PETRARCH dictionaries.

    Not a dataclass: it holds the loaded dictionaries and is built once, then
    called for many sentences.
    """

    def __init__(self, dictionaries: PetrarchDictionaries) -> None:
        self.dictionaries = dictionaries

    def code(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        parse: str | Tree | None = None,
    ) -> CodedSentence:
        """Code one sentence.

        Args:
            text: the sentence.
            date: its date, for date-restricted actor codes (None: undated codes).
            parse: its Penn Treebank parse, if one is at hand; without it the
                text tier reads the sentence with its own shallow chunker.

        Returns:
            The events (source and target both named, as PETRARCH's default
            `require_dyad` does), or none with the discard phrase that stopped it.

        Raises:
            DataFileError: `parse` is given as text and is not a well-formed parse.
        """
        d = self.dictionaries
        tier: Tier
        if parse is not None:
            tree = parse if isinstance(parse, Tree) else parse_tree(parse)
            words, tier = tuple(w.upper() for w in tree.words), "parse"
        else:
            tokens = tokenize(text)
            tree, words, tier = None, tuple(w.upper() for w in tokens), "text"
        discard = find_discard(words, d.discards)
        if discard is not None:
            return CodedSentence((), tier, discard.origin, discard.story)
        hits = find_hits(words, d.actors, d.agents, date)
        if tree is not None:
            analysis = analyse_tree(tree, words, hits, d.verbs)
        else:
            analysis = analyse_text(tokens, hits, d.verbs)
        return CodedSentence(tuple(self._events(analysis)), tier)

    def _events(self, analysis: Analysis) -> list[PetrarchEvent]:
        out: dict[tuple[str, str, str], PetrarchEvent] = {}
        covered: list[bool] = []
        for site in analysis.sites:
            if site.governor is not None and covered[site.governor]:
                # "urged X to help", "called on Y to be allowed to leave": the
                # governing verb's event covers its infinitive complements.
                covered.append(True)
                continue
            found = _site_events(site, self._match(site, analysis), analysis)
            covered.append(bool(found))
            for event in found:
                out.setdefault(event.triple(), event)
        return list(out.values())

    def _match(self, site: VerbSite, analysis: Analysis) -> PatternMatch:
        """The first pattern that fits, over every block listing the verb; else
        the first non-null code of its forms."""
        verbs = self.dictionaries.verbs
        fallback = PatternMatch(None, site.forms[0].code, reach=site.end)
        for form in site.forms:
            match = match_block(
                verbs.blocks[form.block],
                form.code,
                (site.start, site.end),
                analysis.facts,
                verbs.synsets,
            )
            if match.pattern is not None:
                return match
            if fallback.code.is_null:
                fallback = match
        return fallback


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _roles(
    site: VerbSite, match: PatternMatch, analysis: Analysis
) -> tuple[Mention | None, Mention | None]:
    """(source, target): the pattern's slots first, then the syntax's."""
    target = match.target or site.target
    if target is None and match.reach > site.scope_end:
        # The pattern's words ran past what the syntax gave the verb (a parse
        # that split "launched a new bombing and shelling offensive against X"):
        # take the first actor after them, as TABARI would.
        target = analysis.facts.first_slot_from(match.reach)
    if match.source is not None:
        return match.source, target
    # The first subject that is not the pattern's target ("noted + *").
    source = next(
        (s for s in site.sources if target is None or not _overlaps(s, target)),
        None,
    )
    return source, target


def _site_events(
    site: VerbSite, match: PatternMatch, analysis: Analysis
) -> list[PetrarchEvent]:
    """The events one verb site gives under the code its patterns chose.

    Both sides must be named (PETRARCH's default `require_dyad`). A `%` before
    the verb, or a reciprocal code (`[064:064]`) with a compound subject and no
    object, makes the compound's members act on one another.
    """
    code = match.code
    source, target = _roles(site, match, analysis)
    if code.is_null or source is None:
        return []
    verb = " ".join(analysis.facts.words[site.start : site.end]).lower()
    rule = match.pattern.origin if match.pattern else site.forms[0].origin
    if match.pairwise or (target is None and code.reverse and len(source.codes) > 1):
        mutual = code.forward or code.reverse or ""
        return [
            PetrarchEvent(s, t, mutual, verb, rule)
            for s, t in itertools.permutations(source.codes, 2)
        ]
    if target is None:
        return []
    events = []
    for s, t in itertools.product(source.codes, target.codes):
        if s == t:
            continue
        if code.forward:
            events.append(PetrarchEvent(s, t, code.forward, verb, rule))
        if code.reverse:
            events.append(PetrarchEvent(t, s, code.reverse, verb, rule))
    return events
