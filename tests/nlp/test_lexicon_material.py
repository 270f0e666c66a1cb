"""Triggers of material events (MOBILIZE, AID, CONCEDE, RETREAT, COOPERATE) in wire
phrasings the lexicon missed or gave the wrong type (annotation guide §4.2, §7.3)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples

_DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Missiles fired off a coast are a test, not an attack on the neighbour.
        ("North Korea fired a barrage of cruise missiles off its west coast.", ("PRK", None, "MOBILIZE")),
        # Drills with nuclear weapons are an exercise, not a nuclear attack.
        ("Russia launched drills involving tactical nuclear weapons in its south on Tuesday.", ("RUS", None, "MOBILIZE")),
        # Warships that gather near a state, like troops that mass.
        ("Chinese warships gathered near Taiwan on Friday.", ("CHN", "TWN", "MOBILIZE")),
        # A unit put on combat duty is put on alert.
        ("Russia put a nuclear-capable missile unit on combat duty.", ("RUS", None, "MOBILIZE")),
        # A strike group is sent, not a strike.
        ("The United States dispatched a carrier strike group to the eastern Mediterranean.", ("USA", None, "MOBILIZE")),
        # "build-up" is split by the tokenizer.
        ("The build-up of Russian troops in Belarus has alarmed Lithuania.", ("RUS", "BLR", "MOBILIZE")),
        ("France handed over Caesar howitzers to Ukraine.", ("FRA", "UKR", "AID")),
        # Receiving weapons from a state: the giver is the actor.
        ("Belarus received Iskander missile systems from Russia.", ("RUS", "BLR", "AID")),
        ("Ukraine received its first F-16 fighter jets from Denmark.", ("DNK", "UKR", "AID")),
        ("The World Health Organization distributed medical supplies to hospitals in Sudan.", ("WHO", "SDN", "AID")),
        ("South Africa's donation of vaccines to Zimbabwe arrived on Monday.", ("ZAF", "ZWE", "AID")),
        # A mission that arrives in a country to help it is protection (074).
        ("A Kenyan police mission arrived in Haiti on Tuesday.", ("KEN", "HTI", "AID")),
        # Lifting export curbs is easing sanctions (085).
        ("Japan scrapped export curbs on South Korea.", ("JPN", "KOR", "RETREAT")),
        ("Washington lifted curbs on exports to Vietnam.", ("USA", "VNM", "RETREAT")),
        # Lifting a ban on parties is legalising them (0812), not easing sanctions.
        ("Mali's junta lifted its ban on political parties.", ("MLI", None, "CONCEDE")),
        # Troops that disengage do so from each other.
        ("Chinese and Indian troops disengaged from Depsang in October.", ("CHN", "IND", "RETREAT")),
        # The handed-over suspects are no recipient; the state they go to is.
        ("Germany handed two suspected Russian saboteurs over to Poland.", ("DEU", "POL", "COOPERATE")),
        ("Brazil exported record volumes of soybeans to China in March.", ("BRA", "CHN", "COOPERATE")),
        ("Washington's sharing of satellite imagery with Kyiv angered Moscow.", ("USA", "UKR", "COOPERATE")),
        ("Iran unveiled a new hypersonic missile on Tuesday.", ("IRN", None, "MOBILIZE")),
        ("Iran unveiled what it described as its first hypersonic ballistic missile.", ("IRN", None, "MOBILIZE")),
        ("Beijing sent 30 military aircraft into Taiwan's air defence zone on Monday.", ("CHN", "TWN", "MOBILIZE")),
        ("Britain gifted 14 Challenger tanks to Ukraine.", ("GBR", "UKR", "AID")),
        ("Washington provided Israel with bunker-buster bombs.", ("USA", "ISR", "AID")),
        ("The European Commission paid out 4.2 billion euros to Kyiv.", ("EU", "UKR", "AID")),
        ("India dispatched 10 tonnes of medicines to Sri Lanka.", ("IND", "LKA", "AID")),
        # Returned loot: the looting is the background, the return goes to the owner.
        ("The Netherlands handed back 478 looted artefacts to Sri Lanka.", ("NLD", "LKA", "RETREAT")),
        ("Armenia conceded four villages to Azerbaijan.", ("ARM", "AZE", "RETREAT")),
        ("The United States removed Cuba from its list of state sponsors of terrorism.", ("USA", "CUB", "RETREAT")),
        # The seller named by an adjective of the bought weapons.
        ("Turkey purchased Russian S-400 missile systems in 2017.", ("TUR", "RUS", "COOPERATE")),
        ("Chinese and Cambodian troops took part in the Golden Dragon exercise.", ("CHN", "KHM", "COOPERATE")),
        ("Finland joined joint exercises with Norway.", ("FIN", "NOR", "COOPERATE")),
        ("Turkey sent military reinforcements to northern Syria.", ("TUR", "SYR", "MOBILIZE")),
        ("The Indian army moved two additional divisions to the Chinese border.", ("IND", "CHN", "MOBILIZE")),
        ("The United States surged warships to the Middle East after the attack.", ("USA", None, "MOBILIZE")),
        ("Chinese jets and warships encircled Taiwan in drills on Thursday.", ("CHN", "TWN", "MOBILIZE")),
        ("The EU handed Egypt a 7.4 billion euro aid package.", ("EU", "EGY", "AID")),
        ("India and Pakistan agreed to halt firing along the Line of Control.", ("IND", "PAK", "CONCEDE")),
        ("Israel agreed to a pause in the fighting with Hamas.", ("ISR", "PSE", "CONCEDE")),
        ("Belgrade caved to pressure from Brussels and recognised Kosovo's licence plates.", ("SRB", "EU", "CONCEDE")),
        ("Washington lifted a freeze on military aid to Ukraine.", ("USA", "UKR", "RETREAT")),
        ("Russia resumed grain exports to Egypt.", ("RUS", "EGY", "COOPERATE")),
    ],
)  # fmt: skip
def test_material_triggers(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_DAY))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("North Korea fired a barrage of cruise missiles off its west coast.", "ASSAULT"),
        ("Russia launched drills involving tactical nuclear weapons in its south on Tuesday.", "ASSAULT"),
        ("The United States dispatched a carrier strike group to the eastern Mediterranean.", "ASSAULT"),
        ("Mali's junta lifted its ban on political parties.", "RETREAT"),
        ("Germany handed two suspected Russian saboteurs over to Poland.", None),
        # Goods shipped as aid are no trade.
        ("China shipped 1,000 tonnes of rice to North Korea as aid.", "COOPERATE"),
        ("Washington provided Israel with bunker-buster bombs.", "ASSAULT"),
        ("The Netherlands handed back 478 looted artefacts to Sri Lanka.", "PROTEST"),
        # Reinforcements are one's own troops, not aid.
        ("Turkey sent military reinforcements to northern Syria.", "AID"),
        ("Belgrade caved to pressure from Brussels and recognised Kosovo's licence plates.", "COERCE"),
    ],
)  # fmt: skip
def test_material_triggers_not_misread(code, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    found = triples(code(text, date=_DAY))
    if wrong is None:
        assert ("DEU", "RUS", "COOPERATE") not in found
    else:
        assert all(p != wrong for _, _, p in found)


def test_habitual_part_in_exercises_is_background(code) -> None:  # type: ignore[no-untyped-def]
    """A partner that "takes part in" exercises states a standing relation (guide §5.3)."""
    text = "Sweden is a NATO partner and takes part in exercises with the alliance."
    assert code(text, date=_DAY) == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # Giving in to demands keeps its narrower code (083), not the bare yielding (080).
        ("The Armenian government gave in to Azerbaijan's demands.", "083"),
        # Lifting a member's suspension is no easing of sanctions (guide §6).
        ("The African Union lifted Gabon's suspension on Wednesday.", None),
    ],
)  # fmt: skip
def test_yielding_codes(code, text: str, cameo) -> None:  # type: ignore[no-untyped-def]
    codes = {
        e.cameo for e in code(text, date=_DAY) if e.plover in {"CONCEDE", "RETREAT"}
    }
    assert codes == ({cameo} if cameo else set())


def test_hosting_refugees_is_background(code) -> None:  # type: ignore[no-untyped-def]
    """A country that hosts refugees states a standing fact (guide §5.3); taking them in is aid."""
    assert code("Turkey hosts about 3.2 million Syrian refugees.", date=_DAY) == []


def test_ceasefire_talks_are_no_ceasefire(code) -> None:  # type: ignore[no-untyped-def]
    """Talks on or a proposal for a truce are no observed ceasefire (RETREAT 0871)."""
    events = code(
        "The ceasefire talks between Israel and Hamas resumed in Cairo.", date=_DAY
    )
    assert events and all(e.plover != "RETREAT" for e in events)


def test_strike_group_sent_to_protect_is_not_claimed_as_a_mobilisation(code) -> None:  # type: ignore[no-untyped-def]
    """Forces sent to help or protect an ally are left to the aid entries (guide §4.2)."""
    events = code(
        "The United States sent a strike group to the Red Sea to protect its allies.",
        date=_DAY,
    )
    assert all(e.pattern != "mobilize.strike_group" for e in events)
