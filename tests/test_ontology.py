"""Tests for the CAMEO/PLOVER tables and allegiance.ontology."""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest

import allegiance.ontology as ontology_module
from allegiance.errors import ConfigError, OntologyError, UnknownCodeError
from allegiance.ontology import (
    CameoCode,
    Ontology,
    OntologySettings,
    PloverType,
    normalise_cameo,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "data"
CAMEO_DIR = SHARED / "cameo"
_skip_without_shared = pytest.mark.skipif(
    not CAMEO_DIR.is_dir(), reason=f"shared reference data not found at {SHARED}"
)


def needs_shared(test: Callable[..., None]) -> Callable[..., None]:
    """Mark a test as reading ../shared/data and skip it when that is absent."""
    return pytest.mark.shared(_skip_without_shared(test))


# Labels we changed from GDELT's CAMEO.eventcodes.txt (docs/ontology-choices.md §1).
RENAMED = {"033", "044", "0355", "2041", "101", "105", "106", "107", "108"}
# Codes whose goldstein_alt (Phoenix pipeline) differs from GDELT (§2).
PHOENIX_DIFFERS = {"016", "022", "124", "1246", "163", "165", "166"}
# Codes where our PLOVER type/mode differs from CAMEO2PLOVER-2021.txt (§5).
CROSSWALK_CHANGED = {
    "035", "0351", "0352", "0353", "0354", "0355", "0356",
    "055", "0813", "0814", "0842", "085", "09", "105", "112", "114", "116", "124",
    "1241", "1242", "132", "1321", "1322", "161", "163", "1712", "1722", "175",
    "183", "185", "186", "195", "20", "200", "201", "202", "203",
}  # fmt: skip
TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()


def read_table(name: str) -> list[dict[str, str]]:
    text = (files("allegiance") / "data" / "ontology" / name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def read_shared_tsv(name: str) -> dict[str, str]:
    lines = (CAMEO_DIR / name).read_text("utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if line.strip())


def read_crosswalk() -> dict[str, set[tuple[str | None, str | None]]]:
    out: dict[str, set[tuple[str | None, str | None]]] = {}
    text = (CAMEO_DIR / "CAMEO2PLOVER-2021.txt").read_text("utf-8")
    for code, body in re.findall(r"^(\d{2,4}):([^#\n]*)", text, flags=re.M):
        parts = [p.strip() for p in body.split(",")]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        out.setdefault(code, set()).add((parts[0] or None, mode))
    return out


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_table("cameo_codes.csv")


# --- the tables ---------------------------------------------------------------


def test_codes_are_unique_and_well_formed(rows: list[dict[str, str]]) -> None:
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) == 311
    assert all(re.fullmatch(r"(0[1-9]|1\d|20)\d{0,2}", c) for c in codes)
    assert {c for c in codes if len(c) == 2} == {f"{i:02d}" for i in range(1, 21)}
    for r in rows:
        assert r["root"] == r["code"][:2]
        assert r["code"][:-1] in codes or len(r["code"]) == 2, r["code"]
        assert r["name"] == " ".join(r["name"].split()) != ""


def test_values_in_range_and_constant_within_roots(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert -10 <= float(r["goldstein"]) <= 10
        assert r["goldstein_alt"] == "" or -10 <= float(r["goldstein_alt"]) <= 10
    quads = {(r["root"], r["quad_gdelt"], r["quad_phoenix"]) for r in rows}
    assert len(quads) == 20
    assert {int(q[1]) for q in quads} == {1, 2, 3, 4}
    assert {int(q[2]) for q in quads} == {0, 1, 2, 3, 4}


def test_crosswalk_points_at_known_types_and_modes(rows: list[dict[str, str]]) -> None:
    modes = {(m["type"], m["mode"]) for m in read_table("plover_modes.csv")}
    for r in rows:
        if r["root"] == "01":
            assert r["plover_type"] == r["plover_mode"] == "", r["code"]
            continue
        if r["root"] == "02":
            # Appeals are REQUEST, in the mode of the parallel demand (10x).
            twin = next(t for t in rows if t["code"] == "10" + r["code"][2:])
            assert (r["plover_type"], r["plover_mode"]) == (
                "REQUEST",
                twin["plover_mode"],
            )
            continue
        assert r["plover_type"] in TYPES, r["code"]
        assert not r["plover_mode"] or (r["plover_type"], r["plover_mode"]) in modes
    assert {r["plover_type"] for r in rows} - {""} == set(TYPES)


def test_plover_tables() -> None:
    types = read_table("plover_types.csv")
    assert [t["type"] for t in types] == TYPES
    by_name = {t["type"]: t for t in types}
    assert float(by_name["ACCUSE"]["score"]) == -3  # the manual's "3" is a sign typo
    assert {t["type"] for t in types if t["requires_recipient"] == "true"} == {
        "COOPERATE",
        "AID",
        "SANCTION",
    }
    quads = [int(by_name[t]["quad"]) for t in TYPES]
    assert quads == [1] * 4 + [2] * 3 + [3] * 4 + [4] * 5
    modes = read_table("plover_modes.csv")
    assert len(modes) == 67 and len({(m["type"], m["mode"]) for m in modes}) == 67
    assert {m["type"] for m in modes} <= set(TYPES)
    unscored = [(m["type"], m["mode"]) for m in modes if not m["score"]]
    assert unscored == [("PROTEST", "vandalize")]  # the manual's table omits it
    contexts = read_table("plover_contexts.csv")
    assert len({c["context"] for c in contexts}) == len(contexts) == 37
    for row in [*types, *modes, *contexts]:
        assert row["definition"].endswith(".") and len(row["definition"]) < 240


# --- the API ------------------------------------------------------------------


def test_public_names() -> None:
    assert set(ontology_module.__all__) == {
        "CameoCode",
        "Ontology",
        "OntologySettings",
        "PloverType",
        "normalise_cameo",
    }
    for cls in (CameoCode, PloverType, OntologySettings):
        assert dataclasses.is_dataclass(cls) and "__slots__" in vars(cls)
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("raw", "code"),
    [("161", "161"), (" 010 ", "010"), ("36", "036"), ("211", "0211"),
     ("0161", "161"), ("161.0", "161"), (163, "163"), ("10", "10"), ("2", "02"),
     ("21", "021")],
)  # fmt: skip
def test_normalise_cameo(raw: str | int, code: str) -> None:
    assert normalise_cameo(raw) == code


def test_unknown_codes_raise_with_a_hint(onto: Ontology) -> None:
    with pytest.raises(UnknownCodeError, match="Did you mean 166 or 1661"):
        onto.cameo("1664")
    for garbage in ("", "abc", "22222", "1999", "16a", "-16"):
        with pytest.raises(UnknownCodeError):
            normalise_cameo(garbage)
        assert not onto.has_cameo(garbage)
    assert issubclass(UnknownCodeError, OntologyError) and issubclass(
        UnknownCodeError, KeyError
    )


def test_lookups(onto: Ontology) -> None:
    assert Ontology.load() is onto is Ontology.load(OntologySettings())
    code = onto.cameo("163")
    assert (code.name, code.goldstein, code.quad_class) == (
        "Impose embargo, boycott, or sanctions",
        -8.0,
        4,
    )
    assert onto.to_plover("163") == ("SANCTION", "discontinue")
    assert onto.to_plover("20") == ("ASSAULT", "unconventional")
    assert onto.to_plover("010") == (None, None)
    assert onto.has_cameo("0211") and onto.has_cameo(36)
    assert len(onto.codes()) == 311 and len(onto.plover_types()) == 16


def test_settings_switch_values() -> None:
    gdelt = Ontology.load()
    alt = Ontology.load(OntologySettings(goldstein="alt"))
    changed = {c.code for c in gdelt.codes() if alt.goldstein(c.code) != c.goldstein}
    assert changed == PHOENIX_DIFFERS
    assert (gdelt.goldstein("016"), alt.goldstein("016")) == (-2.0, 3.4)

    plover = Ontology.load(OntologySettings(quad="plover"))
    plover3 = Ontology.load(OntologySettings(quad="plover", sanction_quad=3))
    phoenix = Ontology.load(OntologySettings(quad="phoenix"))
    assert [gdelt.quad_class(c) for c in ("09", "16", "14", "01")] == [2, 4, 3, 1]
    assert [phoenix.quad_class(c) for c in ("09", "16", "14", "01")] == [3, 3, 4, 0]
    assert [plover.quad_class(c) for c in ("09", "16", "0813", "01")] == [3, 4, 1, 1]
    assert plover3.quad_class("16") == plover3.plover("SANCTION").quad_class == 3
    assert gdelt.plover("SANCTION").quad_class == 4
    with pytest.raises(ConfigError, match="sanction_quad"):
        Ontology.load(OntologySettings(sanction_quad=5))  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="quad"):
        Ontology.load(OntologySettings(quad="icews"))  # type: ignore[arg-type]


def test_plover_names_old_and_new(onto: Ontology) -> None:
    assert onto.plover("accuse").name == "ACCUSE"
    assert onto.plover("DEMAND").name == "REQUEST"
    assert onto.plover("FIGHT").name == "ASSAULT"
    assert onto.plover_score("INVESTIGATE") == onto.plover_score(
        "ACCUSE", "investigate"
    )
    assert onto.plover_score("YIELD", "release") == onto.plover_score(
        "RETREAT", "release"
    )
    for retired in ("YIELD", "CRIME"):
        with pytest.raises(UnknownCodeError, match="retired"):
            onto.plover(retired)
    with pytest.raises(UnknownCodeError, match="Did you mean ACCUSE"):
        onto.plover("ACUSE")
    with pytest.raises(UnknownCodeError, match="no mode 'arrest'"):
        onto.plover_score("SANCTION", "arrest")


def test_plover_scores(onto: Ontology) -> None:
    assert onto.plover_score("ACCUSE") == -3.0
    assert onto.plover_score("ASSAULT", "heavy_weapons") == -9.5
    assert onto.plover_score("PROTEST", "vandalize") == onto.plover_score("PROTEST")
    assert onto.plover_score("CONSULT", "visit") == 4.0


def test_cameo_for_plover_round_trips(onto: Ontology) -> None:
    mapped = {(c.plover_type, c.plover_mode) for c in onto.codes()}
    for ptype in onto.plover_types():
        for mode in (None, *ptype.modes):
            code = onto.cameo(onto.cameo_for_plover(ptype.name, mode))
            assert code.plover_type == ptype.name, (ptype.name, mode)
            if mode and (ptype.name, mode) in mapped:
                assert code.plover_mode == mode, (ptype.name, mode, code.code)
    assert onto.cameo_for_plover("CONSULT", "visit") == "042"
    assert onto.cameo_for_plover("ACCUSE") == "110"
    assert onto.cameo_for_plover("RETREAT", "resign") == onto.cameo_for_plover(
        "RETREAT"
    )


# --- cross-checks against the public tables (../shared/data) ------------------


@needs_shared
def test_codes_and_goldstein_equal_gdelt(rows: list[dict[str, str]]) -> None:
    scores = read_shared_tsv("CAMEO.goldsteinscale.txt")
    assert [r["code"] for r in rows] == list(scores)
    assert all(float(r["goldstein"]) == float(scores[r["code"]]) for r in rows)


@needs_shared
def test_names_match_gdelt_except_documented(rows: list[dict[str, str]]) -> None:
    names = read_shared_tsv("CAMEO.eventcodes.txt")
    differ = {
        r["code"]
        for r in rows
        if r["name"].lower() != " ".join(names[r["code"]].split()).lower()
    }
    assert differ == RENAMED


@needs_shared
def test_goldstein_alt_is_the_phoenix_table(rows: list[dict[str, str]]) -> None:
    # gdeltPyR's cameoCodeTable.tsv carries the Phoenix values (it lacks 1246).
    lines = (CAMEO_DIR / "cameoCodeTable.tsv").read_text("utf-8").splitlines()[1:]
    other = {p[0]: float(p[2]) for p in (line.split("\t") for line in lines)}
    ours = {r["code"]: r for r in rows}
    differ = {
        c for c, v in other.items() if c in ours and v != float(ours[c]["goldstein"])
    }
    assert differ == PHOENIX_DIFFERS - {"1246"} and "1246" not in other
    for code in differ:
        assert float(ours[code]["goldstein_alt"]) == other[code]
    assert {c for c, r in ours.items() if r["goldstein_alt"]} == PHOENIX_DIFFERS


@needs_shared
def test_crosswalk_differs_only_where_documented(rows: list[dict[str, str]]) -> None:
    crosswalk = read_crosswalk()
    ours = {
        r["code"]: (r["plover_type"] or None, r["plover_mode"] or None) for r in rows
    }
    assert set(crosswalk) - set(ours) == {"1213", "1214"}  # not in GDELT's table
    assert set(ours) - set(crosswalk) == {c for c in ours if c[:2] in {"01", "02"}}
    differ = {
        c for c, pair in ours.items() if c in crosswalk and pair not in crosswalk[c]
    }
    assert differ == CROSSWALK_CHANGED
    doc = (REPO / "docs" / "ontology-choices.md").read_text("utf-8")
    for code in CROSSWALK_CHANGED | RENAMED | PHOENIX_DIFFERS:
        assert f"`{code}`" in doc, f"{code} is not documented"
    for code in differ:
        assert "crosswalk 2021:" in ours_note(rows, code)


def ours_note(rows: list[dict[str, str]], code: str) -> str:
    return next(r["note"] for r in rows if r["code"] == code)


def read_gdelt_rows(name: str) -> list[dict[str, str]]:
    with (SHARED / "gdelt" / name).open(encoding="utf-8") as handle:
        header, *body = list(csv.reader(handle))
    # may13.csv has an unnamed leading index column: align on the right.
    return [
        dict(zip(header, row[len(row) - len(header) :], strict=True)) for row in body
    ]


@needs_shared
@pytest.mark.parametrize("name", ["feb2012.csv", "may13.csv"])
def test_gdelt_rows_agree_with_our_quad_and_goldstein(
    onto: Ontology, name: str
) -> None:
    events = read_gdelt_rows(name)
    assert len(events) > 3000
    for event in events:
        code = onto.cameo(event["EventCode"])
        assert code.root == event["EventRootCode"], event["EventCode"]
        assert code.quad_class == int(event["QuadClass"]), event["EventCode"]
        assert code.goldstein == float(event["GoldsteinScale"]), event["EventCode"]


@needs_shared
def test_plv_gold_quads_match_default_plover_quads(onto: Ontology) -> None:
    with (SHARED / "gold" / "plv_train.tsv").open(encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle, delimiter="\t"))
    by_root: dict[str, Counter[str]] = {}
    for row in gold:
        by_root.setdefault(row["gold_root"], Counter())[row["gold_penta"]] += 1
    for root, counts in by_root.items():
        name = "RETREAT" if root == "YIELD" else root  # YIELD here is material (2)
        assert int(counts.most_common(1)[0][0]) == onto.plover(name).quad_class, root
