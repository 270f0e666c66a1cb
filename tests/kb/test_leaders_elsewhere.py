"""Leaders of states and bodies the regional files leave out
(kb/leaders/elsewhere.csv): Taiwan, Palestine and the IAEA's director general;
North Korea's leaders (kb/leaders/more_states.csv); two armed groups'
commanders (kb/state_names.csv)."""

from __future__ import annotations

import csv
import datetime as dt
from importlib.resources import files

import pytest

from allegiance.kb.base import load_kb
from allegiance.pipeline import Pipeline

_CSV = files("allegiance") / "data" / "kb" / "leaders" / "elsewhere.csv"
_OFFICES = {"head_of_state", "head_of_government", "secretary_general"}


def _rows() -> list[dict[str, str]]:
    with _CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_rows_are_well_formed() -> None:
    kb = load_kb()
    for row in _rows():
        where = f"{row['person_id']} {row['start']}"
        assert bool(row["country"]) != bool(row["org"]), where
        assert row["country"] in kb.states or row["org"] in kb.organisations, where
        assert row["office"] in _OFFICES, where
        assert row["source"].strip() and row["title"], where
        start = dt.date.fromisoformat(row["start"])
        if row["end"]:
            assert start < dt.date.fromisoformat(row["end"]), where
        else:
            assert "verify" in row["note"], where


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Tsai Ing-wen met the delegation.", "2023-06-01", ("TWN", "tsai-ing-wen")),
        ("William Lai met the delegation.", "2025-03-01", ("TWN", "lai-ching-te")),
        ("Grossi met the delegation.", "2023-06-01", ("IAEA", "rafael-grossi")),
        ("Kim Jong Un met the delegation.", "2023-09-13", ("PRK", "kim-jong-un")),
        ("Hemedti met the delegation.", "2023-06-01", ("SDN", None)),
    ],
)
def test_they_resolve_on_their_dates(
    pipeline: Pipeline, text: str, day: str, expected: tuple[str, str | None]
) -> None:
    doc = pipeline.doc(text, date=dt.date.fromisoformat(day))
    actors = [s.actor for s in doc._.actor_spans if s.actor is not None]
    assert [(a.code, a.person_id) for a in actors][:1] == [expected]


def test_a_surname_shared_with_another_leader_is_no_alias(pipeline: Pipeline) -> None:
    # "Abbas" alone could be Abbas Araghchi: only the full name is Mahmoud Abbas.
    doc = pipeline.doc("Abbas met the delegation.", date=dt.date(2025, 3, 1))
    assert not [s for s in doc._.actor_spans if s.actor and s.actor.code == "PSE"]
