"""The knowledge base: typed tables with the date-aware lookups the coder needs."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import KnowledgeBaseError
from .load import (
    Row,
    convert,
    parse_date,
    read_kb_files,
    to_dependency,
    to_membership,
    to_name,
    to_organisation,
    to_region,
    to_state,
    to_term,
)
from .model import (
    OFFICES,
    Dependency,
    Membership,
    Name,
    Organisation,
    Region,
    State,
    Term,
    covers,
)

__all__ = ["Form", "KnowledgeBase", "load_kb"]

# Offices in the order a bare surname resolves to when two holders share it.
_OFFICE_RANK = {office: rank for rank, office in enumerate(OFFICES)}


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form the mention finder looks for, and what it may name.

    `kind` is state, organisation, person, region, title or sector; `code` the
    state/organisation/region code, person id, office (for titles) or sector code.
    """

    text: str
    kind: str
    code: str
    detail: str = ""
    sector: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    ambiguous: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A known armed conflict between two states, used to flag doubtful events."""

    a: str
    b: str
    start: dt.date | None
    end: dt.date | None
    name: str
    source: str


class KnowledgeBase:
    """States, organisations, people and their dated relations, with lookups.

    Not a dataclass: it builds indexes once at construction and is then read-only.
    """

    def __init__(
        self,
        tables: dict[str, list[Row]],
        version: str,
        *,
        origins: tuple[str, ...] = (),
        duplicates: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        self.version = version
        # The raw rows (with their file:line origins) stay available for
        # `kb check` and `kb import`, which report and store rows as written.
        self.tables = tables
        self.origins = origins
        self.duplicates = duplicates
        self.states: dict[str, State] = {
            s.code: s for s in convert(tables["states"], to_state)
        }
        self.names: list[Name] = convert(tables["state_names"], to_name)
        self.regions: dict[str, Region] = {
            r.code: r for r in convert(tables["regions"], to_region)
        }
        self.terms: list[Term] = convert(tables["leaders"], to_term)
        self.organisations: dict[str, Organisation] = {
            o.code: o for o in convert(tables["organisations"], to_organisation)
        }
        self.memberships: list[Membership] = convert(
            tables["memberships"], to_membership
        )
        self.dependencies: list[Dependency] = convert(
            tables["dependencies"], to_dependency
        )
        self.titles: dict[str, tuple[str, str]] = {
            r["text"].lower(): (r["office"], r.get("sector", "GOV"))
            for r in tables["titles"]
        }
        self.sectors: dict[str, str] = {
            r["text"].lower(): r["sector"] for r in tables["sectors"]
        }
        self.cues: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self.default_reading: dict[str, str] = {}
        for r in tables["disambiguation"]:
            cues = tuple(c.strip() for c in r.get("cues", "").split("|") if c.strip())
            self.cues[r["text"].lower()].append((r["code"], cues))
            if r.get("default", "").strip().lower() in {"yes", "true", "1"}:
                self.default_reading[r["text"].lower()] = r["code"]
        self.conflicts: list[Conflict] = [
            Conflict(
                r["a"],
                r["b"],
                parse_date(r, "start"),
                parse_date(r, "end"),
                r.get("name", ""),
                r.get("source", ""),
            )
            for r in tables["conflicts"]
        ]
        # A person holding one office in several states at once (a monarch of
        # several realms) acts, when named alone, for the seat.
        self.seats: dict[str, str] = {
            r["person_id"]: r["seat"] for r in tables.get("personal_unions", [])
        }
        self._terms_by_person: dict[str, list[Term]] = defaultdict(list)
        self._terms_by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
        for term in self.terms:
            self._terms_by_person[term.person_id].append(term)
            self._terms_by_office[(term.polity, term.office)].append(term)
        self._members: dict[tuple[str, str], list[Membership]] = defaultdict(list)
        for spell in self.memberships:
            self._members[(spell.org, spell.member)].append(spell)
        self._borders: dict[str, frozenset[str]] | None = None

    # -- actors -----------------------------------------------------------------

    def state(self, code: str) -> State:
        """The state with this code.

        Raises:
            KnowledgeBaseError: no such state; the message suggests close codes.
        """
        try:
            return self.states[code]
        except KeyError:
            near = [c for c in self.states if c[:2] == code[:2]][:5]
            raise KnowledgeBaseError(
                f"No state with code {code!r} in the knowledge base"
                + (f"; did you mean {', '.join(near)}?" if near else ".")
            ) from None

    def actor_name(self, code: str) -> str:
        """A display name for a state or organisation code (the code if unknown)."""
        if code in self.states:
            return self.states[code].name
        if code in self.organisations:
            return self.organisations[code].name
        return code

    def cameo_code(self, code: str) -> str:
        """The CAMEO actor code of a state or organisation."""
        if code in self.states:
            return self.states[code].cameo_code
        if code in self.organisations:
            return self.organisations[code].cameo_code
        return code

    def is_organisation(self, code: str) -> bool:
        """Whether `code` names an organisation (as opposed to a state)."""
        return code in self.organisations

    # -- people and offices -------------------------------------------------------

    def terms_of(self, person_id: str) -> list[Term]:
        """Every term of a person, in start order."""
        return sorted(
            self._terms_by_person.get(person_id, []),
            key=lambda t: t.start or dt.date.min,
        )

    def terms_in(self, polity: str, office: str) -> list[Term]:
        """Every term in one office of a state or organisation, in start order."""
        return sorted(
            self._terms_by_office.get((polity, office), []),
            key=lambda t: t.start or dt.date.min,
        )

    def term_at(self, person_id: str, day: dt.date | None) -> Term | None:
        """The person's highest-ranked office on `day`, or None if out of office."""
        live = [
            t
            for t in self._terms_by_person.get(person_id, [])
            if covers(t.start, t.end, day)
        ]
        if not live:
            return None
        seat = self.seats.get(person_id)
        return min(
            live, key=lambda t: (_OFFICE_RANK.get(t.office, 99), t.polity != seat)
        )

    def office_holder(
        self, polity: str, office: str, day: dt.date | None
    ) -> Term | None:
        """Who held `office` of a state or organisation on `day`.

        Returns None when the knowledge base has no holder for that date, or when
        `day` is None and the office had more than one holder (undated text).
        """
        live = [
            t
            for t in self._terms_by_office.get((polity, office), [])
            if covers(t.start, t.end, day)
        ]
        if len(live) == 1:
            return live[0]
        if len(live) > 1 and day is not None:
            # Acting holders overlap the substantive one only when the data says so.
            substantive = [t for t in live if not t.acting]
            return (substantive or live)[0]
        return None

    # -- memberships ----------------------------------------------------------------

    def membership_at(self, org: str, member: str, day: dt.date) -> Membership | None:
        """The membership spell of `member` in `org` that covers `day`, if any."""
        for spell in self._members.get((org, member), []):
            if covers(spell.start, spell.end, day):
                return spell
        return None

    def members_at(
        self,
        org: str,
        day: dt.date,
        statuses: Iterable[str] = ("member", "founding_member"),
    ) -> list[str]:
        """The states whose status in `org` on `day` is one of `statuses`."""
        wanted = set(statuses)
        return sorted(
            m.member
            for m in self.memberships
            if m.org == org and m.status in wanted and covers(m.start, m.end, day)
        )

    # -- conflicts and geography -------------------------------------------------------

    def borders(self, code: str) -> frozenset[str]:
        """The states that share a land border with `code` (from countryinfo)."""
        if self._borders is None:
            self._borders = _load_borders()
        return self._borders.get(code, frozenset())

    def conflicts_of(self, code: str) -> list[Conflict]:
        """Known armed conflicts that involve `code`."""
        return [c for c in self.conflicts if code in (c.a, c.b)]

    def in_conflict(self, a: str, b: str, day: dt.date | None) -> bool:
        """Whether the knowledge base records an armed conflict between a and b.

        Dates are compared loosely (any overlap with the year before `day`), since
        news refers to recent conflicts in the past tense.
        """
        for c in self.conflicts:
            if {c.a, c.b} == {a, b}:
                if (
                    day is None
                    or c.end is None
                    or c.end >= day - dt.timedelta(days=3650)
                ):
                    return True
        return False

    # -- surface forms -------------------------------------------------------------------

    def forms(self) -> Iterator[Form]:
        """Every surface form the mention finder should look for."""
        for name in self.names:
            yield Form(
                name.text,
                "state",
                name.code,
                name.kind,
                name.sector,
                name.valid_from,
                name.valid_to,
                name.ambiguous,
            )
        for state in self.states.values():
            yield Form(state.name, "state", state.code, "name")
        for org in self.organisations.values():
            for text in (org.name, *org.aliases):
                # An acronym with another reading ("ICC": the cricket council) is
                # listed in disambiguation.csv; the resolver then weighs its cues.
                cued = (
                    "listed in disambiguation.csv"
                    if text.lower() in self.cues
                    else None
                )
                yield Form(text, "organisation", org.code, "name", ambiguous=cued)
        for region in self.regions.values():
            for text in (region.name, *region.aliases):
                yield Form(text, "region", region.code, region.kind)
        seen: set[tuple[str, str]] = set()
        for term in self.terms:
            for text in (term.name, *term.aliases):
                if (text, term.person_id) not in seen:
                    seen.add((text, term.person_id))
                    yield Form(text, "person", term.person_id, "name")
        for text, (office, sector) in self.titles.items():
            yield Form(text, "title", office, "title", sector)
        for text, sector in self.sectors.items():
            yield Form(text, "sector", sector, "sector", sector)


def _load_borders() -> dict[str, frozenset[str]]:
    import countryinfo  # imported here: only the doubt checks need it

    out: dict[str, frozenset[str]] = {}
    for info in countryinfo.all_countries():
        iso = (info.iso() or {}).get("alpha3")
        if iso:
            out[iso] = frozenset(info.borders() or [])
    return out


@cache
def _load_cached(user_dirs: tuple[Path, ...]) -> KnowledgeBase:
    raw = read_kb_files(user_dirs)
    return KnowledgeBase(
        raw.tables, raw.digest, origins=raw.origins, duplicates=raw.duplicates
    )


def load_kb(user_dirs: Iterable[Path] = ()) -> KnowledgeBase:
    """The knowledge base from the package files and optional user folders.

    Loaded once per set of folders and cached: it is read-only.
    """
    return _load_cached(tuple(Path(p) for p in user_dirs))
