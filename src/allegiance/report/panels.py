"""A briefing's dyad panels: series, notes per period, the trend between halves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TypeAlias

import pandas as pd

from ..analysis.alerts import Alert
from ..analysis.series import FREQS, series_from_units
from ..store.base import Store
from .records import DyadPanel, Quote, Trend

__all__ = ["Titles", "article_titles", "make_panel", "quote_row"]

# Article id -> (title, URL).
Titles: TypeAlias = Mapping[str, tuple[str | None, str | None]]


def article_titles(
    store: Store, units: pd.DataFrame
) -> dict[str, tuple[str | None, str | None]]:
    """The title and URL of every article the event units cite."""
    ids = sorted(set(units["article_id"].dropna().astype(str)))
    if not ids:
        return {}
    rows = store.execute(
        "SELECT id, title, url FROM articles WHERE id IN (SELECT unnest(?))", [ids]
    )
    return {article_id: (title, url) for article_id, title, url in rows}


def _dyad(units: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    return units[
        ((units["source"] == a) & (units["target"] == b))
        | ((units["source"] == b) & (units["target"] == a))
    ]


def quote_row(row: pd.Series, titles: Titles) -> Quote:
    coded = row["origin"] == "coded"
    title, url = titles.get(str(row["article_id"]), (None, None))
    imported_url = row.get("source_url")
    return Quote(
        date=row["date"].date(),
        source=row["source"],
        target=row["target"],
        cameo=str(row["cameo"]),
        goldstein=float(row["goldstein"]),
        confidence=float(row["confidence"]),
        sentence=str(row["evidence"]) if coded else "",
        article_id=str(row["article_id"]),
        title=title,
        url=url or (imported_url if isinstance(imported_url, str) else None),
        event_id=str(row["id"]),
    )


def make_panel(
    units: pd.DataFrame,
    actor: str,
    partner: str,
    freq: str,
    start: dt.date,
    end: dt.date,
    found: Sequence[Alert],
    titles: Titles,
    weighted: bool,
    quotes: int,
) -> DyadPanel:
    """The actor's panel with one partner.

    Args:
        units: event units of every actor in the span (volumes need them all).
        actor: the briefing's actor.
        partner: the partner.
        freq: period of the series.
        start: first day of the span.
        end: last day of the span.
        found: the briefing's alerts (those of this dyad are kept).
        titles: article titles and URLs for the quotes.
        weighted: weight events by the coder's confidence.
        quotes: evidence quotes of the trend.

    Returns:
        Series, alerts, the strongest event of each period, and the trend
        between the halves of the span.
    """
    series = series_from_units(
        units, actor, partner, freq=freq, since=start, until=end, weighted=weighted
    )
    rows = _dyad(units, actor, partner)
    rows = rows.assign(
        _period=rows["date"].dt.to_period(FREQS[freq]).dt.start_time,
        _score=rows["goldstein"].abs() * rows["confidence"],
    )
    best = rows.sort_values(["_score", "id"], ascending=[False, True])
    notes = tuple(
        (ts.date(), quote_row(row, titles))
        for ts, row in best.drop_duplicates("_period").set_index("_period").iterrows()
    )
    return DyadPanel(
        partner=partner,
        series=series,
        alerts=tuple(a for a in found if a.dyad == (actor, partner)),
        notes=tuple(sorted(notes, key=lambda n: n[0])),
        trend=_trend(rows, start, end, titles, quotes),
    )


def _trend(
    rows: pd.DataFrame,
    start: dt.date,
    end: dt.date,
    titles: Titles,
    quotes: int,
) -> Trend:
    split = start + (end - start) / 2
    early = rows[rows["date"] < pd.Timestamp(split)]
    late = rows[rows["date"] >= pd.Timestamp(split)]
    before, after = _tone(early), _tone(late)
    evidence: tuple[Quote, ...] = ()
    if after is not None and after != before:
        colder = after < before if before is not None else after < 0
        way = late["goldstein"] < 0 if colder else late["goldstein"] > 0
        strongest = late[way].sort_values(["_score", "id"], ascending=[False, True])
        # One sentence coded both ways (A meets B, B meets A) is quoted once.
        strongest = strongest.drop_duplicates(["article_id", "evidence"])
        evidence = tuple(
            quote_row(row, titles) for _, row in strongest.head(quotes).iterrows()
        )
    return Trend(split, before, after, len(early), len(late), evidence)


def _tone(rows: pd.DataFrame) -> float | None:
    weight = float(rows["confidence"].sum()) if len(rows) else 0.0
    if weight <= 0:
        return None
    return float((rows["confidence"] * rows["goldstein"]).sum() / weight)
