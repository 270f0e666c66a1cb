"""Checks on the leaders table for Russia, the Caucasus and Central/Eastern Europe."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EAST_CSV = REPO / "src" / "allegiance" / "data" / "kb" / "leaders" / "east.csv"

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
    "RUS BLR ARM AZE GEO UKR MDA POL CZE SVK HUN ROU BGR SVN HRV EST LVA LTU "
    "ALB MNE MKD SRB BIH"
).split()
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COVERAGE_START = date(2000, 1, 1)

# Offices whose first listed holder starts after 2000-01-01, and why (the gaps
# are real). Montenegro had no foreign or defence ministry of its own before
# independence (2006-06-03; its first defence minister took office 2006-11-10);
# Bosnia's state defence ministry dates from 2004; Bosnia's Council of Ministers
# had rotating co-chairs until 2000-06 (not listed). Serbia's defence and foreign
# ministers before 2006 are the federal (FRY / Serbia and Montenegro) ministers.
LATE_START = {
    ("MNE", "foreign_minister"): date(2006, 6, 3),
    ("MNE", "defence_minister"): date(2006, 11, 10),
    ("BIH", "defence_minister"): date(2004, 3, 1),
    ("BIH", "head_of_government"): date(2000, 6, 6),
}


def _day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with EAST_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _holders(
    rows: list[dict[str, str]], country: str, office: str, day: date
) -> list[dict[str, str]]:
    return [
        r
        for r in rows
        if r["country"] == country
        and r["office"] == office
        and _day(r["start"]) <= day
        and (not r["end"] or day < _day(r["end"]))
    ]


def test_columns_are_exactly_the_contract() -> None:
    with EAST_CSV.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == COLUMNS


def test_every_row_is_complete(rows: list[dict[str, str]]) -> None:
    assert 600 <= len(rows) <= 1200
    for r in rows:
        assert SLUG.match(r["person_id"]), r
        assert r["name"] and r["title"] and r["source"], r
        assert r["country"] in COUNTRIES and r["org"] == "", r
        assert r["office"] in OFFICES, r
        assert r["acting"] in {"true", "false"}, r


def test_dates_parse_and_start_precedes_end(rows: list[dict[str, str]]) -> None:
    for r in rows:
        start = _day(r["start"])
        if r["end"]:
            assert start < _day(r["end"]), r
        else:
            # An open term is a claim about the present: it must say to check it.
            assert "verify" in r["note"], r


def test_terms_of_one_office_never_overlap(rows: list[dict[str, str]]) -> None:
    spells: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for r in rows:
        end = _day(r["end"]) if r["end"] else date.max
        spells[(r["country"], r["office"])].append((_day(r["start"]), end))
    for key, terms in spells.items():
        terms.sort()
        for (_, prev_end), (start, _) in zip(terms, terms[1:], strict=False):
            assert prev_end <= start, (key, prev_end, start)
        assert sum(1 for _, end in terms if end == date.max) <= 1, key


def test_one_person_has_one_name_and_alias_list(rows: list[dict[str, str]]) -> None:
    seen: dict[str, tuple[str, str]] = {}
    for r in rows:
        entry = (r["name"], r["aliases"])
        assert seen.setdefault(r["person_id"], entry) == entry, r["person_id"]
        if not r["aliases"]:
            continue  # e.g. "Stanislav Gross": the bare surname is a common word
        items = r["aliases"].split("|")
        assert all(a.strip() == a and a for a in items), r["aliases"]
        assert len(items) == len(set(items)), r["aliases"]
        assert r["name"] not in items, r["name"]


def test_each_office_is_covered_since_2000(rows: list[dict[str, str]]) -> None:
    for country in COUNTRIES:
        for office in OFFICES:
            first = LATE_START.get((country, office), COVERAGE_START)
            assert _holders(rows, country, office, first), (country, office, first)


@pytest.mark.parametrize(
    ("country", "office", "day", "person_id"),
    [
        ("ARM", "head_of_government", "2024-02-23", "nikol-pashinyan"),
        ("ARM", "head_of_government", "2018-05-08", "nikol-pashinyan"),
        ("ARM", "head_of_government", "2016-06-01", "hovik-abrahamyan"),
        ("ARM", "head_of_government", "2017-01-01", "karen-karapetyan"),
        ("ARM", "head_of_state", "2015-01-01", "serzh-sargsyan"),
        ("ARM", "head_of_state", "2023-01-01", "vahagn-khachaturyan"),
        ("ARM", "foreign_minister", "2025-01-14", "ararat-mirzoyan"),
        ("ARM", "foreign_minister", "2012-06-01", "edward-nalbandian"),
        ("ARM", "defence_minister", "2024-06-18", "suren-papikyan"),
        ("ARM", "defence_minister", "2019-01-01", "davit-tonoyan"),
        ("BLR", "head_of_state", "2024-02-23", "alexander-lukashenko"),
        ("BLR", "foreign_minister", "2020-01-01", "vladimir-makei"),
        ("BLR", "defence_minister", "2022-02-24", "viktor-khrenin"),
        ("RUS", "foreign_minister", "2024-06-01", "sergey-lavrov"),
        ("RUS", "head_of_government", "2010-01-01", "vladimir-putin"),
        ("RUS", "head_of_state", "2010-01-01", "dmitry-medvedev"),
        ("RUS", "defence_minister", "2024-05-14", "andrei-belousov"),
        ("RUS", "defence_minister", "2024-05-13", "sergei-shoigu"),
        ("AZE", "head_of_state", "2020-09-27", "ilham-aliyev"),
        ("AZE", "foreign_minister", "2023-09-19", "jeyhun-bayramov"),
        ("GEO", "head_of_state", "2025-01-01", "mikheil-kavelashvili"),
        ("GEO", "head_of_government", "2024-06-01", "irakli-kobakhidze"),
        ("UKR", "head_of_state", "2022-02-24", "volodymyr-zelensky"),
        ("UKR", "foreign_minister", "2023-01-01", "dmytro-kuleba"),
        ("UKR", "defence_minister", "2024-01-01", "rustem-umerov"),
    ],
)
def test_spot_checks(
    rows: list[dict[str, str]], country: str, office: str, day: str, person_id: str
) -> None:
    found = [r["person_id"] for r in _holders(rows, country, office, _day(day))]
    assert found == [person_id]


def test_same_person_keeps_one_id_across_offices(rows: list[dict[str, str]]) -> None:
    offices = {(r["person_id"], r["office"]) for r in rows}
    assert ("vladimir-putin", "head_of_state") in offices
    assert ("vladimir-putin", "head_of_government") in offices
    assert ("serzh-sargsyan", "defence_minister") in offices


def test_transliteration_variants_are_listed(rows: list[dict[str, str]]) -> None:
    aliases = {r["person_id"]: set(r["aliases"].split("|")) for r in rows}
    assert {"Pashinian", "Pashinyan"} <= aliases["nikol-pashinyan"]
    assert {"Lukashenka", "Alyaksandr Lukashenka"} <= aliases["alexander-lukashenko"]
    assert {"Zelenskyy", "Zelenskiy", "Zelensky"} <= aliases["volodymyr-zelensky"]
    assert {"Shoygu", "Shoigu"} <= aliases["sergei-shoigu"]
    assert {"Kocharian", "Kocharyan"} <= aliases["robert-kocharyan"]
    assert "Sarkisian" in aliases["serzh-sargsyan"]
