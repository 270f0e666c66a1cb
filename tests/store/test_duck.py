"""The DuckDB store: migrations, atomic batches, dedup, queries and locking."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from allegiance.errors import StoreError, StoreLockedError
from allegiance.pipeline import Pipeline, make_article
from allegiance.records import CodedArticle
from allegiance.store.base import EventQuery
from allegiance.store.duck import DuckDBStore, open_store
from allegiance.store.migrations import MIGRATIONS


def _coded(pipeline: Pipeline, text: str, date: str = "2024-02-23") -> CodedArticle:
    return pipeline.code_article(make_article(text, date=dt.date.fromisoformat(date)))


TEXTS = [
    "Armenia froze its participation in the CSTO.",
    "Finland joined NATO on Tuesday.",
    "Russia criticised Armenia over the exercises with the United States.",
]


def test_migrations_are_recorded_once(db: Path) -> None:
    with DuckDBStore(db) as store:
        assert store.applied_migrations() == [m.name for m in MIGRATIONS]
    with DuckDBStore(db) as store:  # reopening applies nothing twice
        assert store.applied_migrations() == [m.name for m in MIGRATIONS]


def test_write_and_query(db: Path, pipeline: Pipeline) -> None:
    batch = [_coded(pipeline, t) for t in TEXTS]
    with open_store(db) as store:
        written = store.write_batch(batch)
        assert written == sum(len(c.events) for c in batch) > 0
        assert store.write_batch(batch) == 0  # same content: nothing new
        counts = store.counts()
        assert counts["articles"] == 3
        assert store.coders() == {pipeline.version: written}
        freeze = store.events(EventQuery(alliance_move="freeze"))
        assert [(e.source, e.target) for e in freeze] == [("ARM", "CSTO")]
        assert store.events(EventQuery(dyad=("RUS", "ARM")))
        assert store.events(EventQuery(dyad=("ARM", "RUS"), undirected=True))
        assert not store.events(EventQuery(dyad=("ARM", "RUS")))
        assert all(
            e.cameo.startswith("16") for e in store.events(EventQuery(cameo="16"))
        )
        assert store.events(EventQuery(since=dt.date(2025, 1, 1))) == []
        table = store.events_table(EventQuery(actor="ARM"))
        assert table.num_rows == len(store.events(EventQuery(actor="ARM")))
        [sent] = store.sentences(batch[0].article.id)
        assert sent.text == TEXTS[0]
        article = store.article(batch[0].article.id)
        assert article is not None and article.date == dt.date(2024, 2, 23)


def test_failed_batch_leaves_nothing(db: Path, pipeline: Pipeline) -> None:
    good = _coded(pipeline, TEXTS[0])
    bad = _coded(pipeline, TEXTS[1])
    # An event without a CAMEO code breaks a NOT NULL constraint after the
    # articles, sentences and mentions of the batch were inserted.
    clash = replace(bad, events=(replace(bad.events[0], cameo=None),))
    with open_store(db) as store:
        with pytest.raises(StoreError, match="Writing a batch of 2 articles"):
            store.write_batch([good, clash])
        assert store.counts() == {
            "articles": 0,
            "sentences": 0,
            "mentions": 0,
            "events": 0,
        }
        store.write_batch([good])  # the store is still usable
        assert store.counts()["articles"] == 1


def test_read_only_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="allegiance ingest"):
        open_store(tmp_path / "none.duckdb", read_only=True)


def test_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_text("this is not a database")
    with pytest.raises(StoreError, match="--db"):
        open_store(path)


def test_second_writer_gets_a_clear_message(db: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from allegiance.store.duck import open_store
        s = open_store(__import__("pathlib").Path({str(db)!r}))
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            assert proc.stdout.readline().strip() == "ready"
            with pytest.raises(StoreLockedError, match="open for writing by process"):
                open_store(db)
        finally:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
