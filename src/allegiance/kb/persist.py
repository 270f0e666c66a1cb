"""Write the knowledge base into the store as one versioned snapshot, atomically."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from ..errors import KnowledgeBaseError
from ..records import Event
from ..store.base import EventQuery, Store
from .base import KnowledgeBase
from .check import check_kb
from .load import TABLE_KEYS, Row
from .news import DEFAULT_MIN_CONFIDENCE, MOVE_STATUS, NewsSpell, membership_updates

__all__ = [
    "ImportReport",
    "StoredSpell",
    "import_kb",
    "news_updates",
    "stored_memberships",
    "stored_version",
]

_ROW_SCHEMA = pa.schema(
    [
        ("kb_table", pa.string()),
        ("row_key", pa.string()),
        ("data", pa.string()),
        ("source", pa.string()),
        ("origin", pa.string()),
    ]
)
_MEMBERSHIP_SCHEMA = pa.schema(
    [
        ("org", pa.string()),
        ("member", pa.string()),
        ("status", pa.string()),
        ("start_date", pa.date32()),
        ("end_date", pa.date32()),
        ("source", pa.string()),
        ("note", pa.string()),
        ("origin", pa.string()),
        ("event_id", pa.string()),
    ]
)
_VERSION_SCHEMA = pa.schema(
    [
        ("version", pa.string()),
        ("loaded_at", pa.timestamp("us")),
        ("origins", pa.string()),
    ]
)
# How many errors a refused import names in its message (`kb check` lists all).
_SHOWN_ERRORS = 10


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What `import_kb` wrote: the version, rows per table and membership spells."""

    version: str
    rows: dict[str, int]
    memberships: int
    news_spells: int | None


@dataclass(frozen=True, slots=True)
class StoredSpell:
    """A membership spell as stored: from the knowledge base or from the news."""

    org: str
    member: str
    status: str
    start: dt.date | None
    end: dt.date | None
    source: str
    note: str
    origin: str
    event_id: str | None


def import_kb(
    store: Store, kb: KnowledgeBase, *, news: Sequence[NewsSpell] | None = None
) -> ImportReport:
    """Replace the store's knowledge-base snapshot with `kb`, in one transaction.

    The previous snapshot's rows (`kb_rows`) and knowledge-base spells
    (`kb_memberships` with origin 'kb') are deleted and the new ones written;
    spells from the news (origin 'news') are replaced only when `news` is given.
    A version row is appended to `kb_versions`. On any error nothing changes.

    Args:
        store: an open, writable store.
        kb: the knowledge base to write; it must pass `check_kb` without errors.
        news: membership spells reported by the news, or None to keep the stored ones.

    Returns:
        The version written and the number of rows per table.

    Raises:
        KnowledgeBaseError: the knowledge base has errors; run `allegiance kb check`.
        StoreError: the store cannot be written (nothing was changed).
    """
    errors = [p for p in check_kb(kb) if p.severity == "error"]
    if errors:
        shown = "\n".join(str(p) for p in errors[:_SHOWN_ERRORS])
        raise KnowledgeBaseError(
            f"The knowledge base has {len(errors)} error(s); nothing was imported. "
            f"Fix them (run `allegiance kb check` for the full list):\n{shown}"
        )
    rows = _row_table(kb)
    spells = _membership_table(kb, news)
    version = pa.Table.from_pylist(
        [
            {
                "version": kb.version,
                "loaded_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
                "origins": "|".join(kb.origins),
            }
        ],
        schema=_VERSION_SCHEMA,
    )
    with store.transaction():
        store.execute("DELETE FROM kb_rows")
        if news is None:
            store.execute("DELETE FROM kb_memberships WHERE origin = 'kb'")
        else:
            store.execute("DELETE FROM kb_memberships")
        store.insert_table("kb_rows", rows)
        store.insert_table("kb_memberships", spells)
        store.insert_table("kb_versions", version)
    counts = {table: len(table_rows) for table, table_rows in kb.tables.items()}
    return ImportReport(
        kb.version, counts, len(kb.memberships), None if news is None else len(news)
    )


def news_updates(
    store: Store,
    kb: KnowledgeBase,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[NewsSpell]:
    """Membership spells the store's coded events report (see `membership_updates`).

    Args:
        store: the store holding coded events and their articles.
        kb: the knowledge base to compare with.
        min_confidence: the lowest event confidence trusted.

    Returns:
        The proposed spells, with the article titles in their sources.
    """
    events: list[Event] = []
    for move in MOVE_STATUS:
        events += store.events(
            EventQuery(alliance_move=move, min_confidence=min_confidence)
        )
    ids = sorted({e.article_id for e in events})
    titles: dict[str, str] = {}
    if ids:
        found = store.execute(
            "SELECT id, title FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        )
        titles = {str(i): str(t) for i, t in found if t}
    return membership_updates(events, kb, titles=titles, min_confidence=min_confidence)


def stored_version(store: Store) -> str | None:
    """The version of the knowledge base last imported into `store`, if any."""
    found = store.execute(
        "SELECT version FROM kb_versions ORDER BY loaded_at DESC LIMIT 1"
    )
    return str(found[0][0]) if found else None


def stored_memberships(store: Store, origin: str | None = None) -> list[StoredSpell]:
    """The membership spells in the store (origin 'kb', 'news', or both), in order."""
    sql = (
        "SELECT org, member, status, start_date, end_date, source, note, origin, "
        "event_id FROM kb_memberships"
    )
    params: list[str] = []
    if origin is not None:
        sql += " WHERE origin = ?"
        params.append(origin)
    sql += " ORDER BY org, member, start_date NULLS FIRST, origin, status"
    return [
        StoredSpell(org, member, status, start, end, source, note or "", kind, event)
        for org, member, status, start, end, source, note, kind, event in store.execute(
            sql, params
        )
    ]


def _row_table(kb: KnowledgeBase) -> pa.Table:
    out = []
    for table, rows in kb.tables.items():
        key = TABLE_KEYS[table]
        for row in rows:
            out.append(
                {
                    "kb_table": table,
                    "row_key": "|".join(row.get(k, "") for k in key),
                    "data": json.dumps(_public(row), ensure_ascii=False),
                    "source": row.get("source") or None,
                    "origin": row.get("_origin", ""),
                }
            )
    return pa.Table.from_pylist(out, schema=_ROW_SCHEMA)


def _public(row: Row) -> dict[str, str]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _membership_table(kb: KnowledgeBase, news: Sequence[NewsSpell] | None) -> pa.Table:
    rows = [
        {
            "org": m.org,
            "member": m.member,
            "status": m.status,
            "start_date": m.start,
            "end_date": m.end,
            "source": m.source,
            "note": m.note or None,
            "origin": "kb",
            "event_id": None,
        }
        for m in kb.memberships
    ]
    rows += [
        {
            "org": s.org,
            "member": s.member,
            "status": s.status,
            "start_date": s.start,
            "end_date": s.end,
            "source": s.source,
            "note": s.note or None,
            "origin": "news",
            "event_id": s.event_id,
        }
        for s in news or ()
    ]
    return pa.Table.from_pylist(rows, schema=_MEMBERSHIP_SCHEMA)
