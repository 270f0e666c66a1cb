"""English news spellings of places in conflict zones
(kb/state_names/conflict_places.csv, hand-written) and the disputed features of
the South China Sea (kb/regions.csv): an attack on the place targets its state."""

from __future__ import annotations

import csv
import datetime as dt
from importlib.resources import files

import pytest

from allegiance.kb.base import load_kb
from allegiance.kb.model import fold
from allegiance.pipeline import Pipeline

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


def _read(*parts: str) -> tuple[list[str], list[dict[str, str]]]:
    with _KB.joinpath(*parts).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def _places() -> list[dict[str, str]]:
    return _read("state_names", "conflict_places.csv")[1]


def _key(text: str) -> str:
    return fold(text).lower()


def test_rows_are_places_of_known_states_with_a_source() -> None:
    header, rows = _read("state_names", "conflict_places.csv")
    assert header == _COLUMNS
    assert len(rows) >= 500
    states = load_kb().states
    seen: set[str] = set()
    for row in rows:
        assert row["code"] in states, row
        assert row["kind"] == "city" and not row["sector"], row
        assert not (row["valid_from"] or row["valid_to"] or row["ambiguous"]), row
        assert "project-written" in row["source"], row
        assert row["text"] == row["text"].strip() and row["text"], row
        assert _key(row["text"]) not in seen, row  # one state per spelling
        seen.add(_key(row["text"]))


def test_no_row_repeats_or_contradicts_another_form() -> None:
    # The generated cities, the other hand-written places and every state name
    # already say what they name: a row here adds a spelling, never a rival.
    others: dict[str, set[str]] = {}
    for parts in (
        ("state_names.csv",),
        ("state_names", "cities.csv"),
        ("state_names", "places.csv"),
        ("state_names", "agencies.csv"),
    ):
        for row in _read(*parts)[1]:
            others.setdefault(_key(row["text"]), set()).add(row["code"])
    for region in _read("regions.csv")[1]:
        for text in [region["name"], *filter(None, region["aliases"].split("|"))]:
            others.setdefault(_key(text), set()).add(region["code"])
    clashes = [r["text"] for r in _places() if _key(r["text"]) in others]
    assert clashes == []


def test_disputed_places_follow_the_region_rule() -> None:
    by_text = {r["text"]: r["code"] for r in _places()}
    # Nagorno-Karabakh is Azerbaijan's (R-NKR), Crimea Ukraine's (R-CRIMEA);
    # Kashmir's towns belong to the state that administers them, as in cities.csv.
    for text in ("Stepanakert", "Khankendi", "Shusha", "Shushi", "Lachin"):
        assert by_text[text] == "AZE", text
    for text in ("Feodosia", "Dzhankoi", "Yevpatoria"):
        assert by_text[text] == "UKR", text
    assert by_text["Pahalgam"] == "IND" and by_text["Kotli"] == "PAK"
    # Russia's border regions are Russia's.
    for text in ("Belgorod region", "Kursk region", "Bryansk Oblast", "Sudzha"):
        assert by_text[text] == "RUS", text
    # Features claimed by several states are regions, never one state's place.
    for text in ("Spratly Islands", "Scarborough Shoal", "Paracel Islands"):
        assert text not in by_text, text


def test_south_china_sea_features_are_regions() -> None:
    regions = {r["name"]: r for r in _read("regions.csv")[1]}
    for name, first in (
        ("Spratly Islands", "VNM"),
        ("Paracel Islands", "CHN"),
        ("Scarborough Shoal", "PHL"),
        ("Second Thomas Shoal", "PHL"),
    ):
        claimants = regions[name]["claimants"].split("|")
        assert claimants[0] == first and "CHN" in claimants, name
        assert regions[name]["kind"] == "disputed", name


@pytest.mark.parametrize(
    ("text", "day", "source", "target"),
    [
        ("Russian forces shelled Zaporizhzhia overnight.", "2024-05-01", "RUS", "UKR"),
        ("Russian troops attacked Kupiansk again on Monday.", "2024-10-01", "RUS", "UKR"),
        ("Russian artillery pounded Chasiv Yar.", "2024-07-01", "RUS", "UKR"),
        ("Ukrainian drones attacked the Belgorod region.", "2024-03-01", "UKR", "RUS"),
        ("Israeli strikes hit Khan Younis.", "2024-01-10", "ISR", "PSE"),
        ("Israeli forces raided Tulkarm.", "2024-08-28", "ISR", "PSE"),
        ("Hamas fired rockets at Sderot.", "2023-10-07", "PSE", "ISR"),
        ("Israeli warplanes struck Nabatieh.", "2024-10-16", "ISR", "LBN"),
        ("American aircraft bombed Raqqa.", "2017-06-01", "USA", "SYR"),
        ("Saudi-led coalition jets bombed Marib.", "2021-03-01", "SAU", "YEM"),
        ("The United States bombed Fordow.", "2025-06-22", "USA", "IRN"),
        ("Azerbaijani forces shelled Jermuk.", "2022-09-13", "AZE", "ARM"),
        ("Armenian forces shelled Tartar.", "2020-10-05", "ARM", "AZE"),
        ("Chinese warships fired on Kinmen.", "2024-02-20", "CHN", "TWN"),
        ("Pakistani troops shelled Kupwara.", "2025-05-08", "PAK", "IND"),
        ("Pakistani jets bombed Paktika.", "2024-12-24", "PAK", "AFG"),
        ("Chinese coast guard ships attacked Second Thomas Shoal.", "2024-06-17",
         "CHN", "PHL"),
    ],
)  # fmt: skip
def test_an_attack_on_a_place_targets_its_state(
    pipeline: Pipeline, text: str, day: str, source: str, target: str
) -> None:
    events = pipeline.code_text(text, date=dt.date.fromisoformat(day))
    assert (source, target) in {(e.source, e.target) for e in events}


def test_a_place_name_that_is_a_word_matches_only_capitalised(
    pipeline: Pipeline,
) -> None:
    # "Tyre" (Lebanon) is a place; the word "tyre" is not.
    doc = pipeline.doc("Israeli jets struck Tyre.", date=dt.date(2024, 10, 23))
    assert [s.location_code or s.actor.code for s in doc._.actor_spans
            if s.text == "Tyre"] == ["LBN"]  # fmt: skip
    doc = pipeline.doc("Israel raised the tyre tax.", date=dt.date(2024, 10, 23))
    assert all(s.text != "tyre" for s in doc._.actor_spans)
