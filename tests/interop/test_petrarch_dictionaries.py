"""PETRARCH dictionary readers: verbs, actors, agents and discards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.interop.petrarch.dictionaries import (
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_list,
    read_verb_dictionary,
)

from ..conftest import SHARED_DATA, needs_shared

PETRARCH = SHARED_DATA / "petrarch"

VERBS = """\
<!-- a test dictionary: fictional, written for these tests -->
&COIN
+CROWNS
+SILVER_MARK

&ANYTHING_
+&COIN
+GRAIN

--- ATTACK [190] ---
ATTACK
STRIKE {STRIKES STRUCK STRIKING} [193]
+CUT_OFF {+CUTS_OFF +CUTTING_OFF}
WIRE_+TAP
- * ARTILLERY [194]   # a comment
- FORCIBLY_* [195]
- + WAS * BY $ [196]
- * &ANYTHING [197]

--- MEET [031:031] ---
MEET {MEETS MET MEETING}
- % * [036:036]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_verb_forms_and_codes(tmp_path: Path) -> None:
    verbs = read_verb_dictionary(write(tmp_path, "v.txt", VERBS))
    assert [b.name for b in verbs.blocks] == ["ATTACK", "MEET"]
    assert {f.word for f in verbs.forms if f.lemma == "ATTACK"} == {
        "ATTACK", "ATTACKS", "ATTACKED", "ATTACKING",
    }  # fmt: skip
    (struck,) = verbs.lookup("struck")
    assert struck.code.forward == "193" and struck.lemma == "STRIKE"
    assert not verbs.lookup("striked")  # braces list every form
    assert [(f.before, f.after) for f in verbs.lookup("CUTTING")] == [((), ("OFF",))]
    assert [f.before for f in verbs.lookup("TAPPED")] == [("WIRE",)]
    (met,) = verbs.lookup("MET")
    assert (met.code.forward, met.code.reverse) == ("031", "031")


def test_patterns_items_and_tightness(tmp_path: Path) -> None:
    verbs = read_verb_dictionary(write(tmp_path, "v.txt", VERBS))
    artillery, forcibly, passive, anything = verbs.blocks[0].patterns
    assert [(i.kind, i.text, i.tight) for i in artillery.lower] == [
        ("word", "ARTILLERY", False)
    ]
    assert [(i.text, i.tight) for i in forcibly.upper] == [("FORCIBLY", True)]
    assert [i.kind for i in passive.upper] == ["target", "word"]
    assert [i.kind for i in passive.lower] == ["word", "source"]
    assert anything.lower[0].text == "&ANYTHING"
    assert artillery.origin.endswith("v.txt:15")
    (compound,) = verbs.blocks[1].patterns
    assert compound.upper[0].kind == "compound"


def test_synsets_nest_and_pluralise(tmp_path: Path) -> None:
    verbs = read_verb_dictionary(write(tmp_path, "v.txt", VERBS))
    coin = set(verbs.synsets["&COIN"].phrases)
    assert {("CROWNS",), ("SILVER", "MARK"), ("SILVER", "MARKS")} <= coin
    anything = set(verbs.synsets["&ANYTHING"].phrases)
    assert coin <= anything and ("GRAIN",) in anything
    assert ("GRAINS",) not in anything  # a label ending in _ takes no plurals


def test_verb_errors_name_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, "bad.txt", "--- ATTACK [190] ---\nATTACK\n- ARTILLERY [194]\n"
    )
    with pytest.raises(DataFileError, match=r"bad.txt:3: .*exactly one '\*'"):
        read_verb_dictionary(path)
    path = write(tmp_path, "early.txt", "- * ARTILLERY [194]\n")
    with pytest.raises(DataFileError, match=r"early.txt:1: a pattern before"):
        read_verb_dictionary(path)


def test_undefined_synset_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "v.txt", "--- GIVE [070] ---\nGIVE\n- * &NOWHERE [071]\n")
    verbs = read_verb_dictionary(path)
    assert verbs.blocks[0].patterns == ()
    assert any("v.txt:3" in w and "&NOWHERE" in w for w in verbs.warnings)


ACTORS = """\
VESPERIA_  [VES]
+VESPERIAN
+THE_SILVER_COAST

KING_OSRIC
\t[VESGOV <20100101]
\t[VESELI]

THE_TWIN_CITIES [VES/LUN]
LUNARIA [LUN]  # a comment
ROAMING_BAND
\t[VESREB 950101-951231]
"""


def test_actor_entries_and_dated_codes(tmp_path: Path) -> None:
    actors = read_actor_dictionary(write(tmp_path, "a.txt", ACTORS))
    names = [" ".join(w.text for w in e.names[0]) for e in actors.entries]
    assert names == [
        "VESPERIA",
        "KING OSRIC",
        "THE TWIN CITIES",
        "LUNARIA",
        "ROAMING BAND",
    ]
    vesperia, osric, twins, _, band = actors.entries
    assert len(vesperia.names) == 3 and not any(w.stem for w in vesperia.names[2])
    assert osric.codes_on(dt.date(2009, 12, 31)) == ("VESGOV",)
    assert osric.codes_on(dt.date(2010, 1, 1)) == ("VESELI",)
    assert osric.codes_on(None) == ("VESELI",)
    assert twins.codes_on(None) == ("VES", "LUN")
    assert band.codes_on(dt.date(1995, 6, 1)) == ("VESREB",)
    assert band.codes_on(dt.date(1996, 6, 1)) == ()  # no default code
    assert [n for n, _ in actors.candidates("VESPERIAN")] == [vesperia.names[1]]


def test_latest_starting_restriction_wins(tmp_path: Path) -> None:
    text = "SAM [HOB]\n\t[HOBMIL 20080120-20121109]\n\t[HOBGOV 20121109-20130119]\n"
    (sam,) = read_actor_dictionary(write(tmp_path, "a.txt", text)).entries
    assert sam.codes_on(dt.date(2012, 11, 9)) == ("HOBGOV",)  # both hold that day
    assert sam.codes_on(dt.date(2012, 11, 8)) == ("HOBMIL",)


def test_actor_problems(tmp_path: Path) -> None:
    bad_date = write(tmp_path, "d.txt", "X [XXX 2004017-20061201]\nY [YYY]\nZ\n")
    actors = read_actor_dictionary(bad_date)
    # X lost its only code, so it is skipped with Z (which never had one).
    assert [e.codes_on(None) for e in actors.entries] == [("YYY",)]
    assert any("d.txt:1" in w and "2004017" in w for w in actors.warnings)
    assert any("d.txt:3" in w and "without a code" in w for w in actors.warnings)
    with pytest.raises(DataFileError, match=r"r.txt:1: cannot read the date"):
        read_actor_dictionary(write(tmp_path, "r.txt", "X [XXX soon]\n"))
    with pytest.raises(DataFileError, match=r"s.txt:1: synonym"):
        read_actor_dictionary(write(tmp_path, "s.txt", "+ALIAS\n"))


AGENTS = """\
!PERSON! = MAN, WOMAN
SOLDIER [~MIL]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
ARMY [~MIL]
CONGRESS!PERSON! [~LEG]
RELIEF_AGENCY [NGO~]
LONE_WORD
"""


def test_agents_plurals_markers_and_prefixes(tmp_path: Path) -> None:
    agents = read_agent_dictionary(write(tmp_path, "g.txt", AGENTS))
    phrases = {" ".join(e.words): (e.code, e.prefix) for e in agents.entries}
    assert phrases["SOLDIERS"] == ("MIL", False)
    assert "POLICES" not in phrases and phrases["POLICE"] == ("COP", False)
    assert "ATTORNEYS GENERAL" in phrases and "ATTORNEY GENERALS" not in phrases
    assert "ARMIES" in phrases
    assert {"CONGRESSMAN", "CONGRESSWOMAN"} <= set(phrases)
    assert phrases["RELIEF AGENCY"] == ("NGO", True)
    assert any("g.txt:8" in w for w in agents.warnings)  # a phrase without a code


def test_agent_marker_must_be_defined(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"g.txt:1: .*!NOPE!"):
        read_agent_dictionary(write(tmp_path, "g.txt", "CHAIR!NOPE! [~GOV]\n"))


def test_discards_stems_and_story_flag(tmp_path: Path) -> None:
    discards = read_discard_list(write(tmp_path, "x.txt", "+FOOTBALL\nWORLD_CUP_\n"))
    football, cup = discards.entries
    assert football.story and football.words[0].matches("FOOTBALLERS")
    assert not cup.story and not cup.words[-1].matches("CUPS")


@needs_shared(PETRARCH / "CAMEO.2.0.txt")
def test_production_dictionaries_load() -> None:
    verbs = read_verb_dictionary(PETRARCH / "CAMEO.2.0.txt")
    assert len(verbs.blocks) > 300 and verbs.lookup("ATTACKED")
    actors = read_actor_dictionary(sorted(PETRARCH.glob("Phoenix.*.actors.txt")))
    assert len(actors.entries) > 20_000
    agents = read_agent_dictionary(PETRARCH / "Phoenix.agents.txt")
    assert len(agents.entries) > 4_000
    assert read_discard_list(PETRARCH / "Phoenix.discards.txt").entries


@needs_shared(PETRARCH / "PETR.Validate.verbs.txt")
def test_validation_dictionaries_load() -> None:
    verbs = read_verb_dictionary(PETRARCH / "PETR.Validate.verbs.txt")
    clash = next(b for b in verbs.blocks if b.name == "CLASH")
    assert [p.code.forward for p in clash.patterns][:2] == ["906", "907"]
    actors = read_actor_dictionary(PETRARCH / "PETR.Validate.actors.txt")
    shire = next(e for e in actors.entries if e.codes_on(None) == ("FRO", "BIL", "SAM"))
    assert [w.text for w in shire.names[0]] == ["THE", "SHIRE"]
