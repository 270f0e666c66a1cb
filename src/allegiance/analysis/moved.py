"""Who moved: split a dyad's change into each side's change towards everyone else."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from ..errors import ConfigError
from ..store.base import Store
from .consolidate import Selection, event_units

__all__ = ["MoveSettings", "Stance", "WhoMoved", "who_moved", "who_moved_in_store"]

Window = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class MoveSettings:
    """Thresholds of the who-moved rule (Goldstein points, -10..10 scale).

    A side moved when its mean Goldstein towards everyone else changed by at
    least `min_change`; when both did, one is named only if its change is
    `dominance` times the other's. A mean needs `min_events` events.
    """

    min_change: float = 1.0
    dominance: float = 2.0
    min_events: int = 2
    weighted: bool = True

    def __post_init__(self) -> None:
        if self.min_change <= 0 or self.dominance < 1 or self.min_events < 1:
            raise ConfigError(
                "min_change must be positive, dominance at least 1, min_events at least 1."
            )


@dataclass(frozen=True, slots=True)
class Stance:
    """How one side's behaviour changed from the first window to the second.

    `towards_partner` is the change of its mean Goldstein towards the other
    side of the dyad, `towards_others` towards everyone else (NaN when a
    window has fewer events than `MoveSettings.min_events`; the counts say).
    """

    actor: str
    towards_partner: float
    towards_others: float
    others_before: int
    others_after: int


@dataclass(frozen=True, slots=True)
class WhoMoved:
    """Which side of a dyad moved between two windows, and a one-line reason.

    `dyad_change` is the change of the pair's mean Goldstein (both ways).
    `mover` is a side's code, "both", or None when neither side's relations
    with others changed (the change is specific to the pair) or the data are
    too thin. `share_a` is a's share of the two sides' movement,
    |a| / (|a| + |b|) of their `towards_others` changes (NaN if unknown).
    """

    a: str
    b: str
    before: Window
    after: Window
    dyad_change: float
    side_a: Stance
    side_b: Stance
    mover: str | None
    share_a: float
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """The attribution as a plain dict (dates as ISO strings, NaN as None)."""
        out = asdict(self)
        out["before"] = [d.isoformat() for d in self.before]
        out["after"] = [d.isoformat() for d in self.after]
        cleaned: dict[str, Any] = _no_nan(out)
        return cleaned


def _no_nan(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    return value


def _mean(rows: pd.DataFrame, settings: MoveSettings) -> tuple[float, int]:
    if len(rows) < settings.min_events:
        return math.nan, len(rows)
    weights = rows["confidence"] if settings.weighted else pd.Series(1.0, rows.index)
    total = float(weights.sum())
    if total <= 0:
        return math.nan, len(rows)
    return float((weights * rows["goldstein"]).sum() / total), len(rows)


def _window(units: pd.DataFrame, window: Window) -> pd.DataFrame:
    start, end = pd.Timestamp(window[0]), pd.Timestamp(window[1])
    return units[(units["date"] >= start) & (units["date"] < end)]


def _change(
    units: pd.DataFrame, mask_of: Any, before: Window, after: Window, s: MoveSettings
) -> tuple[float, int, int]:
    first = _window(units, before)
    second = _window(units, after)
    m1, n1 = _mean(first[mask_of(first)], s)
    m2, n2 = _mean(second[mask_of(second)], s)
    return m2 - m1, n1, n2


def _stance(
    units: pd.DataFrame,
    actor: str,
    partner: str,
    before: Window,
    after: Window,
    s: MoveSettings,
) -> Stance:
    to_partner, _, _ = _change(
        units,
        lambda f: (f["source"] == actor) & (f["target"] == partner),
        before,
        after,
        s,
    )
    to_others, n1, n2 = _change(
        units,
        lambda f: (
            (f["source"] == actor)
            & f["target"].notna()
            & ~f["target"].isin([actor, partner])
        ),
        before,
        after,
        s,
    )
    return Stance(actor, to_partner, to_others, n1, n2)


def who_moved(
    units: pd.DataFrame,
    a: str,
    b: str,
    *,
    before: Window,
    after: Window,
    settings: MoveSettings | None = None,
) -> WhoMoved:
    """Attribute the change of the a-b relation between two windows to a side.

    Each side's movement is the change of its mean Goldstein score towards
    everyone but the other side. If Russia turned on everyone, the change in
    Armenia-Russia is Russia's; if Armenia's dealings with others changed and
    Russia's did not, Armenia moved; if neither changed, the change is specific
    to the pair, and the directed changes (a -> b, b -> a) say who acted.

    Args:
        units: output of `event_units` holding every event of a and b.
        a: one side.
        b: the other side.
        before: the first window, [start, end).
        after: the second window, [start, end).
        settings: thresholds of the rule.

    Returns:
        The attribution, with a one-line explanation.
    """
    s = settings or MoveSettings()
    pair = {a, b}
    dyad, _, _ = _change(
        units,
        lambda f: (
            f["source"].isin(pair)
            & f["target"].isin(pair)
            & (f["source"] != f["target"])
        ),
        before,
        after,
        s,
    )
    side_a = _stance(units, a, b, before, after, s)
    side_b = _stance(units, b, a, before, after, s)
    da, db = side_a.towards_others, side_b.towards_others
    share = abs(da) / (abs(da) + abs(db)) if abs(da) + abs(db) > 0 else math.nan
    mover = _mover(side_a, side_b, s)
    return WhoMoved(
        a,
        b,
        before,
        after,
        dyad,
        side_a,
        side_b,
        mover,
        share,
        _explain(a, b, dyad, side_a, side_b, mover, s),
    )


def _mover(side_a: Stance, side_b: Stance, s: MoveSettings) -> str | None:
    da, db = side_a.towards_others, side_b.towards_others
    if math.isnan(da) and math.isnan(db):
        return None
    moved_a = not math.isnan(da) and abs(da) >= s.min_change
    moved_b = not math.isnan(db) and abs(db) >= s.min_change
    if moved_a and moved_b:
        if abs(da) >= s.dominance * abs(db):
            return side_a.actor
        if abs(db) >= s.dominance * abs(da):
            return side_b.actor
        return "both"
    if moved_a and not math.isnan(db):
        return side_a.actor
    if moved_b and not math.isnan(da):
        return side_b.actor
    return None


def _fmt(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:+.1f}"


def _explain(
    a: str,
    b: str,
    dyad: float,
    side_a: Stance,
    side_b: Stance,
    mover: str | None,
    s: MoveSettings,
) -> str:
    pair = f"{a}-{b} {'rose' if dyad > 0 else 'fell'} {_fmt(dyad)}"
    if math.isnan(dyad):
        pair = f"{a}-{b} has too few events in one window to measure"
    sides = f"{a} towards others {_fmt(side_a.towards_others)}, {b} {_fmt(side_b.towards_others)}"
    if mover == "both":
        return f"Both moved: {sides}; {pair}."
    if mover is not None:
        mine = side_a if mover == a else side_b
        other = side_b if mover == a else side_a
        how = "turned " + ("warmer" if mine.towards_others > 0 else "colder")
        held = abs(other.towards_others) < s.min_change
        return (
            f"{mover} moved: it {how} towards everyone else "
            f"({_fmt(mine.towards_others)}) while {other.actor} "
            f"{'held its course' if held else 'changed less'} "
            f"({_fmt(other.towards_others)}); {pair}."
        )
    if math.isnan(side_a.towards_others) or math.isnan(side_b.towards_others):
        return (
            f"Too few events with others to tell who moved (at least {s.min_events} "
            f"per window needed: {a} {side_a.others_before}/{side_a.others_after}, "
            f"{b} {side_b.others_before}/{side_b.others_after}); {pair}."
        )
    return (
        f"Specific to the pair: neither side's stance towards others changed by "
        f"{s.min_change:g} or more ({sides}); {a}->{b} {_fmt(side_a.towards_partner)}, "
        f"{b}->{a} {_fmt(side_b.towards_partner)}; {pair}."
    )


def who_moved_in_store(
    store: Store,
    a: str,
    b: str,
    *,
    before: Window,
    after: Window,
    selection: Selection | None = None,
    settings: MoveSettings | None = None,
) -> WhoMoved:
    """`who_moved` on the store's events (see there).

    Args:
        store: the event store.
        a: one side.
        b: the other side.
        before: the first window, [start, end).
        after: the second window, [start, end).
        selection: which events count (default: what the states do as
            states; a side's protesters or firms are not its stance).
        settings: thresholds of the rule.
    """
    units = event_units(
        store, actors=[a, b], since=before[0], until=after[1], selection=selection
    )
    return who_moved(units, a, b, before=before, after=after, settings=settings)
