"""What an import stored, skipped and rejected, and the helpers that count it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

__all__ = ["FileReport", "Rejection", "Rejections"]


@dataclass(frozen=True, slots=True)
class Rejection:
    """Rows of an input that were not stored, for one reason.

    `examples` shows up to five of them as "row N: detail", N counting data rows
    from 1, so the user can find and fix them in the source.
    """

    reason: str
    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FileReport:
    """The outcome of importing one table of one file.

    `rows` were read; `stored` were written; `skipped` were already in the store
    (importing the same file again stores nothing twice); the rest were
    `rejected`, grouped by reason.
    """

    path: str
    kind: str
    rows: int
    stored: int
    skipped: int
    rejected: tuple[Rejection, ...]

    @property
    def n_rejected(self) -> int:
        """How many rows were rejected, for all reasons."""
        return sum(r.count for r in self.rejected)


class Rejections:
    """Collects rejected rows by reason while a frame is cleaned.

    Not a dataclass: it is a mutable accumulator used inside one import.
    """

    def __init__(self) -> None:
        self._found: list[Rejection] = []

    def drop(
        self,
        frame: pd.DataFrame,
        bad: pd.Series,
        reason: str,
        detail: Callable[[pd.Series], str],
    ) -> pd.DataFrame:
        """Record the rows flagged in `bad` under `reason` and return the others.

        Args:
            frame: Rows still in play, indexed by their 0-based position in the file.
            bad: A boolean mask aligned with `frame`.
            reason: Why these rows cannot be stored.
            detail: Describes one row for the examples.

        Returns:
            The rows not flagged.
        """
        bad = bad.fillna(True).astype(bool)
        count = int(bad.sum())
        if count:
            examples = tuple(
                f"row {index + 1}: {detail(row)}"
                for index, row in frame[bad].head(5).iterrows()
            )
            self._found.append(Rejection(reason, count, examples))
        return frame[~bad]

    @property
    def found(self) -> tuple[Rejection, ...]:
        """The rejections recorded so far."""
        return tuple(self._found)
