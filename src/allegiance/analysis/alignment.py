"""Foreign-policy similarity: Signorino-Ritter S, Cohen's kappa and Scott's pi."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import ConfigError
from .frames import STATE_SECTORS

__all__ = [
    "Distance",
    "Metric",
    "Similarity",
    "cohen_kappa",
    "event_profiles",
    "s_score",
    "scott_pi",
    "similarity",
]

Metric = Literal["absolute", "squared"]
Distance = Literal["nominal", "linear", "quadratic"]
ArrayLike = npt.ArrayLike
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Similarity:
    """How alike two states' positions are, by three measures over `n` entries.

    `s` is Signorino and Ritter's S (-1 to 1, 1 = identical positions);
    `kappa` (Cohen's) and `pi` (Scott's) correct agreement for chance as in
    Häge (2011): 1 = identical, 0 = no more alike than chance, below 0 less
    alike. Both are NaN when chance explains everything (two identical constant
    vectors: nothing to correct).
    """

    s: float
    kappa: float
    pi: float
    n: int


def _vectors(
    a: ArrayLike, b: ArrayLike, weights: ArrayLike | None
) -> tuple[Floats, Floats, Floats]:
    """Validated float vectors and weights normalised to sum to one."""
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1:
        raise ConfigError(
            f"Positions must be 1-D vectors (one entry per partner); got shapes "
            f"{x.shape} and {y.shape}. Compare one pair of states at a time."
        )
    if x.shape != y.shape:
        raise ConfigError(
            f"The two position vectors differ in length ({x.size} and {y.size}); "
            "build both over the same list of partners."
        )
    if x.size == 0:
        raise ConfigError(
            "The position vectors are empty; there is nothing to compare."
        )
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ConfigError(
            "The position vectors hold NaN or infinite values; fill missing "
            "relations (e.g. 0 for no tie) before comparing."
        )
    if weights is None:
        w = np.full(x.size, 1.0 / x.size)
    else:
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != x.shape:
            raise ConfigError(
                f"{w.size} weights for {x.size} entries; give one weight per partner."
            )
        if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
            raise ConfigError(
                "Weights must be finite, non-negative and not all zero (e.g. "
                "capability shares, or None for equal weights)."
            )
        w = w / w.sum()
    return x, y, w


def _delta(u: Floats, v: Floats, distance: Distance) -> Floats:
    """The disagreement between values: 0/1, absolute or squared difference."""
    if distance == "nominal":
        out: Floats = (u != v).astype(np.float64)
    elif distance == "linear":
        out = np.abs(u - v)
    elif distance == "quadratic":
        out = (u - v) ** 2
    else:
        raise ConfigError(
            f"Unknown distance {distance!r}; use 'nominal', 'linear' or 'quadratic'."
        )
    return out


def s_score(
    a: ArrayLike,
    b: ArrayLike,
    *,
    d_max: float,
    weights: ArrayLike | None = None,
    metric: Metric = "absolute",
) -> float:
    """Signorino and Ritter's S: one minus twice the weighted mean distance over its maximum.

    S = 1 - 2 * sum_k w_k d(a_k, b_k) / (sum_k w_k * D), with d(a, b) = |a - b|
    and D = d_max for the absolute metric, or d = (a - b)^2 and D = d_max^2 for
    the squared one. `d_max` is the widest possible difference on the coding
    scale (3 for alliance portfolios coded 0-3), not the widest one observed.

    Args:
        a: Positions of the first state, one per partner.
        b: Positions of the second state, over the same partners.
        d_max: The largest difference the scale allows.
        weights: One non-negative weight per partner (e.g. capability shares);
            None weighs partners equally.
        metric: "absolute" (Signorino and Ritter's default) or "squared".

    Returns:
        S in [-1, 1].

    Raises:
        ConfigError: vectors of different lengths, non-finite values, bad weights,
            a non-positive `d_max`, or a difference wider than `d_max`.
    """
    x, y, w = _vectors(a, b, weights)
    if not (np.isfinite(d_max) and d_max > 0):
        raise ConfigError(f"d_max must be a positive number; got {d_max!r}.")
    widest = float(np.abs(x - y).max())
    if widest > d_max * (1 + 1e-12):
        raise ConfigError(
            f"A difference of {widest:g} exceeds d_max={d_max:g}; pass the full "
            "range of the coding scale as d_max."
        )
    if metric == "absolute":
        d, top = float(w @ np.abs(x - y)), d_max
    elif metric == "squared":
        d, top = float(w @ (x - y) ** 2), d_max**2
    else:
        raise ConfigError(f"Unknown metric {metric!r}; use 'absolute' or 'squared'.")
    return 1.0 - 2.0 * d / top


def _chance_corrected(
    x: Floats, y: Floats, w: Floats, distance: Distance, pooled: bool
) -> float:
    observed = float(w @ _delta(x, y, distance))
    if pooled:  # Scott: both states draw from their common distribution
        values = np.concatenate([x, y])
        mass = np.concatenate([w, w]) / 2.0
        x_vals, x_mass, y_vals, y_mass = values, mass, values, mass
    else:  # Cohen: each state draws from its own distribution
        x_vals, x_mass, y_vals, y_mass = x, w, y, w
    if distance == "quadratic":
        # E[(X - Y)^2] = var X + var Y + (mean X - mean Y)^2 for independent X, Y.
        mx, my = float(x_mass @ x_vals), float(y_mass @ y_vals)
        expected = (
            float(x_mass @ (x_vals - mx) ** 2)
            + float(y_mass @ (y_vals - my) ** 2)
            + (mx - my) ** 2
        )
    else:  # over the distinct values, so an n x n matrix is never built for 0-3 codes
        ux, ix = np.unique(x_vals, return_inverse=True)
        uy, iy = np.unique(y_vals, return_inverse=True)
        px = np.bincount(ix, weights=x_mass, minlength=ux.size)
        py = np.bincount(iy, weights=y_mass, minlength=uy.size)
        expected = float(px @ _delta(ux[:, None], uy[None, :], distance) @ py)
    if expected <= 1e-15:
        return float("nan")
    return 1.0 - observed / expected


def cohen_kappa(
    a: ArrayLike,
    b: ArrayLike,
    *,
    weights: ArrayLike | None = None,
    distance: Distance = "nominal",
) -> float:
    """Cohen's kappa: agreement beyond what each state's own distribution of positions predicts.

    kappa = 1 - D_o / D_e with D_o = sum_k w_k d(a_k, b_k) and
    D_e = sum_u sum_v p_a(u) p_b(v) d(u, v), where p_a and p_b are each state's
    (weighted) distribution of positions. With the nominal distance this is
    (p_o - p_e) / (1 - p_e); "linear" and "quadratic" give the weighted kappa of
    ordinal or interval codes (Häge 2011).

    Args:
        a: Positions of the first state, one per partner.
        b: Positions of the second state, over the same partners.
        weights: One non-negative weight per partner; None weighs them equally.
        distance: "nominal" (0/1), "linear" (|u - v|) or "quadratic" ((u - v)^2).

    Returns:
        kappa (1 = identical), or NaN when chance agreement is complete.

    Raises:
        ConfigError: invalid vectors, weights or distance.
    """
    x, y, w = _vectors(a, b, weights)
    return _chance_corrected(x, y, w, distance, pooled=False)


def scott_pi(
    a: ArrayLike,
    b: ArrayLike,
    *,
    weights: ArrayLike | None = None,
    distance: Distance = "nominal",
) -> float:
    """Scott's pi: like Cohen's kappa, with chance from the two states' pooled positions.

    D_e = sum_u sum_v p(u) p(v) d(u, v) with p = (p_a + p_b) / 2, so a state that
    forms many more ties than the other is not credited for the difference.

    Args:
        a: Positions of the first state, one per partner.
        b: Positions of the second state, over the same partners.
        weights: One non-negative weight per partner; None weighs them equally.
        distance: "nominal", "linear" or "quadratic".

    Returns:
        pi (1 = identical), or NaN when chance agreement is complete.

    Raises:
        ConfigError: invalid vectors, weights or distance.
    """
    x, y, w = _vectors(a, b, weights)
    return _chance_corrected(x, y, w, distance, pooled=True)


def similarity(
    a: ArrayLike,
    b: ArrayLike,
    *,
    d_max: float,
    weights: ArrayLike | None = None,
    metric: Metric = "absolute",
    distance: Distance = "quadratic",
) -> Similarity:
    """S, kappa and pi of two position vectors at once.

    Args:
        a: Positions of the first state, one per partner.
        b: Positions of the second state, over the same partners.
        d_max: The largest difference the scale allows (for S).
        weights: One non-negative weight per partner; None weighs them equally.
        metric: S's distance, "absolute" or "squared".
        distance: kappa's and pi's distance; "quadratic" for ordinal portfolios.

    Returns:
        The three measures and the number of entries compared.

    Raises:
        ConfigError: invalid vectors, weights, d_max, metric or distance.
    """
    return Similarity(
        s=s_score(a, b, d_max=d_max, weights=weights, metric=metric),
        kappa=cohen_kappa(a, b, weights=weights, distance=distance),
        pi=scott_pi(a, b, weights=weights, distance=distance),
        n=int(np.asarray(a).size),
    )


def event_profiles(
    events: pa.Table,
    actors: Sequence[str],
    partners: Sequence[str],
    *,
    value: str = "goldstein",
    direction: Literal["out", "in", "both"] = "both",
    fill: float = 0.0,
    self_value: float | None = None,
    sectors: Sequence[str] | None = STATE_SECTORS,
) -> Floats:
    """Each actor's mean relation with each partner, from a table of events.

    Args:
        events: Events with `source`, `target` and the `value` column (as from
            `Store.events_table`).
        actors: The states whose profiles to build (rows).
        partners: The states every profile runs over (columns), the same for all.
        value: The numeric column averaged (Goldstein by default, -10 to 10).
        direction: "out" uses what the actor did to the partner, "in" what the
            partner did to it, "both" either.
        fill: The entry where an actor and a partner have no event (0: neutral).
        self_value: The entry for an actor with itself; None leaves it to the
            events (usually none, so `fill`). For S over Goldstein profiles use
            10, the most cooperative relation, as portfolios count self as 3.
        sectors: The sectors in which an actor acts for its state (default
            `STATE_SECTORS`): an event with another sector on either side
            (`source_sector`, `target_sector`; protesters, opposition, rebels,
            companies, media) is not the state's position and is skipped. A
            missing sector, or a table without sector columns, counts; None
            reads every event.

    Returns:
        An array of shape (len(actors), len(partners)).

    Raises:
        ConfigError: the table lacks `source`, `target` or `value`.
    """
    missing = {"source", "target", value} - set(events.column_names)
    if missing:
        raise ConfigError(
            f"The events table lacks {sorted(missing)}; pass Store.events_table()."
        )
    row = {a: i for i, a in enumerate(actors)}
    col = {p: j for j, p in enumerate(partners)}
    sums = np.zeros((len(actors), len(partners)))
    counts = np.zeros_like(sums)
    src = events.column("source").to_pylist()
    tgt = events.column("target").to_pylist()
    vals = pc.fill_null(events.column(value).cast(pa.float64()), np.nan).to_numpy(
        zero_copy_only=False
    )
    if sectors is not None:
        for side in ("source_sector", "target_sector"):
            if side in events.column_names:
                sector = events.column(side).to_pylist()
                vals = np.where(
                    [s is None or s in sectors for s in sector], vals, np.nan
                )
    pairs = []
    if direction in ("out", "both"):
        pairs.append((src, tgt))
    if direction in ("in", "both"):
        pairs.append((tgt, src))
    for own, other in pairs:
        for k, (actor, partner) in enumerate(zip(own, other, strict=True)):
            i, j = row.get(actor), col.get(partner)
            if i is not None and j is not None and np.isfinite(vals[k]):
                sums[i, j] += vals[k]
                counts[i, j] += 1
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(counts > 0, sums / np.maximum(counts, 1), fill)
    if self_value is not None:
        for actor, i in row.items():
            if actor in col:
                out[i, col[actor]] = self_value
    return out
