"""Material acts walked code by code through CAMEO 06-08 and 15-20.

Each case is coded by a lexicon entry added or widened for it (cooperation, aid,
retreat, mobilisation, sanctions, coercion and assault phrasings the lexicon did
not know), or kept apart by a narrowed one; the sentences are the project's own,
not from the gold sets.
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
        # COOPERATE
        (
            "Greece and Cyprus coordinated their naval patrols south of Crete.",
            {("GRC", "CYP", "COOPERATE"), ("CYP", "GRC", "COOPERATE")},
        ),
        (
            "Sweden and Finland pooled their resources to buy air defence systems.",
            {("SWE", "FIN", "COOPERATE"), ("FIN", "SWE", "COOPERATE")},
        ),
        (
            "Armenia and Iran connected their power grids in 2023.",
            {("ARM", "IRN", "COOPERATE"), ("IRN", "ARM", "COOPERATE")},
        ),
        (
            "Chinese and Russian warships sailed a joint patrol near Alaska.",
            {("CHN", "RUS", "COOPERATE"), ("RUS", "CHN", "COOPERATE")},
        ),
        (
            "Thailand surrendered a fugitive Chinese banker to Beijing.",
            {("THA", "CHN", "COOPERATE")},
        ),
        (
            "Canada relayed intelligence about the plot to India.",
            {("CAN", "IND", "COOPERATE")},
        ),
        # AID
        (
            "Germany chipped in 100 million euros for Moldova's energy needs.",
            {("DEU", "MDA", "AID")},
        ),
        (
            "Qatar topped up its deposit at Egypt's central bank.",
            {("QAT", "EGY", "AID")},
        ),
        ("Egyptian aircraft dropped food over southern Gaza.", {("EGY", "PSE", "AID")}),
        ("Italy granted protection to 300 Libyan migrants.", {("ITA", "LBY", "AID")}),
        (
            "Turkey set up a field hospital in Gaza for injured Palestinians.",
            {("TUR", "PSE", "AID")},
        ),
        ("Japan gifted ambulances to Moldova.", {("JPN", "MDA", "AID")}),
        ("China delivered 20,000 tonnes of rice to Myanmar.", {("CHN", "MMR", "AID")}),
        ("Britain gave Kenya a 40 million pound grant.", {("GBR", "KEN", "AID")}),
        ("Britain resettled 20,000 Syrians.", {("GBR", "SYR", "AID")}),
        # SANCTION
        ("Australia axed its aid to Nauru.", {("AUS", "NRU", "SANCTION")}),
        (
            "The European Union penalised Belarus for the forced landing.",
            {("EU", "BLR", "SANCTION")},
        ),
        (
            "Kyiv recalled its negotiators from the talks with Moscow.",
            {("UKR", "RUS", "SANCTION")},
        ),
        (
            "Burkina Faso ordered the EU mission to leave within a week.",
            {("BFA", "EU", "SANCTION")},
        ),
        ("Canada outlawed imports of Russian seafood.", {("CAN", "RUS", "SANCTION")}),
        (
            "Washington targeted Russia's shipping fleet with a new round of sanctions.",
            {("USA", "RUS", "SANCTION")},
        ),
        (
            "Germany suspended its development assistance to Niger.",
            {("DEU", "NER", "SANCTION")},
        ),
        # COERCE
        (
            "Russia placed Danone's Russian unit under temporary management.",
            {("RUS", None, "COERCE")},
        ),
        (
            "Niger's junta decreed a state of emergency in Tillaberi.",
            {("NER", "NER", "COERCE")},
        ),
        # troops advancing into a state's territory occupy it (192); "its
        # territory" is a state's, not the organisation named before it
        (
            "Azerbaijani troops advanced into Armenian territory near Jermuk.",
            {("AZE", "ARM", "COERCE")},
        ),
        (
            "Pashinyan said the CSTO had not helped Armenia when Azerbaijani troops "
            "advanced into its territory.",
            {("ARM", "CSTO", "ACCUSE"), ("AZE", "ARM", "COERCE")},
        ),
        (
            "Houthi rebels captured a British-owned commercial ship in the Red Sea.",
            {("YEM", "GBR", "COERCE")},
        ),
        # ASSAULT
        (
            "Nigerian police tear-gassed protesters in Lagos.",
            {("NGA", "NGA", "ASSAULT")},
        ),
        (
            "Russian forces wiped out Ukrainian villages near Bakhmut.",
            {("RUS", "UKR", "ASSAULT")},
        ),
        (
            "The Turkish raid on Kurdish positions in Iraq lasted two days.",
            {("TUR", "IRQ", "ASSAULT")},
        ),
        (
            "Iraqi forces gassed Kurdish civilians in Halabja.",
            {("IRQ", "IRQ", "ASSAULT")},
        ),
        (
            "Ukrainian saboteurs blew up a Russian officer's car in Melitopol.",
            {("UKR", "RUS", "ASSAULT")},
        ),
        (
            "Russian troops swept into the Ukrainian town of Vovchansk.",
            {("RUS", "UKR", "ASSAULT")},
        ),
        (
            "Ukrainian forces drove Russian troops from Kherson.",
            {("UKR", "RUS", "ASSAULT")},
        ),
        # MOBILIZE
        (
            "Russian jets shadowed a British spy plane over the Black Sea.",
            {("RUS", "GBR", "MOBILIZE")},
        ),
        (
            "Iran launched a military reconnaissance satellite on Saturday.",
            {("IRN", None, "MOBILIZE")},
        ),
        ("Israel summoned 300,000 reservists.", {("ISR", None, "MOBILIZE")}),
        (
            "Poland said Russian drones had entered its airspace.",
            {("RUS", "POL", "MOBILIZE")},
        ),
        (
            "Chinese coast guard vessels sailed into Japanese waters near the Senkaku Islands.",
            {("CHN", "JPN", "MOBILIZE")},
        ),
        # a ballistic launch with no target is a show of force, not an air strike
        (
            "North Korea launched a ballistic missile on Friday.",
            {("PRK", None, "MOBILIZE")},
        ),
        (
            "Russia pulled together 50,000 troops near the Kharkiv border.",
            {("RUS", "UKR", "MOBILIZE")},
        ),
        ("Seoul rotated an extra brigade to the border.", {("KOR", None, "MOBILIZE")}),
        ("China beefed up its Pacific fleet.", {("CHN", None, "MOBILIZE")}),
        (
            "Pakistan readied its forces along the border with India.",
            {("PAK", "IND", "MOBILIZE")},
        ),
        (
            "Sri Lanka called in the army to guard fuel stations.",
            {("LKA", None, "MOBILIZE")},
        ),
        # RETREAT
        (
            "Sudanese rebels handed in their weapons to the army.",
            {("SDN", "SDN", "RETREAT")},
        ),
        ("Russia evacuated its forces from Kherson.", {("RUS", "UKR", "RETREAT")}),
        (
            "Hezbollah pulled its fighters back from the border, Israeli officials said.",
            {("LBN", None, "RETREAT")},
        ),
        (
            "The Taliban publicly flogged 27 people in Afghanistan.",
            {("AFG", "AFG", "ASSAULT")},
        ),
    ],
)
def test_codebook_phrasing_is_coded(
    pipeline: Pipeline, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two companies pooled their resources to develop a new chip.",
        "Teachers coordinated their lesson plans with parents.",
        "The striker was penalised for a foul in the second half.",
        "The minister readied a new budget for parliament.",
        "Photographers shadowed the royal couple through Paris.",
        "The orchestra swept into the concert hall.",
        "Israel resettled thousands of settlers in the West Bank.",
        "The bank granted protection to small depositors.",
        "Farmers dropped food prices in the market.",
        "The coach ordered the team to leave the pitch.",
        "The hospital set up a new clinic in Lagos.",
        "Investors poured money into Turkish bonds.",
        "The board shelved plans for a merger.",
        "Police drove protesters from the square.",
        "Workers linked the two pipelines last year.",
        "Brazil beat Argentina as thousands of people watched.",
        "SpaceX launched a rocket from Florida on Tuesday.",
        "The ferry entered Greek waters on Monday.",
        "The company pulled its products back from shelves.",
        "Alexander Stubb said Finland was ready to host allied troops.",
    ],
)
def test_codebook_control_is_not_coded(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # a halted aid stays a sanction; warships sent are no aid
        (
            "Washington suspended its security assistance to Tbilisi.",
            ("USA", "GEO", "SANCTION"),
            ("USA", "GEO", "AID"),
        ),
        (
            "Poland sent warships to the Baltic Sea.",
            ("POL", None, "MOBILIZE"),
            ("POL", None, "AID"),
        ),
        (
            "Iran fired ballistic missiles at Israel.",
            ("IRN", "ISR", "ASSAULT"),
            ("IRN", None, "MOBILIZE"),
        ),
    ],
)
def test_codebook_near_miss_keeps_its_type(
    pipeline: Pipeline,
    text: str,
    kept: tuple[str | None, str | None, str],
    absent: tuple[str | None, str | None, str],
) -> None:
    coded = _coded(pipeline, text)
    assert kept in coded
    assert absent not in coded
