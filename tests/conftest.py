"""Shared fixtures: paths to ../shared, a session-wide pipeline, temporary stores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from allegiance.config import load_settings
from allegiance.pipeline import Pipeline, get_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SEED = SHARED / "seed" / "000_90b797ceecba287d.txt"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test when a file from ../shared is absent (CI has it beside us)."""
    return pytest.mark.skipif(
        not path.exists(), reason=f"{path} is absent (../shared not beside the project)"
    )


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline for the whole run: building it takes about a second."""
    return get_pipeline(load_settings())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A fresh store path."""
    return tmp_path / "test.duckdb"


@pytest.fixture
def code(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """Code a text at a date (default 2024-02-23): `code("Armenia froze ...")`."""

    def _code(text: str, date: dt.date | None = dt.date(2024, 2, 23)):  # type: ignore[no-untyped-def]
        return pipeline.code_text(text, date=date)

    return _code


def triples(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """(source, target, PLOVER type) of each event, for compact assertions."""
    return {(e.source, e.target, e.plover) for e in events}


def asserted_triples(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """`triples` of the events the scorer counts: not doubtful, not negated."""
    return {
        (e.source, e.target, e.plover)
        for e in events
        if not e.doubtful and not e.negated
    }
