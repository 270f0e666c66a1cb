"""Officials, military and intelligence chiefs and armed-group leaders
(leaders/officials.csv): people often quoted who hold no office a title resolves
to; their mentions take the sector of their post on the day."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from allegiance.kb.base import load_kb
from allegiance.kb.model import SHARED_OFFICES
from allegiance.kb.resolve import Resolver
from allegiance.pipeline import Pipeline

CSV = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "allegiance"
    / "data"
    / "kb"
    / "leaders"
    / "officials.csv"
)


def _rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_rows_are_shared_posts_with_a_source() -> None:
    for r in _rows():
        assert r["office"] in SHARED_OFFICES - {"opposition"}, r
        assert r["source"] and r["start"], r
        assert bool(r["country"]) != bool(r["org"]), r


@pytest.mark.parametrize(
    ("pid", "day", "code", "sector"),
    [
        ("dmitry-peskov", dt.date(2023, 6, 2), "RUS", "GOV"),
        ("valery-gerasimov", dt.date(2023, 1, 11), "RUS", "MIL"),
        ("alexander-bortnikov", dt.date(2024, 3, 23), "RUS", "SPY"),
        ("hassan-nasrallah", dt.date(2023, 11, 3), "LBN", "REB"),
        # After his term: the state, with no sector, as for anyone out of office.
        ("valerii-zaluzhnyi", dt.date(2024, 6, 1), "UKR", None),
        ("sergei-shoigu", dt.date(2023, 6, 1), "RUS", "MIL"),  # defence minister
        ("sergei-shoigu", dt.date(2024, 9, 1), "RUS", "GOV"),  # Security Council
    ],
)
def test_sector_follows_the_post_on_the_day(pid, day, code, sector) -> None:  # type: ignore[no-untyped-def]
    res = Resolver(load_kb()).person([pid], day)
    assert res.actor is not None
    assert (res.actor.code, res.actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Yo Jong threatened Seoul with a military response over leaflet "
         "launches.", ("PRK", "KOR", "THREATEN")),
        ("Zakharova accused Armenia of ingratitude.", ("RUS", "ARM", "ACCUSE")),
        # The full name wins over the demonym in it.
        ("Volker Turk condemned Russia's strikes on Ukrainian energy facilities.",
         ("UN", "RUS", "ACCUSE")),
    ],
)  # fmt: skip
def test_an_official_named_alone_is_their_state(text, expected) -> None:  # type: ignore[no-untyped-def]
    events = Pipeline().code_text(text, date=dt.date(2024, 6, 10))
    assert expected in {(e.source, e.target, e.plover) for e in events}
