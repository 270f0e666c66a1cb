"""Knowledge-base records: states, names, regions, terms in office, organisations."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DEPENDENCY_KINDS",
    "MEMBERSHIP_STATUSES",
    "MEMBER_STATUSES",
    "NAME_KINDS",
    "OFFICES",
    "ORG_KINDS",
    "REGION_KINDS",
    "SHARED_OFFICES",
    "STATE_STATUSES",
    "Dependency",
    "Membership",
    "Name",
    "Organisation",
    "Problem",
    "Region",
    "State",
    "Term",
    "covers",
    "fold",
    "overlaps",
]

# Offices a term can be in, in the order a bare surname resolves to when one
# person holds two at once.
OFFICES: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "high_representative",
    "president",
    "chair",
    # Not an office of the state: a leader of the political opposition or a
    # jailed dissident (leaders/opposition.csv); mentions take the sector OPP.
    "opposition",
    # Posts many people hold at once and no title resolves to
    # (leaders/officials.csv): spokespeople, aides and envoys (GOV), military
    # and intelligence chiefs (MIL, SPY), leaders of armed groups (REB).
    "official",
    "military_chief",
    "intelligence_chief",
    "armed_group_leader",
)
# Offices many people hold at once (no overlap check, no single holder).
SHARED_OFFICES = frozenset(
    {
        "opposition",
        "official",
        "military_chief",
        "intelligence_chief",
        "armed_group_leader",
    }
)
# The values the knowledge-base files may hold in their vocabulary columns
# (documented in docs/data-formats.md; `kb check` rejects anything else).
MEMBERSHIP_STATUSES = frozenset(
    "member founding_member observer partner candidate applicant suspended frozen "
    "withdrawn expelled".split()
)
# Statuses of a state that still belongs to the organisation: a member that froze
# or suspended its participation has not left.
MEMBER_STATUSES = frozenset({"member", "founding_member", "frozen", "suspended"})
STATE_STATUSES = frozenset("un_member un_observer partially_recognised other".split())
NAME_KINDS = frozenset(
    "name alias historical demonym adjective capital seat metonym armed_group city".split()
)
REGION_KINDS = frozenset(
    "breakaway former_breakaway annexed occupied disputed water".split()
)
ORG_KINDS = frozenset(
    "collective_defence economic_union political_union security_forum "
    "regional_organisation universal_organisation organ informal_forum "
    "security_partnership court producers_organisation".split()
)
DEPENDENCY_KINDS = frozenset(
    "military_base troops peacekeepers security_guarantee energy_gas energy_oil "
    "nuclear_fuel electricity arms_imports trade_exports trade_imports trade_total "
    "remittances".split()
)


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


def overlaps(
    a: tuple[dt.date | None, dt.date | None], b: tuple[dt.date | None, dt.date | None]
) -> bool:
    """Whether two half-open spells [start, end) share a day (None: unbounded)."""
    a_start, a_end = a
    b_start, b_end = b
    if a_end is not None and b_start is not None and b_start >= a_end:
        return False
    return not (b_end is not None and a_start is not None and a_start >= b_end)


def fold(text: str) -> str:
    """`text` without diacritics (Élysée -> Elysee), case kept: for matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of `kb check`: an error (facts that cannot all be true) or a
    warning (worth a look), at a row's file and line, saying how to fix it."""

    severity: Literal["error", "warning"]
    table: str
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.severity} [{self.table}] {self.message}"


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
