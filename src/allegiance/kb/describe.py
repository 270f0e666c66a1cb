"""What the knowledge base says about one state, organisation or person at a date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import KnowledgeBaseError
from .base import KnowledgeBase
from .model import Dependency, Membership, Term, covers

__all__ = [
    "Description",
    "Holder",
    "describe",
    "find_actor",
    "latest_change",
    "render_description",
]

Kind = Literal["state", "organisation", "person"]
_STATE_OFFICES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
)
_MEMBER = frozenset({"member", "founding_member"})


@dataclass(frozen=True, slots=True)
class Holder:
    """Who held one office of a state or organisation on the date asked about."""

    office: str
    term: Term | None


@dataclass(frozen=True, slots=True)
class Description:
    """Everything `kb show` prints about one actor, as of `day`.

    For a state: `memberships` are its spells in organisations; for an
    organisation: `members` groups the members on `day` by status and
    `memberships` lists the spells that are not plain membership (departures,
    suspensions, candidates...). For a person: `terms` are their terms.
    """

    kind: Kind
    code: str
    name: str
    day: dt.date
    caveat: str
    facts: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    holders: list[Holder] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    members: dict[str, list[str]] = field(default_factory=dict)
    dependencies: list[Dependency] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The description as plain JSON-ready data (dates as ISO strings)."""
        data: dict[str, Any] = _plain(dataclasses.asdict(self))
        return data


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def find_actor(kb: KnowledgeBase, query: str) -> tuple[Kind, str]:
    """The actor `query` names: a state or organisation code, a person id, or a
    name the knowledge base knows ("Armenia", "Nikol Pashinyan").

    Raises:
        KnowledgeBaseError: nothing matches; the message suggests close matches.
    """
    if query.upper() in kb.states:
        return "state", query.upper()
    if query.upper() in kb.organisations:
        return "organisation", query.upper()
    if kb.terms_of(query.lower()):
        return "person", query.lower()
    low = query.casefold()
    names: dict[str, tuple[Kind, str]] = {}
    for state in kb.states.values():
        names.setdefault(state.name.casefold(), ("state", state.code))
    for org in kb.organisations.values():
        for text in (org.name, *org.aliases):
            names.setdefault(text.casefold(), ("organisation", org.code))
    for term in kb.terms:
        names.setdefault(term.name.casefold(), ("person", term.person_id))
    if low in names:
        return names[low]
    near = difflib.get_close_matches(
        low, [*names, *(c.casefold() for c in kb.states)], n=4
    )
    hint = f" Did you mean {', '.join(near)}?" if near else ""
    raise KnowledgeBaseError(
        f"Nothing in the knowledge base is called {query!r}. Pass a state code "
        f"(ARM), an organisation code (CSTO) or a person id (nikol-pashinyan).{hint}"
    )


def latest_change(kb: KnowledgeBase, today: dt.date | None = None) -> dt.date:
    """The latest start or end of a term or membership up to `today` (default:
    the real today): how recent the data is. Scheduled ends (a UN Security
    Council seat ending next January) are not changes yet."""
    today = today or dt.date.today()
    days = [d for t in kb.terms for d in (t.start, t.end) if d is not None]
    days += [d for m in kb.memberships for d in (m.start, m.end) if d is not None]
    return max((d for d in days if d <= today), default=dt.date.min)


def describe(kb: KnowledgeBase, query: str, day: dt.date | None = None) -> Description:
    """Describe the state, organisation or person `query` names, as of `day`.

    Args:
        kb: the knowledge base.
        query: a code, person id or known name (see `find_actor`).
        day: the date to report office holders and memberships for (default today).

    Returns:
        The description; `caveat` says how far the data reaches.

    Raises:
        KnowledgeBaseError: `query` names nothing in the knowledge base.
    """
    kind, code = find_actor(kb, query)
    day = day or dt.date.today()
    caveat = _caveat(kb, day)
    if kind == "state":
        return _state(kb, code, day, caveat)
    if kind == "organisation":
        return _organisation(kb, code, day, caveat)
    terms = kb.terms_of(code)
    return Description(
        "person",
        code,
        terms[0].name,
        day,
        caveat,
        names={"alias": sorted({a for t in terms for a in t.aliases})},
        terms=terms,
    )


def _caveat(kb: KnowledgeBase, day: dt.date) -> str:
    latest = latest_change(kb)
    text = (
        f"Knowledge base {kb.version}; its latest recorded change is {latest}. An "
        "open term or spell means 'still so as of its source', not a confirmation "
        "for the date asked."
    )
    if day > latest:
        text += f" {day} is after that: holders may have changed since."
    return text


def _state(kb: KnowledgeBase, code: str, day: dt.date, caveat: str) -> Description:
    state = kb.states[code]
    names: dict[str, list[str]] = defaultdict(list)
    for name in kb.names:
        if name.code == code and name.text not in names[name.kind]:
            names[name.kind].append(name.text)
    codes = {
        "iso2": state.iso2,
        "iso3": state.iso3,
        "iso_numeric": state.iso_numeric,
        "cow": str(state.cow_code or ""),
        "cow_abbrev": state.cow_abbrev,
        "gw": str(state.gw_code or ""),
        "cameo": state.cameo_code,
    }
    places = {"capital": state.capital, "seat_of_government": state.seat_of_government}
    spells = [m for m in kb.memberships if m.member == code]
    deps = [d for d in kb.dependencies if code in (d.dependent, d.provider)]
    facts = {
        "official_name": state.official_name,
        "status": state.status,
        "un_member_since": str(state.un_member_since or ""),
        "source": state.source,
    }
    return Description(
        "state",
        code,
        state.name,
        day,
        caveat,
        facts={k: v for k, v in facts.items() if v},
        codes={k: v for k, v in codes.items() if v},
        names=dict(names),
        places={k: v for k, v in places.items() if v},
        holders=[
            Holder(o, kb.office_holder(code, o, day))
            for o in _STATE_OFFICES
            if kb.terms_in(code, o)
        ],
        memberships=sorted(spells, key=lambda m: (m.org, m.start or dt.date.min)),
        dependencies=sorted(deps, key=lambda d: (d.kind, d.start or dt.date.min)),
    )


def _organisation(
    kb: KnowledgeBase, code: str, day: dt.date, caveat: str
) -> Description:
    org = kb.organisations[code]
    members: dict[str, list[str]] = defaultdict(list)
    changes = []
    for spell in sorted(
        (m for m in kb.memberships if m.org == code),
        key=lambda m: (m.member, m.start or dt.date.min),
    ):
        if covers(spell.start, spell.end, day):
            status = "member" if spell.status in _MEMBER else spell.status
            members[status].append(spell.member)
        if spell.status not in _MEMBER or spell.end is not None:
            changes.append(spell)
    offices = sorted({t.office for t in kb.terms if t.org == code})
    deps = [d for d in kb.dependencies if code in (d.dependent, d.provider)]
    places = {"headquarters": org.headquarters}
    codes = {"cameo": org.cameo_code, "plover": org.plover_code}
    facts = {
        "kind": org.kind,
        "founding_treaty": org.founding_treaty,
        "founded": str(org.founded or ""),
        "parent": org.parent or "",
        "source": org.source,
    }
    return Description(
        "organisation",
        code,
        org.name,
        day,
        caveat,
        facts={k: v for k, v in facts.items() if v},
        codes=codes,
        names={"alias": list(org.aliases)},
        places={k: v for k, v in places.items() if v},
        holders=[Holder(o, kb.office_holder(code, o, day)) for o in offices],
        memberships=changes,
        members={k: sorted(v) for k, v in sorted(members.items())},
        dependencies=deps,
    )


# -- text rendering ----------------------------------------------------------------


def render_description(desc: Description) -> str:
    """`desc` as the text `allegiance kb show` prints."""
    lines = [f"{desc.name} ({desc.code}), {desc.kind}; as of {desc.day}"]
    lines += [f"  {k.replace('_', ' ')}: {v}" for k, v in desc.facts.items()]
    if desc.codes:
        lines.append("  codes: " + ", ".join(f"{k} {v}" for k, v in desc.codes.items()))
    lines += [f"  {k.replace('_', ' ')}: {v}" for k, v in desc.places.items()]
    for kind, texts in desc.names.items():
        if texts:
            lines.append(f"  {kind} forms: " + "; ".join(texts))
    if desc.holders:
        lines.append(f"Office holders on {desc.day}:")
        for holder in desc.holders:
            lines.append(f"  {holder.office:<20} {_term_text(holder.term)}")
    if desc.terms:
        lines.append("Terms:")
        for term in desc.terms:
            mark = " *" if covers(term.start, term.end, desc.day) else ""
            lines.append(
                f"  {term.polity:<5} {term.office:<20} {_span(term.start, term.end)}"
                f"{' (acting)' if term.acting else ''}{mark}  [{term.source}]"
            )
    if desc.members:
        lines.append(f"Status of members and former members on {desc.day}:")
        for status, codes in desc.members.items():
            lines.append(f"  {status} ({len(codes)}): {' '.join(codes)}")
    if desc.memberships:
        title = "Memberships" if desc.kind == "state" else "Other spells"
        lines.append(f"{title} (* = on {desc.day}):")
        for m in desc.memberships:
            mark = " *" if covers(m.start, m.end, desc.day) else ""
            who = m.org if desc.kind == "state" else m.member
            lines.append(
                f"  {who:<7} {m.status:<16} {_span(m.start, m.end)}{mark}  [{m.source}]"
            )
    if desc.dependencies:
        lines.append("Dependencies:")
        for d in desc.dependencies:
            share = f" {d.share:.0%}" if d.share is not None else ""
            lines.append(
                f"  {d.dependent} on {d.provider}: {d.kind}{share} "
                f"{_span(d.start, d.end)}; {d.detail}  [{d.source}]"
            )
    lines.append(f"Note: {desc.caveat}")
    return "\n".join(lines)


def _term_text(term: Term | None) -> str:
    if term is None:
        return "(no holder recorded)"
    acting = " (acting)" if term.acting else ""
    return f"{term.name}{acting}, {term.title}, {_span(term.start, term.end)}  [{term.source}]"


def _span(start: dt.date | None, end: dt.date | None) -> str:
    first = start.isoformat() if start else "?"
    return f"{first} to {end.isoformat()}" if end else f"since {first}"
