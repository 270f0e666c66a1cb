"""Refusals, accusations and protests in wire phrasing that had no trigger, and
near misses that must not code them (condemnations with no one condemned, a
ruled-out recession, a court's refusal of bail).

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
        # reject.vote_against
        (
            "Hungary voted down the EU's proposal on migration quotas.",
            ("HUN", "EU", "REJECT"),
        ),
        # reject.refuse_ruling with the negator in the entry
        (
            "Managua said it did not recognise the jurisdiction of the OAS.",
            ("NIC", "OAS", "REJECT"),
        ),
        (
            "Algeria will not accept Paris's decision on visas, the minister said.",
            ("DZA", "FRA", "REJECT"),
        ),
        # reject.resist_pressure, reject.idiom
        (
            "Ankara rebuffed pressure from Stockholm to extradite the activists.",
            ("TUR", "SWE", "REJECT"),
        ),
        ("Hanoi turned a deaf ear to Beijing's protests.", ("VNM", "CHN", "REJECT")),
        # reject.idiom, reject.turn_down, reject.scoff_at
        (
            "Belgrade poured scorn on Pristina's bid to join UNESCO.",
            ("SRB", "XKX", "REJECT"),
        ),
        ("Seoul laughed off the proposal from Pyongyang.", ("KOR", "PRK", "REJECT")),
        ("Caracas scoffed at the idea.", ("VEN", None, "REJECT")),
        # accuse.hit_back (a spokesman's or minister's words, not a strike)
        (
            "China's foreign ministry hit back against Washington over the report.",
            ("CHN", "USA", "ACCUSE"),
        ),
        ("Tehran derided the British decision as theatre.", ("IRN", "GBR", "ACCUSE")),
        # accuse.protest_to in a headline's present tense; reject.access
        ("Cyprus protests to Ankara over drilling", ("CYP", "TUR", "ACCUSE")),
        ("Tehran turned away IAEA inspectors.", ("IRN", "IAEA", "REJECT")),
        # "in the strongest terms" is no rejection of terms (reject.demands)
        (
            "Kuwait rejected in the strongest terms the remarks by Iraq's premier.",
            ("KWT", "IRQ", "REJECT"),
        ),
        # crowds protesting "to demand" protest; they complain to no one
        (
            "Thousands of Kenyans protested to demand the president's resignation.",
            ("KEN", "KEN", "PROTEST"),
        ),
        # accuse.summon_envoy, accuse.lash_out, reject.accusation, reject.call_baseless
        (
            "Latvia hauled in the Belarusian charge d'affaires.",
            ("LVA", "BLR", "ACCUSE"),
        ),
        ("Rome dressed down the French ambassador.", ("ITA", "FRA", "ACCUSE")),
        ("Moscow slapped down the British accusations.", ("RUS", "GBR", "REJECT")),
        (
            "Beijing called Manila's claims about the reef baseless.",
            ("CHN", "PHL", "REJECT"),
        ),
        # accuse.lash_out, accuse.object_to
        (
            "Ghana's president took a swipe at Britain over its visa rules.",
            ("GHA", "GBR", "ACCUSE"),
        ),
        (
            "Beijing reacted angrily to Canberra's decision to ban the app.",
            ("CHN", "AUS", "ACCUSE"),
        ),
        # accuse.call_unacceptable, accuse.brand, accuse.protest_object
        (
            "Indonesia's foreign ministry called the Australian decision unacceptable.",
            ("IDN", "AUS", "ACCUSE"),
        ),
        (
            "Tehran described the British sanctions as illegal.",
            ("IRN", "GBR", "ACCUSE"),
        ),
        ("Beijing branded Taiwan's leader a separatist.", ("CHN", "TWN", "ACCUSE")),
        (
            "Manila protested Beijing's deployment of coast guard ships near the reef.",
            ("PHL", "CHN", "ACCUSE"),
        ),
    ],
)
def test_dissent_phrasing(
    text: str, expected: tuple[str, str | None, str], pipeline: Pipeline
) -> None:
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # A condemnation with no one condemned is held back as doubtful
        # (events.py: accusations, like sanctions, have a recipient).
        ("Germany's chancellor condemned the knife attack in Mannheim.", "ACCUSE"),
        ("Egypt condemned the bombing of a mosque in northern Sinai.", "ACCUSE"),
        ("Kenya's president denounced the violence on Tuesday.", "ACCUSE"),
        ("India's foreign minister objected to the remarks.", "ACCUSE"),
        ("Mexico's president accused unnamed critics of lying.", "ACCUSE"),
        # A forecast ruled out is no refusal; a court refusing bail is no quarrel.
        ("Germany's finance minister ruled out a recession this year.", "REJECT"),
        ("A court in Istanbul rejected bail for the journalist.", "REJECT"),
        # A ministry hitting back with no one named is no strike.
        ("Iran's foreign ministry hit back, calling the report a lie.", "ASSAULT"),
        # Outrage expressed is no outrage caused (accuse.angered is reversed).
        ("Paris expressed outrage after its embassy was attacked.", "ACCUSE"),
        # Protesters protesting a decision protest; they lodge no complaint.
        ("Thousands of students protested the government's decision.", "ACCUSE"),
        # A denial with no accuser is no event (guide §5.1).
        ("Kremlin denies interference", "REJECT"),
        # A price charged is no charge laid.
        (
            "Gazprom has charged $165 per thousand cubic metres at the Armenian border.",
            "ACCUSE",
        ),
    ],
)
def test_near_miss_codes_no_dissent(text: str, plover: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, date=DAY)
    # A doubtful event is held back from the analyst and the scorer.
    assert plover not in {e.plover for e in events if not e.doubtful}


def test_a_criticism_takes_its_recipient_from_the_act_after_it(
    pipeline: Pipeline,
) -> None:
    # The raid's maker is whom the condemnation is aimed at
    # (`_answered_participle`); the event is not held back as doubtful.
    coded = _coded(pipeline, "Caracas condemned the raid carried out by Colombia.")
    assert ("VEN", "COL", "ACCUSE") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A punitive act "citing" the target's hostile conduct criticises it
        # (guide §5.1: a statement whose content is criticism is ACCUSE).
        (
            "Poland closed the Russian consulate in Poznan, citing sabotage by Moscow.",
            {("POL", "RUS", "SANCTION"), ("POL", "RUS", "ACCUSE")},
        ),
        (
            "Georgia recalled its ambassador from Moscow, citing Russian provocations.",
            {("GEO", "RUS", "SANCTION"), ("GEO", "RUS", "ACCUSE")},
        ),
        # Expelled "saying they were spies": an accusation of espionage.
        (
            "Estonia expelled two Russian diplomats, saying they were spies.",
            {("EST", "RUS", "SANCTION"), ("EST", "RUS", "ACCUSE")},
        ),
        # A neutral reason cited is no criticism.
        ("Germany closed its consulate, citing security concerns.", set()),
    ],
)
def test_a_grievance_cited_is_criticism(
    text: str, expected: set[tuple[str, str, str]], pipeline: Pipeline
) -> None:
    assert {t for t in _coded(pipeline, text) if t[2] == "ACCUSE"} == {
        t for t in expected if t[2] == "ACCUSE"
    }
    assert expected <= _coded(pipeline, text)


def test_a_vow_to_counter_is_a_threat(pipeline: Pipeline) -> None:
    # Not a promise to cooperate: the vow is aimed at the act it would counter.
    events = pipeline.code_text(
        "China vowed to resolutely counter any US arms sale to Taiwan.", date=DAY
    )
    assert {(e.source, e.target, e.plover) for e in events} == {
        ("CHN", "USA", "THREATEN")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "for" or "in" later in the clause no longer vetoes the judgement.
        ("Lavrov called Pashinyan's remarks a threat to stability in the region.", ("RUS", "ARM", "ACCUSE")),
        ("Moscow called Yerevan's decision unacceptable and asked for clarification.", ("RUS", "ARM", "ACCUSE")),
    ],
)  # fmt: skip
def test_a_judgement_with_for_later_in_its_clause(
    text: str, expected: tuple[str, str, str], pipeline: Pipeline
) -> None:
    assert expected in _coded(pipeline, text)


def test_called_for_is_no_judgement(pipeline: Pipeline) -> None:
    # "called for" right after the verb is a request, whatever word follows.
    events = pipeline.code_text(
        "Kyiv called for unacceptable losses to be avoided.", date=DAY
    )
    assert "accuse.call_unacceptable" not in {e.pattern for e in events}


def test_a_refused_extradition_targets_the_state_it_is_to(code) -> None:  # type: ignore[no-untyped-def]
    """ "refused to extradite a Ukrainian to Germany": Germany asked, not Ukraine."""
    got = asserted_triples(
        code("Hungary refused to extradite a Ukrainian activist to Germany.")
    )
    assert ("HUN", "DEU", "REJECT") in got
    assert ("HUN", "UKR", "REJECT") not in got
