"""Who moved: a dyad's change split into each side's change towards everyone else."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from allegiance.analysis.consolidate import Selection, units_from_events
from allegiance.analysis.moved import MoveSettings, who_moved, who_moved_in_store
from allegiance.errors import ConfigError
from allegiance.records import Event
from allegiance.store.duck import open_store

BEFORE = (dt.date(2020, 1, 1), dt.date(2021, 1, 1))
AFTER = (dt.date(2021, 1, 1), dt.date(2022, 1, 1))
_n = 0


def _events(
    year: int, source: str, target: str, goldstein: float, n: int = 3
) -> list[Event]:
    global _n
    out = []
    for month in range(1, n + 1):
        _n += 1
        out.append(
            Event(
                id=f"e{_n}", article_id=f"a{_n}", sent_index=0, sent_start=0,
                sent_end=1, date=dt.date(year, month * 3, 1), source=source,
                target=target, cameo="042" if goldstein > 0 else "112",
                plover=None, plover_mode=None, goldstein=goldstein,
                quad_class=1 if goldstein > 0 else 3, evidence="", trigger="",
            )
        )  # fmt: skip
    return out


def _world(
    arm_others: tuple[float, float], rus_others: tuple[float, float]
) -> list[Event]:
    """ARM-RUS falls from +3 to -4; each side's dealings with others as given."""
    return [
        *_events(2020, "ARM", "RUS", 3.0),
        *_events(2020, "RUS", "ARM", 3.0),
        *_events(2021, "ARM", "RUS", -4.0),
        *_events(2021, "RUS", "ARM", -4.0),
        *_events(2020, "ARM", "FRA", arm_others[0]),
        *_events(2021, "ARM", "GEO", arm_others[1]),
        *_events(2020, "RUS", "UKR", rus_others[0]),
        *_events(2021, "RUS", "KAZ", rus_others[1]),
    ]


def _moved(events: list[Event], **kw: object):  # type: ignore[no-untyped-def]
    units = units_from_events(events)
    return who_moved(units, "ARM", "RUS", before=BEFORE, after=AFTER, **kw)  # type: ignore[arg-type]


def test_the_side_that_turned_on_everyone_moved() -> None:
    result = _moved(_world(arm_others=(2.0, 2.0), rus_others=(2.0, -6.0)))
    assert result.mover == "RUS"
    assert result.dyad_change == pytest.approx(-7.0)
    assert result.side_b.towards_others == pytest.approx(-8.0)
    assert result.side_a.towards_others == pytest.approx(0.0)
    assert result.share_a == pytest.approx(0.0)
    assert result.explanation.startswith("RUS moved: it turned colder")


def test_a_realigning_side_moved_even_if_it_warmed_to_others() -> None:
    result = _moved(_world(arm_others=(1.0, 5.0), rus_others=(-1.0, -1.0)))
    assert result.mover == "ARM"
    assert result.explanation.startswith("ARM moved: it turned warmer")
    assert "RUS held its course" in result.explanation


def test_comparable_movements_are_both() -> None:
    result = _moved(_world(arm_others=(1.0, 4.0), rus_others=(1.0, -2.0)))
    assert result.mover == "both" and result.explanation.startswith("Both moved")


def test_a_change_only_between_the_two_is_specific_to_the_pair() -> None:
    result = _moved(_world(arm_others=(2.0, 2.3), rus_others=(-1.0, -1.2)))
    assert result.mover is None
    assert result.explanation.startswith("Specific to the pair")
    assert result.side_a.towards_partner == pytest.approx(-7.0)


def test_too_few_events_are_said_so() -> None:
    events = _world(arm_others=(2.0, 2.0), rus_others=(2.0, -6.0))
    events = [e for e in events if not (e.source == "RUS" and e.target == "KAZ")]
    result = _moved(events)
    assert result.mover is None and math.isnan(result.side_b.towards_others)
    assert result.explanation.startswith("Too few events")
    data = result.to_dict()
    assert data["side_b"]["towards_others"] is None
    json.dumps(data)


def test_thresholds_are_settings() -> None:
    world = _world(arm_others=(2.0, 3.5), rus_others=(1.0, 1.0))
    assert _moved(world).mover == "ARM"
    assert _moved(world, settings=MoveSettings(min_change=2.0)).mover is None
    with pytest.raises(ConfigError):
        MoveSettings(dominance=0.5)


def test_from_the_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_events(_world(arm_others=(2.0, 2.0), rus_others=(2.0, -6.0)))
        result = who_moved_in_store(store, "ARM", "RUS", before=BEFORE, after=AFTER)
    assert result.mover == "RUS"
    assert result.to_dict()["before"] == ["2020-01-01", "2021-01-01"]


def test_a_sides_crowds_and_firms_are_not_its_stance() -> None:
    # Armenia's government holds its course with others; its protesters turn
    # on Georgia. Russia's government turns on Kazakhstan: Russia moved.
    world = _world(arm_others=(2.0, 2.0), rus_others=(2.0, -6.0))
    crowds = [
        Event(
            id=f"crowd{i}", article_id=f"c{i}", sent_index=0, sent_start=0,
            sent_end=1, date=dt.date(2021, 2 + i, 1), source="ARM",
            target="GEO", cameo="141", plover="PROTEST", plover_mode=None,
            goldstein=-6.5, quad_class=3, evidence="", trigger="",
            source_sector="CVL",
        )
        for i in range(6)
    ]  # fmt: skip
    assert _moved(world + crowds).mover == "RUS"
    units = units_from_events(world + crowds, selection=Selection(sectors=None))
    counted = who_moved(units, "ARM", "RUS", before=BEFORE, after=AFTER)
    assert counted.mover == "both"
