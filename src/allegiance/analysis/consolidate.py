"""Event selection and consolidation: one event reported many times counts once a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd
import pyarrow as pa

from ..errors import ConfigError
from ..records import Event
from ..store.base import EventQuery, Store
from ..store.schema import EVENT_SCHEMA, event_rows
from .frames import STATE_SECTORS, state_acts

__all__ = [
    "KEY_COLUMNS",
    "UNIT_COLUMNS",
    "Selection",
    "consolidate",
    "event_units",
    "left_out_units",
    "load_events",
    "raw_units",
    "units_from_events",
]

MODALITIES = ("asserted", "future", "hypothetical", "conditional")
# What makes two reports one event, as in GDELT's event table: who, to whom, what
# and on which day. Sectors are left out on purpose: "Russia" and "the Kremlin"
# reporting the same act must merge.
KEY_COLUMNS: tuple[str, ...] = ("source", "target", "cameo", "date")
# Columns every unit frame (raw or consolidated) carries, besides the stored ones.
UNIT_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "source",
    "target",
    "cameo",
    "quad_class",
    "goldstein",
    "confidence",
    "origin",
    "mentions",
    "articles",
    "sources",
)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which stored events an analysis counts, and how.

    Doubtful events are always left out. By default negated events and events
    that are not asserted (announced, hypothetical, conditional) are left out
    too: "Armenia may leave the CSTO" is not a departure. `consolidated` counts
    each (source, target, CAMEO code, day) once; False counts every report.
    `weighted` weights events by the coder's confidence in series and scores.
    `sectors` are the sectors in which an actor acts for its state (default
    `STATE_SECTORS`, shared with the bloc analytics' `EventFilter`): an event
    with another sector on either side (protesters, opposition, rebels,
    companies, media) is left out, a side without a sector counts; None
    counts every event (a pair's whole news record).
    """

    consolidated: bool = True
    include_negated: bool = False
    modalities: tuple[str, ...] = ("asserted",)
    min_confidence: float = 0.0
    weighted: bool = True
    sectors: tuple[str, ...] | None = STATE_SECTORS

    def __post_init__(self) -> None:
        unknown = sorted(set(self.modalities) - set(MODALITIES))
        if unknown:
            raise ConfigError(
                f"Unknown modality {', '.join(unknown)}; use any of "
                f"{', '.join(MODALITIES)}, e.g. modalities=('asserted', 'future')."
            )
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(
                f"min_confidence must be between 0 and 1, got {self.min_confidence}."
            )


def load_events(
    store: Store,
    *,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    selection: Selection | None = None,
) -> pd.DataFrame:
    """Stored events an analysis may count, one row per stored event.

    Args:
        store: the event store.
        actor: only events where this code is source or target.
        since: first day included.
        until: last day included.
        selection: which events count (default: asserted, not negated).

    Returns:
        Every stored event column, `date` as datetime64, undated events dropped,
        plus `outlet`: the news outlet of the event's article (None if unknown,
        and for imported events, which have no stored article).
    """
    selection = selection or Selection()
    query = EventQuery(
        actor=actor,
        since=since,
        until=until,
        include_negated=selection.include_negated,
        min_confidence=selection.min_confidence,
    )
    frame = _select(store.events_table(query).to_pandas(), selection)
    frame["outlet"] = frame["article_id"].map(_outlets(store, frame))
    return frame


def _select(frame: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    keep = frame["date"].notna() & frame["modality"].isin(selection.modalities)
    keep &= ~frame["doubtful"].astype(bool)
    keep &= frame["confidence"] >= selection.min_confidence
    if not selection.include_negated:
        keep &= ~frame["negated"].astype(bool)
    # Before consolidation: a crowd's report must not merge into a state's act.
    keep &= state_acts(frame, selection.sectors)
    out = frame.loc[keep].copy()
    out["date"] = pd.to_datetime(out["date"])
    return out.reset_index(drop=True)


def _outlets(store: Store, frame: pd.DataFrame) -> dict[str, str | None]:
    coded = frame.loc[frame["origin"] == "coded", "article_id"].unique().tolist()
    if not coded:
        return {}
    rows = store.execute(
        "SELECT id, source FROM articles WHERE id IN (SELECT unnest(?))", [coded]
    )
    return {article_id: outlet for article_id, outlet in rows}


def raw_units(frame: pd.DataFrame) -> pd.DataFrame:
    """Every stored event as one unit, with its report counts.

    An event Allegiance coded is one mention in one article from one outlet; an
    imported (GDELT) event brings its own NumMentions, NumArticles, NumSources.

    Args:
        frame: output of `load_events`.

    Returns:
        `frame` with `mentions`, `articles`, `sources` (integers) added.
    """
    out = frame.copy()
    for name in ("mentions", "articles", "sources"):
        column = out[f"num_{name}"] if f"num_{name}" in out else None
        counts = pd.Series(1, index=out.index, dtype="int64")
        if column is not None:
            imported = (out["origin"] != "coded") & column.notna()
            counts[imported] = column[imported].astype("int64")
        out[name] = counts
    return out


def consolidate(frame: pd.DataFrame) -> pd.DataFrame:
    """Merge reports of the same event: one row per (source, target, CAMEO, day).

    Counts follow GDELT's mentions table: `mentions` is every report (for coded
    events, each coded sentence; for imported ones, their NumMentions), `articles`
    the distinct articles and `sources` the distinct outlets (an article whose
    outlet is unknown counts as an outlet of its own). Imported events add their
    own NumArticles/NumSources, which may overcount outlets GDELT saw twice.
    The merged row keeps the columns of its most confident report (its sentence,
    article and id) and the highest confidence: one sure report of an event is
    enough to believe it happened.

    Args:
        frame: output of `load_events` (or any frame with the stored columns).

    Returns:
        One row per event, every column of `frame` plus `mentions`, `articles`,
        `sources`, ordered by date.
    """
    if frame.empty:
        return raw_units(frame)
    units = raw_units(frame)
    units["_key"] = _key(units)
    coded = units["origin"] == "coded"
    units["_article"] = units["article_id"].where(coded)
    outlet = units["outlet"] if "outlet" in units else units["article_id"]
    own = "article:" + units["article_id"].astype("object")
    units["_outlet"] = outlet.astype("object").fillna(own).where(coded)
    units["_mentions"] = units["mentions"]
    units["_articles"] = units["articles"].where(~coded, 0)
    units["_sources"] = units["sources"].where(~coded, 0)
    grouped = units.groupby("_key", sort=False)
    counts = pd.DataFrame(
        {
            "mentions": grouped["_mentions"].sum(),
            "articles": grouped["_articles"].sum() + grouped["_article"].nunique(),
            "sources": grouped["_sources"].sum() + grouped["_outlet"].nunique(),
            "confidence": grouped["confidence"].max(),
        }
    )
    best = units.sort_values(["confidence", "id"], ascending=[False, True])
    best = best.drop_duplicates("_key").set_index("_key")
    best = best.drop(columns=["mentions", "articles", "sources", "confidence"])
    merged = best.join(counts).reset_index(drop=True)
    merged = merged.drop(columns=[c for c in merged if c.startswith("_")])
    return merged.sort_values(["date", "id"]).reset_index(drop=True)


def _key(frame: pd.DataFrame) -> pd.Series:
    day = frame["date"].dt.strftime("%Y-%m-%d")
    parts = [frame[c].fillna("").astype(str) for c in KEY_COLUMNS[:-1]]
    return parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + day


def event_units(
    store: Store,
    *,
    actors: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    selection: Selection | None = None,
) -> pd.DataFrame:
    """The units an analysis counts: consolidated events, or every report.

    Args:
        store: the event store.
        actors: only events where one of these codes is source or target.
        since: first day included.
        until: last day included.
        selection: which events count and whether to consolidate them.

    Returns:
        A frame with at least `UNIT_COLUMNS`, plus the stored event columns.
    """
    selection = selection or Selection()
    frame = load_events(store, since=since, until=until, selection=selection)
    return _units(frame, actors, selection)


def _units(
    frame: pd.DataFrame, actors: Sequence[str] | None, selection: Selection
) -> pd.DataFrame:
    if actors:
        wanted = list(actors)
        frame = frame[frame["source"].isin(wanted) | frame["target"].isin(wanted)]
    return consolidate(frame) if selection.consolidated else raw_units(frame)


def left_out_units(
    store: Store,
    *,
    actors: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    selection: Selection | None = None,
) -> pd.DataFrame:
    """The units `event_units` leaves out for their sector, to say so.

    Args:
        store: the event store.
        actors: only events where one of these codes is source or target.
        since: first day included.
        until: last day included.
        selection: the selection whose `sectors` left them out.

    Returns:
        Units (consolidated or raw, as the selection says) of the events the
        selection would count but for a side's sector; empty when
        `selection.sectors` is None.
    """
    selection = selection or Selection()
    everything = replace(selection, sectors=None)
    frame = load_events(store, since=since, until=until, selection=everything)
    if selection.sectors is not None:
        frame = frame[~state_acts(frame, selection.sectors)]
    else:
        frame = frame[:0]
    return _units(frame, actors, selection)


def units_from_events(
    events: Sequence[Event],
    *,
    selection: Selection | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> pd.DataFrame:
    """`event_units` for events in memory (coded just now, or built by hand).

    Args:
        events: the events.
        selection: which events count and whether to consolidate them.
        outlets: article id -> news outlet, for counting distinct sources.

    Returns:
        The same frame `event_units` returns for these events.
    """
    selection = selection or Selection()
    table = pa.Table.from_pylist(event_rows(events), schema=EVENT_SCHEMA)
    frame = _select(table.to_pandas(), selection)
    frame["outlet"] = frame["article_id"].map(dict(outlets or {}))
    return consolidate(frame) if selection.consolidated else raw_units(frame)
