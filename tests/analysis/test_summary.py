"""The store's headline summary: alliance moves in words, with membership known."""

from __future__ import annotations

import datetime as dt

from allegiance.analysis.summary import Move, _is_member, describe_move
from allegiance.kb.base import load_kb


def _move(actor: str, org: str, move: str, **over: object) -> Move:
    fields = dict(
        date=dt.date(2025, 1, 28), actor=actor, organisation=org, move=move,
        cameo="161", modality="asserted", by_organisation=False, evidence="...",
        article_id="a", title=None, confidence=0.9,
    )  # fmt: skip
    return Move(**(fields | over))  # type: ignore[arg-type]


def test_membership_on_the_day() -> None:
    kb = load_kb()
    # Frozen is still a member: Armenia froze its membership of the CSTO.
    assert _is_member(kb, "CSTO", "ARM", dt.date(2024, 2, 23)) is True
    # A candidate is not a member.
    assert _is_member(kb, "EU", "GEO", dt.date(2025, 1, 28)) is False
    assert _is_member(kb, "EU", "GEO", None) is None
    assert _is_member(None, "EU", "GEO", dt.date(2025, 1, 28)) is None


def test_a_candidate_freezes_accession_talks_not_participation() -> None:
    names = {"GEO": "Georgia", "ARM": "Armenia"}
    candidate = _move("GEO", "EU", "freeze", member=False)
    assert (
        describe_move(candidate, names) == "Georgia froze its accession talks with EU"
    )
    member = _move("ARM", "CSTO", "freeze", member=True)
    assert describe_move(member, names) == "Armenia froze its participation in CSTO"
    unknown = _move("ARM", "CSTO", "suspend", modality="future")
    assert describe_move(unknown, names) == (
        "Armenia says it will suspend its participation in CSTO"
    )
    # Joining is worded the same whoever joins.
    assert describe_move(_move("GEO", "EU", "join", member=False), names) == (
        "Georgia joined EU"
    )


def test_briefing_says_why_events_are_held_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from allegiance.api import briefing, ingest, render_briefing

    (tmp_path / "a.txt").write_text(
        "Western ministers condemned Russia on Monday. "
        "Armenia froze its participation in the CSTO.",
        "utf-8",
    )
    db = tmp_path / "s.duckdb"
    ingest([tmp_path / "a.txt"], db=db, date=dt.date(2024, 2, 23))
    summary = briefing(db=db)
    assert summary.doubtful >= summary.unresolved >= 1
    text = render_briefing(summary)
    assert (
        f"({summary.unresolved} because who acted is not in the knowledge base)" in text
    )
