"""Hand-written state names beside the generated cities: state agencies and
services (kb/state_names/agencies.csv), companies and news outlets with a home
state (kb/state_names/companies.csv, media.csv), places of a state that are not towns
(kb/state_names/places.csv), and the leaders of kb/leaders/more_states.csv."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from importlib.resources import files

import pytest

from allegiance.kb.base import load_kb
from allegiance.kb.model import NAME_KINDS

_KB = files("allegiance") / "data" / "kb"
_COLUMNS = [
    "code",
    "text",
    "kind",
    "sector",
    "valid_from",
    "valid_to",
    "ambiguous",
    "source",
]
# Sectors an agency may carry (annotation guide §3.2).
_AGENCY_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
# Armed groups without a single home state are not actors (guide §3.1).
_NOT_ACTORS = {"ISIS", "ISIL", "Islamic State", "al-Qaeda", "Al-Qaeda", "AQAP"}


def _read(*parts: str) -> tuple[list[str], list[dict[str, str]]]:
    path = _KB.joinpath(*parts)
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize(
    "name", ["agencies.csv", "places.csv", "companies.csv", "media.csv"]
)
def test_rows_are_well_formed(name: str) -> None:
    header, rows = _read("state_names", name)
    assert header == _COLUMNS
    kb = load_kb()
    seen = set()
    for row in rows:
        key = (row["code"], row["text"], row["kind"])
        assert key not in seen, key
        seen.add(key)
        assert row["code"] in kb.states, row
        assert row["kind"] in NAME_KINDS, row
        assert row["source"].strip() and row["text"] == row["text"].strip(), row
        assert row["text"] not in _NOT_ACTORS, row
        for column in ("valid_from", "valid_to"):
            if row[column]:
                dt.date.fromisoformat(row[column])


def test_agencies_are_metonyms_with_a_sector() -> None:
    _, rows = _read("state_names", "agencies.csv")
    assert len(rows) >= 60
    for row in rows:
        assert row["kind"] == "metonym", row
        assert row["sector"] in _AGENCY_SECTORS, row


def test_places_are_places_and_name_their_source() -> None:
    _, rows = _read("state_names", "places.csv")
    assert len(rows) >= 140
    for row in rows:
        assert row["kind"] == "city" and row["sector"] == "", row
        assert "ISO 3166-2" in row["source"] or "geonameid" in row["source"], row
    states = {r["text"] for r in rows if r["code"] == "USA"}
    assert {"Texas", "California", "Louisiana", "New Mexico"} <= states
    # A US state named like a state, a capital or a given name stays out.
    assert not {"Georgia", "Washington", "Virginia", "Colorado"} & states


def test_no_place_repeats_a_generated_city() -> None:
    _, places = _read("state_names", "places.csv")
    _, cities = _read("state_names", "cities.csv")
    keys = {(r["code"], r["text"]) for r in cities}
    assert not [r for r in places if (r["code"], r["text"]) in keys]


def test_forms_in_two_states_are_marked_and_cued() -> None:
    _, rows = _read("state_names", "places.csv")
    by_text = defaultdict(set)
    for row in rows:
        by_text[row["text"]].add(row["code"])
    cued = {r["text"] for r in _read("disambiguation.csv")[1]}
    for text in ("Punjab", "Ontario"):
        assert all(r["ambiguous"] for r in rows if r["text"] == text), text
        assert text in cued, text
    assert by_text["Punjab"] == {"IND", "PAK"}


# -- leaders of states the regional files leave out --------------------------------

_MORE = ("IRQ", "KHM", "GTM", "AFG", "LKA", "NZL", "SGP", "VAT", "PRK")
_SINCE = {
    "IRQ": dt.date(2005, 5, 3),
    "KHM": dt.date(2000, 1, 1),
    "GTM": dt.date(2000, 1, 1),
    "AFG": dt.date(2001, 12, 22),
    "LKA": dt.date(2000, 1, 1),
    "NZL": dt.date(2000, 1, 1),
    "SGP": dt.date(2000, 1, 1),
    "VAT": dt.date(2000, 1, 1),
    "PRK": dt.date(2000, 1, 1),
}
# Offices a state's rows leave out: Sri Lanka's prime ministers (the executive
# president is recorded), the monarch of New Zealand, Singapore's presidents,
# the Holy See's government (the Pope, its head of state, is recorded), North
# Korea's premiers (its leaders are recorded).
_UNLISTED = {
    ("VAT", "head_of_government"),
    ("PRK", "head_of_government"),
    ("LKA", "head_of_government"),
    ("NZL", "head_of_state"),
    ("SGP", "head_of_state"),
}


def _terms() -> dict[tuple[str, str], list[dict[str, str]]]:
    out: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _read("leaders", "more_states.csv")[1]:
        out[(row["country"], row["office"])].append(row)
    for terms in out.values():
        terms.sort(key=lambda r: r["start"])
    return out


def test_leader_rows_are_well_formed() -> None:
    for row in _read("leaders", "more_states.csv")[1]:
        where = f"{row['name']} {row['country']} {row['office']} {row['start']}"
        assert row["country"] in _MORE and not row["org"], where
        assert row["office"] in {"head_of_state", "head_of_government"}, where
        assert row["source"].strip() and row["title"], where
        start = dt.date.fromisoformat(row["start"])
        if row["end"]:
            assert start < dt.date.fromisoformat(row["end"]), where
        else:
            assert "verify" in row["note"], where


@pytest.mark.parametrize("country", _MORE)
@pytest.mark.parametrize("office", ["head_of_state", "head_of_government"])
def test_heads_are_covered_without_overlap(country: str, office: str) -> None:
    terms = _terms()[(country, office)]
    if (country, office) in _UNLISTED:
        assert terms == []
        return
    for before, after in zip(terms, terms[1:], strict=False):
        assert before["end"] and before["end"] <= after["start"], after["name"]
        gap = dt.date.fromisoformat(after["start"]) - dt.date.fromisoformat(
            before["end"]
        )
        # Iraq had no head of state under the occupation (2003-04-09 to 2004-06-28).
        assert gap.days <= 40 or before["end"] == "2003-04-09", after["name"]
    assert sum(1 for t in terms if not t["end"]) == 1
    first = dt.date.fromisoformat(terms[0]["start"])
    assert first <= _SINCE[country]


@pytest.mark.parametrize(
    ("country", "office", "day", "person"),
    [
        ("IRQ", "head_of_government", "2019-11-29", "adil-abdul-mahdi"),
        ("IRQ", "head_of_government", "2010-01-01", "nouri-al-maliki"),
        ("IRQ", "head_of_state", "2016-01-01", "fuad-masum"),
        ("KHM", "head_of_government", "2018-01-01", "hun-sen"),
        ("KHM", "head_of_government", "2024-01-01", "hun-manet"),
        ("KHM", "head_of_state", "2010-01-01", "norodom-sihamoni"),
        ("GTM", "head_of_state", "2013-01-01", "otto-perez-molina"),
        ("GTM", "head_of_state", "2024-01-14", "alejandro-giammattei"),
        ("GTM", "head_of_state", "2024-01-15", "bernardo-arevalo"),
        ("AFG", "head_of_state", "2016-01-01", "ashraf-ghani"),
        ("AFG", "head_of_state", "2022-01-01", "hibatullah-akhundzada"),
        ("LKA", "head_of_state", "2020-01-01", "gotabaya-rajapaksa"),
        ("LKA", "head_of_state", "2022-07-18", "ranil-wickremesinghe"),
        ("NZL", "head_of_government", "2019-03-15", "jacinda-ardern"),
        ("SGP", "head_of_government", "2010-01-01", "lee-hsien-loong"),
    ],
)
def test_office_holders(country: str, office: str, day: str, person: str) -> None:
    term = load_kb().office_holder(country, office, dt.date.fromisoformat(day))
    assert term is not None and term.person_id == person


def test_companies_are_their_home_states_business_sector() -> None:
    _, rows = _read("state_names", "companies.csv")
    assert len(rows) >= 60
    assert {(r["kind"], r["sector"]) for r in rows} == {("metonym", "BUS")}


def test_a_company_acts_for_its_home_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The annotation guide's example (§3.1, companies).
    events = pipeline.code_text(
        "Gazprom cut off gas supplies to Poland on Wednesday.",
        date=dt.date(2022, 4, 27),
    )
    assert {(e.source, e.source_sector, e.target) for e in events} == {
        ("RUS", "BUS", "POL")
    }


def test_news_outlets_are_their_home_states_media() -> None:
    _, rows = _read("state_names", "media.csv")
    assert {(r["kind"], r["sector"]) for r in rows} == {("metonym", "MED")}
    # Not names that are also common nouns or other things.
    assert not {"CCTV", "Sputnik"} & {r["text"] for r in rows}


def test_a_reporter_of_an_outlet_is_its_states_media(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(
        "Russia's Federal Security Service detained Wall Street Journal reporter "
        "Evan Gershkovich in Yekaterinburg on espionage charges.",
        date=dt.date(2023, 3, 30),
    )
    assert ("RUS", "USA", "MED") in {
        (e.source, e.target, e.target_sector) for e in events
    }
