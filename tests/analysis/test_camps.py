"""Camps by minimum frustration: exact and heuristic splits, alignment, flips."""

from __future__ import annotations

import itertools
import random

import pytest

from allegiance.analysis.camps import (
    CampOptions,
    SignedEdge,
    find_camps,
    frustration,
    signed_network,
    split_camps,
)
from allegiance.analysis.cohesion import event_frame
from allegiance.analysis.frames import EventFilter
from allegiance.kb.base import load_kb

from .test_frames import event


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def edge(a: str, b: str, weight: float) -> SignedEdge:
    return SignedEdge(a, b, 1 if weight > 0 else -1, abs(weight), weight)


# Two triangles of friends, enemies across, one friendship across (A-D, 1.0) and
# one quarrel inside (B-C, 0.5): the best split keeps the triangles, frustration 1.5.
SIX = [
    edge("A", "B", 2),
    edge("A", "C", 2),
    edge("B", "C", -0.5),
    edge("D", "E", 2),
    edge("D", "F", 2),
    edge("E", "F", 2),
    edge("A", "D", 1),
    edge("A", "E", -2),
    edge("B", "D", -2),
    edge("B", "F", -2),
    edge("C", "E", -2),
    edge("C", "F", -2),
]


def brute_force(actors: list[str], edges: list[SignedEdge]) -> float:
    best = float("inf")
    for labels in itertools.product((0, 1), repeat=len(actors) - 1):
        camps = dict(zip(actors, (0, *labels), strict=True))
        best = min(best, frustration(camps, edges))
    return best


def test_the_exact_split_finds_the_known_optimum() -> None:
    split = split_camps(list("ABCDEF"), SIX)
    assert split.method == "exact" and split.optimal
    assert split.frustration == pytest.approx(1.5)
    camps = split.camps
    assert (
        camps["A"] == camps["B"] == camps["C"] != camps["D"] == camps["E"] == camps["F"]
    )


def test_the_heuristic_says_so_and_finds_the_same_split() -> None:
    split = split_camps(list("ABCDEF"), SIX, exact_max=3)
    assert split.method == "heuristic" and not split.optimal
    assert split.frustration == pytest.approx(1.5)


@pytest.mark.parametrize("seed", range(5))
def test_exact_matches_brute_force_and_bounds_the_heuristic(seed: int) -> None:
    rng = random.Random(seed)
    actors = [f"S{i}" for i in range(8)]
    edges = [
        edge(a, b, rng.choice((-1, 1)) * rng.uniform(0.2, 3))
        for a, b in itertools.combinations(actors, 2)
        if rng.random() < 0.6
    ]
    exact = split_camps(actors, edges)
    assert exact.frustration == pytest.approx(brute_force(actors, edges))
    heuristic = split_camps(actors, edges, exact_max=0)
    assert heuristic.frustration >= exact.frustration - 1e-9


def test_signed_network_nets_both_directions() -> None:
    frame = event_frame(
        [
            event("2020-01-01", "ARM", "RUS", 4.0, confidence=0.5),
            event("2020-01-02", "RUS", "ARM", -1.0),
            event("2020-01-03", "USA", "ARM", 2.0),
            event("2020-01-04", "ARM", "USA", -2.0),  # nets to zero: no tie
            event("2020-01-05", "ARM", "ARM", 5.0),
            event("2020-01-06", "ARM", None, 5.0),
        ]
    )
    (tie,) = signed_network(frame)
    assert (tie.a, tie.b, tie.sign) == ("ARM", "RUS", 1)
    assert tie.net == pytest.approx(1.0)
    assert tie.weight == pytest.approx(1.5)


def _turning() -> list:  # type: ignore[type-arg]
    year_one = [
        event("2019-02-01", "ARM", "RUS", 5.0),
        event("2019-03-01", "RUS", "KAZ", 5.0),
        event("2019-04-01", "KAZ", "RUS", 5.0),
        event("2019-05-01", "ARM", "AZE", -8.0),
        event("2019-06-01", "AZE", "TUR", 5.0),
        event("2019-07-01", "RUS", "TUR", -2.0),
    ]
    year_two = [
        event("2020-02-01", "ARM", "RUS", -6.0),
        event("2020-03-01", "RUS", "KAZ", 5.0),
        event("2020-04-01", "KAZ", "RUS", 5.0),
        event("2020-05-01", "ARM", "TUR", 3.0),
        event("2020-06-01", "RUS", "TUR", -4.0),
    ]
    return year_one + year_two


def test_labels_are_aligned_over_time_and_a_flip_is_reported(kb) -> None:  # type: ignore[no-untyped-def]
    analysis = find_camps(_turning(), kb)
    first, second = analysis.periods
    camp = dict(first.camps)
    assert set(first.members(camp["ARM"])) == {"ARM", "KAZ", "RUS"}
    assert camp["ARM"] == camp["RUS"] == camp["KAZ"] != camp["AZE"] == camp["TUR"]
    later = dict(second.camps)
    # The solver puts ARM (first alphabetically) in camp 0; alignment keeps Russia's
    # camp number and moves Armenia instead.
    assert later["RUS"] == camp["RUS"] and later["KAZ"] == camp["KAZ"]
    assert later["TUR"] == camp["TUR"]
    (flip,) = analysis.flips
    assert (flip.actor, flip.period, flip.last_seen) == ("ARM", "2020", "2019")
    assert (flip.from_camp, flip.to_camp) == (camp["RUS"], camp["TUR"])
    assert flip.left == ("RUS",) and flip.joined == ("TUR",)
    assert flip.evidence[0].goldstein == -6.0
    assert second.frustration == 0.0 and second.index == 0.0
    assert analysis.to_frame().shape == (9, 3)  # 5 actors, then 4 (no AZE)


def test_frustration_index_and_method_per_period(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        event("2019-01-01", "ARM", "RUS", 2.0),
        event("2019-01-02", "RUS", "KAZ", 2.0),
        event("2019-01-03", "KAZ", "ARM", -2.0),  # an unbalanced triangle
    ]
    analysis = find_camps(events, kb)
    row = analysis.frustration_frame().iloc[0]
    assert row["frustration"] == pytest.approx(1.0)
    assert row["index"] == pytest.approx(1 / 3)
    assert row["method"] == "exact" and bool(row["optimal"])
    heuristic = find_camps(events, kb, options=CampOptions(exact_max=2))
    assert heuristic.periods[0].method == "heuristic"


def test_organisations_stay_out_unless_asked(kb) -> None:  # type: ignore[no-untyped-def]
    events = [
        event("2019-01-01", "ARM", "CSTO", -4.0),
        event("2019-01-02", "ARM", "RUS", 2),
    ]
    assert {a for a, _ in find_camps(events, kb).periods[0].camps} == {"ARM", "RUS"}
    with_orgs = find_camps(events, kb, options=CampOptions(include_organisations=True))
    assert "CSTO" in {a for a, _ in with_orgs.periods[0].camps}


def test_ties_are_what_states_do_not_their_crowds_or_firms(kb) -> None:  # type: ignore[no-untyped-def]
    # In 2020 only Armenian protesters and a Russian company quarrel with the
    # other state: Armenia stays in Russia's camp and the two are counted.
    crowds = [
        event("2020-02-01", "ARM", "RUS", -6.5, source_sector="CVL"),
        event("2020-02-02", "RUS", "ARM", -4.0, source_sector="BUS"),
        event("2020-03-01", "RUS", "KAZ", 5.0),
        event("2020-04-01", "KAZ", "RUS", 5.0),
        event("2020-04-02", "ARM", "KAZ", 2.0, source_sector="GOV"),
        event("2020-06-01", "RUS", "TUR", -4.0),
    ]
    year_one = [e for e in _turning() if e.date.year == 2019]
    analysis = find_camps(year_one + crowds, kb)
    assert not analysis.flips
    second = analysis.periods[1]
    assert ("ARM", "RUS") not in {(e.a, e.b) for e in second.edges}
    assert second.left_out == 2 and analysis.left_out == 2
    assert analysis.to_dict()["left_out"] == 2
    everyone = CampOptions(filters=EventFilter(sectors=None))
    counted = find_camps(year_one + crowds, kb, options=everyone)
    assert counted.left_out == 0
    assert [f.actor for f in counted.flips] == ["ARM"]
