"""Change points in a series: PELT, binary segmentation and Bayesian online detection."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

import numpy as np
import ruptures as rpt
from ruptures.base import BaseCost

from ..errors import ConfigError

__all__ = [
    "METHODS",
    "ChangePoint",
    "DetectorSettings",
    "Direction",
    "detect",
    "detect_binseg",
    "detect_bocpd",
    "detect_pelt",
    "noise_scale",
    "run_length_posterior",
]

Direction = Literal["up", "down"]
METHODS: tuple[str, ...] = ("pelt", "binseg", "bocpd")
_EXACT = 500  # longest series PELT and binary segmentation search at every point


@dataclass(frozen=True, slots=True)
class ChangePoint:
    """A shift in a series' mean: the new level starts at `index` (`date`).

    `before`/`after` are the means of the segments either side (bounded by the
    method's neighbouring change points), `magnitude` is after minus before and
    `direction` its sign. `confidence` is in [0, 1]: for PELT and binary
    segmentation one minus a permutation p-value of the shift, for BOCPD the
    posterior probability that a new segment started here (give or take
    `DetectorSettings.spread` periods) given the data that followed.
    """

    index: int
    date: dt.date
    direction: Direction
    magnitude: float
    before: float
    after: float
    confidence: float
    method: str

    def to_dict(self) -> dict[str, Any]:
        """The change point as a plain dict (date as an ISO string)."""
        out = asdict(self)
        out["date"] = self.date.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class DetectorSettings:
    """Options of the three detectors (defaults documented in docs/analytics.md).

    `penalty` is PELT's and binary segmentation's cost per change point in
    units of the noise variance times log(n) (2 would be the BIC/SIC penalty;
    3 keeps false alarms on flat noise under 2%, see docs/analytics.md).
    `min_size` is the shortest segment. `permutations` and `seed` drive the
    permutation test behind their confidence. `hazard` is BOCPD's prior
    probability of a change at each step (1/expected segment length), `lag` how
    many later observations it may see before scoring a change, `spread` how
    many steps either side of a start count as the same change, `threshold` the
    posterior probability a BOCPD change point needs. `prior_scale` sets the
    prior variance of a segment mean, as a multiple of the series' variance.
    """

    penalty: float = 3.0
    min_size: int = 2
    permutations: int = 199
    seed: int = 0
    hazard: float = 1 / 100
    lag: int = 8
    spread: int = 2
    threshold: float = 0.7
    prior_scale: float = 1.0

    def __post_init__(self) -> None:
        if min(self.min_size, self.lag, self.permutations) < 1 or self.spread < 0:
            raise ConfigError(
                "min_size, lag and permutations must be at least 1, spread at least 0."
            )
        if not 0.0 < self.hazard < 1.0:
            raise ConfigError(
                f"hazard must be between 0 and 1 (1 / expected segment length), got {self.hazard}."
            )
        if self.penalty <= 0 or self.prior_scale <= 0:
            raise ConfigError("penalty and prior_scale must be positive.")


def noise_scale(values: np.ndarray) -> float:
    """The noise standard deviation of a series: std of first differences / sqrt 2.

    Differencing removes the level, so shifts in the mean barely inflate it
    (one jump adds its square over n). A median-based (MAD) estimate would be
    more robust to outliers but collapses to zero on sparse event series, where
    most periods hold the same value.
    """
    if len(values) < 3:
        return 0.0
    return float(np.std(np.diff(values)) / math.sqrt(2))


def _segment_gains(x: np.ndarray, min_size: int) -> np.ndarray:
    """Cost drop (sum of squares) of splitting each row of `x` at each point.

    Column j is the split before element j; splits leaving a part shorter than
    `min_size` get -inf.
    """
    m = x.shape[-1]
    cum = np.cumsum(x, axis=-1)
    total = cum[..., -1:]
    j = np.arange(1, m)
    left = cum[..., :-1]
    gains = left**2 / j + (total - left) ** 2 / (m - j) - total**2 / m
    out = np.full(x.shape, -np.inf)
    ok = (j >= min_size) & (m - j >= min_size)
    out[..., 1:] = np.where(ok, gains, -np.inf)
    return out


def _permutation_confidence(
    segment: np.ndarray, split: int, settings: DetectorSettings
) -> float:
    observed = _segment_gains(segment, settings.min_size)[split]
    rng = np.random.default_rng(settings.seed)
    shuffled = rng.permuted(
        np.broadcast_to(segment, (settings.permutations, len(segment))), axis=1
    )
    null = _segment_gains(shuffled, settings.min_size).max(axis=1)
    p_value = (1 + int(np.sum(null >= observed - 1e-12))) / (settings.permutations + 1)
    return 1.0 - p_value


def _points(
    values: np.ndarray,
    dates: Sequence[dt.date],
    breaks: Sequence[int],
    confidences: Sequence[float],
    method: str,
) -> list[ChangePoint]:
    bounds = [0, *breaks, len(values)]
    out = []
    for i, k in enumerate(breaks):
        before = float(values[bounds[i] : k].mean())
        after = float(values[k : bounds[i + 2]].mean())
        out.append(
            ChangePoint(
                index=k,
                date=dates[k],
                direction="up" if after > before else "down",
                magnitude=after - before,
                before=before,
                after=after,
                confidence=float(confidences[i]),
                method=method,
            )
        )
    return out


class _PrefixL2(BaseCost):  # type: ignore[misc]  # ruptures ships no type hints
    """ruptures' L2 cost from prefix sums: O(1) per segment instead of O(length).

    Not a dataclass: ruptures' cost interface (fit, error, model, min_size).
    """

    model = "l2"

    def __init__(self) -> None:
        self.min_size = 1
        self.signal = np.zeros((0, 1))  # ruptures reads its shape
        self.sums = np.zeros(1)
        self.squares = np.zeros(1)

    def fit(self, signal: np.ndarray) -> _PrefixL2:
        flat = np.asarray(signal, dtype="float64").reshape(-1)
        self.signal = flat.reshape(-1, 1)
        self.sums = np.concatenate([[0.0], np.cumsum(flat)])
        self.squares = np.concatenate([[0.0], np.cumsum(flat**2)])
        return self

    def error(self, start: int, end: int) -> float:
        total = self.sums[end] - self.sums[start]
        return float(self.squares[end] - self.squares[start] - total**2 / (end - start))


def _ruptures(
    values: np.ndarray,
    dates: Sequence[dt.date],
    settings: DetectorSettings,
    method: Literal["pelt", "binseg"],
) -> list[ChangePoint]:
    sigma = noise_scale(values)
    if len(values) < 2 * settings.min_size or sigma == 0.0:
        return []
    pen = settings.penalty * sigma**2 * math.log(len(values))
    signal = values.reshape(-1, 1)
    cost = _PrefixL2()
    # ruptures' PELT is pure Python and near-quadratic on a series without
    # changes (9 s for 2,000 daily values): beyond `_EXACT` points, breaks are
    # sought on a grid of ceil(n / _EXACT), which keeps it under a second.
    jump = max(1, math.ceil(len(values) / _EXACT))
    if method == "pelt":
        algo = rpt.Pelt(custom_cost=cost, min_size=settings.min_size, jump=jump)
    else:
        algo = rpt.Binseg(custom_cost=cost, min_size=settings.min_size, jump=jump)
    breaks = [int(b) for b in algo.fit(signal).predict(pen=pen)[:-1]]
    bounds = [0, *breaks, len(values)]
    confidences = [
        _permutation_confidence(
            values[bounds[i] : bounds[i + 2]], k - bounds[i], settings
        )
        for i, k in enumerate(breaks)
    ]
    return _points(values, dates, breaks, confidences, method)


def detect_pelt(
    values: np.ndarray, dates: Sequence[dt.date], settings: DetectorSettings
) -> list[ChangePoint]:
    """Mean shifts found by PELT (Killick et al. 2012) with an L2 cost.

    The penalty is `settings.penalty` * sigma^2 * log(n), sigma from
    `noise_scale`. Series longer than 500 values are searched on a grid of
    ceil(n / 500) points. Confidence: one minus the permutation p-value of the split,
    testing the largest split gain of the shuffled segment between the
    neighbouring change points against the observed gain.
    """
    return _ruptures(values, dates, settings, "pelt")


def detect_binseg(
    values: np.ndarray, dates: Sequence[dt.date], settings: DetectorSettings
) -> list[ChangePoint]:
    """Mean shifts found by binary segmentation, penalty and confidence as PELT."""
    return _ruptures(values, dates, settings, "binseg")


def _bocpd_steps(
    values: np.ndarray, *, hazard: float, mu0: float, var0: float, noise_var: float
) -> Iterator[np.ndarray]:
    """Yield, after each observation t, P(run length = l | x_0..x_t) for l = 1..t+1.

    A run of length l is a segment that started at t - l + 1 and holds x_t.
    Observations are Gaussian with known variance `noise_var` around a segment
    mean with conjugate prior N(mu0, var0) (Adams & MacKay 2007, section 2).
    """
    prefix = np.concatenate([[0.0], np.cumsum(values)])
    log_h, log_stay = math.log(hazard), math.log1p(-hazard)
    log_joint = np.zeros(0)  # log P(run length, x_0..x_{t-1})
    for t, x in enumerate(values):
        lengths = np.arange(len(log_joint), 0, -1)[::-1]  # 1..t, runs before x_t
        sums = prefix[t] - prefix[t - lengths]
        precision = 1.0 / var0 + lengths / noise_var
        mean = (mu0 / var0 + sums / noise_var) / precision
        grow = log_joint + log_stay + _log_normal(x, mean, 1.0 / precision + noise_var)
        fresh = (_logsumexp(log_joint) if t else 0.0) + (log_h if t else 0.0)
        fresh += _log_normal(x, np.array([mu0]), np.array([var0 + noise_var]))[0]
        log_joint = np.concatenate([[fresh], grow])
        yield np.exp(log_joint - _logsumexp(log_joint))


def _log_normal(x: float, mean: np.ndarray, var: np.ndarray) -> np.ndarray:
    out: np.ndarray = -0.5 * (np.log(2 * np.pi * var) + (x - mean) ** 2 / var)
    return out


def _logsumexp(a: np.ndarray) -> float:
    top = float(np.max(a))
    return top + math.log(float(np.sum(np.exp(a - top))))


def _bocpd_prior(values: np.ndarray, settings: DetectorSettings) -> dict[str, float]:
    noise_var = noise_scale(values) ** 2
    spread = max(float(np.var(values)), noise_var)
    return {
        "hazard": settings.hazard,
        "mu0": float(np.mean(values)),
        "var0": settings.prior_scale * spread,
        "noise_var": noise_var,
    }


def run_length_posterior(
    values: np.ndarray, settings: DetectorSettings | None = None
) -> np.ndarray:
    """BOCPD's run-length posterior: R[t, l - 1] = P(run length l | x_0..x_t).

    The prior mean is the series mean, the prior variance `prior_scale` times
    the series variance, the noise variance from `noise_scale`.
    """
    settings = settings or DetectorSettings()
    n = len(values)
    out = np.zeros((n, n))
    if noise_scale(values) == 0.0:
        return out
    for t, probs in enumerate(_bocpd_steps(values, **_bocpd_prior(values, settings))):
        out[t, : t + 1] = probs
    return out


def detect_bocpd(
    values: np.ndarray, dates: Sequence[dt.date], settings: DetectorSettings
) -> list[ChangePoint]:
    """Mean shifts found by Bayesian online change-point detection.

    The score of a change at k is the posterior probability, after `lag` more
    observations (fewer at the end of the series), that the current segment
    started within `spread` steps of k. Local maxima at or above `threshold` are
    change points, at least `min_size` (and 3) apart; the score is their
    confidence.
    """
    n = len(values)
    if n < 2 * settings.min_size or noise_scale(values) == 0.0:
        return []
    score = np.zeros(n)
    steps = _bocpd_steps(values, **_bocpd_prior(values, settings))
    for t, probs in enumerate(steps):
        for k in range(max(1, t - settings.lag), t + 1):
            seen = t - k  # observations after k
            if seen < settings.min_size - 1 or (seen < settings.lag and t < n - 1):
                continue
            # probs[i] is a run of i + 1 observations, begun at t - i: the
            # starts k + w .. k - w are i = seen - w .. seen + w; a start at 0
            # (i = t) is no change at all.
            w = settings.spread
            window = probs[max(0, seen - w) : min(seen + w + 1, t)]
            score[k] = min(1.0, float(window.sum()))
    breaks = _peaks(score, settings)
    return _points(values, dates, breaks, [score[k] for k in breaks], "bocpd")


def _peaks(score: np.ndarray, settings: DetectorSettings) -> list[int]:
    n = len(score)
    candidates = [
        k
        for k in range(settings.min_size, n - settings.min_size + 1)
        if score[k] >= settings.threshold
    ]
    # Scores of starts closer than 2 * spread + 1 share probability mass (each
    # sums the starts within `spread`): such peaks are one change.
    gap = max(settings.min_size, 2 * settings.spread + 1)
    chosen: list[int] = []
    for k in sorted(candidates, key=lambda i: (-score[i], i)):
        if all(abs(k - c) >= gap for c in chosen):
            chosen.append(k)
    return sorted(chosen)


_DETECTORS = {"pelt": detect_pelt, "binseg": detect_binseg, "bocpd": detect_bocpd}


def detect(
    values: Sequence[float] | np.ndarray,
    dates: Sequence[dt.date],
    *,
    methods: Sequence[str] = METHODS,
    settings: DetectorSettings | None = None,
) -> list[ChangePoint]:
    """Change points of a series by each of `methods`, by date then method.

    Args:
        values: the series, without missing values.
        dates: the date of each value.
        methods: any of "pelt", "binseg", "bocpd".
        settings: detector options.

    Returns:
        Every method's change points (a series shorter than two segments, or
        constant, has none).

    Raises:
        ConfigError: unknown method, NaN values, or lengths that differ.
    """
    settings = settings or DetectorSettings()
    signal = np.asarray(values, dtype="float64")
    if len(signal) != len(dates):
        raise ConfigError(
            f"{len(signal)} values but {len(dates)} dates: pass one date per value."
        )
    if np.isnan(signal).any():
        raise ConfigError(
            "The series has missing values; drop them first (e.g. series.dropna())."
        )
    unknown = [m for m in methods if m not in _DETECTORS]
    if unknown:
        raise ConfigError(
            f"Unknown method {', '.join(unknown)}; use any of {', '.join(METHODS)}."
        )
    found = [cp for m in methods for cp in _DETECTORS[m](signal, dates, settings)]
    return sorted(found, key=lambda cp: (cp.index, METHODS.index(cp.method)))
