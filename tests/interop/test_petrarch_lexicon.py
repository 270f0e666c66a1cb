"""Converting a PETRARCH verb dictionary into Allegiance lexicon entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegiance.interop.petrarch.lexicon import to_lexicon
from allegiance.interop.petrarch.verbs import read_verb_dictionary
from allegiance.nlp.lexicon import load_lexicon

VERBS = """\
&ARMS_
+ARTILLERY
+HEAVY_WEAPONS

--- ATTACK [190] ---
ATTACK
ASSAULT
- * &ARMS [194]
- * TROOPS [1822]
- $ * + [193]
- WILL * [180]
- * (WITH) [173]

--- BREAK [---] ---
+BREAK_OFF {+BREAKS_OFF +BROKE_OFF +BROKEN_OFF +BREAKING_OFF}
WIRE_+TAP [1711]
- * RELATIONS [161]
- *_DOWN [161]

--- MEET [031:031] ---
MEET {MEETS MET MEETING}
- * XYZ [174K]
"""


@pytest.fixture
def entries(tmp_path: Path) -> list[dict[str, object]]:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, "utf-8")
    return to_lexicon(read_verb_dictionary(path))


def test_simple_entries_convert(entries: list[dict[str, object]]) -> None:
    by_id = {e["id"]: e for e in entries}
    assert by_id["petrarch.attack.190"]["trigger"] == "attack|assault"
    assert by_id["petrarch.attack.190"]["example"] == "France attacked Germany."
    assert by_id["petrarch.attack.p1"]["requires"] == [
        "artillery", "heavy weapons",
    ]  # fmt: skip
    assert by_id["petrarch.attack.p2"]["cameo"] == "1822"
    assert by_id["petrarch.attack.p5"]["target"] == ["with"]
    assert by_id["petrarch.break.p1"]["trigger"] == "break off"
    assert by_id["petrarch.break.p2"]["trigger"] == "break off down"
    assert by_id["petrarch.meet.031"]["symmetric"] is True
    assert str(by_id["petrarch.attack.p1"]["source"]).endswith("verbs.txt:8")


def test_what_cannot_convert_is_left_out(entries: list[dict[str, object]]) -> None:
    ids = {e["id"] for e in entries}
    assert "petrarch.attack.p3" not in ids  # $ and + slots
    assert "petrarch.attack.p4" not in ids  # a word before the verb
    assert "petrarch.meet.p1" not in ids  # 174K is no CAMEO code
    assert not any("wire" in str(e["trigger"]) for e in entries)  # WIRE_+TAP


def test_entries_load_as_a_lexicon_file(
    entries: list[dict[str, object]], tmp_path: Path
) -> None:
    path = tmp_path / "petrarch.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")
    lexicon = load_lexicon([path])
    mine = {t.id: t for t in lexicon.triggers if t.id.startswith("petrarch.")}
    assert set(mine) == {e["id"] for e in entries}
    assert mine["petrarch.attack.p1"].requires == ("artillery", "heavy weapons")
    assert mine["petrarch.attack.p5"].target_preps == ("with",)
