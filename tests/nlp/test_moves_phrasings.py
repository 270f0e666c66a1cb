"""Alliance moves in phrasings beyond the CSTO and Armenia (guide §6): other
organisations, idioms and nominalisations, each with its own lexicon entry or
trigger, and sentences with the same words that make no move."""

from __future__ import annotations

import datetime as dt

import pytest


def _moves(events):  # type: ignore[no-untyped-def]
    return {
        (e.source, e.target, e.alliance_move)
        for e in events
        if e.alliance_move and not e.doubtful
    }


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # join
        ("Montenegro took its place as NATO's 29th member on Monday.",
         "2017-06-05", ("MNE", "NATO", "join")),
        ("Ukraine became a state party to the International Criminal Court.",
         "2025-01-02", ("UKR", "ICC", "join")),
        ("Finland officially became part of NATO on Tuesday.",
         "2023-04-04", ("FIN", "NATO", "join")),
        ("Kyrgyzstan signed up to the Eurasian Economic Union in 2015.",
         "2015-08-13", ("KGZ", "EAEU", "join")),
        ("Sweden is now officially a NATO ally.",
         "2024-03-08", ("SWE", "NATO", "join")),
        ("Morocco's readmission to the African Union was approved on Monday.",
         "2017-01-31", ("MAR", "AU", "join")),
        # apply
        ("Thailand has applied to become a BRICS member.",
         "2024-06-19", ("THA", "BRICS", "apply")),
        ("Albania put forward its candidacy for EU membership.",
         "2009-04-28", ("ALB", "EU", "apply")),
        # freeze
        ("Yerevan has scaled back its involvement in the CSTO.",
         "2024-02-27", ("ARM", "CSTO", "freeze")),
        ("Azerbaijan halted its work in the Parliamentary Assembly of the Council of Europe.",
         "2024-05-14", ("AZE", "COE", "freeze")),
        ("Armenia has decided to keep its membership in the CSTO frozen.",
         "2023-02-01", ("ARM", "CSTO", "freeze")),
        ("Iceland put its EU membership talks on the back burner.",
         "2015-03-12", ("ISL", "EU", "freeze")),
        # suspend (the organisation's act)
        ("Egypt's membership was frozen by the African Union after the coup.",
         "2013-07-06", ("AU", "EGY", "suspend")),
        ("The Arab League froze Syria's seat on Saturday.",
         "2011-11-13", ("LAS", "SYR", "suspend")),
        ("The Arab League's suspension of Syria angered Damascus.",
         "2011-11-20", ("LAS", "SYR", "suspend")),
        ("Niger was barred from taking part in AU activities.",
         "2023-08-23", ("AU", "NER", "suspend")),
        # withdraw
        ("Qatar ended its 57-year membership of OPEC.",
         "2019-01-01", ("QAT", "OPEC", "withdraw")),
        ("Angola will no longer be a member of OPEC from January.",
         "2023-12-22", ("AGO", "OPEC", "withdraw")),
        # expel
        ("South Africa was forced out of the Commonwealth.",
         "1961-03-16", ("COMMONWEALTH", "ZAF", "expel")),
        ("Russia was excluded from the Council of Europe with immediate effect.",
         "2022-03-16", ("COE", "RUS", "expel")),
        # invoke_assistance
        ("Bahrain requested the deployment of the GCC's Peninsula Shield force.",
         "2011-03-14", ("BHR", "GCC", "invoke_assistance")),
        ("The Philippines asked Washington to honour the Mutual Defense Treaty.",
         "2024-04-02", ("PHL", "USA", "invoke_assistance")),
        # refuse_assistance
        ("Belarus did not come to Armenia's rescue.",
         "2022-09-20", ("BLR", "ARM", "refuse_assistance")),
        ("Neither Moscow nor the CSTO lifted a finger to help Armenia.",
         "2022-09-20", ("RUS", "ARM", "refuse_assistance")),
        ("The CSTO declined to activate its collective defence mechanism for Armenia.",
         "2022-09-16", ("CSTO", "ARM", "refuse_assistance")),
        ("Russia did not honour its treaty obligations to Armenia.",
         "2022-09-16", ("RUS", "ARM", "refuse_assistance")),
        # refuse_declaration
        ("Russia broke the consensus on the OSCE ministerial declaration.",
         "2023-12-01", ("RUS", "OSCE", "refuse_declaration")),
        ("Brazil kept its name off the BRICS declaration's paragraph on Iran.",
         "2024-10-24", ("BRA", "BRICS", "refuse_declaration")),
        ("India skipped signing the SCO declaration.",
         "2025-06-16", ("IND", "SCO", "refuse_declaration")),
        ("Hungary did not add its voice to the EU statement on China.",
         "2024-03-21", ("HUN", "EU", "refuse_declaration")),
        ("India was not a signatory to the SCO declaration on Iran.",
         "2024-03-21", ("IND", "SCO", "refuse_declaration")),
        ("India refused to lend its name to the SCO communique.",
         "2024-03-21", ("IND", "SCO", "refuse_declaration")),
        ("Hungary did not agree to the joint EU statement.",
         "2024-03-21", ("HUN", "EU", "refuse_declaration")),
        ("The CSTO declined Armenia's call for troops.",
         "2022-09-14", ("CSTO", "ARM", "refuse_assistance")),
        ("Moscow left Yerevan to fend for itself.",
         "2022-09-14", ("RUS", "ARM", "refuse_assistance")),
        # join and apply, more
        ("NATO officially welcomed Finland into the alliance.",
         "2023-04-04", ("FIN", "NATO", "join")),
        ("Finland's NATO membership became official on Tuesday.",
         "2023-04-04", ("FIN", "NATO", "join")),
        ("South Sudan acceded to the East African Community treaty.",
         "2016-04-15", ("SSD", "EAC", "join")),
        ("Finland and Sweden handed in their NATO applications.",
         "2022-05-18", ("SWE", "NATO", "apply")),
        # passives and more refusals of a text
        ("The CSTO declaration was not signed by Armenia.",
         "2022-11-23", ("ARM", "CSTO", "refuse_declaration")),
        ("Argentina said it did not agree with parts of the G20 declaration.",
         "2024-11-19", ("ARG", "G20", "refuse_declaration")),
        ("Hungary disagreed with the EU statement on Israel.",
         "2024-11-19", ("HUN", "EU", "refuse_declaration")),
        ("The SAARC summit was boycotted by India.",
         "2016-09-28", ("IND", "SAARC", "skip_summit")),
        ("The CSTO summit was not attended by Armenia.",
         "2023-11-23", ("ARM", "CSTO", "skip_summit")),
        ("Armenia was not present at the CSTO summit in Minsk.",
         "2023-11-23", ("ARM", "CSTO", "skip_summit")),
        ("NATO's Article 4 was triggered by Poland and Lithuania.",
         "2025-09-10", ("LTU", "NATO", "invoke_assistance")),
        ("Armenia has ceased all activity within the CSTO.",
         "2024-02-23", ("ARM", "CSTO", "freeze")),
        # skip_summit
        ("President Tinubu sent his vice-president to the ECOWAS summit in Abuja.",
         "2024-12-15", ("NGA", "ECOWAS", "skip_summit")),
        ("Pashinyan will give the CSTO summit a wide berth.",
         "2024-10-22", ("ARM", "CSTO", "skip_summit")),
        ("Armenia was conspicuous by its absence at the CSTO summit.",
         "2024-10-22", ("ARM", "CSTO", "skip_summit")),
        ("Armenia sent no one to the CSTO summit in Astana.",
         "2024-10-22", ("ARM", "CSTO", "skip_summit")),
        ("Armenia was represented at the EAEU summit by a deputy prime minister.",
         "2024-10-22", ("ARM", "EAEU", "skip_summit")),
        ("Pashinyan excused himself from the CIS summit.",
         "2024-10-22", ("ARM", "CIS", "skip_summit")),
        ("Pashinyan ducked the CSTO summit.",
         "2024-10-22", ("ARM", "CSTO", "skip_summit")),
    ],
)  # fmt: skip
def test_new_move_phrasings(code, text: str, day: str, expected: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert expected in _moves(code(text, date=dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A standing state, not news of a move.
        ("All the countries around the Baltic Sea except Russia are now members of NATO.",
         "2024-03-08"),
        ("Hungary is now the only NATO member that has not approved Sweden's bid.",
         "2024-01-24"),
        ("The meeting came as Armenia keeps its participation in the CSTO frozen.",
         "2024-10-09"),
        # The same words about other things.
        ("Russia failed to honour its gas supply obligations to Europe.", "2022-09-16"),
        ("The minister ducked questions about the summit.", "2024-10-22"),
        ("The company became part of the group's logistics network.", "2024-05-01"),
        ("The peace plan was not backed by Russia.", "2024-11-19"),
        ("The summit talks were boycotted by the opposition.", "2023-11-23"),
        ("Article 50 was triggered by Britain.", "2017-03-29"),
        # Requests to the CSTO named in full are no invocation by the name alone.
        ("Armenia urged the Collective Security Treaty Organization to condemn Azerbaijan.",
         "2022-09-14"),
    ],
)  # fmt: skip
def test_no_move(code, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(code(text, date=dt.date.fromisoformat(day)))


def test_refusing_a_call_keeps_the_call(code) -> None:  # type: ignore[no-untyped-def]
    # The refusal answers the call; the call is still made (and asks no help).
    events = code(
        "The EU declined Hungary's calls for a veto.", date=dt.date(2024, 3, 21)
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("EU", "HUN", "REJECT"),
        ("HUN", "EU", "REQUEST"),
    }
    assert not _moves(events)
