"""Coercion, sanctions, force and threats in further wire phrasing.

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
        # COERCE: custody taken with the object between, an entry ban (172,
        # administrative sanction), a resupply run blocked at sea (not a
        # refused access).
        (
            "Iranian police took a French tourist into custody in Tehran.",
            ("IRN", "FRA", "173"),
        ),
        ("Russia banned entry to 500 Americans.", ("RUS", "USA", "172")),
        (
            "Moscow barred 15 Japanese officials from entering the country.",
            ("RUS", "JPN", "172"),
        ),
        (
            "Chinese coast guard vessels blocked a Philippine resupply mission.",
            ("CHN", "PHL", "191"),
        ),
        # COERCE: hackers breaching a facility and malware planted in a grid
        # (171 cyber).
        ("Iranian hackers breached an Israeli water facility.", ("IRN", "ISR", "171")),
        (
            "Russian military intelligence planted malware in Ukraine's power grid.",
            ("RUS", "UKR", "171"),
        ),
        # COERCE: access to a platform restricted (1721 censor).
        ("Russia restricted access to YouTube.", ("RUS", None, "1721")),
        # SANCTION: a peacekeeping mission ordered out is expelled (1661).
        (
            "Mali ordered the UN peacekeeping mission to leave the country.",
            ("MLI", "UN", "1661"),
        ),
        # SANCTION: paused or suspended trade talks are halted talks (164), not
        # a revoked trade status.
        ("Canada paused trade negotiations with India.", ("CAN", "IND", "164")),
        ("Australia suspended its free trade talks with the EU.", ("AUS", "EU", "164")),
        # SANCTION: trucks banned from a territory are a trade measure; the
        # recall of an ambassador as a noun; withheld tax revenues; a paused
        # shipment of bombs; arms purchases suspended "from" a state.
        (
            "Lithuania banned Belarusian trucks from entering its territory.",
            ("LTU", "BLR", "163"),
        ),
        (
            "Algeria's withdrawal of its ambassador from Paris angered France.",
            ("DZA", "FRA", "161"),
        ),
        (
            "Israel withheld tax revenues owed to the Palestinian Authority.",
            ("ISR", "PSE", "1621"),
        ),
        (
            "The United States paused a shipment of heavy bombs to Israel.",
            ("USA", "ISR", "1622"),
        ),
        ("Colombia suspended arms purchases from Israel.", ("COL", "ISR", "1622")),
        ("Russia cut off electricity exports to Finland.", ("RUS", "FIN", "163")),
        # ASSAULT: a judicial hanging (180), a "full-scale" invasion.
        ("Iran hanged a dissident Iranian rapper.", ("IRN", "IRN", "180")),
        (
            "Russia's full-scale invasion of Ukraine entered its third year.",
            ("RUS", "UKR", "190"),
        ),
        # COERCE: migrants expelled (174, not an organisation's expulsion of a
        # member); entry restricted for refugees.
        (
            "The expulsion of Afghan migrants from Iran accelerated in June.",
            ("IRN", "AFG", "174"),
        ),
        ("Egypt restricted the entry of Sudanese refugees.", ("EGY", "SDN", "172")),
        # THREATEN: a hypothetical blockade or annexation is a threat of blockade
        # (1381) or of occupation (1382), not of repression (137); a vow of
        # measures against a named state is a warning.
        ("China could blockade Taiwan, US officials warned.", ("CHN", "TWN", "1381")),
        ("Russia could annex Belarus, Kyiv warned.", ("RUS", "BLR", "1382")),
        (
            "Beijing vowed to take all necessary measures against Manila.",
            ("CHN", "PHL", "130"),
        ),
        ("Moscow vowed countermeasures against Helsinki.", ("RUS", "FIN", "131")),
        # ASSAULT: a barrage unleashed; a palace or headquarters captured.
        (
            "Russia unleashed a barrage of missiles on Ukraine's power grid.",
            ("RUS", "UKR", "195"),
        ),
        (
            "M23 rebels seized the headquarters of the Congolese army in Goma.",
            ("COD", "COD", "190"),
        ),
        # THREATEN: "would retaliate if ..." is a conditional warning aimed at
        # whoever would set it off (guide §4.3).
        (
            "China said it would retaliate if the EU imposed tariffs on its cars.",
            ("CHN", "EU", "130"),
        ),
        ("Iran will respond if Israel attacks, Araghchi said.", ("IRN", "ISR", "130")),
        # THREATEN: a deadline counted in weeks is an ultimatum.
        (
            "ECOWAS gave Niger's junta one week to reinstate the president.",
            ("ECOWAS", "NER", "139"),
        ),
    ],
)
def test_coercion_phrasing(
    text: str, expected: tuple[str, str | None, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, date=DAY)
    assert expected in {(e.source, e.target, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Bombs and pounds that are shipped are no air raid or shelling.
        (
            "The United States paused a shipment of heavy bombs to Israel.",
            "assault.bomb",
        ),
        (
            "The Pentagon delayed the delivery of 500-pound bombs to Israel.",
            "assault.bomb",
        ),
        (
            "Washington halted deliveries of 2,000-pound bombs to Israel.",
            "assault.shell",
        ),
        # A suspect who hanged himself was not executed.
        ("A Russian suspect hanged himself in his cell.", "assault.hang"),
        # A vow of measures with no one to take them against is no threat.
        ("Japan vowed to take steps to curb inflation.", "threaten.vow_measures"),
        # Economic pressure and police raids on gangs are no coercion of an actor.
        ("Turkey's central bank squeezed liquidity.", "coerce.pressure"),
        (
            "The Fed's rate hikes put pressure on the Turkish lira.",
            "coerce.step_up_pressure",
        ),
        ("Colombian police raided a drug lab near Cali.", "coerce.raid"),
        # Political fights and accidents are no assault (guide
        # §5.3); a side fighting with no one named against it is no event.
        ("France's Macron fought for his political survival.", "assault.fight"),
        ("India's opposition fought the election on jobs.", "assault.fight"),
        ("Israel is fighting a war on several fronts.", "assault.fight"),
        ("Russian forces shot down their own plane by mistake.", "assault.kill"),
        # Responding in writing is no retaliation.
        ("The ministry will respond in writing to the EU.", "threaten.would_retaliate"),
        # A blaze at a warehouse is no shooting.
        (
            "Poland blamed a fire at a warehouse on Russian saboteurs.",
            "assault.open_fire",
        ),
        # Cargo kept out of a country is trade, not an entry ban on people.
        (
            "Lithuania banned Belarusian trucks from entering its territory.",
            "coerce.entry_ban",
        ),
    ],
)
def test_entry_stays_silent(text: str, entry: str, pipeline: Pipeline) -> None:
    patterns = {e.pattern for e in pipeline.code_text(text, date=DAY)}
    assert entry not in patterns


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # Guide §4.2: barring people from a country is one code, 172 COERCE.
        ("Georgia denied entry to a Russian blogger.", "172"),
        ("Belarus denied entry to a Lithuanian delegation.", "172"),
        # Overflight and landing refused stay a refusal.
        ("Turkey denied overflight to the Armenian plane.", "120"),
    ],
)
def test_entry_denied_to_people_is_coercion(
    text: str, cameo: str, pipeline: Pipeline
) -> None:
    assert cameo in {e.cameo for e in pipeline.code_text(text, date=DAY)}
