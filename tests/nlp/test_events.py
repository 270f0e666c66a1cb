"""The rule event coder (nlp/events.py): triggers and their constraints,
negation and refusal, modality, demands, moves, places and event records."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.nlp.components import CODER_VERSION
from allegiance.pipeline import Pipeline, make_article


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# -- negation and refusal ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A negated act keeps its code, negated (guide §7.3).
        ("Russia did not send troops to Armenia.", "2022-09-16", ("RUS", "ARM", "072", "AID", True)),
        ("Spain has never recognised Kosovo's independence.", "2023-06-01", ("ESP", "XKX", "054", "SUPPORT", True)),
        # "failed to" negates.
        ("The CSTO failed to help Armenia.", "2022-09-16", ("CSTO", "ARM", "070", "AID", True)),
        # A refusal is REJECT, not a negation.
        ("The CSTO refused to send troops to Armenia.", "2022-09-16", ("CSTO", "ARM", "1224", "REJECT", False)),
        ("Pashinyan refused to sign the CSTO summit declaration.", "2022-11-23", ("ARM", "CSTO", "120", "REJECT", False)),
        # Staying away is skip_summit, not a negated meeting.
        ("Nikol Pashinyan, Armenia's prime minister, did not attend Thursday's CSTO summit in the Belarusian capital.", "2023-11-23", ("ARM", "CSTO", "125", "REJECT", False)),
    ],
)  # fmt: skip
def test_negation_and_refusal(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert [(e.source, e.target, e.cameo, e.plover, e.negated) for e in events] == [
        expected
    ]


def test_negated_event_keeps_the_unnegated_trigger(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code("Russia did not send troops to Armenia.", date=_day("2022-09-16"))
    assert ev.trigger == "send" and ev.modality == "asserted"


# -- conditions and hypotheticals --------------------------------------------------------


def test_condition_clause_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # "if Sweden and Finland joined NATO" is a condition: no joining is coded.
    events = code(
        "If Sweden and Finland joined NATO, Russia would deploy more troops, "
        "Medvedev said.",
        date=_day("2022-04-14"),
    )
    assert not [e for e in events if e.alliance_move == "join"]
    assert not [e for e in events if "NATO" in (e.source, e.target)]
    [ev] = events
    assert (ev.source, ev.modality) == ("RUS", "conditional")


def test_gerund_under_a_later_modal_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Sweden joining NATO would threaten Russia's security, the Kremlin said.",
        date=_day("2022-04-14"),
    )
    [join] = [e for e in events if e.alliance_move == "join"]
    assert (join.source, join.target, join.modality) == ("SWE", "NATO", "hypothetical")
    assert (join.cameo, join.plover) == ("057", "SUPPORT")


# -- required words ------------------------------------------------------------------------


def test_required_word_does_not_cross_a_subordinator(code) -> None:  # type: ignore[no-untyped-def]
    # A "threaten" entry needing "annex" must not reach across "after": Guyana
    # threatens nothing; the annexation is Venezuela's.
    events = code(
        "Guyana's president accused Venezuela of threatening regional stability "
        "after Caracas moved to annex the Essequibo.",
        date=_day("2023-12-06"),
    )
    assert not [e for e in events if e.plover == "THREATEN"]
    assert [e.plover for e in events if e.source == "GUY"] == ["ACCUSE"]
    [accuse] = [e for e in events if e.source == "GUY"]
    assert (accuse.source_sector, accuse.target, accuse.cameo[:2]) == (
        "GOV",
        "VEN",
        "11",
    )
    [annex] = [e for e in events if e.trigger == "annex"]
    assert (annex.source, annex.source_sector, annex.target) == ("VEN", "GOV", "GUY")


def test_threat_with_its_required_word_in_its_clause(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Venezuela threatened to annex the Essequibo region of Guyana.",
        date=_day("2023-12-04"),
    )
    assert (ev.source, ev.cameo, ev.plover, ev.plover_mode) == (
        "VEN",
        "1382",
        "THREATEN",
        "territory",
    )


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Blocking a bid is a threatened veto (130), not a blockade (1381).
        ("Erdogan threatened to block Sweden's NATO bid.", "2023-01-20",
         ("TUR", "SWE", "130")),
        # Blocking or closing a route is a threatened blockade.
        ("Iran threatened to block the Strait of Hormuz.", "2023-01-20",
         ("IRN", None, "1381")),
        ("China threatened to close the Taiwan Strait.", "2023-01-20",
         ("CHN", "TWN", "1381")),
    ],
)  # fmt: skip
def test_threatened_block_is_a_blockade_only_for_a_route(
    code, text: str, day: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert {(e.source, e.target, e.cameo) for e in events} == {expected}


def test_charge_noun_is_not_a_second_event(code) -> None:  # type: ignore[no-untyped-def]
    # "accused Baku of aggression": the charge is the object of the accusation.
    events = code(
        "Armenia accused Azerbaijan of aggression on Tuesday.", date=_day("2022-09-13")
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("ARM", "AZE", "ACCUSE")
    ]


def test_charges_an_arrest_is_made_on_are_no_accusation_of_their_own(code) -> None:  # type: ignore[no-untyped-def]
    # "on espionage charges" says why the journalist was held; the American is
    # not accusing anyone.
    events = code(
        "Russia's Federal Security Service detained an American journalist on "
        "espionage charges.",
        date=_day("2023-03-30"),
    )
    assert [(e.source, e.source_sector, e.target, e.plover) for e in events] == [
        ("RUS", "SPY", "USA", "COERCE")
    ]
    # The verb still accuses.
    [event] = code(
        "Moscow has charged an American with spying.", date=_day("2023-03-30")
    )
    assert (event.source, event.target, event.cameo) == ("RUS", "USA", "1125")


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # "had a meeting" is a meeting (guide §7.1: symmetric).
        ("Pashinyan and Aliyev had a meeting on the sidelines of the summit in Prague.",
         "2023-05-14", {("ARM", "AZE", "CONSULT", False), ("AZE", "ARM", "CONSULT", False)}),
        # "held no talks": the object is denied, so is the act.
        ("Russia held no talks with Ukraine.", "2024-03-01",
         {("RUS", "UKR", "CONSULT", True), ("UKR", "RUS", "CONSULT", True)}),
        # A visit or call that opens the sentence is made by the main clause's subject.
        ("On a visit to Kyiv, Scholz pledged more air defence.", "2024-03-01",
         {("DEU", "UKR", "CONSULT", False), ("DEU", None, "AGREE", False)}),
        ("In a phone call with Zelensky, Biden promised support.", "2024-03-01",
         {("USA", "UKR", "CONSULT", False), ("UKR", "USA", "CONSULT", False),
          ("USA", None, "AGREE", False)}),
        # "by telephone" is a means, not a passive's agent.
        ("Erdogan and Aliyev conferred by telephone.", "2024-03-01",
         {("TUR", "AZE", "CONSULT", False), ("AZE", "TUR", "CONSULT", False)}),
        # An address to a parliament by video is a call (guide §4.2, 041).
        ("Zelensky addressed the US Congress by video link.", "2022-03-16",
         {("UKR", "USA", "CONSULT", False)}),
        # A call with someone, as a noun, is a call both ways.
        ("Biden's call with Netanyahu lasted 40 minutes.", "2024-03-01",
         {("USA", "ISR", "CONSULT", False), ("ISR", "USA", "CONSULT", False)}),
    ],
)  # fmt: skip
def test_meetings_calls_and_visits(code, text: str, day: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert {(e.source, e.target, e.plover, e.negated) for e in events} == expected


def test_calls_that_are_rejected_are_no_phone_calls(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Taliban rejected calls to reopen girls' schools.", date=_day("2024-03-01")
    )
    assert {e.plover for e in events} == {"REJECT"}


def test_what_a_vote_abstained_on_says_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # Like a vetoed text (guide §5.4): India did not condemn Russia.
    events = code(
        "India abstained on the UN vote condemning Russia.", date=_day("2022-03-02")
    )
    assert not any(e.plover == "ACCUSE" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guide §4.1: an invasion is conventional force (190, ASSAULT); occupying
        # or annexing territory is 192, COERCE `seize`.
        ("Russia invaded Ukraine in February 2022.", ("ASSAULT", "190", None)),
        ("Russia annexed four Ukrainian regions.", ("COERCE", "192", "seize")),
        ("Russian troops occupied Kherson.", ("COERCE", "192", "seize")),
    ],
)
def test_invasion_and_occupation(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    [event] = code(text, date=_day("2022-10-01"))
    assert (event.plover, event.cameo, event.plover_mode) == expected


def test_the_owner_of_an_act_on_a_region_acts_on_its_state(code) -> None:  # type: ignore[no-untyped-def]
    # Crimea is a place (guide §3.1): the act targets the state it belongs to,
    # and "Russia's" names who did it.
    [event] = code(
        "Russia's annexation of Crimea drew sanctions.", date=_day("2022-10-01")
    )
    assert (event.source, event.target, event.plover, event.doubtful) == (
        "RUS",
        "UKR",
        "COERCE",
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev asked the CSTO for help late on Wednesday.",
        # The organisation's four-word name counts as one word of the window.
        "Tokayev asked the Russian-led Collective Security Treaty Organization for help late on Wednesday.",
        # The request's purpose is no second, hypothetical request.
        "Tokayev asked the CSTO for help to restore order.",
        "Tokayev asked the Russian-led Collective Security Treaty Organization for help late on Wednesday to restore order.",
    ],
)  # fmt: skip
def test_a_long_name_is_one_word_of_the_window(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2022-01-06"))
    assert [
        (e.source, e.target, e.cameo, e.alliance_move, e.modality) for e in events
    ] == [("KAZ", "CSTO", "0234", "invoke_assistance", "asserted")]


def test_a_one_word_name_still_counts_in_the_window(code) -> None:  # type: ignore[no-untyped-def]
    # "ambassador" lies seven words after "tells", past the window of six:
    # no order to leave (the name "EU" is still a word of the window).
    events = code(
        "Brussels tells Georgian government to stop attacking EU ambassador",
        date=_day("2025-09-16"),
    )
    assert not [e for e in events if e.cameo == "161"]
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("EU", "GEO", "REQUEST")
    ]


# -- actors at the date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "source", "in_office"),
    [
        # A leader's name resolves to the state's government during the term...
        ("Serzh Sargsyan criticised Azerbaijan.", "2016-04-05", "ARM", True),
        ("Nikol Pashinyan criticised Azerbaijan.", "2021-05-14", "ARM", True),
        ("Donald Trump criticised NATO.", "2018-07-11", "USA", True),
        ("Donald Trump criticised NATO.", "2025-06-24", "USA", True),
        # ...and only to the nationality outside it.
        ("Serzh Sargsyan criticised Azerbaijan.", "2021-05-14", "ARM", False),
        ("Nikol Pashinyan criticised Azerbaijan.", "2016-04-05", "ARM", False),
        ("Donald Trump criticised NATO.", "2023-06-01", "USA", False),
        # An organisation's leader is the organisation during the term.
        ("Jens Stoltenberg criticised Russia.", "2022-12-16", "NATO", True),
        ("Kaja Kallas criticised Russia.", "2024-12-16", "EU", True),
        # Before it, the state where the person then held office.
        ("Kaja Kallas criticised Russia.", "2023-12-16", "EST", True),
    ],
)  # fmt: skip
def test_dated_leader_resolution(code, text, day, source, in_office) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(text, date=_day(day))
    assert (ev.source, ev.plover) == (source, "ACCUSE")
    assert (ev.source_sector == "GOV") is in_office


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kremlin condemned NATO.", ("RUS", "GOV"), ("NATO", None)),
        ("Yerevan condemned Baku.", ("ARM", "GOV"), ("AZE", "GOV")),
        ("The White House criticised Beijing.", ("USA", "GOV"), ("CHN", "GOV")),
        ("Downing Street condemned Moscow.", ("GBR", "GOV"), ("RUS", "GOV")),
    ],
)
def test_capitals_and_seats_are_governments(code, text, source, target) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(text, date=_day("2022-03-01"))
    assert ((ev.source, ev.source_sector), (ev.target, ev.target_sector)) == (
        source,
        target,
    )
    assert ev.source_cameo == f"{source[0]}GOV"


def test_capital_after_in_is_a_place(code) -> None:  # type: ignore[no-untyped-def]
    # "in Paris" is where they met, not a party to the meeting.
    events = code(
        "Pashinyan met Emmanuel Macron in Paris on Wednesday.", date=_day("2024-02-21")
    )
    assert {(e.source, e.target) for e in events} == {("ARM", "FRA"), ("FRA", "ARM")}
    assert all(e.target_text != "Paris" for e in events)


# -- places, protests and unfinished events -----------------------------------------------


def test_place_gives_the_target_of_a_drill(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "China staged military drills around Taiwan on Saturday.",
        date=_day("2023-04-08"),
    )
    assert (ev.source, ev.target, ev.plover, ev.plover_mode) == (
        "CHN",
        "TWN",
        "MOBILIZE",
        "troops",
    )


def test_protesters_protest_their_own_government(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Armenian protesters rallied in Yerevan against the border deal.",
        date=_day("2024-05-10"),
    )
    assert (ev.source, ev.source_sector, ev.target, ev.plover) == (
        "ARM",
        "CVL",
        "ARM",
        "PROTEST",
    )


@pytest.mark.parametrize(
    ("text", "state", "sector"),
    [
        # Protesters the text gives no nationality are civilians of the state
        # where they protest (guide §3.2), even when only a place is resolved.
        (
            "Thousands of protesters marched in Nairobi against the finance bill.",
            "KEN",
            "CVL",
        ),
        ("Thousands of students rallied in Dhaka on Monday.", "BGD", "CVL"),
        ("Teachers in Ghana went on strike on Monday.", "GHA", "CVL"),
        (
            "Over two hundred demonstrators took to the streets of Yerevan.",
            "ARM",
            "CVL",
        ),
        ("Opposition supporters marched through central Belgrade.", "SRB", "OPP"),
        # Pensioners and dockworkers are civilians too (kb/sectors.csv).
        ("Pensioners protested in Buenos Aires on Wednesday.", "ARG", "CVL"),
        ("Dockworkers in Chile went on strike on Monday.", "CHL", "CVL"),
    ],
)
def test_protesters_protest_where_they_are(
    code, text: str, state: str, sector: str
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-10"))
    assert [(e.source, e.source_sector, e.plover) for e in events] == [
        (state, sector, "PROTEST")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students live in Dhaka.",  # no protest
        "Thousands of protesters marched on Monday.",  # no place
    ],
)
def test_people_without_a_protest_or_a_place_make_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text, date=_day("2024-05-10")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A purpose infinitive or a coordinated verb with no recipient of its
        # own continues the clause before it, and takes its recipient.
        (
            "Rwanda deployed 1,000 soldiers to Mozambique on Friday to help fight "
            "an insurgency.",
            ("RWA", "MOZ", "AID", "help"),
        ),
        (
            "Chile hosted Peru's president on Monday and signed a trade agreement.",
            ("CHL", "PER", "SUPPORT", "signed"),
        ),
    ],
)
def test_continuing_clause_takes_the_recipient(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-10"))
    got = {(e.source, e.target, e.plover, e.trigger): e for e in events}
    assert expected in got
    borrowed = got[expected]
    direct = [e for e in events if e is not borrowed and e.target == expected[1]]
    assert direct and borrowed.confidence < max(e.confidence for e in direct)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey criticised Sweden on Monday after it pledged aid.",  # a new clause
        "Turkey criticised Sweden on Monday; it also pledged aid.",
    ],
)
def test_a_new_clause_keeps_its_own_recipient(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-10"))
    assert ("TUR", "SWE", "AGREE") not in {
        (e.source, e.target, e.plover) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A warning with no addressee is aimed at whoever would set it off.
        (
            "The leader of Yemen's Houthis warned on Thursday that any US attack "
            "on the group would not go unanswered.",
            [("YEM", "USA", "THREATEN")],
        ),
        (
            "China warned that it would respond to any US move on Taiwan.",
            [("CHN", "USA", "THREATEN")],
        ),
        (
            "Russia threatened retaliation if NATO deployed troops to Ukraine.",
            [("RUS", "NATO", "THREATEN")],
        ),
        # "any US attack" is the warning's content, no attack made (guide §5).
        ("Armenia rejected any attack on its territory.", [("ARM", None, "REJECT")]),
    ],
)
def test_threatened_party_and_any_act(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-01-12"))
    assert [(e.source, e.target, e.plover) for e in events] == expected


def test_event_with_unresolved_source_is_held_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Guide §3.1: an act whose doer is not in the knowledge base is no event for
    # the analyst; it is kept as doubtful (shown with --include-doubtful).
    from allegiance.nlp.events import UNRESOLVED_SOURCE

    events = pipeline.code_text(
        "Western ministers condemned Russia on Monday.", date=_day("2024-05-10")
    )
    assert events and all(e.source is None for e in events)
    assert all(e.doubtful and e.doubt_reason == UNRESOLVED_SOURCE for e in events)


def test_an_act_on_a_place_with_no_actor_is_held_back_with_the_places_state(
    pipeline,
) -> None:  # type: ignore[no-untyped-def]
    # No actor is named, but the place hit is a state's: the act is kept as
    # doubtful (unresolved source) with that state as the target.
    from allegiance.nlp.events import UNRESOLVED_SOURCE

    [event] = pipeline.code_text(
        "Coalition planes on Tuesday bombed positions in northern Syria.",
        date=_day("2017-04-05"),
    )
    assert (event.source, event.target, event.plover) == (None, "SYR", "ASSAULT")
    assert event.doubtful and event.doubt_reason == UNRESOLVED_SOURCE
    # A reading with actors still wins over the place.
    events = pipeline.code_text(
        "Turkish jets bombed positions in northern Syria.", date=_day("2017-04-05")
    )
    assert [(e.source, e.target, e.doubtful) for e in events] == [("TUR", "SYR", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guide §7.5: the denied act, negated and reported; the denial itself
        # is a rejection only of an accuser named in the item.
        (
            "Tehran denied that it had supplied drones to Russia.",
            [("IRN", "RUS", "AID", True, True)],
        ),
        (
            "Israel denied attacking the consulate.",
            [("ISR", None, "ASSAULT", True, True)],
        ),
        (
            # ... and the accusation rejected is the accuser's (guide §5.4).
            "Iran denied supplying drones to Russia, rejecting accusations by Kyiv.",
            [
                ("IRN", "RUS", "AID", True, True),
                ("IRN", "UKR", "REJECT", False, False),
                ("UKR", "IRN", "ACCUSE", False, False),
            ],
        ),
    ],
)
def test_denials(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-04-02"))
    assert [
        (e.source, e.target, e.plover, e.negated, e.reported) for e in events
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "during a visit to X": the visitor is the clause's subject, not the
        # nearest name before the noun.
        (
            "Zelensky asked British lawmakers for fighter jets during a surprise "
            "visit to London on Wednesday.",
            ("UKR", "GBR", "042"),
        ),
        (
            "Macron met Chinese business leaders during a state visit to Beijing.",
            ("FRA", "CHN", "042"),
        ),
    ],
)
def test_visitor_of_a_visit_during_the_clause(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-02-08"))
    visits = [(e.source, e.target, e.cameo) for e in events if e.cameo == "042"]
    assert visits == [expected]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # What a vetoed or blocked text says is no event of its authors.
        (
            "Russia vetoed a UN Security Council resolution on Friday condemning "
            "its invasion of Ukraine.",
            ("UNSC", "RUS", "ACCUSE"),
        ),
        (
            "Hungary blocked a joint EU statement calling for a ceasefire between "
            "Israel and Hamas on Tuesday.",
            ("EU", "PSE", "REQUEST"),
        ),
    ],
)
def test_rejected_text_says_no_event(code, text: str, absent) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-10-24"))
    assert absent not in {(e.source, e.target, e.plover) for e in events}
    assert any(e.plover == "REJECT" for e in events)


def test_adopted_text_is_its_authors_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The UN General Assembly adopted a resolution condemning Russia.")
    assert ("UN", "RUS", "ACCUSE") in {(e.source, e.target, e.plover) for e in events}


def test_an_event_without_target_is_dropped_beside_a_full_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Erdogan travelled to Washington for talks with Trump.",
        date=_day("2019-11-13"),
    )
    # The purpose noun "talks" alone has no recipient ("TUR -> ?"); with "with
    # Trump" it has one, and no target-less TUR event is left beside it.
    assert events and all(e.target is not None for e in events)
    assert ("TUR", "USA", "042") in {(e.source, e.target, e.cameo) for e in events}


def test_led_modifier_is_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    # "the Russian-led bloc" names no Russian act.
    events = code(
        "In February Armenia froze its participation in the Russian-led alliance "
        "over its inaction.",
        date=_day("2024-02-23"),
    )
    assert {(e.source, e.target) for e in events} == {("ARM", "CSTO")}


# -- doubt -------------------------------------------------------------------------------------


def test_fighting_between_distant_states_is_flagged(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "The Armenian-Afghan conflict flared again on Tuesday.", date=_day("2022-09-13")
    )
    assert (ev.source, ev.target, ev.plover) == ("ARM", "AFG", "ASSAULT")
    assert ev.doubtful and ev.confidence <= 0.3
    assert "Azerbaijan" in (ev.doubt_reason or "")


def test_fighting_between_neighbours_is_not_flagged(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "The Armenian-Azerbaijani conflict flared again on Tuesday.",
        date=_day("2022-09-13"),
    )
    assert (ev.source, ev.target) == ("ARM", "AZE")
    assert not ev.doubtful and ev.doubt_reason is None


# -- the records ----------------------------------------------------------------------------


def test_event_records(pipeline: Pipeline) -> None:
    text = "Armenia froze ties with Moscow last year. Finland joined NATO on Tuesday."
    article = make_article(text, date="2023-04-04")
    coded = pipeline.code_article(article)
    [ev] = [e for e in coded.events if e.alliance_move == "join"]
    assert ev.article_id == article.id
    assert ev.date == dt.date(2023, 4, 4)
    assert ev.sent_index == 1
    assert ev.evidence == "Finland joined NATO on Tuesday."
    assert text[ev.sent_start : ev.sent_end] == ev.evidence
    assert (ev.trigger, ev.pattern, ev.coder) == (
        "joined",
        "alliance.join_org",
        CODER_VERSION,
    )
    assert (ev.source_text, ev.target_text) == ("Finland", "NATO")
    assert ev.goldstein is not None and ev.quad_class == 1


def test_event_ids_are_stable_and_distinct(pipeline: Pipeline) -> None:
    text = "Armenia and France signed a defence agreement on Monday."
    first = pipeline.code_text(text, date=_day("2023-10-23"))
    again = pipeline.code_text(text, date=_day("2023-10-23"))
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first) == 2


# -- known bugs ------------------------------------------------------------------------------


def test_excluded_word_in_a_previous_phrase_does_not_veto(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "According to Kyiv, Russia launched cruise missiles at Ukraine overnight.",
        date=_day("2022-10-10"),
    )
    assert [(e.source, e.target, e.cameo, e.reported_by) for e in events] == [
        ("RUS", "UKR", "195", "UKR")
    ]


def test_will_not_is_an_asserted_refusal(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "NATO will not send troops to Ukraine, Secretary General Jens Stoltenberg said.",
        date=_day("2022-03-04"),
    )
    assert (ev.source, ev.target, ev.cameo, ev.alliance_move) == (
        "NATO",
        "UKR",
        "1224",
        "refuse_assistance",
    )
    assert (ev.modality, ev.negated) == ("asserted", False)


def test_pledge_is_a_future_agreement(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Germany pledged more air defence systems to Ukraine on Tuesday.",
        date=_day("2023-10-10"),
    )
    assert (ev.source, ev.target, ev.plover) == ("DEU", "UKR", "AGREE")
    assert ev.cameo.startswith("03") and ev.modality == "future"


# -- content that is not an event ------------------------------------------------


def test_what_is_asked_for_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # "call" here is a noun ("a phone call"); "ease" is what was asked for.
    events = code(
        "Pashinyan said he had asked Vladimir Putin during a phone call to help "
        "ease the cost of Russian gas for Armenia.",
        date=_day("2020-04-10"),
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("ARM", "RUS", "REQUEST")
    ]


def test_what_others_fear_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert (
        code(
            "Officials in Minsk feared Armenia was getting ready to quit the CSTO.",
            date=_day("2023-06-01"),
        )
        == []
    )


def test_a_suspected_actor_still_acts(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A suspected Russian drone struck a hospital in Kharkiv, Ukraine said.",
        date=_day("2024-05-01"),
    )
    assert ("RUS", "ASSAULT") in [(e.source, e.plover) for e in events]


def test_putting_participation_on_hold_is_a_freeze(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Armenia has put its involvement in the CSTO on hold.", date=_day("2024-03-01")
    )
    assert (ev.source, ev.target, ev.cameo, ev.alliance_move) == (
        "ARM",
        "CSTO",
        "161",
        "freeze",
    )


def test_a_council_in_a_title_is_no_meeting_skipped(code) -> None:  # type: ignore[no-untyped-def]
    # "European Council" names the mediator, not a meeting Georgia stays away from.
    events = code(
        "Tbilisi said it was pulling out of the deal mediated by European Council "
        "President Charles Michel.",
        date=_day("2021-08-01"),
    )
    assert not [e for e in events if e.alliance_move == "skip_summit"]


def test_staying_away_from_a_summit_is_still_skipped(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Yerevan will not attend the CSTO summit in Minsk.", date=_day("2023-11-20")
    )
    assert (ev.source, ev.target, ev.alliance_move, ev.cameo) == (
        "ARM",
        "CSTO",
        "skip_summit",
        "125",
    )


def test_meeting_a_standard_is_no_meeting(code) -> None:  # type: ignore[no-untyped-def]
    # Falling short of criteria is neither a meeting nor a snub.
    events = code(
        "Serbia does not yet meet the EU's accession benchmarks, Brussels said.",
        date=_day("2024-05-01"),
    )
    assert not [e for e in events if e.plover in {"CONSULT", "REJECT"}]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan signed a US-brokered peace deal on Friday.",
        "Israel and Hamas observed a Qatari-mediated truce on Friday.",
    ],
)
def test_a_hyphenated_participle_is_no_trigger(code, text) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date(2025, 8, 8))
    assert not [e for e in events if e.cameo.startswith("045")]


def test_excluding_workers_from_a_scheme_is_no_expulsion(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The British government excluded foreign workers from the scheme.",
        date=dt.date(2020, 5, 20),
    )
    assert not [e for e in events if e.alliance_move == "expel"]


@pytest.mark.parametrize(
    ("text", "day", "expected", "absent"),
    [
        # A criticised concrete act is coded, and the criticism's negation is
        # not the act's.
        (
            "China has not condemned Russia's invasion of Ukraine.",
            "2022-03-03",
            ("RUS", "UKR", "ASSAULT", False),
            ("RUS", "UKR", "ASSAULT", True),
        ),
        # An abstract charge is not ("condemned Azerbaijan's aggression").
        (
            "Armenia condemned Azerbaijan's aggression against Armenia.",
            "2022-09-13",
            ("ARM", "AZE", "ACCUSE", False),
            ("AZE", "ARM", "ASSAULT", False),
        ),
        # A negated light verb negates its event noun.
        (
            "North Korea has not conducted a nuclear test since 2017.",
            "2024-09-10",
            ("PRK", None, "MOBILIZE", True),
            ("PRK", None, "MOBILIZE", False),
        ),
    ],
)
def test_acts_named_in_criticism(code, text, day, expected, absent) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date.fromisoformat(day))
    found = {(e.source, e.target, e.plover, e.negated) for e in events}
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A reaction in an appositive ("..., a step X criticised") is aimed at
        # the main clause's subject.
        (
            "The European Union deployed a monitoring mission to Armenia on "
            "Monday, a step Moscow criticised as meddling.",
            "2023-02-20",
            {("RUS", "EU", "ACCUSE")},
        ),
        (
            "Armenian and US troops began a joint exercise near Yerevan, a move "
            "the Kremlin said it viewed with concern.",
            "2023-09-11",
            {("RUS", "ARM", "ACCUSE"), ("RUS", "USA", "ACCUSE")},
        ),
        # "an", modifiers, "that", and a bare plural name the act too.
        (
            "Armenia ratified the Rome Statute on Tuesday, an unprecedented move "
            "that the Kremlin condemned as hostile.",
            "2023-10-04",
            {("RUS", "ARM", "ACCUSE")},
        ),
        (
            "Kosovo closed Serbian bank branches in the north, an action Belgrade "
            "rejected as illegal.",
            "2024-02-01",
            {("SRB", "XKX", "REJECT")},
        ),
        (
            "Poland's president praised the strike, remarks the Kremlin dismissed "
            "as propaganda.",
            "2024-02-01",
            {("RUS", "POL", "REJECT")},
        ),
    ],
)
def test_reaction_to_the_main_clause(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date.fromisoformat(day))
    assert expected <= {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A criticism with no object is of the that-clause's subject.
        (
            "Pashinyan complained on Friday that the CSTO had not helped Armenia.",
            "2022-10-27",
            ("ARM", "CSTO", "ACCUSE"),
        ),
        # A participle after a that-clause belongs to the main clause.
        (
            "Venezuela's government announced that it would quit the Organization "
            "of American States, accusing the body of meddling.",
            "2017-04-26",
            ("VEN", "OAS", "ACCUSE"),
        ),
    ],
)
def test_that_clause_subjects(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date.fromisoformat(day))
    assert expected in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "day", "expected", "absent"),
    [
        # A concrete act named in an accusation is an event of the accused.
        (
            "Aliyev accused France of arming Armenia.",
            "2024-04-23",
            ("FRA", "ARM", "AID"),
            None,
        ),
        # An abstract charge is not.
        (
            "Baku accused Paris of siding with Armenia.",
            "2022-10-21",
            ("AZE", "FRA", "ACCUSE"),
            ("FRA", "ARM", "SUPPORT"),
        ),
    ],
)
def test_acts_named_in_accusations(code, text, day, expected, absent) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date.fromisoformat(day))
    found = {(e.source, e.target, e.plover) for e in events}
    assert expected in found and absent not in found


# -- ordinary phrasings widened from new dev items ---------------------------------


def test_visit_framed_by_during_is_the_subjects(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Chinese President Xi Jinping praised Hungary's Viktor Orban during a visit "
        "to Budapest on Thursday.",
        date=_day("2024-05-09"),
    )
    assert ("CHN", "HUN", "CONSULT") in {(e.source, e.target, e.plover) for e in events}


def test_purpose_infinitive_shares_the_future(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Donald Trump and Vladimir Putin will meet in Alaska on Friday to discuss "
        "ending the war in Ukraine.",
        date=_day("2025-08-12"),
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("USA", "RUS", "AGREE"),
        ("RUS", "USA", "AGREE"),
    }


def test_held_talks_is_no_plan(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Sergei Lavrov and Dmytro Kuleba held talks in Antalya on Thursday.",
        date=_day("2022-03-10"),
    )
    assert {e.plover for e in events} == {"CONSULT"}


def test_accused_on_a_day_of_a_concrete_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Iran accused Israel on Saturday of assassinating its top nuclear scientist.",
        date=_day("2020-11-28"),
    )
    pairs = {(e.source, e.target, e.plover, e.reported) for e in events}
    assert ("ISR", "IRN", "ASSAULT", True) in pairs


def test_failure_the_speakers_side_shares_is_no_complaint(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Joe Biden has not spoken with Vladimir Putin since February 2022, "
        "the White House said.",
        date=_day("2024-01-10"),
    )
    assert {e.plover for e in events} == {"CONSULT"}
    assert all(e.negated for e in events)


def test_passive_subject_owner_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kosovo's independence was recognised by the United States and Britain "
        "on Monday.",
        date=_day("2008-02-18"),
    )
    assert {(e.source, e.target) for e in events} == {("USA", "XKX"), ("GBR", "XKX")}


def test_tariffs_on_imports_from_a_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Donald Trump threatened on Friday to slap a 50 per cent tariff on imports "
        "from the European Union.",
        date=_day("2025-05-23"),
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("USA", "EU", "THREATEN")
    ]


def test_apartment_block_is_no_veto(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russian drones hit an apartment block in Odesa on Saturday.",
        date=_day("2024-03-02"),
    )
    assert "REJECT" not in {e.plover for e in events}


# -- appeals and demands -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Asking, urging, calling on, appealing: CAMEO 02, verbal cooperation.
        ("Moldova asked Romania for military aid.", "2022-11-10", ("MDA", "ROU", "0232", 3.4)),
        ("Ankara urged Stockholm to extradite the suspects.", "2022-06-01", ("TUR", "SWE", "0213", 3.4)),
        ("The EU called on Minsk to release all political prisoners.", "2022-11-10", ("EU", "BLR", "0253", -0.3)),
        # Demanding: CAMEO 10, verbal conflict. Both are PLOVER REQUEST.
        ("Moldova demanded military aid from Romania.", "2022-11-10", ("MDA", "ROU", "103", -5.0)),
        ("Baku demanded a change of course from Moscow.", "2022-06-01", ("AZE", "RUS", "100", -5.0)),
    ],
)  # fmt: skip
def test_an_appeal_is_cameo_02_and_a_demand_10(
    code, text: str, day: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day(day)) if e.plover == "REQUEST"]
    assert [(e.source, e.target, e.cameo, e.goldstein) for e in events] == [expected]


def test_an_allys_plea_for_help_is_an_appeal_not_a_quarrel(code) -> None:  # type: ignore[no-untyped-def]
    # invoke_assistance takes 0234 whatever the verb (one code per move).
    for text in (
        "Tajikistan asked the CSTO for military help against militants.",
        "Tajikistan demanded military help from the CSTO against militants.",
    ):
        [event] = [e for e in code(text, date=_day("2021-07-23")) if e.alliance_move]
        assert (event.alliance_move, event.cameo, event.goldstein) == (
            "invoke_assistance",
            "0234",
            3.4,
        ), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Saying that another state must act is a demand of it...
        (
            "China says Japan must stop its naval patrols near the islands.",
            {("CHN", "JPN", "100")},
        ),
        (
            "The German chancellor said that Poland and Hungary must respect the "
            "rule of law.",
            {("DEU", "POL", "100"), ("DEU", "HUN", "100")},
        ),
        # The demand takes the code of what is demanded.
        (
            "China said Japan must withdraw its troops from the islands.",
            {("CHN", "JPN", "1056")},
        ),
        # ...but not of the speaker's own state.
        (
            "Sergei Lavrov said on Monday that Russia must respond to the sanctions.",
            set(),
        ),
    ],
)
def test_saying_another_state_must_act_is_a_demand(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2021-07-16"))
    assert {(e.source, e.target, e.cameo) for e in events if e.plover == "REQUEST"} == (
        expected
    )


def test_what_another_state_must_do_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Turkey said Sweden should extradite the suspects.", date=_day("2022-06-01")
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("TUR", "SWE", "REQUEST")
    ]


def test_one_act_told_twice_in_a_sentence_is_one_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Finland joined NATO on Tuesday, becoming the alliance's 31st member.",
        date=_day("2023-04-04"),
    )
    assert [(e.source, e.target, e.alliance_move) for e in events] == [
        ("FIN", "NATO", "join")
    ]


def test_an_event_noun_in_what_is_discussed_is_a_topic(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Erdogan and Aliyev discussed trade and the normalisation of relations "
        "between Armenia and Turkey.",
        date=_day("2024-08-19"),
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("TUR", "AZE", "CONSULT"),
        ("AZE", "TUR", "CONSULT"),
    }


# -- trigger coverage, round 2 ------------------------------------------------------------


def test_calling_a_leader_to_congratulate_is_no_request(code) -> None:  # type: ignore[no-untyped-def]
    # Only "called on/upon X to" and "called for X to" ask for something.
    events = code(
        "Netanyahu called Australian Prime Minister Scott Morrison on Wednesday "
        "to congratulate him.",
        date=_day("2018-08-29"),
    )
    assert "REQUEST" not in {e.plover for e in events}
    assert ("ISR", "AUS", "CONSULT") in {(e.source, e.target, e.plover) for e in events}
    events = code(
        "Macron called on Putin to withdraw troops from Ukraine.",
        date=_day("2023-03-01"),
    )
    assert ("FRA", "RUS", "REQUEST") in {(e.source, e.target, e.plover) for e in events}


def test_a_required_word_after_a_name_in_apposition(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Belarusian defence minister agreed with his Iranian counterpart, "
        "Mostafa Mohammad Najjar, to exchange military technology.",
        date=_day("2019-01-15"),
    )
    assert ("BLR", "IRN", "AGREE") in {(e.source, e.target, e.plover) for e in events}


def test_suspending_a_partnership_is_a_sanction(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Armenia suspended its partnership with Russia.", date=_day("2024-02-23")
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("ARM", "RUS", "SANCTION")
    ]


def test_a_call_on_a_weekday_is_no_appeal(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Putin and Tokayev held a phone call on Monday.", date=_day("2024-02-23")
    )
    assert {e.plover for e in events} == {"CONSULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland insisted that Russia withdraw its troops from Ukraine.", [("POL", "REQUEST")]),
        ("Armenia insisted that Azerbaijan be held accountable.", [("ARM", "REQUEST")]),
        # Not a bare verb: a report, not a demand.
        ("Russia insisted that Ukraine attacked first.", [("UKR", "ASSAULT")]),
    ],
)  # fmt: skip
def test_insisting_on_a_bare_verb_is_a_demand(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-02-23"))
    assert [(e.source, e.plover) for e in events] == expected


def test_an_event_noun_on_the_agenda_is_a_topic(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The normalisation of relations between Armenia and Turkey was also on "
        "the agenda.",
        date=_day("2024-08-19"),
    )
    assert events == []


def test_state_before_a_noun_is_no_speech_verb(code) -> None:  # type: ignore[no-untyped-def]
    # "state" in "Russia's state oil company" does not end the object.
    events = code(
        "The EU imposed sanctions on Gazprom Neft, Russia's state oil company, "
        "and Rosneft.",
        date=_day("2022-06-01"),
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("EU", "RUS", "SANCTION")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The required word may be the subject of a passive with an agent.
        ("Four villages were returned by Armenia to Azerbaijan.", {("ARM", "AZE")}),
        ("Two journalists were released by Russia to Ukraine.", {("RUS", "UKR")}),
        # Without an agent, no event.
        ("Four villages were returned to Azerbaijan.", set()),
    ],
)
def test_required_word_in_a_passive_subject(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-01"))
    assert {(e.source, e.target) for e in events if e.source} == expected


def test_a_name_in_commas_does_not_hide_the_required_word(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Armenian defence minister agreed with his Iranian counterpart, "
        "Mohammad Bagheri, to exchange technology.",
        date=_day("2023-03-01"),
    )
    assert ("ARM", "IRN", "AGREE") in {(e.source, e.target, e.plover) for e in events}


def test_required_word_before_a_reduced_relative(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Thousands of civilians evacuated from Sudan by France arrived in Paris.",
        date=_day("2023-04-25"),
    )
    assert ("FRA", "SDN", "AID") in {(e.source, e.target, e.plover) for e in events}


def test_a_refused_offer_is_the_event_not_its_content(code) -> None:  # type: ignore[no-untyped-def]
    # The offer turned down is Ukraine's to Russia (guide §5.4); what it
    # offered (discussing a ceasefire) is no event.
    events = code(
        "Russia rejected every offer made by Ukraine to discuss a ceasefire.",
        date=_day("2023-03-01"),
    )
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("RUS", "UKR", "REJECT"),
        ("UKR", "RUS", "AGREE"),
    ]


def test_a_participle_after_a_demand_is_the_demanders_act(code) -> None:  # type: ignore[no-untyped-def]
    # The that-clause holds what is demanded; ", accusing Baku ..." does not.
    events = code(
        "Armenia demanded on Friday that Azerbaijani troops withdraw from its "
        "territory, accusing Baku of a deliberate incursion.",
        date=_day("2022-09-16"),
    )
    got = {(e.source, e.target, e.plover) for e in events}
    assert ("ARM", "AZE", "ACCUSE") in got
    assert ("AZE", "ARM", "RETREAT") not in got


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("China accused Japan of provocation, and Tokyo rejected the accusation.",
         "2023-03-01", ("JPN", "CHN", "REJECT")),
        ("Russia expelled ten Estonian diplomats, and Tallinn condemned the decision.",
         "2023-03-01", ("EST", "RUS", "ACCUSE")),
    ],
)  # fmt: skip
def test_a_reply_answers_whoever_acted_on_its_source(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert expected in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An "after" clause tells what came before, not a reply.
        ("Beijing urged Washington to stop arming Taiwan, after the State "
         "Department approved a new arms package.", "2023-03-01"),
        # A comma alone may close reported content.
        ("Azerbaijani forces shelled Armenian villages in September, Armenian "
         "officials complained.", "2023-01-24"),
    ],
)  # fmt: skip
def test_no_reply_without_a_new_clause(code, text, day) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day(day))
    assert not [
        e for e in events if e.plover in {"AID", "ACCUSE"} and e.target == "CHN"
    ]
    assert not [e for e in events if e.plover == "ACCUSE" and e.target == "AZE"]


def test_a_national_adjective_acts_on_a_place_with_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Israeli strikes on Gaza killed 40 people.", date=_day("2024-03-01"))
    assert ("ISR", "PSE", "ASSAULT") in {(e.source, e.target, e.plover) for e in events}


def test_leaving_takes_the_organisation_as_its_object(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Council of Europe's expulsion of Russia left about 140 million "
        "Russians without access to the European Court of Human Rights.",
        date=_day("2022-03-16"),
    )
    assert not [e for e in events if e.alliance_move == "withdraw"]
    assert [(e.source, e.target, e.alliance_move) for e in events] == [
        ("COE", "RUS", "expel")
    ]


@pytest.mark.parametrize(
    ("text", "expected", "decided"),
    [
        # Criticising a decision to act is an event of its own, aimed at the
        # one who decided; the decided act keeps its own doer.
        ("China condemned the US decision to sell arms to Taiwan.",
         ("CHN", "USA", "ACCUSE"), ("USA", "TWN", "COOPERATE")),
        ("Moscow denounced the decision by Yerevan to join the ICC.",
         ("RUS", "ARM", "ACCUSE"), ("ARM", "ICC", "SUPPORT")),
    ],
)  # fmt: skip
def test_criticism_of_a_decision_to_act(code, text, expected, decided) -> None:  # type: ignore[no-untyped-def]
    got = {(e.source, e.target, e.plover) for e in code(text, date=_day("2023-05-20"))}
    assert expected in got
    assert decided in got
    assert ("RUS", "ICC", "SUPPORT") not in got


def test_a_warning_answers_the_act_after_it(code) -> None:  # type: ignore[no-untyped-def]
    # A threat with no addressee is aimed at the party whose act it answers.
    events = code(
        "The Kremlin warned on Tuesday that it would take countermeasures to "
        "protect Russia's security after Finland joined NATO.",
        date=_day("2023-04-04"),
    )
    assert ("RUS", "FIN", "THREATEN") in {
        (e.source, e.target, e.plover) for e in events
    }


def test_a_guest_received_in_a_place_is_hosted_by_its_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Indian Prime Minister Narendra Modi was welcomed at the White House on "
        "Thursday at the start of a state visit.",
        date=_day("2023-06-22"),
    )
    got = {(e.source, e.target, e.cameo) for e in events}
    assert ("USA", "IND", "043") in got
    assert ("IND", "USA", "042") in got
    events = code("Scholz was received in Beijing on Friday.", date=_day("2022-11-04"))
    assert ("CHN", "DEU", "043") in {(e.source, e.target, e.cameo) for e in events}


def test_a_continued_clause_skips_the_charge_between(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The European Union accused Russian state media of spreading "
        "disinformation about the war and banned two broadcasters from the bloc.",
        date=_day("2022-03-02"),
    )
    assert ("EU", "RUS", "COERCE") in {(e.source, e.target, e.plover) for e in events}


def test_a_light_verbs_subject_acts_on_a_place_with_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Israel imposed a siege on Gaza.", date=_day("2023-10-09"))
    assert ("ISR", "PSE", "COERCE") in {(e.source, e.target, e.plover) for e in events}


def test_neither_nor_coordinates_and_negates(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Neither Washington nor Brussels has recognised Alexander Lukashenko as "
        "Belarus's legitimate president.",
        date=_day("2021-03-01"),
    )
    got = {(e.source, e.target, e.plover, e.negated) for e in events}
    assert {("USA", "BLR", "SUPPORT", True), ("EU", "BLR", "SUPPORT", True)} <= got
    events = code("Russia condemned neither Iran nor Israel.", date=_day("2021-03-01"))
    assert {(e.target, e.negated) for e in events} == {("IRN", True), ("ISR", True)}


def test_a_participle_before_a_place_describes_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia cut the internet in occupied Ukraine.", date=_day("2023-03-01")
    )
    assert "192" not in {e.cameo for e in events}
    events = code("Russia occupied Crimea in 2014.", date=_day("2023-03-01"))
    assert ("RUS", "UKR", "192") in {(e.source, e.target, e.cameo) for e in events}


def test_a_rejected_call_of_a_named_actor_is_its_request(code) -> None:  # type: ignore[no-untyped-def]
    # The call is coded with its owner as source and the one who rejects it as
    # target; an unowned call has no source (guide §3.1).
    events = code(
        "Moscow rebuffed Washington's calls for a ceasefire.", date=_day("2022-03-04")
    )
    got = {(e.source, e.target, e.plover) for e in events}
    assert {("RUS", "USA", "REJECT"), ("USA", "RUS", "REQUEST")} <= got
    events = code(
        "Netanyahu rejected calls for a ceasefire in Gaza on Monday.",
        date=_day("2023-10-30"),
    )
    assert {e.plover for e in events} == {"REJECT"}


def test_a_veto_at_a_body_targets_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia vetoed the resolution at the Security Council.", date=_day("2023-11-23")
    )
    assert ("RUS", "UNSC", "REJECT") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mobilisation faces the state across a border, not its own state.
        ("Russia massed troops near its border with Ukraine.", ("RUS", "UKR")),
        ("Azerbaijan deployed troops along the border with Armenia.", ("AZE", "ARM")),
        # ... or the actor of the act it answers.
        ("Serbia put its army on high alert after Kosovo police raided the north.",
         ("SRB", "XKX")),
        ("Japan scrambled fighter jets as Russian bombers flew near its airspace.",
         ("JPN", "RUS")),
        ("Serbia's army was placed on combat readiness amid tensions with Kosovo.",
         ("SRB", "XKX")),
    ],
)  # fmt: skip
def test_whom_a_mobilisation_faces(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2022-12-26"))
    got = {(e.source, e.target) for e in events if e.plover == "MOBILIZE"}
    assert expected in got
    assert (expected[0], expected[0]) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forces sent to help the receiver are military protection (074).
        ("Rwanda deployed 1,000 soldiers to Mozambique on Friday to help fight an insurgency.",
         ("RWA", "MOZ", "074", "AID")),
        ("Russia deployed troops to Armenia at Yerevan's request.", ("RUS", "ARM", "074", "AID")),
        ("At the request of President Tokayev, Russia deployed paratroopers to Kazakhstan.",
         ("RUS", "KAZ", "074", "AID")),
        ("The United States deployed more troops to Poland to reassure its ally.",
         ("USA", "POL", "074", "AID")),
        # Guarding one's own ground, or no stated aim, stays a mobilisation.
        ("Poland deployed more troops to its border with Belarus to protect its border.",
         ("POL", "BLR", "154", "MOBILIZE")),
        ("Russia deployed troops to Belarus.", ("RUS", "BLR", "154", "MOBILIZE")),
        # A request in another clause is not this deployment's.
        ("At Armenia's request, the CSTO sent monitors, while Russia massed troops near Ukraine.",
         ("RUS", "UKR", "154", "MOBILIZE")),
        # Forces that arrive are deployed, not visiting; a minister visits.
        ("Kenyan police officers arrived in Haiti to lead an international mission "
         "against the gangs.", ("KEN", "HTI", "074", "AID")),
        ("Russian troops arrived in Belarus.", ("RUS", "BLR", "154", "MOBILIZE")),
        ("Troops from the CSTO began arriving in Kazakhstan after the alliance agreed "
         "to Tokayev's request.", ("CSTO", "KAZ", "074", "AID")),
    ],
)  # fmt: skip
def test_forces_sent_to_help(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2022-01-07"))
    got = {(e.source, e.target, e.cameo, e.plover) for e in events}
    assert expected in got
    wrong = "AID" if expected[3] == "MOBILIZE" else "MOBILIZE"
    assert not [e for e in events if e.plover == wrong]


def test_a_standing_deployment_is_background(code) -> None:  # type: ignore[no-untyped-def]
    # The perfect with "since" tells a state of affairs (guide §5); the same
    # words without it, or "since Monday", tell a deployment.
    assert not code(
        "Russian border troops have been deployed in Syunik since the war.",
        date=_day("2021-01-23"),
    )
    events = code(
        "Russian troops have been deployed in Syunik, the ministry said.",
        date=_day("2021-01-23"),
    )
    assert [(e.source, e.plover) for e in events] == [("RUS", "MOBILIZE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act the main clause prompted answers that clause's subject.
        ("China and Russia flew bombers over the Sea of Japan on Tuesday, prompting "
         "Japan to scramble fighter jets.", {("JPN", "CHN", "MOBILIZE"), ("JPN", "RUS", "MOBILIZE")}),
        ("Venezuela seized the ship, forcing Guyana to lodge a protest.", {("GUY", "VEN", "ACCUSE")}),
    ],
)  # fmt: skip
def test_an_act_prompted_by_the_main_clause(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-03-01"))
    assert expected <= {(e.source, e.target, e.plover) for e in events}


def test_a_mediator_acts_on_the_parties_named_before(code) -> None:  # type: ignore[no-untyped-def]
    # With no "between", the mediator in a "by" phrase acts on the parties the
    # sentence names before the trigger, not on the place of the talks.
    events = code(
        "Negotiators from Russia and Ukraine returned to Istanbul on Monday for the "
        "first time since the spring of 2022, for talks hosted by Turkey.",
        date=_day("2025-05-19"),
    )
    got = {(e.source, e.target) for e in events if e.cameo == "045"}
    assert got == {("TUR", "RUS"), ("TUR", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        # A state meets or visits someone; with no recipient (its own cabinet,
        # a factory, an honorary degree) there is no consultation (needs_target).
        "Putin met his security council on Friday to discuss the situation.",
        "Macron met with his cabinet to discuss the budget.",
        "Biden visited a factory in Pennsylvania on Thursday.",
        "Erdogan received an honorary doctorate from the university.",
        "Putin hosted a concert at the Kremlin.",
    ],
)
def test_a_state_consultation_needs_a_recipient(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text, date=_day("2024-05-01")) if e.plover == "CONSULT"]


def test_an_organisation_meets_without_a_recipient(code) -> None:  # type: ignore[no-untyped-def]
    # "Leaders of the Quad met": members meeting as the organisation (guide §4.2).
    events = code(
        "Leaders of the Quad met in Tokyo on Tuesday.", date=_day("2024-05-01")
    )
    assert ("QUAD", None, "CONSULT") in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rejecting accusations names the accuser, or is no event (guide §7.5).
        ("Netanyahu's coalition partners rejected the criticism.", set()),
        ("The Kremlin rejected the accusations as baseless.", set()),
        ("Pakistan dismissed India's allegations as baseless.", {("PAK", "IND", "120")}),
    ],
)  # fmt: skip
def test_a_rejected_accusation_needs_its_accuser(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert {
        (e.source, e.target, e.cameo) for e in events if e.plover == "REJECT"
    } == expected


def test_protesters_demands_are_part_of_the_protest(code) -> None:  # type: ignore[no-untyped-def]
    # Guide §5.4: what protesters demand of their own state is no REQUEST.
    events = code(
        "Israelis protested outside Netanyahu's residence demanding a hostage deal.",
        date=_day("2024-05-01"),
    )
    assert {e.plover for e in events} == {"PROTEST"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Approving another's bid is an act on the bid, not the frame of the
        # bid's content; the content (joining) is no event of its own (§5.4).
        ("Hungary said it would not approve Sweden's bid to join NATO.", {("HUN", "SWE", "REJECT")}),
        ("Hungary approved Sweden's bid to join NATO.", {("HUN", "SWE", "SUPPORT")}),
    ],
)  # fmt: skip
def test_an_act_on_anothers_bid(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-03-01"))
    assert {(e.source, e.target, e.plover) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A release is asked of whoever holds the people.
        ("France demanded the release of its citizens held in Iran.", ("FRA", "IRN", "REQUEST")),
        ("The United States called for the release of hostages held by Hamas.", ("USA", "PSE", "REQUEST")),
    ],
)  # fmt: skip
def test_a_release_is_asked_of_the_holder(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-03-01"))
    assert expected in {(e.source, e.target, e.plover) for e in events}


def test_an_apology_goes_to_the_wronged(code) -> None:  # type: ignore[no-untyped-def]
    # The actor its "for" or "over" phrase names as wronged, however deep.
    events = code(
        "Putin expressed regret over the downing of the Azerbaijani airliner.",
        date=_day("2024-12-28"),
    )
    assert ("RUS", "AZE", "055") in {(e.source, e.target, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Talks named as the purpose of a visit to the other side are the visit.
        ("Erdogan travelled to Sochi on Monday for talks with Putin.", {("TUR", "RUS", "042")}),
        ("Macron arrived in Beijing for a meeting with Xi.", {("FRA", "CHN", "042")}),
        # ... but talks with a third party are talks.
        ("Erdogan travelled to Astana for talks with Putin.",
         {("TUR", "KAZ", "042"), ("TUR", "RUS", "040"), ("RUS", "TUR", "040")}),
    ],
)  # fmt: skip
def test_talks_as_the_purpose_of_a_visit(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2023-09-04"))
    assert {(e.source, e.target, e.cameo) for e in events} == expected


def test_co_mediators_are_not_each_others_parties(code) -> None:  # type: ignore[no-untyped-def]
    # Two mediators of one deal mediate with its party, not with each other.
    events = code(
        "Qatar and the United States brokered a deal on Monday to end Sudan's civil war.",
        date=_day("2024-03-01"),
    )
    got = {(e.source, e.target) for e in events if e.cameo == "045"}
    assert got == {("QAT", "SDN"), ("USA", "SDN")}


@pytest.mark.parametrize(
    "text",
    [
        # "met with" a reaction, and "met" (the past) after a plan or demand,
        # are no meetings, plans or requests for talks.
        "The plan met with fierce resistance from Hungary.",
        "The proposal has met with criticism in Moscow.",
    ],
)
def test_met_with_a_reaction_is_no_meeting(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-03-01"))
    assert not [e for e in events if e.plover in {"CONSULT", "AGREE"}]


def test_demands_met_are_conceded_not_requested(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Turkey's demands were met by Sweden.", date=_day("2024-01-10"))
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("SWE", "TUR", "CONCEDE")
    }


def test_an_act_that_needs_a_recipient_without_one_is_held_back(code) -> None:  # type: ignore[no-untyped-def]
    # Sanctions, aid and cooperation always have a recipient (guide §4.3):
    # with none resolved, the event is kept but held back as doubtful.
    from allegiance.nlp.events import UNRESOLVED_TARGET

    events = code(
        "The United States imposed sanctions on the company's owners.",
        date=_day("2024-03-01"),
    )
    [e] = [e for e in events if e.plover == "SANCTION"]
    assert e.target is None and e.doubtful and e.doubt_reason == UNRESOLVED_TARGET
    events = code(
        "The United States imposed sanctions on Iran.", date=_day("2024-03-01")
    )
    assert [(e.target, e.doubtful) for e in events if e.plover == "SANCTION"] == [
        ("IRN", False)
    ]


def test_a_defence_minister_arriving_visits(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russian Defence Minister Sergei Shoigu arrived in Minsk.",
        date=_day("2022-01-07"),
    )
    assert {(e.source, e.target, e.cameo) for e in events} == {("RUS", "BLR", "042")}


def test_three_parties_each_act_on_the_others(code) -> None:  # type: ignore[no-untyped-def]
    # A joint act of three parties is every ordered pair of them; the fighting
    # the statement ends is no attack.
    events = code(
        "The leaders of Russia, Azerbaijan and Armenia signed a statement ending "
        "the fighting in Nagorno-Karabakh.",
        date=_day("2020-11-10"),
    )
    got = {(e.source, e.target, e.plover) for e in events}
    parties = ("RUS", "AZE", "ARM")
    assert got == {(a, b, "SUPPORT") for a in parties for b in parties if a != b}


def test_fighting_that_is_ended_is_no_attack(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia brokered a deal to halt the war in Nagorno-Karabakh.",
        date=_day("2020-11-10"),
    )
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan accused each other of violating the ceasefire.",
        "Russia and Ukraine blamed one another for the attack on the dam.",
        "India and Pakistan traded accusations on Monday.",
    ],
)
def test_a_reciprocal_makes_the_act_mutual(code, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = {(e.source, e.target) for e in code(text, date=_day("2023-06-06"))
             if e.plover == "ACCUSE"}  # fmt: skip
    assert len(pairs) == 2
    assert {(b, a) for a, b in pairs} == pairs
    assert all(a is not None and b is not None for a, b in pairs)


def test_a_ceasefire_violation_is_one_sided(code) -> None:  # type: ignore[no-untyped-def]
    # The accused violates; the accuser does not attack in turn.
    events = code(
        "Azerbaijan accused Armenian forces of violating the ceasefire.",
        date=_day("2021-05-20"),
    )
    assaults = {(e.source, e.target) for e in events if e.plover == "ASSAULT"}
    assert assaults == {("ARM", "AZE")}


def test_a_rejected_proposal_is_not_its_content(code) -> None:  # type: ignore[no-untyped-def]
    # The proposer's plan is not done, so it is no refusal by the proposer.
    events = code(
        "Israel rejected a French proposal to send observers.", date=_day("2024-05-01")
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("ISR", "FRA", "REJECT"),
        ("FRA", "ISR", "AGREE"),  # the proposal itself (guide §5.4)
    }
    proposed = code(
        "France put forward a proposal to send observers to Armenia.",
        date=_day("2024-05-01"),
    )
    assert [(e.source, e.plover, e.modality) for e in proposed] == [
        ("FRA", "AGREE", "future")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A concrete act named in a charge is coded, reported by the accuser,
        # with the one charged as its doer (guide §5.4).
        ("Kyiv blamed Moscow for a missile strike on a hospital in Odesa.", ("RUS", "UKR", "ASSAULT")),
        ("Washington blamed Iranian militias for the drone attack on US troops in Jordan.", ("IRN", "USA", "ASSAULT")),
        # No victim named: force was used on the one who blames.
        ("Ukraine's security service blamed Russian hackers for a cyberattack.", ("RUS", "UKR", "COERCE")),
        # The victim in the noun's relative clause.
        ("Britain blamed Russia for a cyberattack that crippled Ukrainian businesses.", ("RUS", "UKR", "COERCE")),
    ],
)  # fmt: skip
def test_a_concrete_act_charged_is_the_charged_ones(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-02-01"))
    acts = [e for e in events if e.plover != "ACCUSE"]
    assert [(e.source, e.target, e.plover) for e in acts] == [expected]
    assert acts[0].reported


def test_an_abstract_charge_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Azerbaijan accused Armenia of provocations.", date=_day("2024-02-01")
    )
    assert [e.plover for e in events] == ["ACCUSE"]


def test_its_act_after_an_expulsion_is_the_expelled(code) -> None:  # type: ignore[no-untyped-def]
    # "expel" charges its object like "blame": "its" is Russia's, not the body's.
    events = code(
        "The Council of Europe expelled Russia on Wednesday over its invasion of Ukraine.",
        date=_day("2022-03-16"),
    )
    assert ("RUS", "UKR", "ASSAULT") in {(e.source, e.target, e.plover) for e in events}


def test_a_criticised_act_with_a_place_is_not_on_the_critic(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Britain blamed China for the crackdown in Hong Kong.", date=_day("2020-07-01")
    )
    assert not [e for e in events if e.source == "CHN" and e.target == "GBR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A warning of another's act is a statement; its content is coded.
        ("Russia could attack a NATO member within five years, German Defence Minister Boris Pistorius warned.", set()),
        ("Zelensky warned that Russia was preparing a new offensive.", set()),
        # A warning of one's own action is a threat.
        ("Russia would deploy nuclear weapons in the Baltic if Finland joined NATO, Dmitry Medvedev warned.", {("RUS", None)}),
        # Aimed at the party whose act would set it off (guide §4.3).
        ("Russia warned of consequences if Finland joined NATO.", {("RUS", "FIN")}),
        ("Moscow on Monday warned of countermeasures if Helsinki joins the alliance.", {("RUS", "FIN")}),
    ],
)  # fmt: skip
def test_warnings(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-03-01"))
    assert {(e.source, e.target) for e in events if e.cameo == "130"} == expected


def test_a_criticised_act_without_a_recipient_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code("France condemned Russia for the attack.", date=_day("2024-02-23"))
    assert [(e.source, e.target, e.plover) for e in events] == [
        ("FRA", "RUS", "ACCUSE")
    ]


def test_an_ally_fought_alongside_is_no_enemy(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "North Korean troops are fighting alongside Russian forces in Kursk.",
        date=_day("2024-11-01"),
    )
    assert not [e for e in events if "RUS" in (e.source, e.target)]
    against = code(
        "North Korean troops are fighting alongside Russian forces against Ukraine.",
        date=_day("2024-11-01"),
    )
    assert ("PRK", "UKR") in {(e.source, e.target) for e in against}


def test_a_government_does_not_ask_itself(code) -> None:  # type: ignore[no-untyped-def]
    # "its partners" are unnamed: the appeal has no recipient, not Moldova.
    events = code(
        "Moldova called on its partners to send more air defence systems.",
        date=_day("2024-05-01"),
    )
    got = {(e.source, e.target, e.plover) for e in events}
    assert ("MDA", "MDA", "REQUEST") not in got
    assert ("MDA", None, "REQUEST") in got


def test_no_module_level_name_is_bound_twice() -> None:
    # A second `_CLAUSE_BREAKS = ...` once silently replaced the first for every
    # function that read it.
    import ast
    from collections import Counter
    from pathlib import Path

    from allegiance.nlp import events

    for path in Path(events.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        names = Counter(
            t.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name) and t.id != "__all__"
        )
        assert [n for n, c in names.items() if c > 1] == [], path.name


def test_one_who_is_ready_to_talk_acts_alone(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia is ready to resume talks with Ukraine without preconditions.",
        date=_day("2025-03-10"),
    )
    assert [(e.source, e.target, e.plover) for e in events] == [("RUS", "UKR", "AGREE")]
    both = code(
        "Armenia and Azerbaijan agreed to resume talks.", date=_day("2025-03-10")
    )
    assert {(e.source, e.target) for e in both} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_an_act_named_as_what_is_discussed_is_a_topic(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Kremlin said Putin and Erdogan discussed grain exports by phone.",
        date=_day("2023-09-04"),
    )
    assert {e.plover for e in events} == {"CONSULT"}


def test_a_means_after_the_discussed_topic_is_still_a_call(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Putin and Erdogan discussed trade by phone.", date=_day("2023-09-04")
    )
    assert "041" in {e.cameo for e in events}


def test_a_charged_act_ending_the_text_without_a_full_stop(code) -> None:  # type: ignore[no-untyped-def]
    # A headline has no full stop: nothing may be read past its last word.
    events = code(
        "Ukraine blamed Russian hackers for the cyberattack", date=_day("2024-05-01")
    )
    assert ("RUS", "UKR", "COERCE") in {(e.source, e.target, e.plover) for e in events}


def test_a_reply_ending_the_text_without_a_full_stop(code) -> None:  # type: ignore[no-untyped-def]
    # A criticism opening the last sentence, cut off after its verb, answers the
    # act before it without reading past the text.
    events = code(
        "China sent warships around Taiwan. Taipei condemned", date=_day("2024-05-01")
    )
    assert ("CHN", "TWN", "MOBILIZE") in {
        (e.source, e.target, e.plover) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cuba accused Washington of tightening the embargo.",
            ("USA", "CUB", "SANCTION"),
        ),
        ("Iran accused Britain of seizing its oil tanker.", ("GBR", "IRN", "COERCE")),
    ],
)
def test_a_charged_sanction_with_no_victim_hits_the_accuser(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert expected in {(e.source, e.target, e.plover) for e in events}


# -- headline grammar -------------------------------------------------------------------


def test_headline_comma_coordinates_subjects(code) -> None:  # type: ignore[no-untyped-def]
    # "Erdogan, Putin discuss": a comma for "and" in a headline.
    got = {
        (e.source, e.target, e.plover)
        for e in code("Erdogan, Putin discuss grain deal")
    }
    assert got == {("TUR", "RUS", "CONSULT"), ("RUS", "TUR", "CONSULT")}
    got = {
        (e.source, e.target, e.plover)
        for e in code("US, UK strike Houthi targets in Yemen")
    }
    assert got == {("USA", "YEM", "ASSAULT"), ("GBR", "YEM", "ASSAULT")}


def test_headline_future_is_an_intent(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code("Xi to visit Moscow next week")
    assert (ev.source, ev.target, ev.plover, ev.modality) == (
        "CHN",
        "RUS",
        "AGREE",
        "future",
    )


def test_asking_for_a_security_force_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code("Haiti asked the UN for a security force.")
    assert (ev.source, ev.target, ev.plover, ev.pattern) == (
        "HTI",
        "UN",
        "REQUEST",
        "request.ask_protection",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan sent food aid to North Korea. Pyongyang welcomed the gesture.",
            ("PRK", "JPN", "SUPPORT"),
        ),
        (
            "Iran fired a ballistic missile into the Gulf. Britain and France condemned"
            " the launch.",
            ("FRA", "IRN", "ACCUSE"),
        ),
        (
            "Canada sent troops to Latvia. Moscow condemned the decision.",
            ("RUS", "CAN", "ACCUSE"),
        ),
        (
            "Niger expelled the French ambassador. Paris called the move unacceptable.",
            ("FRA", "NER", "ACCUSE"),
        ),
    ],
)
def test_a_judgment_of_the_move_judges_the_maker_of_the_act_before(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert expected in {(e.source, e.target, e.plover) for e in events}


def test_a_judgment_of_the_move_stays_open_when_two_made_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Russia and Iran signed a defence pact. Israel condemned the move.",
        date=_day("2024-05-01"),
    )
    assert [e.target for e in events if e.plover == "ACCUSE"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea shelled a South Korean island. Seoul fired artillery in"
            " retaliation.",
            ("KOR", "PRK", "ASSAULT"),
        ),
        (
            "China sent warships near Taiwan. Taipei deployed its navy in response.",
            ("TWN", "CHN", "MOBILIZE"),
        ),
    ],
)
def test_an_act_in_response_answers_the_hostile_act_before(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert expected in {(e.source, e.target, e.plover) for e in events}


def test_a_promise_of_help_without_a_recipient_is_held_back(code) -> None:  # type: ignore[no-untyped-def]
    # A promise of aid or material cooperation (031x, 033x) has its recipient
    # as the act promised does; "help Ukraine rebuild its grid" gives Ukraine
    # no promise of its own.
    from allegiance.nlp.events import UNRESOLVED_TARGET

    events = code(
        "South Korea vowed to help Ukraine rebuild its power grid.",
        date=_day("2024-03-01"),
    )
    shown = {(e.source, e.target, e.plover) for e in events if not e.doubtful}
    assert shown == {("KOR", "UKR", "AGREE")}
    [held] = [e for e in events if e.doubtful]
    assert held.target is None and held.doubt_reason == UNRESOLVED_TARGET


def test_fighting_whose_halt_is_called_for_is_no_request(code) -> None:  # type: ignore[no-untyped-def]
    # The request is Putin's; the fighting it names is its topic, not an act
    # of the fighters (and never a state's act on itself).
    events = code(
        "Putin spoke with Aliyev and Pashinyan and then called for a halt to the "
        "fighting in Nagorno-Karabakh.",
        date=_day("2020-10-09"),
    )
    requests = {(e.source, e.target) for e in events if e.plover == "REQUEST"}
    assert requests == {("RUS", "AZE"), ("RUS", "ARM")}


def test_help_sought_against_an_attacker_is_not_sought_from_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Pashinyan calls Putin and Blinken as Armenia seeks help against "
        "Azerbaijani attack",
        date=_day("2022-09-14"),
    )
    asks = [(e.source, e.target) for e in events if e.plover == "REQUEST"]
    assert asks == [("ARM", None)]


def test_a_state_acting_on_itself_sector_for_sector_is_held_back(code) -> None:  # type: ignore[no-untyped-def]
    # Cooperation, sanctions, talks... are between parties; one actor on both
    # ends, with the same sector, is a misread argument ("the two countries"
    # read as Hungary twice). Between sectors a state's own acts stand.
    from allegiance.nlp.events import SELF_DEALING

    events = code(
        "Hungary's parliament approved Sweden's NATO accession on Monday. "
        "Swedish Prime Minister Ulf Kristersson met Hungarian Prime Minister Viktor "
        "Orban in Budapest last week, when the two countries agreed on a purchase "
        "of Swedish fighter jets by Hungary.",
        date=_day("2024-02-27"),
    )
    selfish = [e for e in events if e.source == e.target]
    assert selfish and all(
        e.doubtful and e.doubt_reason == SELF_DEALING for e in selfish
    )
    assert {(e.source, e.target) for e in events if not e.doubtful} >= {
        ("SWE", "HUN"),
        ("HUN", "SWE"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The European Parliament called for sanctions on Georgian officials.",
        "Hungary and Slovakia blocked proposals for EU sanctions on Georgian officials.",
        "Kyiv renewed its calls for tougher sanctions on Russia.",
    ],
)
def test_sanctions_asked_for_or_proposed_are_not_imposed(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-12-01"))
    assert not [e for e in events if e.plover == "SANCTION"]


def test_sanctions_imposed_still_are(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The EU imposed sanctions on Georgian officials after calls for them.",
        date=_day("2024-12-01"),
    )
    assert ("EU", "GEO", "SANCTION") in {(e.source, e.target, e.plover) for e in events}


def test_regret_expressed_by_two_is_no_mutual_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Georgian Dream quits EU-brokered agreement; Brussels and Washington "
        "express regret",
        date=_day("2024-12-01"),
    )
    regrets = {(e.source, e.target) for e in events if e.cameo.startswith("055")}
    assert regrets == {("EU", None), ("USA", None)}


def test_a_promised_release_is_to_come_but_an_agreed_ceasefire_holds(code) -> None:  # type: ignore[no-untyped-def]
    # Guide §7.4: 035x is future; §7.1: agreeing a ceasefire is the act.
    swap = code(
        "Armenia and Azerbaijan agreed to exchange prisoners.", date=_day("2024-12-01")
    )
    assert {e.modality for e in swap if e.plover == "CONCEDE"} == {"future"}
    truce = code(
        "Israel and Hamas agreed to a phased ceasefire in Gaza.",
        date=_day("2025-01-15"),
    )
    assert {e.modality for e in truce if e.plover == "CONCEDE"} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A note of protest handed to an envoy is a diplomatic protest, not a rally.
        (
            "Armenia's Foreign Ministry summoned Russian Ambassador Sergei Kopyrkin "
            "and handed him a note of protest over a programme on Channel One.",
            "PROTEST",
        ),
        # Accession documents handed over are no remains returned.
        (
            "Finnish Foreign Minister Pekka Haavisto handed over the accession "
            "documents to U.S. Secretary of State Antony Blinken.",
            "RETREAT",
        ),
    ],
)
def test_paperwork_is_no_street_protest_or_retreat(
    code, text: str, absent: str
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2022-04-04"))
    assert absent not in {e.plover for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Tehran condemned London's interference in its internal affairs.",
        "Tehran denounced the British statement as interference in Iran's internal"
        " affairs.",
    ],
)
def test_a_condemned_interference_is_the_charge(code, text: str) -> None:  # type: ignore[no-untyped-def]
    """An abstract charge is no event even where its entry is not a noun entry
    ("interference in" shares `coerce.interfere` with the verb, guide §5.4)."""
    events = code(text, date=_day("2024-05-01"))
    assert {e.plover for e in events} == {"ACCUSE"}


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("China urged the United States to stop arming Taiwan.", "AID"),
        ("The Philippines urged China to stop harassing its vessels.", "COERCE"),
    ],
)
def test_the_act_a_request_asks_to_stop_is_its_content(
    code, text: str, unwanted: str
) -> None:  # type: ignore[no-untyped-def]
    """In "urged X to stop V-ing", what X is asked to stop is the request's
    content, not an event (guide §5.4)."""
    plovers = {e.plover for e in code(text, date=_day("2024-05-01"))}
    assert "REQUEST" in plovers
    assert unwanted not in plovers


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's accession talks with the EU have effectively been frozen.",
        "The EU froze accession talks with Turkey.",
    ],
)
def test_frozen_talks_are_not_held(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2018-06-26"))
    assert "CONSULT" not in {e.plover for e in events}


def test_a_brokered_ceasefire_is_agreed_by_its_parties(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Qatar brokered a truce between Israel and Hamas on Friday.",
        date=_day("2023-11-24"),
    )
    got = {(e.source, e.target, e.plover, e.cameo) for e in events}
    assert {("QAT", "ISR", "CONSULT", "045"), ("ISR", "PSE", "CONCEDE", "0871")} <= got
    assert ("PSE", "ISR", "CONCEDE", "0871") in got
    # Failing to broker one agrees nothing.
    failed = code(
        "Egypt failed to broker a truce between Israel and Hamas.",
        date=_day("2023-11-24"),
    )
    assert "CONCEDE" not in {e.plover for e in failed}


def test_a_region_of_the_actors_own_is_where_it_acts(code) -> None:  # type: ignore[no-untyped-def]
    # Guide §3.1: an act in a region whose only claimant is the actor itself
    # has no recipient there; a city of its own still makes a domestic act.
    events = code(
        "Azerbaijan launched an offensive in Nagorno-Karabakh.", date=_day("2023-09-19")
    )
    assert {(e.source, e.target) for e in events if e.plover == "ASSAULT"} == {
        ("AZE", None)
    }
    rally = code(
        "Georgians rallied in Tbilisi against the law.", date=_day("2024-05-01")
    )
    assert {(e.source, e.target) for e in rally} == {("GEO", "GEO")}


def test_an_act_to_be_prevented_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Armenia called upon the UN to prevent ethnic cleansing in Nagorno-Karabakh.",
        date=_day("2023-09-20"),
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("ARM", "UN", "REQUEST")
    }


def test_congolese_with_congo_cues_is_the_drc(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Congolese government accused Rwanda of backing M23.",
        date=_day("2024-05-01"),
    )
    assert {(e.source, e.target) for e in events} == {("COD", "RWA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired tear gas at protesters in Nairobi.", ("KEN", "COP", "KEN")),
        ("Rebels attacked a military base in northern Mali.", ("MLI", "REB", "MLI")),
        ("Soldiers opened fire on demonstrators in Khartoum.", ("SDN", "MIL", "SDN")),
        (
            "Security forces arrested dozens of opposition supporters in Kampala.",
            ("UGA", "COP", "UGA"),
        ),
    ],
)
def test_forces_with_no_nationality_act_where_they_are(
    code, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-05-01"))
    assert expected in {
        (e.source, e.source_sector, e.target) for e in events if not e.doubtful
    }


def test_forces_at_home_stay_out_of_passives_and_foreign_targets(code) -> None:  # type: ignore[no-untyped-def]
    # Victims are no doers; troops with no people of theirs named may be foreign.
    killed = code(
        "Several peacekeepers were killed in Nagorno-Karabakh.", date=_day("2023-09-20")
    )
    assert not [e for e in killed if not e.doubtful and e.source is not None]
    troops = code("Troops attacked the town in northern Mali.", date=_day("2024-05-01"))
    assert not [e for e in troops if not e.doubtful and e.source == "MLI"]


def test_spending_targets_met_are_no_meeting(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Trump said NATO allies that fail to meet their spending targets would get "
        "no protection.",
        date=_day("2024-02-10"),
    )
    assert "CONSULT" not in {e.plover for e in events}


def test_a_state_judging_its_own_organ_stands(code) -> None:  # type: ignore[no-untyped-def]
    # Judgements are not held back as self-dealing: a state named without a
    # sector may stand for its people judging their own government.
    events = code(
        "Armenians rallied in Yerevan, accusing the Armenian government of betrayal.",
        date=_day("2024-05-01"),
    )
    assert [e for e in events if e.plover == "ACCUSE" and not e.doubtful]


def test_a_state_and_its_own_organ_are_one_party(code) -> None:  # type: ignore[no-untyped-def]
    # "Armenia ... its prime minister": one party; its rebels are another.
    events = code(
        "Armenia was represented at the CSTO summit by its prime minister.",
        date=_day("2023-11-23"),
    )
    assert not [e for e in events if not e.doubtful and e.source == e.target]
    rebels = code(
        "Colombia agreed to resume talks with the ELN.", date=_day("2024-05-01")
    )
    assert ("COL", "COL", "REB") in {
        (e.source, e.target, e.target_sector) for e in rebels if not e.doubtful
    }


def test_represented_only_by_a_junior_skips_the_summit(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "India was represented at the SCO summit only by a junior minister.",
        date=_day("2024-07-04"),
    )
    assert ("IND", "SCO", "skip_summit") in {
        (e.source, e.target, e.alliance_move) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The criticism's required word ("attack", "strikes", "shelling") is
        # also the condemned or charged act's own noun (guide §5.4).
        ("France strongly condemned Russia's attack on Ukraine.",
         {("FRA", "RUS", "ACCUSE"), ("RUS", "UKR", "ASSAULT")}),
        ("France condemned Russia's strikes on Ukraine.",
         {("FRA", "RUS", "ACCUSE"), ("RUS", "UKR", "ASSAULT")}),
        ("Armenia accused Azerbaijan of shelling villages in Syunik.",
         {("ARM", "AZE", "ACCUSE"), ("AZE", "ARM", "ASSAULT")}),
    ],
)  # fmt: skip
def test_a_condemned_attack_is_an_event_too(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2023-09-20")) if not e.doubtful]
    assert {(e.source, e.target, e.plover) for e in events} == expected


def test_an_abstract_charge_stays_a_charge(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Venezuela's government announced that it would quit the Organization of "
        "American States, accusing the body of meddling in the country's internal "
        "affairs.",
        date=_day("2017-04-26"),
    )
    assert not [e for e in events if e.plover == "COERCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What was received is the national adjective's state's.
        ("Serbia received Chinese air defence systems.", ("CHN", "SRB", "AID")),
        ("Ukraine received American tanks.", ("USA", "UKR", "AID")),
        ("Ukraine received tanks from Germany.", ("DEU", "UKR", "AID")),
    ],
)
def test_a_received_delivery_is_its_adjectives_aid(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2024-06-20")) if not e.doubtful]
    assert expected in {(e.source, e.target, e.plover) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arrested or deported by no one named: the place's state did it.
        ("Two Estonian citizens were arrested in Russia on charges of sabotage.",
         ("RUS", "EST")),
        ("Russian citizens were deported from Latvia.", ("LVA", "RUS")),
        ("A US journalist was detained in Moscow.", ("RUS", "USA")),
    ],
)  # fmt: skip
def test_an_arrest_with_no_agent_is_the_places(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2024-06-20")) if not e.doubtful]
    assert {(e.source, e.target) for e in events if e.plover == "COERCE"} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is turned down was offered or said to the one refusing.
        ("Moscow dismissed Kyiv's proposal for a prisoner exchange.",
         ("UKR", "RUS", "AGREE", "030")),
        ("Iran rejected a US offer of direct talks.", ("USA", "IRN", "AGREE", "036")),
        ("Baku rejected the criticism by the European Parliament.",
         ("EU", "AZE", "ACCUSE", "111")),
        ("The Kremlin dismissed as absurd the accusations by London.",
         ("GBR", "RUS", "ACCUSE", "112")),
    ],
)  # fmt: skip
def test_a_refused_offer_or_accusation_is_its_owners_act(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2024-06-20")) if not e.doubtful]
    assert expected in {(e.source, e.target, e.plover, e.cameo) for e in events}
    assert expected[1::-1] + ("REJECT",) in {
        (e.source, e.target, e.plover) for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Moscow did not reject Kyiv's proposal.",
        "Argentina formally turned down an invitation to join BRICS.",
    ],
)
def test_no_offer_is_inferred_from_a_negated_refusal_or_an_invitation(
    code, text
) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=_day("2024-06-20"))
    assert not [e for e in events if e.pattern == "inference.answered"]


def test_would_not_free_is_a_refusal(code) -> None:  # type: ignore[no-untyped-def]
    # events._WOULD_NOT_REFUSED: "would not" is a refusal, as "will not" is
    # (guide §7.3); "could not" stays a negated, hypothetical act.
    refused = code(
        "Tehran would not free the two French nationals.", date=_day("2024-05-01")
    )
    assert {(e.source, e.target, e.plover, e.negated) for e in refused} == {
        ("IRN", "FRA", "REJECT", False)
    }
    unable = code(
        "Germany could not deliver the tanks to Ukraine.", date=_day("2024-05-01")
    )
    assert "REJECT" not in {e.plover for e in unable}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How someone sees a thing ("regarded X as ...") is no event ...
        ("Moscow regarded the start of the discussion as the beginning of "
         "Armenia's withdrawal from the Eurasian Economic Union.", set()),
        ("Moscow sees the move as an attack on Russia.", set()),
        # ... nor is what a thing means or signals.
        ("Moscow has warned that the move signals the start of Armenia's "
         "departure from the Russian-led Eurasian Economic Union.", set()),
        ("The deal means Russia's withdrawal from Kherson.", set()),
        # ... but an "as" clause with its own subject is.
        ("Kyiv regards the deployment as a threat, officials said, as Russia "
         "attacked Kharkiv.", {("RUS", "UKR", "ASSAULT")}),
    ],
)  # fmt: skip
def test_what_one_regards_a_thing_as_is_no_event(code, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=_day("2025-01-10")) if not e.doubtful]
    assert {(e.source, e.target, e.plover) for e in events} == expected
