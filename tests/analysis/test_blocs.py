"""A patron's bloc on hand-built events and news spells, and the bloc analytics on
the bundled demo corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

from allegiance import api
from allegiance.analysis.blocs import BlocOptions, patron_bloc
from allegiance.analysis.camps import find_camps
from allegiance.analysis.cohesion import measure_cohesion
from allegiance.analysis.dependency import dependency_profile
from allegiance.analysis.obligations import assess_obligations
from allegiance.errors import ConfigError
from allegiance.kb.base import load_kb
from allegiance.records import Event
from allegiance.store.duck import open_store

from .test_frames import event


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def _armenia_turns() -> list[Event]:
    return [
        event("2022-03-01", "ARM", "RUS", 4.0),
        event("2022-04-01", "KAZ", "RUS", 3.0),
        event("2023-03-01", "ARM", "RUS", -5.0, cameo="173", plover="COERCE"),
        event("2023-04-01", "KAZ", "RUS", 3.0),
        event(
            "2024-02-23",
            "ARM",
            "CSTO",
            -4.4,
            cameo="161",
            plover="SANCTION",
            alliance_move="freeze",
            organisation="CSTO",
        ),
    ]


def test_members_statuses_and_defections(kb) -> None:  # type: ignore[no-untyped-def]
    bloc = patron_bloc(_armenia_turns(), kb, "RUS", ("CSTO",))
    assert [p.period for p in bloc.periods] == ["2022", "2023", "2024"]
    members = bloc.members_frame()
    arm = members[members["member"] == "ARM"].set_index("period")
    assert arm.loc["2022", "statuses"] == "CSTO=founding_member"
    assert arm.loc["2024", "statuses"] == "CSTO=frozen"
    assert arm.loc["2023", "patron"] == pytest.approx(-5.0)
    assert "RUS" not in set(members["member"])  # the patron is not its own client
    kinds = [(d.period, d.member, d.kind) for d in bloc.defections]
    assert kinds == [("2023", "ARM", "relations"), ("2024", "ARM", "status")]
    relations, status = bloc.defections
    assert (relations.before, relations.after) == (4.0, -5.0)
    assert relations.evidence[0].cameo == "173"
    assert (status.organisation, status.status_before, status.status_after) == (
        "CSTO",
        "founding_member",
        "frozen",
    )
    assert status.evidence[0].cameo == "161"
    assert bloc.cohesion[0].organisation == "CSTO"
    assert set(bloc.cohesion_frame()["organisation"]) == {"CSTO"}
    assert bloc.defections[1].to_dict()["evidence"][0]["date"] == "2024-02-23"


def test_a_protest_at_the_patrons_embassy_is_no_defection(kb) -> None:  # type: ignore[no-untyped-def]
    crowd = [
        e
        if e.date is None or e.date.year != 2023 or e.source != "ARM"
        else event(
            "2023-03-01",
            "ARM",
            "RUS",
            -6.5,
            cameo="141",
            plover="PROTEST",
            source_sector="CVL",
            target_sector="GOV",
        )
        for e in _armenia_turns()
    ]
    bloc = patron_bloc(crowd, kb, "RUS", ("CSTO",))
    assert [(d.period, d.kind) for d in bloc.defections] == [("2024", "status")]
    arm = {p.period: m for p in bloc.periods for m in p.members if m.member == "ARM"}
    assert arm["2023"].patron is None and arm["2023"].left_out == 1
    assert bloc.cohesion[0].left_out == 1
    state = patron_bloc(_armenia_turns(), kb, "RUS", ("CSTO",))
    assert state.defections[0].kind == "relations"


def test_default_organisations_are_the_patrons_blocs(kb) -> None:  # type: ignore[no-untyped-def]
    bloc = patron_bloc(_armenia_turns(), kb, "RUS")
    assert {"CSTO", "EAEU"} <= set(bloc.organisations)
    assert "CIS" not in bloc.organisations  # a forum, not a bloc
    with pytest.raises(ConfigError, match="organisations="):
        patron_bloc(_armenia_turns(), kb, "IND")  # SCO, BRICS: forums


def test_news_reported_spells_join_the_knowledge_base(kb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    spell = {
        "org": "CSTO",
        "member": "ARM",
        "status": "withdrawn",
        "start_date": dt.date(2024, 6, 12),
        "end_date": None,
        "source": "news: test article (2024-06-12)",
        "note": "",
        "origin": "news",
        "event_id": "e-test",
    }
    with open_store(tmp_path / "bloc.duckdb") as store:
        store.write_events(_armenia_turns())
        with store.transaction():
            store.insert_table("kb_memberships", pa.Table.from_pylist([spell]))
        bloc = patron_bloc(store, kb, "RUS", ("CSTO",), options=BlocOptions())
    last = {m.member: m for m in bloc.periods[-1].members}
    assert last["ARM"].statuses == (("CSTO", "withdrawn"),)
    assert last["ARM"].origin == "both"
    assert last["KAZ"].origin == "kb"


def test_every_analysis_accepts_no_events(kb) -> None:  # type: ignore[no-untyped-def]
    assert not measure_cohesion([], kb, "CSTO").points
    assert not assess_obligations([], kb).to_frame().shape[0]
    assert not find_camps([], kb).periods
    assert not patron_bloc([], kb, "RUS").periods
    profile = dependency_profile([], kb, "ARM", dt.date(2024, 1, 1))
    assert all(r.events == 0 and r.alignment is None for r in profile.partners)


# -- the bundled demo corpus -----------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    api.ingest([api.demo_corpus_path()], db=db)
    return db


def test_demo_csto_cohesion_falls(demo: Path, kb) -> None:  # type: ignore[no-untyped-def]
    with open_store(demo, read_only=True) as store:
        series = measure_cohesion(store, kb, "CSTO")
    before = series.mean_score("2019", "2021")
    after = series.mean_score("2023", "2024")
    assert before is not None and after is not None
    assert after < before
    assert series.leader == "RUS"
    # The fall comes in steps that move with the coder; Armenia is named in them.
    assert any("ARM" in f.members for f in series.flags if f.kind == "drop")


def test_demo_sept_2022_request_is_unmet(demo: Path, kb) -> None:  # type: ignore[no-untyped-def]
    with open_store(demo, read_only=True) as store:
        report = assess_obligations(store, kb)
    found = [
        u
        for u in report.unmet
        if u.requester == "ARM"
        and u.organisation == "CSTO"
        and u.date.isoformat().startswith("2022-09")
    ]
    assert found, report.to_frame()
    assert "RUS" in found[0].allies
    assert not [m for m in report.met if m.requester == "ARM"]


def test_demo_armenia_leaves_russias_camp_and_bloc(demo: Path, kb) -> None:  # type: ignore[no-untyped-def]
    with open_store(demo, read_only=True) as store:
        camps = find_camps(store, kb)
        bloc = patron_bloc(store, kb, "RUS", ("CSTO",))
        profile = dependency_profile(store, kb, "ARM", dt.date(2024, 6, 1))
    camp = {p.period: dict(p.camps) for p in camps.periods}
    assert camp["2019"]["ARM"] == camp["2019"]["RUS"]
    assert camp["2023"]["ARM"] != camp["2023"]["RUS"]
    # Which side "moved" is relative (docs/analytics-blocs.md); the split is not.
    assert any({f.actor, *f.left} >= {"ARM", "RUS"} for f in camps.flips)
    assert {(d.member, d.kind) for d in bloc.defections} >= {
        ("ARM", "relations"),
        ("ARM", "status"),
    }
    for result in (camps, bloc, profile):
        json.dumps(result.to_dict())  # JSON-ready for briefings and scripts
    rows = {r.partner: r for r in profile.partners}
    assert profile.partners[0].partner == "RUS"  # most depended on...
    assert rows["RUS"].alignment is not None and rows["FRA"].alignment is not None
    assert rows["RUS"].alignment < rows["FRA"].alignment  # ...but not the closest
