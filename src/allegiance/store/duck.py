"""The embedded DuckDB store: one file, batched atomic writes, one writer at a time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError, StoreLockedError
from ..records import Article, CodedArticle, Event, Sentence
from .base import EventQuery, Store
from .migrations import MIGRATIONS
from .schema import (
    ARTICLE_SCHEMA,
    EVENT_COLUMNS,
    EVENT_SCHEMA,
    MENTION_SCHEMA,
    SENTENCE_SCHEMA,
    article_rows,
    event_rows,
    mention_rows,
    sentence_rows,
)

__all__ = ["DuckDBStore", "open_store"]

_PID = re.compile(r"PID (\d+)")


def _arrow(relation: Any) -> pa.Table:
    # DuckDB 2 names it to_arrow_table; 1.x calls it arrow().
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as e:
        text = str(e)
        if "lock" in text.lower():
            pid = _PID.search(text)
            who = f"process {pid.group(1)}" if pid else "another process"
            raise StoreLockedError(
                f"The store {path} is open for writing by {who}. Wait for that "
                "ingest to finish, or pass a different --db FILE (DuckDB allows "
                "one writing process at a time)."
            ) from e
        if "not a valid" in text:
            raise StoreError(
                f"{path} is not an Allegiance store (not a DuckDB file). Pass a "
                "different --db FILE, or move this file away."
            ) from e
        raise StoreError(
            f"Cannot open the store {path}: {text}. Check the path and its permissions, or pass a different --db FILE."
        ) from e
    except duckdb.Error as e:
        raise StoreError(
            f"{path} is not an Allegiance store ({e}). Pass a different --db FILE, "
            "or move this file away."
        ) from e


class DuckDBStore(Store):
    """The default store: a DuckDB file, written in batches.

    Opening for writing applies pending migrations; opening read-only needs an
    up-to-date store (open it once for writing to upgrade it).
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if read_only and not path.exists():
            raise StoreError(
                f"No store at {path} yet. Run `allegiance ingest PATH --db {path}` "
                "or `allegiance demo` first, or pass the --db FILE you ingested into."
            )
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(path, read_only)
        self._migrate()

    # -- schema -------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        """Names of the migrations this store has applied, in order."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return []
        rows = self.con.execute(
            "SELECT name FROM schema_migrations ORDER BY applied_at, name"
        ).fetchall()
        return [r[0] for r in rows]

    def _migrate(self) -> None:
        done = set(self.applied_migrations())
        pending = [m for m in MIGRATIONS if m.name not in done]
        if not pending:
            return
        if self.read_only:
            raise StoreError(
                f"The store {self.path} needs upgrading ({len(pending)} migration(s)). "
                "Open it once for writing, e.g. `allegiance ingest` on new input."
            )
        for migration in pending:
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
                )
                for statement in migration.statements:
                    self.con.execute(statement)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?)",
                    [migration.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
                )
                self.con.execute("COMMIT")
            except duckdb.Error as e:
                self.con.execute("ROLLBACK")
                raise StoreError(
                    f"Migration {migration.name} failed on {self.path}: {e}"
                ) from e

    def close(self) -> None:
        """Close the connection and release the file lock."""
        self.con.close()

    # -- writing -------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))",
            [wanted],
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, batch: Sequence[CodedArticle]) -> int:
        """Store a batch in one transaction (all or nothing); return events written."""
        if self.read_only:
            raise StoreError(f"The store {self.path} was opened read-only.")
        known = self.known_hashes(c.article.content_hash for c in batch)
        fresh: dict[str, CodedArticle] = {}
        for coded in batch:
            h = coded.article.content_hash
            if h not in known and h not in fresh:
                fresh[h] = coded
        if not fresh:
            return 0
        items = list(fresh.values())
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        events = {e.id: e for c in items for e in c.events}
        tables = {
            "articles": pa.Table.from_pylist(
                article_rows(items, now), schema=ARTICLE_SCHEMA
            ),
            "sentences": pa.Table.from_pylist(
                sentence_rows(items), schema=SENTENCE_SCHEMA
            ),
            "mentions": pa.Table.from_pylist(
                mention_rows(items), schema=MENTION_SCHEMA
            ),
            "events": pa.Table.from_pylist(
                event_rows(events.values()), schema=EVENT_SCHEMA
            ),
        }
        try:
            with self.transaction():
                for name, table in tables.items():
                    self.insert_table(name, table)
        except StoreError as e:
            raise StoreError(
                f"Writing a batch of {len(items)} articles to {self.path} failed "
                f"(nothing of it was stored): {e}"
            ) from e
        return len(events)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction; roll back on any error."""
        if self.read_only:
            raise StoreError(f"The store {self.path} was opened read-only.")
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    def insert_table(self, name: str, table: pa.Table) -> None:
        """Append `table`'s rows to `name`, matching columns by name."""
        # The Arrow table is read through a Python variable (DuckDB's replacement
        # scan), so a failed insert leaves no registered view to clean up.
        rows = table  # noqa: F841 - read by name in the SQL below
        cols = ", ".join(table.column_names)
        try:
            self.con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM rows")
        except duckdb.Error as e:
            raise StoreError(f"Writing to {name} in {self.path} failed: {e}") from e

    def write_events(self, events: Sequence[Event]) -> int:
        """Store imported events (no article text) atomically; skip known ids."""
        unique = {e.id: e for e in events}
        if not unique:
            return 0
        ids = list(unique)
        known = {
            r[0]
            for r in self.con.execute(
                "SELECT id FROM events WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        fresh = [e for i, e in unique.items() if i not in known]
        if fresh:
            table = pa.Table.from_pylist(event_rows(fresh), schema=EVENT_SCHEMA)
            with self.transaction():
                self.insert_table("events", table)
        return len(fresh)

    # -- reading ---------------------------------------------------------------------

    def _where(self, query: EventQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.actor:
            clauses.append("(source = ? OR target = ?)")
            params += [query.actor, query.actor]
        if query.source:
            clauses.append("source = ?")
            params.append(query.source)
        if query.target:
            clauses.append("target = ?")
            params.append(query.target)
        if query.dyad:
            a, b = query.dyad
            if query.undirected:
                clauses.append(
                    "((source = ? AND target = ?) OR (source = ? AND target = ?))"
                )
                params += [a, b, b, a]
            else:
                clauses.append("source = ? AND target = ?")
                params += [a, b]
        if query.since:
            clauses.append("date >= ?")
            params.append(query.since)
        if query.until:
            clauses.append("date <= ?")
            params.append(query.until)
        if query.cameo:
            clauses.append("cameo LIKE ?")
            params.append(query.cameo + "%")
        if query.plover:
            clauses.append("plover = ?")
            params.append(query.plover.upper())
        if query.alliance_move:
            clauses.append("alliance_move = ?")
            params.append(query.alliance_move)
        if query.article_id:
            clauses.append("article_id = ?")
            params.append(query.article_id)
        if not query.include_doubtful:
            clauses.append("NOT doubtful")
        if not query.include_negated:
            clauses.append("NOT negated")
        if query.min_confidence > 0:
            clauses.append("confidence >= ?")
            params.append(query.min_confidence)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def _select(self, query: EventQuery | None) -> tuple[str, list[Any]]:
        query = query or EventQuery()
        where, params = self._where(query)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY date NULLS LAST, article_id, sent_index, id"
        if query.limit is not None:
            sql += f" LIMIT {int(query.limit)}"
        return sql, params

    def events(self, query: EventQuery | None = None) -> list[Event]:
        """Events matching `query`."""
        sql, params = self._select(query)
        rows = self.con.execute(sql, params).fetchall()
        return [Event(**dict(zip(EVENT_COLUMNS, row, strict=True))) for row in rows]

    def events_table(self, query: EventQuery | None = None) -> pa.Table:
        """Events matching `query` as an Arrow table."""
        sql, params = self._select(query)
        return _arrow(self.con.sql(sql, params=params))

    def article(self, article_id: str) -> Article | None:
        """One stored article."""
        row = self.con.execute(
            "SELECT id, content_hash, text, title, url, source, date, path FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        return Article(*row) if row else None

    def sentences(self, article_id: str) -> list[Sentence]:
        """The sentences of a stored article."""
        rows = self.con.execute(
            "SELECT article_id, idx, start_char, end_char, text FROM sentences WHERE article_id = ? ORDER BY idx",
            [article_id],
        ).fetchall()
        return [Sentence(*r) for r in rows]

    def coders(self) -> dict[str, int]:
        """Events stored per coder version."""
        rows = self.con.execute(
            "SELECT coder, count(*) FROM events GROUP BY coder ORDER BY coder"
        ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        for table in ("articles", "sentences", "mentions", "events"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run SQL and return all rows."""
        try:
            return self.con.execute(sql, list(params)).fetchall()
        except duckdb.Error as e:
            raise StoreError(f"Query failed on {self.path}: {e}") from e


def open_store(path: Path, *, read_only: bool = False) -> Store:
    """Open (and create or upgrade, unless read-only) the store at `path`.

    Raises:
        StoreLockedError: another process is writing to the file.
        StoreError: the file is not a store, or read-only and missing or outdated.
    """
    return DuckDBStore(path, read_only=read_only)
