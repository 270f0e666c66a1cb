"""Verbal conflict walked through the codebook (CAMEO 09x, 11x-14x): refusals
"disavowed", "cold-shouldered", "waved aside", "stood firm against", "would not
countenance", a proposal "panned" or "trashed", a refusal "of", a veto "cast", a bid
"held up", sanctions that one "will not" or "would never" impose, a team "turned
back"; disapproval "took a dim view of", "took umbrage at", "unhappy with";
criticism "upbraided", "laid into", "took X to task", "a tirade against";
accusations "implicated", "pinned the blame for X on", "levelled accusations at",
"traded recriminations", "fumed at", "cried foul over", a WTO dispute, a protest
note handed over, claims "called a provocation"; threats "put on notice", "served
notice on", "hinted at military action", "dangled the threat of", "did not rule out
using force", "vowed to take back", "vowed to destroy", "will respond resolutely";
protests "thronged the streets", a train drivers' strike and a strike "observed";
and near misses.

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
        # reject.reject: disavow
        ("Pyongyang disavowed the joint statement issued by Seoul.", ("PRK", "KOR", "REJECT")),
        # reject.idiom: the past tense of cold-shoulder
        ("Caracas cold-shouldered the Brazilian initiative.", ("VEN", "BRA", "REJECT")),
        # reject.turn_down: wave aside
        ("Azerbaijan waved aside the resolution adopted by the European Parliament.", ("AZE", "EU", "REJECT")),
        # reject.kill_proposal: pan, trash (lemma_exceptions: trashed), a blueprint, a formula
        ("Israel panned the Egyptian ceasefire blueprint.", ("ISR", "EGY", "REJECT")),
        ("Moscow trashed the Ukrainian peace formula as a dead end.", ("RUS", "UKR", "REJECT")),
        # reject.refusal_of
        ("Serbia's flat refusal of the Kosovo proposal stalled the dialogue.", ("SRB", "XKX", "REJECT")),
        # reject.stand_firm
        ("Algeria stood firm against Spanish pressure over the border.", ("DZA", "ESP", "REJECT")),
        # reject.cast_veto
        ("Washington cast a veto in the Security Council on Thursday.", ("USA", "UNSC", "REJECT")),
        # reject.hold_up_bid and reject.block_bid: a membership
        ("Hungary held up the EU aid package for Ukraine.", ("HUN", "EU", "REJECT")),
        ("Turkey stalled Sweden's NATO membership for more than a year.", ("TUR", "SWE", "REJECT")),
        # reject.call_claims: claims called a provocation are rejected, not condemned
        ("Minsk called the Polish allegations a provocation.", ("BLR", "POL", "REJECT")),
        # accuse.object_to: disapproval idioms
        ("Beijing took a dim view of the Japanese defence white paper.", ("CHN", "JPN", "ACCUSE")),
        ("Ottawa took umbrage at the remarks by India's foreign minister.", ("CAN", "IND", "ACCUSE")),
        ("Washington was unhappy with Riyadh's decision.", ("USA", "SAU", "ACCUSE")),
        # accuse.lash_out: upbraid, remonstrate with
        ("Jaishankar upbraided the Canadian government over its handling of separatists.", ("IND", "CAN", "ACCUSE")),
        ("Athens remonstrated with Ankara over the overflights.", ("GRC", "TUR", "ACCUSE")),
        # accuse.lay_into, accuse.take_to_task, accuse.tirade_noun
        ("Lula laid into the Israeli government on Sunday.", ("BRA", "ISR", "ACCUSE")),
        ("Cyril Ramaphosa took Israel to task over the siege.", ("ZAF", "ISR", "ACCUSE")),
        ("The Chinese embassy issued a broadside against the Czech Senate.", ("CHN", "CZE", "ACCUSE")),
        ("Scholz's thinly veiled dig at Macron was noticed in Paris.", ("DEU", "FRA", "ACCUSE")),
        # accuse.implicate
        ("Justin Trudeau implicated Indian agents in the killing.", ("CAN", "IND", "ACCUSE")),
        # accuse.point_finger: the blame pinned for an act on its doer
        ("Tehran pinned the blame for the bombings on Israel.", ("IRN", "ISR", "ACCUSE")),
        # accuse.accuse_noun: accusations levelled "at" (arguments.LIGHT_VERBS: level)
        ("Moscow levelled new accusations at Kyiv over the attack.", ("RUS", "UKR", "ACCUSE")),
        # accuse.file_dispute, accuse.bring_to_court: the WTO
        ("Beijing launched a WTO dispute against the European Union.", ("CHN", "EU", "ACCUSE")),
        ("China took Australia to the WTO over barley.", ("CHN", "AUS", "ACCUSE")),
        # accuse.hand_note: the recipient between the verb and the note
        ("The Czech foreign ministry handed the Russian ambassador a protest note.", ("CZE", "RUS", "ACCUSE")),
        # threaten.put_on_notice, threaten.serve_notice
        ("Beijing put Manila on notice over the resupply missions.", ("CHN", "PHL", "THREATEN")),
        ("Washington served notice on Baku that sanctions would follow.", ("USA", "AZE", "THREATEN")),
        # threaten.hint_force, threaten.hint_sanctions
        ("Erdogan hinted at military action against Syria.", ("TUR", "SYR", "THREATEN")),
        ("Ankara hinted at sanctions on Israel.", ("TUR", "ISR", "THREATEN")),
        # threaten.dangle_threat, threaten.dangle_sanctions
        ("The EU held out the threat of sanctions against Belarus.", ("EU", "BLR", "THREATEN")),
        # threaten.not_rule_out_force: not ruling out force is a threat
        ("Putin did not rule out using nuclear weapons against Ukraine.", ("RUS", "UKR", "THREATEN")),
        ("China did not rule out the use of force against Taiwan.", ("CHN", "TWN", "THREATEN")),
        # threaten.vow_take_back
        ("Venezuela vowed to take back the Essequibo region from Guyana.", ("VEN", "GUY", "THREATEN")),
        # reject.access: a team turned back
        ("Tehran turned back an IAEA team at the airport.", ("IRN", "IAEA", "REJECT")),
        # accuse.object_to: fumed at, cried foul over
        ("China fumed at the Dutch decision to restrict chip exports.", ("CHN", "NLD", "ACCUSE")),
        ("Beijing cried foul over the EU's probe into Chinese electric cars.", ("CHN", "EU", "ACCUSE")),
        # threaten.vow_destroy
        ("Israel vowed to destroy Hamas.", ("ISR", "PSE", "THREATEN")),
        # protest.stage_strike: a strike observed
        ("Iranian workers observed a strike in Tehran.", ("IRN", "IRN", "PROTEST")),
        # modality._REFUSABLE, events._WOULD_NOT_REFUSED: sanctions refused
        ("Serbia will not impose sanctions on Russia.", ("SRB", "RUS", "REJECT")),
        ("Vucic said Belgrade would never impose sanctions on Moscow.", ("SRB", "RUS", "REJECT")),
        # threaten.would_retaliate: a resolute response promised
        ("Beijing will respond resolutely to the Philippine provocations.", ("CHN", "PHL", "THREATEN")),
        # protest.take_to_streets: thronged; kb sectors: train drivers are civilians
        ("Protesters thronged the streets of Tbilisi against the foreign agent law.", ("GEO", "GEO", "PROTEST")),
        ("Train drivers in Germany downed tools for six days.", ("DEU", "DEU", "PROTEST")),
    ],
)  # fmt: skip
def test_verbal_conflict_is_coded(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _asserted(code, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # threaten.not_rule_out_force: sending troops to a friend is no threat
        ("Macron did not rule out sending Western troops to Ukraine.", "THREATEN"),
        # threaten.dangle_*: a wave of sanctions, holding out against sanctions
        ("A new wave of sanctions against Russia was announced by the EU.", "THREATEN"),
        ("Belarus held out against sanctions for years.", "THREATEN"),
        # threaten.dangle_sanctions: the threatened sanctions are not imposed
        ("The EU held out the threat of sanctions against Belarus.", "SANCTION"),
        # reject.call_claims: allegations called credible are not rejected
        ("Washington called the allegations against Israel credible.", "REJECT"),
        # accuse.take_to_task: taking on a task
        ("Japan took on the task of mediating between Iran and the United States.", "ACCUSE"),
        # accuse.tirade_noun: a dig by archaeologists
        ("Egyptian archaeologists dig at a site near Luxor.", "ACCUSE"),
        ("Thousands of fans thronged the streets of Madrid after the final.", "PROTEST"),
        ("Italian investors were unhappy with the market.", "ACCUSE"),
        # threaten.vow_destroy: a vow with no party to destroy
        ("Nigeria's president vowed to eradicate corruption.", "THREATEN"),
        ("Lithuanian border guards turned back 200 migrants at the border with Belarus.", "REJECT"),
        # threaten.would_retaliate: a past response is no threat
        ("Beijing responded resolutely to the Philippine provocations.", "THREATEN"),
    ],
)  # fmt: skip
def test_near_miss_codes_no_verbal_conflict(code, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in {p for _, _, p in _asserted(code, text)}
