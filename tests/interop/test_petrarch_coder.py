"""The PETRARCH-dictionary coder, on a small dictionary set and on Phoenix/CAMEO."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.errors import DataFileError
from allegiance.interop.petrarch.coder import PetrarchCoder, load_dictionaries

from ..conftest import SHARED_DATA, needs_shared

PETRARCH = SHARED_DATA / "petrarch"
DAY = dt.date(2005, 3, 1)

# A fictional world with its own dictionaries, written for these tests.
VERBS = """\
&COIN
+CROWNS
+SILVER_MARKS_

--- ATTACK [190] ---
ATTACK
FIRE
- * ARTILLERY [194]

--- SHOOT [---] ---
SHOOT {SHOOTS SHOT SHOOTING}
- + WAS * DEAD BY $ [186]

--- MEET [031:031] ---
MEET {MEETS MET MEETING}

--- DELAY [191] ---
DELAY
- % HAVE * [191]

--- GIVE [070] ---
GIVE {GIVES GAVE GIVEN GIVING}
- * &COIN [071]

--- URGE [102] ---
URGE

--- HELP [070] ---
HELP

--- CUT [---] ---
+CUT_OFF {+CUTS_OFF +CUTTING_OFF} [161]

--- SAY [010] ---
SAY {SAYS SAID SAYING}
"""
ACTORS = """\
VESPERIA_ [VES]
+VESPERIAN_
LUNARIA_ [LUN]
+LUNARIAN_
CORVIA_ [COR]
KING_OSRIC_
\t[VESGOV <20100101]
\t[VESELI]
"""
AGENTS = """\
SOLDIER [~MIL]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
RELIEF_AGENCY [NGO~]
"""
PARSE = """(ROOT (S (NP (JJ Vesperian) (NNS soldiers))
 (VP (VBD attacked) (NP (NNP Lunaria))) (. .)))"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> PetrarchCoder:
    folder = tmp_path_factory.mktemp("dictionaries")
    paths = {}
    for name, text in {
        "verbs": VERBS,
        "actors": ACTORS,
        "agents": AGENTS,
        "discards": "+FOOTBALL\n",
    }.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, "utf-8")
    return PetrarchCoder(load_dictionaries(**paths))


def triples(coder: PetrarchCoder, text: str, **kw: object) -> set[tuple[str, str, str]]:
    coded = coder.code(text, date=kw.pop("date", DAY), **kw)  # type: ignore[arg-type]
    return {e.triple() for e in coded.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vesperian soldiers attacked Lunaria.", {("VESMIL", "LUN", "190")}),
        ("Vesperia fired artillery at Lunaria.", {("VES", "LUN", "194")}),
        ("Vesperia met Lunaria.", {("VES", "LUN", "031"), ("LUN", "VES", "031")}),
        (
            "Vesperia and Corvia have delayed their talks.",
            {("VES", "COR", "191"), ("COR", "VES", "191")},
        ),
        ("Lunaria was attacked by Vesperia.", {("VES", "LUN", "190")}),
        ("A Lunarian was shot dead by Vesperia.", {("VES", "LUN", "186")}),
        ("Vesperia gave silver marks to Lunaria.", {("VES", "LUN", "071")}),
        ("Vesperia gave food to Lunaria.", {("VES", "LUN", "070")}),
        (
            "The government of Lunaria cut off ties with Corvia.",
            {("LUNGOV", "COR", "161")},
        ),
        ("Vesperia urged Lunaria to help Corvia.", {("VES", "LUN", "102")}),
        ("The Vesperian relief agency helped Lunaria.", {("NGOVES", "LUN", "070")}),
        (
            "Vesperia and Corvia attacked Lunaria.",
            {("VES", "LUN", "190"), ("COR", "LUN", "190")},
        ),
        ("Vesperia attacked.", set()),  # no target: PETRARCH requires a dyad
        ("Officials said on Monday that talks went well.", set()),
    ],
)
def test_text_tier(
    coder: PetrarchCoder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(coder, text) == expected


def test_dated_actor_codes(coder: PetrarchCoder) -> None:
    text = "King Osric attacked Lunaria."
    assert triples(coder, text, date=dt.date(2005, 1, 1)) == {("VESGOV", "LUN", "190")}
    assert triples(coder, text, date=dt.date(2015, 1, 1)) == {("VESELI", "LUN", "190")}


def test_discard_stops_the_story(coder: PetrarchCoder) -> None:
    coded = coder.code("Vesperia attacked Lunaria after the football match.", date=DAY)
    assert coded.events == () and coded.story_discard
    assert coded.discarded is not None and coded.discarded.endswith("discards.txt:1")


def test_parse_tier_and_event_details(coder: PetrarchCoder) -> None:
    coded = coder.code("Vesperian soldiers attacked Lunaria.", date=DAY, parse=PARSE)
    assert coded.tier == "parse"
    (event,) = coded.events
    assert event.triple() == ("VESMIL", "LUN", "190")
    assert event.verb == "attacked" and event.rule.endswith("verbs.txt:6")


def test_parse_tier_follows_the_tree(coder: PetrarchCoder) -> None:
    # Subject control through an infinitive, with a pronoun-free complement.
    parse = (
        "(ROOT (S (NP (NNP Corvia)) (VP (VBZ is) (VP (IN about) (S (VP (TO to)"
        " (VP (VB attack) (NP (NNP Lunaria)) (SBAR (IN after) (S (NP (NNP Vesperia))"
        " (VP (VBD met) (NP (NNS officials)))))))))) (. .)))"
    )
    text = "Corvia is about to attack Lunaria after Vesperia met officials."
    assert triples(coder, text, parse=parse) == {
        ("COR", "LUN", "190"),
        ("VES", "---GOV", "031"),
        ("---GOV", "VES", "031"),
    }


def test_malformed_parse_is_rejected(coder: PetrarchCoder) -> None:
    with pytest.raises(DataFileError, match="malformed parse"):
        coder.code("Vesperia attacked Lunaria.", parse="(ROOT (S (NP (NNP Vesperia))")


@pytest.fixture(scope="module")
def phoenix() -> PetrarchCoder:
    return PetrarchCoder(
        load_dictionaries(
            verbs=PETRARCH / "CAMEO.2.0.txt",
            actors=sorted(PETRARCH.glob("Phoenix.*.actors.txt")),
            agents=PETRARCH / "Phoenix.agents.txt",
            discards=PETRARCH / "Phoenix.discards.txt",
        )
    )


@needs_shared(PETRARCH / "CAMEO.2.0.txt")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops attacked Ukrainian positions.", ("RUSMIL", "UKR", "190")),
        ("The United States imposed sanctions on Iran.", ("USA", "IRN", "163")),
        ("Israeli jets bombed targets in Syria.", ("ISR", "SYR", "195")),
        ("Turkey accused Greece of violating its airspace.", ("TUR", "GRC", "112")),
    ],
)
def test_production_dictionaries_code_plain_sentences(
    phoenix: PetrarchCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(phoenix, text, date=dt.date(2023, 6, 1))


@needs_shared(PETRARCH / "CAMEO.2.0.txt")
def test_production_dictionaries_leave_nouns_alone(phoenix: PetrarchCoder) -> None:
    # "forces" is a CAMEO verb, but here the subject's head noun.
    events = triples(
        phoenix, "The Kremlin denied that Russian forces had entered Ukraine.",
        date=dt.date(2023, 6, 1),
    )  # fmt: skip
    assert not any(code == "170" for _, _, code in events)
