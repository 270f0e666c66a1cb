"""Dependency on partners (bases, energy, arms, trade) beside alignment, and diversification.

Dependency comes from the knowledge base, alignment from events; the two are
shown side by side and never blended into one score: a state can depend on a
partner it is turning away from, and that gap is what an analyst looks for.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from ..errors import ConfigError
from ..kb.base import KnowledgeBase
from ..kb.model import Dependency, covers
from .frames import (
    EventFilter,
    EventSource,
    Period,
    event_frame,
    period_labels,
    periods_between,
    split_sectors,
    to_plain,
    weighted_goldstein,
)

__all__ = [
    "CATEGORIES",
    "DependencyLink",
    "DependencyOptions",
    "DependencyProfile",
    "Diversification",
    "DiversityPoint",
    "KindConcentration",
    "PartnerRow",
    "dependencies_at",
    "dependency_profile",
    "diversification",
    "entropy",
    "hhi",
    "kind_concentration",
]

# The kinds of dependencies.csv (docs/data-formats.md) grouped for reading.
CATEGORIES: dict[str, str] = {
    "military_base": "security",
    "troops": "security",
    "peacekeepers": "security",
    "security_guarantee": "security",
    "energy_gas": "energy",
    "energy_oil": "energy",
    "nuclear_fuel": "energy",
    "electricity": "energy",
    "arms_imports": "arms",
    "trade_exports": "trade",
    "trade_imports": "trade",
    "trade_total": "trade",
    "remittances": "remittances",
}


def hhi(shares: Iterable[float]) -> float:
    """Herfindahl-Hirschman index: the sum of squared shares (0..1 scale).

    1.0 is one partner with everything; n equal partners give 1/n.
    """
    return float(sum(s * s for s in shares))


def entropy(weights: Iterable[float]) -> float:
    """Shannon entropy in bits of a distribution given by non-negative weights.

    Raises:
        ConfigError: a weight is negative.
    """
    values = [float(w) for w in weights]
    if any(w < 0 for w in values):
        raise ConfigError("Entropy needs non-negative weights (event counts, shares).")
    total = sum(values)
    if total <= 0:
        return 0.0
    return float(-sum(w / total * math.log2(w / total) for w in values if w > 0))


@dataclass(frozen=True, slots=True)
class DependencyLink:
    """One dependency of a state on a partner that applies at a date.

    `stale` marks a share whose statistical window ended before the date (the
    latest figure known, carried forward within DependencyOptions.max_lag_days).
    """

    provider: str
    kind: str
    category: str
    share: float | None
    amount: float | None
    unit: str
    start: dt.date | None
    end: dt.date | None
    stale: bool
    detail: str
    source: str


@dataclass(frozen=True, slots=True)
class KindConcentration:
    """How concentrated one kind of dependency is across partners.

    With known shares, `hhi` is over those shares (a lower bound when
    `coverage` < 1: the rest is spread over partners the knowledge base does not
    list). Without shares, each listed partner counts equally (`hhi` = 1/n).
    """

    kind: str
    partners: int
    hhi: float
    coverage: float | None
    shares_known: bool
    top: str
    top_share: float


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """One partner: dependency indicators beside alignment from events.

    `shares` maps kind to share where the knowledge base gives one; `kinds`
    lists every kind of dependency on the partner. `weight` is the partner's
    share averaged over the state's dependency kinds (see `dependency_profile`).
    `alignment` is the confidence-weighted mean Goldstein of events between the
    two in the window, `cooperation` the confidence-weighted share of those
    events that are cooperative (quad class 1-2). They are never combined.
    `left_out` counts the pair's events in the window not counted because a
    side was not the state (protesters, opposition, rebels, companies, media).
    """

    partner: str
    kinds: tuple[str, ...]
    shares: tuple[tuple[str, float], ...]
    weight: float
    alignment: float | None
    cooperation: float | None
    events: int
    left_out: int = 0


@dataclass(frozen=True, slots=True)
class DependencyOptions:
    """Window of the alignment figures and which partners to list.

    `filters.sectors` says who acts for a state (default `STATE_SECTORS`).
    """

    window_days: int = 365
    max_lag_days: int = 3 * 365
    event_partners: int = 3
    filters: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class DependencyProfile:
    """A state's dependencies on each partner at a date, beside alignment."""

    state: str
    date: dt.date
    links: tuple[DependencyLink, ...]
    concentration: tuple[KindConcentration, ...]
    combined_hhi: float | None
    partners: tuple[PartnerRow, ...]

    def to_frame(self) -> pd.DataFrame:
        """The partner table: partner, kinds ("arms_imports=0.94; troops"),
        weight, alignment, cooperation, events."""
        rows = [
            {
                "partner": p.partner,
                "kinds": "; ".join(
                    f"{k}={dict(p.shares)[k]:.2f}" if k in dict(p.shares) else k
                    for k in p.kinds
                ),
                "weight": p.weight,
                "alignment": p.alignment,
                "cooperation": p.cooperation,
                "events": p.events,
            }
            for p in self.partners
        ]
        columns = ["partner", "kinds", "weight", "alignment", "cooperation", "events"]
        return pd.DataFrame(rows, columns=columns)

    def links_frame(self) -> pd.DataFrame:
        """One row per dependency link (DependencyLink fields)."""
        return pd.DataFrame(
            [asdict(link) for link in self.links],
            columns=list(DependencyLink.__slots__),
        )

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-ready data (shares as kind -> share mappings)."""
        out: dict[str, Any] = to_plain(self)
        for row, partner in zip(out["partners"], self.partners, strict=True):
            row["shares"] = dict(partner.shares)
        return out


def dependencies_at(
    kb: KnowledgeBase, state: str, day: dt.date, *, max_lag_days: int = 3 * 365
) -> tuple[DependencyLink, ...]:
    """The dependencies of `state` that apply on `day`.

    Presence links (a base, a guarantee) apply while their spell covers the
    day. Shares are statistics over a window: per kind, the most recent window
    covering the day is used, or failing that the latest window that ended at
    most `max_lag_days` before it (marked stale), so shares of one kind come
    from one window and add up.
    """
    rows = [d for d in kb.dependencies if d.dependent == state]
    out: list[DependencyLink] = []
    for kind in sorted({d.kind for d in rows}):
        of_kind = [d for d in rows if d.kind == kind]
        out += [
            _link(d, False)
            for d in of_kind
            if d.share is None and covers(d.start, d.end, day)
        ]
        shared = [d for d in of_kind if d.share is not None]
        live = [d for d in shared if covers(d.start, d.end, day)]
        stale = not live
        if stale:
            horizon = day - dt.timedelta(days=max_lag_days)
            live = [d for d in shared if d.end is not None and horizon <= d.end <= day]
        if live:
            window = max((d.end or dt.date.max, d.start or dt.date.min) for d in live)
            out += [
                _link(d, stale)
                for d in live
                if (d.end or dt.date.max, d.start or dt.date.min) == window
            ]
    return tuple(out)


def _link(d: Dependency, stale: bool) -> DependencyLink:
    return DependencyLink(
        d.provider,
        d.kind,
        CATEGORIES.get(d.kind, "other"),
        d.share,
        d.amount,
        d.unit,
        d.start,
        d.end,
        stale,
        d.detail,
        d.source,
    )


def kind_concentration(
    links: Sequence[DependencyLink],
) -> tuple[KindConcentration, ...]:
    """HHI per kind of dependency over partners (see KindConcentration)."""
    out = []
    for kind, shares in sorted(_kind_shares(links).items()):
        known = {p: s for p, (s, k) in shares.items() if k}
        weights = known or {p: s for p, (s, _) in shares.items()}
        top = min(weights, key=lambda p: (-weights[p], p))
        out.append(
            KindConcentration(
                kind,
                len(shares),
                hhi(weights.values()),
                sum(known.values()) if known else None,
                bool(known),
                top,
                weights[top],
            )
        )
    return tuple(out)


def _kind_shares(
    links: Sequence[DependencyLink],
) -> dict[str, dict[str, tuple[float, bool]]]:
    """Per kind, each partner's (share, known): known shares as given; partners
    without one share what known shares leave (equally; all of it when no share
    of the kind is known)."""
    out: dict[str, dict[str, tuple[float, bool]]] = {}
    for kind in sorted({link.kind for link in links}):
        known: dict[str, float] = {}
        present: set[str] = set()
        for link in links:
            if link.kind != kind:
                continue
            present.add(link.provider)
            if link.share is not None:
                known[link.provider] = max(known.get(link.provider, 0.0), link.share)
        unknown = sorted(present - set(known))
        rest = max(0.0, 1.0 - sum(known.values())) if known else 1.0
        out[kind] = {p: (s, True) for p, s in known.items()}
        out[kind].update({p: (rest / len(unknown), False) for p in unknown})
    return out


def dependency_profile(
    events: EventSource,
    kb: KnowledgeBase,
    state: str,
    day: dt.date,
    *,
    options: DependencyOptions | None = None,
) -> DependencyProfile:
    """A state's dependency on each partner at `day`, beside its alignment.

    A partner's combined `weight` is its share averaged over the K kinds of
    dependency the state has (presence-only kinds split equally among their
    partners); `combined_hhi` is the sum of squared weights. Partners with
    no dependency but at least `options.event_partners` events in the window
    are listed too, so the table shows where the state leans as well as where
    it depends.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list).
        kb: the knowledge base (dependencies).
        state: the dependent state's code.
        day: the date of the dependency figures and the end of the window.
        options: window length, lag allowed for shares, partner threshold.

    Returns:
        Links, concentration per kind and the partner table, heaviest first.
    """
    options = options or DependencyOptions()
    kb.state(state)  # raises with suggestions for an unknown code
    links = dependencies_at(kb, state, day, max_lag_days=options.max_lag_days)
    shares = _kind_shares(links)
    weight: dict[str, float] = {}
    for per_partner in shares.values():
        for partner, (share, _) in per_partner.items():
            weight[partner] = weight.get(partner, 0.0) + share / len(shares)
    start = day - dt.timedelta(days=options.window_days)
    frame = event_frame(events, filters=replace(options.filters, sectors=None))
    frame = frame[
        (frame["date"] >= pd.Timestamp(start)) & (frame["date"] <= pd.Timestamp(day))
    ]
    frame = frame[(frame["source"] == state) ^ (frame["target"] == state)]
    frame, ignored = split_sectors(frame, options.filters.sectors)
    left_out = (
        ignored["target"].where(ignored["source"] == state, ignored["source"])
    ).value_counts()
    other = frame["target"].where(frame["source"] == state, frame["source"])
    counts = other[other.isin(kb.states)].value_counts()
    partners = set(weight) | set(counts[counts >= options.event_partners].index)
    rows = []
    for partner in partners:
        mine = frame[other == partner]
        kinds = tuple(sorted({link.kind for link in links if link.provider == partner}))
        known = tuple(
            (k, shares[k][partner][0]) for k in kinds if shares[k][partner][1]
        )
        rows.append(
            PartnerRow(
                partner,
                kinds,
                known,
                weight.get(partner, 0.0),
                weighted_goldstein(mine),
                _cooperation(mine),
                len(mine),
                int(left_out.get(partner, 0)),
            )
        )
    rows.sort(key=lambda r: (-r.weight, -r.events, r.partner))
    return DependencyProfile(
        state,
        day,
        links,
        kind_concentration(links),
        hhi(weight.values()) if weight else None,
        tuple(rows),
    )


def _cooperation(frame: pd.DataFrame) -> float | None:
    total = float(frame["confidence"].sum()) if len(frame) else 0.0
    if total <= 0:
        return None
    return float(frame.loc[frame["quad_class"] <= 2, "confidence"].sum() / total)


@dataclass(frozen=True, slots=True)
class DiversityPoint:
    """A state's spread of cooperation partners in one period.

    `entropy` is in bits over the partners' shares of the state's cooperative
    events (confidence-weighted); `evenness` divides it by log2(partners);
    `effective` = 2 ** entropy is the number of equally used partners that
    would give the same entropy.
    """

    period: str
    events: int
    partners: int
    entropy: float
    evenness: float | None
    effective: float
    top: str | None
    top_share: float | None


@dataclass(frozen=True, slots=True)
class Diversification:
    """Partner diversification over time and its trend (OLS slope, bits per period)."""

    state: str
    period: Period
    points: tuple[DiversityPoint, ...]
    slope: float | None

    def to_frame(self) -> pd.DataFrame:
        """One row per period with cooperative events (DiversityPoint fields)."""
        return pd.DataFrame(
            [asdict(p) for p in self.points], columns=list(DiversityPoint.__slots__)
        )

    def to_dict(self) -> dict[str, Any]:
        """The series and its trend as JSON-ready data."""
        out: dict[str, Any] = to_plain(self)
        return out


def diversification(
    events: EventSource,
    state: str,
    *,
    period: Period = "year",
    include_organisations: bool = True,
    kb: KnowledgeBase | None = None,
    filters: EventFilter | None = None,
) -> Diversification:
    """Shannon entropy of a state's cooperation partners per period, and its trend.

    Cooperative events are those of quad class 1-2 (verbal and material
    cooperation) in either direction; the partner is the other side.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list).
        state: the state's code.
        period: month, quarter or year.
        include_organisations: count organisations (EU, CSTO) as partners;
            needs `kb` to tell them apart when False.
        kb: the knowledge base.
        filters: which events to read.

    Returns:
        One point per period with cooperation, and the slope of entropy over
        all periods in the span (None with fewer than two points).

    Raises:
        ConfigError: organisations are to be left out but no `kb` was given.
    """
    if not include_organisations and kb is None:
        raise ConfigError(
            "Pass kb=load_kb() to leave organisations out of the partners."
        )
    frame = event_frame(events, filters=filters)
    frame = frame[frame["quad_class"].isin((1, 2))]
    frame = frame[(frame["source"] == state) ^ (frame["target"] == state)]
    frame = frame.assign(
        partner=frame["target"].where(frame["source"] == state, frame["source"])
    )
    frame = frame[frame["partner"].notna()]
    if not include_organisations and kb is not None:
        frame = frame[~frame["partner"].isin(kb.organisations)]
    frame = frame.assign(period=period_labels(frame["date"], period))
    points = []
    for label, group in frame.groupby("period", sort=True):
        weights = group.groupby("partner")["confidence"].sum().sort_index()
        bits = entropy(weights.to_numpy())
        share = weights / weights.sum()
        top = str(share.idxmax())
        points.append(
            DiversityPoint(
                str(label),
                len(group),
                len(weights),
                bits,
                bits / math.log2(len(weights)) if len(weights) > 1 else None,
                2.0**bits,
                top,
                float(share[top]),
            )
        )
    slope = None
    if len(points) >= 2:
        span = periods_between(points[0].period, points[-1].period, period)
        x = np.array([span.index(p.period) for p in points], dtype=float)
        slope = float(np.polyfit(x, [p.entropy for p in points], 1)[0])
    return Diversification(state, period, tuple(points), slope)
