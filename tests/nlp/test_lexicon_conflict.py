"""Rejections, sanctions, coercion, force, mobilisation, protest and accusations in
wire phrasing that had no trigger, and near misses that must not code a conflict.

Each case is coded by a lexicon entry added or widened for it (or kept silent by a
narrowed one, or by the small rules named in the comments); the sentences are the
project's own, not from the gold sets.
"""

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

from ..conftest import asserted_triples

DAY = dt.date(2024, 6, 12)


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    """The asserted events the scorer counts: not doubtful, not negated."""
    return asserted_triples(pipeline.code_text(text, date=DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # REJECT: declined invitations, refusals to accept, refusal nouns, a
        # possessive written with a bare apostrophe; "said no to" is a refusal,
        # not a denied act (clauses.read_cues).
        (
            "Kazakhstan declined Moscow's invitation to a parade in Red Square.",
            ("KAZ", "RUS", "REJECT"),
        ),
        (
            "Bolivia refused to accept the findings of the Organization of American "
            "States.",
            ("BOL", "OAS", "REJECT"),
        ),
        (
            "Managua's refusal to extend the mandate of the OAS mission drew "
            "criticism.",
            ("NIC", "OAS", "REJECT"),
        ),
        (
            "The Philippines' rejection of Beijing's claims was welcomed in Tokyo.",
            ("PHL", "CHN", "REJECT"),
        ),
        ("Egypt said no to Ethiopia's plan for the dam.", ("EGY", "ETH", "REJECT")),
        # Idioms of refusal, proposals shot down, approval withheld.
        (
            "Moscow poured cold water on Kyiv's proposal for a summit.",
            ("RUS", "UKR", "REJECT"),
        ),
        (
            "Athens shot down Ankara's proposal for joint drilling.",
            ("GRC", "TUR", "REJECT"),
        ),
        (
            "Turkey withheld its approval of Finland's NATO membership.",
            ("TUR", "FIN", "REJECT"),
        ),
        # SANCTION: surtaxes, entity lists, bans delivered with "hit ... with",
        # the imposition of tariffs, trade curbs placed, trade status revoked.
        (
            "Ottawa imposed a surtax on Chinese steel and aluminium.",
            ("CAN", "CHN", "SANCTION"),
        ),
        (
            "Washington added dozens of Chinese companies to its entity list.",
            ("USA", "CHN", "SANCTION"),
        ),
        (
            "Brussels hit Belarusian potash with an import ban.",
            ("EU", "BLR", "SANCTION"),
        ),
        (
            "Ottawa's imposition of tariffs on Chinese electric cars angered Beijing.",
            ("CAN", "CHN", "SANCTION"),
        ),
        (
            "Beijing placed export controls on graphite sold to the United States.",
            ("CHN", "USA", "SANCTION"),
        ),
        (
            "Canada revoked Russia's most-favoured-nation trade status.",
            ("CAN", "RUS", "SANCTION"),
        ),
        (
            "India suspended visa services for Canadian citizens.",
            ("IND", "CAN", "SANCTION"),
        ),
        # A trading partner struck off a white list, trade status downgraded,
        # officials designated for sanctions, an office closed, military talks
        # cut off, goods banned, a consul expelled, visas stopped.
        (
            "Seoul removed Japan from its white list of trusted trading partners.",
            ("KOR", "JPN", "SANCTION"),
        ),
        ("Ottawa downgraded Russia's trade status.", ("CAN", "RUS", "SANCTION")),
        (
            "The US Treasury designated three Nicaraguan officials for sanctions.",
            ("USA", "NIC", "SANCTION"),
        ),
        (
            "Moscow ordered the closure of the British Council office in St Petersburg.",
            ("RUS", "GBR", "SANCTION"),
        ),
        (
            "Estonia announced the closure of its consulate in Russia.",
            ("EST", "RUS", "SANCTION"),
        ),
        (
            "Beijing cut off military talks with Washington.",
            ("CHN", "USA", "SANCTION"),
        ),
        ("Moscow banned Moldovan fruit.", ("RUS", "MDA", "SANCTION")),
        ("Tokyo expelled a Russian consul for spying.", ("JPN", "RUS", "SANCTION")),
        (
            "Hanoi stopped issuing visas to Chinese tourists.",
            ("VNM", "CHN", "SANCTION"),
        ),
        # COERCE: cracking down, unspecified, is 170 (guide §4.2); embassies
        # surrounded, systems hacked into, thefts and outages by hackers, raids.
        (
            "Tehran cracked down on Afghan migrants, drawing criticism from Kabul.",
            ("IRN", "AFG", "COERCE"),
        ),
        (
            "Nicaraguan police surrounded the Costa Rican embassy in Managua.",
            ("NIC", "CRI", "COERCE"),
        ),
        (
            "Iranian hackers broke into the email accounts of Israeli officials.",
            ("IRN", "ISR", "COERCE"),
        ),
        (
            "North Korean hackers stole $300 million from a Japanese exchange.",
            ("PRK", "JPN", "COERCE"),
        ),
        (
            "Russian hackers knocked Lithuanian government websites offline.",
            ("RUS", "LTU", "COERCE"),
        ),
        (
            "The Dutch government took control of Chinese-owned chipmaker Nexperia.",
            ("NLD", "CHN", "COERCE"),
        ),
        (
            "China's security service picked up a Japanese businessman in Beijing.",
            ("CHN", "JPN", "COERCE"),
        ),
        # A blockade between states with no border is no garbled name (events:
        # the doubt is for fighting only), nor is a Houthi attack on a ship.
        (
            "Chinese coast guard ships blockaded a Philippine resupply mission.",
            ("CHN", "PHL", "COERCE"),
        ),
        (
            "The Houthis targeted a Greek-owned tanker in the Red Sea.",
            ("YEM", "GRC", "ASSAULT"),
        ),
        # ASSAULT: clashes between two forces, heavy exchanges of fire,
        # cross-border incursions.
        (
            "Clashes between Thai and Cambodian troops killed 12 people.",
            ("THA", "KHM", "ASSAULT"),
        ),
        (
            "Indian and Pakistani troops traded artillery fire across the Line of "
            "Control.",
            ("PAK", "IND", "ASSAULT"),
        ),
        (
            "Ukraine mounted a cross-border incursion into Russia's Belgorod region.",
            ("UKR", "RUS", "ASSAULT"),
        ),
        (
            "Russian forces hammered Ukrainian positions near Toretsk.",
            ("RUS", "UKR", "ASSAULT"),
        ),
        (
            "Ukraine used British Storm Shadow missiles against targets in Russia.",
            ("UKR", "RUS", "ASSAULT"),
        ),
        # MOBILIZE: an alert aimed at a neighbour, weaponry moved to a border,
        # bombers flying near a state.
        (
            "Guyana put its army on alert near the Venezuelan border.",
            ("GUY", "VEN", "MOBILIZE"),
        ),
        (
            "Azerbaijan moved heavy weaponry toward the Armenian border.",
            ("AZE", "ARM", "MOBILIZE"),
        ),
        ("Chinese bombers flew near Japan on Tuesday.", ("CHN", "JPN", "MOBILIZE")),
        # PROTEST: a junction blocked by students, crowds picketing a consulate.
        (
            "Serbian students blocked a busy junction in Novi Sad.",
            ("SRB", "SRB", "PROTEST"),
        ),
        (
            "Hundreds of Kenyans picketed the Ugandan embassy in Nairobi.",
            ("KEN", "UGA", "PROTEST"),
        ),
        (
            "Armenian opposition supporters clashed with police in Yerevan.",
            ("ARM", "ARM", "PROTEST"),
        ),
        # RETREAT: a state's withdrawal from a place, as a noun.
        (
            "Russia's withdrawal from Kherson was a blow to the Kremlin.",
            ("RUS", "UKR", "RETREAT"),
        ),
        # ACCUSE: a leader's verbal attack, an attack on a policy.
        (
            "Hungary's prime minister attacked Brussels over its migration pact.",
            ("HUN", "EU", "ACCUSE"),
        ),
        (
            "Turkey attacked Sweden's policy on Kurdish groups.",
            ("TUR", "SWE", "ACCUSE"),
        ),
    ],
)
def test_conflict_phrasing(
    text: str, expected: tuple[str, str | None, str], pipeline: Pipeline
) -> None:
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # Verbal attacks, metaphors and sport are no assault (guide §5.3).
        ("Argentina's president attacked the Spanish government.", "ASSAULT"),
        ("Hungary's prime minister attacked Brussels over migration.", "ASSAULT"),
        ("The battle for the presidency intensified in Senegal.", "ASSAULT"),
        ("Ukraine's fight against corruption won praise from Brussels.", "ASSAULT"),
        ("The tariff war between Washington and Beijing hurt growth.", "ASSAULT"),
        ("Ecuador's president declared war on drug gangs.", "ASSAULT"),
        ("Mexico's peso came under attack from speculators.", "ASSAULT"),
        # Sanctions relief is no sanction; a bank's bond purchases are no trade.
        ("Iran welcomed talk of sanctions relief from Washington.", "SANCTION"),
        ("The Bank of Japan froze its bond purchases.", "SANCTION"),
        # A currency's slide is not arrested.
        ("Pakistan's central bank arrested the rupee's slide.", "COERCE"),
        # "the embassy raid" names a raid; its subject did not raid.
        ("Mexico lodged a protest with Ecuador over the embassy raid.", "COERCE"),
        # Blame for the weather and warnings about the economy are no acts.
        ("South Korea blamed the heavy rains for the deaths.", "ACCUSE"),
        ("Nigeria's president warned that inflation would stay high.", "THREATEN"),
        # Troops sent to help flood victims are aid, not a mobilisation.
        ("Nigeria's army deployed troops to help flood victims.", "MOBILIZE"),
        # "to protest" after a summons is the summons' own complaint.
        ("Egypt summoned the Israeli ambassador to protest the raid.", "PROTEST"),
        ("Jordan recalled its envoy from Israel in protest.", "PROTEST"),
        # A government blocking a merger vetoes nothing.
        ("The Indonesian government blocked a merger of two banks.", "REJECT"),
        # What an ultimatum demands has not happened.
        ("Baku gave the separatists 24 hours to lay down their arms.", "RETREAT"),
        # Sport is no shelling.
        ("Germany hammered Scotland 5-1 in Munich.", "ASSAULT"),
        # Fire on a crowd waiting for aid opens no aid access.
        ("Israeli forces opened fire on a crowd waiting for aid.", "RETREAT"),
    ],
)
def test_near_miss_codes_no_conflict(
    text: str, plover: str, pipeline: Pipeline
) -> None:
    # Doubtful events count here too: the near miss must not be read at all.
    assert plover not in {e.plover for e in pipeline.code_text(text, date=DAY)}


def test_said_no_to_is_not_negated(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Israel said no to a Saudi proposal.", date=DAY)
    rejects = [e for e in events if e.plover == "REJECT"]
    assert rejects and not any(e.negated for e in rejects)


def test_held_no_talks_stays_negated(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Armenia held no talks with Azerbaijan.", date=DAY)
    assert events and all(e.negated for e in events if e.plover == "CONSULT")


def test_alert_without_an_aim_has_no_target(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Armenia put its army on high alert.", date=DAY)
    assert ("ARM", None, "MOBILIZE") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada retaliated with tariffs on US steel.", ("CAN", "USA", "SANCTION")),
        ("China hit back with tariffs on American farm goods.", ("CHN", "USA", "SANCTION")),
        # A package of sanctions is no aid package.
        ("The EU agreed a 14th package of sanctions against Russia.", ("EU", "RUS", "SANCTION")),
        # An exemption from sanctions eases them.
        ("Washington granted Hungary an exemption from sanctions on Russian gas payments.", ("USA", "HUN", "RETREAT")),
    ],
)  # fmt: skip
def test_retaliation_packages_and_exemptions(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2025, 3, 10))
    assert [(e.source, e.target, e.plover) for e in events] == [expected]


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        # A bare refusal answers the request before it.
        ("Armenia asked Russia to withdraw its border guards; Moscow refused.", ("RUS", "ARM")),
        ("Egypt asked Israel to open the crossing, but Israel declined.", ("ISR", "EGY")),
        ("The EU urged Serbia to align with its sanctions. Belgrade refused.", ("SRB", "EU")),
    ],
)  # fmt: skip
def test_a_bare_refusal_answers_the_request(code, text: str, refusal) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2024, 5, 1))
    assert [(e.source, e.target) for e in events if e.plover == "REJECT"] == [refusal]


def test_declining_to_comment_is_no_refusal(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Russia declined to comment.", date=dt.date(2024, 5, 1)) == []
