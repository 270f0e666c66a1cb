"""Alliance cohesion on hand-built events: formula, leader, members, drop flags."""

from __future__ import annotations

import pytest

from allegiance.analysis.cohesion import CohesionOptions, measure_cohesion
from allegiance.analysis.frames import EventFilter
from allegiance.errors import ConfigError
from allegiance.kb.base import load_kb
from allegiance.records import Event

from .test_frames import event


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def test_score_follows_the_documented_formula(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        event("2019-03-01", "ARM", "RUS", 4.0),
        event("2019-05-01", "KAZ", "RUS", 2.0, confidence=0.5),
        event("2019-06-01", "AZE", "RUS", -10.0),  # AZE left the CSTO in 1999
    ]
    series = measure_cohesion(events, kb, "CSTO")
    (point,) = series.points
    assert point.events == 2
    assert point.goldstein == pytest.approx((4.0 + 1.0) / 1.5)
    assert point.positive_share == 1.0
    assert point.score == pytest.approx(((5 / 1.5) / 10 + 1) / 2)
    assert series.leader == "RUS"
    assert set(point.members) == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}


def test_leader_is_configurable_and_relations_split_by_partner(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        event("2019-03-01", "ARM", "RUS", 4.0),
        event("2019-03-02", "ARM", "CSTO", -2.0),
        event("2019-03-03", "KAZ", "ARM", 1.0),
    ]
    series = measure_cohesion(events, kb, "CSTO", options=CohesionOptions(leader="KAZ"))
    relations = {r.member: r for r in series.points[0].relations}
    arm = relations["ARM"]
    assert arm.events == 3
    assert arm.leader == pytest.approx(1.0)
    assert arm.organisation == pytest.approx(-2.0)
    assert arm.conduct == pytest.approx(1.0)  # its own acts: +4 and -2
    assert relations["KAZ"].leader is None  # the leader has no relation to itself


def test_a_frozen_member_counts_unless_statuses_say_otherwise(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        event("2025-03-01", "ARM", "RUS", -4.0),
        event("2025-03-02", "KAZ", "RUS", 3.0),
    ]
    frozen_in = measure_cohesion(events, kb, "CSTO")
    assert "ARM" in frozen_in.points[0].members
    full_only = measure_cohesion(
        events,
        kb,
        "CSTO",
        options=CohesionOptions(statuses=("member", "founding_member")),
    )
    assert "ARM" not in full_only.points[0].members
    assert full_only.points[0].events == 1


def _souring_bloc() -> list[Event]:
    good = [
        event("2019-02-01", "ARM", "RUS", 4.0),
        event("2019-04-01", "RUS", "ARM", 3.0),
        event("2019-05-01", "KAZ", "RUS", 3.0),
        event("2019-06-01", "ARM", "CSTO", 2.0),
    ]
    bad = [
        event("2021-02-01", "ARM", "RUS", -6.5, cameo="141", plover="PROTEST"),
        event("2021-03-01", "ARM", "CSTO", -4.0, cameo="121", plover="REJECT"),
        event("2021-04-01", "RUS", "ARM", 1.0),
        event("2021-05-01", "KAZ", "RUS", 3.0),
    ]
    return good + bad


def test_a_drop_is_flagged_with_the_member_responsible_and_evidence(kb) -> None:  # type: ignore[no-untyped-def]
    series = measure_cohesion(_souring_bloc(), kb, "CSTO")
    assert [p.period for p in series.points] == ["2019", "2020", "2021"]
    assert series.points[1].score is None  # no intra-bloc events in 2020
    drops = [f for f in series.flags if f.kind == "drop"]
    assert [f.period for f in drops] == ["2021"]
    drop = drops[0]
    assert drop.previous == series.points[0].score
    assert drop.score is not None and drop.previous is not None
    assert drop.score < drop.previous - 0.25
    assert drop.members[0] == "ARM"
    assert "KAZ" not in drop.members  # its relations did not change
    assert {e.cameo for e in drop.evidence} >= {"141", "121"}
    assert all(e.source == "ARM" for e in drop.evidence)
    turned = [f for f in series.flags if f.kind == "turned_negative"]
    assert [(f.period, f.members) for f in turned] == [("2021", ("ARM",))]


def test_the_threshold_decides_what_is_a_drop(kb) -> None:  # type: ignore[no-untyped-def]
    lenient = CohesionOptions(drop_threshold=2.0)
    series = measure_cohesion(_souring_bloc(), kb, "CSTO", options=lenient)
    assert not [f for f in series.flags if f.kind == "drop"]


def test_series_exports(kb) -> None:  # type: ignore[no-untyped-def]
    series = measure_cohesion(
        _souring_bloc(), kb, "CSTO", options=CohesionOptions(period="quarter")
    )
    frame = series.to_frame()
    assert frame["period"].iloc[0] == "2019Q1"
    assert len(frame) == 10  # 2019Q1 .. 2021Q2, empty quarters included
    assert set(series.relations_frame()["member"]) == {"ARM", "KAZ", "RUS"}
    data = series.to_dict()
    assert data["flags"][0]["evidence"][0]["date"].startswith("2021")
    assert series.mean_score("2021Q1", "2021Q2") is not None


def test_bad_inputs_say_what_to_do(kb) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="NATO"):
        measure_cohesion([], kb, "NOSUCH")
    with pytest.raises(ConfigError, match="quarter"):
        measure_cohesion(
            _souring_bloc(), kb, "CSTO", options=CohesionOptions(period="week")
        )  # type: ignore[arg-type]


def _embassy_protest(sector: str | None) -> list[Event]:
    # A calm bloc, then Armenians protest twice outside the leader's embassy:
    # a crowd (CVL) in one variant, the government (GOV) in the other.
    calm = [
        event("2019-02-01", "ARM", "RUS", 4.0, source_sector="GOV"),
        event("2019-03-01", "RUS", "ARM", 3.0),
        event("2020-02-01", "ARM", "RUS", 4.0),
        event("2020-03-01", "RUS", "ARM", 3.0, target_sector="GOV"),
    ]
    protests = [
        event(
            day,
            "ARM",
            "RUS",
            -6.5,
            cameo="141",
            plover="PROTEST",
            source_sector=sector,
            target_sector="GOV",
        )
        for day in ("2020-05-01", "2020-05-02")
    ]
    return [*calm, *protests]


def test_a_civilian_protest_at_the_leaders_embassy_is_not_the_state_turning(kb) -> None:  # type: ignore[no-untyped-def]
    by_crowd = measure_cohesion(_embassy_protest("CVL"), kb, "CSTO")
    by_state = measure_cohesion(_embassy_protest("GOV"), kb, "CSTO")
    before = by_crowd.points[0].score
    assert by_crowd.points[1].score == pytest.approx(before)
    assert by_crowd.points[1].left_out == 2 and by_crowd.left_out == 2
    assert by_crowd.points[1].events == 2
    assert not by_crowd.flags
    assert by_state.points[1].score is not None and before is not None
    assert by_state.points[1].score < before - 0.25
    assert by_state.left_out == 0
    (drop,) = [f for f in by_state.flags if f.kind == "drop"]
    assert drop.members[0] == "ARM" and drop.evidence[0].cameo == "141"


def test_every_sector_counts_when_asked_and_a_null_sector_is_the_state(kb) -> None:  # type: ignore[no-untyped-def]
    everyone = CohesionOptions(filters=EventFilter(sectors=None))
    series = measure_cohesion(_embassy_protest("CVL"), kb, "CSTO", options=everyone)
    assert series.left_out == 0
    assert series.points[1].events == 4
    named_only = measure_cohesion(_embassy_protest(None), kb, "CSTO")
    assert named_only.points[1].events == 4  # "Armenia protested": the state
    assert named_only.left_out == 0
    assert series.to_frame()["left_out"].tolist() == [0, 0]
    crowd = measure_cohesion(_embassy_protest("CVL"), kb, "CSTO")
    assert crowd.to_frame()["left_out"].tolist() == [0, 2]
    assert crowd.to_dict()["left_out"] == 2
