"""Argument assignment without a parser (nlp/arguments.py): subjects and
objects, voice, coordination, event nouns, control verbs and reporters."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline

from ..conftest import triples


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _codes(events):  # type: ignore[no-untyped-def]
    return {(e.source, e.target, e.cameo) for e in events}


# -- voice ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Active and passive give the same direction (guide §7.1).
        ("Azerbaijan attacked Armenia on Sunday.", "2020-09-28", ("AZE", "ARM", "190")),
        ("Armenia was attacked by Azerbaijan on Sunday.", "2020-09-28", ("AZE", "ARM", "190")),
        ("Turkey accused Sweden of harbouring Kurdish militants.", "2022-05-20", ("TUR", "SWE", "112")),
        ("Sweden was accused by Turkey of harbouring Kurdish militants.", "2022-05-20", ("TUR", "SWE", "112")),
        ("The European Union imposed sanctions on Belarus.", "2022-03-02", ("EU", "BLR", "163")),
        ("Belarus was sanctioned by the EU on Monday.", "2021-06-21", ("EU", "BLR", "163")),
        ("Russian forces shelled Ukraine overnight.", "2022-10-10", ("RUS", "UKR", "194")),
        ("Ukraine was shelled by Russian forces overnight.", "2022-10-10", ("RUS", "UKR", "194")),
        # "expelled from": the organisation acts on the passive subject.
        ("The Council of Europe expelled Russia on Wednesday.", "2022-03-16", ("COE", "RUS", "166")),
        ("Russia was expelled from the Council of Europe on Wednesday.", "2022-03-16", ("COE", "RUS", "166")),
        ("Russia was expelled by the Council of Europe on Wednesday.", "2022-03-16", ("COE", "RUS", "166")),
        ("Russia was kicked out of the Council of Europe on Wednesday.", "2022-03-16", ("COE", "RUS", "166")),
        ("The Council of Europe kicked out Russia on Wednesday.", "2022-03-16", ("COE", "RUS", "166")),
        # "admitted to": the member joins, whatever the voice.
        ("Finland was formally admitted to NATO on Tuesday.", "2023-04-04", ("FIN", "NATO", "057")),
    ],
)  # fmt: skip
def test_active_and_passive(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _codes(code(text, date=_day(day))) == {expected}


def test_passive_keeps_the_demonym_sector(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Ukraine was shelled by Russian forces overnight.", date=_day("2022-10-10")
    )
    assert (ev.source_sector, ev.source_text) == ("MIL", "Russian forces")


@pytest.mark.parametrize(
    "text",
    [
        "Armenia remains a member of the CSTO but has frozen its participation.",
        "Armenia criticised the CSTO but froze its participation.",
    ],
)
def test_a_verb_after_but_takes_the_subject_before_it(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-02-23"))
    assert ("ARM", "CSTO", "161") in _codes(events)


def test_a_clause_after_but_with_its_own_subject_keeps_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia says it wants peace but Ukraine attacked its border.",
        date=_day("2024-02-23"),
    )
    assert ("UKR", "RUS", "190") in _codes(events)


# -- coordination and symmetric acts ------------------------------------------------------


def test_coordinated_subjects_each_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Poland, Lithuania, Latvia and Estonia invoked NATO's Article 4 on Thursday.",
        date=_day("2022-02-24"),
    )
    assert {(e.source, e.target, e.alliance_move) for e in events} == {
        (s, "NATO", "invoke_assistance") for s in ("POL", "LTU", "LVA", "EST")
    }


def test_coordinated_objects_are_each_a_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Britain imposed sanctions on Iran, Syria and Belarus.",
        date=_day("2023-06-20"),
    )
    assert triples(events) == {
        ("GBR", "IRN", "SANCTION"),
        ("GBR", "SYR", "SANCTION"),
        ("GBR", "BLR", "SANCTION"),
    }


def test_symmetric_meeting_goes_both_ways(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Pashinyan met Emmanuel Macron in Paris on Wednesday.", date=_day("2024-02-21")
    )
    assert {(e.source, e.source_sector, e.target, e.cameo) for e in events} == {
        ("ARM", "GOV", "FRA", "040"),
        ("FRA", "GOV", "ARM", "040"),
    }


def test_two_signatories_each_sign_with_the_other(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Armenia and France signed a defence agreement on Monday.",
        date=_day("2023-10-23"),
    )
    assert _codes(events) == {("ARM", "FRA", "057"), ("FRA", "ARM", "057")}
    # Events of one act share their trigger.
    assert {e.trigger for e in events} == {"signed"}


def test_visit_is_one_way(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code("Joe Biden visited Kyiv on Monday.", date=_day("2023-02-20"))
    assert (ev.source, ev.source_sector, ev.target, ev.target_sector) == (
        "USA",
        "GOV",
        "UKR",
        "GOV",
    )
    assert (ev.cameo, ev.plover, ev.plover_mode) == ("042", "CONSULT", "visit")


def test_host_receives_the_visitor(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Ukrainian President Volodymyr Zelensky hosted Joe Biden in Kyiv on Monday.",
        date=_day("2023-02-20"),
    )
    assert (ev.source, ev.target, ev.cameo, ev.plover_mode) == (
        "UKR",
        "USA",
        "043",
        "visit",
    )


def test_comma_alone_is_no_list(code) -> None:  # type: ignore[no-untyped-def]
    # "the CSTO, Prime Minister Nikol Pashinyan said": the speaker is no
    # second object of the freezing.
    events = code(
        "Armenia has frozen its participation in the CSTO, Prime Minister Nikol "
        "Pashinyan said on Friday.",
        date=_day("2024-03-01"),
    )
    assert [(e.source, e.target, e.reported_by) for e in events] == [
        ("ARM", "CSTO", "ARM")
    ]


def test_focus_phrase_continues_the_object(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Moscow criticised Western governments, especially the United States, "
        "for arming Ukraine.",
        date=_day("2022-06-01"),
    )
    assert (ev.source, ev.source_sector, ev.target, ev.plover) == (
        "RUS",
        "GOV",
        "USA",
        "ACCUSE",
    )


# -- event nouns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A possessor acts.
        ("Russia's invasion of Ukraine began on Thursday.", "2022-02-24", ("RUS", "UKR", "190")),
        ("Azerbaijan's attack on Armenia drew wide criticism.", "2022-09-16", ("AZE", "ARM", "190")),
        # An agent in a by-phrase acts.
        ("An attack on Armenia by Azerbaijan drew wide criticism.", "2022-09-16", ("AZE", "ARM", "190")),
        # Two national adjectives before a conflict noun are its sides.
        ("The Armenian-Azerbaijani conflict flared again on Tuesday.", "2022-09-13", ("ARM", "AZE", "190")),
        # A light verb's subject does the noun's act.
        ("Georgia announced its withdrawal from the CIS on Monday.", "2008-08-18", ("GEO", "CIS", "161")),
    ],
)  # fmt: skip
def test_event_nouns(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _codes(code(text, date=_day(day)))


def test_nominalised_freeze(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Armenia's freezing of its membership in the Collective Security Treaty "
        "Organization angered Moscow.",
        date=_day("2024-02-24"),
    )
    [freeze] = [e for e in events if e.alliance_move]
    assert (freeze.source, freeze.target, freeze.alliance_move, freeze.cameo) == (
        "ARM",
        "CSTO",
        "freeze",
        "161",
    )
    assert freeze.trigger.startswith("freezing")
    # "X angered Moscow": Moscow is the one who disapproves, of Armenia.
    [anger] = [e for e in events if e.plover == "ACCUSE"]
    assert (anger.source, anger.target) == ("RUS", "ARM")


# -- control verbs, demands and requests --------------------------------------------------


def test_urged_to_is_a_request_to_the_urgee(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Turkey urged Sweden to extradite Kurdish suspects.", date=_day("2022-05-20")
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("TUR", "SWE", "REQUEST")
    ]
    assert events[0].cameo.startswith("02")  # urging is an appeal, not a demand


def test_demand_content_is_not_an_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Yerevan demanded that Azerbaijani soldiers pull back to the positions "
        "they held before May 12.",
        date=_day("2021-05-14"),
    )
    assert [(e.source, e.source_sector, e.plover) for e in events] == [
        ("ARM", "GOV", "REQUEST")
    ]
    assert events[0].cameo.startswith("10")
    assert not [e for e in events if e.source == "AZE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul demanded that Tokyo withdraw the export curbs.", [("KOR", "JPN")]),
        ("Baku demanded on Monday that Armenian troops leave the area.", [("AZE", "ARM")]),
        ("Moscow demanded that Armenia and Azerbaijan respect the truce.", [("RUS", "ARM"), ("RUS", "AZE")]),
        # Only an actor opening the clause is asked, not one deeper in it.
        ("Paris demanded that the talks include Armenia.", [("FRA", None)]),
    ],
)  # fmt: skip
def test_the_subject_of_a_demanded_clause_is_asked(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2022-11-10")) if e.plover == "REQUEST"]
    assert [(e.source, e.target) for e in events] == expected


def test_answer_clause_with_its_own_subject_is_an_event(code) -> None:  # type: ignore[no-untyped-def]
    # The demand's content ("that it be revoked") is no event, but a clause
    # coordinated after it with its own subject reports what happened.
    events = code(
        "Yoon Suk Yeol placed South Korea under martial law late at night. "
        "Within hours South Korean legislators voted to demand that it be "
        "revoked and he rescinded the decree.",
        date=_day("2024-12-04"),
    )
    got = {(e.source, e.source_sector, e.plover, e.cameo) for e in events}
    assert ("KOR", "LEG", "REQUEST", "100") in got  # the demand
    [rescind] = [e for e in events if e.plover == "CONCEDE"]
    assert (rescind.source, rescind.source_sector, rescind.source_text) == (
        "KOR",
        "GOV",
        "he",
    )
    assert rescind.trigger == "rescinded" and rescind.modality == "asserted"
    assert len(events) == 2


def test_responding_to_a_request_makes_the_responder_the_asked(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The CSTO sent a fact-finding mission to Armenia, responding to "
        "Pashinyan's request for security consultations.",
        date=_day("2022-09-16"),
    )
    [req] = [e for e in events if e.plover == "REQUEST"]
    assert (req.source, req.source_sector, req.target) == ("ARM", "GOV", "CSTO")
    assert (req.plover_mode, req.alliance_move) == ("meet", None)


def test_participle_takes_the_main_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Turkey objected to Sweden's bid, accusing Stockholm of harbouring "
        "Kurdish militants.",
        date=_day("2022-05-20"),
    )
    assert {(e.source, e.target, e.cameo) for e in events} == {
        ("TUR", "SWE", "110"),
        ("TUR", "SWE", "112"),
    }


# -- reporters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "source", "target", "reporter"),
    [
        # "..., X said" after the last comma.
        ("Russia fired 84 missiles at Ukraine on Monday, Ukrainian officials said.", "2022-10-10", "RUS", "UKR", "UKR"),
        ("Ukraine attacked Russia with drones on Monday, the Kremlin said.", "2023-05-30", "UKR", "RUS", "RUS"),
        ("Yerevan has frozen its participation in the CSTO, the Kremlin said.", "2024-03-01", "ARM", "CSTO", "RUS"),
        # A reporter after the last comma is not the organisation before it.
        (
            "Armenia has frozen its participation in the CSTO, Armenian Foreign "
            "Ministry spokeswoman Ani Badalyan said.",
            "2024-03-01", "ARM", "CSTO", "ARM",
        ),
        # "according to X" before the clause.
        ("According to the Kremlin, Ukraine attacked Russia with drones on Monday.", "2023-05-30", "UKR", "RUS", "RUS"),
        # "X said (that) ...".
        ("Pashinyan said Armenia would leave the Collective Security Treaty Organization.", "2024-06-12", "ARM", "CSTO", "ARM"),
        ("The Kremlin said on Friday that Yerevan had frozen ties with the CSTO.", "2024-03-01", "ARM", "CSTO", "RUS"),
    ],
)  # fmt: skip
def test_reported_material_acts(code, text, day, source, target, reporter) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day(day)) if e.source == source]
    assert [(e.target, e.reported, e.reported_by) for e in events] == [
        (target, True, reporter)
    ]


@pytest.mark.parametrize(
    ("text", "day", "source", "target", "cameo", "reporter"),
    [
        # A participle reports what follows it, not the act before its comma.
        ("Tokayev asked the CSTO for help, saying the country was under attack.", "2022-01-06", "KAZ", "CSTO", "0234", None),
        ("Putin warned NATO against sending troops to Ukraine, saying it risked a nuclear war.", "2024-02-27", "RUS", "NATO", "130", None),
        # "..., according to X" and "..., X said" still report it.
        ("Armenia froze its participation in the CSTO, according to the Russian Foreign Ministry.", "2024-02-23", "ARM", "CSTO", "161", "RUS"),
        ("Armenia froze its participation in the CSTO, Russia said.", "2024-02-23", "ARM", "CSTO", "161", "RUS"),
    ],
)  # fmt: skip
def test_act_before_a_participle_is_not_reported(
    code, text, day, source, target, cameo, reporter
) -> None:  # type: ignore[no-untyped-def]
    [ev] = [e for e in code(text, date=_day(day)) if e.source == source]
    assert (ev.target, ev.cameo, ev.reported, ev.reported_by) == (
        target,
        cameo,
        reporter is not None,
        reporter,
    )


def test_speakers_own_verbal_act_is_not_reported(code) -> None:  # type: ignore[no-untyped-def]
    # A promise in "X said that ..." is X's own act (guide §7.2).
    [ev] = code(
        "Downing Street said Britain would send more troops to Estonia.",
        date=_day("2022-02-14"),
    )
    assert (ev.source, ev.target, ev.plover, ev.modality) == (
        "GBR",
        "EST",
        "AGREE",
        "future",
    )
    assert ev.reported is False and ev.reported_by is None


def test_complaint_that_a_third_party_failed_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Pashinyan said the CSTO had not helped Armenia.", date=_day("2022-11-03")
    )
    [aid] = [e for e in events if e.plover == "AID"]
    assert (aid.source, aid.target, aid.negated, aid.reported_by) == (
        "CSTO",
        "ARM",
        True,
        "ARM",
    )
    [complaint] = [e for e in events if e.plover == "ACCUSE"]
    assert (complaint.source, complaint.target, complaint.cameo) == (
        "ARM",
        "CSTO",
        "111",
    )
    assert complaint.plover_mode == "disapprove" and not complaint.reported
    assert complaint.pattern == "inference.complaint"


# -- formerly known bugs -------------------------------------------------------------------


def test_quoted_statement_is_reported(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        '"Armenia has frozen its participation in the CSTO," Pashinyan said.',
        date=_day("2024-03-01"),
    )
    assert (ev.source, ev.target, ev.alliance_move) == ("ARM", "CSTO", "freeze")
    assert (ev.reported, ev.reported_by) == (True, "ARM")


@pytest.mark.parametrize(
    "text",
    [
        '"We have frozen our participation in the CSTO," Pashinyan said.',
        '"We have frozen our participation in the CSTO," said Nikol Pashinyan.',
        'Pashinyan said: "We have frozen our participation in the CSTO."',
    ],
)
def test_first_person_in_a_quotation_is_the_speaker(code, text) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(text, date=_day("2024-03-01"))
    assert (ev.source, ev.source_sector, ev.target, ev.alliance_move) == (
        "ARM",
        "GOV",
        "CSTO",
        "freeze",
    )


def test_quoted_refusal_is_the_speakers_own_act(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        '"We will not take part in the CSTO summit," Pashinyan said.',
        date=_day("2023-11-20"),
    )
    assert (ev.source, ev.target, ev.alliance_move) == ("ARM", "CSTO", "skip_summit")
    assert not ev.negated


def test_first_person_outside_a_quotation_stays_unresolved(code) -> None:  # type: ignore[no-untyped-def]
    assert all(
        e.source is None
        for e in code("We will leave the CSTO.", date=_day("2024-03-01"))
    )


def test_possessor_in_the_object_is_not_the_target(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Prime Minister Nikol Pashinyan froze Armenia's participation in the CSTO.",
        date=_day("2024-02-23"),
    )
    assert (ev.source, ev.source_sector, ev.target, ev.alliance_move) == (
        "ARM",
        "GOV",
        "CSTO",
        "freeze",
    )


def test_possessor_of_another_state_in_the_object_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    evs = code(
        "Poland expelled members of Russia's diplomatic mission.",
        date=_day("2022-03-23"),
    )
    assert ("POL", "RUS") in {(e.source, e.target) for e in evs}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A plural demonym is a noun, so its verb is a verb.
        (
            "Tens of thousands of Georgians rallied in Tbilisi on Saturday.",
            "2024-04-20",
            ("GEO", "GEO", "PROTEST"),
        ),
        # A number or quantifier between a preposition and its actor.
        (
            "The European Union imposed sanctions on 40 Belarusian officials.",
            "2020-10-02",
            ("EU", "BLR", "SANCTION"),
        ),
        (
            "The United States deported more than 200 Venezuelans to El Salvador.",
            "2025-03-16",
            ("USA", "VEN", "COERCE"),
        ),
        # A bracket after the subject ("(R)" in a photo caption) is an aside.
        (
            "Japanese Prime Minister Fumio Kishida (R) held talks with "
            "Indian Prime Minister Narendra Modi in Tokyo.",
            "2023-03-20",
            ("JPN", "IND", "CONSULT"),
        ),
        # "once again" does not open a clause that hides the subject.
        (
            "Japan is once again sending humanitarian aid to Haiti.",
            "2021-08-20",
            ("JPN", "HTI", "AID"),
        ),
        # A possessor heading a subject that names no actor stands for it.
        (
            "Nigeria's central bank has filed a lawsuit against a Swiss bank.",
            "2020-05-04",
            ("NGA", "CHE", "ACCUSE"),
        ),
        # A sector of the subject's state owning the object is still a target;
        # the protesters' demand is part of their protest (guide §5.4).
        (
            "Thousands of Armenians marched through Yerevan demanding "
            "Pashinyan's resignation.",
            "2024-05-09",
            ("ARM", "ARM", "PROTEST"),
        ),
    ],
)
def test_general_argument_cases(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert expected in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # An attack with no recipient targets the one named state the
        # attacker is at war with on the day.
        (
            "Ukraine severed diplomatic relations with Russia on Thursday, hours "
            "after Russian forces launched a full-scale invasion.",
            "2022-02-24",
            {("RUS", "UKR", "ASSAULT")},
        ),
        # No known war: no recipient is guessed.
        (
            "France protested after Russian forces launched a new offensive.",
            "2022-02-24",
            set(),
        ),
    ],
)
def test_attack_target_from_a_known_war(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    found = {(e.source, e.target, e.plover) for e in events if e.plover == "ASSAULT"}
    assert expected <= found and all(t in {None, "UKR"} for _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Police act at home; protesters of no named country protest at home.
        (
            "Georgian police detained dozens of protesters in Tbilisi overnight.",
            "2024-12-01",
            ("GEO", "GEO", "COERCE"),
        ),
        (
            "Protesters stormed Kenya's parliament on Tuesday.",
            "2024-06-25",
            ("KEN", "KEN", "PROTEST"),
        ),
    ],
)
def test_domestic_sides(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert expected in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state coerces its own people when the sentence names no place; an
        # unspecified crackdown is COERCE 170 (guide §4).
        ("Iran's crackdown on protesters drew condemnation.",
         ("IRN", "IRN", "COERCE", "170")),
        ("Lukashenko ordered a crackdown on protesters.",
         ("BLR", "BLR", "COERCE", "170")),
        ("Iranian authorities arrested dozens of journalists.",
         ("IRN", "IRN", "COERCE", "173")),
        ("Belarus detained opposition activists ahead of the vote.",
         ("BLR", "BLR", "COERCE", "173")),
    ],
)  # fmt: skip
def test_a_state_coerces_its_own_people(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert expected in {(e.source, e.target, e.plover, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place names whose people they are; violence may be abroad.
        ("Russia detained protesters in Tbilisi.", {("RUS", "GEO")}),
        ("Russian forces detained civilians in Kherson.", {("RUS", "UKR")}),
        ("Russia attacked civilians.", {("RUS", None)}),
    ],
)
def test_a_state_is_not_always_at_home(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert {(e.source, e.target) for e in events} == expected


def test_a_speaker_in_a_what_clause_is_no_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Indian warplanes struck what New Delhi described as a militant camp near "
        "Balakot in Pakistan on Tuesday.",
        date=_day("2019-02-26"),
    )
    assert ("IND", "PAK", "ASSAULT") in {(e.source, e.target, e.plover) for e in events}
    assert ("IND", "IND", "ASSAULT") not in {
        (e.source, e.target, e.plover) for e in events
    }


def test_the_owner_of_what_is_hit_is_hit(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Azerbaijani soldiers shelled the positions of Armenian forces overnight.",
        date=_day("2022-09-13"),
    )
    assert ("AZE", "ARM", "ASSAULT") in {(e.source, e.target, e.plover) for e in events}


def test_a_participle_after_a_comma_takes_the_first_subject(code) -> None:  # type: ignore[no-untyped-def]
    # The object of the main verb does not act in ", discussing ...".
    events = code(
        "Japanese Prime Minister Fumio Kishida phoned French President Emmanuel "
        "Macron on Sunday, discussing security in Asia.",
        date=_day("2023-05-07"),
    )
    pairs = {(e.source, e.target) for e in events if e.plover == "CONSULT"}
    assert ("JPN", "FRA") in pairs and ("FRA", None) not in pairs


def test_triggering_article_50_is_no_call_for_assistance(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Britain notified the European Union of its intention to withdraw, "
        "triggering the Article 50 process.",
        date=_day("2017-03-29"),
    )
    assert all(e.alliance_move != "invoke_assistance" for e in events)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # The topic in the direct object is no partner.
        (
            "German Chancellor Olaf Scholz discussed Ukraine with U.S. President "
            "Joe Biden on Friday.",
            {("DEU", "USA")},
            {("DEU", "UKR"), ("UKR", "DEU")},
        ),
        # A noun's own "with" names no partner of the verb.
        (
            "Putin met Erdogan in Sochi amid tensions with France.",
            {("RUS", "TUR")},
            {("RUS", "FRA"), ("FRA", "RUS")},
        ),
        # A comma right before "with" does not end the search.
        (
            "Olaf Scholz discussed energy prices and migration, with the leaders of "
            "Italy and Spain.",
            {("DEU", "ITA"), ("DEU", "ESP")},
            set(),
        ),
    ],
)
def test_the_with_partner_of_a_joint_act_is_the_target(
    code, text, expected, absent
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-03"))
    pairs = {(e.source, e.target) for e in events if e.plover == "CONSULT"}
    assert expected <= pairs and not absent & pairs


def test_the_owner_of_a_rejected_proposal_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Hungarian government rejected the proposal of the European Commission "
        "on Tuesday.",
        date=_day("2020-11-17"),
    )
    assert ("HUN", "EU", "REJECT") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Fumio Kishida and his Indian counterpart signed a "
        "trade deal.",
        "Vladimir Putin and his Turkish counterpart signed a trade deal.",
    ],
)
def test_and_his_counterpart_is_coordinated(code, text) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2022-08-05"))
    sources = {e.source for e in events if e.plover == "SUPPORT"}
    assert len(sources) == 2


def test_the_target_after_a_quantity_noun(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A group of Russian hackers launched cyber attacks on a number of Ukrainian "
        "government websites in January.",
        date=_day("2012-05-03"),
    )
    # Cyber attacks are COERCE (PLOVER), not ASSAULT; the pair is what is tested.
    assert ("RUS", "UKR", "COERCE") in {(e.source, e.target, e.plover) for e in events}


def test_the_target_after_an_aside_of_examples(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The European Union imposed new sanctions over the crackdown, including "
        "asset freezes and travel bans, on senior Belarusian officials.",
        date=_day("2012-03-23"),
    )
    found = {(e.source, e.target, e.plover) for e in events}
    assert ("EU", "BLR", "SANCTION") in found
    # The event noun inside the object does not reach past the aside.
    assert ("EU", "BLR", "ASSAULT") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A criticism of acts in a place targets the state the place is in...
        ("Canada criticised the abuses in Myanmar.", {("CAN", "MMR")}),
        # ...but not the critic's own state where it is made.
        (
            "A Canadian lawyer has filed a lawsuit in a Toronto court over the abuses.",
            {("CAN", None)},
        ),
    ],
)
def test_criticism_of_acts_in_a_place(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2018-09-27"))
    assert {(e.source, e.target) for e in events if e.plover == "ACCUSE"} == expected


def test_a_joint_act_in_a_participle_is_done_with_the_main_object(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Japanese Prime Minister Fumio Kishida called French President Emmanuel "
        "Macron on Sunday, discussing security in Asia.",
        date=_day("2023-05-07"),
    )
    assert ("JPN", "FRA", "CONSULT") in {(e.source, e.target, e.plover) for e in events}


def test_the_owner_after_a_possessive_pronoun_object(code) -> None:  # type: ignore[no-untyped-def]
    # "voiced his strong support of X": X is supported.
    events = code(
        "The Kenyan president voiced his strong support of the government of Somalia.",
        date=_day("2019-03-01"),
    )
    assert ("KEN", "SOM", "SUPPORT") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed object described by its owner in an apposition...
        (
            "The United States imposed sanctions on Rosneft, Russia's largest oil "
            "company, on Friday.",
            {("USA", "RUS")},
        ),
        # ...but a speaker after the comma is no owner of the object.
        (
            "Ukraine struck the refinery, Russia's defence ministry said.",
            {("UKR", None)},
        ),
    ],
)
def test_the_owner_in_an_apposition_after_the_object(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2012-05-03"))
    pairs = {
        (e.source, e.target) for e in events if e.plover in {"SANCTION", "ASSAULT"}
    }
    assert pairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The "by" agent of a participle in the object owns what is acted on.
        (
            "Sudan expelled humanitarian workers employed by the United Nations.",
            {("SDN", "UN")},
        ),
        ("The US imposed sanctions on firms owned by Russia.", {("USA", "RUS")}),
        ("Ukraine seized a ship owned by Russia.", {("UKR", "RUS")}),
    ],
)
def test_the_agent_of_a_reduced_relative_in_the_object(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2012-05-03"))
    assert {(e.source, e.target) for e in events} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkey lifted its veto on Sweden joining NATO.",
        "Hungary dropped its objection to Sweden joining NATO.",
    ],
)
def test_the_mention_before_a_gerund_is_its_subject(code, text) -> None:  # type: ignore[no-untyped-def]
    # Not Turkey or Hungary joining; the veto's topic is no move at all
    # (tests/nlp/test_moves.py), and if read it is Sweden's prospect.
    events = code(text, date=_day("2023-07-10"))
    joins = [(e.source, e.modality) for e in events if e.alliance_move == "join"]
    assert joins in ([], [("SWE", "hypothetical")])


def test_a_passive_with_a_thing_as_subject_takes_the_recipient(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Tanks were sent by Germany to Ukraine.", date=_day("2023-03-01"))
    assert {(e.source, e.target) for e in events} == {("DEU", "UKR")}


def test_the_with_partner_of_the_required_noun_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Serbia rejected any cooperation with the ICC.", date=_day("2023-03-01")
    )
    assert {(e.source, e.target) for e in events} == {("SRB", "ICC")}


def test_a_possessor_in_the_of_phrase_of_the_subject_acts(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Thousands of members of Syria's Kurdish community have sought refuge in Iraq.",
        date=_day("2019-10-20"),
    )
    assert ("SYR", "IRQ") in {(e.source, e.target) for e in events}


def test_a_purpose_noun_belongs_to_the_first_subject_and_its_object(code) -> None:  # type: ignore[no-untyped-def]
    # "for a meeting": the subject of "joined" meets the object of "joined".
    events = code(
        "Blinken joined Iranian Foreign Minister Amirabdollahian for a first "
        "meeting with partners.",
        date=_day("2023-03-01"),
    )
    assert ("USA", "IRN", "CONSULT") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed object described by a national apposition.
        (
            "Turkey opened an investigation into the death of Ali Veli, a Syrian refugee.",
            {("TUR", "SYR")},
        ),
        (
            "Turkey opened an investigation into the death of Ali Veli, a Syrian "
            "refugee who had fled Aleppo.",
            {("TUR", "SYR")},
        ),
    ],
)
def test_a_national_apposition_after_the_object(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-01"))
    assert {(e.source, e.target) for e in events} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops fighting Ukrainian forces near Bakhmut have shelled Kharkiv.",
        "Russia, fighting Ukrainian forces near Bakhmut, has shelled Kharkiv.",
    ],
)
def test_a_mention_in_a_participle_modifier_is_not_the_subject(code, text) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-01"))
    shelled = {(e.source, e.target) for e in events if e.trigger == "shelled"}
    assert shelled == {("RUS", "UKR")}


# -- argument rules of the 2026-11-28 argument round ---------------------------------


def _pairs(
    pipeline: Pipeline, text: str, day: str
) -> set[tuple[str | None, str | None, str | None]]:
    events = pipeline.code_text(text, date=dt.date.fromisoformat(day))
    return {(e.source, e.target, e.plover) for e in events}


def test_own_state_moved_by_its_government_is_no_target(pipeline: Pipeline) -> None:
    # "US funding" and "Brazil" are what is pulled; the WHO is the recipient.
    assert ("USA", "WHO", "THREATEN") in _pairs(
        pipeline, "Trump threatened to pull US funding from the WHO.", "2020-04-08"
    )
    assert ("BRA", "WHO", "THREATEN") in _pairs(
        pipeline, "Bolsonaro threatened to pull Brazil out of the WHO.", "2020-06-05"
    )


def test_own_citizen_stays_a_target(pipeline: Pipeline) -> None:
    pairs = _pairs(
        pipeline,
        "Belarusian authorities arrested the Belarusian dissident journalist "
        "Roman Protasevich on Sunday.",
        "2021-05-23",
    )
    assert ("BLR", "BLR", "COERCE") in pairs


def test_caller_does_the_purpose_act(pipeline: Pipeline) -> None:
    pairs = _pairs(
        pipeline, "Erdogan called Pashinyan to congratulate him.", "2024-06-10"
    )
    assert ("TUR", "ARM", "SUPPORT") in pairs
    assert ("ARM", "TUR", "SUPPORT") not in pairs


def test_visit_host_after_in(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday.",
        date=dt.date(2024, 7, 8),
    )
    assert [(e.source, e.target, e.target_sector) for e in events] == [
        ("IND", "RUS", "GOV")
    ]


def test_recall_from_a_capital_is_the_target(pipeline: Pipeline) -> None:
    assert ("DZA", "FRA", "SANCTION") in _pairs(
        pipeline,
        "Algeria announced the recall of its ambassador from Paris.",
        "2024-07-30",
    )


def test_own_forces_are_what_is_mobilised(pipeline: Pipeline) -> None:
    assert ("KEN", "HTI", "MOBILIZE") in _pairs(
        pipeline, "Ruto sent Kenyan police officers to Haiti.", "2024-06-25"
    )


def test_a_clause_with_an_unknown_subject_of_its_own_has_no_source(code) -> None:  # type: ignore[no-untyped-def]
    # "and Jim Jordan criticised": a subject the knowledge base does not know
    # is still the subject; the criticism is not Hungary's.
    events = code(
        "Hungary withdrew from the treaty, and Jim Jordan criticised the move.",
        date=dt.date(2025, 6, 2),
    )
    assert {(e.source, e.plover) for e in events} == {("HUN", "SANCTION")}
    events = code(
        "Armenia froze its CSTO membership on Friday, and Prime Minister Nikol "
        "Pashinyan criticised Moscow.",
        date=dt.date(2024, 2, 23),
    )
    assert ("ARM", "RUS", "ACCUSE") in triples(events)


def test_parties_to_a_clash_act_on_each_other_not_on_the_place(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russian and Kazakh police have clashed in eastern Kazakhstan.",
        date=dt.date(2022, 1, 10),
    )
    assert {(e.source, e.source_sector, e.target, e.target_sector) for e in events} == {
        ("RUS", "COP", "KAZ", "COP"),
        ("KAZ", "COP", "RUS", "COP"),
    }


def test_some_of_a_crowd_is_the_crowd_not_the_owner_of_a_noun_before(code) -> None:  # type: ignore[no-untyped-def]
    # "some" is the subject of the second clause: the protesters, not the
    # owner of "his resignation" (Pashinyan), rallied at the embassy.
    events = code(
        "Protesters gathered in Yerevan to demand his resignation, and some "
        "rallied outside the Russian embassy.",
        date=dt.date(2023, 9, 21),
    )
    assert ("ARM", "CVL", "RUS", "PROTEST") in {
        (e.source, e.source_sector, e.target, e.plover) for e in events
    }
    assert not any(e.source_sector == "GOV" for e in events)
    # A possessive pronoun before an actor noun still stands for its owner.
    events = code(
        "Germany acknowledged that its colonial troops had committed genocide in "
        "Namibia, asked the country for forgiveness and pledged aid.",
        date=dt.date(2021, 5, 28),
    )
    assert ("DEU", "NAM", "AGREE") in triples(events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # In an object relative clause the clause's own subject acts on the noun
        # the clause describes (not the other way round).
        ("Ukraine, which Russia invaded in 2022, has asked for more weapons.",
         "2023-03-01", ("RUS", "UKR", "ASSAULT")),
        ("Georgia, which Russia attacked in 2008, wants to join NATO.",
         "2023-03-01", ("RUS", "GEO", "ASSAULT")),
        ("Sweden, whose bid Turkey blocked for months, joined NATO in March.",
         "2024-03-08", ("TUR", "SWE", "REJECT")),
        # A subject relative keeps its antecedent as the doer.
        ("The Council of Europe, which expelled Russia, met in Strasbourg.",
         "2023-03-01", ("COE", "RUS", "SANCTION")),
    ],
)  # fmt: skip
def test_object_relative_clauses(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # The relative pronoun after a copula's predicate noun stands for the
        # copula's subject ("X was the only member that ...").
        ("Hungary was the only member who refused to sign the declaration.",
         "2024-06-28", ("HUN", None, "REJECT")),
        ("Mali was the first country which left ECOWAS.",
         "2024-01-29", ("MLI", "ECOWAS", "SANCTION")),
        ("Turkey is one member that criticised Sweden.",
         "2023-03-01", ("TUR", "SWE", "ACCUSE")),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_predicate_noun(
    code, text: str, day: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_an_opening_participle_describes_the_main_subject(code) -> None:  # type: ignore[no-untyped-def]
    # "Criticised by Washington, Beijing ...": Washington criticised Beijing.
    events = code(
        "Criticised by Washington, Beijing defended its policy.",
        date=_day("2023-03-01"),
    )
    assert ("USA", "CHN", "ACCUSE") in triples(events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # An adverb may close the relative clause ("sanctioned heavily").
        ("Iran, which the US has sanctioned heavily, criticised Washington.",
         "2023-03-01", ("USA", "IRN", "SANCTION")),
        # The noun the clause describes may be owned by the actor.
        ("Kosovo's independence, which Serbia rejects, was recognised by Kenya.",
         "2023-03-01", ("SRB", "XKX", "REJECT")),
    ],
)  # fmt: skip
def test_object_relative_clause_variants(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_a_whom_clause_is_an_aside_for_the_main_verb(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Zelensky, whom Trump berated in the Oval Office, flew to London on Monday.",
        date=_day("2025-03-03"),
    )
    assert ("USA", "UKR", "ACCUSE") in triples(events)
    assert ("UKR", "GBR", "CONSULT") in triples(events)
    assert ("USA", "GBR", "CONSULT") not in triples(events)


def test_a_passive_subject_names_what_it_is_aimed_at(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Sanctions on Russia were extended by the EU for six months.",
        date=_day("2023-03-01"),
    )
    assert ("EU", "RUS", "SANCTION") in triples(events)
    # The topic of a joint act is no party to it.
    events = code("Talks on Armenia were held by the OSCE.", date=_day("2023-03-01"))
    assert all(e.target != "ARM" and e.source != "ARM" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan's offensive drew condemnation from France on Tuesday.",
         ("FRA", "AZE", "ACCUSE")),
        ("Moscow's decision drew a sharp rebuke from Washington.",
         ("USA", "RUS", "ACCUSE")),
        ("Ukraine came under heavy Russian shelling overnight.",
         ("RUS", "UKR", "ASSAULT")),
        ("Kharkiv is under Russian attack again.", ("RUS", "UKR", "ASSAULT")),
        ("Ukraine came under attack by Russian drones overnight.",
         ("RUS", "UKR", "ASSAULT")),
        ("Israel has been under attack from Hezbollah since October.",
         ("LBN", "ISR", "ASSAULT")),
        ("Russia faced new US sanctions on Friday.", ("USA", "RUS", "SANCTION")),
        ("Pashinyan faced a barrage of criticism from Moscow.",
         ("RUS", "ARM", "ACCUSE")),
    ],
)  # fmt: skip
def test_a_reaction_verb_puts_its_subject_on_the_receiving_end(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-01"))
    assert expected in triples(events)
    assert all(e.source != expected[1] for e in events)


def test_an_attack_by_an_unknown_actor_is_no_act_of_a_name_before_it(code) -> None:  # type: ignore[no-untyped-def]
    # "under attack" is a noun: its "by" phrase acts, and "terrorist gangs"
    # resolves to no one, so neither Tokayev's CSTO nor Russia attacked.
    events = code(
        "Kazakh President Kassym-Jomart Tokayev asked the Russian-led Collective "
        "Security Treaty Organization for help, saying the country was under "
        "attack by terrorist gangs.",
        date=_day("2022-01-06"),
    )
    assert ("KAZ", "CSTO", "REQUEST") in triples(events)
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_reaction_from_an_unknown_actor_is_no_act_of_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Israel faced mounting criticism from its Western allies on Monday.",
        date=_day("2024-03-01"),
    )
    assert not [e for e in events if e.plover == "ACCUSE" and e.source == "ISR"]


def test_a_new_clause_after_comma_and_is_no_list(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The US imposed sanctions on Iran, and Tehran threatened to close the "
        "Strait of Hormuz.",
        date=_day("2019-05-01"),
    )
    sanctions = [e for e in events if e.plover == "SANCTION"]
    assert [(e.source, e.target, e.target_sector) for e in sanctions] == [
        ("USA", "IRN", None)
    ]
    assert len([e for e in events if e.plover == "THREATEN"]) == 1
    # A list keeps its serial comma.
    events = code(
        "The US, France, and Germany condemned Russia.", date=_day("2022-03-01")
    )
    assert {e.source for e in events if e.plover == "ACCUSE"} == {"USA", "FRA", "DEU"}


def test_whose_release_is_demanded_is_not_the_one_asked(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "China demanded the release of Huawei's chief financial officer, who was "
        "arrested in Canada.",
        date=_day("2019-01-10"),
    )
    assert not [e for e in events if e.plover == "REQUEST" and e.target == "CHN"]
    events = code(
        "Kyiv called for the release of Ukraine's prisoners of war held by Russia.",
        date=_day("2023-03-01"),
    )
    assert ("UKR", "RUS", "REQUEST") in triples(events)


def test_a_summoned_envoy_is_summoned_by_the_body_named(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia's charge d'affaires was summoned to the Polish foreign ministry "
        "on Wednesday.",
        date=_day("2023-08-01"),
    )
    assert ("POL", "RUS", "ACCUSE") in triples(events)
    # Not to a body of the envoy's own state.
    events = code(
        "The Russian ambassador was summoned to the Foreign Office.",
        date=_day("2023-08-01"),
    )
    assert not [e for e in events if e.source == "RUS"]


def test_the_by_agent_of_a_subject_noun_acts(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "An air strike by Israeli warplanes destroyed Iran's consulate building "
        "in Damascus on Monday.",
        date=_day("2024-04-01"),
    )
    assert ("ISR", "IRN", "ASSAULT") in triples(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gerund after "after", "before", "while" is done by the main clause's
        # subject, the actor followed by a verb, not the main verb's object.
        ("Scholz flew home after meeting Pashinyan.", ("DEU", "ARM", "040")),
        ("Scholz praised Armenia after meeting Pashinyan.", ("DEU", "ARM", "040")),
        ("Ties are strong, Macron said after meeting Pashinyan in Paris.", ("FRA", "ARM", "040")),
        ("Erdogan told reporters before visiting Baku that talks would resume.", ("TUR", "AZE", "042")),
        # ... and so is a meeting named after the time word.
        ("Scholz flew home after talks with Pashinyan.", ("DEU", "ARM", "040")),
    ],
)  # fmt: skip
def test_a_gerund_after_a_time_word_is_the_main_subjects(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _codes(code(text, date=_day("2024-03-01")))


def test_another_acts_doer_after_a_time_word_is_not_guessed(code) -> None:  # type: ignore[no-untyped-def]
    # "after the attack on Kyiv": who attacked is not said.
    events = code(
        "Ukraine struck back after the attack on Kyiv.", date=_day("2024-03-01")
    )
    assert not [e for e in events if e.trigger == "attack" and e.source is not None]


def test_a_verb_without_direct_objects_takes_none_next_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # consult.discuss has "direct_object": false: what is discussed, right
    # after the verb, is the topic, not a party (object_of).
    events = pipeline.code_text(
        "Yoon telephoned Kishida on Monday to discuss North Korea.",
        date=dt.date(2024, 5, 1),
    )
    assert "PRK" not in {e.target for e in events} | {e.source for e in events}


def test_a_reaction_in_a_participle_answers_the_main_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Hungary's Viktor Orban met Vladimir Putin in Moscow on Friday, drawing sharp "
        "criticism from EU leaders.",
        date=dt.date(2024, 7, 5),
    )
    assert [(e.source, e.target) for e in events if e.plover == "ACCUSE"] == [
        ("EU", "HUN")
    ]


# -- refusals that point back, coordinated agents and places -----------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A refusal of "the offer", "the proposal", "the demand" or of nothing
        # answers whoever made it before, in its sentence or the one before.
        (
            "Minsk offered to host new talks, but Vilnius dismissed the offer.",
            "2024-02-01",
            ("LTU", "BLR", "REJECT"),
        ),
        (
            "Caracas proposed direct talks on the dispute. Guyana turned down the proposal.",
            "2023-12-10",
            ("GUY", "VEN", "REJECT"),
        ),
        (
            "Baghdad demanded that Ankara pull its troops out of northern Iraq. Turkey rejected the demand.",
            "2023-03-02",
            ("TUR", "IRQ", "REJECT"),
        ),
    ],
)
def test_a_refusal_pointing_back_answers_the_maker(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_a_refusal_with_its_own_object_answers_nothing_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Caracas proposed direct talks on the dispute. Guyana rejected "
        "calls for a referendum.",
        date=_day("2023-12-10"),
    )
    assert ("GUY", "VEN", "REJECT") not in triples(events)


def test_an_offer_to_another_is_not_refused_by_a_third(code) -> None:  # type: ignore[no-untyped-def]
    # The EU offered Armenia aid: Russia refusing "the offer" does not refuse the EU.
    events = code(
        "The EU offered aid to Armenia. Russia rejected the offer.",
        date=_day("2024-04-05"),
    )
    assert ("RUS", "EU", "REJECT") not in triples(events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # The agent of an event noun after "from"/"by" is coordinated.
        (
            "Pyongyang's latest launch drew condemnation from Seoul and Tokyo.",
            "2023-07-12",
            {("KOR", "PRK", "ACCUSE"), ("JPN", "PRK", "ACCUSE")},
        ),
        (
            "Tehran faced new sanctions from Australia and Canada on Monday.",
            "2023-09-18",
            {("AUS", "IRN", "SANCTION"), ("CAN", "IRN", "SANCTION")},
        ),
        # The conjunct of a place shares its preposition and is a place too.
        (
            "Turkish jets struck Kurdish positions in Iraq and Syria on Sunday.",
            "2022-11-20",
            {("TUR", "IRQ", "ASSAULT"), ("TUR", "SYR", "ASSAULT")},
        ),
    ],
)
def test_coordinated_agents_and_places(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= triples(code(text, date=_day(day)))


def test_a_verb_after_the_objects_and_continues_the_clause(code) -> None:  # type: ignore[no-untyped-def]
    # "... at Israel and threatened": the threat shares the attack's recipient.
    events = code(
        "On Saturday Iran launched drones at Israel and threatened a wider war.",
        date=_day("2024-04-14"),
    )
    assert ("IRN", "ISR", "THREATEN") in triples(events)
    assert ("IRN", None, "THREATEN") not in triples(events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A criticism or threat opening the next sentence answers a hostile act
        # on its source.
        (
            "Russian drones hit Odesa overnight. Ukraine condemned the strike.",
            "2024-03-16",
            ("UKR", "RUS", "ACCUSE"),
        ),
        (
            "Azerbaijani troops shelled Armenian border villages. Yerevan vowed to respond.",
            "2022-09-13",
            ("ARM", "AZE", "THREATEN"),
        ),
        # A refusal or criticism of what a "by" participle names answers its doer.
        (
            "Tehran denounced the sanctions announced by Canberra.",
            "2023-09-18",
            ("IRN", "AUS", "ACCUSE"),
        ),
        (
            "Belarus rejected the restrictions imposed by Lithuania.",
            "2023-08-18",
            ("BLR", "LTU", "REJECT"),
        ),
    ],
)
def test_answers_find_the_act_they_answer(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_a_criticism_with_its_own_topic_answers_nothing_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russian drones hit Odesa overnight. Ukraine condemned attacks on ports.",
        date=_day("2024-03-16"),
    )
    assert ("UKR", "RUS", "ACCUSE") not in triples(events)


def test_the_owner_in_an_of_phrase_is_acted_on_not_the_modifier(code) -> None:  # type: ignore[no-untyped-def]
    # "the EU accession talks of North Macedonia": Bulgaria blocks North
    # Macedonia, whose talks with the EU the modifier names.
    events = code(
        "Bulgaria blocked the EU accession talks of North Macedonia on Tuesday.",
        date=_day("2020-11-17"),
    )
    got = {(e.source, e.target) for e in events if e.plover == "REJECT"}
    assert ("BGR", "MKD") in got
    assert ("BGR", "EU") not in got


def test_a_refused_thing_opening_a_passive_names_its_maker(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The proposal from Belgrade was turned down by Pristina on Monday.",
        date=_day("2023-03-20"),
    )
    assert ("XKX", "SRB", "REJECT") in triples(events)


def test_a_withdrawal_from_a_border_leaves_the_state_across_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "India pulled its troops back from the border with China on Friday.",
        date=_day("2021-02-12"),
    )
    assert ("IND", "CHN", "RETREAT") in triples(events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A participle after a noun opening the sentence, irregular or not.
        (
            "Aid pledged to Yemen by Kuwait has yet to arrive.",
            "2023-03-01",
            ("KWT", "YEM", "AGREE"),
        ),
        (
            "Weapons supplied to Kyiv by Norway include air defence systems.",
            "2023-03-01",
            ("NOR", "UKR", "AID"),
        ),
        (
            "Police sent to Haiti by Kenya to help fight gangs began patrols.",
            "2024-07-01",
            ("KEN", "HTI", "AID"),
        ),
    ],
)
def test_a_participle_after_a_noun_takes_its_by_agent(
    code, text: str, day: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_the_by_agent_of_a_participle_in_the_subject_is_not_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Medical supplies flown to Lebanon by Jordan arrived in Beirut on Sunday.",
        date=_day("2024-10-06"),
    )
    assert ("JOR", "LBN", "CONSULT") not in triples(events)


def test_a_place_of_a_state_names_its_owner(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Caracas threatened to annex the Essequibo region of Guyana.",
        date=_day("2023-12-06"),
    )
    assert ("VEN", "GUY", "THREATEN") in triples(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To Chisinau, Bucharest promised more help with gas supplies.",
            ("ROU", "MDA", "AGREE"),
        ),
        (
            "Against Mali's junta, ECOWAS imposed sanctions.",
            ("ECOWAS", "MLI", "SANCTION"),
        ),
        ("From Canberra, Beijing demanded an apology.", ("CHN", "AUS", "REQUEST")),
    ],
)
def test_a_fronted_recipient_is_the_target(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day("2022-01-10")))


def test_a_fronted_place_is_no_recipient(code) -> None:  # type: ignore[no-untyped-def]
    events = code("From Beijing, Xi condemned the strike.", date=_day("2024-01-10"))
    assert all(e.target is None for e in events)


def test_a_ban_on_imports_of_goods_hits_the_goods_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Moscow imposed a ban on imports of Georgian wine.", date=_day("2006-05-05")
    )
    assert ("RUS", "GEO", "SANCTION") in triples(events)


def test_drills_at_home_have_no_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Chinese troops held exercises in the Tibet region.", date=_day("2023-06-01")
    )
    mobilise = [e for e in events if e.plover == "MOBILIZE"]
    assert mobilise
    assert all(e.target is None for e in mobilise)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "London condemned the seizure of a tanker by Iran.",
            "2019-07-20",
            ("GBR", "IRN", "ACCUSE"),
        ),
        (
            "Amman denounced the raid on the mosque by Israeli police.",
            "2023-04-05",
            ("JOR", "ISR", "ACCUSE"),
        ),
        (
            "Poland condemned the shelling of Ukrainian towns by Russian forces.",
            "2022-03-10",
            ("POL", "RUS", "ACCUSE"),
        ),
        (
            "Poland condemned the shelling of Ukrainian towns by Russian forces.",
            "2022-03-10",
            ("RUS", "UKR", "ASSAULT"),
        ),
    ],
)
def test_a_criticised_act_names_its_doer_with_by(
    code, text: str, day: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day(day)))


def test_a_criticised_strike_in_a_place_hits_the_place(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Oman denounced the bombing of a hospital in Gaza by Israeli jets.",
        date=_day("2023-11-01"),
    )
    assault = {(e.source, e.target) for e in events if e.plover == "ASSAULT"}
    assert ("ISR", "OMN") not in assault


def test_praise_of_a_decision_by_a_state_is_aimed_at_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kyiv welcomed the decision by the Netherlands to send F-16 jets.",
        date=_day("2023-08-20"),
    )
    assert ("UKR", "NLD", "SUPPORT") in triples(events)
    assert all(e.source != "UKR" for e in events if e.plover == "AID")


def test_suspended_purchases_from_a_state_hit_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Bogota suspended arms purchases from Israel on Thursday.",
        date=_day("2024-05-02"),
    )
    assert ("COL", "ISR", "SANCTION") in triples(events)


def test_a_pronoun_for_the_critics_own_side_stands_for_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Washington imposed sanctions on Russian banks on Monday. Moscow condemned them.",
        date=_day("2023-05-22"),
    )
    got = triples(events)
    assert ("RUS", "USA", "ACCUSE") in got
    assert ("RUS", "RUS", "ACCUSE") not in got


def test_a_possessor_after_the_triggers_at_is_aimed_at(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Seoul scoffed at Pyongyang's proposal.", date=_day("2024-05-01"))
    assert ("KOR", "PRK", "REJECT") in triples(events)


def test_a_possessor_mediates_between_two_sides(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Egypt's mediation between Israel and Hamas stalled.",
            date=_day("2024-05-01"),
        )
    )
    assert ("EGY", "ISR", "CONSULT") in got
    assert ("EGY", "PSE", "CONSULT") in got
    assert ("ISR", "PSE", "CONSULT") not in got


def test_a_passive_participle_is_not_aimed_at_another_verbs_agent(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Tanks supplied by Germany were destroyed by Russian drones.",
        date=_day("2024-05-01"),
    )
    assert ("DEU", "RUS", "AID") not in triples(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. security assistance to Ukraine will continue, officials said.",
            ("USA", "UKR", "AID"),
        ),
        ("Japanese humanitarian aid to Myanmar arrived.", ("JPN", "MMR", "AID")),
        (
            "The lifting of U.S. sanctions on Venezuela angered Republicans.",
            ("USA", "VEN", "RETREAT"),
        ),
    ],
)
def test_a_state_before_a_kind_of_aid_or_the_required_noun_acts(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day("2024-05-01")))


def test_the_owner_of_people_released_does_not_release_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Egypt announced the release of two Sudanese nationals.",
        date=_day("2024-05-01"),
    )
    assert ("EGY", "SDN", "RETREAT") in triples(events)


def test_an_object_from_coordinated_states_hits_each(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Russia expelled diplomats from Poland and Lithuania.",
            date=_day("2024-05-01"),
        )
    )
    assert ("RUS", "POL", "SANCTION") in got
    assert ("RUS", "LTU", "SANCTION") in got


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz and his Polish counterpart Donald Tusk signed a border deal.",
        "Emmanuel Macron and the Italian prime minister Giorgia Meloni signed a "
        "border deal.",
    ],
)
def test_and_his_counterpart_with_a_name_is_coordinated(code, text) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    sources = {e.source for e in events if e.plover == "SUPPORT"}
    assert len(sources) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A threat a letter carries is its sender's, aimed at its recipient.
        (
            "Trump has sent a letter to the head of the World Health Organization "
            "threatening to pull US funding permanently.",
            ("USA", "WHO", "THREATEN"),
        ),
        ("Putin sent a message to Biden warning against new sanctions.", ("RUS", "USA", "THREATEN")),
        # A ban lifted on another's goods, travel restrictions eased for a country.
        ("China has agreed to lift a ban on imports of British beef.", ("CHN", "GBR", "CONCEDE")),
        ("Obama lifted restrictions on travel to Cuba.", ("USA", "CUB", "CONCEDE")),
    ],
)  # fmt: skip
def test_message_participles_and_lifted_bans(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2020, 5, 19))
    assert expected in {(e.source, e.target, e.plover) for e in events}
    # Restrictions on travel are no visit.
    assert "CONSULT" not in {e.plover for e in events}


def test_the_of_phrase_of_a_decision_is_the_agent(code) -> None:  # type: ignore[no-untyped-def]
    """In "the decision of Spain to recognise", Spain recognises, not the one
    who welcomed the decision."""
    got = {
        (e.source, e.target, e.plover)
        for e in code(
            "The Arab League welcomed the decision of Spain to recognise the State"
            " of Palestine.",
            date=_day("2024-05-29"),
        )
    }
    assert ("ESP", "PSE", "SUPPORT") in got
    assert ("LAS", "PSE", "SUPPORT") not in got


def test_the_invitation_of_a_host_leaves_the_guest_as_agent(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Armenia accepted the invitation of Putin to visit Moscow.",
        date=_day("2024-05-01"),
    )
    assert {e.source for e in events} == {"ARM"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Modi-Xi talks in Kazan were the first in five years.", ("IND", "CHN")),
        ("The Armenia-Azerbaijan peace talks resumed in Washington.", ("ARM", "AZE")),
    ],
)
def test_a_hyphened_pair_before_a_joint_noun_are_its_parties(code, text, pair) -> None:  # type: ignore[no-untyped-def]
    got = {(e.source, e.target, e.plover) for e in code(text, date=_day("2024-10-25"))}
    assert (pair[0], pair[1], "CONSULT") in got
    assert (pair[1], pair[0], "CONSULT") in got


def test_a_hyphened_pair_of_a_standing_relation_is_background(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Russia-China partnership has deepened since 2022.",
        date=_day("2024-05-01"),
    )
    assert not events


def test_a_hyphened_pair_hoped_for_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Washington hopes for an Armenia-Azerbaijan peace deal soon.",
        date=_day("2025-03-01"),
    )
    assert not {(e.source, e.target) for e in events} & {("ARM", "AZE"), ("AZE", "ARM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adverbial aside between the verb and its object (clauses,
        # required words and objects run across it).
        ("Latvia expelled, on Thursday, a diplomat from the Russian embassy.", ("LVA", "RUS", "SANCTION")),
        ("Spain sent, after weeks of delay, six Leopard tanks to Ukraine.", ("ESP", "UKR", "AID")),
        ("Iran seized, in the Strait of Hormuz, a Portuguese-flagged container ship.", ("IRN", "PRT", "COERCE")),
        # A list object: its commas do not end the search for the recipient.
        ("Denmark sent artillery ammunition, mortars and armoured vehicles to Ukraine.", ("DNK", "UKR", "AID")),
    ],
)  # fmt: skip
def test_asides_and_list_objects_leave_the_recipient(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day("2024-05-01")))


@pytest.mark.parametrize(
    "text",
    [
        "Moscow is ready, in principle, Putin said on Friday.",
        "Germany sent the ammunition, but Ukraine wanted more tanks.",
        "Germany sent ammunition, while Poland sent tanks to Ukraine.",
    ],
)
def test_a_comma_that_opens_a_clause_still_ends_the_object(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert ("DEU", "UKR") not in {(e.source, e.target) for e in events}
    assert not [e for e in events if e.source == "RUS" and e.target == "RUS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The "by" phrase inside what an attitude noun is about is the one
        # criticised, not the critic.
        ("Tbilisi voiced concern over remarks by Moscow about Abkhazia.", ("GEO", "RUS", "ACCUSE")),
        ("Seoul expressed concern over statements by Tokyo on the islands.", ("KOR", "JPN", "ACCUSE")),
    ],
)  # fmt: skip
def test_concern_over_statements_by_a_state_targets_it(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    got = triples(code(text, date=_day("2024-05-01")))
    assert expected in got
    assert (expected[1], expected[0], "ACCUSE") not in got


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # The "by" agent of the criticised act, though a required noun
        # follows the verb, or the agent opens with "a".
        ("Paris condemned the attack on a French aid worker by Russian troops.", ("FRA", "RUS", "ACCUSE"), ("FRA", "FRA", "ACCUSE")),
        ("Ottawa criticised the sentencing of a Canadian citizen by a Chinese court.", ("CAN", "CHN", "ACCUSE"), ("CAN", "CAN", "ACCUSE")),
    ],
)  # fmt: skip
def test_the_agent_of_a_criticised_act_is_the_target(
    code, text: str, expected, wrong
) -> None:  # type: ignore[no-untyped-def]
    got = triples(code(text, date=_day("2024-05-01")))
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whoever answers an act named in an opening phrase received it.
        ("Responding to Moscow's criticism, Helsinki said the border would stay closed.", ("RUS", "FIN", "ACCUSE")),
        ("In response to China's sanctions, Lithuania recalled its envoy.", ("CHN", "LTU", "SANCTION")),
    ],
)  # fmt: skip
def test_an_act_answered_in_the_main_clause_targets_its_subject(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day("2024-05-01")))


def test_a_request_reaches_an_asked_party_far_from_its_verb(code) -> None:  # type: ignore[no-untyped-def]
    """The asked party after "to" eleven words from "appealed", and the asked
    act ("to end the fighting") is content, no event of its own."""
    got = triples(
        code(
            "Kenya appealed once more to the two warring sides and to neighbouring"
            " Rwanda to halt the fighting.",
            date=_day("2024-05-01"),
        )
    )
    assert ("KEN", "RWA", "REQUEST") in got


def test_an_act_asked_for_far_from_the_request_verb_is_content(code) -> None:  # type: ignore[no-untyped-def]
    """ "urged ... (eleven words) ... to stop the flow of weapons": the stop is
    what is asked, not a sanction done."""
    events = code(
        "Angola appealed yet again to the warring parties and to neighbouring"
        " Rwanda to stop the flow of weapons.",
        date=_day("2024-05-01"),
    )
    assert "SANCTION" not in {e.plover for e in events}
    assert ("AGO", "RWA", "REQUEST") in triples(events)


def test_a_call_on_after_an_aside_is_no_phone_call(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Egypt called, in a session of the Arab League, on the Security Council"
        " to act.",
        date=_day("2024-05-01"),
    )
    assert "CONSULT" not in {e.plover for e in events}


def test_called_on_across_an_aside_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Qatar called, in a statement, on Israel to withdraw its troops.",
            date=_day("2024-05-01"),
        )
    )
    assert ("QAT", "ISR", "REQUEST") in got
    assert "RETREAT" not in {p for _, _, p in got}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A need stated in the sentence before names who receives.
        ("Moldova needs more gas this winter. Romania pledged extra supplies.", ("ROU", "MDA", "AGREE")),
        ("Somalia's army is running short of ammunition. Turkey sent two planeloads of weapons.", ("TUR", "SOM", "AID")),
    ],
)  # fmt: skip
def test_a_need_stated_before_names_the_recipient(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(code(text, date=_day("2024-05-01")))


def test_no_need_stated_before_leaves_no_recipient(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Moldova held local elections on Sunday. Romania pledged extra supplies.",
        date=_day("2024-05-01"),
    )
    assert ("ROU", "MDA") not in {(e.source, e.target) for e in events}


def test_a_refused_text_proposed_by_a_state_targets_it_but_not_a_broker(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Sudan refused to sign the agreement on the Nile dam proposed by Egypt.",
            date=_day("2024-05-01"),
        )
    )
    assert ("SDN", "EGY", "REJECT") in got
    brokered = code(
        "Serbia signed an agreement on Monday brokered by the European Union.",
        date=_day("2024-05-01"),
    )
    assert ("SRB", "EU") not in {(e.source, e.target) for e in brokered}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said fighting in Belgorod was intensifying.",
        "Pashinyan said developing relations with Iran was a priority.",
    ],
)
def test_a_gerund_after_said_is_not_the_speakers_act(code, text: str) -> None:  # type: ignore[no-untyped-def]
    """The gerund opens the reported clause; the speaker is not its doer."""
    events = code(text, date=_day("2024-10-25"))
    assert not [e for e in events if e.source in {"RUS", "ARM"}]


def test_a_gerund_after_said_keeps_its_by_agent(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Kyiv said shelling by Russian forces hit Kherson.", date=_day("2024-05-01")
        )
    )
    assert ("RUS", "UKR", "ASSAULT") in got


def test_raising_concerns_is_the_subjects_act(code) -> None:  # type: ignore[no-untyped-def]
    """ "raised concerns" is a light verb frame: the raiser is concerned."""
    got = triples(
        code(
            "Australia raised concerns about the treatment of Australian prisoners"
            " in Iran.",
            date=_day("2024-05-01"),
        )
    )
    assert ("AUS", "IRN", "ACCUSE") in got


def test_the_addressee_of_a_message_aside_is_the_one_urged(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code(
            "Italy urged, in a letter to the European Commission, tougher"
            " border controls.",
            date=_day("2024-05-01"),
        )
    )
    assert ("ITA", "EU", "REQUEST") in got


def test_an_aside_after_the_verb_keeps_the_subject_and_the_criticised_agent(
    code,
) -> None:  # type: ignore[no-untyped-def]
    agreed = triples(
        code(
            "Norway agreed, after long talks, to send tanks to Ukraine.",
            date=_day("2024-05-01"),
        )
    )
    assert ("NOR", "UKR", "AGREE") in agreed
    condemned = triples(
        code(
            "Beijing condemned, in the strongest terms, the visit by Japanese"
            " lawmakers to Taiwan.",
            date=_day("2024-05-01"),
        )
    )
    assert ("CHN", "JPN", "ACCUSE") in condemned


@pytest.mark.parametrize(
    "text",
    [
        "Beijing condemned, in the strongest terms, the visit by Japanese lawmakers to Taiwan.",
        "Beijing protested the visit by Japanese lawmakers to Taiwan.",
    ],
)
def test_a_criticised_visit_goes_to_its_host_not_the_critic(code, text: str) -> None:  # type: ignore[no-untyped-def]
    got = triples(code(text, date=_day("2024-05-01")))
    assert ("JPN", "TWN", "CONSULT") in got
    assert ("JPN", "CHN", "CONSULT") not in got


def test_the_possessor_of_an_angering_act_across_a_phrase(code) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        code("London's support for Kyiv angered Moscow.", date=_day("2024-05-01"))
    )
    assert ("RUS", "GBR", "ACCUSE") in got
    thanked = triples(
        code(
            "Kenya's support for Haiti drew thanks from the United States.",
            date=_day("2024-05-01"),
        )
    )
    assert ("KEN", "USA", "SUPPORT") not in thanked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Palestinians were killed in an Israeli air raid on Gaza.",
            ("ISR", "PSE"),
        ),
        (
            "An Iranian general was targeted and killed in a US drone strike.",
            ("USA", "IRN"),
        ),
    ],
)
def test_a_passive_killing_in_an_attack_has_the_attacks_owner_as_agent(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2020, 1, 3))
    assert expected in {(e.source, e.target) for e in events if e.cameo == "1823"}


def test_fronted_place_phrase_is_no_party(code) -> None:  # type: ignore[no-untyped-def]
    """ "At the UN, the Russian and US envoys met": the place before the comma is
    no member of the subject's list."""
    for text in (
        "At the UN, the Russian and US envoys met behind closed doors.",
        "On the sidelines of the G20, the Chinese and Australian leaders held talks.",
    ):
        events = code(text, date=_day("2024-05-01"))
        assert {e.plover for e in events} == {"CONSULT"}
        assert len({(e.source, e.target) for e in events}) == 2, text
        assert not {e.source for e in events} & {"UN", "G20"}


def test_three_parties_between_each_meet_the_others(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A three-way call between Biden, Macron and Scholz took place on Monday.",
        date=_day("2024-05-01"),
    )
    pairs = {(e.source, e.target) for e in events if e.plover == "CONSULT"}
    assert pairs == {
        (a, b) for a in ("USA", "FRA", "DEU") for b in ("USA", "FRA", "DEU") if a != b
    }


def test_between_a_party_named_twice_is_one_party(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Lavrov praised the partnership agreement between Armenia and France and "
        "Armenia's cooperation with the EU.",
        date=_day("2024-05-01"),
    )
    assert all(e.source != e.target for e in events)


def test_hyphen_pair_before_meeting(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Lula-Biden meeting was held at the White House.", date=_day("2024-05-01")
    )
    assert triples(events) == {("BRA", "USA", "CONSULT"), ("USA", "BRA", "CONSULT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one criticised or thanked "for" doing something did it.
        ("Zakharova criticised Armenia's Security Council secretary, Armen "
         "Grigoryan, for taking part in a forum linked to Ukraine's peace plan.",
         ("ARM", "UKR", "CONSULT")),
        ("Kyiv thanked Washington for supplying air defence systems to Ukraine.",
         ("USA", "UKR", "AID")),
    ],
)  # fmt: skip
def test_a_gerund_after_for_is_the_judged_partys_act(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-06-20"))
    got = {(e.source, e.target, e.plover) for e in events}
    assert expected in got
    critic = {e.source for e in events if e.plover in {"ACCUSE", "SUPPORT"}}
    assert not [e for e in events if e.plover == expected[2] and e.source in critic]


def test_a_name_after_a_nouns_reaction_verb_is_no_recipient_of_the_noun(code) -> None:  # type: ignore[no-untyped-def]
    # "prompted EU sanctions": the EU sanctions Iran; it was not cracked down on.
    events = code("Iran's crackdown prompted EU sanctions.", date=_day("2024-06-20"))
    got = {(e.source, e.target, e.plover) for e in events if not e.doubtful}
    assert ("EU", "IRN", "SANCTION") in got
    assert not [t for t in got if t[1] == "EU"]


def test_a_passive_attack_by_a_described_national_attack_has_its_owner(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kyiv was hit by a massive Russian missile and drone attack overnight.",
        date=_day("2024-06-20"),
    )
    assert ("RUS", "UKR", "ASSAULT") in {
        (e.source, e.target, e.plover) for e in events if not e.doubtful
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fronted "After/While ...ing" clause is the main subject's act.
        ("After meeting Xi, Lula praised China.", ("BRA", "CHN", "CONSULT")),
        ("While visiting Beijing, Blinken warned China over its support for "
         "Russia.", ("USA", "CHN", "CONSULT")),
    ],
)  # fmt: skip
def test_a_fronted_gerund_clause_is_the_main_subjects(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-06-20"))
    assert expected in {
        (e.source, e.target, e.plover) for e in events if not e.doubtful
    }


def test_sanctioned_for_gerund_is_the_objects_act(pipeline: Pipeline) -> None:
    # "blacklisted X for supplying Y": X supplies Y, not the one blacklisting.
    events = pipeline.code_text(
        "Washington blacklisted five Chinese firms for supplying Russia's military.",
        date=dt.date(2024, 2, 23),
    )
    aid = {(e.source, e.target) for e in events if e.plover == "AID"}
    assert aid == {("CHN", "RUS")}


def test_nationality_noun_phrase_before_gerund_is_its_subject(
    pipeline: Pipeline,
) -> None:
    # "sanctions on Chinese companies supplying drone parts to Russia": the
    # companies supply, not the one imposing sanctions.
    events = pipeline.code_text(
        "Ukraine imposed sanctions on Chinese companies supplying drone parts "
        "to Russia.",
        date=dt.date(2024, 2, 23),
    )
    aid = {(e.source, e.target) for e in events if e.plover == "AID"}
    assert aid == {("CHN", "RUS")}
