"""The store interface every backend implements (DuckDB now, PostgreSQL later)."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pyarrow as pa

from ..records import Article, CodedArticle, Event, Sentence

__all__ = ["EventQuery", "Store"]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for reading events; every field is optional and they combine (AND).

    `actor` matches either side; `dyad` is a directed (source, target) pair, and
    `undirected` makes it match both ways. `cameo` is a code prefix ("16" for every
    REDUCE RELATIONS code). Doubtful and negated events are excluded unless asked.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    undirected: bool = False
    since: dt.date | None = None
    until: dt.date | None = None
    cameo: str | None = None
    plover: str | None = None
    alliance_move: str | None = None
    article_id: str | None = None
    include_doubtful: bool = False
    include_negated: bool = True
    min_confidence: float = 0.0
    limit: int | None = None


class Store(ABC):
    """Articles, sentences, mentions and events, written in atomic batches."""

    path: Path

    @abstractmethod
    def close(self) -> None:
        """Release the store (and its file lock)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @abstractmethod
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored."""

    @abstractmethod
    def coders(self) -> dict[str, int]:
        """Events stored per coder version ("allegiance-rules/0.2.0": 1642)."""

    @abstractmethod
    def write_batch(self, batch: Sequence[CodedArticle]) -> int:
        """Store a batch of coded articles in one transaction; return events written.

        Either the whole batch is stored or none of it: a crash never leaves half
        an article. Articles already stored (by content hash) are skipped.
        """

    @abstractmethod
    def write_events(self, events: Sequence[Event]) -> int:
        """Store events that have no article here (imported from GDELT...) in one
        transaction; events whose id is already stored are skipped. Returns the
        number written."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A transaction: everything inside commits together or not at all."""

    @abstractmethod
    def insert_table(self, name: str, table: pa.Table) -> None:
        """Append an Arrow table's rows to table `name` (columns by name)."""

    @abstractmethod
    def events(self, query: EventQuery | None = None) -> list[Event]:
        """Events matching `query`, ordered by date, article and sentence."""

    @abstractmethod
    def events_table(self, query: EventQuery | None = None) -> pa.Table:
        """Events matching `query` as an Arrow table (for analysis and export)."""

    @abstractmethod
    def article(self, article_id: str) -> Article | None:
        """One stored article, or None."""

    @abstractmethod
    def sentences(self, article_id: str) -> list[Sentence]:
        """The sentences of a stored article, in order."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """How many rows each table holds."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run read-only SQL for analyses that need more than `events`."""
