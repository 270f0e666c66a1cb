"""The leaders table for the Americas beyond the G20 (Venezuela)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "day", "state"),
    [
        ("Maduro criticised Guyana.", dt.date(2023, 12, 5), "VEN"),
        ("Nicolas Maduro criticised Guyana.", dt.date(2015, 6, 1), "VEN"),
        ("Hugo Chavez criticised Colombia.", dt.date(2008, 3, 2), "VEN"),
    ],
)
def test_venezuelan_presidents_resolve_in_their_terms(
    pipeline: Pipeline, text: str, day: dt.date, state: str
) -> None:
    [event] = pipeline.code_text(text, date=day)
    assert (event.source, event.source_sector, event.plover) == (state, "GOV", "ACCUSE")


def test_maduro_before_his_term_is_not_the_president(pipeline: Pipeline) -> None:
    # In 2005 Maduro was a legislator, not head of state: no government actor.
    events = pipeline.code_text("Maduro criticised Guyana.", date=dt.date(2005, 1, 1))
    assert all(e.source_sector != "GOV" or e.source != "VEN" for e in events)


def test_every_term_has_a_source(pipeline: Pipeline) -> None:
    terms = [t for t in pipeline.kb.terms if t.country == "VEN"]
    assert {t.person_id for t in terms} >= {"hugo-chavez", "nicolas-maduro"}
    assert all(t.source for t in terms)
