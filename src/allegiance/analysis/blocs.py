"""A patron's bloc over time: its members, their cohesion and who defects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import pandas as pd

from ..errors import ConfigError
from ..kb.base import KnowledgeBase
from ..kb.model import Membership
from ..kb.persist import stored_memberships
from ..store.base import Store
from .cohesion import (
    BLOC_STATUSES,
    CohesionOptions,
    CohesionSeries,
    measure_cohesion,
)
from .frames import (
    EventFilter,
    EventRef,
    EventSource,
    Period,
    event_frame,
    most_negative,
    period_bounds,
    period_labels,
    periods_between,
    split_sectors,
    to_plain,
    weighted_goldstein,
)

__all__ = [
    "BLOC_KINDS",
    "EXIT_MOVES",
    "Bloc",
    "BlocMember",
    "BlocOptions",
    "BlocPeriod",
    "Defection",
    "news_spells",
    "patron_bloc",
]

# Organisation kinds that make a bloc (organisations.csv `kind`); forums such as
# the CIS or the G20 bind no one.
BLOC_KINDS: tuple[str, ...] = (
    "collective_defence",
    "security_partnership",
    "economic_union",
    "political_union",
)
# Alliance moves (Event.alliance_move) by which a member steps back from a bloc.
EXIT_MOVES: tuple[str, ...] = (
    "freeze",
    "suspend",
    "withdraw",
    "skip_summit",
    "refuse_declaration",
)
_FULL = ("member", "founding_member")


@dataclass(frozen=True, slots=True)
class BlocOptions:
    """Period, statuses that count as membership, cohesion settings, filters.

    `filters.sectors` says who acts for a state (default `STATE_SECTORS`).
    """

    period: Period = "year"
    statuses: tuple[str, ...] = BLOC_STATUSES
    drop_threshold: float = 0.25
    evidence: int = 3
    filters: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class BlocMember:
    """A state in the bloc in one period.

    `statuses` pairs each organisation with the member's status in the latest
    spell overlapping the period (news-reported spells win ties with the
    knowledge base); `origin` says whether the spells came from the knowledge
    base, from news-reported spells in the store, or both. `patron` is the
    confidence-weighted mean Goldstein of its events with the patron in the
    period (None: no such events); `left_out` counts its events with the
    patron not counted because a side was not the state (protesters,
    opposition, rebels, companies, media).
    """

    member: str
    statuses: tuple[tuple[str, str], ...]
    origin: Literal["kb", "news", "both"]
    patron: float | None
    events: int
    left_out: int = 0


@dataclass(frozen=True, slots=True)
class BlocPeriod:
    """The bloc's membership in one period."""

    period: str
    members: tuple[BlocMember, ...]


@dataclass(frozen=True, slots=True)
class Defection:
    """A member turning away from the patron.

    `kind` "relations": its relations with the patron went from `before` (at or
    above zero, in period `last_seen`) to `after` (below zero). `kind`
    "status": its status in `organisation` fell from full membership to
    `status_after` (frozen, suspended, withdrawn...). `evidence` holds the most
    hostile events with the patron, or the alliance moves reported in the period.
    """

    period: str
    member: str
    kind: Literal["relations", "status"]
    organisation: str | None
    last_seen: str
    before: float | None
    after: float | None
    status_before: str | None
    status_after: str | None
    evidence: tuple[EventRef, ...]

    def to_dict(self) -> dict[str, Any]:
        """The defection as a plain dict."""
        out = asdict(self)
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out


@dataclass(frozen=True, slots=True)
class Bloc:
    """A patron's bloc: membership per period, cohesion per organisation, defections."""

    patron: str
    organisations: tuple[str, ...]
    period: Period
    periods: tuple[BlocPeriod, ...]
    cohesion: tuple[CohesionSeries, ...]
    defections: tuple[Defection, ...]

    def members_frame(self) -> pd.DataFrame:
        """One row per (period, member): statuses ("CSTO=frozen,EAEU=member"),
        origin, patron (relation), events."""
        rows = [
            {
                "period": p.period,
                **asdict(m),
                "statuses": ",".join(f"{o}={s}" for o, s in m.statuses),
            }
            for p in self.periods
            for m in p.members
        ]
        columns = ["period", "member", "statuses", "origin", "patron", "events"]
        return pd.DataFrame(rows, columns=columns)

    def cohesion_frame(self) -> pd.DataFrame:
        """The cohesion series of every organisation, with an `organisation` column."""
        frames = [
            s.to_frame().assign(organisation=s.organisation) for s in self.cohesion
        ]
        if not frames:
            return pd.DataFrame(columns=["organisation", "period", "score"])
        return pd.concat(frames, ignore_index=True)

    def to_dict(self) -> dict[str, Any]:
        """The bloc as JSON-ready data (statuses as organisation -> status)."""
        periods = []
        for p in self.periods:
            members = []
            for m in p.members:
                member = to_plain(m)
                member["statuses"] = dict(m.statuses)
                members.append(member)
            periods.append({"period": p.period, "members": members})
        return {
            "patron": self.patron,
            "organisations": list(self.organisations),
            "period": self.period,
            "periods": periods,
            "cohesion": [s.to_dict() for s in self.cohesion],
            "defections": [d.to_dict() for d in self.defections],
        }


def news_spells(store: Store, organisations: Sequence[str]) -> list[Membership]:
    """Membership spells reported in the news for `organisations` (store table
    `kb_memberships`, origin 'news'; written by `allegiance kb import`)."""
    wanted = set(organisations)
    return [
        Membership(s.org, s.member, s.status, s.start, s.end, s.source, s.note)
        for s in stored_memberships(store, "news")
        if s.org in wanted
    ]


def patron_bloc(
    events: EventSource,
    kb: KnowledgeBase,
    patron: str,
    organisations: Sequence[str] | None = None,
    *,
    options: BlocOptions | None = None,
) -> Bloc:
    """A patron's bloc over time: members, cohesion and defections.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list); a
            store also supplies news-reported membership spells.
        kb: the knowledge base (memberships, organisations).
        patron: the patron state, e.g. "RUS".
        organisations: the bloc's organisations (default: every organisation
            of a `BLOC_KINDS` kind the patron belongs to in the data's span).
        options: period, statuses, cohesion threshold, evidence, filters.

    Returns:
        The bloc from the first to the last period with events.

    Raises:
        KnowledgeBaseError: the patron is not a known state.
        ConfigError: no organisation makes a bloc for this patron.
    """
    options = options or BlocOptions()
    kb.state(patron)
    # Every sector, split: cohesion and the members' ties count what they leave out.
    everything = event_frame(events, filters=replace(options.filters, sectors=None))
    frame, ignored = split_sectors(everything, options.filters.sectors)
    if frame.empty:
        return Bloc(patron, tuple(organisations or ()), options.period, (), (), ())
    first = str(period_labels(frame["date"].iloc[[0]], options.period).iloc[0])
    last = str(period_labels(frame["date"].iloc[[-1]], options.period).iloc[0])
    labels = periods_between(first, last, options.period)
    span = (
        period_bounds(first, options.period)[0],
        period_bounds(last, options.period)[1],
    )
    orgs = tuple(organisations or _patron_orgs(kb, patron, *span, options.statuses))
    if not orgs:
        raise ConfigError(
            f"{patron} belongs to no bloc organisation in the data's span; pass "
            "organisations=('CSTO',) or similar."
        )
    news = news_spells(events, orgs) if isinstance(events, Store) else []
    spells = [m for m in kb.memberships if m.org in orgs]
    frame = frame.assign(period=period_labels(frame["date"], options.period))
    ignored = ignored.assign(period=period_labels(ignored["date"], options.period))
    cohesion = tuple(
        measure_cohesion(
            everything,
            kb,
            org,
            options=CohesionOptions(
                period=options.period,
                leader=patron,
                statuses=options.statuses,
                drop_threshold=options.drop_threshold,
                evidence=options.evidence,
                filters=options.filters,
            ),
        )
        for org in orgs
    )
    periods = [
        _bloc_period(label, frame, ignored, spells, news, patron, options)
        for label in labels
    ]
    defections = _defections(periods, frame, patron, options)
    return Bloc(patron, orgs, options.period, tuple(periods), cohesion, defections)


def _patron_orgs(
    kb: KnowledgeBase,
    patron: str,
    start: dt.date,
    end: dt.date,
    statuses: Sequence[str],
) -> list[str]:
    return sorted(
        {
            m.org
            for m in kb.memberships
            if m.member == patron
            and m.status in statuses
            and m.org in kb.organisations
            and kb.organisations[m.org].kind in BLOC_KINDS
            and (m.start is None or m.start < end)
            and (m.end is None or m.end > start)
        }
    )


def _with_patron(frame: pd.DataFrame, member: str, patron: str) -> pd.DataFrame:
    return frame[
        ((frame["source"] == member) & (frame["target"] == patron))
        | ((frame["source"] == patron) & (frame["target"] == member))
    ]


def _bloc_period(
    label: str,
    frame: pd.DataFrame,
    ignored: pd.DataFrame,
    spells: list[Membership],
    news: list[Membership],
    patron: str,
    options: BlocOptions,
) -> BlocPeriod:
    start, end = period_bounds(label, options.period)

    def overlapping(items: list[Membership]) -> list[Membership]:
        return [
            m
            for m in items
            if (m.start is None or m.start < end) and (m.end is None or m.end > start)
        ]

    kb_here, news_here = overlapping(spells), overlapping(news)
    here = frame[frame["period"] == label]
    not_here = ignored[ignored["period"] == label]
    members = []
    for member in sorted({m.member for m in kb_here + news_here} - {patron}):
        mine = [m for m in kb_here + news_here if m.member == member]
        if not any(m.status in options.statuses for m in mine):
            continue
        statuses = []
        for org in sorted({m.org for m in mine}):
            latest = max(
                (m for m in mine if m.org == org),
                key=lambda m: (m.start or dt.date.min, m in news_here),
            )
            statuses.append((org, latest.status))
        in_kb = any(m in kb_here and m.status in options.statuses for m in mine)
        in_news = any(m in news_here for m in mine)
        origin: Literal["kb", "news", "both"] = (
            "both" if in_kb and in_news else "news" if in_news else "kb"
        )
        ties = _with_patron(here, member, patron)
        members.append(
            BlocMember(
                member,
                tuple(statuses),
                origin,
                weighted_goldstein(ties),
                len(ties),
                len(_with_patron(not_here, member, patron)),
            )
        )
    return BlocPeriod(label, tuple(members))


def _defections(
    periods: list[BlocPeriod],
    frame: pd.DataFrame,
    patron: str,
    options: BlocOptions,
) -> tuple[Defection, ...]:
    out: list[Defection] = []
    relation: dict[str, tuple[float, str]] = {}  # last observed relation, period
    status: dict[
        tuple[str, str], tuple[str, str]
    ] = {}  # (member, org) -> status, period
    for p in periods:
        here = frame[frame["period"] == p.period]
        for m in p.members:
            for org, now in m.statuses:
                before, seen = status.get((m.member, org), (now, p.period))
                if before in _FULL and now not in _FULL:
                    out.append(
                        _status_defection(
                            p.period, m.member, org, seen, before, now, here, options
                        )
                    )
                status[(m.member, org)] = (now, p.period)
            if m.patron is None:
                continue
            before_rel, seen = relation.get(m.member, (m.patron, p.period))
            if m.patron < 0 <= before_rel:
                ties = _with_patron(here, m.member, patron)
                out.append(
                    Defection(
                        p.period,
                        m.member,
                        "relations",
                        None,
                        seen,
                        before_rel,
                        m.patron,
                        None,
                        None,
                        most_negative(ties, options.evidence),
                    )
                )
            relation[m.member] = (m.patron, p.period)
    return tuple(out)


def _status_defection(
    label: str,
    member: str,
    org: str,
    seen: str,
    before: str,
    now: str,
    here: pd.DataFrame,
    options: BlocOptions,
) -> Defection:
    moves = here[
        (here["source"] == member)
        & here["alliance_move"].isin(EXIT_MOVES)
        & (here["organisation"] == org)
    ]
    refs = tuple(
        EventRef.from_row(r)
        for r in moves.head(options.evidence).itertuples(index=False)
    )
    return Defection(label, member, "status", org, seen, None, None, before, now, refs)
