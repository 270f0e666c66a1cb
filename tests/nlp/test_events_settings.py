"""Acts set in talks, and requests read from what is refused (nlp/events.py):
"signed ... during talks in Beijing" is also the parties' meeting; "rejected
calls by Biden for a pause" is also Biden's request (guide §5.4, §7.1)."""

from __future__ import annotations

import datetime as dt

import pytest

_DAY = dt.date(2024, 5, 1)


def _pairs(events, plover: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source, e.target) for e in events if e.plover == plover}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A mutual act set in talks: the two parties held the talks.
        ("Putin and Xi signed a joint statement during talks in Beijing.", "RUS", "CHN"),
        ("During talks in Washington, Biden and Kishida agreed to upgrade their military command ties.", "USA", "JPN"),
        # "their talks": the parties' own.
        ("Lula thanked Macron for his support for the Amazon fund during their talks in Belem.", "BRA", "FRA"),
        # A person addressed at a meeting was met face to face.
        ("Blinken urged Wang Yi to curb exports of machine tools to Russia at a meeting in Beijing.", "USA", "CHN"),
        # The parties of hosted talks met each other, besides the host's mediation.
        ("Qatar hosted talks between the United States and the Taliban in Doha.", "USA", "AFG"),
        ("Saudi Arabia and Iran agreed to restore relations at talks hosted by China in Beijing.", "SAU", "IRN"),
        # Talks with a party opening the sentence are the main subject's.
        ("In talks with Pashinyan, Putin offered to help guarantee a peace deal.", "RUS", "ARM"),
    ],
)  # fmt: skip
def test_talks_that_set_an_act_are_the_parties_meeting(
    code, text: str, a: str, b: str
) -> None:  # type: ignore[no-untyped-def]
    consults = _pairs(code(text, date=_DAY), "CONSULT")
    assert {(a, b), (b, a)} <= consults


@pytest.mark.parametrize(
    "text",
    [
        # Criticism of a state named by name at a meeting: not with it.
        "Blinken condemned Russia at a meeting in Brussels.",
        # A ceasefire brokered between two parties is no meeting of theirs.
        "Qatar brokered a truce between Israel and Hamas.",
    ],
)
def test_talks_with_others_are_no_meeting_of_the_parties(code, text: str) -> None:  # type: ignore[no-untyped-def]
    consults = _pairs(code(text, date=_DAY), "CONSULT")
    assert ("USA", "RUS") not in consults
    assert ("ISR", "PSE") not in consults


@pytest.mark.parametrize(
    ("text", "caller", "refuser"),
    [
        ("Netanyahu rejected calls by Biden for a pause in the fighting.", "USA", "ISR"),
        ("Israel rejected calls from France for an immediate ceasefire in Lebanon.", "FRA", "ISR"),
        ("China rejected Washington's demands to stop buying Iranian oil.", "USA", "CHN"),
        ("Niger's junta rejected an ECOWAS demand to reinstate Bazoum.", "ECOWAS", "NER"),
    ],
)  # fmt: skip
def test_a_refused_call_is_its_makers_request(
    code, text: str, caller: str, refuser: str
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_DAY)
    assert (refuser, caller) in _pairs(events, "REJECT")
    assert (caller, refuser) in _pairs(events, "REQUEST")


def test_the_answerer_makes_no_request_of_its_own(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Georgian government gave in to European Union demands and shelved the bill.",
        date=_DAY,
    )
    assert not [e for e in events if e.plover == "REQUEST" and e.source == "GEO"]


def test_refusing_to_join_a_bodys_sanctions_rejects_that_body(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Hungary refused to join the EU's sanctions against Russian nuclear fuel.",
        date=_DAY,
    )
    assert ("HUN", "EU") in _pairs(events, "REJECT")
    assert ("EU", "RUS") in _pairs(events, "SANCTION")


def test_a_refused_call_takes_the_code_of_what_is_refused(code) -> None:  # type: ignore[no-untyped-def]
    # 1246 refused de-escalation answers a 0256 appeal for it.
    events = code(
        "Netanyahu rejected calls by Biden for a pause in the fighting.", date=_DAY
    )
    [req] = [e for e in events if e.plover == "REQUEST"]
    assert req.cameo == "0256"


def test_an_inferred_meeting_does_not_outrank_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Putin and Xi signed a joint statement during talks in Beijing.", date=_DAY
    )
    [meeting] = [e for e in events if e.plover == "CONSULT" and e.source == "RUS"]
    [signing] = [e for e in events if e.plover == "SUPPORT" and e.source == "RUS"]
    assert meeting.confidence < signing.confidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Talks in one party's capital: the other visits (042), it hosts (043).
        ("Putin and Xi signed a joint statement during talks in Beijing.", {("RUS", "CHN", "042"), ("CHN", "RUS", "043")}),
        # Talks a state hosts between two others are in a third country (044).
        ("Qatar hosted talks between the United States and the Taliban in Doha.", {("USA", "AFG", "044"), ("AFG", "USA", "044")}),
    ],
)  # fmt: skip
def test_where_the_talks_were_held_names_the_visit(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_DAY)
    got = {(e.source, e.target, e.cameo) for e in events if e.plover == "CONSULT"}
    assert expected <= got
