"""The led-bloc table: who leads which bloc, as news says it."""

from __future__ import annotations

from allegiance.kb.led import bloc_leader, led_blocs


def test_known_leaders() -> None:
    assert bloc_leader("CSTO") == "RUS"
    assert bloc_leader("NATO") == "USA"
    assert bloc_leader("EAEU") == "RUS"


def test_unknown_bloc_has_no_leader() -> None:
    assert bloc_leader("OSCE") is None


def test_rows_are_complete() -> None:
    rows = led_blocs()
    assert rows and all(r.leader and r.kind and r.organisation for r in rows)
