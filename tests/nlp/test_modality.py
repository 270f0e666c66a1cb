"""PLOVER's one-category rule (nlp/modality.py): which acts are recoded, and how.

Annotation guide §7.4: promised cooperation is AGREE, a promised retreat
CONCEDE, hypothetical or conditional force a THREAT, a negated future
cooperation a refusal; hypothetical cooperation and scheduled conflict keep
their type.
"""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.nlp.modality import Conversion, convert, effect_for


@pytest.mark.parametrize(
    ("plover", "modality", "control", "negated", "effect"),
    [
        # Control words decide first, whatever the modality.
        ("AID", "asserted", "refuse", False, "refuse"),
        ("AID", "future", "request", False, "request"),
        ("ASSAULT", "asserted", "threat", False, "threat"),
        ("SANCTION", "hypothetical", "refuse", False, "refuse"),
        # "decided not to send peacekeepers" is a refusal; "decided to" is not.
        ("AID", "asserted", "decide", True, "refuse"),
        ("AID", "asserted", "decide", False, None),
        # Asserted acts and untyped triggers are left alone.
        ("AID", "asserted", None, False, None),
        ("ASSAULT", "asserted", None, False, None),
        (None, "future", None, False, None),
        # Promised or conditional cooperation is an intent.
        ("AID", "future", None, False, "future"),
        ("CONSULT", "conditional", None, False, "future"),
        ("RETREAT", "future", None, False, "future"),
        ("SUPPORT", "conditional", None, False, "future"),
        # "will not send troops": a refusal, not a negated promise.
        ("AID", "future", None, True, "refuse"),
        ("CONSULT", "future", None, True, "refuse"),
        ("SANCTION", "future", None, True, "refuse"),
        # "will not attack" is no refusal.
        ("ASSAULT", "future", None, True, None),
        # Hypothetical cooperation keeps its type.
        ("AID", "hypothetical", None, False, None),
        ("SUPPORT", "hypothetical", None, False, None),
        # Hypothetical or conditional force, coercion or sanction is a threat.
        ("ASSAULT", "hypothetical", None, False, "threat"),
        ("COERCE", "conditional", None, False, "threat"),
        ("SANCTION", "hypothetical", None, False, "threat"),
        # Scheduled conflict keeps its type.
        ("SANCTION", "future", None, False, None),
        ("ASSAULT", "future", None, False, None),
        # Other types never convert on modality alone.
        ("ACCUSE", "hypothetical", None, False, None),
        ("MOBILIZE", "conditional", None, False, None),
        ("REJECT", "future", None, False, None),
    ],
)
def test_effect_for(
    plover: str | None,
    modality: str,
    control: str | None,
    negated: bool,
    effect: str | None,
) -> None:
    assert effect_for(plover, modality, control, negated) == effect


@pytest.mark.parametrize(
    ("effect", "plover", "cameo", "expected"),
    [
        # Promises, by content: the most specific row wins.
        ("future", "AID", "072", ("0332", "AGREE", None)),
        ("future", "AID", "0721", ("0332", "AGREE", None)),
        ("future", "AID", "074", ("0334", "AGREE", None)),
        ("future", "AID", "070", ("033", "AGREE", None)),
        ("future", "CONSULT", "042", ("036", "AGREE", None)),
        ("future", "SUPPORT", "057", ("030", "AGREE", None)),
        ("future", "SUPPORT", "051", ("032", "AGREE", None)),
        ("future", "COOPERATE", "062", ("0312", "AGREE", None)),
        ("future", "RETREAT", "0874", ("0356", "CONCEDE", None)),
        ("future", "RETREAT", "080", ("035", "CONCEDE", None)),
        ("future", "RETREAT", "086", ("0355", "CONCEDE", None)),
        ("future", "RETREAT", "084", ("0353", "CONCEDE", None)),
        ("future", "RETREAT", "087", ("0356", "CONCEDE", None)),
        ("future", "CONCEDE", "0871", ("0356", "CONCEDE", None)),
        ("future", "CONCEDE", "085", ("0354", "CONCEDE", None)),
        # AGREE is already an intent: a row that changes nothing.
        ("future", "AGREE", "030", (None, None, None)),
        # Threats take their mode from the content.
        ("threat", "SANCTION", "163", ("1312", "THREATEN", "restrict")),
        ("threat", "SANCTION", "161", ("1313", "THREATEN", "relations")),
        ("threat", "SANCTION", "166", ("1313", "THREATEN", "expel")),
        ("threat", "SANCTION", "164", ("134", "THREATEN", "relations")),
        ("threat", "ASSAULT", "192", ("1382", "THREATEN", "territory")),
        ("threat", "ASSAULT", "191", ("1381", "THREATEN", "restrict")),
        ("threat", "ASSAULT", "195", ("138", "THREATEN", "violence")),
        ("threat", "ASSAULT", "202", ("1385", "THREATEN", "violence")),
        ("threat", "COERCE", "173", ("130", "THREATEN", "arrest")),
        ("threat", "COERCE", "1721", ("137", "THREATEN", "restrict")),
        ("threat", "MOBILIZE", "154", ("138", "THREATEN", "violence")),
        # Any other threatened act is a plain threat, not the act.
        ("threat", "RETREAT", "0874", ("130", "THREATEN", None)),
        # Refusals mirror the requests for the same content.
        ("refuse", "AID", "074", ("1224", "REJECT", "assist")),
        ("refuse", "AID", "072", ("1222", "REJECT", "assist")),
        ("refuse", "AID", "071", ("1221", "REJECT", "assist")),
        ("refuse", "CONSULT", "043", ("125", "REJECT", "meet")),
        ("refuse", "COOPERATE", "062", ("1212", "REJECT", "assist")),
        ("refuse", "RETREAT", "0874", ("124", "REJECT", "yield")),
        ("refuse", "ACCUSE", "111", ("120", "REJECT", None)),
        ("refuse", None, "010", ("120", "REJECT", None)),
        ("request", "AID", "074", ("1034", "REQUEST", "assist")),
        ("request", "AID", "072", ("1032", "REQUEST", "assist")),
        ("request", "CONSULT", "040", ("106", "REQUEST", "meet")),
        ("request", "RETREAT", "0871", ("1056", "REQUEST", "yield")),
        ("request", "RETREAT", "084", ("1053", "REQUEST", "yield")),
        ("request", "CONCEDE", "085", ("1054", "REQUEST", "yield")),
        ("request", "ACCUSE", "111", ("100", "REQUEST", "change")),
    ],
)
def test_convert(
    effect: str,
    plover: str | None,
    cameo: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    conv = convert(effect, plover, cameo)
    assert isinstance(conv, Conversion)
    assert (conv.cameo, conv.plover, conv.mode) == expected
    assert conv.why


def test_convert_unknown_effect() -> None:
    assert convert("hope", "AID", "070") is None


def test_every_conversion_target_is_a_known_code() -> None:
    from allegiance.ontology import Ontology

    onto = Ontology.load()
    for effect in ("future", "threat", "refuse", "request"):
        for plover, cameo in (
            ("AID", "072"),
            ("ASSAULT", "190"),
            ("SANCTION", "163"),
            ("CONSULT", "040"),
            ("RETREAT", "087"),
            (None, "010"),
        ):
            conv = convert(effect, plover, cameo)
            if conv is not None and conv.cameo is not None:
                assert onto.has_cameo(conv.cameo), (effect, plover, cameo)


# -- through the coder --------------------------------------------------------------

DAY = dt.date(2023, 1, 25)


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo", "plover", "modality", "negated"),
    [
        # Asserted material act.
        (
            "Germany sent Leopard tanks to Ukraine on Wednesday.",
            "DEU", "UKR", "072", "AID", "asserted", False,
        ),
        # Future aid is a promise: AGREE 0332.
        (
            "Germany will send Leopard tanks to Ukraine, Chancellor Olaf Scholz said.",
            "DEU", "UKR", "0332", "AGREE", "future", False,
        ),
        # Hypothetical aid keeps its type.
        (
            "Germany could send Leopard tanks to Ukraine within months.",
            "DEU", "UKR", "072", "AID", "hypothetical", False,
        ),
        # A negated past act keeps its code, negated.
        (
            "Germany did not send Leopard tanks to Ukraine last year.",
            "DEU", "UKR", "072", "AID", "asserted", True,
        ),
        # "plans to" is an intent.
        (
            "Poland plans to send MiG-29 jets to Ukraine.",
            "POL", "UKR", "0332", "AGREE", "future", False,
        ),
    ],
)  # fmt: skip
def test_modality_of_aid(
    code, text, source, target, cameo, plover, modality, negated
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=DAY) if e.source == source]
    assert [(e.target, e.cameo, e.plover, e.modality, e.negated) for e in events] == [
        (target, cameo, plover, modality, negated)
    ]


@pytest.mark.parametrize(
    ("text", "day", "source", "target", "cameo", "mode", "modality"),
    [
        # Hypothetical or conditional force becomes a threat with the content's mode.
        (
            "Azerbaijan could attack Armenia again within weeks.",
            dt.date(2023, 10, 2), "AZE", "ARM", "138", "violence", "hypothetical",
        ),
        (
            "The European Union could impose sanctions on Serbia if Belgrade keeps "
            "blocking the Kosovo deal.",
            dt.date(2023, 6, 1), "EU", "SRB", "1312", "restrict", "conditional",
        ),
        # Hypothetical expulsion by an organisation: THREATEN expel.
        (
            "The Council of Europe could expel Russia over the annexation of Crimea.",
            dt.date(2014, 4, 10), "COE", "RUS", "1313", "expel", "hypothetical",
        ),
    ],
)  # fmt: skip
def test_hypothetical_force_is_a_threat(
    code, text, day, source, target, cameo, mode, modality
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, date=day) if e.source == source]
    assert [
        (e.target, e.cameo, e.plover, e.plover_mode, e.modality) for e in events
    ] == [(target, cameo, "THREATEN", mode, modality)]


def test_refusal_is_a_rejection_not_a_negation(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Russia refused to send troops to Armenia after the Azerbaijani attack.",
        date=dt.date(2022, 9, 16),
    )
    assert (ev.source, ev.target, ev.cameo, ev.plover, ev.plover_mode) == (
        "RUS",
        "ARM",
        "1224",
        "REJECT",
        "assist",
    )
    assert (ev.modality, ev.negated) == ("asserted", False)


def test_scheduled_sanction_keeps_its_type(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "The European Union will impose new sanctions on Iran next week.",
        date=dt.date(2023, 7, 10),
    )
    assert (ev.source, ev.target, ev.cameo, ev.plover, ev.modality) == (
        "EU",
        "IRN",
        "163",
        "SANCTION",
        "future",
    )


def test_promised_release_is_a_concession(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Azerbaijan will free 32 Armenian servicemen, Baku said.",
        date=dt.date(2023, 12, 7),
    )
    assert [(e.source, e.target, e.cameo, e.plover, e.modality) for e in events] == [
        ("AZE", "ARM", "0353", "CONCEDE", "future")
    ]


def test_asserted_release_is_a_retreat(code) -> None:  # type: ignore[no-untyped-def]
    [ev] = code(
        "Azerbaijan released 32 Armenian soldiers on Wednesday.",
        date=dt.date(2023, 12, 13),
    )
    assert (ev.source, ev.target, ev.target_sector) == ("AZE", "ARM", "MIL")
    assert (ev.cameo, ev.plover, ev.plover_mode, ev.modality) == (
        "0841",
        "RETREAT",
        "release",
        "asserted",
    )


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Donald Trump threatened to impose a tariff on all Mexican imports "
            "unless Mexico stemmed the flow of migrants.",
            "2019-05-30",
            ("USA", "MEX", "1312", "conditional"),
        ),
        (
            "Russia threatened to cut gas supplies to Moldova if Chisinau did not pay.",
            "2022-10-01",
            ("RUS", "MDA", "1312", "conditional"),
        ),
    ],
)
def test_a_threat_on_a_condition_is_conditional(code, text, day, expected) -> None:  # type: ignore[no-untyped-def]
    events = code(text, date=dt.date.fromisoformat(day))
    assert expected in {(e.source, e.target, e.cameo, e.modality) for e in events}


def test_threat_to_pull_troops_out_is_a_threat_at_the_host(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya threatened to withdraw its troops from Somalia.")
    assert [(e.source, e.target, e.plover, e.cameo) for e in events] == [
        ("KEN", "SOM", "THREATEN", "130")
    ]


def test_promised_yield_coded_directly_is_a_concession(code) -> None:  # type: ignore[no-untyped-def]
    # 035x is CONCEDE however the promise is found (docs/ontology-choices.md §5).
    events = code("Venezuela promised to release the prisoners.")
    assert [(e.source, e.plover, e.cameo) for e in events] == [
        ("VEN", "CONCEDE", "0353")
    ]


def test_bare_pledge_beside_its_content_is_dropped(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia pledged to ease sanctions on Belarus.")
    assert [(e.source, e.target, e.plover, e.modality) for e in events] == [
        ("RUS", "BLR", "CONCEDE", "future")
    ]
