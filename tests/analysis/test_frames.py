"""Event frames: the shared selection rule, periods and evidence references."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest

from allegiance.analysis.frames import (
    STATE_SECTORS,
    EventFilter,
    EventRef,
    event_frame,
    most_negative,
    non_state_note,
    period_bounds,
    period_labels,
    periods_between,
    split_sectors,
    state_acts,
    to_plain,
    weighted_goldstein,
)
from allegiance.errors import ConfigError
from allegiance.records import Event

_ids = itertools.count()


def event(
    day: str,
    source: str | None,
    target: str | None,
    goldstein: float,
    *,
    cameo: str = "040",
    plover: str | None = "CONSULT",
    mode: str | None = None,
    quad: int | None = None,
    confidence: float = 1.0,
    **extra: object,
) -> Event:
    """A hand-built event (shared by the analysis tests)."""
    n = next(_ids)
    return Event(
        id=f"e{n}",
        article_id=f"a{n}",
        sent_index=0,
        sent_start=0,
        sent_end=10,
        date=dt.date.fromisoformat(day),
        source=source,
        target=target,
        cameo=cameo,
        plover=plover,
        plover_mode=mode,
        goldstein=goldstein,
        quad_class=quad if quad is not None else (1 if goldstein >= 0 else 3),
        evidence=f"{source} and {target}, {day}, {cameo}",
        trigger="t",
        confidence=confidence,
        **extra,  # type: ignore[arg-type]
    )


def test_event_frame_drops_doubtful_always_and_negated_unasserted_by_default() -> None:
    events = [
        event("2020-01-01", "ARM", "RUS", 4.0),
        event("2020-01-02", "ARM", "RUS", 4.0, doubtful=True),
        event("2020-01-03", "ARM", "RUS", 4.0, negated=True),
        event("2020-01-04", "ARM", "RUS", 4.0, modality="future"),
    ]
    assert len(event_frame(events)) == 1
    everything = EventFilter(include_negated=True, include_unasserted=True)
    frame = event_frame(events, filters=everything)
    assert len(frame) == 3
    assert not frame["evidence"].str.contains("01-02").any()


def test_tables_and_frames_are_accepted_and_checked() -> None:
    events = [event("2020-01-01", "ARM", "RUS", 4.0)]
    frame = event_frame(events)
    assert len(event_frame(frame)) == 1
    with pytest.raises(ConfigError, match="events_table"):
        event_frame(frame.drop(columns=["goldstein"]))
    dated = EventFilter(since=dt.date(2020, 2, 1))
    assert event_frame(events, filters=dated).empty


def test_only_states_acting_as_states_count_by_default() -> None:
    assert STATE_SECTORS == ("GOV", "MIL", "JUD", "LEG", "COP", "SPY")
    events = [
        event("2020-01-01", "ARM", "RUS", 4.0),  # the text named only the states
        event("2020-01-02", "ARM", "RUS", 4.0, source_sector="GOV"),
        event("2020-01-03", "ARM", "RUS", -6.5, source_sector="CVL"),
        event("2020-01-04", "RUS", "ARM", 3.4, target_sector="OPP"),
        event("2020-01-05", "RUS", "ARM", -9.0, source_sector="MIL"),
        *(
            event("2020-02-01", "ARM", "RUS", 1.0, source_sector=s)
            for s in ("REB", "BUS", "MED")
        ),
    ]
    frame = event_frame(events)
    assert frame["date"].dt.day.tolist() == [1, 2, 5]
    everything = event_frame(events, filters=EventFilter(sectors=None))
    assert len(everything) == 8
    counted, left_out = split_sectors(everything)
    assert len(counted) == 3 and len(left_out) == 5
    assert state_acts(everything, None).all()
    with_crowds = EventFilter(sectors=(*STATE_SECTORS, "CVL"))
    assert len(event_frame(events, filters=with_crowds)) == 4
    bare = everything.drop(columns=["source_sector", "target_sector"])
    assert len(event_frame(bare)) == 8  # a frame without sectors names states only
    assert non_state_note(0) == ""
    assert non_state_note(5).startswith("5 events by or towards civilians")
    assert non_state_note(1, "request").startswith("1 request by or towards")


def test_period_bounds() -> None:
    assert period_bounds("2022Q3", "quarter") == (
        dt.date(2022, 7, 1),
        dt.date(2022, 10, 1),
    )
    assert period_bounds("2024-02", "month") == (
        dt.date(2024, 2, 1),
        dt.date(2024, 3, 1),
    )


def test_periods_label_and_span() -> None:
    dates = pd.Series(pd.to_datetime(["2022-09-14", "2023-01-01"]))
    assert period_labels(dates, "quarter").tolist() == ["2022Q3", "2023Q1"]
    assert periods_between("2022Q3", "2023Q1", "quarter") == [
        "2022Q3",
        "2022Q4",
        "2023Q1",
    ]
    with pytest.raises(ConfigError, match="quarter"):
        period_labels(dates, "week")  # type: ignore[arg-type]


def test_weighted_goldstein_and_most_negative_evidence() -> None:
    frame = event_frame(
        [
            event("2020-01-01", "ARM", "RUS", 4.0, confidence=0.5),
            event("2020-01-02", "RUS", "ARM", -2.0),
            event("2020-01-03", "ARM", "RUS", -8.0, confidence=0.2),
        ]
    )
    assert weighted_goldstein(frame) == pytest.approx((2.0 - 2.0 - 1.6) / 1.7)
    assert weighted_goldstein(frame[:0]) is None
    worst = most_negative(frame, 2)
    assert [e.goldstein for e in worst] == [
        -2.0,
        -8.0,
    ]  # -2 x 1.0 weighs more than -8 x 0.2
    assert isinstance(worst[0], EventRef)
    assert worst[0].to_dict()["date"] == "2020-01-02"


def test_to_plain_makes_records_json_ready() -> None:
    ref = most_negative(event_frame([event("2020-01-02", "RUS", "ARM", -2.0)]), 1)[0]
    plain = to_plain({"refs": (ref,), "score": float("nan")})
    assert plain["refs"][0]["date"] == "2020-01-02"
    assert plain["score"] is None
