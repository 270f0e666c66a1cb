"""Cooperation-side phrasings the lexicon missed or coded as the wrong type, and
their near misses (annotation guide §4.2, §5.1, §5.2)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Support lent or extended in words is SUPPORT, not aid ...
        ("Biden lent his support to Kyiv.", {("USA", "UKR", "SUPPORT")}),
        ("France extended its support to Armenia.", {("FRA", "ARM", "SUPPORT")}),
        ("Erdogan lent support to Aliyev.", {("TUR", "AZE", "SUPPORT")}),
        # ... unless material aid is named.
        ("Germany extended financial support to Moldova.", {("DEU", "MDA", "AID")}),
        ("The EU extended military support to Ukraine.", {("EU", "UKR", "AID")}),
        # Accepting a ceasefire proposal is the ceasefire's concession.
        ("Hamas accepted a ceasefire proposal from Egypt.", {("PSE", "EGY", "CONCEDE")}),
        ("Israel accepted a US plan for a ceasefire in Gaza.", {("ISR", "USA", "CONCEDE")}),
        ("Armenia accepted the peace proposal from France.", {("ARM", "FRA", "SUPPORT")}),
        # A pause in the fighting agreed to is a ceasefire agreed, not fighting.
        (
            "Hamas agreed to a pause in the fighting with Israel.",
            {("PSE", "ISR", "CONCEDE"), ("ISR", "PSE", "CONCEDE")},
        ),
        # Migrants taken back, weapons leased, energy asked for.
        ("Morocco took back hundreds of migrants from Spain on Tuesday.", {("MAR", "ESP", "COOPERATE")}),
        ("Mexico agreed to take back migrants from the United States.", {("MEX", "USA", "AGREE")}),
        ("Berlin agreed to lease Patriot systems to Kyiv.", {("DEU", "UKR", "AGREE")}),
        ("Seoul leased howitzers to Warsaw in March.", {("KOR", "POL", "AID")}),
        ("Moldova asked Romania for electricity.", {("MDA", "ROU", "REQUEST")}),
        ("Iraq asked Iran for more gas.", {("IRQ", "IRN", "REQUEST")}),
        # Arming someone with weapons is military aid.
        ("Washington armed Taiwan with missiles.", {("USA", "TWN", "AID")}),
        ("France equipped Armenia with radars.", {("FRA", "ARM", "AID")}),
        # Weapons received that were bought are a purchase.
        ("Egypt received Rafale jets purchased from France.", {("FRA", "EGY", "COOPERATE")}),
        ("Ukraine received weapons from Germany.", {("DEU", "UKR", "AID")}),
        # A visit named with its visitor after "by".
        ("A state visit to Beijing by Lula ended on Friday.", {("BRA", "CHN", "CONSULT")}),
        # "No intention of joining" refuses membership.
        ("Ukraine has no intention of joining the CSTO.", {("UKR", "CSTO", "REJECT")}),
        # Jerusalem standing for Israel's government.
        ("Jerusalem rejected the ceasefire proposal from Cairo.", {("ISR", "EGY", "REJECT")}),
    ],
)  # fmt: skip
def test_cooperation_phrasings(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert set(triples(code(text, date=DAY))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Condolences and sympathy are plain statements (guide §5.1).
        "Erdogan expressed condolences to Iran.",
        "Putin conveyed his sympathy to the people of Turkey.",
        # A meeting named after an organisation is no act of it.
        "The SCO meeting opened in Astana on Thursday.",
        "The European Council meeting ended without a deal.",
        "The Arab League meeting in Bahrain ended on Thursday.",
        # Armed men and a figurative "armed with" are no aid.
        "Gunmen armed with rifles attacked a bus in Kenya.",
        "Armed with a new mandate, the delegation left.",
        # A question about prices asks for nothing.
        "Reporters asked the minister about electricity prices.",
        "The company leased office space to a bank in Warsaw.",
    ],
)
def test_cooperation_near_misses(code, text: str) -> None:  # type: ignore[no-untyped-def]
    coded = {p for _, _, p in triples(code(text, date=DAY))}
    assert not coded & {"SUPPORT", "CONSULT", "AID", "REQUEST"}


def test_organisation_members_still_meet_alone(code) -> None:  # type: ignore[no-untyped-def]
    assert set(triples(code("Leaders of the Quad met in Tokyo.", date=DAY))) == {
        ("QUAD", None, "CONSULT")
    }


def test_leaders_meeting_as_the_organisation_still_meet(code) -> None:  # type: ignore[no-untyped-def]
    events = code("NATO leaders meeting in Vilnius pledged closer ties.", date=DAY)
    assert ("NATO", None, "CONSULT") in triples(events)


def test_visit_by_does_not_take_the_main_clause_subject(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "France and Armenia signed a contract on Monday during a visit to Paris"
        " by Armenian Defence Minister Suren Papikyan."
    )
    assert not {(s, t) for s, t, p in triples(code(text, date=DAY)) if s == t}
