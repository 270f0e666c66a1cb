"""Wire phrasings of CONSULT, REQUEST, AGREE and SUPPORT, and the near misses that
look like them but are no event of that type (annotation guide §5.1, §5.2, §7.1, §7.4)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples

DAY = dt.date(2024, 5, 1)


def _of(events, plover: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, t, p in triples(events) if p == plover}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A visit made, a call paid, a dialogue held, talks reconvened, a huddle.
        ("Modi made a state visit to the United States in June.", {("IND", "USA")}),
        ("The Indonesian ambassador paid a courtesy call on Malaysian Prime Minister Anwar Ibrahim.", {("IDN", "MYS")}),
        ("Japan and China held a high-level economic dialogue in Beijing.", {("JPN", "CHN"), ("CHN", "JPN")}),
        ("India and China reconvened talks on the border dispute.", {("IND", "CHN"), ("CHN", "IND")}),
        ("Blinken huddled with Jordanian Foreign Minister Ayman Safadi in Amman.", {("USA", "JOR"), ("JOR", "USA")}),
        # A call received from someone is a conversation between the two.
        ("Algeria's president received a phone call from his Tunisian counterpart on Tuesday.", {("DZA", "TUN"), ("TUN", "DZA")}),
        ("Macron took a call from Biden late on Sunday.", {("FRA", "USA"), ("USA", "FRA")}),
        # A leader welcomed with a ceremony or honours is hosted, not praised.
        ("Kim Jong Un welcomed Putin with a lavish ceremony in Pyongyang.", {("PRK", "RUS")}),
        ("Xi welcomed Macron with full military honours at the Great Hall of the People.", {("CHN", "FRA")}),
        # A leader welcomed for a state visit is hosted (043), not praised.
        ("Kishida welcomed the Philippine president for a state visit.", {("JPN", "PHL"), ("PHL", "JPN")}),
    ],
)  # fmt: skip
def test_consultation_phrasings(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _of(code(text, date=DAY), "CONSULT") == expected


def test_convened_talks_are_mediation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt convened talks between Israel and Qatar in Cairo.", date=DAY)
    assert {(e.source, e.target, e.cameo) for e in events} == {
        ("EGY", "ISR", "045"),
        ("EGY", "QAT", "045"),
        # The talks between the two are theirs as well, in a third country (guide §7.1).
        ("ISR", "QAT", "044"),
        ("QAT", "ISR", "044"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # "talk" of something is no talks; "meet" and the meeting nouns keep their forms.
        "Iran welcomed talk of sanctions relief from Washington.",
        # Talks that are only possible or called off did not take place.
        "Kyiv said talks with Moscow were possible only after a full withdrawal.",
        "Netanyahu's talks with Biden were postponed.",
    ],
)
def test_meetings_that_did_not_happen(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of(code(text, date=DAY), "CONSULT")


def test_a_cancelled_planned_meeting_is_no_intent(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The planned meeting between Putin and Erdogan was cancelled.", date=DAY
    )
    assert not _of(events, "AGREE")


def test_accepted_invitation_to_visit_is_no_visit_yet(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Putin accepted an invitation from Erdogan to visit Turkey.", date=DAY
    )
    assert _of(events, "CONSULT") == set()
    assert _of(events, "AGREE") == {("RUS", "TUR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Telling, pushing or encouraging someone to act is a request (§5.2).
        ("The EU told Georgia to withdraw the foreign agents law.", {("EU", "GEO")}),
        ("Washington has pushed Israel to allow more aid into Gaza.", {("USA", "ISR")}),
        ("The United States encouraged Serbia to normalise ties with Kosovo.", {("USA", "SRB")}),
    ],
)  # fmt: skip
def test_told_pushed_encouraged_to(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=DAY)
    assert _of(events, "REQUEST") == expected
    assert {e.plover for e in events} == {"REQUEST"}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Lavrov told reporters to expect no breakthrough.", "REQUEST"),
        # Market demand is no demand on anyone.
        ("China's demand for soybeans from Brazil hit a record in March.", "REQUEST"),
        # Condolences are a plain statement (§5.1), not an offer.
        ("Putin offered condolences to Iran after the helicopter crash.", "AGREE"),
        # An apology offered is the apology (CONCEDE 055), not an offer.
        ("France offered an apology to Algeria.", "AGREE"),
        # Budget support asked for is the request's content, not an endorsement.
        ("Ghana appealed to the World Bank for budget support.", "SUPPORT"),
        # Thanks or backing for no resolvable party make no event.
        ("Biden thanked the crew of the aircraft carrier.", "SUPPORT"),
        ("India supports the two-state solution.", "SUPPORT"),
    ],
)
def test_near_misses(code, text: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of(code(text, date=DAY), plover)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan voiced solidarity with Iran after the strike.", {("PAK", "IRN")}),
        ("Serbia stands firmly behind China on Taiwan, Vucic said.", {("SRB", "CHN")}),
    ],
)
def test_solidarity_and_standing_behind(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _of(code(text, date=DAY), "SUPPORT") == expected
