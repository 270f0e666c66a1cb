"""Membership spells proposed from coded alliance moves, against the knowledge base."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.news import membership_updates
from allegiance.records import Event


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _event(
    source: str,
    target: str | None,
    move: str,
    day: str,
    *,
    org: str | None = None,
    event_id: str = "e1",
    **over: object,
) -> Event:
    event = Event(
        id=event_id,
        article_id="a1",
        sent_index=0,
        sent_start=0,
        sent_end=40,
        date=dt.date.fromisoformat(day),
        source=source,
        target=target,
        cameo="161",
        plover="SANCTION",
        plover_mode="withdraw",
        goldstein=-4.0,
        quad_class=3,
        evidence=f"{source} {move} {target}",
        trigger=move,
        alliance_move=move,
        organisation=org or target,
        confidence=0.9,
    )
    return replace(event, **over)  # type: ignore[arg-type]


def test_a_move_the_kb_already_records_proposes_nothing(kb: KnowledgeBase) -> None:
    # The KB has Armenia's CSTO participation frozen from 2024-02-22.
    events = [_event("ARM", "CSTO", "freeze", "2024-02-23")]
    assert membership_updates(events, kb) == []


def test_a_new_move_proposes_a_dated_sourced_spell(kb: KnowledgeBase) -> None:
    events = [_event("ARM", "CSTO", "withdraw", "2024-06-12")]
    [spell] = membership_updates(events, kb, titles={"a1": "Armenia to leave CSTO"})
    assert (spell.org, spell.member, spell.status) == ("CSTO", "ARM", "withdrawn")
    assert spell.start == dt.date(2024, 6, 12) and spell.end is None
    assert spell.source == "news: Armenia to leave CSTO (2024-06-12)"
    assert spell.event_id == "e1" and spell.note.startswith("withdraw:")


def test_the_source_falls_back_on_the_article_id(kb: KnowledgeBase) -> None:
    [spell] = membership_updates([_event("ARM", "CSTO", "withdraw", "2024-06-12")], kb)
    assert spell.source == "news: a1 (2024-06-12)"


def test_the_organisation_acting_on_a_state(kb: KnowledgeBase) -> None:
    # The Council of Europe expelled Russia: the member is the target.
    events = [_event("COE", "RUS", "expel", "2022-03-10", org="COE")]
    [spell] = membership_updates(events, kb)
    assert (spell.org, spell.member, spell.status) == ("COE", "RUS", "expelled")


def test_a_founding_member_joining_is_no_change(kb: KnowledgeBase) -> None:
    assert membership_updates([_event("RUS", "CSTO", "join", "2015-01-01")], kb) == []


def test_joining_earlier_than_recorded_is_reported(kb: KnowledgeBase) -> None:
    # News that Sweden "joined" on the day Hungary ratified, before accession.
    [spell] = membership_updates([_event("SWE", "NATO", "join", "2024-02-26")], kb)
    assert spell.status == "member" and spell.start == dt.date(2024, 2, 26)


@pytest.mark.parametrize(
    "over",
    [
        {"negated": True},
        {"modality": "future"},
        {"modality": "hypothetical"},
        {"doubtful": True},
        {"confidence": 0.5},
        {"date": None},
        {"alliance_move": "skip_summit"},
        {"organisation": None},
    ],
)
def test_only_asserted_confident_moves_count(
    kb: KnowledgeBase, over: dict[str, object]
) -> None:
    event = _event("ARM", "CSTO", "withdraw", "2024-06-12", **over)
    assert membership_updates([event], kb) == []


def test_the_threshold_is_a_parameter(kb: KnowledgeBase) -> None:
    event = _event("ARM", "CSTO", "withdraw", "2024-06-12", confidence=0.5)
    assert len(membership_updates([event], kb, min_confidence=0.4)) == 1


def test_reports_chain_and_repeats_collapse(kb: KnowledgeBase) -> None:
    events = [
        _event("UKR", "NATO", "apply", "2022-09-30", event_id="e1"),
        _event("UKR", "NATO", "apply", "2022-10-02", event_id="e2"),
        _event("UKR", "NATO", "join", "2030-01-01", event_id="e3"),
    ]
    spells = membership_updates(events, kb)
    assert [(s.status, s.start, s.end, s.event_id) for s in spells] == [
        ("applicant", dt.date(2022, 9, 30), dt.date(2030, 1, 1), "e1"),
        ("member", dt.date(2030, 1, 1), None, "e3"),
    ]


def test_two_reports_of_one_day_keep_the_later(kb: KnowledgeBase) -> None:
    events = [
        _event("ARM", "CSTO", "suspend", "2024-06-12", event_id="e1"),
        _event("ARM", "CSTO", "withdraw", "2024-06-12", event_id="e2"),
    ]
    [spell] = membership_updates(events, kb)
    assert spell.status == "withdrawn" and spell.event_id == "e2"


def test_a_move_with_no_other_party_is_skipped(kb: KnowledgeBase) -> None:
    event = _event("CSTO", None, "suspend", "2024-06-12", org="CSTO")
    assert membership_updates([event], kb) == []
