"""The library API: ingest, dedup, export, briefing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

from allegiance import api
from allegiance.config import load_settings
from allegiance.errors import ConfigError
from allegiance.store.base import EventQuery


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "in"
    f.mkdir()
    (f / "1.txt").write_text("Armenia froze its participation in the CSTO.", "utf-8")
    (f / "2.txt").write_text("Russia criticised Armenia's decision.", "utf-8")
    (f / "3.txt").write_text(
        "Armenia froze its participation in the CSTO.", "utf-8"
    )  # same text
    (f / "empty.md").write_text("", "utf-8")
    return f


def test_ingest_twice_stores_nothing_new(folder: Path, db: Path) -> None:
    first = api.ingest([folder], db=db, date=dt.date(2024, 2, 23))
    assert (first.read, first.stored, first.duplicates) == (3, 2, 1)
    assert [s.reason for s in first.skipped] == ["empty file"]
    second = api.ingest([folder], db=db, date=dt.date(2024, 2, 23))
    assert (second.stored, second.duplicates, second.events) == (0, 3, 0)


def test_small_batches_give_the_same_result(folder: Path, tmp_path: Path) -> None:
    settings = load_settings(batch_size=1)
    report = api.ingest([folder], db=tmp_path / "b.duckdb", settings=settings)
    assert report.stored == 2
    assert len(api.query_events(db=tmp_path / "b.duckdb")) == report.events


def test_undated_articles_are_counted(folder: Path, db: Path) -> None:
    report = api.ingest([folder], db=db)
    assert report.undated == 2


def test_export_formats_agree(folder: Path, db: Path, tmp_path: Path) -> None:
    api.ingest([folder], db=db, date=dt.date(2024, 2, 23))
    n = api.export_events(tmp_path / "e.parquet", db=db)
    assert n == pq.read_table(tmp_path / "e.parquet").num_rows > 0
    assert (
        api.export_events(tmp_path / "e.csv", db=db)
        == pa_csv.read_csv(tmp_path / "e.csv").num_rows
    )
    api.export_events(tmp_path / "e.jsonl", db=db, query=EventQuery(actor="ARM"))
    rows = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert rows and all("ARM" in (r["source"], r["target"]) for r in rows)
    with pytest.raises(ConfigError, match="Unknown export format"):
        api.export_events(tmp_path / "e.xlsx", db=db)
    assert not list(tmp_path.glob(".e.*"))  # no temporary files left behind


def test_briefing_lists_moves_with_evidence(folder: Path, db: Path) -> None:
    api.ingest([folder], db=db, date=dt.date(2024, 2, 23))
    summary = api.briefing(db=db)
    [move] = summary.moves
    assert (move.actor, move.organisation, move.move) == ("ARM", "CSTO", "freeze")
    assert "froze" in move.evidence
    text = api.render_briefing(summary)
    assert "Armenia froze its participation in CSTO" in text


def test_code_text_takes_an_iso_date_string(pipeline) -> None:  # type: ignore[no-untyped-def]
    from_string = pipeline.code_text(
        "Armenia froze its participation in the CSTO.", date="2024-02-23"
    )
    assert [(e.source, e.target, e.alliance_move) for e in from_string] == [
        ("ARM", "CSTO", "freeze")
    ]
    assert from_string[0].date == dt.date(2024, 2, 23)


def test_code_text_rejects_a_date_that_is_no_iso_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="not an ISO date; write it as YYYY-MM-DD"):
        pipeline.code_text("Armenia froze its participation.", date="23/02/2024")
