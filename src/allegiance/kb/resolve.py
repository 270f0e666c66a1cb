"""Date-aware resolution of names, titles and people to actors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..records import Actor, ActorKind
from .base import KnowledgeBase
from .model import Term, covers

__all__ = ["Resolution", "Resolver"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention resolved to: an actor, or None with the reason why not."""

    actor: Actor | None
    how: str
    reason: str | None = None


def _cameo(country_cameo: str, sector: str | None) -> str:
    return country_cameo + (sector or "")


class Resolver:
    """Turns knowledge-base hits (names, titles, people) into actors at a date.

    Not a dataclass: it caches actors per (code, sector) for speed.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._actors: dict[tuple[str, str | None], Actor] = {}

    def polity_actor(self, code: str, sector: str | None = None) -> Actor:
        """The actor for a state or organisation code, optionally with a sector."""
        key = (code, sector)
        actor = self._actors.get(key)
        if actor is None:
            kb = self.kb
            kind: ActorKind = "organisation" if kb.is_organisation(code) else "state"
            actor = Actor(
                code=code,
                kind=kind,
                name=kb.actor_name(code),
                cameo=_cameo(kb.cameo_code(code), sector if kind == "state" else None),
                sector=sector,
            )
            self._actors[key] = actor
        return actor

    def person(
        self, person_ids: Iterable[str], day: dt.date | None, polity: str | None = None
    ) -> Resolution:
        """Resolve a name that may denote any of `person_ids` on `day`.

        The person in office on `day` wins (filtered to `polity` when the text also
        names a state or organisation); a person out of office still resolves to
        the polity of their nearest term, marked as not in office.
        """
        ids = sorted(set(person_ids))
        in_office = []
        for pid in ids:
            term = self.kb.term_at(pid, day)
            if term and (polity is None or term.polity == polity):
                in_office.append(term)
        if len(in_office) == 1 or (
            in_office and day is not None and _same_person(in_office)
        ):
            term = in_office[0]
            return Resolution(
                self._person_actor(term.person_id, term.polity, term.office, term.name),
                "person",
            )
        if len(in_office) > 1:
            names = ", ".join(sorted({t.name for t in in_office}))
            polities = {t.polity for t in in_office}
            if len(polities) == 1:
                # Two office holders of one state ("Clinton" while both Bill and
                # Hillary served): the person is open, the state is not.
                return Resolution(
                    self.polity_actor(polities.pop(), "GOV"),
                    "person",
                    f"ambiguous name: {names} all held office (one state)",
                )
            return Resolution(
                None, "person", f"ambiguous name: {names} all held office"
            )
        # Nobody in office at the date: fall back on the nearest term.
        nearest = []
        for pid in ids:
            terms = [
                t for t in self.kb.terms_of(pid) if polity is None or t.polity == polity
            ]
            if terms:
                seat = self.kb.seats.get(pid)
                nearest.append(
                    min(
                        terms,
                        key=lambda t: (
                            _distance(t.start, t.end, day),
                            t.polity != seat,
                        ),
                    )
                )
        if len({t.person_id for t in nearest}) == 1:
            term = nearest[0]
            when = "before" if day and term.start and day < term.start else "after"
            actor = self._person_actor(term.person_id, term.polity, None, term.name)
            return Resolution(
                actor,
                "person",
                f"not in office on {day} ({when} their term as {term.title})",
            )
        if nearest:
            names = ", ".join(sorted({t.name for t in nearest}))
            polities = {t.polity for t in nearest}
            if len(polities) == 1:
                # "Clinton" in undated text: Bill or Hillary, either way American.
                return Resolution(
                    self.polity_actor(polities.pop()),
                    "person",
                    f"ambiguous name: could be {names} (one state)",
                )
            return Resolution(None, "person", f"ambiguous name: could be {names}")
        return Resolution(None, "person", "person not in the knowledge base")

    def office(
        self, polity: str, office: str, sector: str | None, day: dt.date | None
    ) -> Resolution:
        """Resolve a title with its polity ("the Armenian prime minister") on `day`."""
        term = self.kb.office_holder(polity, office, day)
        if term is not None:
            actor = self._person_actor(
                term.person_id, polity, office, term.name, sector
            )
            return Resolution(actor, "title")
        reason = "undated text" if day is None else f"no holder known on {day}"
        return Resolution(self.polity_actor(polity, sector), "title", reason)

    def ambiguous_name(
        self, text: str, readings: Iterable[str], context: str
    ) -> Resolution:
        """Resolve a name with several readings ("Georgia") by cues in `context`.

        A reading whose cues appear in the article wins when it is the only one
        with cues. Without cues, a reading marked as the default (bare
        "Washington" in world news) is taken and the reason says so; otherwise
        the mention is left unresolved with the reason.
        """
        low = text.lower()
        readings = set(readings)
        options = self.kb.cues.get(low) or [
            option
            for code in sorted(readings)
            if code in self.kb.states
            for option in self.kb.cues.get(self.kb.states[code].name.lower(), [])
        ]
        readings |= {code for code, _ in options}
        supported: dict[str, str] = {}
        for code, cues in options:
            for cue in cues:
                if _has_cue(context, cue, text):
                    supported.setdefault(code, cue)
                    break
        if len(supported) == 1:
            code, cue = next(iter(supported.items()))
            if code == "-":
                return Resolution(
                    None, "name", f"{text!r} here is not a state (context: {cue!r})"
                )
            return Resolution(self.polity_actor(code), "name", None)
        default = self.kb.default_reading.get(low)
        if not supported and default:
            return Resolution(
                self.polity_actor(default),
                "name",
                f"{text!r} taken in its default reading ({default}): nothing in the article points elsewhere",
            )
        listed = ", ".join(sorted(r for r in readings if r != "-")) or "?"
        why = "conflicting cues" if supported else "no disambiguating context"
        return Resolution(None, "name", f"ambiguous name {text!r} ({listed}); {why}")

    def _person_actor(
        self,
        person_id: str,
        polity: str,
        office: str | None,
        name: str,
        sector: str | None = None,
    ) -> Actor:
        kb = self.kb
        kind = "organisation" if kb.is_organisation(polity) else "state"
        if sector is None:
            sector = _OFFICE_SECTOR.get(office or "", "GOV" if office else None)
        return Actor(
            code=polity,
            kind="person" if kind == "state" else "organisation",
            name=name,
            cameo=_cameo(kb.cameo_code(polity), sector if kind == "state" else None),
            sector=sector,
            person_id=person_id,
            office=office,
        )


# The sector of a person's mention by the office they hold on the day (else GOV).
_OFFICE_SECTOR = {
    "defence_minister": "MIL",
    "opposition": "OPP",
    "military_chief": "MIL",
    "intelligence_chief": "SPY",
    "armed_group_leader": "REB",
}


def _has_cue(context: str, cue: str, text: str) -> bool:
    if cue == text or cue not in context:  # a plain substring test is much faster
        return False
    return _cue_pattern(cue).search(context) is not None


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    """The cue as a whole word or phrase."""
    return re.compile(r"(?<![\w])" + re.escape(cue) + r"(?![\w])")


def _same_person(terms: list[Term]) -> bool:
    return len({t.person_id for t in terms}) == 1


def _distance(start: dt.date | None, end: dt.date | None, day: dt.date | None) -> int:
    if day is None or covers(start, end, day):
        return 0
    if start is not None and day < start:
        return (start - day).days
    return (day - end).days if end is not None else 0
