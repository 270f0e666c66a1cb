"""Conflict-side phrasings that had no trigger or coded the wrong event: drones
launched at a target, annexation nouns, diplomatic protests as nouns, troops
crossing into a state, towed vessels, missile tests fired into the sea, threats
named by "called it a threat", reactions to a possessor's act, relative clauses
("the tariffs, which Washington imposed on Beijing"), vows to keep attacking,
and near misses (space launches, trade records, approvals, adjectives).

The sentences are the project's own, not from the gold sets.
"""

import datetime as dt

import pytest

from ..conftest import asserted_triples

DAY = dt.date(2024, 5, 1)


def _asserted(code, text: str) -> set[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return asserted_triples(code(text, date=DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # assault.launch_drone_at
        ("Russia launched a drone at a Ukrainian power station overnight.", ("RUS", "UKR", "ASSAULT")),
        # assault.annexation_noun: the agent in a by-phrase
        ("Kyiv condemned the annexation of Crimea by Russia.", ("RUS", "UKR", "COERCE")),
        # accuse.protest_to_noun: a diplomatic complaint, not a protest
        ("Vietnam's protest to China over the fishing ban went unanswered.", ("VNM", "CHN", "ACCUSE")),
        # assault.push_into: troops crossing into a state
        ("Ethiopian soldiers crossed into Somalia overnight.", ("ETH", "SOM", "ASSAULT")),
        # coerce.tow_vessel
        ("The Indian navy towed a Sri Lankan trawler to port.", ("IND", "LKA", "COERCE")),
        # a test fired into the sea is a test (mobilize.missiles_into_sea excludes "test")
        ("North Korea test-fired two cruise missiles into the sea.", ("PRK", None, "MOBILIZE")),
        # accuse.call_threat
        ("Russia called NATO's expansion a threat to its security.", ("RUS", "NATO", "ACCUSE")),
        # a possessor opening the subject of "drew" (arguments._nominal)
        ("Hungary's support for Russia drew criticism from Poland.", ("POL", "HUN", "ACCUSE")),
        ("Iran's drone sales to Russia drew US sanctions.", ("USA", "IRN", "SANCTION")),
        # the required word is the antecedent of the relative clause (events._relative_antecedent)
        ("The tariffs, which Washington imposed on Beijing last year, hurt American farmers.", ("USA", "CHN", "SANCTION")),
        # threaten.vow_keep_attacking
        ("Kyiv vowed to keep striking Russian refineries.", ("UKR", "RUS", "THREATEN")),
        # coerce.loot_military: soldiers looting is no riot
        ("Russian soldiers looted homes in Bucha.", ("RUS", "UKR", "COERCE")),
    ],
)  # fmt: skip
def test_conflict_gap_is_coded(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _asserted(code, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("SpaceX launched a rocket from Florida on Tuesday.", "ASSAULT"),
        ("India's imports hit a record in March.", "ASSAULT"),
        ("Japan launched a lunar probe last week.", "ACCUSE"),
        ("The IMF report singled out tourism as a source of growth for Egypt.", "ACCUSE"),
        ("Canada sanctioned the sale of the company to a US buyer.", "SANCTION"),
        ("Russian troops shot surrendering Ukrainian soldiers near Bakhmut.", "RETREAT"),
        ("Russia warned NATO against sending troops to Ukraine.", "AID"),
        ("China warned Japan against deploying warships in the Taiwan Strait.", "MOBILIZE"),
        ("Germany returned looted Benin bronzes to Nigeria.", "PROTEST"),
        ("Ukraine accused Russia of selling looted grain to Syria.", "PROTEST"),
        ("Beijing faced pressure from the EU over its trade surplus.", "COERCE"),
        ("Kuwait's emir dissolved parliament on Friday.", "CONCEDE"),
        ("Russia launched a new drone programme with help from Belarus.", "ASSAULT"),
        ("Norway towed a damaged cargo ship to safety.", "COERCE"),
        ("Thousands of refugees crossed into Poland from Ukraine.", "ASSAULT"),
    ],
)  # fmt: skip
def test_near_miss_codes_no_conflict(code, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in {p for _, _, p in _asserted(code, text)}


def test_only_the_warning_is_coded(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia warned NATO against sending troops to Ukraine.", date=DAY)
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("RUS", "NATO", "THREATEN")
    ]


def test_a_vow_to_keep_attacking_is_a_threat_not_a_pledge(code) -> None:  # type: ignore[no-untyped-def]
    coded = _asserted(
        code, "Hezbollah vowed to keep attacking Israel until the war ends."
    )
    assert {p for _, _, p in coded} == {"THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia imposed an entry ban on British officials.",
        "Washington imposed visa restrictions on Ugandan officials.",
        "The visa restrictions imposed by the United States on Georgian officials take effect immediately.",
        "Washington revoked the visas of dozens of Nicaraguan officials.",
        "Moscow barred Japanese officials from entering Russia.",
    ],
)  # fmt: skip
def test_entry_bans_and_visa_revocations_are_172(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=DAY) if not e.doubtful]
    assert [(e.cameo, e.plover) for e in events] == [("172", "COERCE")]


def test_ending_visa_free_travel_stays_a_sanction(code) -> None:  # type: ignore[no-untyped-def]
    events = code("China suspended visa-free entry for Japanese citizens.", date=DAY)
    assert [(e.cameo, e.plover) for e in events] == [("160", "SANCTION")]


def test_the_adjective_alleged_is_no_allegation(code) -> None:  # type: ignore[no-untyped-def]
    # clauses._participle_after_verb: an "-ed" form after another verb, before a noun
    events = code("Kyiv condemned alleged Russian strikes on civilians.", date=DAY)
    assert "accuse.allege" not in {e.pattern for e in events}
    events = code("Kyiv alleged that Moscow had deported children.", date=DAY)
    assert "accuse.allege" in {e.pattern for e in events}
