"""Check the states knowledge base and cross-check it against public datasets."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
import warnings
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest

_REPO = Path(__file__).resolve().parents[2]
_KB = _REPO / "src" / "allegiance" / "data" / "kb"
_SHARED = _REPO / ".." / "shared" / "data"
_DIFFERENCES = _REPO / "docs" / "kb-differences.md"

_STATE_COLUMNS = [
    "code", "iso2", "iso3", "iso_numeric", "cow_code", "cow_abbrev", "gw_code",
    "cameo_code", "name", "official_name", "status", "un_member_since", "capital",
    "seat_of_government", "source",
]  # fmt: skip
_NAME_COLUMNS = [
    "code", "text", "kind", "sector", "valid_from", "valid_to", "ambiguous", "source",
]  # fmt: skip
_REGION_COLUMNS = ["code", "name", "aliases", "claimants", "kind", "source"]
_STATUSES = {"un_member", "un_observer", "partially_recognised", "other"}
_KINDS = {
    "name", "alias", "historical", "demonym", "adjective", "capital", "seat",
    "metonym", "armed_group",
}  # fmt: skip
_REGION_KINDS = {"breakaway", "former_breakaway", "annexed", "occupied", "disputed"}
# Named waters ("South China Sea") are places of no state: no claimants.
_WATER = "water"
# Two-letter forms are false-match magnets; these are the only ones news needs.
_SHORT_FORMS = {"UK", "US"}
# The state system is checked from the first day after the USSR's dissolution.
_SYSTEM_FROM = dt.date(1992, 1, 1)


@cache
def _read(name: str) -> tuple[list[str], tuple[dict[str, str], ...]]:
    """Header and rows of a knowledge-base CSV."""
    with (_KB / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = tuple(reader)
        return list(reader.fieldnames or []), rows


def _states() -> tuple[dict[str, str], ...]:
    return _read("states.csv")[1]


def _names() -> tuple[dict[str, str], ...]:
    return _read("state_names.csv")[1]


def _regions() -> tuple[dict[str, str], ...]:
    return _read("regions.csv")[1]


def _by_code(column: str) -> dict[int, str]:
    """Our ISO3 code per numeric COW or GW code."""
    return {int(s[column]): s["code"] for s in _states() if s[column]}


def _norm(text: str) -> str:
    """Fold case, diacritics and punctuation so spelling variants compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[.'’,]", "", text.casefold()).replace("-", " ")
    return " ".join(text.split())


def _shared(relative: str) -> Path:
    """A file under ../shared/data, or skip the test when it is absent."""
    path = _SHARED / relative
    if not path.exists():
        pytest.skip(f"reference file {relative} absent: ../shared/data not laid out")
    return path


def _read_rda(relative: str) -> list[dict[str, Any]]:
    """Rows of the single data frame in an R data file."""
    rdata = pytest.importorskip("rdata", reason="rdata reads the R data files")
    with warnings.catch_warnings():
        # rdata warns that readr's "collector" classes have no specific constructor.
        warnings.simplefilter("ignore")
        frames = rdata.read_rda(_shared(relative))
    frame = next(iter(frames.values()))
    return list(frame.to_dict("records"))


@cache
def _documented() -> frozenset[str]:
    """Difference keys listed under '## States' in docs/kb-differences.md."""
    text = _DIFFERENCES.read_text(encoding="utf-8")
    section = text.split("\n## States", 1)[1].split("\n## ", 1)[0]
    return frozenset(re.findall(r"^- `([^`]+)`", section, flags=re.MULTILINE))


def _assert_documented(prefix: str, found: set[str]) -> None:
    """The differences found equal those documented under that key prefix."""
    documented = {key for key in _documented() if key.startswith(prefix + ":")}
    new, stale = sorted(found - documented), sorted(documented - found)
    assert not new and not stale, (
        f"docs/kb-differences.md is out of date for {prefix}: "
        f"undocumented differences {new}; documented but no longer found {stale}. "
        "Explain each new difference there (or fix the CSV)."
    )


# --- the CSVs themselves ---------------------------------------------------------


def test_headers_follow_data_formats() -> None:
    assert _read("states.csv")[0] == _STATE_COLUMNS
    assert _read("state_names.csv")[0] == _NAME_COLUMNS
    assert _read("regions.csv")[0] == _REGION_COLUMNS


@pytest.mark.parametrize(
    "column",
    ["code", "iso2", "iso_numeric", "cow_code", "cow_abbrev", "gw_code", "cameo_code"],
)
def test_state_codes_are_unique(column: str) -> None:
    values = [s[column] for s in _states() if s[column]]
    assert len(values) == len(set(values)), sorted(
        v for v in set(values) if values.count(v) > 1
    )


def test_code_is_iso3() -> None:
    assert all(s["code"] == s["iso3"] for s in _states())
    assert all(re.fullmatch(r"[A-Z]{3}", s["code"]) for s in _states())


def test_iso_codes_agree_with_pycountry() -> None:
    for state in _states():
        country = pycountry.countries.get(alpha_3=state["iso3"])
        if state["code"] == "XKX":  # user-assigned, not in ISO 3166-1
            assert country is None and state["iso2"] == "XK"
            continue
        assert country is not None, state["code"]
        assert (state["iso2"], state["iso_numeric"]) == (
            country.alpha_2,
            country.numeric,
        ), state["code"]


def test_un_membership_and_status() -> None:
    states = {s["code"]: s for s in _states()}
    assert {s["status"] for s in states.values()} <= _STATUSES
    members = [s for s in states.values() if s["status"] == "un_member"]
    assert len(members) == 193
    assert all(s["un_member_since"] for s in members)
    assert not any(s["un_member_since"] for s in states.values() if s not in members)
    assert {c for c, s in states.items() if s["status"] == "un_observer"} == {
        "VAT",
        "PSE",
    }
    for code in ("XKX", "TWN", "ESH"):
        assert states[code]["status"] == "partially_recognised"


@pytest.mark.parametrize("name", ["states.csv", "state_names.csv", "regions.csv"])
def test_every_row_has_a_source(name: str) -> None:
    rows = _read(name)[1]
    assert rows
    assert all(row["source"].strip() for row in rows)


def test_dates_parse() -> None:
    for state in _states():
        if state["un_member_since"]:
            dt.date.fromisoformat(state["un_member_since"])
    for row in _names():
        start = row["valid_from"] and dt.date.fromisoformat(row["valid_from"])
        end = row["valid_to"] and dt.date.fromisoformat(row["valid_to"])
        if start and end:
            assert start < end, row
        if row["kind"] == "historical":
            assert end, f"historical name without valid_to: {row}"


def test_names_are_well_formed() -> None:
    codes = {s["code"] for s in _states()}
    seen: set[tuple[str, str, str]] = set()
    for row in _names():
        key = (row["code"], row["text"], row["kind"])
        assert key not in seen, f"duplicate {key}"
        seen.add(key)
        assert row["code"] in codes, row
        assert row["kind"] in _KINDS, row
        assert row["text"] == row["text"].strip() and row["text"], row
        if row["kind"] in {"capital", "seat", "metonym"}:
            assert row["sector"] in {"GOV", "MIL"}, row
        elif row["kind"] == "armed_group":
            # Armed groups inside one state are that state plus REB (guide §3.1).
            assert row["sector"] == "REB", row
        else:
            assert row["sector"] == "", row
        # Latin script only: native-script names cause false matches in English news.
        assert all(ord(ch) < 0x250 for ch in row["text"]), row
        if len(row["text"]) <= 2:
            assert row["text"] in _SHORT_FORMS, row


def test_every_state_is_named() -> None:
    texts = defaultdict(set)
    for row in _names():
        texts[row["code"]].add(row["text"])
    for state in _states():
        code = state["code"]
        assert state["name"] in texts[code], state["name"]
        assert state["official_name"] in texts[code], state["official_name"]
        for place in (state["capital"], state["seat_of_government"]):
            assert not place or place in texts[code], (code, place)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Georgia", {"GEO"}),
        ("Congo", {"COG", "COD"}),
        ("Korea", {"KOR", "PRK"}),
        ("Washington", {"USA"}),
        ("Jerusalem", {"ISR", "PSE"}),
    ],
)
def test_known_ambiguous_forms_are_marked(text: str, codes: set[str]) -> None:
    rows = [row for row in _names() if row["text"] == text]
    assert {row["code"] for row in rows} == codes
    assert all(row["ambiguous"] for row in rows)


def test_forms_naming_two_states_are_ambiguous() -> None:
    codes_by_text = defaultdict(set)
    for row in _names():
        codes_by_text[_norm(row["text"])].add(row["code"])
    shared = {text for text, codes in codes_by_text.items() if len(codes) > 1}
    unmarked = [
        row for row in _names() if _norm(row["text"]) in shared and not row["ambiguous"]
    ]
    assert not unmarked


def test_regions_are_places_with_claimants() -> None:
    codes = {s["code"] for s in _states()}
    names = {_norm(row["text"]): row for row in _names()}
    region_codes = [r["code"] for r in _regions()]
    assert len(region_codes) == len(set(region_codes))
    for region in _regions():
        assert re.fullmatch(r"R-[A-Z]+", region["code"]), region
        claimants = set(filter(None, region["claimants"].split("|")))
        if region["kind"] == _WATER:
            assert not claimants, region
        else:
            assert region["kind"] in _REGION_KINDS, region
            assert claimants and claimants <= codes, region
        for text in [region["name"], *filter(None, region["aliases"].split("|"))]:
            # A region that shares a surface form with a state must not resolve to
            # the state silently.
            row = names.get(_norm(text))
            assert row is None or row["ambiguous"], (region["code"], text)


def test_cow_and_gw_code_differences_are_documented() -> None:
    found = {
        f"cow-gw:{s['code']}:{s['cow_code']}:{s['gw_code']}"
        for s in _states()
        if s["cow_code"] != s["gw_code"]
    }
    _assert_documented("cow-gw", found)


# --- cross-checks against ../shared/data ------------------------------------------


def _cow_alive() -> dict[int, str]:
    """COW code -> abbreviation for members in the system on or after 1992-01-01."""
    alive = {}
    for row in _read_rda("alliances/cow_states.rda"):
        end = dt.date(int(row["endyear"]), int(row["endmonth"]), int(row["endday"]))
        if end >= _SYSTEM_FROM:
            alive[int(row["ccode"])] = str(row["stateabb"])
    return alive


def _gw_alive() -> tuple[dict[int, str], dict[int, str]]:
    """GW code -> abbreviation: in the system since 1992, and ever listed."""
    epoch = dt.date(1970, 1, 1)
    alive, listed = {}, {}
    for row in _read_rda("alliances/gw_states.rda"):
        code, abbrev = int(row["gwcode"]), str(row["stateabb"])
        listed[code] = abbrev
        if epoch + dt.timedelta(days=int(row["enddate"])) >= _SYSTEM_FROM:
            alive[code] = abbrev
    return alive, listed


@pytest.mark.shared
def test_cow_state_system_differences_are_documented() -> None:
    alive = _cow_alive()
    ours = {int(s["cow_code"]): s for s in _states() if s["cow_code"]}
    found = {f"cow:none:{s['code']}" for s in _states() if not s["cow_code"]}
    for code, abbrev in alive.items():
        if code not in ours:
            found.add(f"cow:unmatched:{code}:{abbrev}")
        elif ours[code]["cow_abbrev"] != abbrev:
            found.add(f"cow:abbrev:{ours[code]['code']}:{abbrev}")
    found |= {f"cow:unknown:{s['code']}" for c, s in ours.items() if c not in alive}
    _assert_documented("cow", found)


@pytest.mark.shared
def test_gw_state_system_differences_are_documented() -> None:
    alive, listed = _gw_alive()
    ours = {int(s["gw_code"]): s for s in _states() if s["gw_code"]}
    found = {f"gw:none:{s['code']}" for s in _states() if not s["gw_code"]}
    found |= {
        f"gw:unmatched:{code}:{abbrev}"
        for code, abbrev in alive.items()
        if code not in ours
    }
    # Codes from GW's separate microstates list are absent from this file.
    found |= {
        f"gw:microstate:{s['code']}:{code}"
        for code, s in ours.items()
        if code not in listed
    }
    found |= {
        f"gw:ended:{s['code']}:{code}"
        for code, s in ours.items()
        if code in listed and code not in alive
    }
    _assert_documented("gw", found)


@pytest.mark.shared
def test_capitals_csv_differences_are_documented() -> None:
    by_cow, by_gw = _by_code("cow_code"), _by_code("gw_code")
    latest: dict[str, dict[str, str]] = {}
    with _shared("alliances/capitals.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ccode, gwcode = row["ccode"], row["gwcode"]
            code = by_cow.get(int(ccode)) if ccode else by_gw.get(int(gwcode))
            if code is None:
                continue  # a state that no longer exists (Hanover, Tibet, ...)
            if code not in latest or int(row["styear"]) >= int(latest[code]["styear"]):
                latest[code] = row
    states = {s["code"]: s for s in _states()}
    found = {
        f"capitals:{code}:{row['capital']}"
        for code, row in latest.items()
        if _norm(row["capital"]) != _norm(states[code]["capital"])
    }
    _assert_documented("capitals", found)


@pytest.mark.shared
def test_un_ideal_point_codes_are_documented() -> None:
    path = _shared("un/IdealpointestimatesAll_Jun2024.csv")
    pairs = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            pairs.add((int(float(row["ccode"])), row["iso3c"]))
    by_cow = _by_code("cow_code")
    found = {
        f"unvotes:{ccode}:{iso3}" for ccode, iso3 in pairs if by_cow.get(ccode) != iso3
    }
    _assert_documented("unvotes", found)


def _demonym_parts(text: str) -> list[str]:
    """Split 'Antiguan, Barbudan' or 'Kittitian or Nevisian' into single forms."""
    return [part.strip() for part in re.split(r",| or ", text) if part.strip()]


def _english_alt_spelling(text: str) -> bool:
    """An alternative spelling in English: an abbreviation or an English long form."""
    if re.fullmatch(r"[A-Z][A-Z.]{2,}", text):
        return True
    words = (
        r"(Republic|Kingdom|State|Federation|Commonwealth|Union) of|(Republic|Islands)$"
    )
    return text.isascii() and re.search(words, text) is not None


@pytest.mark.shared
def test_countries_json_differences_are_documented() -> None:
    data = json.loads(_shared("countries/countries.json").read_text("utf-8"))
    states = {s["code"]: s for s in _states()}
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _names():
        forms[row["code"]][row["kind"]].add(_norm(row["text"]))
        forms[row["code"]]["any"].add(_norm(row["text"]))
    found = set()
    cca3s = {entry["cca3"] for entry in data}
    found |= {f"countries:absent:{code}" for code in states if code not in cca3s}
    for entry in data:
        code = entry["cca3"]
        if code not in states:
            if entry.get("unMember") or entry.get("independent") is not False:
                found.add(f"countries:unmatched:{code}")
            continue
        if entry.get("unMember") and states[code]["status"] != "un_member":
            found.add(f"countries:unmember:{code}")
        ours = forms[code]
        for text in (entry["name"]["common"], entry["name"]["official"]):
            if _norm(text) not in ours["any"]:
                found.add(f"countries:name:{code}:{text}")
        for capital in entry.get("capital", []):
            if _norm(capital) != _norm(states[code]["capital"]):
                found.add(f"countries:capital:{code}:{capital}")
        demonym = entry.get("demonyms", {}).get("eng", {}).get("m", "")
        for part in _demonym_parts(demonym):
            if _norm(part) not in ours["demonym"] | ours["adjective"]:
                found.add(f"countries:demonym:{code}:{part}")
        for text in entry.get("altSpellings", []):
            if _english_alt_spelling(text) and _norm(text) not in ours["any"]:
                found.add(f"countries:alt:{code}:{text}")
    _assert_documented("countries", found)
