"""A request governed by a passive verb ("was asked by X to ..."): the agent asks
the subject, for the requested act's event as for the verb's (guide §7.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..conftest import triples

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey was asked by Sweden to lift its veto.", ("SWE", "TUR")),
        ("Serbia was urged by the European Union to normalise relations with Kosovo.", ("EU", "SRB")),
        ("Israel was pressed by Washington to allow more aid.", ("USA", "ISR")),
    ],
)  # fmt: skip
def test_passive_requester_is_the_agent(code, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert {(s, t) for s, t, p in triples(code(text, date=DAY)) if p == "REQUEST"} == {
        pair
    }


def test_active_request_keeps_its_direction(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Sweden asked Turkey to lift its veto.", date=DAY)
    assert {(s, t) for s, t, p in triples(events) if p == "REQUEST"} == {("SWE", "TUR")}
