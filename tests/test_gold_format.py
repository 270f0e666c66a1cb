"""Validate the project's own gold sets (eval/gold/own_*.jsonl) against the guide."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest

_REPO = Path(__file__).resolve().parents[1]
_GOLD = _REPO / "eval" / "gold"
_PROJECT_CAMEO = _REPO / "src" / "allegiance" / "data" / "ontology" / "cameo_codes.csv"
_SHARED_CAMEO = _REPO / ".." / "shared" / "data" / "cameo" / "CAMEO.eventcodes.txt"
_FILES = ["own_dev.jsonl", "own_test.jsonl"]

Item = dict[str, Any]
Event = dict[str, Any]

_ITEM_KEYS = {"id", "text", "date", "events", "tags"}
_EVENT_KEYS = {
    "source", "target", "cameo", "plover", "mode", "alliance_move", "negated",
    "modality", "reported", "source_sector", "target_sector", "evidence",
}  # fmt: skip
_ORGS = {
    "CSTO", "NATO", "EU", "EAEU", "CIS", "SCO", "BRICS", "UN", "UNSC", "OSCE", "COE",
    "AU", "ASEAN", "GCC", "LAS", "OAS", "QUAD", "AUKUS", "G7", "G20",
    # Added with the 2026 organisations (docs/annotation-guide.md §2 and §3).
    "ECOWAS", "AES", "OPEC", "OPEC_PLUS", "IAEA", "ICC", "ICJ", "IMF", "WORLD_BANK",
    "WTO", "WHO", "OPCW", "OIC", "SADC", "EAC", "IGAD", "MERCOSUR", "APEC",
    "INTERPOL", "PIF", "CARICOM", "ECCAS", "ANDEAN",
    # The third round (docs/annotation-guide.md §2 and §3).
    "COMMONWEALTH", "OECD", "CELAC", "ALBA", "UNASUR", "V4", "NORDIC_COUNCIL",
    "ARCTIC_COUNCIL", "NONALIGNED", "G77", "ANZUS", "FIVE_EYES", "BSEC", "ECO",
    "SAARC", "BIMSTEC", "OIF", "CPLP", "SICA", "PACIFIC_ALLIANCE", "FATF", "B9",
    "THREE_SEAS", "WEIMAR", "AIIB", "NDB",
}  # fmt: skip
_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP", "SPY", "REB", "OPP", "CVL", "BUS", "MED"}
_MODALITIES = {"asserted", "future", "hypothetical", "conditional"}
_TAGS = {
    "compound_actor", "passive", "appositive_title", "reported_speech", "negation",
    "modality_future", "modality_hypothetical", "modality_conditional", "pronoun",
    "definite_description", "multi_event", "alliance_move", "nominalisation",
    "phrasal_verb", "metonym", "no_event", "demonym",
}  # fmt: skip
# PLOVER types and their modes (PLOVER manual, "Event Categories"); types with no
# modes take mode null.
_MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {
        "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize",
    },
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
        "withhold", "misinformation", "cyber",
    },
    "ASSAULT": {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
        "firearms", "explosives", "suicide-attack", "aerial", "drone",
        "heavy-weapons", "crowd-control", "unconventional",
    },
}  # fmt: skip
# Modes the guide fixes for a CAMEO code or code prefix (longest prefix wins).
# None in a set means "mode null is allowed"; prefixes not listed are free.
_CODE_MODES: dict[str, set[str | None]] = {
    "040": {None, "multilateral"}, "041": {"phone"}, "042": {"visit"},
    "043": {"visit"}, "044": {"third-party"}, "045": {None}, "046": {None},
    "0841": {"release"}, "0842": {None}, "085": {None}, "086": {"access"},
    "087": {"ceasefire"}, "0871": {None}, "0872": {"access"}, "0873": {"disarm"},
    "0874": {"withdraw"},
    "09": {"investigate"},
    "101": {"assist"}, "102": {"assist"}, "103": {"assist"}, "104": {"change"},
    "105": {"yield"}, "1051": {"yield"}, "1052": {"yield"}, "1053": {"yield"},
    "1054": {"yield"}, "1055": {"yield"}, "1056": {"yield"}, "106": {"meet"},
    "107": {"meet"}, "108": {"meet"},
    "110": {"disapprove"}, "111": {"disapprove"}, "112": {"allege"},
    "113": {"disapprove"}, "114": {"disapprove"}, "115": {"allege"},
    "116": {"convict"},
    "120": {None}, "121": {"assist"}, "122": {"assist"}, "123": {"change"},
    "124": {"yield"}, "125": {"meet"}, "126": {"meet"}, "127": {"meet"},
    "129": {None},
    "1311": {"relations"}, "1312": {"restrict"}, "1313": {"relations", "expel"},
    "1381": {"restrict"}, "1382": {"territory"}, "1383": {"violence"},
    "1384": {"violence"}, "1385": {"violence"}, "137": {"violence"},
    "141": {"demo"}, "142": {"hunger"}, "143": {"strike", "boycott"},
    "144": {"obstruct"}, "145": {"riot"},
    "150": {"troops", "weapons", "police", "militia"}, "151": {"police"},
    "152": {"troops", "weapons"}, "153": {"police"}, "154": {"troops", "militia"},
    "160": {"withdraw", "discontinue"}, "161": {"withdraw", "discontinue"},
    "162": {"discontinue"}, "163": {"discontinue"}, "164": {"withdraw"},
    "165": {"withdraw"}, "166": {"expel", "withdraw"},
    "171": {"seize"}, "172": {"restrict"}, "1721": {"censor", "restrict"},
    "1723": {"curfew"}, "1724": {"martial-law"}, "173": {"arrest"},
    "174": {"deport"}, "175": {"crowd-control", "beat"},
    "181": {"abduct"}, "182": {"beat", "primitive"}, "1821": {"sexual"},
    "1822": {"torture"}, "183": {"explosives", "suicide-attack"},
    "1831": {"suicide-attack"}, "1832": {"explosives"}, "1833": {"explosives"},
    "185": {"targeted"}, "186": {"targeted"}, "1712": {"destroy"},
    "191": {"restrict"}, "192": {"seize"}, "193": {"firearms"},
    "194": {"heavy-weapons"}, "195": {"aerial", "drone"}, "202": {"targeted"},
    "204": {"unconventional"},
}  # fmt: skip
_RETREAT_CODES = {
    "084", "0841", "0842", "085", "086", "0861", "0862", "0863", "087", "0872",
    "0873", "0874",
}  # fmt: skip
# The one CAMEO code (per PLOVER type) each alliance move is coded with.
_MOVE_CODES: dict[str, set[tuple[str, str]]] = {
    "join": {("SUPPORT", "057"), ("AGREE", "030")},
    "apply": {("AGREE", "030")},
    "freeze": {("SANCTION", "161"), ("THREATEN", "1313"), ("THREATEN", "139")},
    "withdraw": {("SANCTION", "161"), ("THREATEN", "1313"), ("THREATEN", "139")},
    "suspend": {
        ("SANCTION", "161"), ("SANCTION", "166"), ("THREATEN", "1313"),
        ("THREATEN", "139"),
    },
    "expel": {("SANCTION", "166"), ("THREATEN", "1313"), ("THREATEN", "139")},
    "invoke_assistance": {("REQUEST", "0234")},
    "refuse_assistance": {("REJECT", "1224")},
    "refuse_declaration": {("REJECT", "120")},
    "skip_summit": {("REJECT", "125")},
}  # fmt: skip
_MEMBER_MOVES = {"join", "apply", "freeze", "withdraw", "refuse_declaration"}
_REQUIRES_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
_FORCEFUL = {"ASSAULT", "COERCE", "SANCTION"}
_ALLIANCE_ACTORS = {"ARM", "AZE", "RUS", "CSTO", "EU", "NATO", "EAEU", "CIS"}
_MIN_TYPE_EVENTS = 10
_MIN_MOVE_EVENTS = 5
_MIN_TAG_ITEMS = 8
_MIN_ALLIANCE_ITEMS = 30


@cache
def _load(name: str) -> tuple[Item, ...]:
    path = _GOLD / name
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def _events(name: str) -> list[Event]:
    return [ev for item in _load(name) for ev in item["events"]]


@cache
def _state_codes() -> frozenset[str]:
    return frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})


@cache
def _cameo_codes() -> frozenset[str] | None:
    if _PROJECT_CAMEO.exists():
        with _PROJECT_CAMEO.open(encoding="utf-8") as fh:
            return frozenset(row["code"] for row in csv.DictReader(fh))
    if _SHARED_CAMEO.exists():
        with _SHARED_CAMEO.open(encoding="latin-1") as fh:
            rows = [line.split("\t")[0] for line in fh.read().splitlines()[1:]]
        return frozenset(code for code in rows if code)
    return None


def _type_for_code(code: str) -> set[str]:
    """Return the PLOVER types the guide allows for a CAMEO code."""
    root = code[:2]
    if root == "03":
        return {"CONCEDE"} if code.startswith("035") else {"AGREE"}
    if root == "05":
        return {"CONCEDE"} if code == "055" else {"SUPPORT"}
    if root == "08":
        if code in _RETREAT_CODES:
            return {"RETREAT"}
        return {"CONCEDE", "RETREAT"} if code == "0831" else {"CONCEDE"}
    if root == "11":
        return {"SANCTION"} if code == "116" else {"ACCUSE"}
    if root == "17":
        return {"ASSAULT"} if code in {"175", "1712"} else {"COERCE"}
    if root == "19":
        return {"COERCE"} if code in {"191", "192"} else {"ASSAULT"}
    fixed = {
        "02": "REQUEST", "04": "CONSULT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
        "10": "REQUEST", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
        "15": "MOBILIZE", "16": "SANCTION", "18": "ASSAULT", "20": "ASSAULT",
    }  # fmt: skip
    return {fixed[root]} if root in fixed else set()


def _code_modes(code: str) -> set[str | None] | None:
    for length in range(len(code), 1, -1):
        if code[:length] in _CODE_MODES:
            return _CODE_MODES[code[:length]]
    return None


def _is_actor(code: object) -> bool:
    return isinstance(code, str) and (code in _ORGS or code in _state_codes())


@pytest.fixture(params=_FILES)
def name(request: pytest.FixtureRequest) -> str:
    if not (_GOLD / request.param).exists():
        pytest.fail(f"{request.param} is missing from eval/gold/")
    return str(request.param)


def test_item_schema(name: str) -> None:
    prefix = "own-dev" if "dev" in name else "own-test"
    items = _load(name)
    for n, item in enumerate(items, 1):
        assert set(item) == _ITEM_KEYS, item.get("id")
        assert item["id"] == f"{prefix}-{n:04d}", "ids must run 0001, 0002, ..."
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        day = dt.date.fromisoformat(item["date"])
        assert dt.date(2000, 1, 1) <= day <= dt.date(2025, 12, 31), item["id"]
        assert isinstance(item["events"], list), item["id"]
        assert isinstance(item["tags"], list), item["id"]
        assert len(set(item["tags"])) == len(item["tags"]), item["id"]
        assert set(item["tags"]) <= _TAGS, (item["id"], set(item["tags"]) - _TAGS)
    texts = Counter(item["text"] for item in items)
    assert max(texts.values()) == 1, "duplicate texts"


def test_event_schema(name: str) -> None:
    for item in _load(name):
        seen = set()
        for ev in item["events"]:
            where = (item["id"], ev.get("evidence"))
            assert set(ev) == _EVENT_KEYS, where
            assert ev["plover"] in _MODES, where
            assert ev["modality"] in _MODALITIES, where
            assert isinstance(ev["negated"], bool), where
            assert isinstance(ev["reported"], bool), where
            assert isinstance(ev["evidence"], str) and ev["evidence"], where
            assert ev["evidence"] in item["text"], where
            key = json.dumps(ev, sort_keys=True)
            assert key not in seen, ("duplicate event", where)
            seen.add(key)


def test_actor_codes_and_sectors(name: str) -> None:
    for item in _load(name):
        for ev in item["events"]:
            where = (item["id"], ev["evidence"])
            assert _is_actor(ev["source"]), where
            assert ev["target"] is None or _is_actor(ev["target"]), where
            for side in ("source", "target"):
                sector = ev[f"{side}_sector"]
                assert sector is None or sector in _SECTORS, where
                if ev[side] in _ORGS or ev[side] is None:
                    assert sector is None, ("organisations take no sector", where)
            same = (ev["source"], ev["source_sector"]) == (
                ev["target"],
                ev["target_sector"],
            )
            assert not same, ("source equals target", where)
            if ev["plover"] in _REQUIRES_RECIPIENT:
                assert ev["target"] is not None, ("type needs a recipient", where)


def test_cameo_codes_exist(name: str) -> None:
    table = _cameo_codes()
    if table is None:
        pytest.skip("no CAMEO table: neither the project's nor ../shared/data's")
    for item in _load(name):
        for ev in item["events"]:
            assert re.fullmatch(r"\d{3,4}", ev["cameo"]), (item["id"], ev["cameo"])
            assert ev["cameo"] in table, (item["id"], ev["cameo"])


def test_plover_type_matches_cameo(name: str) -> None:
    for item in _load(name):
        for ev in item["events"]:
            allowed = _type_for_code(ev["cameo"])
            assert ev["plover"] in allowed, (item["id"], ev["cameo"], ev["plover"])
            if ev["cameo"] == "0831" and ev["plover"] == "RETREAT":
                assert ev["mode"] == "resign", item["id"]


def test_modes(name: str) -> None:
    for item in _load(name):
        for ev in item["events"]:
            where = (item["id"], ev["cameo"], ev["mode"])
            modes = _MODES[ev["plover"]]
            assert ev["mode"] is None or ev["mode"] in modes, where
            fixed = _code_modes(ev["cameo"])
            assert fixed is None or ev["mode"] in fixed, where


def test_alliance_moves(name: str) -> None:
    for item in _load(name):
        for ev in item["events"]:
            move = ev["alliance_move"]
            if move is None:
                continue
            where = (item["id"], move, ev["evidence"])
            assert move in _MOVE_CODES, where
            assert (ev["plover"], ev["cameo"]) in _MOVE_CODES[move], where
            src_org, tgt_org = ev["source"] in _ORGS, ev["target"] in _ORGS
            if move in _MEMBER_MOVES or move == "skip_summit":
                assert tgt_org, ("the organisation is the target", where)
            elif move == "suspend":
                self_suspension = ev["cameo"] in {"161", "1313", "139"} and tgt_org
                assert self_suspension or src_org, where
            elif move == "expel":
                assert src_org and not tgt_org, where
            elif move == "invoke_assistance":
                assert not src_org and ev["target"] is not None, where
            elif move == "refuse_assistance":
                assert not tgt_org and ev["target"] is not None, where


def test_modality_rules(name: str) -> None:
    for item in _load(name):
        for ev in item["events"]:
            where = (item["id"], ev["evidence"], ev["plover"], ev["modality"])
            if ev["modality"] in {"future", "conditional"}:
                # promised/offered cooperation is AGREE; promised retreat is CONCEDE
                assert ev["plover"] not in _COOPERATIVE, where
            if ev["modality"] in {"hypothetical", "conditional"}:
                # hypothetical or conditional force/coercion/sanction is THREATEN
                assert ev["plover"] not in _FORCEFUL, where
            if ev["cameo"].startswith("03"):
                if ev["alliance_move"] == "apply":
                    continue
                assert ev["modality"] != "asserted", ("intent is not asserted", where)


def test_tags_agree_with_events(name: str) -> None:
    for item in _load(name):
        tags, evs = set(item["tags"]), item["events"]
        where = item["id"]
        assert ("no_event" in tags) == (not evs), where
        assert ("alliance_move" in tags) == any(e["alliance_move"] for e in evs), where
        assert ("multi_event" in tags) == (len({e["evidence"] for e in evs}) > 1), where
        if any(e["negated"] for e in evs):
            assert "negation" in tags, where
        if any(e["reported"] for e in evs):
            assert "reported_speech" in tags, where
        for modality in ("future", "hypothetical", "conditional"):
            has = any(e["modality"] == modality for e in evs)
            assert (f"modality_{modality}" in tags) == has, (where, modality)


def test_coverage(name: str) -> None:
    items, evs = _load(name), _events(name)
    types = Counter(ev["plover"] for ev in evs)
    for plover in _MODES:
        assert types[plover] >= _MIN_TYPE_EVENTS, (plover, types[plover])
    moves = Counter(ev["alliance_move"] for ev in evs if ev["alliance_move"])
    for move in _MOVE_CODES:
        assert moves[move] >= _MIN_MOVE_EVENTS, (move, moves[move])
    tags = Counter(tag for item in items for tag in item["tags"])
    for tag in _TAGS:
        assert tags[tag] >= _MIN_TAG_ITEMS, (tag, tags[tag])
    alliance = [
        item
        for item in items
        if any(
            ev["source"] in _ALLIANCE_ACTORS or ev["target"] in _ALLIANCE_ACTORS
            for ev in item["events"]
        )
    ]
    assert len(alliance) >= _MIN_ALLIANCE_ITEMS
    share = tags["no_event"] / len(items)
    assert 0.08 <= share <= 0.2, f"no-event share {share:.2f} should be about 12%"


def test_sizes_and_independence() -> None:
    dev, test = _load("own_dev.jsonl"), _load("own_test.jsonl")
    assert len(dev) >= 180 and len(test) >= 230 and len(dev) + len(test) >= 400
    # The held-out file is the larger (annotation guide, section 10): after the
    # development round of 2026-11-28 made dev the larger, the next gold round added
    # 95 test items; it never shrinks below the 383 it then held.
    assert len(test) >= len(dev), "a dev round must be followed by a test round"
    assert len(test) >= 383, "the held-out file never shrinks"

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z0-9']+", text.lower()))

    dev_words = [words(item["text"]) for item in dev]
    for item in test:
        mine = words(item["text"])
        for other in dev_words:
            overlap = len(mine & other) / len(mine | other)
            assert overlap < 0.6, ("test item mirrors a dev item", item["id"])
