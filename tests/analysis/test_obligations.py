"""Unmet alliance obligations on hand-built requests and responses."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.analysis.frames import EventFilter
from allegiance.analysis.obligations import ObligationOptions, assess_obligations
from allegiance.kb.base import load_kb
from allegiance.records import Event

from .test_frames import event


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def request(day: str, source: str, target: str | None, **extra: object) -> Event:
    return event(
        day,
        source,
        target,
        -5.0,
        cameo="1032",
        plover="REQUEST",
        mode="assist",
        **extra,
    )


def end_of_data(day: str) -> Event:
    """An unrelated event that marks how far the data runs."""
    return event(day, "FIN", "SWE", 3.0)


def test_an_unanswered_request_is_an_unmet_obligation(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2022-09-13", "ARM", "CSTO"),
        request("2022-09-15", "ARM", "CSTO"),  # the same appeal, reported again
        event(
            "2022-09-14",
            "RUS",
            "ARM",
            5.2,
            cameo="0332",
            plover="AGREE",
            modality="future",
        ),
        event(
            "2022-09-16",
            "CSTO",
            "ARM",
            -4.0,
            cameo="1222",
            plover="REJECT",
            mode="assist",
        ),
        event("2022-10-01", "RUS", "ARM", 7.4, cameo="061", plover="COOPERATE"),
        end_of_data("2023-03-01"),
    ]
    report = assess_obligations(events, kb)
    assert not report.met and not report.pending
    (unmet,) = report.unmet
    assert (unmet.requester, unmet.addressee, unmet.organisation) == (
        "ARM",
        "CSTO",
        "CSTO",
    )
    assert unmet.date == dt.date(2022, 9, 13)
    assert unmet.deadline == dt.date(2022, 11, 12)
    assert unmet.allies == ("BLR", "KAZ", "KGZ", "RUS", "TJK")
    assert len(unmet.requests) == 2 and not unmet.inferred
    kinds = {r.kind: r for r in unmet.responses}
    assert kinds["promise"].modality == "future"  # a promise is not fulfilment
    assert kinds["refusal"].event.source == "CSTO"
    assert "other cooperation" in kinds  # economic cooperation is not military help
    assert report.to_frame()["status"].tolist() == ["unmet"]


def test_material_help_within_the_window_meets_the_obligation(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2022-01-05", "KAZ", "CSTO"),
        event("2022-01-07", "RUS", "KAZ", 8.3, cameo="072", plover="AID"),
        end_of_data("2022-06-01"),
    ]
    report = assess_obligations(events, kb)
    assert not report.unmet
    (met,) = report.met
    assert met.helpers == ("RUS",)
    assert met.days == 2
    assert met.support[0].cameo == "072"


def test_a_mission_answers_but_fulfils_only_when_074_counts(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2022-09-13", "ARM", "CSTO"),
        event("2022-09-16", "CSTO", "ARM", 8.5, cameo="074", plover="AID"),
        end_of_data("2023-03-01"),
    ]
    (unmet,) = assess_obligations(events, kb).unmet
    assert [r.kind for r in unmet.responses] == ["mission"]
    counted = ObligationOptions(support_cameo=("072", "062", "074"))
    (met,) = assess_obligations(events, kb, options=counted).met
    assert met.helpers == ("CSTO",)


def test_help_after_the_window_comes_too_late_unless_the_window_is_longer(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2022-01-05", "KAZ", "CSTO"),
        event("2022-03-20", "RUS", "KAZ", 8.3, cameo="072", plover="AID"),
    ]
    assert len(assess_obligations(events, kb).unmet) == 1
    longer = assess_obligations(events, kb, options=ObligationOptions(window_days=90))
    assert len(longer.met) == 1


def test_negated_or_promised_help_is_not_help(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2022-01-05", "KAZ", "CSTO"),
        event("2022-01-07", "RUS", "KAZ", 8.3, cameo="072", plover="AID", negated=True),
        event(
            "2022-01-08",
            "RUS",
            "KAZ",
            8.3,
            cameo="072",
            plover="AID",
            modality="future",
        ),
        end_of_data("2022-06-01"),
    ]
    assert len(assess_obligations(events, kb).unmet) == 1


def test_an_untargeted_call_for_military_help_under_attack_goes_to_the_alliance(
    kb,
) -> None:  # type: ignore[no-untyped-def]
    attack = event(
        "2022-09-13", None, "ARM", -10.0, cameo="190", plover="ASSAULT", quad=4
    )
    events = [attack, request("2022-09-13", "ARM", None), end_of_data("2023-01-01")]
    (unmet,) = assess_obligations(events, kb).unmet
    assert unmet.addressee == "CSTO" and unmet.inferred
    strict = ObligationOptions(infer_addressee=False)
    assert not assess_obligations(events, kb, options=strict).unmet


def test_an_untargeted_demand_in_peace_or_a_self_addressed_one_is_no_appeal(kb) -> None:  # type: ignore[no-untyped-def]
    old_attack = event("2022-06-01", "AZE", "ARM", -10.0, cameo="190", quad=4)
    own_troops = event("2021-12-15", "RUS", "RUS", -6.5, cameo="154", quad=4)
    events = [
        old_attack,
        request("2022-09-13", "ARM", None),  # three months later
        own_troops,
        request("2021-12-15", "RUS", None),  # "demanded security guarantees"
        request("2023-04-24", "ARM", "ARM"),  # a coding slip
        end_of_data("2024-01-01"),
    ]
    report = assess_obligations(events, kb)
    assert not report.unmet and not report.met and not report.pending


def test_a_bilateral_guarantor_is_an_ally_and_a_stranger_is_not(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        request("2021-11-16", "ARM", "RUS"),
        request("2021-11-16", "ARM", "USA"),
        end_of_data("2022-06-01"),
    ]
    (unmet,) = assess_obligations(events, kb).unmet
    assert unmet.addressee == "RUS" and unmet.allies == ("RUS",)
    assert unmet.bilateral and unmet.organisation == "CSTO"


def test_an_explicit_invocation_counts_and_a_window_still_open_is_pending(kb) -> None:  # type: ignore[no-untyped-def]
    invocation = event(
        "2024-05-01",
        "EST",
        None,
        -5.0,
        cameo="1032",
        plover="REQUEST",
        mode="assist",
        alliance_move="invoke_assistance",
        organisation="NATO",
    )
    report = assess_obligations([invocation, end_of_data("2024-05-20")], kb)
    assert not report.unmet
    (pending,) = report.pending
    assert pending.organisation == "NATO" and "USA" in pending.allies
    assert pending.pending
    data = report.to_dict()
    assert data["pending"][0]["requests"][0]["date"] == "2024-05-01"


def test_requests_to_other_bodies_are_not_alliance_matters(kb) -> None:  # type: ignore[no-untyped-def]
    events = [request("2022-09-13", "ARM", "UNSC"), end_of_data("2023-01-01")]
    report = assess_obligations(events, kb)
    assert not report.unmet and not report.met and not report.pending


def test_requests_and_help_are_what_states_do_and_attacks_on_civilians_count(
    kb,
) -> None:  # type: ignore[no-untyped-def]
    # Protesters demand the alliance's protection: no request by Armenia. Its
    # government asks after troops fired on Armenian villagers (a casus foederis
    # whatever the victims' sector), and only a Russian company sends arms.
    on_villagers = event(
        "2022-09-13",
        "AZE",
        "ARM",
        -10.0,
        cameo="190",
        plover="ASSAULT",
        quad=4,
        source_sector="MIL",
        target_sector="CVL",
    )
    events = [
        request("2022-05-01", "ARM", "CSTO", source_sector="CVL"),
        on_villagers,
        request("2022-09-14", "ARM", None, source_sector="GOV"),
        event(
            "2022-09-20",
            "RUS",
            "ARM",
            8.3,
            cameo="072",
            plover="AID",
            source_sector="BUS",
        ),
        end_of_data("2023-03-01"),
    ]
    report = assess_obligations(events, kb)
    (unmet,) = report.unmet
    assert unmet.date == dt.date(2022, 9, 14) and unmet.inferred
    assert not report.met and report.left_out == 1
    assert report.to_dict()["left_out"] == 1
    everyone = ObligationOptions(filters=EventFilter(sectors=None))
    counted = assess_obligations(events, kb, options=everyone)
    assert counted.left_out == 0
    assert [m.date for m in counted.met] == [dt.date(2022, 9, 14)]
    assert [u.date for u in counted.unmet] == [dt.date(2022, 5, 1)]
