"""Aid, cooperation and de-escalation in donor, trade and procurement phrasing.

Each case is coded by a lexicon entry added or widened for it, or kept apart from
a conflict reading by a narrowed one; the sentences are the project's own, not
from the gold sets.
"""

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

from ..conftest import asserted_triples

DAY = dt.date(2024, 5, 1)


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    """The asserted events the scorer counts: not doubtful, not negated."""
    return asserted_triples(pipeline.code_text(text, date=DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid.receive_economic: the lender is the source, whatever the voice
        ("Kenya received a loan from the IMF.", {("IMF", "KEN", "AID")}),
        (
            "Bangladesh received $500 million in budget support from Japan.",
            {("JPN", "BGD", "AID")},
        ),
        (
            "Pakistan secured a $3 billion loan from Saudi Arabia.",
            {("SAU", "PAK", "AID")},
        ),
        # aid.receive_humanitarian, the giver named by an adjective
        ("Hungary received a shipment of Chinese vaccines.", {("CHN", "HUN", "AID")}),
        # aid.debt_relief_noun
        ("France announced debt relief for Somalia.", {("FRA", "SOM", "AID")}),
        # aid.increase_aid
        ("Ireland doubled its humanitarian funding for Gaza.", {("IRL", "PSE", "AID")}),
        (
            "The United States increased military aid to Israel.",
            {("USA", "ISR", "AID")},
        ),
        # aid.peacekeeping_mission widened to extending a mission
        ("Britain extended its training mission in Kenya.", {("GBR", "KEN", "AID")}),
        # aid.provide_air_defence widened to gifts
        ("India gifted two helicopters to the Maldives.", {("IND", "MDV", "AID")}),
        # cooperate.arms_deal_noun widened to orders and leases from a seller
        ("Egypt ordered Rafale jets from France.", {("EGY", "FRA", "COOPERATE")}),
        ("Greece leased two frigates from France.", {("GRC", "FRA", "COOPERATE")}),
        # cooperate.joint_venture
        (
            "Egypt and Saudi Arabia set up a joint venture to build a power link.",
            {("EGY", "SAU", "COOPERATE"), ("SAU", "EGY", "COOPERATE")},
        ),
        # support.sign_agreement widened to currency swaps
        (
            "China signed a $2bn currency swap with Argentina.",
            {("CHN", "ARG", "SUPPORT"), ("ARG", "CHN", "SUPPORT")},
        ),
        # yield.ease_sanctions: the exporter named after "from"
        (
            "China lifted the ban on imports from Australia.",
            {("CHN", "AUS", "RETREAT")},
        ),
        # yield.release_frozen beats the freezing it undoes
        (
            "Washington released $95 million in frozen aid to Egypt.",
            {("USA", "EGY", "RETREAT")},
        ),
        (
            "The EU unlocked 10 billion euros in frozen funds for Hungary.",
            {("EU", "HUN", "RETREAT")},
        ),
        # cooperate.resume_flights
        ("Russia resumed flights to Georgia.", {("RUS", "GEO", "COOPERATE")}),
        # aid.provide_humanitarian widened to firefighting
        ("Algeria sent firefighting planes to Tunisia.", {("DZA", "TUN", "AID")}),
        # yield.reduce_troop_presence beats the downgrade of a participation
        (
            "Russia reduced its military presence in Syria.",
            {("RUS", "SYR", "RETREAT")},
        ),
        # yield.complete_disengagement
        (
            "India and China completed disengagement along the Line of Actual Control.",
            {("IND", "CHN", "RETREAT"), ("CHN", "IND", "RETREAT")},
        ),
        # cooperate.tariff_preference, cooperate.approve_imports, yield.unblock_trade
        (
            "China granted zero tariffs to imports from Tanzania.",
            {("CHN", "TZA", "COOPERATE")},
        ),
        ("Beijing approved imports of Kenyan avocados.", {("CHN", "KEN", "COOPERATE")}),
        ("China unblocked Lithuanian exports.", {("CHN", "LTU", "RETREAT")}),
        # yield.allow_access widened to agencies
        ("Ethiopia allowed UN agencies into Tigray.", {("ETH", "UN", "RETREAT")}),
        # yield.exchange_remains: both sides return the dead
        (
            "Ukraine and Russia exchanged the bodies of fallen soldiers.",
            {("UKR", "RUS", "RETREAT"), ("RUS", "UKR", "RETREAT")},
        ),
        # yield.scrap_visas
        ("Moscow scrapped visas for Georgians.", {("RUS", "GEO", "CONCEDE")}),
        # yield.withdraw_troops widened to heavy weapons
        (
            "Kyrgyzstan withdrew its heavy weapons from the border with Tajikistan.",
            {("KGZ", "TJK", "RETREAT")},
        ),
        # aid.receive_weapons: a longer object before the "from" phrase
        (
            "Pakistan received its first batch of J-10C fighter jets from China.",
            {("CHN", "PAK", "AID")},
        ),
        # yield.allow_goods_in
        ("Israel allowed fuel into Gaza.", {("ISR", "PSE", "RETREAT")}),
    ],
)
def test_material_register_is_coded(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # assault.dyad_conflict: "prisoners of war" names no war between the parties
        (
            "Ukraine handed over 50 prisoners of war to Russia.",
            {("UKR", "RUS", "RETREAT")},
        ),
        # assault.shell: shells sent are a delivery, not a bombardment
        ("North Korea has sent artillery shells to Russia.", {("PRK", "RUS", "AID")}),
        # coerce.jail: the jailing named to describe the freed is no new arrest
        (
            "Venezuela released six Americans jailed in Caracas.",
            {("VEN", "USA", "RETREAT")},
        ),
        # yield.humanitarian_corridor: a humanitarian truce is a ceasefire agreed
        (
            "Israel and Hamas agreed to a humanitarian truce.",
            {("ISR", "PSE", "CONCEDE"), ("PSE", "ISR", "CONCEDE")},
        ),
        # cooperate.order_arms: an order as a noun is no purchase
        (
            "The Israeli military mobilized troops for a possible order to move "
            "against Syria's chemical weapons.",
            {("ISR", "SYR", "MOBILIZE")},
        ),
        # aid.lease_weapons: leasing from a seller is no gift to it
        ("Germany leased Patriot systems to Ukraine.", {("DEU", "UKR", "AID")}),
    ],
)
def test_material_near_miss_keeps_its_type(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel let food prices rise.",
        "The patient received medical treatment from doctors.",
        "Italy's aid budget for Africa rose by ten percent.",
        "Japan cut its military budget.",
        # aid.extend_mission: a political mission is no protection
        "The Security Council voted to extend the UN political mission in Afghanistan.",
        # yield.release: a list of prisoners handed over frees no one
        "Israel handed Hamas a list of prisoners.",
        "The government allowed imports to fall.",
        # accuse.charge: goods given free of charge
        "Russia delivered fertiliser free of charge to Malawi.",
        # aid.fund: a sovereign fund is no funding
        "Norway's sovereign fund sold its stake in an Israeli firm.",
    ],
)
def test_material_control_is_not_coded(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Drones sent against a city are an attack, not a delivery.
        ("Russia sent a swarm of kamikaze drones against Kyiv.", ("RUS", "UKR", "ASSAULT")),
        # A pause in participation is a freeze, not a truce.
        ("Yerevan announced a pause in its participation in the CSTO.", ("ARM", "CSTO", "SANCTION")),
    ],
)  # fmt: skip
def test_attacks_and_freezes_are_no_aid_or_truce(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2024, 5, 1))
    assert expected in {(e.source, e.target, e.plover) for e in events}
