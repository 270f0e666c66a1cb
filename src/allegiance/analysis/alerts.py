"""Alerts: change points on every busy dyad, with who moved and the evidence events."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import pandas as pd

from ..errors import ConfigError
from ..store.base import Store
from .changepoints import METHODS, ChangePoint, DetectorSettings, Direction, detect
from .consolidate import Selection, event_units
from .moved import MoveSettings, WhoMoved, who_moved
from .series import FREQS, SERIES_COLUMNS, DyadSeries, series_from_units

__all__ = [
    "Alert",
    "AlertSettings",
    "Evidence",
    "alerts",
    "dyad_alerts",
    "label_evidence",
    "pair_counts",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """An event behind an alert, with the sentence and article that show it.

    For imported (GDELT) events `sentence` is empty and `url` is the source URL.
    `mentions` counts the reports merged into this event.
    """

    event_id: str
    date: dt.date
    source: str | None
    target: str | None
    cameo: str
    goldstein: float
    confidence: float
    sentence: str
    article_id: str
    title: str | None
    url: str | None
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        """The evidence as a plain dict (date as an ISO string)."""
        out = asdict(self)
        out["date"] = self.date.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class Alert:
    """A shift in a dyad's relation: when, which way, how much, how sure, why.

    `date` is the first day of the first period at the new level; `magnitude`
    the new level minus the old (`after` - `before`) of `metric` (a column of
    the dyad series at `freq`); `confidence` the highest of the agreeing
    `methods`' confidences. `evidence` holds the events that weigh most in the
    periods around the change, `who_moved` which side's behaviour changed
    between the segments either side.
    """

    date: dt.date
    dyad: tuple[str, str]
    direction: Direction
    magnitude: float
    confidence: float
    methods: tuple[str, ...]
    metric: str
    freq: str
    before: float
    after: float
    evidence: tuple[Evidence, ...] = ()
    who_moved: WhoMoved | None = None

    def to_dict(self) -> dict[str, Any]:
        """The alert as a plain dict for JSON (dates as ISO strings)."""
        return {
            "date": self.date.isoformat(),
            "dyad": list(self.dyad),
            "direction": self.direction,
            "magnitude": self.magnitude,
            "confidence": self.confidence,
            "methods": list(self.methods),
            "metric": self.metric,
            "freq": self.freq,
            "before": self.before,
            "after": self.after,
            "evidence": [e.to_dict() for e in self.evidence],
            "who_moved": self.who_moved.to_dict() if self.who_moved else None,
        }


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """How alerts are found (defaults documented in docs/analytics.md).

    `metric` is the dyad-series column the detectors read; `goldstein_mean`
    (the tone of the pair's events, over the periods that have any) suits
    sparse news, `net_cooperation_norm` dense feeds such as GDELT. A dyad needs
    `min_events` events and `min_periods` measured periods. Change points of
    different methods within `tolerance` periods are one alert, kept when at
    least `min_methods` agree. Evidence: the `evidence` events with the largest
    |Goldstein| x confidence among those pointing the alert's way (negative
    Goldstein for a fall, positive for a rise), from the measured period before
    the change and `evidence_periods` measured periods from it on.
    `selection` decides which events the series, who moved and the evidence
    read (default: what states do as states, so protesters are never cited
    as a state's turn; `Selection(sectors=None)` reads every event).
    """

    metric: str = "goldstein_mean"
    methods: tuple[str, ...] = METHODS
    min_events: int = 6
    # Two segments of the detectors' least size (2): fewer periods cannot split.
    min_periods: int = 4
    tolerance: int = 1
    min_methods: int = 1
    evidence: int = 3
    evidence_periods: int = 2
    detector: DetectorSettings = field(default_factory=DetectorSettings)
    selection: Selection = field(default_factory=Selection)
    moves: MoveSettings = field(default_factory=MoveSettings)

    def __post_init__(self) -> None:
        if self.metric not in SERIES_COLUMNS:
            raise ConfigError(
                f"Unknown metric {self.metric!r}; use a dyad-series column such as "
                "goldstein_mean or net_cooperation_norm."
            )
        if not 1 <= self.min_methods <= len(self.methods):
            raise ConfigError(
                f"min_methods must be between 1 and {len(self.methods)} (the methods run)."
            )


def pair_counts(units: pd.DataFrame) -> pd.Series:
    """Events per undirected pair of distinct actors, indexed by (a, b), a < b."""
    both = units[units["source"].notna() & units["target"].notna()]
    both = both[both["source"] != both["target"]]
    if both.empty:
        return pd.Series(dtype="int64")
    low = both[["source", "target"]].min(axis=1)
    high = both[["source", "target"]].max(axis=1)
    return (
        pd.Series(1, index=pd.MultiIndex.from_arrays([low, high]))
        .groupby(level=[0, 1])
        .sum()
    )


def _rows_by_actor(units: pd.DataFrame) -> dict[str, pd.Index]:
    """Row labels of each actor's events, as source or target."""
    out: dict[str, pd.Index] = {}
    for side in ("source", "target"):
        for actor, rows in units.groupby(side).groups.items():
            out[actor] = out[actor].union(rows) if actor in out else pd.Index(rows)
    return out


def _cluster(points: list[ChangePoint], tolerance: int) -> list[list[ChangePoint]]:
    clusters: list[list[ChangePoint]] = []
    for cp in sorted(points, key=lambda p: (p.index, METHODS.index(p.method))):
        last = clusters[-1] if clusters else None
        if (
            last is not None
            and cp.index - last[0].index <= tolerance
            and cp.direction == last[0].direction
            and cp.method not in {p.method for p in last}
        ):
            last.append(cp)
        else:
            clusters.append([cp])
    return clusters


def _evidence(
    units: pd.DataFrame,
    pair: tuple[str, str],
    start: pd.Timestamp,
    end: pd.Timestamp,
    direction: Direction,
    settings: AlertSettings,
) -> tuple[Evidence, ...]:
    a, b = pair
    rows = units[
        (
            ((units["source"] == a) & (units["target"] == b))
            | ((units["source"] == b) & (units["target"] == a))
        )
        & (units["date"] >= start)
        & (units["date"] < end)
    ]
    # Only events pointing the alert's way: a handshake is no evidence of a rift.
    way = rows["goldstein"] < 0 if direction == "down" else rows["goldstein"] > 0
    rows = rows[way]
    # One sentence coded both ways (A meets B, B meets A) is shown once.
    sentence = rows["article_id"] + "#" + rows["sent_index"].astype(str)
    rows = rows.assign(
        _score=rows["goldstein"].abs() * rows["confidence"],
        _sentence=sentence.where(rows["origin"] == "coded", rows["id"]),
    )
    rows = rows.sort_values(["_score", "date", "id"], ascending=[False, True, True])
    rows = rows.drop_duplicates("_sentence")
    out = []
    for row in rows.head(settings.evidence).itertuples(index=False):
        imported_url = getattr(row, "source_url", None)
        out.append(
            Evidence(
                event_id=row.id,
                date=row.date.date(),
                source=row.source,
                target=row.target,
                cameo=row.cameo,
                goldstein=float(row.goldstein),
                confidence=float(row.confidence),
                sentence=row.evidence if row.origin == "coded" else "",
                article_id=row.article_id,
                title=None,
                url=imported_url if isinstance(imported_url, str) else None,
                mentions=int(row.mentions),
            )
        )
    return tuple(out)


def dyad_alerts(
    units: pd.DataFrame,
    series: DyadSeries,
    *,
    min_confidence: float = 0.8,
    settings: AlertSettings | None = None,
) -> list[Alert]:
    """The alerts of one dyad series (evidence without titles: see `label_evidence`).

    Args:
        units: the event units the series was computed from (for evidence and
            who moved).
        series: the dyad series.
        min_confidence: the least confidence an alert needs.
        settings: detection options.

    Returns:
        Alerts in date order.
    """
    settings = settings or AlertSettings()
    signal = series.frame[settings.metric].dropna()
    if len(signal) < settings.min_periods:
        return []
    dates = [ts.date() for ts in signal.index]
    points = detect(
        signal.to_numpy(), dates, methods=settings.methods, settings=settings.detector
    )
    kept = [
        c
        for c in _cluster(points, settings.tolerance)
        if len(c) >= settings.min_methods
        and max(p.confidence for p in c) >= min_confidence
    ]
    last = _next_period(series.frame.index[-1], series.freq)
    bounds = [signal.index[0], *[signal.index[_centre(c)] for c in kept], last]
    out = []
    for i, cluster in enumerate(kept):
        k = _centre(cluster)
        start = signal.index[max(0, k - 1)]
        stop = signal.index[min(len(signal) - 1, k + settings.evidence_periods - 1)]
        direction: Direction = cluster[0].direction
        moved = who_moved(
            units,
            series.a,
            series.b,
            before=(bounds[i].date(), bounds[i + 1].date()),
            after=(bounds[i + 1].date(), bounds[i + 2].date()),
            settings=settings.moves,
        )
        out.append(
            Alert(
                date=dates[k],
                dyad=(series.a, series.b),
                direction=direction,
                magnitude=_avg(p.magnitude for p in cluster),
                confidence=max(p.confidence for p in cluster),
                methods=tuple(sorted((p.method for p in cluster), key=METHODS.index)),
                metric=settings.metric,
                freq=series.freq,
                before=_avg(p.before for p in cluster),
                after=_avg(p.after for p in cluster),
                evidence=_evidence(
                    units,
                    (series.a, series.b),
                    start,
                    _next_period(stop, series.freq),
                    direction,
                    settings,
                ),
                who_moved=moved,
            )
        )
    return out


def _next_period(start: pd.Timestamp, freq: str) -> pd.Timestamp:
    """The first day of the period after the one starting at `start`."""
    return (pd.Period(start, freq=FREQS[freq]) + 1).start_time


def _centre(cluster: Sequence[ChangePoint]) -> int:
    indexes = sorted(p.index for p in cluster)
    return indexes[(len(indexes) - 1) // 2]


def _avg(values: Any) -> float:
    items = list(values)
    return math.fsum(items) / len(items)


def label_evidence(store: Store, found: Sequence[Alert]) -> list[Alert]:
    """The alerts with each evidence event's article title and URL filled in.

    Args:
        store: the store the events came from.
        found: alerts from `dyad_alerts`.

    Returns:
        The same alerts; an imported event keeps its own source URL.
    """
    ids = sorted({e.article_id for a in found for e in a.evidence})
    if not ids:
        return list(found)
    rows = store.execute(
        "SELECT id, title, url FROM articles WHERE id IN (SELECT unnest(?))", [ids]
    )
    labels: Mapping[str, tuple[str | None, str | None]] = {
        article_id: (title, url) for article_id, title, url in rows
    }
    out = []
    for alert in found:
        evidence = tuple(
            replace(
                e, title=labels[e.article_id][0], url=labels[e.article_id][1] or e.url
            )
            if e.article_id in labels
            else e
            for e in alert.evidence
        )
        out.append(replace(alert, evidence=evidence))
    return out


def alerts(
    store: Store,
    *,
    actors: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    freq: str = "month",
    min_confidence: float = 0.8,
    settings: AlertSettings | None = None,
) -> list[Alert]:
    """Run change-point detection on every dyad with enough data.

    Args:
        store: the event store.
        actors: only dyads with one of these codes (they come first in `dyad`).
        since: first day analysed.
        until: last day analysed.
        freq: day, week, month, quarter or year.
        min_confidence: the least confidence an alert needs.
        settings: detection, evidence and selection options.

    Returns:
        Alerts by date, then dyad.

    Raises:
        ConfigError: unknown frequency or settings.
    """
    settings = settings or AlertSettings()
    if freq not in FREQS:
        raise ConfigError(f"Unknown frequency {freq!r}; use one of {', '.join(FREQS)}.")
    units = event_units(store, since=since, until=until, selection=settings.selection)
    if units.empty:
        return []
    wanted = {a.upper() for a in actors} if actors else None
    first, last = units["date"].min().date(), units["date"].max().date()
    rows_of = _rows_by_actor(units)
    found: list[Alert] = []
    for (low, high), count in pair_counts(units).items():
        if count < settings.min_events or (wanted and not {low, high} & wanted):
            continue
        swap = wanted and high in wanted and low not in wanted
        a, b = (high, low) if swap else (low, high)
        # Each dyad reads only its two actors' events (all a series needs).
        mine = units.loc[rows_of[a].union(rows_of[b])]
        series = series_from_units(
            mine,
            a,
            b,
            freq=freq,
            since=since or first,
            until=until or last,
            weighted=settings.selection.weighted,
            consolidated=settings.selection.consolidated,
        )
        found += dyad_alerts(
            mine, series, min_confidence=min_confidence, settings=settings
        )
    return sorted(label_evidence(store, found), key=lambda al: (al.date, al.dyad))
