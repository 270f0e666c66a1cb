"""Opposition figures and dissidents (leaders/opposition.csv): dated spells whose
mentions take the sector OPP (annotation guide §3.2)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from allegiance.kb.base import load_kb
from allegiance.kb.resolve import Resolver

CSV = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "allegiance"
    / "data"
    / "kb"
    / "leaders"
    / "opposition.csv"
)


def _rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_rows_are_opposition_spells_with_a_source() -> None:
    rows = _rows()
    assert len({r["person_id"] for r in rows}) >= 40
    assert len({r["country"] for r in rows}) >= 25  # across regions
    for r in rows:
        assert r["office"] == "opposition" and r["source"] and r["start"], r
        assert not r["org"], r


def test_one_person_id_names_one_person() -> None:
    kb = load_kb()
    for r in _rows():
        for term in kb.terms_of(r["person_id"]):
            assert term.name == r["name"], (term, r)


@pytest.mark.parametrize(
    ("pid", "day", "code", "sector"),
    [
        # Leader of the Opposition, then Prime Minister.
        ("keir-starmer", dt.date(2024, 3, 1), "GBR", "OPP"),
        ("keir-starmer", dt.date(2024, 8, 1), "GBR", "GOV"),
        ("rishi-sunak", dt.date(2024, 8, 1), "GBR", "OPP"),
        # Prime Minister, then ousted and in opposition.
        ("imran-khan", dt.date(2021, 1, 1), "PAK", "GOV"),
        ("imran-khan", dt.date(2023, 9, 1), "PAK", "OPP"),
        # Istanbul's mayor is OPP from his detention and candidacy in 2025.
        ("ekrem-imamoglu", dt.date(2025, 4, 1), "TUR", "OPP"),
        ("ekrem-imamoglu", dt.date(2022, 1, 1), "TUR", None),
        # A dissident who died in prison stays OPP ("Navalny's team said").
        ("alexei-navalny", dt.date(2024, 3, 1), "RUS", "OPP"),
        ("juan-guaido", dt.date(2020, 1, 1), "VEN", "OPP"),
        # In government between two spells in opposition: no sector.
        ("benny-gantz", dt.date(2021, 1, 1), "ISR", "MIL"),
        ("benny-gantz", dt.date(2024, 8, 1), "ISR", "OPP"),
    ],
)
def test_sector_follows_the_date(pid, day, code, sector) -> None:  # type: ignore[no-untyped-def]
    res = Resolver(load_kb()).person([pid], day)
    assert res.actor is not None
    assert (res.actor.code, res.actor.sector) == (code, sector)
