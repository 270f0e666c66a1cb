"""Camps and camp flips: each period's signed network split to minimise frustration.

Structural balance (Heider; Cartwright and Harary): in a balanced signed network
the actors fall into two camps with only positive ties inside and negative ties
across. Real networks are not balanced; the frustration of a split is the
weight of the ties that break that rule, and the best split minimises it (the
line index of balance, computed exactly by integer programming as in Aref,
Mason and Wilson 2018). Camps are labelled consistently over time, so a state
that changes camp between periods is a flip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.optimize import Bounds, LinearConstraint, milp

from ..kb.base import KnowledgeBase
from .frames import (
    EventFilter,
    EventRef,
    EventSource,
    Period,
    event_frame,
    period_labels,
    state_acts,
    to_plain,
)

__all__ = [
    "CampAnalysis",
    "CampFlip",
    "CampOptions",
    "CampPeriod",
    "CampSplit",
    "SignedEdge",
    "find_camps",
    "frustration",
    "signed_network",
    "split_camps",
]

Method = Literal["exact", "heuristic"]


@dataclass(frozen=True, slots=True)
class SignedEdge:
    """A tie between two actors in one period.

    `net` is the confidence-weighted sum of Goldstein scores of their events
    (either direction); `sign` its sign; `weight` the confidence-weighted
    number of events (the volume), which is what a broken tie costs.
    """

    a: str
    b: str
    sign: int
    weight: float
    net: float


@dataclass(frozen=True, slots=True)
class CampSplit:
    """A two-camp split of a signed network and its frustration.

    `method` is "exact" when every connected component was solved by integer
    programming and "heuristic" when any was too large (or the solver stopped
    early); `optimal` is True when the solver proved every part optimal.
    """

    camps: dict[str, int]
    frustration: float
    method: Method
    optimal: bool


@dataclass(frozen=True, slots=True)
class CampOptions:
    """How the networks are built and split.

    `actors` restricts the network to these codes; organisations are left out
    unless `include_organisations` (a bloc is a set of states, not a state).
    Components with more than `exact_max` actors are split by the heuristic.
    `anchor` is kept in camp 0 when labels are otherwise undecided.
    `require_direct` reports a flip only when the state's own ties show it (see
    CampFlip); without them it merely moved with its neighbours.
    `filters.sectors` says who acts for a state (default `STATE_SECTORS`):
    a tie is what two states do to each other, not what their protesters,
    opposition, rebels, companies or media do.
    """

    period: Period = "year"
    actors: tuple[str, ...] | None = None
    include_organisations: bool = False
    exact_max: int = 25
    time_limit: float = 10.0
    anchor: str | None = None
    evidence: int = 3
    seed: int = 0
    require_direct: bool = True
    filters: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class CampPeriod:
    """One period's camps: each actor's camp (0 or 1) and the frustration index.

    `index` is frustration divided by the total tie weight: 0 for a perfectly
    balanced network, higher the more ties contradict the camps. `left_out`
    counts the period's events between the network's actors not counted
    because a side was not the state (see `EventFilter.sectors`).
    """

    period: str
    camps: tuple[tuple[str, int], ...]
    edges: tuple[SignedEdge, ...]
    frustration: float
    index: float
    method: Method
    optimal: bool
    left_out: int = 0

    def members(self, camp: int) -> tuple[str, ...]:
        """The actors in `camp`."""
        return tuple(a for a, c in self.camps if c == camp)


@dataclass(frozen=True, slots=True)
class CampFlip:
    """A state in a different camp than where it was last seen.

    `left` are former camp-mates that stayed in the old camp and with which its
    net tie is now negative; `joined` are states already in its new camp when
    last seen with which its net tie is positive. `evidence` holds the events
    behind those ties, strongest first.
    """

    period: str
    actor: str
    from_camp: int
    to_camp: int
    last_seen: str
    left: tuple[str, ...]
    joined: tuple[str, ...]
    evidence: tuple[EventRef, ...]

    def to_dict(self) -> dict[str, Any]:
        """The flip as a plain dict."""
        return {
            "period": self.period,
            "actor": self.actor,
            "from_camp": self.from_camp,
            "to_camp": self.to_camp,
            "last_seen": self.last_seen,
            "left": list(self.left),
            "joined": list(self.joined),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class CampAnalysis:
    """Camps per period and the flips between them.

    `left_out` counts the events between the network's actors over the whole
    span not counted because a side was not the state.
    """

    periods: tuple[CampPeriod, ...]
    flips: tuple[CampFlip, ...]
    left_out: int = 0

    def to_frame(self) -> pd.DataFrame:
        """One row per (period, actor): period, actor, camp."""
        rows = [
            {"period": p.period, "actor": a, "camp": c}
            for p in self.periods
            for a, c in p.camps
        ]
        return pd.DataFrame(rows, columns=["period", "actor", "camp"])

    def frustration_frame(self) -> pd.DataFrame:
        """One row per period: actors, edges, frustration, index, method, optimal."""
        rows = [
            {
                "period": p.period,
                "actors": len(p.camps),
                "edges": len(p.edges),
                "frustration": p.frustration,
                "index": p.index,
                "method": p.method,
                "optimal": p.optimal,
            }
            for p in self.periods
        ]
        columns = ["period", "actors", "edges", "frustration", "index"]
        return pd.DataFrame(rows, columns=[*columns, "method", "optimal"])

    def to_dict(self) -> dict[str, Any]:
        """Camps (actor -> camp) and frustration per period, and the flips."""
        periods = []
        for p in self.periods:
            period = to_plain(p)
            period["camps"] = dict(p.camps)
            periods.append(period)
        return {
            "periods": periods,
            "flips": [f.to_dict() for f in self.flips],
            "left_out": self.left_out,
        }


def signed_network(frame: pd.DataFrame) -> list[SignedEdge]:
    """The signed ties among the actors of `frame` (rows of `event_frame`).

    Events with a missing side or an actor acting on itself are ignored; a pair
    whose net is exactly zero has no tie.
    """
    rows = frame[frame["source"].notna() & frame["target"].notna()]
    rows = rows[rows["source"] != rows["target"]]
    net: dict[tuple[str, str], float] = {}
    volume: dict[tuple[str, str], float] = {}
    for s, t, c, g in zip(
        rows["source"],
        rows["target"],
        rows["confidence"],
        rows["goldstein"],
        strict=True,
    ):
        key = (s, t) if s < t else (t, s)
        net[key] = net.get(key, 0.0) + float(c) * float(g)
        volume[key] = volume.get(key, 0.0) + float(c)
    return [
        SignedEdge(a, b, 1 if n > 0 else -1, volume[(a, b)], n)
        for (a, b), n in sorted(net.items())
        if n != 0 and volume[(a, b)] > 0
    ]


def frustration(camps: dict[str, int], edges: Sequence[SignedEdge]) -> float:
    """Weight of positive ties across camps plus negative ties within a camp."""
    return float(
        sum(e.weight for e in edges if (camps[e.a] == camps[e.b]) != (e.sign > 0))
    )


def split_camps(
    actors: Sequence[str],
    edges: Sequence[SignedEdge],
    *,
    exact_max: int = 25,
    time_limit: float = 10.0,
    seed: int = 0,
) -> CampSplit:
    """Split actors into two camps with minimum frustration.

    Each connected component is solved on its own (frustration adds up over
    components): exactly by mixed-integer programming (SciPy's HiGHS) up to
    `exact_max` actors, otherwise by spectral start and greedy local search.

    Args:
        actors: the actors (actors without ties go to camp 0).
        edges: the signed ties among them.
        exact_max: the largest component solved exactly.
        time_limit: seconds the solver may spend per component.
        seed: seed of the heuristic's random restarts.

    Returns:
        The camps (0/1 per actor, each component's labels still arbitrary),
        their frustration and how they were found.
    """
    camps: dict[str, int] = {a: 0 for a in actors}
    method: Method = "exact"
    optimal = True
    for nodes, part in _components(actors, edges):
        if len(nodes) == 1:
            continue
        if len(nodes) <= exact_max:
            labels, proved = _exact(nodes, part, time_limit)
            if labels is None:
                labels, proved = _heuristic(nodes, part, seed), False
                method = "heuristic"
        else:
            labels, proved, method = _heuristic(nodes, part, seed), False, "heuristic"
        optimal = optimal and proved
        camps.update(labels)
    return CampSplit(camps, frustration(camps, edges), method, optimal)


def _components(
    actors: Sequence[str], edges: Sequence[SignedEdge]
) -> list[tuple[list[str], list[SignedEdge]]]:
    parent = {a: a for a in actors}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for e in edges:
        parent[root(e.a)] = root(e.b)
    groups: dict[str, list[str]] = {}
    for a in actors:
        groups.setdefault(root(a), []).append(a)
    return [
        (sorted(nodes), [e for e in edges if root(e.a) == r])
        for r, nodes in sorted(groups.items(), key=lambda kv: min(kv[1]))
    ]


def _exact(
    nodes: list[str], edges: list[SignedEdge], time_limit: float
) -> tuple[dict[str, int] | None, bool]:
    # Variables: x_i (camp of actor i), then d_e = 1 when tie e is frustrated.
    n, m = len(nodes), len(edges)
    index = {a: i for i, a in enumerate(nodes)}
    rows = np.zeros((2 * m, n + m))
    upper = np.zeros(2 * m)
    for k, e in enumerate(edges):
        i, j, d = index[e.a], index[e.b], n + k
        if e.sign > 0:  # frustrated when x_i != x_j: d >= x_i - x_j, d >= x_j - x_i
            rows[2 * k, [i, j, d]] = (1, -1, -1)
            rows[2 * k + 1, [i, j, d]] = (-1, 1, -1)
        else:  # frustrated when x_i == x_j: d >= 1 - x_i - x_j, d >= x_i + x_j - 1
            rows[2 * k, [i, j, d]] = (-1, -1, -1)
            upper[2 * k] = -1
            rows[2 * k + 1, [i, j, d]] = (1, 1, -1)
            upper[2 * k + 1] = 1
    cost = np.concatenate([np.zeros(n), [e.weight for e in edges]])
    high = np.ones(n + m)
    high[0] = 0  # the first actor in camp 0: the mirror split is the same split
    result = milp(
        cost,
        constraints=LinearConstraint(rows, -np.inf, upper),
        integrality=np.ones(n + m),
        bounds=Bounds(np.zeros(n + m), high),
        options={"time_limit": time_limit},
    )
    if result.x is None:
        return None, False
    labels = {a: int(round(result.x[index[a]])) for a in nodes}
    return labels, result.status == 0


def _heuristic(nodes: list[str], edges: list[SignedEdge], seed: int) -> dict[str, int]:
    n = len(nodes)
    index = {a: i for i, a in enumerate(nodes)}
    signed = np.zeros((n, n))
    for e in edges:
        i, j = index[e.a], index[e.b]
        signed[i, j] = signed[j, i] = e.sign * e.weight
    _, vectors = np.linalg.eigh(signed)
    starts = [(vectors[:, -1] < 0).astype(int)]
    rng = np.random.default_rng(seed)
    starts += [rng.integers(0, 2, n) for _ in range(20)]
    best, best_cost = starts[0], np.inf
    for start in starts:
        labels = _local_search(signed, start.copy())
        spin = 1 - 2 * labels
        cost = _spin_cost(signed, spin)
        if cost < best_cost - 1e-12:
            best, best_cost = labels, cost
    if best[0] == 1:
        best = 1 - best
    return {a: int(best[index[a]]) for a in nodes}


def _spin_cost(signed: np.ndarray, spin: np.ndarray) -> float:
    # Frustration = sum over ties of w * [s_i s_j sign < 0] = (W - s'As / 2) / 2
    # with W the total tie weight, counting each tie once.
    total = np.abs(signed).sum() / 2
    return float((total - spin @ signed @ spin / 2) / 2)


def _local_search(signed: np.ndarray, labels: np.ndarray) -> np.ndarray:
    spin = 1 - 2 * labels
    while True:
        # Flipping i changes the cost by s_i * (A s)_i: flip the most negative.
        gain = spin * (signed @ spin)
        i = int(np.argmin(gain))
        if gain[i] >= -1e-12:
            return (1 - spin) // 2
        spin[i] = -spin[i]


def find_camps(
    events: EventSource,
    kb: KnowledgeBase,
    *,
    options: CampOptions | None = None,
) -> CampAnalysis:
    """Split each period's signed network into camps and report camp flips.

    Labels are aligned over time: each connected component's split is oriented
    so that the fewest actors change camp from the last one they were seen in
    (ties: the least cumulative tie volume changes, so established hubs hold
    their camp), and a flip is a state whose camp differs from its last one.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list).
        kb: the knowledge base (tells states from organisations).
        options: period, actor set, solver limits, anchor, evidence, filters.

    Returns:
        The camps of every period with ties, and every flip with evidence.
    """
    options = options or CampOptions()
    # Every sector first, so the events the sector rule leaves out are counted.
    frame = event_frame(events, filters=replace(options.filters, sectors=None))
    keep = frame["source"].notna() & frame["target"].notna()
    for side in ("source", "target"):
        allowed = frame[side].isin(kb.states)
        if options.include_organisations:
            allowed |= frame[side].isin(kb.organisations)
        if options.actors is not None:
            allowed &= frame[side].isin(options.actors)
        keep &= allowed
    frame = frame[keep & (frame["source"] != frame["target"])].copy()
    frame["period"] = period_labels(frame["date"], options.period)
    by_state = state_acts(frame, options.filters.sectors)
    left_out = frame.loc[~by_state, "period"].value_counts()
    frame = frame[by_state]
    memory: dict[str, tuple[int, str]] = {}  # actor -> (last camp, period seen)
    volume: dict[str, float] = {}  # cumulative tie weight, for alignment
    periods: list[CampPeriod] = []
    flips: list[CampFlip] = []
    for label in sorted(frame["period"].unique()):
        here = frame[frame["period"] == label]
        edges = signed_network(here)
        if not edges:
            continue
        actors = sorted({e.a for e in edges} | {e.b for e in edges})
        for e in edges:
            for a in (e.a, e.b):
                volume[a] = volume.get(a, 0.0) + e.weight
        split = split_camps(
            actors,
            edges,
            exact_max=options.exact_max,
            time_limit=options.time_limit,
            seed=options.seed,
        )
        camps = _align(split.camps, edges, memory, volume, options.anchor)
        total = sum(e.weight for e in edges)
        periods.append(
            CampPeriod(
                label,
                tuple(sorted(camps.items())),
                tuple(edges),
                split.frustration,
                split.frustration / total if total else 0.0,
                split.method,
                split.optimal,
                int(left_out.get(label, 0)),
            )
        )
        for actor in actors:
            if actor in memory and memory[actor][0] != camps[actor]:
                flip = _flip(label, actor, camps, edges, memory, here, options)
                if flip is not None:
                    flips.append(flip)
        for actor in actors:
            memory[actor] = (camps[actor], label)
    return CampAnalysis(tuple(periods), tuple(flips), int(left_out.sum()))


def _align(
    camps: dict[str, int],
    edges: Sequence[SignedEdge],
    memory: dict[str, tuple[int, str]],
    volume: dict[str, float],
    anchor: str | None,
) -> dict[str, int]:
    out: dict[str, int] = {}
    for nodes, _ in _components(list(camps), edges):
        # Fewest label switches first (the brief of issue 5), then the least
        # tie volume switched, then the anchor or the biggest actor decides.
        known = [a for a in nodes if a in memory]
        stay = [a for a in known if memory[a][0] == camps[a]]
        move = [a for a in known if memory[a][0] != camps[a]]
        keep = (len(stay), sum(volume.get(a, 0.0) for a in stay))
        swap = (len(move), sum(volume.get(a, 0.0) for a in move))
        if keep == swap:
            decider = (
                anchor
                if anchor in nodes
                else min(nodes, key=lambda a: (-volume.get(a, 0.0), a))
            )
            wanted = memory[decider][0] if decider in memory else 0
            flip = camps[decider] != wanted
        else:
            flip = swap > keep
        for a in nodes:
            out[a] = 1 - camps[a] if flip else camps[a]
    return out


def _flip(
    label: str,
    actor: str,
    camps: dict[str, int],
    edges: Sequence[SignedEdge],
    memory: dict[str, tuple[int, str]],
    here: pd.DataFrame,
    options: CampOptions,
) -> CampFlip | None:
    old, seen = memory[actor]
    new = camps[actor]
    left, joined = [], []
    for e in edges:
        if actor not in (e.a, e.b):
            continue
        other = e.b if e.a == actor else e.a
        before = memory.get(other, (None, ""))[0]
        if e.sign < 0 and before == old and camps[other] == old:
            left.append(other)  # a former camp-mate that stayed, now hostile
        elif e.sign > 0 and before == new and camps[other] == new:
            joined.append(other)  # a friend on the other side, already there before
    if options.require_direct and not left and not joined:
        return None  # it only moved with its neighbours: they tell the story
    mine = here[(here["source"] == actor) | (here["target"] == actor)]
    other_side = mine["target"].where(mine["source"] == actor, mine["source"])
    score = mine["confidence"] * mine["goldstein"]
    telling = (other_side.isin(left) & (score < 0)) | (
        other_side.isin(joined) & (score > 0)
    )
    strongest = score[telling].abs().sort_values(ascending=False, kind="stable")
    evidence = tuple(
        EventRef.from_row(r)
        for r in here.loc[strongest.index[: options.evidence]].itertuples(index=False)
    )
    return CampFlip(
        label,
        actor,
        old,
        new,
        seen,
        tuple(sorted(left)),
        tuple(sorted(joined)),
        evidence,
    )
