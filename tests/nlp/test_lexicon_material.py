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
    ],
)  # fmt: skip
def test_material_triggers_not_misread(code, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    found = triples(code(text, date=_DAY))
    if wrong is None:
        assert ("DEU", "RUS", "COOPERATE") not in found
    else:
        assert all(p != wrong for _, _, p in found)
