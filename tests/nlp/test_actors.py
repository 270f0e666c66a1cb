"""Actor mentions (nlp/actors.py): names, titles, sectors, capitals and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def spans(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """{mention text: ActorSpan} of a text at a date."""

    def _spans(text: str, day: dt.date):  # type: ignore[no-untyped-def]
        doc = pipeline.doc(text, date=day)
        return {s.text: s for s in doc._.actor_spans}

    return _spans


def _who(span):  # type: ignore[no-untyped-def]
    return (span.actor.code, span.actor.sector) if span.actor else None


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # Titles with a state: the office holder on the day.
        ("U.S. President Joe Biden spoke.", "U.S. President Joe Biden", ("USA", "GOV", "joe-biden")),
        ("Armenia's prime minister spoke.", "Armenia's prime minister", ("ARM", "GOV", "nikol-pashinyan")),
        ("The president of France spoke.", "president of France", ("FRA", "GOV", "emmanuel-macron")),
        # Titles match in any case.
        ("THE ARMENIAN PRIME MINISTER SPOKE.", "ARMENIAN PRIME MINISTER", ("ARM", "GOV", "nikol-pashinyan")),
        # A defence minister is the military.
        ("Russian Defence Minister Sergei Shoigu spoke.", "Russian Defence Minister Sergei Shoigu", ("RUS", "MIL", "sergei-shoigu")),
        # Demonyms and adjectives with a sector word.
        ("Turkish troops crossed the border.", "Turkish troops", ("TUR", "MIL", None)),
        ("The Russian navy sailed.", "Russian navy", ("RUS", "MIL", None)),
        ("Armenian protesters gathered.", "Armenian protesters", ("ARM", "CVL", None)),
        # Seats of government, with or without diacritics.
        ("The Elysee said nothing.", "The Elysee", ("FRA", "GOV", None)),
        ("The \u00c9lys\u00e9e said nothing.", "The \u00c9lys\u00e9e", ("FRA", "GOV", None)),
    ],
)  # fmt: skip
def test_mentions(spans, text: str, mention: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = spans(text, dt.date(2022, 6, 1))[mention]
    assert (got.actor.code, got.actor.sector, got.actor.person_id) == expected


def test_capital_is_a_government_unless_it_is_where_things_happen(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Talks in Moscow ended. The Kremlin said Yerevan had left.", dt.date(2024, 6, 1)
    )
    assert got["Moscow"].actor is None and got["Moscow"].is_location
    assert got["Moscow"].location_code == "RUS"
    assert _who(got["The Kremlin"]) == ("RUS", "GOV")
    assert _who(got["Yerevan"]) == ("ARM", "GOV")


def test_regions_are_places(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Fighting in Nagorno-Karabakh and Crimea resumed.", dt.date(2020, 10, 1)
    )
    for name in ("Nagorno-Karabakh", "Crimea"):
        assert got[name].actor is None and got[name].is_location
    assert got["Crimea"].location_code == "R-CRIMEA"


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        # A former seat of government is a government only while it was one.
        ("The Blue House", dt.date(2020, 1, 1), ("KOR", "GOV")),
        ("The Blue House", dt.date(2023, 1, 1), None),
        ("Almaty", dt.date(1995, 1, 1), ("KAZ", "GOV")),
        ("Almaty", dt.date(2023, 1, 1), None),
    ],
)
def test_dated_seats(spans, name: str, day: dt.date, expected) -> None:  # type: ignore[no-untyped-def]
    got = spans(f"{name} condemned the attack.", day)[name]
    assert _who(got) == expected
    if expected is None:
        assert got.is_location and "only until" in (got.reason or "")


def test_former_state_name_still_names_its_state(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans("Zaire condemned the attack.", dt.date(2005, 1, 1))["Zaire"]
    assert _who(got) == ("COD", None)
    assert "former name" in (got.reason or "")


@pytest.mark.parametrize(
    ("name", "day", "code", "in_office"),
    [
        ("Serzh Sargsyan", dt.date(2016, 5, 10), "ARM", True),
        ("Serzh Sargsyan", dt.date(2024, 5, 8), "ARM", False),
        ("Nikol Pashinyan", dt.date(2016, 5, 10), "ARM", False),
        ("Nikol Pashinyan", dt.date(2024, 5, 8), "ARM", True),
        ("Kaja Kallas", dt.date(2023, 12, 16), "EST", True),
        ("Kaja Kallas", dt.date(2024, 12, 16), "EU", True),
    ],
)
def test_people_resolve_at_the_date(spans, name, day, code, in_office) -> None:  # type: ignore[no-untyped-def]
    got = spans(f"{name} spoke on Tuesday.", day)[name]
    assert got.actor.code == code and got.actor.person_id is not None
    assert (got.actor.sector == "GOV") is in_office


def test_mentions_record_prepositions_and_possessives(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Armenia's freezing of its membership in the CSTO irritated the Kremlin.",
        dt.date(2024, 2, 23),
    )
    assert got["Armenia"].possessive and got["Armenia"].prep is None
    assert got["CSTO"].prep == "in" and not got["CSTO"].possessive
    assert got["its"].need == "polity" and _who(got["its"]) == ("ARM", None)


def test_a_quantity_noun_passes_on_the_preposition_before_it(spans) -> None:  # type: ignore[no-untyped-def]
    got = spans(
        "Russian hackers launched attacks on a number of Ukrainian websites.",
        dt.date(2022, 1, 14),
    )
    assert got["Ukrainian"].prep == "on"


def test_pipeline_mentions_carry_char_offsets(pipeline: Pipeline) -> None:
    from allegiance.pipeline import make_article

    text = "Kremlin spokesman Dmitry Peskov criticised Yerevan."
    coded = pipeline.code_article(make_article(text, date="2024-03-01"))
    by_text = {m.text: m for m in coded.mentions}
    m = by_text["Yerevan"]
    assert text[m.start : m.end] == "Yerevan"
    assert (m.actor.code, m.actor.sector) == ("ARM", "GOV")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hamas freed 13 Israeli hostages on Friday.", "PSE"),
        ("The Houthis attacked a ship in the Red Sea.", "YEM"),
        ("Tigrayan forces agreed to a truce.", "ETH"),
    ],
)
def test_armed_groups_are_their_state_plus_reb(pipeline, text, code) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    doc = pipeline.doc(pipeline.normalizer(text), date=dt.date(2024, 1, 12))
    first = doc._.actor_spans[0]
    assert (first.actor.code, first.actor.sector) == (code, "REB")
