"""Signorino-Ritter S, Cohen's kappa and Scott's pi on hand-checked vectors."""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa
import pytest

from allegiance.analysis.alignment import (
    cohen_kappa,
    event_profiles,
    s_score,
    scott_pi,
    similarity,
)
from allegiance.errors import ConfigError

# The worked example of issue 5.
AI = (3, 3, 2, 2)
AJ = (2, 2, 3, 3)
W = (0.5, 0.3, 0.1, 0.1)


def test_worked_example_is_one_third_with_the_absolute_distance() -> None:
    # Every difference is 1: 1 - 2 * (1 / 3) = 1/3.
    assert s_score(AI, AJ, d_max=3, weights=W) == pytest.approx(1 / 3)
    assert round(s_score(AI, AJ, d_max=3, weights=W), 4) == 0.3333


def test_squared_distance_divides_by_d_max_squared() -> None:
    # 1 - 2 * (1 / 9): the squared metric does not give 0.3333 here.
    assert s_score(AI, AJ, d_max=3, weights=W, metric="squared") == pytest.approx(7 / 9)


def test_s_weights_matter_and_are_normalised() -> None:
    a, b = (0, 3, 0), (0, 0, 0)
    assert s_score(a, b, d_max=3) == pytest.approx(1 - 2 / 3)
    assert s_score(a, b, d_max=3, weights=(1, 0, 1)) == 1.0
    assert s_score(a, b, d_max=3, weights=(2, 2, 2)) == s_score(a, b, d_max=3)
    assert s_score((3, 0), (0, 3), d_max=3) == -1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"a": (1, 2), "b": (1, 2, 3), "d_max": 3}, "differ in length"),
        ({"a": (1, 9), "b": (1, 2), "d_max": 3}, "exceeds d_max"),
        ({"a": (1, 2), "b": (1, 2), "d_max": 0}, "positive"),
        ({"a": (1, float("nan")), "b": (1, 2), "d_max": 3}, "NaN"),
        ({"a": (), "b": (), "d_max": 3}, "empty"),
        ({"a": ((1, 2),), "b": ((1, 2),), "d_max": 3}, "1-D"),
        ({"a": (1, 2), "b": (1, 2), "d_max": 3, "weights": (1, -1)}, "non-negative"),
        ({"a": (1, 2), "b": (1, 2), "d_max": 3, "weights": (0, 0)}, "not all zero"),
        ({"a": (1, 2), "b": (1, 2), "d_max": 3, "weights": (1,)}, "one weight"),
        ({"a": (1, 2), "b": (1, 2), "d_max": 3, "metric": "cosine"}, "metric"),
    ],
)
def test_s_rejects_bad_input_with_a_clear_error(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        s_score(**kwargs)


def test_nominal_kappa_and_pi_match_their_textbook_formulas() -> None:
    a = np.array([1, 1, 1, 1, 2, 2, 3, 1, 1, 2])
    b = np.array([1, 1, 2, 1, 2, 3, 3, 1, 2, 2])
    p_o = np.mean(a == b)
    pa_, pb_ = ([np.mean(v == c) for c in (1, 2, 3)] for v in (a, b))
    p_e_cohen = sum(x * y for x, y in zip(pa_, pb_, strict=True))
    p_e_scott = sum(((x + y) / 2) ** 2 for x, y in zip(pa_, pb_, strict=True))
    assert cohen_kappa(a, b) == pytest.approx((p_o - p_e_cohen) / (1 - p_e_cohen))
    assert scott_pi(a, b) == pytest.approx((p_o - p_e_scott) / (1 - p_e_scott))


def test_quadratic_kappa_is_lins_concordance() -> None:
    rng = np.random.default_rng(7)
    a = rng.integers(0, 4, 50).astype(float)
    b = np.clip(a + rng.integers(-1, 2, 50), 0, 3)
    ccc = (
        2
        * np.mean((a - a.mean()) * (b - b.mean()))
        / (a.var() + b.var() + (a.mean() - b.mean()) ** 2)
    )
    assert cohen_kappa(a, b, distance="quadratic") == pytest.approx(ccc)
    # The linear weights go through the category table instead: check by brute force.
    d_o = np.mean(np.abs(a - b))
    d_e = np.mean(np.abs(a[:, None] - b[None, :]))
    assert cohen_kappa(a, b, distance="linear") == pytest.approx(1 - d_o / d_e)
    pooled = np.concatenate([a, b])
    d_e_pi = np.mean(np.abs(pooled[:, None] - pooled[None, :]))
    assert scott_pi(a, b, distance="linear") == pytest.approx(1 - d_o / d_e_pi)


def test_chance_correction_discounts_shared_absences() -> None:
    # Two states with one ally each and 18 common absences: S calls them alike,
    # kappa and pi (Häge 2011) do not.
    a = np.zeros(20)
    b = np.zeros(20)
    a[[0, 1]] = 3  # self and an ally
    b[[0, 2]] = 3
    result = similarity(a, b, d_max=3)
    assert result.s == pytest.approx(0.8)
    assert result.kappa < 0.5 and result.pi < 0.5
    assert result.n == 20


def test_identical_vectors_agree_fully_and_constant_ones_are_undefined() -> None:
    assert cohen_kappa((0, 1, 3), (0, 1, 3), distance="quadratic") == 1.0
    assert scott_pi((0, 1, 3), (0, 1, 3)) == 1.0
    assert math.isnan(cohen_kappa((2, 2, 2), (2, 2, 2)))
    with pytest.raises(ConfigError, match="distance"):
        cohen_kappa((1, 2), (1, 2), distance="cubic")  # type: ignore[arg-type]


def test_event_profiles_average_goldstein_per_partner() -> None:
    events = pa.table(
        {
            "source": ["ARM", "ARM", "RUS", "ARM", "USA"],
            "target": ["RUS", "RUS", "ARM", "USA", "ARM"],
            "goldstein": [-4.0, 2.0, 1.0, 3.0, None],
        }
    )
    partners = ["ARM", "RUS", "USA", "FRA"]
    out = event_profiles(events, ["ARM"], partners, direction="out", self_value=10)
    assert out.tolist() == [[10.0, -1.0, 3.0, 0.0]]
    both = event_profiles(events, ["ARM", "RUS"], partners)
    assert both[0].tolist() == [0.0, -1 / 3, 3.0, 0.0]
    assert both[1].tolist() == [-1 / 3, 0.0, 0.0, 0.0]
    incoming = event_profiles(events, ["ARM"], partners, direction="in", fill=-99)
    assert incoming.tolist() == [[-99, 1.0, -99, -99]]
    with pytest.raises(ConfigError, match="lacks"):
        event_profiles(events, ["ARM"], partners, value="tone")


def test_event_profiles_read_what_states_do() -> None:
    events = pa.table(
        {
            "source": ["ARM", "ARM", "ARM", "RUS"],
            "target": ["RUS", "RUS", "USA", "ARM"],
            "goldstein": [4.0, -6.5, 3.0, -2.0],
            "source_sector": ["GOV", "CVL", None, "GOV"],
            "target_sector": [None, "GOV", "BUS", "OPP"],
        }
    )
    partners = ["RUS", "USA"]
    assert event_profiles(events, ["ARM"], partners).tolist() == [[4.0, 0.0]]
    everything = event_profiles(events, ["ARM"], partners, sectors=None)
    assert everything.tolist() == [[-1.5, 3.0]]
