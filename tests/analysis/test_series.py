"""Dyad series: counts by quad, Goldstein, net cooperation normalised by volume."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from allegiance.analysis.consolidate import Selection, units_from_events
from allegiance.analysis.series import SERIES_COLUMNS, dyad_series, series_from_units
from allegiance.errors import ConfigError
from allegiance.records import Event
from allegiance.store.duck import open_store

_n = 0


def _event(
    day: str, source: str, target: str | None, goldstein: float, conf: float = 1.0
) -> Event:
    global _n
    _n += 1
    quad = 1 if goldstein > 3 else 2 if goldstein > 0 else 3 if goldstein > -5 else 4
    return Event(
        id=f"e{_n}", article_id=f"a{_n}", sent_index=0, sent_start=0, sent_end=1,
        date=dt.date.fromisoformat(day), source=source, target=target,
        cameo=f"0{_n % 9 + 1}", plover=None, plover_mode=None, goldstein=goldstein,
        quad_class=quad, evidence="", trigger="", confidence=conf,
    )  # fmt: skip


# January: two cooperative ARM-CSTO events (one weak), ARM and CSTO busy with
# others. February: only Armenia in the news. March: nobody. April: a conflict.
EVENTS = [
    _event("2024-01-05", "ARM", "CSTO", 4.0, conf=1.0),
    _event("2024-01-09", "CSTO", "ARM", 2.0, conf=0.5),
    _event("2024-01-10", "ARM", "FRA", 3.0),
    _event("2024-01-11", "CSTO", "KAZ", 1.0),
    _event("2024-01-12", "CSTO", None, 1.0),
    _event("2024-02-02", "ARM", "USA", 3.0),
    _event("2024-04-20", "ARM", "CSTO", -5.0),
]


def _series(events: list[Event] = EVENTS, **kw: object):  # type: ignore[no-untyped-def]
    return series_from_units(units_from_events(events), "ARM", "CSTO", **kw)  # type: ignore[arg-type]


def test_monthly_columns_follow_their_definitions() -> None:
    frame = _series().frame
    assert list(frame.columns) == list(SERIES_COLUMNS)
    assert [d.strftime("%Y-%m") for d in frame.index] == [
        "2024-01",
        "2024-02",
        "2024-03",
        "2024-04",
    ]
    jan = frame.iloc[0]
    assert (jan["events"], jan["q1"], jan["q2"], jan["q3"], jan["q4"]) == (
        2,
        1,
        1,
        0,
        0,
    )
    assert jan["cooperation"] == pytest.approx(1.5)  # confidence-weighted: 1 + 0.5
    assert jan["goldstein_sum"] == pytest.approx(4.0 + 0.5 * 2.0)
    assert jan["goldstein_mean"] == pytest.approx(5.0 / 1.5)
    assert (jan["volume_a"], jan["volume_b"]) == (
        pytest.approx(2.5),
        pytest.approx(3.5),
    )
    assert jan["net_cooperation_norm"] == pytest.approx(1.5 / math.sqrt(2.5 * 3.5))
    apr = frame.iloc[3]
    assert (apr["q4"], apr["conflict"], apr["net_cooperation"]) == (1, 1.0, -1.0)
    assert apr["net_cooperation_norm"] == pytest.approx(
        -1.0
    )  # only the pair in the news


def test_quiet_periods_are_zero_when_covered_and_missing_when_not() -> None:
    frame = _series().frame
    feb, mar = frame.iloc[1], frame.iloc[2]
    assert feb["events"] == 0 and feb["net_cooperation_norm"] == 0.0
    assert math.isnan(feb["goldstein_mean"])
    assert math.isnan(mar["net_cooperation_norm"])


def test_normalised_net_cooperation_ignores_news_volume() -> None:
    doubled = EVENTS + [
        Event(**{**e.to_dict(), "id": e.id + "x", "article_id": e.article_id + "x", "cameo": "0" + e.cameo, "date": e.date})
        for e in EVENTS
    ]  # fmt: skip
    once, twice = _series().frame, _series(doubled).frame
    assert list(twice["net_cooperation"]) == [2 * x for x in once["net_cooperation"]]
    assert twice["net_cooperation_norm"].fillna(9).tolist() == pytest.approx(
        once["net_cooperation_norm"].fillna(9).tolist()
    )


def test_directed_series_count_one_direction() -> None:
    frame = _series(directed=True).frame
    assert frame["events"].tolist() == [1, 0, 0, 1]
    assert _series(directed=True).label == "ARM->CSTO"


def test_unweighted_series_count_every_event_fully() -> None:
    jan = _series(weighted=False).frame.iloc[0]
    assert jan["cooperation"] == 2.0 and jan["goldstein_mean"] == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("freq", "periods"), [("quarter", 2), ("year", 1), ("week", 16)]
)
def test_frequencies(freq: str, periods: int) -> None:
    frame = _series(freq=freq).frame
    assert len(frame) == periods
    assert frame["events"].sum() == 3


def test_since_and_until_bound_the_series() -> None:
    series = _series(since=dt.date(2023, 12, 1), until=dt.date(2024, 2, 29))
    assert len(series.frame) == 3 and series.frame["events"].tolist() == [0, 2, 0]
    assert series.active().index[0].date() == dt.date(2024, 1, 1)


def test_bad_arguments_say_what_to_do() -> None:
    with pytest.raises(ConfigError, match="use one of day, week"):
        _series(freq="fortnight")
    units = units_from_events(EVENTS)
    with pytest.raises(ConfigError, match="two different actors"):
        series_from_units(units, "ARM", "ARM")


def test_no_events_gives_an_empty_series() -> None:
    series = series_from_units(units_from_events(EVENTS), "CHN", "IND")
    assert series.frame.empty and list(series.frame.columns) == list(SERIES_COLUMNS)


def test_series_from_the_store_match_the_frame(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_events(EVENTS)
        stored = dyad_series(store, "ARM", "CSTO").frame
        raw = dyad_series(store, "ARM", "CSTO", selection=Selection(consolidated=False))
    assert stored.fillna(0).equals(_series().frame.fillna(0))
    assert raw.consolidated is False and raw.frame["events"].sum() == 3


def test_series_count_what_states_do_and_every_event_when_asked(tmp_path: Path) -> None:
    protest = Event(
        id="crowd", article_id="c", sent_index=0, sent_start=0, sent_end=1,
        date=dt.date(2024, 1, 20), source="ARM", target="CSTO", cameo="141",
        plover="PROTEST", plover_mode="demo", goldstein=-6.5, quad_class=3,
        evidence="Protesters rallied outside the CSTO's office.", trigger="",
        source_sector="CVL",
    )  # fmt: skip
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_events([*EVENTS, protest])
        state = dyad_series(store, "ARM", "CSTO").frame
        everything = Selection(sectors=None)
        whole = dyad_series(store, "ARM", "CSTO", selection=everything).frame
    assert state.fillna(0).equals(_series().frame.fillna(0))
    january = whole.iloc[0]
    assert january["events"] == 3 and january["q3"] == 1
    assert january["volume_a"] == pytest.approx(state.iloc[0]["volume_a"] + 1)
