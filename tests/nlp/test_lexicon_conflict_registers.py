"""Material conflict in the registers of trade and finance press, police and court
reports and military communiques: asset freezes and countermeasures imposed,
banks cut off from SWIFT, prison terms handed down, nationals held, media offices
shut, entry bans that beat a refused access, cross-border fire, materiel destroyed,
drones intercepted, projectiles slamming into a place, troops massed "along" a
border, and near misses (casualty counts, fans in the streets, treaties that
name waters, weapons depots, a national day).

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
        # sanction.impose_sanctions: an asset freeze and countermeasures are sanctions
        ("Tokyo imposed an asset freeze on Russian individuals.", ("JPN", "RUS", "SANCTION")),
        ("China imposed countermeasures on nine US defence companies.", ("CHN", "USA", "SANCTION")),
        # actors._QUANTIFIERS: a number word up to twenty, and the tens
        ("Tokyo imposed sanctions on eleven Russian individuals.", ("JPN", "RUS", "SANCTION")),
        # sanction.terror_designation: a possessive name before "as a terrorist"
        ("Canada listed Iran's Revolutionary Guards as a terrorist entity.", ("CAN", "IRN", "SANCTION")),
        # sanction.hand_sentence: the one handed the term is the target
        ("Iran's judiciary handed a French national a five-year prison term.", ("IRN", "FRA", "SANCTION")),
        # sanction.tariffs_noun
        ("The EU's tariffs on Chinese electric vehicles took effect on Wednesday.", ("EU", "CHN", "SANCTION")),
        # sanction.cut_off_payments
        ("The EU removed seven Russian banks from the SWIFT system.", ("EU", "RUS", "SANCTION")),
        # sanction.end_agreement, not coerce.withhold on "Waters"
        ("India suspended the Indus Waters Treaty with Pakistan.", ("IND", "PAK", "SANCTION")),
        # coerce.hold_nationals
        ("Taliban authorities are holding two American citizens.", ("AFG", "USA", "COERCE")),
        ("Tajik border guards held two Kyrgyz citizens for questioning.", ("TJK", "KGZ", "COERCE")),
        # coerce.entry_ban beats reject.access when people are barred from a country
        ("Russia barred Latvian journalists from entering the country.", ("RUS", "LVA", "COERCE")),
        # coerce.close_media_office: a broadcaster's office shut is censorship
        ("Azerbaijan shut down the BBC's office in Baku.", ("AZE", "GBR", "COERCE")),
        # assault.exchange_fire
        ("India and Pakistan exchanged cross-border fire along the Line of Control.", ("IND", "PAK", "ASSAULT")),
        ("Pakistani and Afghan forces traded heavy gunfire at the border crossing.", ("AFG", "PAK", "ASSAULT")),
        # assault.destroy_materiel
        ("The Russian Ministry of Defence said its forces destroyed three Ukrainian tanks.", ("RUS", "UKR", "ASSAULT")),
        # assault.intercept_projectiles
        ("Moscow said its air defences intercepted thirty Ukrainian drones over Bryansk.", ("RUS", "UKR", "ASSAULT")),
        # assault.projectile_hit: a singular bomb
        ("A Russian glide bomb slammed into a residential block in Zaporizhzhia.", ("RUS", "UKR", "ASSAULT")),
        # assault.strike_depot beats cooperate.arms_deal: a struck depot is attacked
        ("The Israeli army said it struck a Hezbollah weapons depot in the Bekaa Valley.", ("ISR", "LBN", "ASSAULT")),
        # mobilize.move_closer beats support.close_to when troops move
        ("Serbia ordered its troops to move closer to the border with Kosovo.", ("SRB", "XKX", "MOBILIZE")),
        # actors._PREPS and events._PLACE_PREPS: "along" the border of a state
        ("Ethiopia massed forces along the Eritrean border.", ("ETH", "ERI", "MOBILIZE")),
        ("Thailand reinforced its troops along the Cambodian border.", ("THA", "KHM", "MOBILIZE")),
        ("The European Union deployed a civilian monitoring mission along Armenia's border with Azerbaijan.", ("EU", "ARM", "AID")),
        # sanction.export_controls: curbs as a noun
        ("Washington's export curbs on advanced chips to China took effect on Thursday.", ("USA", "CHN", "SANCTION")),
        # assault.counteroffensive: cross-border operations
        ("Turkey conducted cross-border operations against Kurdish militants in northern Iraq.", ("TUR", "IRQ", "ASSAULT")),
        # assault.execute: a longer description of the executed
        ("Iran executed an Iraqi-born dual national accused of spying.", ("IRN", "IRQ", "ASSAULT")),
        # events._other_doer: the reacting actor is not what it reacts to
        ("The detention of two Japanese nationals by Chinese authorities drew protests from Tokyo.", ("JPN", "CHN", "ACCUSE")),
        ("Russia's seizure of Ukrainian grain ships angered Kyiv.", ("UKR", "RUS", "ACCUSE")),
        # sanction.revoke_export_licences
        ("The Netherlands revoked export licences for chip machines bound for China.", ("NLD", "CHN", "SANCTION")),
        # sanction.ban_vehicles: cars
        ("Latvia, Lithuania and Estonia banned cars with Russian number plates.", ("LVA", "RUS", "SANCTION")),
        # threaten.vow_retaliation: punishment "for" its target
        ("Iran's supreme leader vowed harsh punishment for Israel.", ("IRN", "ISR", "THREATEN")),
        # sanction.take_countermeasures
        ("China took countermeasures against five US defence contractors.", ("CHN", "USA", "SANCTION")),
        # UAVs as drones (assault.shoot_down, assault.intercept_projectiles)
        ("The Russian Defence Ministry said air defence systems intercepted and destroyed 25 Ukrainian UAVs.", ("RUS", "UKR", "ASSAULT")),
        # assault.deliver_strike beats aid.provide_military
        ("Russian forces delivered a massive strike on Ukraine's military-industrial facilities.", ("RUS", "UKR", "ASSAULT")),
        # coerce.push_back_migrants
        ("Lithuanian border guards pushed back dozens of migrants into Belarus.", ("LTU", "BLR", "COERCE")),
        # sanction.persona_non_grata: the plural
        ("Moscow declared four Norwegian diplomats personae non gratae.", ("RUS", "NOR", "SANCTION")),
        # assault.artillery_noun: a barrage
        ("Hezbollah's rocket barrage on Israel forced evacuations.", ("LBN", "ISR", "ASSAULT")),
        # assault.come_under_fire: the "from" phrase fires on the subject
        ("Armenian positions came under fire from Azerbaijani units.", ("AZE", "ARM", "ASSAULT")),
        # sanction.expel_diplomats: an embassy official
        ("Russia expelled a US embassy official.", ("RUS", "USA", "SANCTION")),
        ("The Indian army said its posts came under heavy fire from Pakistani troops.", ("PAK", "IND", "ASSAULT")),
    ],
)  # fmt: skip
def test_conflict_register_is_coded(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _asserted(code, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Clashes between Armenian and Azerbaijani troops left four soldiers dead.", "RETREAT"),
        ("The Israeli army said it struck a Hezbollah weapons depot in the Bekaa Valley.", "COOPERATE"),
        ("India suspended the Indus Waters Treaty with Pakistan.", "COERCE"),
        ("Russia barred Latvian journalists from entering the country.", "REJECT"),
        ("A Russian glide bomb slammed into a residential block in Zaporizhzhia.", "ACCUSE"),
        ("Serbia ordered its troops to move closer to the border with Kosovo.", "SUPPORT"),
        ("Thousands of fans flooded the streets of Buenos Aires.", "PROTEST"),
        ("France holds its first national day of commemoration.", "COERCE"),
        ("Engineers destroyed outdated ammunition stocks at a depot near Sofia.", "ASSAULT"),
        ("Chinese jets intercepted a US spy plane over the South China Sea.", "ASSAULT"),
        ("The two leaders held talks with Chinese citizens in Jakarta.", "COERCE"),
        ("Russian forces delivered a massive strike on Ukraine's military-industrial facilities.", "AID"),
        ("The US delivered a blow to Russia's economy.", "ASSAULT"),
        ("Pashinyan came under fire from Russian officials.", "ASSAULT"),
        # sanction.retaliate_with: curbs, not a blow
        ("China hit back with export curbs on rare earths to the United States.", "ASSAULT"),
    ],
)  # fmt: skip
def test_near_miss_codes_no_conflict(code, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in {p for _, _, p in _asserted(code, text)}


def test_a_prison_term_is_handed_by_the_court_to_the_convicted(code) -> None:  # type: ignore[no-untyped-def]
    coded = _asserted(
        code,
        "A Russian court handed an American journalist a sixteen-year prison term.",
    )
    assert coded == {("RUS", "USA", "SANCTION")}


def test_an_attack_noun_after_by_is_the_attackers(code) -> None:  # type: ignore[no-untyped-def]
    """clauses.looks_nominal: "a (massive) Russian missile (and drone) attack" is
    a noun, so the passive subject is not read as the attacker."""
    for text in (
        "Kyiv was hit by a Russian missile attack.",
        "Kyiv was hit by a massive Russian missile and drone attack overnight.",
    ):
        assert ("UKR", "RUS", "ASSAULT") not in _asserted(code, text)
    assert ("RUS", "UKR", "ASSAULT") in _asserted(
        code, "Kyiv was hit by a Russian missile attack."
    )


def test_a_reaction_with_no_doer_is_left_without_one(code) -> None:  # type: ignore[no-untyped-def]
    """events._other_doer only replaces a subject that is the reacting actor."""
    coded = code(
        "Armenian and U.S. troops began a joint exercise near Yerevan on Monday, "
        "in a move that has angered Moscow.",
        date=dt.date(2023, 9, 12),
    )
    assert not [
        e for e in coded if e.plover == "ACCUSE" and not e.doubtful and e.target
    ]


def test_arms_export_licences_stay_a_military_aid_cut(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Germany suspended export licences for arms to Israel.", date=DAY)
    assert [(e.source, e.target, e.cameo) for e in events] == [("DEU", "ISR", "1622")]


def test_countermeasures_with_no_target_make_no_event(code) -> None:  # type: ignore[no-untyped-def]
    """sanction.take_countermeasures needs its target: the clause before names
    who would be watched, not who acts."""
    events = code(
        "Kremlin spokesman Dmitry Peskov said Russia would closely watch what "
        "Sweden did in the alliance and would take countermeasures.",
        date=dt.date(2024, 3, 8),
    )
    assert not [e for e in events if e.source == "SWE"]


def test_an_execution_of_a_foreign_national_is_not_doubted(code) -> None:  # type: ignore[no-untyped-def]
    """events._ONE_SIDED_KILLINGS: no border or war is needed between a state
    and the foreigners it executes (the garbled-name doubt is for fighting)."""
    coded = _asserted(
        code, "Saudi Arabia executed two Bahraini nationals on terrorism charges."
    )
    assert ("SAU", "BHR", "ASSAULT") in coded


@pytest.mark.parametrize(
    "text",
    [
        # "for" and "to" later in the clause no longer hide the launch.
        "Russia launched dozens of missiles at cities across Ukraine on Monday in what "
        "Putin called retaliation for the explosion on the Crimean bridge.",
        "Iran fired missiles at Israel for the first time.",
    ],
)
def test_missiles_launched_whatever_follows(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2022, 10, 10))
    assert "195" in {e.cameo for e in events if e.plover == "ASSAULT"}


def test_bombers_flown_to_signal_are_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia flew strategic bombers near Alaska to signal its displeasure.",
        date=dt.date(2024, 5, 1),
    )
    assert ("RUS", "USA", "MOBILIZE") in {
        (e.source, e.target, e.plover) for e in events
    }
