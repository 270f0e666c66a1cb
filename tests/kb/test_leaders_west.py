"""Checks on the leaders table for North America, Western Europe, Cyprus and Turkey."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WEST_CSV = REPO / "src" / "allegiance" / "data" / "kb" / "leaders" / "west.csv"

COLUMNS = [
    "person_id",
    "name",
    "aliases",
    "country",
    "org",
    "office",
    "title",
    "start",
    "end",
    "acting",
    "source",
    "note",
]
OFFICES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
)
COUNTRIES = (
    "USA CAN GBR FRA DEU ITA ESP PRT NLD BEL LUX DNK NOR SWE FIN ISL IRL AUT MLT "
    "CYP GRC TUR"
).split()
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COVERAGE_START = date(2000, 1, 1)

# Offices the table leaves out on purpose: Iceland has no defence ministry, and
# Malta's armed forces answer to a home-affairs ministry, not a defence minister.
NO_OFFICE = {("ISL", "defence_minister"), ("MLT", "defence_minister")}
# Cyprus's defence ministers before September 2006 are not yet listed (dates
# unverified); the table starts there.
LATE_START = {("CYP", "defence_minister"): date(2006, 9, 1)}
# Longest vacancy allowed between two listed terms. Longer ones are real and
# named here: Austria's presidency was exercised collectively by the Nationalrat
# presidium from 2016-07-08 to 2017-01-26, and no single person is listed.
MAX_GAP_DAYS = 40
LONG_GAPS = {("AUT", "head_of_state", date(2016, 7, 8))}
# Folded spellings that are ordinary words or bare first names; never aliases.
BANNED_ALIASES = {"May", "Brown", "Rice", "Gates", "Fox", "Hunt", "Straw", "Cook"}
BANNED_ALIASES |= {"Hague", "Store", "Lower", "Gram", "Cannon", "Champagne", "Borne"}
BANNED_ALIASES |= {"Shatter", "Platter", "Struck", "Austin", "Muscat", "Montenegro"}


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with WEST_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _terms() -> dict[tuple[str, str], list[dict[str, str]]]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _rows():
        grouped[(row["country"], row["office"])].append(row)
    for terms in grouped.values():
        terms.sort(key=lambda row: row["start"])
    return grouped


def _holders(country: str, office: str, on: date) -> list[str]:
    return [
        row["name"]
        for row in _terms()[(country, office)]
        if _day(row["start"]) <= on and (not row["end"] or on < _day(row["end"]))
    ]


def test_header_is_the_contract() -> None:
    with WEST_CSV.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS


def test_each_row_is_well_formed() -> None:
    for row in _rows():
        where = f"{row['name']} {row['country']} {row['office']} {row['start']}"
        assert row["country"] in COUNTRIES and not row["org"], where
        assert row["office"] in OFFICES, where
        assert row["name"] and row["title"] and row["source"].strip(), where
        assert SLUG.match(row["person_id"]), where
        assert row["acting"] in ("true", "false"), where
        start = _day(row["start"])
        assert row["start"] == start.isoformat(), where
        if row["end"]:
            assert row["end"] == _day(row["end"]).isoformat(), where
            assert start < _day(row["end"]), where
        else:
            assert "verify" in row["note"], f"open term needs a verify note: {where}"


def test_aliases_are_clean() -> None:
    for row in _rows():
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(alias.strip() == alias and alias for alias in aliases), row["name"]
        assert len(aliases) == len(set(aliases)), row["name"]
        assert row["name"] not in aliases, row["name"]
        assert not BANNED_ALIASES & set(aliases), row["name"]


def test_one_id_names_one_person() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        names[row["person_id"]].add(row["name"])
    assert {pid: n for pid, n in names.items() if len(n) > 1} == {}


def test_terms_do_not_overlap_and_gaps_are_short() -> None:
    for key, terms in _terms().items():
        for before, after in zip(terms, terms[1:], strict=False):
            assert before["end"], f"{key}: open term before {after['name']}"
            end, start = _day(before["end"]), _day(after["start"])
            assert end <= start, f"{key}: {before['name']} overlaps {after['name']}"
            if (key[0], key[1], end) not in LONG_GAPS:
                assert (start - end).days <= MAX_GAP_DAYS, f"{key}: gap at {end}"


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("office", OFFICES)
def test_coverage_since_2000(country: str, office: str) -> None:
    terms = _terms().get((country, office), [])
    if (country, office) in NO_OFFICE:
        assert terms == []
        return
    first = LATE_START.get((country, office), COVERAGE_START)
    assert _holders(country, office, first), f"nobody on {first}"
    assert sum(1 for row in terms if not row["end"]) == 1


@pytest.mark.parametrize(
    ("country", "office", "on", "name"),
    [
        ("FRA", "head_of_state", date(2024, 2, 23), "Emmanuel Macron"),
        ("DEU", "head_of_government", date(2024, 2, 23), "Olaf Scholz"),
        ("SWE", "foreign_minister", date(2024, 3, 7), "Tobias Billström"),
        ("FIN", "head_of_state", date(2023, 4, 4), "Sauli Niinistö"),
        ("USA", "foreign_minister", date(2025, 1, 14), "Antony Blinken"),
        ("USA", "head_of_government", date(2010, 6, 1), "Barack Obama"),
        ("TUR", "head_of_government", date(2019, 1, 1), "Recep Tayyip Erdoğan"),
        ("TUR", "head_of_government", date(2017, 1, 1), "Binali Yıldırım"),
        ("GBR", "foreign_minister", date(2024, 1, 1), "David Cameron"),
        ("ITA", "head_of_government", date(2000, 1, 1), "Massimo D'Alema"),
        ("CYP", "head_of_government", date(2015, 1, 1), "Nicos Anastasiades"),
    ],
)
def test_spot_checks(country: str, office: str, on: date, name: str) -> None:
    assert _holders(country, office, on) == [name]


def test_a_person_keeps_one_id_across_offices() -> None:
    offices = {
        (row["country"], row["office"])
        for row in _rows()
        if row["person_id"] == "recep-tayyip-erdogan"
    }
    assert offices == {("TUR", "head_of_state"), ("TUR", "head_of_government")}
    queen = {row["country"] for row in _rows() if row["person_id"] == "elizabeth-ii"}
    assert queen == {"GBR", "CAN"}
