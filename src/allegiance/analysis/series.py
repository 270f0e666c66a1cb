"""Dyad series: a pair's events per period, by quad class, Goldstein and net cooperation."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from ..errors import ConfigError
from ..store.base import Store
from .consolidate import Selection, event_units

__all__ = [
    "FREQS",
    "SERIES_COLUMNS",
    "DyadSeries",
    "Freq",
    "dyad_series",
    "period_index",
    "series_from_units",
]

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: dict[str, str] = {
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
}
SERIES_COLUMNS: dict[str, str] = {
    "events": "events between the pair (consolidated or raw units)",
    "mentions": "reports of those events (coded sentences, GDELT NumMentions)",
    "q1": "verbal cooperation events (quad class 1)",
    "q2": "material cooperation events (quad class 2)",
    "q3": "verbal conflict events (quad class 3)",
    "q4": "material conflict events (quad class 4)",
    "cooperation": "weighted count of cooperative events (quad 1-2)",
    "conflict": "weighted count of conflictual events (quad 3-4)",
    "net_cooperation": "cooperation minus conflict",
    "goldstein_sum": "weighted sum of Goldstein scores",
    "goldstein_mean": "weighted mean Goldstein score (NaN: no events)",
    "volume_a": "weighted events of `a` with anyone (or no one) in the period",
    "volume_b": "weighted events of `b` with anyone (or no one) in the period",
    "net_cooperation_norm": "net_cooperation / sqrt(volume_a * volume_b), in [-1, 1]",
}


@dataclass(frozen=True, slots=True, eq=False)
class DyadSeries:
    """The relation of `a` and `b` period by period.

    `frame` has one row per period from the first to the last (empty periods
    included), indexed by the period's first day (`period`), with the columns
    of `SERIES_COLUMNS`. Weights are the coder's confidence when `weighted`,
    else 1. `directed` series count only a -> b events. `net_cooperation_norm`
    is 0 for a period where either actor was in the news but not with the
    other, and NaN when neither was.
    """

    a: str
    b: str
    directed: bool
    freq: str
    consolidated: bool
    weighted: bool
    frame: pd.DataFrame

    @property
    def dates(self) -> list[dt.date]:
        """The first day of each period."""
        return [ts.date() for ts in self.frame.index]

    def active(self) -> pd.DataFrame:
        """The periods with at least one event between the pair."""
        return self.frame[self.frame["events"] > 0]

    @property
    def label(self) -> str:
        """ "ARM-RUS", or "ARM->RUS" for a directed series."""
        return f"{self.a}->{self.b}" if self.directed else f"{self.a}-{self.b}"


def period_index(
    start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp, freq: str
) -> pd.PeriodIndex:
    """Every period from the one holding `start` to the one holding `end`.

    Raises:
        ConfigError: `freq` is not one of `FREQS`.
    """
    return pd.period_range(
        pd.Timestamp(start).to_period(_alias(freq)),
        pd.Timestamp(end).to_period(_alias(freq)),
        freq=_alias(freq),
    )


def _alias(freq: str) -> str:
    if freq not in FREQS:
        raise ConfigError(
            f"Unknown frequency {freq!r}; use one of {', '.join(FREQS)} "
            "(e.g. --freq month)."
        )
    return FREQS[freq]


def series_from_units(
    units: pd.DataFrame,
    a: str,
    b: str,
    *,
    directed: bool = False,
    freq: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    weighted: bool = True,
    consolidated: bool = True,
) -> DyadSeries:
    """The dyad series of `a` and `b` from a frame of event units.

    Net cooperation is normalised by each actor's volume of news because news
    volume drifts (GDELT's grows several-fold over its life; a corpus follows
    its editors' interests): ten cooperative events mean much in a month where
    the pair is in ten events in all, little where it is in a thousand. The
    geometric mean sqrt(volume_a * volume_b) keeps the measure symmetric,
    unchanged when all news doubles, and within [-1, 1] since the pair's own
    events count in both volumes.

    Args:
        units: output of `event_units` holding every event of `a` and of `b`
            (not only their dyad), or volumes come out too small.
        a: first actor code (state or organisation).
        b: second actor code.
        directed: only a -> b events (else both ways).
        freq: day, week, month, quarter or year.
        since: first day of the series (default: the first event of a or b).
        until: last day (default: the last event of a or b).
        weighted: weight events by confidence.
        consolidated: recorded on the result (how `units` was built).

    Returns:
        The series; an empty frame when neither actor has events in the range.

    Raises:
        ConfigError: unknown `freq`, or `a` equals `b`.
    """
    if a == b:
        raise ConfigError(f"A dyad needs two different actors, got {a} twice.")
    alias = _alias(freq)
    mine = units[(units["source"].isin([a, b])) | (units["target"].isin([a, b]))]
    if since is not None:
        mine = mine[mine["date"] >= pd.Timestamp(since)]
    if until is not None:
        mine = mine[mine["date"] <= pd.Timestamp(until)]
    make = functools.partial(
        DyadSeries, a, b, directed, freq, consolidated=consolidated, weighted=weighted
    )
    if mine.empty and (since is None or until is None):
        return make(frame=_empty_frame())
    periods = period_index(
        since or mine["date"].min(), until or mine["date"].max(), freq
    )
    mine = mine.assign(
        _period=mine["date"].dt.to_period(alias),
        _w=mine["confidence"] if weighted else 1.0,
    )
    frame = _dyad_columns(_dyad_rows(mine, a, b, directed), periods)
    frame["volume_a"] = _volume(mine, a, periods)
    frame["volume_b"] = _volume(mine, b, periods)
    frame["net_cooperation_norm"] = _normalise(frame)
    frame.index = periods.to_timestamp()
    frame.index.name = "period"
    return make(frame=frame[list(SERIES_COLUMNS)])


def _dyad_rows(mine: pd.DataFrame, a: str, b: str, directed: bool) -> pd.DataFrame:
    forward = (mine["source"] == a) & (mine["target"] == b)
    if directed:
        return mine[forward]
    return mine[forward | ((mine["source"] == b) & (mine["target"] == a))]


def _dyad_columns(rows: pd.DataFrame, periods: pd.PeriodIndex) -> pd.DataFrame:
    rows = rows.assign(
        _coop=rows["_w"] * rows["quad_class"].isin([1, 2]),
        _conf=rows["_w"] * rows["quad_class"].isin([3, 4]),
        _gw=rows["_w"] * rows["goldstein"],
        **{f"_q{q}": rows["quad_class"] == q for q in (1, 2, 3, 4)},
    )
    grouped = rows.groupby("_period")
    sums = grouped[["_coop", "_conf", "_gw", "_w", "mentions"]].sum()
    quads = grouped[[f"_q{q}" for q in (1, 2, 3, 4)]].sum()
    out = pd.DataFrame(index=periods)
    out["events"] = grouped.size().reindex(periods, fill_value=0).astype("int64")
    out["mentions"] = sums["mentions"].reindex(periods, fill_value=0).astype("int64")
    for q in (1, 2, 3, 4):
        out[f"q{q}"] = quads[f"_q{q}"].reindex(periods, fill_value=0).astype("int64")
    out["cooperation"] = sums["_coop"].reindex(periods, fill_value=0.0)
    out["conflict"] = sums["_conf"].reindex(periods, fill_value=0.0)
    out["net_cooperation"] = out["cooperation"] - out["conflict"]
    out["goldstein_sum"] = sums["_gw"].reindex(periods, fill_value=0.0)
    weight = sums["_w"].reindex(periods, fill_value=0.0)
    out["goldstein_mean"] = (out["goldstein_sum"] / weight).where(weight > 0)
    return out


def _volume(mine: pd.DataFrame, actor: str, periods: pd.PeriodIndex) -> pd.Series:
    involved = mine[(mine["source"] == actor) | (mine["target"] == actor)]
    volume = involved.groupby("_period")["_w"].sum()
    return volume.reindex(periods, fill_value=0.0).astype("float64")


def _normalise(frame: pd.DataFrame) -> pd.Series:
    scale = np.sqrt(frame["volume_a"] * frame["volume_b"])
    value = (frame["net_cooperation"] / scale.where(scale > 0)).fillna(0.0)
    covered = (frame["volume_a"] > 0) | (frame["volume_b"] > 0)
    return value.where(covered)


def _empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({name: pd.Series(dtype="float64") for name in SERIES_COLUMNS})
    frame.index = pd.DatetimeIndex([], name="period")
    return frame


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    directed: bool = False,
    freq: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    selection: Selection | None = None,
) -> DyadSeries:
    """The dyad series of `a` and `b` from the store (see `series_from_units`).

    Args:
        store: the event store.
        a: first actor code (state or organisation, e.g. ARM, CSTO).
        b: second actor code.
        directed: only a -> b events.
        freq: day, week, month, quarter or year.
        since: first day of the series.
        until: last day of the series.
        selection: which events count, consolidated or raw, weighted or not;
            by default what the states do as states, `Selection(sectors=None)`
            for the pair's whole record (protests, firms, media too).

    Returns:
        The series (an empty frame if neither actor has events).

    Raises:
        ConfigError: unknown `freq`, or `a` equals `b`.
    """
    selection = selection or Selection()
    units = event_units(
        store, actors=[a, b], since=since, until=until, selection=selection
    )
    return series_from_units(
        units,
        a,
        b,
        directed=directed,
        freq=freq,
        since=since,
        until=until,
        weighted=selection.weighted,
        consolidated=selection.consolidated,
    )
