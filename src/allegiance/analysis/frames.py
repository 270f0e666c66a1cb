"""Events as frames for the bloc analytics: one selection rule, periods, evidence.

Cohesion, obligations, camps, dependency and blocs read events the same way:
doubtful events never, negated and unasserted ones only when asked, and only
what states do as states (`STATE_SECTORS`, shared with the relations
analytics' `Selection`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, Literal, TypeAlias

import pandas as pd
import pyarrow as pa

from ..errors import ConfigError
from ..records import Event
from ..store.base import EventQuery, Store
from ..store.schema import EVENT_SCHEMA, event_rows

__all__ = [
    "FRAME_COLUMNS",
    "NON_STATE",
    "STATE_SECTORS",
    "EventFilter",
    "EventRef",
    "EventSource",
    "Period",
    "event_frame",
    "most_negative",
    "non_state_note",
    "period_bounds",
    "period_labels",
    "periods_between",
    "split_sectors",
    "state_acts",
    "to_plain",
    "weighted_goldstein",
]

Period = Literal["month", "quarter", "year"]
EventSource: TypeAlias = Store | pa.Table | pd.DataFrame | Sequence[Event]
_FREQ: dict[str, str] = {"month": "M", "quarter": "Q", "year": "Y"}
# Who acts for a state (docs/annotation-guide.md, section 3.2): its government,
# armed forces, courts, legislature, police and intelligence services. A state's
# alignment is what these do. Protesters and other civilians (CVL), the
# opposition (OPP), armed non-state groups (REB), companies (BUS) and the media
# (MED) are not the state: a crowd outside an embassy is not the country's
# policy, and a government's praise for another country's opposition is no
# warmth towards that country. A side without a sector named only the state
# ("Armenia froze ...") and counts as the state; organisations carry no sector.
STATE_SECTORS: tuple[str, ...] = ("GOV", "MIL", "JUD", "LEG", "COP", "SPY")
# What the events left out by `STATE_SECTORS` are, in the words of the output.
NON_STATE = "civilians, protesters, opposition, rebels, companies or media"
_SECTOR_COLUMNS: tuple[str, str] = ("source_sector", "target_sector")
FRAME_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "date",
    "source",
    "target",
    *_SECTOR_COLUMNS,
    "cameo",
    "plover",
    "plover_mode",
    "goldstein",
    "quad_class",
    "confidence",
    "negated",
    "modality",
    "alliance_move",
    "organisation",
    "evidence",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events an analysis reads. Doubtful events are always left out.

    By default only asserted (not future, hypothetical or conditional), not
    negated events count: "Armenia may leave the CSTO" is not a departure.
    `sectors` are the sectors in which an actor acts for its state (default
    `STATE_SECTORS`): an event with another sector on either side (protesters,
    opposition, rebels, companies, media) is left out, a side without a sector
    counts. None reads every event.
    """

    include_negated: bool = False
    include_unasserted: bool = False
    min_confidence: float = 0.0
    since: dt.date | None = None
    until: dt.date | None = None
    sectors: tuple[str, ...] | None = STATE_SECTORS


def state_acts(
    frame: pd.DataFrame, sectors: Sequence[str] | None = STATE_SECTORS
) -> pd.Series:
    """Which events are states acting as states, towards states.

    Args:
        frame: events with `source_sector` and `target_sector` (a frame without
            them holds no sector: every row counts).
        sectors: the sectors that act for a state; None accepts every row.

    Returns:
        A boolean Series on `frame`'s index: True where each side's sector is
        missing (the text named only the state) or in `sectors`.
    """
    keep = pd.Series(True, index=frame.index, dtype=bool)
    if sectors is None:
        return keep
    wanted = list(sectors)
    for column in _SECTOR_COLUMNS:
        if column in frame.columns:
            side = frame[column]
            keep &= side.isna() | side.isin(wanted)
    return keep


def split_sectors(
    frame: pd.DataFrame, sectors: Sequence[str] | None = STATE_SECTORS
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`frame` split into the events `state_acts` keeps and those it leaves out."""
    keep = state_acts(frame, sectors)
    return frame[keep], frame[~keep]


def non_state_note(count: int, noun: str = "event", where: str = "") -> str:
    """The line that tells the reader what the sector rule left out ("" for none).

    For example "3 events between members by or towards civilians,
    protesters, opposition, rebels, companies or media not counted" (`where`
    is "between members").
    """
    if count <= 0:
        return ""
    nouns = noun if count == 1 else f"{noun}s"
    where = f" {where}" if where else ""
    return f"{count} {nouns}{where} by or towards {NON_STATE} not counted"


def event_frame(
    events: EventSource, *, filters: EventFilter | None = None
) -> pd.DataFrame:
    """Events as a DataFrame with `FRAME_COLUMNS`, filtered and dated.

    Args:
        events: a store, an Arrow table from `Store.events_table`, a DataFrame
            with the same columns (a frame without `source_sector` and
            `target_sector` holds no sectors), or a sequence of `Event` records.
        filters: which events to keep (default: asserted, not negated, acts
            of states as states).

    Returns:
        One row per event, `date` as datetime64; undated and doubtful events
        are dropped.
    """
    filters = filters or EventFilter()
    if isinstance(events, Store):
        table = events.events_table(
            EventQuery(
                since=filters.since,
                until=filters.until,
                include_negated=filters.include_negated,
                min_confidence=filters.min_confidence,
            )
        )
        frame = table.to_pandas()
    elif isinstance(events, pa.Table):
        frame = events.to_pandas()
    elif isinstance(events, pd.DataFrame):
        frame = events.copy()
    else:
        rows = event_rows(events)
        frame = pa.Table.from_pylist(rows, schema=EVENT_SCHEMA).to_pandas()
    for column in _SECTOR_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    missing = [c for c in FRAME_COLUMNS if c not in frame.columns]
    if missing:
        raise ConfigError(
            f"The events given lack the columns {', '.join(missing)}; pass a store, "
            "Store.events_table(...) output or a list of Event records."
        )
    keep = frame["date"].notna()
    if "doubtful" in frame.columns:
        keep &= ~frame["doubtful"].fillna(False).astype(bool)
    if not filters.include_negated:
        keep &= ~frame["negated"].fillna(False).astype(bool)
    if not filters.include_unasserted:
        keep &= frame["modality"] == "asserted"
    keep &= frame["confidence"] >= filters.min_confidence
    keep &= state_acts(frame, filters.sectors)
    out = frame.loc[keep, list(FRAME_COLUMNS)].copy()
    out["date"] = pd.to_datetime(out["date"])
    if filters.since is not None:
        out = out[out["date"] >= pd.Timestamp(filters.since)]
    if filters.until is not None:
        out = out[out["date"] <= pd.Timestamp(filters.until)]
    return out.sort_values(["date", "article_id", "id"]).reset_index(drop=True)


def period_labels(dates: pd.Series, period: Period) -> pd.Series:
    """Period labels ("2022-09", "2022Q3", "2022") of datetime64 `dates`."""
    return dates.dt.to_period(_freq(period)).astype(str)


def period_bounds(label: str, period: Period) -> tuple[dt.date, dt.date]:
    """The first day of a period and the first day after it."""
    p = pd.Period(label, freq=_freq(period))
    return p.start_time.date(), p.end_time.date() + dt.timedelta(days=1)


def periods_between(first: str, last: str, period: Period) -> list[str]:
    """Every period label from `first` to `last`, both included."""
    return [str(p) for p in pd.period_range(first, last, freq=_freq(period))]


def _freq(period: str) -> str:
    if period not in _FREQ:
        raise ConfigError(
            f"Unknown period {period!r}; use one of {', '.join(_FREQ)} "
            "(for example period='quarter')."
        )
    return _FREQ[period]


def weighted_goldstein(frame: pd.DataFrame) -> float | None:
    """Confidence-weighted mean Goldstein score of events (None for no events)."""
    total = float(frame["confidence"].sum()) if len(frame) else 0.0
    if total <= 0:
        return None
    return float((frame["confidence"] * frame["goldstein"]).sum() / total)


@dataclass(frozen=True, slots=True)
class EventRef:
    """One event cited as evidence: who did what to whom, and the sentence."""

    id: str
    date: dt.date
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    goldstein: float
    confidence: float
    evidence: str
    article_id: str

    @classmethod
    def from_row(cls, row: Any) -> EventRef:
        """Build from a row of `event_frame` output (a namedtuple or Series)."""

        def text(value: Any) -> str | None:
            return None if value is None or pd.isna(value) else str(value)

        return cls(
            id=str(row.id),
            date=pd.Timestamp(row.date).date(),
            source=text(row.source),
            target=text(row.target),
            cameo=str(row.cameo),
            plover=text(row.plover),
            goldstein=float(row.goldstein),
            confidence=float(row.confidence),
            evidence=str(row.evidence),
            article_id=str(row.article_id),
        )

    def to_dict(self) -> dict[str, Any]:
        """The reference as a plain dict (date as ISO string)."""
        out = asdict(self)
        out["date"] = self.date.isoformat()
        return out


def most_negative(frame: pd.DataFrame, k: int) -> tuple[EventRef, ...]:
    """The `k` events that weigh most against a relation (lowest confidence x Goldstein)."""
    if not len(frame) or k <= 0:
        return ()
    order = (frame["confidence"] * frame["goldstein"]).sort_values(kind="stable")
    top = frame.loc[order.index[:k]]
    return tuple(EventRef.from_row(r) for r in top.itertuples(index=False))


def to_plain(value: Any) -> Any:
    """A record as JSON-ready data: dataclasses to dicts, dates to ISO strings,
    tuples to lists, NaN to None (recursively)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value
