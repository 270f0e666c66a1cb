"""Writing the knowledge base into the store: versioned, replaced atomically."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

from allegiance.errors import KnowledgeBaseError, StoreError
from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.load import read_kb_files
from allegiance.kb.news import NewsSpell
from allegiance.kb.persist import (
    import_kb,
    news_updates,
    stored_memberships,
    stored_version,
)
from allegiance.records import Event
from allegiance.store.duck import DuckDBStore, open_store

SPELL = NewsSpell(
    org="CSTO",
    member="ARM",
    status="withdrawn",
    start=dt.date(2024, 6, 12),
    end=None,
    source="news: test (2024-06-12)",
    event_id="e1",
)


def _count(store: DuckDBStore, sql: str) -> int:
    return int(store.execute(sql)[0][0])


def test_import_writes_every_table_and_a_version(db: Path) -> None:
    kb = load_kb()
    with open_store(db) as store:
        report = import_kb(store, kb)
        assert report.version == kb.version == stored_version(store)
        assert report.rows["states"] == len(kb.states)
        assert _count(store, "SELECT count(*) FROM kb_rows") == sum(
            report.rows.values()
        )
        assert _count(store, "SELECT count(*) FROM kb_memberships") == len(
            kb.memberships
        )
        [(data, source, origin)] = store.execute(
            "SELECT data, source, origin FROM kb_rows "
            "WHERE kb_table = 'states' AND row_key = 'ARM'"
        )
        assert json.loads(data)["capital"] == "Yerevan" and "_origin" not in data
        assert source and origin.endswith(".csv:" + origin.rsplit(":", 1)[1])


def test_import_replaces_the_previous_snapshot(db: Path) -> None:
    kb = load_kb()
    with open_store(db) as store:
        import_kb(store, kb)
        import_kb(store, kb)
        assert _count(store, "SELECT count(*) FROM kb_versions") == 2
        assert _count(store, "SELECT count(*) FROM kb_rows") == sum(
            len(rows) for rows in kb.tables.values()
        )


def test_news_spells_are_kept_unless_replaced(db: Path) -> None:
    kb = load_kb()
    with open_store(db) as store:
        report = import_kb(store, kb, news=[SPELL])
        assert report.news_spells == 1
        [news] = stored_memberships(store, "news")
        assert (news.status, news.start, news.event_id) == (
            "withdrawn",
            SPELL.start,
            "e1",
        )
        import_kb(store, kb)
        assert len(stored_memberships(store, "news")) == 1
        import_kb(store, kb, news=[])
        assert stored_memberships(store, "news") == []
        assert len(stored_memberships(store)) == len(kb.memberships)


def test_a_kb_with_errors_is_refused(db: Path, tmp_path: Path) -> None:
    user = tmp_path / "kb"
    user.mkdir()
    (user / "memberships.csv").write_text(
        "org,member,status,start,end,source,note\nCSTO,ZZZ,member,2020-01-01,,x,\n",
        "utf-8",
    )
    raw = read_kb_files([user])
    bad = KnowledgeBase(raw.tables, raw.digest)
    with open_store(db) as store:
        import_kb(store, load_kb())
        with pytest.raises(KnowledgeBaseError, match="(?s)1 error.*ZZZ"):
            import_kb(store, bad)
        assert stored_version(store) == load_kb().version


class _FailingStore(DuckDBStore):
    """A store whose membership insert fails, to test that nothing half-lands."""

    def insert_table(self, name: str, table: pa.Table) -> None:
        if name == "kb_memberships":
            raise StoreError("disk full (simulated)")
        super().insert_table(name, table)


def test_a_failed_import_leaves_the_old_snapshot(db: Path) -> None:
    kb = load_kb()
    with open_store(db) as store:
        import_kb(store, kb, news=[SPELL])
    with _FailingStore(db) as store, pytest.raises(StoreError, match="simulated"):
        import_kb(store, kb, news=[])
    with open_store(db) as store:
        assert _count(store, "SELECT count(*) FROM kb_versions") == 1
        assert _count(store, "SELECT count(*) FROM kb_rows") > 0
        assert len(stored_memberships(store, "news")) == 1


def test_news_updates_read_coded_events_from_the_store(db: Path) -> None:
    event = Event(
        id="ev1",
        article_id="art1",
        sent_index=0,
        sent_start=0,
        sent_end=30,
        date=dt.date(2024, 6, 12),
        source="ARM",
        target="CSTO",
        cameo="161",
        plover="SANCTION",
        plover_mode="withdraw",
        goldstein=-4.0,
        quad_class=3,
        evidence="Armenia will leave the CSTO",
        trigger="leave",
        alliance_move="withdraw",
        organisation="CSTO",
        confidence=0.9,
        coder="test",
    )
    with open_store(db) as store:
        store.write_events([event])
        [spell] = news_updates(store, load_kb())
        assert spell.event_id == "ev1" and spell.source == "news: art1 (2024-06-12)"
