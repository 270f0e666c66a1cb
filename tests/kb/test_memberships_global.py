"""Dated memberships of the universal and regional organisations whose moves
news reports (ICC, WHO, OIC, IGAD, ECCAS, ANDEAN, IAEA, OPCW, ...): a state
with no spell there cannot withdraw, freeze or be suspended."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.model import MEMBER_STATUSES


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _status(kb: KnowledgeBase, org: str, member: str, day: str) -> str | None:
    spell = kb.membership_at(org, member, dt.date.fromisoformat(day))
    return spell.status if spell else None


@pytest.mark.parametrize(
    ("org", "member", "day", "status"),
    [
        # Hungary: a party until its notice of 2025-06-02 takes effect a year on.
        ("ICC", "HUN", "2025-01-01", "member"),
        ("ICC", "HUN", "2026-06-01", "member"),
        ("ICC", "HUN", "2026-06-02", "withdrawn"),
        # The Statute enters into force for a late party on a first of the month.
        ("ICC", "UKR", "2024-12-31", None),
        ("ICC", "UKR", "2025-01-01", "member"),
        ("ICC", "PSE", "2015-04-01", "member"),
        ("ICC", "ARM", "2024-02-01", "member"),
        ("ICC", "BDI", "2017-10-27", "withdrawn"),
        ("ICC", "PHL", "2019-03-16", "member"),
        ("ICC", "PHL", "2019-03-17", "withdrawn"),
        # Non-parties have no spell at all.
        ("ICC", "USA", "2024-01-01", None),
        ("ICC", "RUS", "2024-01-01", None),
        ("ICC", "ISR", "2024-01-01", None),
        # The US notice of 2020 was retracted; the one of 2025 took effect.
        ("WHO", "USA", "2021-01-01", "member"),
        ("WHO", "USA", "2024-06-01", "member"),
        ("WHO", "USA", "2026-01-22", "withdrawn"),
        ("WHO", "ARG", "2026-03-17", "withdrawn"),
        ("WHO", "RUS", "2024-06-01", "member"),
        # Rwanda left ECCAS in 2007, came back, and left again on 2025-06-07.
        ("ECCAS", "RWA", "2023-06-01", "member"),
        ("ECCAS", "RWA", "2025-06-07", "withdrawn"),
        ("OIC", "SYR", "2013-01-01", "suspended"),
        ("OIC", "SYR", "2025-03-07", "member"),
        ("IGAD", "ERI", "2010-01-01", "suspended"),
        ("IGAD", "ERI", "2025-12-12", "withdrawn"),
        ("ANDEAN", "VEN", "2007-01-01", "withdrawn"),
        ("ANDEAN", "CHL", "1977-01-01", "withdrawn"),
        ("IAEA", "PRK", "1994-06-13", "withdrawn"),
        ("OPCW", "SYR", "2021-04-21", "suspended"),
        ("WTO", "RUS", "2012-08-22", "member"),
        ("WTO", "IRN", "2024-01-01", "observer"),
    ],
)
def test_membership_status_on_a_day(
    kb: KnowledgeBase, org: str, member: str, day: str, status: str | None
) -> None:
    assert _status(kb, org, member, day) == status


def test_every_un_member_has_standing_in_the_who(kb: KnowledgeBase) -> None:
    day = dt.date(2025, 6, 1)
    un = set(kb.members_at("UN", day))
    who = set(kb.members_at("WHO", day, statuses=MEMBER_STATUSES))
    assert un == who


@pytest.mark.parametrize(
    ("org", "count"),
    # CARICOM has 15 full members, Montserrat (a British territory) among them.
    [("OIC", 57), ("CARICOM", 14), ("SADC", 16), ("ANDEAN", 4)],
)
def test_member_count_today(kb: KnowledgeBase, org: str, count: int) -> None:
    members = kb.members_at(org, dt.date(2026, 1, 1), statuses=MEMBER_STATUSES)
    assert len(members) == count


def test_icc_parties_today(kb: KnowledgeBase) -> None:
    # 125 states parties in 2025 less the Cook Islands, which the KB lacks.
    parties = kb.members_at("ICC", dt.date(2025, 6, 1))
    assert len(parties) == 124
