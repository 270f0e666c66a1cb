"""Tests for allegiance.nlp.movelink: the organisation and code of an alliance move."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from allegiance.nlp.movelink import MoveLinker, event_sent_range
from allegiance.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def linker(pipe: Pipeline) -> MoveLinker:
    coder = pipe.nlp.get_pipe("events")
    return MoveLinker(coder.kb, coder.ontology)


def _doc(pipe: Pipeline, text: str, day: str):  # type: ignore[no-untyped-def]
    return pipe.doc(text, date=dt.date.fromisoformat(day))


def test_names_organisation(pipe: Pipeline, linker: MoveLinker) -> None:
    doc = _doc(pipe, "Armenia froze its participation in the CSTO.", "2024-02-23")
    named = {s.text: linker.names_organisation(s) for s in doc._.actor_spans}
    assert named["CSTO"] is True
    assert named["Armenia"] is False


def test_link_gives_the_move_its_organisation_and_code(
    pipe: Pipeline, linker: MoveLinker
) -> None:
    doc = _doc(pipe, "Armenia froze its participation in the CSTO.", "2024-02-23")
    (event,) = [e for e in doc._.events if e.alliance_move]
    bare = replace(event, alliance_move=None, organisation=None, cameo="161")
    linked = linker.link(doc, bare, "freeze", None, ("SANCTION", "161"), "161")
    assert (linked.alliance_move, linked.organisation) == ("freeze", "CSTO")
    assert linked.plover == "SANCTION"


def test_link_gives_a_freeze_to_the_state_with_standing(
    pipe: Pipeline, linker: MoveLinker
) -> None:
    # A freeze changes the freezer's own standing: with a source that has none
    # in the CSTO, the one state of the sentence that has some is the member.
    doc = _doc(pipe, "Armenia froze its participation in the CSTO.", "2024-02-23")
    (event,) = [e for e in doc._.events if e.alliance_move]
    usa = replace(event, source="USA", alliance_move=None, organisation=None)
    linked = linker.link(doc, usa, "freeze", None, ("SANCTION", "161"), "161")
    assert (linked.source, linked.alliance_move) == ("ARM", "freeze")


def test_link_drops_a_freeze_by_a_state_with_no_standing(
    pipe: Pipeline, linker: MoveLinker
) -> None:
    doc = _doc(pipe, "Washington froze its participation in the CSTO.", "2024-02-23")
    (event,) = [e for e in doc._.events if e.target == "CSTO"]
    linked = linker.link(doc, event, "freeze", None, ("SANCTION", "161"), "161")
    assert linked.source == "USA"
    assert linked.alliance_move is None


def test_link_holds_back_a_long_standing_members_join(
    pipe: Pipeline, linker: MoveLinker
) -> None:
    doc = _doc(pipe, "Kazakh troops joined the CSTO.", "2019-09-20")
    (event,) = [e for e in doc._.events if e.target == "CSTO"]
    bare = replace(event, alliance_move=None, doubtful=False, doubt_reason=None)
    linked = linker.link(doc, bare, "join", None, ("AGREE", "057"), "057")
    assert linked.doubtful
    assert "already a member" in (linked.doubt_reason or "")


def test_event_sent_range_covers_the_events_sentence(pipe: Pipeline) -> None:
    doc = _doc(
        pipe,
        "The summit opened in Minsk. Armenia froze its participation in the CSTO.",
        "2024-02-23",
    )
    (event,) = [e for e in doc._.events if e.alliance_move]
    words = [t.text for t in doc[event_sent_range(doc, event)]]
    assert words[0] == "Armenia" and "Minsk" not in words


def test_a_partner_refuses_an_organisations_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Eastern Partnership states have standing in the EU (memberships.csv,
    # status partner), so refusing its statement is a move; a state with no
    # standing makes none.
    events = pipeline.code_text(
        "Armenia refused to back the EU statement.", date=dt.date(2019, 6, 15)
    )
    assert {(e.source, e.organisation, e.alliance_move) for e in events} == {
        ("ARM", "EU", "refuse_declaration")
    }
    events = pipeline.code_text(
        "Brazil refused to back the EU statement.", date=dt.date(2019, 6, 15)
    )
    assert not [e for e in events if e.alliance_move]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The asker named by a verb of asking, not only by a plea noun.
        (
            "The CSTO said it would not intervene after Armenia asked for help.",
            ("CSTO", "ARM", "refuse_assistance"),
        ),
        # A plea that "went unanswered by" the ally: the ally refuses it.
        (
            "Armenia's appeal for troops went unanswered by the Russian-led alliance.",
            ("CSTO", "ARM", "refuse_assistance"),
        ),
        (
            "Armenia was not represented at the Eurasian Economic Union summit.",
            ("ARM", "EAEU", "skip_summit"),
        ),
        # Declining to take part in an alliance's drills is staying away, not
        # refusing to host them.
        (
            "Armenia declined to take part in CSTO military drills in Belarus.",
            ("ARM", "CSTO", "skip_summit"),
        ),
        # Stopping attendance, or no longer taking part, freezes participation.
        (
            "Armenia has stopped attending CSTO meetings.",
            ("ARM", "CSTO", "freeze"),
        ),
        (
            "Yerevan is no longer participating in the work of the CSTO.",
            ("ARM", "CSTO", "freeze"),
        ),
        # A membership "in" the body, suspended with no agent: the body acts.
        (
            "Armenia's membership in the CSTO was suspended on Friday.",
            ("CSTO", "ARM", "suspend"),
        ),
    ],
)
def test_refused_pleas_and_absences(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(text, date=dt.date(2022, 9, 20))
    moves = {(e.source, e.target, e.alliance_move) for e in events if e.alliance_move}
    assert expected in moves


def test_an_unanswered_plea_with_no_one_named_is_no_refusal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(
        "Armenia's appeal for troops went unanswered.", date=dt.date(2022, 9, 20)
    )
    assert not [e for e in events if e.plover == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        # Being a member is no joining unless it is news ("is now a member of").
        "Hungary is now the only NATO member that has not approved Sweden's bid.",
        "Armenia is officially a member of the CSTO but has frozen its participation.",
        # Candidate status granted is no membership.
        "EU leaders agreed to grant Georgia the status of a candidate for membership.",
    ],
)
def test_standing_membership_is_no_join(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(text, date=dt.date(2024, 2, 23))
    assert not [e for e in events if e.alliance_move == "join" or e.cameo == "057"]


def test_a_suspension_after_a_military_takeover_is_the_bodys_move(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "military" after the verb names the coup, not military aid cut off.
    events = pipeline.code_text(
        "The African Union has suspended Sudan following the military takeover.",
        date=dt.date(2021, 10, 27),
    )
    assert {(e.source, e.target, e.alliance_move) for e in events} == {
        ("AU", "SDN", "suspend")
    }
