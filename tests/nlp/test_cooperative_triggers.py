"""Triggers of cooperative events (CONSULT, REQUEST, CONCEDE, COOPERATE, AID,
AGREE) in wire phrasings, and the travel and meetings that are no consultation
(annotation guide §4.2, §7.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _of(events, plover: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, t, p in triples(events) if p == plover}


# -- consultations phrased many ways ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # The partner behind a possessive pronoun: "with her Namibian counterpart".
        ("South Africa's foreign minister conferred with her Namibian counterpart on Friday.", "2024-04-19", {("ZAF", "NAM"), ("NAM", "ZAF")}),
        ("The Chilean president discussed lithium with his Bolivian counterpart on Friday.", "2024-10-05", {("CHL", "BOL"), ("BOL", "CHL")}),
        # Nominal calls and conversations between two leaders.
        ("A call between the leaders of Qatar and Egypt focused on the hostage talks.", "2024-10-03", {("QAT", "EGY"), ("EGY", "QAT")}),
        ("Talks by phone between the Japanese and Chinese foreign ministers lasted an hour.", "2024-10-02", {("JPN", "CHN"), ("CHN", "JPN")}),
        ("The conversation between the German chancellor and the French president lasted an hour.", "2024-10-07", {("DEU", "FRA"), ("FRA", "DEU")}),
        # Welcoming a leader is hosting him (043), not praise.
        ("Emirati President Mohamed bin Zayed welcomed the Ukrainian president on Monday.", "2024-10-14", {("ARE", "UKR")}),
        # Visits begun, broken or made by an envoy; calls made by getting on the phone.
        ("Modi kicked off a two-nation tour of Austria and Russia.", "2024-07-08", {("IND", "AUT"), ("IND", "RUS")}),
        ("Scholz stopped over in Kazakhstan on his way to Uzbekistan.", "2024-09-15", {("DEU", "KAZ")}),
        ("Egypt dispatched its foreign minister to Ankara for talks.", "2024-05-01", {("EGY", "TUR")}),
        ("Biden got on the phone with Netanyahu on Sunday.", "2024-04-14", {("USA", "ISR"), ("ISR", "USA")}),
        # Two leaders who spoke or held a bilateral: each consulted the other.
        ("Macron and Xi spoke on Tuesday for the first time in months.", "2024-05-01", {("FRA", "CHN"), ("CHN", "FRA")}),
        ("Modi and Biden held a bilateral on the sidelines of the Quad summit.", "2024-09-21", {("IND", "USA"), ("USA", "IND")}),
    ],
)  # fmt: skip
def test_consultation_phrasings(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _of(code(text, date=_day(day)), "CONSULT") == expected


def test_hosting_a_leader_for_talks_is_no_mediation(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Erdogan hosted his Iraqi counterpart for talks in Ankara.",
        date=_day("2024-04-22"),
    )
    assert (ev.source, ev.target, ev.cameo) == ("TUR", "IRQ", "043")


def test_welcoming_a_decision_stays_praise(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Macron welcomed the Ukrainian president's decision.", date=_day("2024-05-01")
    )
    assert triples(events) == {("FRA", "UKR", "SUPPORT")}


def test_welcomed_leader_is_hosted(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code("Xi welcomed the Kazakh president on Monday.", date=_day("2024-05-01"))
    assert (ev.source, ev.target, ev.cameo, ev.pattern) == (
        "CHN",
        "KAZ",
        "043",
        "consult.welcome_leader",
    )


# -- travel and meetings that are no consultation ----------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Refugees, tourists, fans and business people travel; they do not visit.
        ("Thousands of Sudanese refugees travelled to Chad last month to escape the fighting.", "2024-10-02"),
        ("Tourists from China travelled to Thailand in record numbers this year.", "2024-06-25"),
        ("A delegation of Turkish businessmen travelled to Iraq on Monday.", "2024-01-15"),
        ("Syrian refugees arrived in Turkey after crossing the border on foot.", "2024-12-05"),
        ("Kenyan runners travelled to Paris for the Olympic Games.", "2024-09-19"),
        # A government meeting its own people is no diplomatic consultation.
        ("Argentina's economy minister met union leaders in Buenos Aires on Friday.", "2024-10-25"),
        ("The Indian prime minister travelled to his constituency in Varanasi on Friday.", "2024-07-19"),
        # Sports fixtures and encounters at sea are no meetings.
        ("Brazil met Uruguay in a World Cup qualifier in Salvador on Tuesday.", "2024-11-20"),
        ("The Philippine coast guard met Chinese vessels near the shoal on Tuesday.", "2024-03-26"),
        ("The Kenyan president talked to reporters in Nairobi on Tuesday.", "2024-09-16"),
        ("Macron and Scholz spoke at the summit in Brussels.", "2024-05-01"),
        ("Kenya and Uganda spoke out against the coup.", "2024-05-01"),
    ],
)  # fmt: skip
def test_no_consultation(code, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert not _of(code(text, date=_day(day)), "CONSULT")


def test_government_talks_with_rebels_stay_a_consultation(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Colombian government held talks with the ELN in Caracas.",
        date=_day("2024-05-01"),
    )
    assert ("COL", "COL") in _of(events, "CONSULT")


# -- requests: the asker acts alone --------------------------------------------------------


def test_asked_to_with_unknown_content_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Tunisia asked Italy to take back migrants.", date=_day("2024-11-14"))
    assert triples(events) == {("TUN", "ITA", "REQUEST")}


@pytest.mark.parametrize(
    ("text", "day", "wrong"),
    [
        ("Nepal urged India to reopen the border crossing for trade.", "2024-07-12", ("IND", "NPL")),
        ("France urged Armenia and Azerbaijan to sign a peace treaty.", "2024-02-23", ("ARM", "FRA")),
    ],
)  # fmt: skip
def test_requested_joint_act_is_not_mutual(code, text: str, day: str, wrong) -> None:  # type: ignore[no-untyped-def]
    requests = _of(code(text, date=_day(day)), "REQUEST")
    assert wrong not in requests
    assert (wrong[1], wrong[0]) in requests


# -- concessions, agreement, cooperation, aid ----------------------------------------------


def test_agreeing_to_a_demand_is_a_concession(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Serbia agreed to Kosovo's demand to recognise its identity documents.",
        date=_day("2024-07-17"),
    )
    assert ("SRB", "XKX") in _of(events, "CONCEDE")


def test_agreeing_to_a_request_is_an_intent(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The CSTO agreed to Tokayev's request.", date=_day("2022-01-06"))
    assert _of(events, "AGREE") == {("CSTO", "KAZ")}
    assert not _of(events, "CONCEDE")


def test_stepping_up_joint_patrols_is_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Morocco and Spain stepped up joint patrols against migrant smugglers.",
        date=_day("2024-11-08"),
    )
    assert triples(events) == {("MAR", "ESP", "COOPERATE"), ("ESP", "MAR", "COOPERATE")}


def test_supplied_aid(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kuwait supplied humanitarian aid to Lebanon.", date=_day("2024-10-11")
    )
    assert triples(events) == {("KWT", "LBN", "AID")}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Lobbying and pleading govern the act asked for (control.csv): no aid yet.
        ("Ukraine lobbied Germany to send Taurus missiles.", "2024-05-01", {("UKR", "DEU", "REQUEST")}),
        ("Lebanon pleaded with France to help end the fighting.", "2024-05-01", {("LBN", "FRA", "REQUEST")}),
        # "pressed X on": a request, not "pressed on with" an offensive.
        ("Egypt pressed Israel on the Rafah crossing.", "2024-05-01", {("EGY", "ISR", "REQUEST")}),
    ],
)  # fmt: skip
def test_lobbying_pleading_and_pressing(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert triples(code(text, date=_day(day))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Recognising a named state is SUPPORT 054; its denial is negated and its
        # refusal a REJECT.
        ("Bhutan recognised Israel in 2020.", ("BTN", "ISR", "SUPPORT", False)),
        ("Spain does not recognise Kosovo.", ("ESP", "XKX", "SUPPORT", True)),
        ("Serbia refuses to recognise Kosovo.", ("SRB", "XKX", "REJECT", False)),
    ],
)
def test_recognising_a_named_state(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2024, 6, 10))
    assert [(e.source, e.target, e.plover, e.negated) for e in events] == [expected]


def test_recognising_no_state_is_no_support(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The US recognised the Armenian genocide.", date=dt.date(2021, 4, 24))
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_dismissing_a_defence_minister_is_no_military_refusal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Putin dismissed his defence minister.", date=dt.date(2024, 5, 12))
    assert not [e for e in events if e.cameo == "1212"]


def test_an_approved_arms_sale_is_an_intent_to_cooperate(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The United States approved the sale of F-16 jets to Turkey.",
        date=dt.date(2024, 1, 27),
    )
    assert [(e.source, e.target, e.plover, e.cameo) for e in events] == [
        ("USA", "TUR", "AGREE", "0312")
    ]


def test_a_brigade_stationed_abroad_is_a_deployment(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia deployed a division to the Finnish border.", date=dt.date(2024, 1, 27)
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("RUS", "FIN", "MOBILIZE")
    ]
