"""Consultations, refusals, support and criticism in the registers of
foreign-ministry readouts, state agencies and think-tank prose ("called on the
Emir", "co-chaired the dialogue", "granted an audience to", "does not accept
the draft", "appreciates Hungary's adherence"), and near misses that must not
code them (an ambassador's credentials received, tourists welcomed, a request
with "called on ... to").

Each case is coded by a lexicon entry added or widened for it, or kept silent by
a narrowed one; the sentences are the project's own, not from the gold sets.
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
        # consult.call_on_courtesy: a courtesy call, not an appeal
        (
            "The Indian external affairs minister called on the Emir of Qatar in"
            " Doha on Sunday.",
            ("IND", "QAT", "CONSULT"),
        ),
        # consult.co_chair
        (
            "India and Japan co-chaired the ministerial dialogue in New Delhi.",
            ("JPN", "IND", "CONSULT"),
        ),
        # consult.compare_notes, consult.grant_audience, consult.talk_with
        (
            "Lavrov and Wang Yi compared notes on the Ukraine settlement.",
            ("CHN", "RUS", "CONSULT"),
        ),
        (
            "The Turkmen president granted an audience to the visiting Iranian"
            " foreign minister.",
            ("TKM", "IRN", "CONSULT"),
        ),
        (
            "The Indian prime minister interacted with the Italian prime minister"
            " on the sidelines of the summit.",
            ("ITA", "IND", "CONSULT"),
        ),
        # support.appreciate, support.extend_support_bid, support.praise_noun
        (
            "China appreciates Hungary's adherence to the one-China principle.",
            ("CHN", "HUN", "SUPPORT"),
        ),
        (
            "Pakistan extended full support to Iran's bid for membership of the"
            " organisation.",
            ("PAK", "IRN", "SUPPORT"),
        ),
        (
            "Tokyo's endorsement of the Philippine position on the arbitral award"
            " was noted.",
            ("JPN", "PHL", "SUPPORT"),
        ),
        # support.sign_agreement: a joint communique
        (
            "Kazakhstan and Kyrgyzstan signed a joint communique after the talks.",
            ("KGZ", "KAZ", "SUPPORT"),
        ),
        # accuse.call_unacceptable: the judgement after a long object
        (
            "Russia's foreign ministry described the statements of the Moldovan"
            " president as hostile.",
            ("RUS", "MDA", "ACCUSE"),
        ),
        # reject.not_accept_plan
        (
            "The Armenian side does not accept the Azerbaijani draft of the peace"
            " treaty.",
            ("ARM", "AZE", "REJECT"),
        ),
        # accuse.regret_over: regret at another's act is disapproval
        (
            "Seoul expressed regret over Tokyo's decision to resume the drills.",
            ("KOR", "JPN", "ACCUSE"),
        ),
        # accuse.express_concern reaches a second coordinated noun
        (
            "Beijing expressed strong dissatisfaction and firm opposition to the"
            " Dutch export controls.",
            ("CHN", "NLD", "ACCUSE"),
        ),
        # support.appoint_ambassador leaves a received envoy to consult.receive
        (
            "The Kazakh foreign minister received the newly appointed ambassador of"
            " Hungary.",
            ("KAZ", "HUN", "CONSULT"),
        ),
        # reject.non_recognition (not support.recognition_of_noun), accuse.objection_noun
        (
            "Serbia's non-recognition of Kosovo remains the main obstacle.",
            ("SRB", "XKX", "REJECT"),
        ),
        (
            "Ankara's objection to Sweden's membership delayed the process.",
            ("TUR", "SWE", "ACCUSE"),
        ),
        # support.send_congratulations
        (
            "The Emir of Kuwait sent a cable of congratulations to the President"
            " of Egypt.",
            ("KWT", "EGY", "SUPPORT"),
        ),
        # reject.idiom, reject.withhold_approval
        (
            "Moscow gave short shrift to the Ukrainian peace formula.",
            ("RUS", "UKR", "REJECT"),
        ),
        (
            "Washington withheld recognition of the new government in Niger.",
            ("USA", "NER", "REJECT"),
        ),
        # consult.welcome_visitor looks further back for the welcomed act
        (
            "Kenya's offer of police officers to Haiti was welcomed by Washington.",
            ("USA", "KEN", "SUPPORT"),
        ),
    ],
)
def test_official_phrasings_code(pipeline: Pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _coded(pipeline, text)


def test_a_courtesy_call_is_no_appeal(pipeline: Pipeline) -> None:
    got = _coded(
        pipeline,
        "Jaishankar called on President Ranil Wickremesinghe in Colombo.",
    )
    assert ("IND", "LKA", "CONSULT") in got
    assert ("IND", "LKA", "REQUEST") not in got
    # With an infinitive it stays an appeal.
    got = _coded(pipeline, "The EU called on President Aliyev to reopen the corridor.")
    assert ("EU", "AZE", "REQUEST") in got
    assert ("EU", "AZE", "CONSULT") not in got


def test_hosting_talks_with_a_guest_is_hosting_not_mediation(
    pipeline: Pipeline,
) -> None:
    events = pipeline.code_text(
        "Turkish Foreign Minister Hakan Fidan hosted talks with his Iraqi"
        " counterpart in Ankara.",
        date=DAY,
    )
    assert {(e.source, e.target, e.cameo) for e in events} == {("TUR", "IRQ", "043")}


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "The Emir of Kuwait received the credentials of the new ambassador of"
            " Japan.",
            "CONSULT",
        ),
        ("Turkey welcomed more than fifty million tourists last year.", "SUPPORT"),
        (
            "Seoul's foreign ministry called in the Japanese ambassador to protest"
            " Tokyo's territorial claims.",
            "PROTEST",
        ),
        # yield.accept_truce_proposal: a third party welcomes a truce between two
        (
            "Egypt welcomed the ceasefire agreement between Azerbaijan and Armenia.",
            "CONCEDE",
        ),
        ("Serbia's non-recognition of Kosovo remains the main obstacle.", "SUPPORT"),
        (
            "Yerevan's decision not to sign the CSTO declaration was welcomed in"
            " Washington.",
            "CONSULT",
        ),
    ],
)
def test_near_misses_do_not_code(pipeline: Pipeline, text: str, unwanted: str) -> None:
    assert unwanted not in {t for _, _, t in _coded(pipeline, text)}


def test_regret_to_someone_stays_an_apology(pipeline: Pipeline) -> None:
    got = _coded(pipeline, "Putin expressed regret to Aliyev over the crash.")
    assert got == {("RUS", "AZE", "CONCEDE")}


def test_the_visiting_guest_is_received_by_the_host(pipeline: Pipeline) -> None:
    """After a host's verb, "the visiting X" is received by the host (043); the
    host does not visit X."""
    events = pipeline.code_text(
        "Lavrov held talks with the visiting Syrian foreign minister in Moscow.",
        date=DAY,
    )
    assert ("RUS", "SYR", "043") in {(e.source, e.target, e.cameo) for e in events}
    assert ("RUS", "SYR", "042") not in {(e.source, e.target, e.cameo) for e in events}
