"""Aid handed over during a visit or talks goes to the party visited or met."""

import datetime as dt

from allegiance.pipeline import Pipeline

DAY = dt.date(2024, 2, 23)


def _aid(pipeline: Pipeline, text: str) -> set[tuple]:
    events = pipeline.code_text(text, date=DAY)
    return {(e.source, e.target, e.doubtful) for e in events if e.plover == "AID"}


def test_aid_during_talks_goes_to_the_other_party(pipeline: Pipeline) -> None:
    text = (
        "Japan's foreign minister handed over 20 ambulances during talks with "
        "his Ukrainian counterpart."
    )
    assert ("JPN", "UKR", False) in _aid(pipeline, text)


def test_aid_with_its_own_recipient_keeps_it(pipeline: Pipeline) -> None:
    text = "Turkey sent aid to Syria during talks with Iraq in Baghdad."
    assert ("TUR", "SYR", False) in _aid(pipeline, text)
    assert ("TUR", "IRQ", False) not in _aid(pipeline, text)


def test_aid_without_talks_stays_without_recipient(pipeline: Pipeline) -> None:
    text = "Japan's foreign minister handed over 20 ambulances on Tuesday."
    assert not {a for a in _aid(pipeline, text) if not a[2]}


def test_mediation_gives_no_recipient(pipeline: Pipeline) -> None:
    text = (
        "The US ambassador helped mediate the talks between Georgian Dream and "
        "the opposition."
    )
    assert not {a for a in _aid(pipeline, text) if not a[2]}
