"""Sanctions, coercion, force, mobilisation and retreat in wire phrasing.

Each case is coded by a lexicon entry added or widened for it (or kept silent by a
narrowed one); the sentences are the project's own, not from the gold sets.
"""

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

DAY = dt.date(2024, 2, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANCTION: tariffs raised by a multiple, a tariff in the singular,
        # restrictions on exports "to" a state, an asset freeze with an amount.
        (
            "The United States quadrupled tariffs on Chinese solar panels.",
            ("USA", "CHN", "163"),
        ),
        (
            "Turkey imposed an additional 40 percent tariff on cars from China.",
            ("TUR", "CHN", "163"),
        ),
        (
            "Brazil announced export restrictions on beef to China.",
            ("BRA", "CHN", "163"),
        ),
        ("Canada froze $26 million in Russian assets.", ("CAN", "RUS", "163")),
        # Suspending a treaty or accord is leaving it (160), not an aid cut.
        (
            "Burkina Faso suspended its military accord with France.",
            ("BFA", "FRA", "160"),
        ),
        # Closing one's border with a state is a blockade on that state.
        ("Estonia shut its border with Russia.", ("EST", "RUS", "191")),
        # COERCE: house arrest, intercepted ships.
        (
            # (the opposition leader is the state's opposition: BLR OPP)
            "Belarusian authorities placed the opposition leader under house arrest.",
            ("BLR", "BLR", "173"),
        ),
        (
            "The Israeli navy intercepted a Turkish aid ship bound for Gaza.",
            ("ISR", "TUR", "171"),
        ),
        # ASSAULT: boarding (guide §4.2: 190), ground pushes, demolition charges,
        # pummelling, missiles fired at ships at sea.
        (
            "Iranian navy commandos boarded a Greek tanker in the Gulf of Oman.",
            ("IRN", "GRC", "190"),
        ),
        ("Turkish troops pushed into northern Syria.", ("TUR", "SYR", "190")),
        ("Russian saboteurs blew up a fuel depot in Poland.", ("RUS", "POL", "183")),
        ("Russia pummelled Odesa with drones.", ("RUS", "UKR", "194")),
        (
            "The Houthis fired missiles at tankers in the Red Sea.",
            ("YEM", None, "195"),
        ),
        # MOBILIZE: port calls of warships, missiles fired into the sea, aircraft
        # sent toward a state, a single drill.
        (
            "Chinese warships docked in Cambodia's Ream naval base.",
            ("CHN", "KHM", "150"),
        ),
        (
            "North Korea launched a cruise missile into the Yellow Sea.",
            ("PRK", None, "150"),
        ),
        ("China dispatched 30 warplanes toward Taiwan.", ("CHN", "TWN", "150")),
        # Drones sent toward a city are an air strike, not aid or a posture.
        ("Russia sent drones toward Kyiv overnight.", ("RUS", "UKR", "195")),
        ("Russia conducted a nuclear weapons drill.", ("RUS", None, "150")),
        # Fire in drills and flights of warplanes are a show of force.
        (
            "India's army fired artillery during exercises near the Chinese border.",
            ("IND", None, "150"),
        ),
        ("Chinese jets crossed the median line near Taiwan.", ("CHN", "TWN", "150")),
        # RETREAT: troops pulling back, rebels withdrawing.
        ("Russian troops pulled back from Kharkiv.", ("RUS", "UKR", "0874")),
        ("Russian troops fled Lyman.", ("RUS", "UKR", "0874")),
        # Suspended sanctions on energy are relief (085), not withheld energy.
        (
            "The EU suspended sanctions on Venezuela's energy sector.",
            ("EU", "VEN", "085"),
        ),
        (
            "Sudanese rebels withdrew from the city of Wad Madani.",
            ("SDN", "SDN", "0874"),
        ),
        # Ending visa-free travel is a cut-off (SANCTION 160, guide §4.2), not an
        # easing or a release; tightened export controls are sanctions.
        (
            "Moscow suspended visa-free travel for Latvian citizens.",
            ("RUS", "LVA", "160"),
        ),
        ("Turkey ended the visa-free regime with Iran.", ("TUR", "IRN", "160")),
        (
            "The United States tightened export controls on chips to China.",
            ("USA", "CHN", "163"),
        ),
        # AID: a shipment that arrives is no visit.
        ("A Saudi aid shipment arrived in Sudan.", ("SAU", "SDN", "070")),
    ],
)
def test_force_and_sanction_phrasing(
    text: str, expected: tuple[str, str | None, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, date=DAY)
    assert expected in {(e.source, e.target, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Natural disasters kill, destroy and pound; they are no assault
        # (guide §5.3), also in a trailing participle.
        ("A powerful earthquake struck Turkey, killing thousands.", "assault.kill"),
        ("The cyclone destroyed homes in Mozambique.", "coerce.destroy_property"),
        ("Floods pounded Pakistan for weeks.", "assault.shell"),
        ("Troops were sent to fight forest fires in Turkey.", "assault.dyad_conflict"),
        ("Heavy downpours killed 12 people in Kenya.", "assault.kill"),
        # Shells fired into the sea in a drill are no shelling.
        ("North Korea fired artillery shells into the sea.", "assault.shell"),
        (
            "India's army fired artillery during exercises near the Chinese border.",
            "assault.artillery",
        ),
        # Seized drugs are police work, not a seizure from another actor.
        ("Police seized cocaine worth millions in Ecuador.", "coerce.seize"),
        ("Moscow suspended visa-free travel for Latvians.", "yield.release_person"),
        ("Turkey ended the visa-free regime with Iran.", "yield.ease_restrictions"),
        # Breaking a siege from outside is no lifting of it.
        ("Relief convoys broke the siege of Mariupol.", "yield.lift_blockade"),
        # A downgrade of relations names no embassy.
        (
            "Ukraine downgraded diplomatic relations with Iran over drone supplies.",
            "sanction.close_embassy",
        ),
        ("A Saudi aid shipment arrived in Sudan.", "consult.travel_to"),
        # Boarding and intercepting need a force and a vessel.
        ("Passengers boarded the ferry to Crete.", "assault.board_vessel"),
        ("Israel intercepted drones launched from Iran.", "coerce.intercept_vessel"),
        ("Iran fired missiles at Israel from the sea.", "mobilize.missiles_into_sea"),
        (
            "Allied navies launched war games in Iranian waters.",
            "mobilize.missiles_into_sea",
        ),
        ("Russia sent drones toward Kyiv overnight.", "mobilize.send_toward"),
    ],
)
def test_entry_stays_silent(text: str, entry: str, pipeline: Pipeline) -> None:
    patterns = {e.pattern for e in pipeline.code_text(text, date=DAY)}
    assert entry not in patterns


def test_aircraft_sent_toward_a_state_are_no_aid(pipeline: Pipeline) -> None:
    events = pipeline.code_text("China sent 71 warplanes toward Taiwan.", date=DAY)
    assert "AID" not in {e.plover for e in events}
