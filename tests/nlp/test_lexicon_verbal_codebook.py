"""Verbal cooperation phrasings found by walking the CAMEO codebook (02-05, 08):
contacts, trips, mediation and bargaining, intents, praise, recognition, signing,
appeals and concessions the lexicon had no trigger for, with their near misses
(annotation guide §4, §5.2, §7.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 040: contacts, liaison, letters and messages.
        ("Macron reached out to Erdogan about the grain corridor.", {("FRA", "TUR", "CONSULT")}),
        ("Cairo has been in constant contact with Doha.", {("EGY", "QAT", "CONSULT"), ("QAT", "EGY", "CONSULT")}),
        ("Oman liaised with Iran on the prisoner issue.", {("OMN", "IRN", "CONSULT"), ("IRN", "OMN", "CONSULT")}),
        ("Kishida and Yoon Suk Yeol exchanged letters on the anniversary.", {("JPN", "KOR", "CONSULT"), ("KOR", "JPN", "CONSULT")}),
        ("Tokayev received a message from Xi Jinping.", {("KAZ", "CHN", "CONSULT"), ("CHN", "KAZ", "CONSULT")}),
        ("Ankara and Cairo restored contacts after a decade.", {("TUR", "EGY", "CONSULT"), ("EGY", "TUR", "CONSULT")}),
        # 041, 042, 043: a call placed, trips, the red carpet.
        ("Erdogan placed a phone call to Putin on Sunday.", {("TUR", "RUS", "CONSULT")}),
        ("Lavrov headed to Pyongyang on Monday.", {("RUS", "PRK", "CONSULT")}),
        ("Meloni set off for Tunis on Friday.", {("ITA", "TUN", "CONSULT")}),
        ("Modi jetted into Moscow for a summit with Putin.", {("IND", "RUS", "CONSULT")}),
        ("Riyadh rolled out the red carpet for Xi Jinping.", {("SAU", "CHN", "CONSULT")}),
        ("Lavrov and Blinken spoke on the sidelines of the G20.", {("RUS", "USA", "CONSULT"), ("USA", "RUS", "CONSULT")}),
        # 045, 046: interceding, a mediating role, bargaining.
        ("The Vatican interceded between Kyiv and Moscow.", {("VAT", "UKR", "CONSULT"), ("VAT", "RUS", "CONSULT")}),
        ("Qatar played a mediating role between Israel and Hamas.", {("QAT", "ISR", "CONSULT"), ("QAT", "PSE", "CONSULT")}),
        ("Tehran haggled with Washington over the frozen funds.", {("IRN", "USA", "CONSULT"), ("USA", "IRN", "CONSULT")}),
        # 030-033: keen, looking forward, assurances, earmarked aid.
        ("Hanoi is keen to deepen ties with Canberra.", {("VNM", "AUS", "AGREE")}),
        ("Lula said he looked forward to working with Milei.", {("BRA", "ARG", "AGREE")}),
        ("Germany assured Lithuania of its support.", {("DEU", "LTU", "AGREE")}),
        ("Japan earmarked new humanitarian aid for Sudan.", {("JPN", "SDN", "AGREE")}),
        # 050-057: reconciliation, olive branches, praise, defence, recognition, signing.
        ("Qatar and Bahrain buried the hatchet.", {("QAT", "BHR", "SUPPORT"), ("BHR", "QAT", "SUPPORT")}),
        ("Ankara patched up relations with Cairo.", {("TUR", "EGY", "SUPPORT"), ("EGY", "TUR", "SUPPORT")}),
        ("Riyadh extended an olive branch to Tehran.", {("SAU", "IRN", "SUPPORT")}),
        ("Erdogan heaped praise on Aliyev.", {("TUR", "AZE", "SUPPORT")}),
        ("Macron complimented Modi on the summit.", {("FRA", "IND", "SUPPORT")}),
        ("Hungary came out in support of Serbia's bid.", {("HUN", "SRB", "SUPPORT")}),
        ("Beijing vouched for Moscow at the Security Council.", {("CHN", "RUS", "SUPPORT")}),
        ("Kenya gave its blessing to Ethiopia's plan.", {("KEN", "ETH", "SUPPORT")}),
        ("Chile expressed admiration for Uruguay's reforms.", {("CHL", "URY", "SUPPORT")}),
        ("Serbia acknowledged Montenegro's independence.", {("SRB", "MNE", "SUPPORT")}),
        ("Mexico accorded recognition to Palestine.", {("MEX", "PSE", "SUPPORT")}),
        ("Armenia and Azerbaijan initialled a peace treaty.", {("ARM", "AZE", "SUPPORT"), ("AZE", "ARM", "SUPPORT")}),
        ("Chile and Peru put pen to paper on a border pact.", {("CHL", "PER", "SUPPORT"), ("PER", "CHL", "SUPPORT")}),
        ("Japan and Australia formalised a defence pact.", {("JPN", "AUS", "SUPPORT"), ("AUS", "JPN", "SUPPORT")}),
        ("Poland and Ukraine adopted a joint declaration on grain.", {("POL", "UKR", "SUPPORT"), ("UKR", "POL", "SUPPORT")}),
        ("Colombia re-established relations with Nicaragua.", {("COL", "NIC", "SUPPORT"), ("NIC", "COL", "SUPPORT")}),
        ("Japan expressed contrition to China.", {("JPN", "CHN", "CONCEDE")}),
        # 02x: turning to someone for help, loans applied for, solicited, prodded.
        ("Sri Lanka turned to India for help.", {("LKA", "IND", "REQUEST")}),
        ("Kenya applied to the IMF for a loan.", {("KEN", "IMF", "REQUEST")}),
        ("Armenia solicited French backing.", {("ARM", "FRA", "REQUEST")}),
        ("Washington prodded Baku to resume talks.", {("USA", "AZE", "REQUEST")}),
        ("Tokyo sought assurances from Seoul.", {("JPN", "KOR", "REQUEST")}),
        # 080, 082: capitulating, giving up an objection, clemency.
        ("Budapest capitulated to Brussels on the funds.", {("HUN", "EU", "CONCEDE")}),
        ("Vienna gave up its objections to Romania's Schengen bid.", {("AUT", "ROU", "CONCEDE")}),
        ("Minsk granted clemency to a German citizen.", {("BLR", "DEU", "CONCEDE")}),
        # Later additions: arrivals, pushing someone for something, reaffirmed
        # friendship, diplomatic cover, confidence voiced, a green light.
        ("Erdogan's arrival in Baghdad was delayed by a storm.", {("TUR", "IRQ", "CONSULT")}),
        ("Seoul pushed Tokyo for an apology.", {("KOR", "JPN", "REQUEST")}),
        ("Vietnam and Laos reaffirmed their special friendship.", {("VNM", "LAO", "SUPPORT"), ("LAO", "VNM", "SUPPORT")}),
        ("China lent diplomatic cover to North Korea.", {("CHN", "PRK", "SUPPORT")}),
        ("Paris voiced confidence in Moldova's reforms.", {("FRA", "MDA", "SUPPORT")}),
        ("Austria gave the green light to Croatia's Schengen bid.", {("AUT", "HRV", "SUPPORT")}),
        # Contacts made, orders given, lobbying someone for something.
        ("Kyiv contacted the IAEA about the plant.", {("UKR", "IAEA", "CONSULT")}),
        ("Baghdad made contact with Damascus.", {("IRQ", "SYR", "CONSULT"), ("SYR", "IRQ", "CONSULT")}),
        ("Tehran told Washington to stay out of the conflict.", {("IRN", "USA", "REQUEST")}),
        ("Kyiv lobbied Berlin for Taurus missiles.", {("UKR", "DEU", "REQUEST")}),
        ("Poland wants Germany to pay war reparations.", {("POL", "DEU", "REQUEST")}),
        (
            "Erdogan held a joint news conference with Putin.",
            {("TUR", "RUS", "CONSULT"), ("RUS", "TUR", "CONSULT")},
        ),
        # Solidarity stood in, support messaged, demands walked back, tones softened.
        ("Iran stood in solidarity with Syria.", {("IRN", "SYR", "SUPPORT")}),
        ("Washington sent its top negotiator to Doha.", {("USA", "QAT", "CONSULT")}),
        ("Xi sent a message of support to Putin.", {("CHN", "RUS", "SUPPORT")}),
        ("Ankara backed away from its threats.", {("TUR", None, "CONCEDE")}),
        ("Erdogan softened his rhetoric toward Greece.", {("TUR", "GRC", "CONCEDE")}),
        ("Tokyo and Manila agreed in principle to a reciprocal access deal.", {("JPN", "PHL", "AGREE"), ("PHL", "JPN", "AGREE")}),
    ],
)  # fmt: skip
def test_codebook_phrasings(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert triples(code(text, date=DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Contact in the field, a convoy on its way, a passive lock.
        "Russian troops were in contact with Ukrainian units near Avdiivka.",
        "A convoy of Indian wheat set off for Afghanistan.",
        "The issue was left for further work.",
        "Israel and Hamas are locked in a deadly war.",
        # A bargain, a role that is not a mediator's, a lost contact.
        "Shoppers found a bargain in Paris.",
        "Officials have said the mediators must remain neutral.",
        "The crew lost contact with the ground.",
        # Security sought from someone is no request for help; a conference is no loan.
        "Armenia turned to the United States for security.",
        "The ministry looked forward to working with farmers.",
        # Told reporters, contacted by a news agency, pushing forward, confidence in no one.
        "Erdogan told reporters to expect a long night.",
        "Putin told Reuters he wanted to end the war.",
        "The ministry was contacted by Reuters.",
        "The minister walked back to his car.",
        "Russia sent its army chief to the front.",
        # Visits called off and meetings judged unlikely did not happen.
        "Lavrov's visit to Ankara was postponed.",
        "Macron's trip to China was cancelled.",
        "Analysts said a meeting between Xi and Biden was unlikely.",
        "When contacted, the Russian embassy declined to comment.",
        # Wanting a state of affairs, or not wanting someone to act, asks no one.
        "Armenia wants the war to end.",
        "NATO held a press conference.",
        "Serbia does not want Kosovo to join the Council of Europe.",
        "Russia pushed Ukraine back for weeks.",
        "The minister expressed confidence in the economy.",
    ],
)
def test_codebook_near_misses(code, text: str) -> None:  # type: ignore[no-untyped-def]
    coded = triples(code(text, date=DAY))
    assert not {p for _, _, p in coded} & {"CONSULT", "AGREE", "REQUEST", "CONCEDE"}


def test_free_elections_release_no_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Venezuela agreed to hold free elections next year.", date=DAY)
    assert "RETREAT" not in {p for _, _, p in triples(events)}


def test_support_conveyed_in_a_call_is_not_the_callees(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sharif called Erdogan on Friday to convey Pakistan's support and solidarity."
    )
    assert ("TUR", "PAK", "SUPPORT") not in triples(code(text, date=DAY))
