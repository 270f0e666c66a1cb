"""Alliance cohesion per period: members' relations with the bloc and its leader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import pandas as pd

from ..errors import ConfigError
from ..kb.base import KnowledgeBase
from ..kb.led import bloc_leader
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
    state_acts,
    weighted_goldstein,
)

__all__ = [
    "BLOC_STATUSES",
    "CohesionFlag",
    "CohesionOptions",
    "CohesionPoint",
    "CohesionSeries",
    "MemberRelation",
    "measure_cohesion",
    "members_during",
]

# Statuses that make a state part of a bloc for cohesion: a member that froze its
# participation (Armenia in the CSTO from 2024) is still a treaty party, and its
# relations are exactly what a cohesion measure must see.
BLOC_STATUSES: tuple[str, ...] = ("member", "founding_member", "frozen")


def members_during(
    kb: KnowledgeBase,
    org: str,
    start: dt.date,
    end: dt.date,
    statuses: Sequence[str] = BLOC_STATUSES,
) -> tuple[str, ...]:
    """States with a spell of one of `statuses` in `org` overlapping [start, end)."""
    wanted = set(statuses)
    return tuple(
        sorted(
            {
                m.member
                for m in kb.memberships
                if m.org == org
                and m.status in wanted
                and (m.start is None or m.start < end)
                and (m.end is None or m.end > start)
            }
        )
    )


@dataclass(frozen=True, slots=True)
class CohesionOptions:
    """How cohesion is measured and when a drop is flagged.

    `leader` defaults to the hub of the member-to-member network over the span
    (most fellow members dealt with, then the largest confidence-weighted
    volume); pass it when the answer is known ("RUS" for the CSTO). `drop_threshold` is on the score's
    [-1, 1] scale; `evidence` is the number of events cited per member.
    `filters.sectors` says who acts for a member state (default
    `STATE_SECTORS`): protesters outside the leader's embassy are not their
    state turning on the leader.
    """

    period: Period = "year"
    leader: str | None = None
    statuses: tuple[str, ...] = BLOC_STATUSES
    drop_threshold: float = 0.25
    evidence: int = 3
    filters: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class MemberRelation:
    """One member's relations in one period, as confidence-weighted mean Goldstein.

    `bloc` covers its events with fellow members and the organisation (either
    direction), `leader` those with the leader, `organisation` those with the
    organisation itself, and `conduct` only the events the member initiated
    (its own acts towards the bloc); None where there were no such events.
    """

    member: str
    events: int
    bloc: float | None
    leader: float | None
    organisation: float | None
    conduct: float | None


@dataclass(frozen=True, slots=True)
class CohesionPoint:
    """A bloc's cohesion in one period (None values: no intra-bloc events).

    `goldstein` is the confidence-weighted mean Goldstein of intra-bloc events,
    `positive_share` the share of observed members whose `bloc` relation is
    above zero, and `score` = (goldstein / 10 + 2 * positive_share - 1) / 2,
    in [-1, 1]. `left_out` counts the period's events between bloc members
    that were not counted because a side was not the state (protesters,
    opposition, rebels, companies, media: see `EventFilter.sectors`).
    """

    period: str
    start: dt.date
    members: tuple[str, ...]
    events: int
    goldstein: float | None
    positive_share: float | None
    score: float | None
    relations: tuple[MemberRelation, ...]
    left_out: int = 0


@dataclass(frozen=True, slots=True)
class CohesionFlag:
    """A fall in cohesion, with the members responsible and the events that show it.

    `kind` is "drop" (score fell by more than the threshold since the last
    observed period) or "turned_negative" (a member's bloc relation went below
    zero after being at or above it, and its own acts towards the bloc are
    hostile: a member that is only on the receiving end is not the one turning).
    """

    period: str
    kind: Literal["drop", "turned_negative"]
    score: float | None
    previous: float | None
    members: tuple[str, ...]
    evidence: tuple[EventRef, ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The flag as a plain dict."""
        out = asdict(self)
        out["evidence"] = [e.to_dict() for e in self.evidence]
        out["members"] = list(self.members)
        return out


@dataclass(frozen=True, slots=True)
class CohesionSeries:
    """Cohesion of one organisation's members over time, with flagged drops.

    `left_out` counts the events between bloc members left out over the whole
    span because a side was not the state (see `CohesionPoint.left_out`).
    """

    organisation: str
    leader: str | None
    period: Period
    points: tuple[CohesionPoint, ...]
    flags: tuple[CohesionFlag, ...]
    left_out: int = 0

    def to_frame(self) -> pd.DataFrame:
        """One row per period: period, start, members, events, goldstein,
        positive_share, score, left_out."""
        return pd.DataFrame(
            [
                {
                    "period": p.period,
                    "start": p.start,
                    "members": len(p.members),
                    "events": p.events,
                    "goldstein": p.goldstein,
                    "positive_share": p.positive_share,
                    "score": p.score,
                    "left_out": p.left_out,
                }
                for p in self.points
            ],
            columns=[
                "period",
                "start",
                "members",
                "events",
                "goldstein",
                "positive_share",
                "score",
                "left_out",
            ],
        )

    def relations_frame(self) -> pd.DataFrame:
        """One row per (period, member): events, bloc, leader, organisation."""
        rows = [
            {"period": p.period, **asdict(r)} for p in self.points for r in p.relations
        ]
        columns = [
            "period",
            "member",
            "events",
            "bloc",
            "leader",
            "organisation",
            "conduct",
        ]
        return pd.DataFrame(rows, columns=columns)

    def mean_score(
        self, first: str | None = None, last: str | None = None
    ) -> float | None:
        """Mean score over observed periods between labels `first` and `last`."""
        scores = [
            p.score
            for p in self.points
            if p.score is not None
            and (first is None or p.period >= first)
            and (last is None or p.period <= last)
        ]
        return sum(scores) / len(scores) if scores else None

    def to_dict(self) -> dict[str, Any]:
        """The series as a plain dict (for JSON)."""
        points = []
        for p in self.points:
            point = asdict(p)
            point["start"] = p.start.isoformat()
            point["members"] = list(p.members)
            point["relations"] = [asdict(r) for r in p.relations]
            points.append(point)
        return {
            "organisation": self.organisation,
            "leader": self.leader,
            "period": self.period,
            "points": points,
            "flags": [f.to_dict() for f in self.flags],
            "left_out": self.left_out,
        }


def measure_cohesion(
    events: EventSource,
    kb: KnowledgeBase,
    organisation: str,
    *,
    options: CohesionOptions | None = None,
) -> CohesionSeries:
    """Cohesion of `organisation`'s members per period, with drops flagged.

    An intra-bloc event is one between two states that belong to the bloc in
    the event's period (per the knowledge base), or between a member and the
    organisation, where each side acts as a state (`options.filters.sectors`;
    the events left out are counted). See docs/analytics-blocs.md for the
    formulas.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list).
        kb: the knowledge base (memberships).
        organisation: the organisation code, e.g. "CSTO".
        options: period, leader, statuses, threshold, evidence count, filters.

    Returns:
        The series from the first to the last period with intra-bloc events.

    Raises:
        ConfigError: the organisation is unknown or the period is not valid.
    """
    options = options or CohesionOptions()
    if organisation not in kb.organisations:
        raise ConfigError(
            f"Unknown organisation {organisation!r}; use a code from the knowledge "
            "base's organisations.csv, e.g. 'CSTO' or 'NATO'."
        )
    # Read every sector, then split: the events a sector rule leaves out are
    # counted, so the reader knows what the score does not see.
    everything = replace(options.filters, sectors=None)
    frame = event_frame(events, filters=everything)
    frame = frame[frame["source"].notna() & frame["target"].notna()]
    frame = frame[frame["source"] != frame["target"]].copy()
    frame["period"] = period_labels(frame["date"], options.period)
    members = {
        p: members_during(
            kb, organisation, *period_bounds(p, options.period), options.statuses
        )
        for p in frame["period"].unique()
    }
    inside = [
        _intra(s, t, set(members[p]), organisation)
        for s, t, p in zip(
            frame["source"], frame["target"], frame["period"], strict=True
        )
    ]
    within = frame[pd.Series(inside, index=frame.index, dtype=bool)]
    by_state = state_acts(within, options.filters.sectors)
    intra, left_out = within[by_state], within[~by_state]
    left_per_period = left_out["period"].value_counts()
    # The leader news names ("the Russian-led bloc") when known: picking the
    # busiest member lets a member in the news (Armenia in 2023) pass for it.
    leader = (
        options.leader
        or bloc_leader(organisation)
        or _central_member(intra, organisation)
    )
    if intra.empty:
        return CohesionSeries(
            organisation, leader, options.period, (), (), len(left_out)
        )
    labels = periods_between(
        intra["period"].min(), intra["period"].max(), options.period
    )
    points = []
    for label in labels:
        bloc = members.get(label) or members_during(
            kb, organisation, *period_bounds(label, options.period), options.statuses
        )
        point = _point(
            label,
            bloc,
            intra[intra["period"] == label],
            organisation,
            leader,
            options,
        )
        points.append(replace(point, left_out=int(left_per_period.get(label, 0))))
    flags = _flags(points, intra, options)
    return CohesionSeries(
        organisation, leader, options.period, tuple(points), flags, len(left_out)
    )


def _intra(source: str, target: str, members: set[str], org: str) -> bool:
    sides = {source, target}
    return sides <= members | {org} and sides != {org}


def _central_member(intra: pd.DataFrame, org: str) -> str | None:
    # The hub of the member-to-member network over the span: most fellow members
    # dealt with, then the largest confidence-weighted volume. Raw news presence
    # would crown whichever member the corpus is about.
    pairs = intra[(intra["source"] != org) & (intra["target"] != org)]
    fellows: dict[str, set[str]] = {}
    volume: dict[str, float] = {}
    for s, t, c in zip(
        pairs["source"], pairs["target"], pairs["confidence"], strict=True
    ):
        for actor, other in ((s, t), (t, s)):
            fellows.setdefault(actor, set()).add(other)
            volume[actor] = volume.get(actor, 0.0) + float(c)
    if not volume:
        return None
    return min(volume, key=lambda a: (-len(fellows[a]), -volume[a], a))


def _involving(frame: pd.DataFrame, actor: str) -> pd.DataFrame:
    return frame[(frame["source"] == actor) | (frame["target"] == actor)]


def _point(
    label: str,
    bloc: tuple[str, ...],
    intra: pd.DataFrame,
    org: str,
    leader: str | None,
    options: CohesionOptions,
) -> CohesionPoint:
    relations = []
    for member in bloc:
        mine = _involving(intra, member)
        if mine.empty:
            continue
        with_leader = (
            _involving(mine, leader) if leader and leader != member else mine[:0]
        )
        relations.append(
            MemberRelation(
                member,
                len(mine),
                weighted_goldstein(mine),
                weighted_goldstein(with_leader),
                weighted_goldstein(_involving(mine, org)),
                weighted_goldstein(mine[mine["source"] == member]),
            )
        )
    goldstein = weighted_goldstein(intra)
    observed = [r.bloc for r in relations if r.bloc is not None]
    share = sum(b > 0 for b in observed) / len(observed) if observed else None
    score = (
        (goldstein / 10 + 2 * share - 1) / 2
        if goldstein is not None and share is not None
        else None
    )
    start = period_bounds(label, options.period)[0]
    return CohesionPoint(
        label, start, bloc, len(intra), goldstein, share, score, tuple(relations)
    )


def _flags(
    points: list[CohesionPoint], intra: pd.DataFrame, options: CohesionOptions
) -> tuple[CohesionFlag, ...]:
    flags: list[CohesionFlag] = []
    last_point: CohesionPoint | None = None
    last_bloc: dict[str, float] = {}  # each member's last observed bloc relation
    last_blame: dict[str, float] = {}  # ... and last observed _blame measure
    for point in points:
        if point.score is None:
            continue
        here = intra[intra["period"] == point.period]
        if last_point is not None and last_point.score is not None:
            if point.score - last_point.score < -options.drop_threshold:
                flags.append(
                    _drop(point, last_point, last_blame, last_bloc, here, options)
                )
        for r in point.relations:
            before = last_bloc.get(r.member)
            if r.bloc is None or before is None or not (r.bloc < 0 <= before):
                continue
            if r.conduct is None or r.conduct >= 0:
                continue  # soured by others' acts: they are the ones flagged
            flags.append(
                CohesionFlag(
                    point.period,
                    "turned_negative",
                    point.score,
                    last_point.score if last_point else None,
                    (r.member,),
                    _evidence(here, (r.member,), options.evidence),
                    f"{r.member}'s relations with the bloc went from "
                    f"{before:+.2f} to {r.bloc:+.2f} (mean Goldstein)",
                )
            )
        for r in point.relations:
            if r.bloc is not None:
                last_bloc[r.member] = r.bloc
            blame = _blame(r)
            if blame is not None:
                last_blame[r.member] = blame
        last_point = point
    return tuple(flags)


def _blame(relation: MemberRelation) -> float | None:
    # A member answers for its own acts when it initiated any; otherwise for the
    # relation as a whole (a member that only received events).
    return relation.conduct if relation.conduct is not None else relation.bloc


def _drop(
    point: CohesionPoint,
    last_point: CohesionPoint,
    last_blame: dict[str, float],
    last_bloc: dict[str, float],
    here: pd.DataFrame,
    options: CohesionOptions,
) -> CohesionFlag:
    # Responsible: a member whose own conduct worsened, or stayed hostile while
    # its relations with the bloc fell; most hostile volume (mean x events) first.
    baseline = last_point.goldstein or 0.0  # for members not observed before
    weights = []
    for r in point.relations:
        now = _blame(r)
        if now is None:
            continue
        worse = now < last_blame.get(r.member, baseline)
        fell = r.bloc is not None and r.bloc < last_bloc.get(r.member, baseline)
        if worse or (now < 0 and fell):
            weights.append((now * r.events, r.member))
    who = tuple(m for _, m in sorted(weights))
    return CohesionFlag(
        point.period,
        "drop",
        point.score,
        last_point.score,
        who,
        _evidence(here, who, options.evidence),
        f"cohesion fell from {last_point.score:+.2f} to {point.score:+.2f}",
    )


def _evidence(
    frame: pd.DataFrame, members: Sequence[str], k: int
) -> tuple[EventRef, ...]:
    refs: list[EventRef] = []
    seen: set[str] = set()
    for member in members:
        mine = _involving(frame, member)
        own = mine[(mine["source"] == member) & (mine["goldstein"] < 0)]
        hostile = own if len(own) else mine[mine["goldstein"] < 0]
        for ref in most_negative(hostile if len(hostile) else mine, k):
            if ref.id not in seen:
                seen.add(ref.id)
                refs.append(ref)
    return tuple(refs)
