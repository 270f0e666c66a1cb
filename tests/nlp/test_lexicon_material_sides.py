"""Material acts whose side went missing: sanctions joined, seizures named as
nouns with a by-agent, raids, trade bans, aid handed over.

Each case is coded by a lexicon entry added or widened for it; the sentences are
the project's own, not from the gold sets.
"""

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

DAY = dt.date(2024, 2, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANCTION: joining others' sanctions is imposing them (163).
        (
            "Switzerland joined EU sanctions against Belarusian officials.",
            ("CHE", "BLR", "163", "sanction.join_sanctions"),
        ),
        # COERCE: a seizure named as a noun whose agent stands after "by".
        (
            "The seizure of a Greek tanker by Iran raised tensions.",
            ("IRN", "GRC", "171", "coerce.seizure_by"),
        ),
        # ASSAULT: a raid conducted on a place.
        (
            "Turkish forces conducted a raid on Kurdish militants in Syria.",
            ("TUR", None, "190", "assault.conduct_raid"),
        ),
        # SANCTION, not an entry ban on people: cars barred are
        # trade (163); a trade representative expelled is a diplomat (161).
        (
            "Lithuania banned Russian-registered cars from entering the country.",
            ("LTU", "RUS", "163", "sanction.ban_vehicles"),
        ),
        (
            "Japan expelled a Russian trade representative.",
            ("JPN", "RUS", "161", "sanction.expel_diplomats"),
        ),
        # SANCTION: revenue withheld "from" its recipient.
        (
            "Israel withheld tax revenues from the Palestinian Authority.",
            ("ISR", "PSE", "1621", "sanction.cut_economic_aid"),
        ),
        # AID: a deposit handed over (071).
        (
            "Saudi Arabia handed Pakistan a $2 billion deposit.",
            ("SAU", "PAK", "071", "aid.provide_economic"),
        ),
        # AID: a ship gifted, aid brought on a visit, a cheque handed over.
        (
            "Modi gifted a patrol ship to the Maldives during his visit.",
            ("IND", "MDV", "070", "aid.donate"),
        ),
        (
            "Erdogan brought 100 tonnes of aid to Pakistan on his visit.",
            ("TUR", "PAK", "070", "aid.bring_aid"),
        ),
        (
            "The Emir of Kuwait handed a cheque for $300 million to Jordan.",
            ("KWT", "JOR", "071", "aid.provide_economic"),
        ),
        # AID: drone parts supplied; drone and missile transfers as nouns.
        (
            "Iran supplied drone parts to Russia.",
            ("IRN", "RUS", "072", "aid.provide_air_defence"),
        ),
        (
            "The EU sanctioned Iran over its missile transfers to Russia.",
            ("IRN", "RUS", "072", "aid.arms_deliveries_noun"),
        ),
        # COERCE: visa restrictions on people (172, guide section 4.2).
        (
            "Poland restricted visas for Belarusian officials.",
            ("POL", "BLR", "172", "coerce.restrict_visas"),
        ),
        # SANCTION: a halt to imports named as a noun.
        (
            "Russia's suspension of imports of Moldovan apples hurt farmers.",
            ("RUS", "MDA", "163", "sanction.trade_halt_noun"),
        ),
        # MOBILIZE: jets intercepting another state's aircraft.
        (
            "Russian fighter jets intercepted a British surveillance plane.",
            ("RUS", "GBR", "150", "mobilize.intercept_aircraft"),
        ),
    ],
)
def test_material_side_coded(text: str, expected: tuple, pipeline: Pipeline) -> None:
    source, target, cameo, pattern = expected
    events = pipeline.code_text(text, date=DAY)
    got = {(e.source, e.target, e.cameo, e.pattern) for e in events}
    if target is None:
        assert any(
            (e.source, e.cameo, e.pattern) == (source, cameo, pattern) for e in events
        ), got
    else:
        assert (source, target, cameo, pattern) in got, got


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # A win gifted to a rival is no donation.
        ("The blunder gifted the opposition in Turkey a victory.", "aid.donate"),
        # A running total of aid is no delivery.
        (
            "The grant was bringing its assistance to Armenia to $28 million.",
            "aid.bring_aid",
        ),
        ("Tokayev said no one gifted Kazakhstan its land.", "aid.donate"),
        # Rockets intercepted are no aircraft met in the air.
        ("Israel intercepted rockets fired from Gaza.", "mobilize.intercept_aircraft"),
        # A police raid is no armed attack.
        (
            "Police conducted a raid on the offices of an opposition newspaper.",
            "assault.conduct_raid",
        ),
        # A call to join sanctions is a request, not sanctions imposed.
        (
            "Kyiv urged Serbia to heed calls to join sanctions against Russia.",
            "sanction.join_sanctions",
        ),
    ],
)
def test_material_entry_stays_silent(text: str, entry: str, pipeline: Pipeline) -> None:
    patterns = {e.pattern for e in pipeline.code_text(text, date=DAY)}
    assert entry not in patterns
