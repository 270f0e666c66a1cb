"""Dependency concentration (HHI), alignment beside it, and partner entropy."""

from __future__ import annotations

import copy
import datetime as dt
import math

import pytest

from allegiance.analysis.dependency import (
    DependencyOptions,
    dependencies_at,
    dependency_profile,
    diversification,
    entropy,
    hhi,
    kind_concentration,
)
from allegiance.analysis.frames import EventFilter
from allegiance.errors import ConfigError, KnowledgeBaseError
from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.model import Dependency

from .test_frames import event


def dep(
    provider: str,
    kind: str,
    share: float | None,
    start: str,
    end: str | None = None,
    dependent: str = "ARM",
) -> Dependency:
    return Dependency(
        dependent,
        provider,
        kind,
        share,
        None,
        "",
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
        f"{provider} {kind}",
        "test",
    )


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    """The real knowledge base with hand-built dependencies of Armenia."""
    custom = copy.copy(load_kb())
    custom.dependencies = [
        dep("RUS", "military_base", None, "1995-03-16"),
        dep("RUS", "arms_imports", 0.6, "2015-01-01", "2020-01-01"),
        dep("FRA", "arms_imports", 0.3, "2015-01-01", "2020-01-01"),
        dep("RUS", "arms_imports", 0.9, "2010-01-01", "2015-01-01"),
        dep("RUS", "energy_gas", 0.8, "2016-01-01", "2017-01-01"),
        dep("IRN", "energy_gas", None, "2007-03-19"),
        dep("USA", "military_base", None, "2001-01-01", "2005-01-01"),
    ]
    return custom


@pytest.mark.parametrize(
    ("shares", "expected"),
    [([1.0], 1.0), ([0.5, 0.5], 0.5), ([0.25] * 4, 0.25), ([0.5, 0.3, 0.2], 0.38)],
)
def test_hhi_of_known_shares(shares: list[float], expected: float) -> None:
    assert hhi(shares) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("weights", "bits"),
    [([5], 0.0), ([1, 1], 1.0), ([3, 3, 3, 3], 2.0), ([2, 1, 1], 1.5), ([1, 0], 0.0)],
)
def test_entropy_of_known_distributions(weights: list[float], bits: float) -> None:
    assert entropy(weights) == pytest.approx(bits)


def test_entropy_rejects_negative_weights() -> None:
    with pytest.raises(ConfigError):
        entropy([1, -1])


def test_shares_come_from_one_window_per_kind(kb: KnowledgeBase) -> None:
    links = dependencies_at(kb, "ARM", dt.date(2018, 6, 1))
    arms = sorted((x.provider, x.share) for x in links if x.kind == "arms_imports")
    assert arms == [("FRA", 0.3), ("RUS", 0.6)]  # not the 2010-2014 figure
    gas = {x.provider: x for x in links if x.kind == "energy_gas"}
    assert gas["RUS"].stale and gas["RUS"].share == 0.8  # 2016 figure carried forward
    assert gas["IRN"].share is None and not gas["IRN"].stale
    bases = [x.provider for x in links if x.kind == "military_base"]
    assert bases == ["RUS"]  # the US spell ended in 2005
    late = dependencies_at(kb, "ARM", dt.date(2024, 6, 1))
    assert {x.kind for x in late} == {"military_base", "energy_gas"}  # shares too old


def test_concentration_per_kind(kb: KnowledgeBase) -> None:
    links = dependencies_at(kb, "ARM", dt.date(2018, 6, 1))
    by_kind = {c.kind: c for c in kind_concentration(links)}
    arms = by_kind["arms_imports"]
    assert arms.hhi == pytest.approx(0.6**2 + 0.3**2)
    assert arms.coverage == pytest.approx(0.9) and arms.shares_known
    assert (arms.top, arms.top_share) == ("RUS", 0.6)
    gas = by_kind["energy_gas"]
    assert gas.hhi == pytest.approx(0.64) and gas.partners == 2  # IRN's share unknown
    base = by_kind["military_base"]
    assert base.hhi == 1.0 and not base.shares_known and base.coverage is None


def test_profile_shows_dependency_beside_alignment(kb: KnowledgeBase) -> None:
    events = [
        event("2018-01-10", "ARM", "RUS", -2.0, quad=3),
        event("2018-02-10", "RUS", "ARM", 4.0, quad=1),
        event("2018-03-10", "ARM", "USA", 4.0),
        event("2018-03-11", "USA", "ARM", 6.0, quad=2),
        event("2018-03-12", "ARM", "USA", 2.0),
        event("2016-01-01", "ARM", "USA", -9.0),  # outside the one-year window
    ]
    profile = dependency_profile(events, kb, "ARM", dt.date(2018, 6, 1))
    rows = {r.partner: r for r in profile.partners}
    assert list(rows) == ["RUS", "FRA", "IRN", "USA"]  # heaviest dependency first
    # RUS: base (1 of 1), arms 0.6, gas 0.8 -> (1 + 0.6 + 0.8) / 3
    assert rows["RUS"].weight == pytest.approx(2.4 / 3)
    assert rows["IRN"].weight == pytest.approx(0.2 / 3)  # the gas 0.8 leaves
    assert dict(rows["RUS"].shares) == {"arms_imports": 0.6, "energy_gas": 0.8}
    assert rows["RUS"].alignment == pytest.approx(1.0)
    assert rows["RUS"].cooperation == pytest.approx(0.5)
    assert rows["USA"].weight == 0.0 and rows["USA"].events == 3
    assert rows["USA"].alignment == pytest.approx(4.0)
    assert profile.combined_hhi == pytest.approx(
        sum(r.weight**2 for r in rows.values())
    )
    table = profile.to_frame()
    assert table.columns.tolist()[:3] == ["partner", "kinds", "weight"]
    assert "arms_imports=0.60" in table.loc[0, "kinds"]
    assert len(profile.links_frame()) == len(profile.links)


def test_alignment_beside_dependency_is_what_the_states_do(kb: KnowledgeBase) -> None:
    events = [
        event("2018-02-10", "RUS", "ARM", 4.0, source_sector="GOV"),
        event("2018-03-10", "ARM", "RUS", -6.5, source_sector="CVL"),  # a crowd
        event("2018-03-11", "RUS", "ARM", -4.0, target_sector="OPP"),
        event("2018-04-10", "ARM", "RUS", 2.0, source_sector="MIL"),
    ]
    profile = dependency_profile(events, kb, "ARM", dt.date(2018, 6, 1))
    rus = next(r for r in profile.partners if r.partner == "RUS")
    assert rus.alignment == pytest.approx(3.0)
    assert (rus.events, rus.left_out) == (2, 2)
    everyone = DependencyOptions(filters=EventFilter(sectors=None))
    profile = dependency_profile(
        events, kb, "ARM", dt.date(2018, 6, 1), options=everyone
    )
    rus = next(r for r in profile.partners if r.partner == "RUS")
    assert (rus.events, rus.left_out) == (4, 0)


def test_profile_of_an_unknown_state_says_so(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError):
        dependency_profile([], kb, "XXA", dt.date(2020, 1, 1))


def test_diversification_entropy_and_trend() -> None:
    events = [event(f"2019-0{m}-01", "ARM", "RUS", 3.0) for m in range(1, 5)]
    events += [
        event("2020-01-01", "ARM", "RUS", 3.0),
        event("2020-02-01", "RUS", "ARM", 3.0),
        event("2020-03-01", "USA", "ARM", 3.0),
        event("2020-04-01", "ARM", "USA", 3.0),
    ]
    events += [
        event("2021-01-01", "ARM", code, 3.0) for code in ("RUS", "USA", "FRA", "EU")
    ]
    events += [
        event("2021-05-01", "ARM", "AZE", -8.0),  # conflict: not cooperation
        event("2021-05-02", "ARM", None, 3.0),
    ]
    result = diversification(events, "ARM")
    frame = result.to_frame()
    assert frame["entropy"].tolist() == pytest.approx([0.0, 1.0, 2.0])
    assert frame["effective"].tolist() == pytest.approx([1.0, 2.0, 4.0])
    assert frame["evenness"].tolist()[1:] == pytest.approx([1.0, 1.0])
    assert math.isnan(frame["evenness"].iloc[0])
    assert result.slope == pytest.approx(1.0)
    assert result.points[0].top == "RUS" and result.points[0].top_share == 1.0
    states_only = diversification(
        events, "ARM", include_organisations=False, kb=load_kb()
    )
    assert states_only.points[-1].entropy == pytest.approx(math.log2(3))
    with pytest.raises(ConfigError):
        diversification(events, "ARM", include_organisations=False)
