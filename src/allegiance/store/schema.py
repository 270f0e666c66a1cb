"""Arrow schemas of the stored tables and the record -> row conversions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

import pyarrow as pa

from ..records import CodedArticle, Event

__all__ = [
    "ARTICLE_SCHEMA",
    "EVENT_COLUMNS",
    "EVENT_SCHEMA",
    "MENTION_SCHEMA",
    "SENTENCE_SCHEMA",
    "article_rows",
    "event_rows",
    "mention_rows",
    "sentence_rows",
]

EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Event))

_EVENT_TYPES: dict[str, pa.DataType] = {
    "sent_index": pa.int32(),
    "sent_start": pa.int32(),
    "sent_end": pa.int32(),
    "date": pa.date32(),
    "goldstein": pa.float64(),
    "quad_class": pa.int16(),
    "negated": pa.bool_(),
    "reported": pa.bool_(),
    "confidence": pa.float64(),
    "doubtful": pa.bool_(),
    "num_mentions": pa.int32(),
    "num_sources": pa.int32(),
    "num_articles": pa.int32(),
    "avg_tone": pa.float64(),
}
EVENT_SCHEMA = pa.schema(
    [(name, _EVENT_TYPES.get(name, pa.string())) for name in EVENT_COLUMNS]
)

ARTICLE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("content_hash", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("date", pa.date32()),
        ("path", pa.string()),
        ("text", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
SENTENCE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("idx", pa.int32()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
    ]
)
MENTION_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("sent_index", pa.int32()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
        ("how", pa.string()),
        ("actor", pa.string()),
        ("sector", pa.string()),
        ("person_id", pa.string()),
        ("cameo", pa.string()),
        ("reason", pa.string()),
        ("is_location", pa.bool_()),
    ]
)


def article_rows(
    items: Sequence[CodedArticle], now: dt.datetime
) -> list[dict[str, Any]]:
    """One row per article."""
    return [
        {
            "id": c.article.id,
            "content_hash": c.article.content_hash,
            "title": c.article.title,
            "url": c.article.url,
            "source": c.article.source,
            "date": c.article.date,
            "path": c.article.path,
            "text": c.article.text,
            "ingested_at": now,
        }
        for c in items
    ]


def sentence_rows(items: Sequence[CodedArticle]) -> list[dict[str, Any]]:
    """One row per sentence."""
    return [
        {
            "article_id": s.article_id,
            "idx": s.index,
            "start_char": s.start,
            "end_char": s.end,
            "text": s.text,
        }
        for c in items
        for s in c.sentences
    ]


def mention_rows(items: Sequence[CodedArticle]) -> list[dict[str, Any]]:
    """One row per actor mention."""
    return [
        {
            "article_id": m.article_id,
            "sent_index": m.sent_index,
            "start_char": m.start,
            "end_char": m.end,
            "text": m.text,
            "how": m.how,
            "actor": m.actor.code if m.actor else None,
            "sector": m.actor.sector if m.actor else None,
            "person_id": m.actor.person_id if m.actor else None,
            "cameo": m.actor.cameo if m.actor else None,
            "reason": m.reason,
            "is_location": m.is_location,
        }
        for c in items
        for m in c.mentions
    ]


def event_rows(events: Iterable[Event]) -> list[dict[str, Any]]:
    """One row per event, columns in Event field order."""
    return [{name: getattr(e, name) for name in EVENT_COLUMNS} for e in events]
