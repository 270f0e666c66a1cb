"""Checks on the leaders table for Central, South and East Asia, other G20 and orgs."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "src" / "allegiance" / "data" / "kb" / "leaders" / "asia_orgs.csv"

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
STATE_OFFICES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
)
COUNTRIES = (
    "KAZ KGZ TJK TKM UZB CHN IND PAK IRN MNG JPN KOR IDN AUS ARG BRA MEX SAU ZAF "
    "ISR EGY"
).split()
ORG_OFFICES = {
    ("UN", "secretary_general"),
    ("NATO", "secretary_general"),
    ("CSTO", "secretary_general"),
    ("EU", "high_representative"),
    ("EU", "president"),
    ("EU", "chair"),
    ("OSCE", "secretary_general"),
    ("CIS", "secretary_general"),
    ("SCO", "secretary_general"),
    ("EAEU", "chair"),
    ("AU", "chair"),
    ("ASEAN", "secretary_general"),
    ("WHO", "secretary_general"),
    ("LAS", "secretary_general"),
    ("COE", "secretary_general"),
    ("OAS", "secretary_general"),
    ("GCC", "secretary_general"),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COVERAGE_START = date(2000, 1, 1)

# Lists that start after 2000-01-01 on purpose: the office did not exist yet
# (AU Commission, CSTO secretariat, SCO secretariat, Eurasian Economic Commission,
# European Council presidency) or the earliest holders are not yet verified.
LATE_START = {
    ("AU", "chair"): date(2002, 7, 9),
    ("CSTO", "secretary_general"): date(2003, 4, 28),
    ("SCO", "secretary_general"): date(2004, 1, 15),
    ("EAEU", "chair"): date(2012, 2, 1),
    ("EU", "chair"): date(2009, 12, 1),
    ("MNG", "foreign_minister"): date(2000, 8, 1),
    ("UZB", "defence_minister"): date(2000, 9, 1),
    ("PAK", "defence_minister"): date(2002, 11, 23),
}
# Offices with no open term: the table stops where verified facts stop.
CLOSED = {("KGZ", "defence_minister"), ("LAS", "secretary_general")}
# Offices the table leaves out for now (holders and dates not yet verified).
NOT_LISTED = {("TKM", "defence_minister"), ("MNG", "defence_minister")}
MAX_GAP_DAYS = 40
# Longer vacancies that are real (or caretakers not yet listed), by the end date
# of the term before the gap.
LONG_GAPS = {
    ("CHN", "defence_minister", date(2023, 10, 24)),
    ("OSCE", "secretary_general", date(2020, 7, 18)),
    ("OSCE", "secretary_general", date(2024, 9, 4)),
    ("PAK", "defence_minister", date(2013, 3, 25)),
    ("PAK", "foreign_minister", date(2013, 3, 25)),
}
# Bare surnames the table must never use as aliases: common words or very common
# surnames that name many people in the news.
BANNED_ALIASES = {"Li", "Wang", "Kim", "Lee", "Park", "Singh", "Khan", "Zhang", "Ban"}
BANNED_ALIASES |= {"Chen", "Liu", "Yang", "Choi", "Yoon", "Han", "Hu", "Dar", "Bold"}


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _key(row: dict[str, str]) -> tuple[str, str]:
    return (row["country"] or row["org"], row["office"])


@cache
def _terms() -> dict[tuple[str, str], list[dict[str, str]]]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _rows():
        grouped[_key(row)].append(row)
    for terms in grouped.values():
        terms.sort(key=lambda row: row["start"])
    return dict(grouped)


def _holders(where: str, office: str, on: date) -> list[str]:
    return [
        row["name"]
        for row in _terms().get((where, office), [])
        if _day(row["start"]) <= on and (not row["end"] or on < _day(row["end"]))
    ]


def test_header_is_the_contract() -> None:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS


def test_each_row_is_well_formed() -> None:
    for row in _rows():
        where = f"{row['name']} {_key(row)} {row['start']}"
        assert bool(row["country"]) != bool(row["org"]), where
        if row["country"]:
            assert row["country"] in COUNTRIES, where
            assert row["office"] in STATE_OFFICES, where
        else:
            assert _key(row) in ORG_OFFICES, where
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


def _expected_offices() -> list[tuple[str, str]]:
    states = [(c, office) for c in COUNTRIES for office in STATE_OFFICES]
    return sorted(set(states) - NOT_LISTED) + sorted(ORG_OFFICES)


@pytest.mark.parametrize(("where", "office"), _expected_offices())
def test_coverage_since_2000(where: str, office: str) -> None:
    terms = _terms().get((where, office), [])
    first = LATE_START.get((where, office), COVERAGE_START)
    assert _holders(where, office, first), f"nobody on {first}"
    open_terms = sum(1 for row in terms if not row["end"])
    assert open_terms == (0 if (where, office) in CLOSED else 1)


def test_unlisted_offices_stay_unlisted() -> None:
    assert not set(_terms()) & NOT_LISTED


@pytest.mark.parametrize(
    ("where", "office", "on", "name"),
    [
        ("UN", "secretary_general", date(2024, 2, 23), "António Guterres"),
        ("NATO", "secretary_general", date(2023, 4, 4), "Jens Stoltenberg"),
        ("NATO", "secretary_general", date(2024, 10, 1), "Mark Rutte"),
        ("CSTO", "secretary_general", date(2024, 2, 23), "Imangali Tasmagambetov"),
        ("EU", "high_representative", date(2024, 2, 23), "Josep Borrell"),
        ("EU", "chair", date(2024, 12, 1), "António Costa"),
        ("CHN", "head_of_state", date(2024, 6, 1), "Xi Jinping"),
        ("KAZ", "head_of_state", date(2022, 1, 5), "Kassym-Jomart Tokayev"),
        ("CHN", "foreign_minister", date(2023, 5, 1), "Qin Gang"),
        ("CHN", "foreign_minister", date(2023, 8, 1), "Wang Yi"),
        ("SAU", "head_of_government", date(2023, 1, 1), "Mohammed bin Salman"),
        ("TKM", "head_of_state", date(2022, 3, 19), "Serdar Berdimuhamedow"),
        ("IRN", "head_of_state", date(2024, 2, 23), "Ali Khamenei"),
        ("IND", "foreign_minister", date(2024, 2, 23), "S. Jaishankar"),
    ],
)
def test_spot_checks(where: str, office: str, on: date, name: str) -> None:
    assert _holders(where, office, on) == [name]


def test_a_person_keeps_one_id_across_offices() -> None:
    tokayev = {
        _key(row) for row in _rows() if row["person_id"] == "kassym-jomart-tokayev"
    }
    assert tokayev == {
        ("KAZ", "head_of_state"),
        ("KAZ", "head_of_government"),
        ("KAZ", "foreign_minister"),
    }
    shared_with_other_tables = {
        "mark-rutte",
        "jens-stoltenberg",
        "kaja-kallas",
        "antonio-costa",
        "ursula-von-der-leyen",
    }
    assert shared_with_other_tables <= {row["person_id"] for row in _rows()}
