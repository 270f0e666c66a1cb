"""Acceptance: the founding article yields the events of issue 2, with evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline, make_article
from allegiance.records import Event

from .conftest import SEED, needs_shared

pytestmark = needs_shared(SEED)


@pytest.fixture(scope="module")
def events(pipeline: Pipeline) -> list[Event]:
    article = make_article(SEED.read_text("utf-8"), date=dt.date(2024, 2, 23))
    return list(pipeline.code_article(article).events)


def _find(events: list[Event], **want: object) -> list[Event]:
    return [e for e in events if all(getattr(e, k) == v for k, v in want.items())]


def test_armenia_freezes_csto_membership(events: list[Event]) -> None:
    [ev] = _find(events, source="ARM", target="CSTO", alliance_move="freeze")
    assert (
        ev.cameo.startswith("16")
        and ev.plover == "SANCTION"
        and ev.plover_mode == "withdraw"
    )
    assert ev.organisation == "CSTO" and not ev.negated and not ev.doubtful
    assert "freezing of its membership" in ev.evidence
    assert ev.date == dt.date(2024, 2, 23)


def test_lukashenko_disapproves_of_armenia(events: list[Event]) -> None:
    [ev] = _find(events, source="BLR", target="ARM", plover="ACCUSE")
    assert ev.cameo.startswith("11") and ev.source_sector == "GOV"
    assert ev.source_cameo == "BLRGOV"
    assert "Lukashenko" in ev.evidence and "dissatisfaction" in ev.trigger


def test_armenia_criticises_csto_for_failing_it(events: list[Event]) -> None:
    [ev] = _find(events, source="ARM", target="CSTO", plover="ACCUSE")
    assert ev.cameo.startswith("11")
    assert "has not provided support for Armenia" in ev.evidence
    # ...and the failure itself is kept, negated and reported by Armenia.
    [aid] = _find(events, source="CSTO", target="ARM", reported=True)
    assert aid.negated and aid.reported_by == "ARM"


def test_russia_seeks_consultation_with_armenia(events: list[Event]) -> None:
    [ev] = _find(events, source="RUS", target="ARM", plover="AGREE")
    assert ev.cameo.startswith("03")
    assert "bilateral channels" in ev.evidence


def test_armenia_draws_closer_to_us_and_france(events: list[Event]) -> None:
    for partner in ("USA", "FRA"):
        [ev] = _find(events, source="ARM", target=partner)
        assert ev.plover == "SUPPORT" and ev.quad_class == 1
        assert "increasingly close" in ev.evidence


def test_afghan_conflict_is_flagged_doubtful(events: list[Event]) -> None:
    afg = [e for e in events if "AFG" in (e.source, e.target)]
    assert afg, "the mistranslated conflict should be kept, flagged, not dropped"
    assert all(e.doubtful and e.confidence <= 0.3 for e in afg)
    assert "Azerbaijan" in (afg[0].doubt_reason or "")


def test_no_unflagged_conflict_with_afghanistan(events: list[Event]) -> None:
    assert not [e for e in events if "AFG" in (e.source, e.target) and not e.doubtful]
