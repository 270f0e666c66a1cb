"""Fixtures of the briefing tests: a small store and its briefing, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.report.briefing import BriefingOptions, make_briefing
from allegiance.report.records import Briefing
from allegiance.store.duck import open_store

from .corpus import build_store


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-written store of tests/report/corpus.py."""
    return build_store(tmp_path_factory.mktemp("report") / "small.duckdb")


@pytest.fixture(scope="session")
def small_briefing(report_db: Path) -> Briefing:
    """Armenia's monthly briefing on the small store."""
    with open_store(report_db, read_only=True) as store:
        return make_briefing(store, "ARM", options=BriefingOptions(freq="month"))
