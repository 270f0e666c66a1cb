"""Knowledge-base records: states, names, regions, terms in office, organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "Dependency",
    "Membership",
    "Name",
    "Organisation",
    "Region",
    "State",
    "Term",
    "covers",
]


def covers(start: dt.date | None, end: dt.date | None, day: dt.date | None) -> bool:
    """Whether the half-open validity [start, end) contains `day`.

    An unknown `day` is covered by every spell: undated text resolves against all
    of history and the caller decides what to do with several answers.
    """
    if day is None:
        return True
    if start is not None and day < start:
        return False
    return not (end is not None and day >= end)


@dataclass(frozen=True, slots=True)
class State:
    """A state or state-like entity, with its codes in the systems analysts use."""

    code: str
    iso2: str
    iso3: str
    iso_numeric: str
    cow_code: int | None
    cow_abbrev: str
    gw_code: int | None
    cameo_code: str
    name: str
    official_name: str
    status: str
    un_member_since: dt.date | None
    capital: str
    seat_of_government: str
    source: str


@dataclass(frozen=True, slots=True)
class Name:
    """A surface form that names a state or its government, valid for a period."""

    code: str
    text: str
    kind: str
    sector: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    ambiguous: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Region:
    """A disputed or breakaway region: a place events happen in, never an actor."""

    code: str
    name: str
    aliases: tuple[str, ...]
    claimants: tuple[str, ...]
    kind: str
    source: str


@dataclass(frozen=True, slots=True)
class Term:
    """One continuous term of one person in one office of a state or organisation."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None
    office: str
    title: str
    start: dt.date | None
    end: dt.date | None
    acting: bool
    source: str
    note: str = ""

    @property
    def polity(self) -> str:
        """The state or organisation code the office belongs to."""
        return self.country or self.org or ""


@dataclass(frozen=True, slots=True)
class Organisation:
    """An intergovernmental organisation, alliance or forum."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    founding_treaty: str
    founded: dt.date | None
    headquarters: str
    cameo_code: str
    plover_code: str
    parent: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Membership:
    """A dated spell of one state's status in one organisation."""

    org: str
    member: str
    status: str
    start: dt.date | None
    end: dt.date | None
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Dependency:
    """A dated dependency of one state on another (a base, energy, arms, trade)."""

    dependent: str
    provider: str
    kind: str
    share: float | None
    amount: float | None
    unit: str
    start: dt.date | None
    end: dt.date | None
    detail: str
    source: str
