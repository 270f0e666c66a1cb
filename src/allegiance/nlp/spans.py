"""The per-document annotations the NLP stages pass to each other."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..records import Actor

__all__ = ["ActorSpan", "ensure_extensions"]


@dataclass(slots=True)
class ActorSpan:
    """A token span naming an actor (or an anaphor to resolve), inside one doc.

    Mutable on purpose: the coreference stage fills in `actor` for anaphors.
    `need` says what an anaphor refers to ("person", "polity", "alliance",
    "organisation", "state", "plural", "title:<office>:<sector>",
    "sector:<SECTOR>"), None for spans that name their actor directly.
    """

    start: int
    end: int
    sent: int
    text: str
    how: str
    actor: Actor | None = None
    reason: str | None = None
    is_location: bool = False
    location_code: str | None = None
    need: str | None = None
    prep: str | None = None
    possessive: bool = False
    coref_from: int | None = None
    group: list[int] = field(default_factory=list)

    @property
    def resolved(self) -> bool:
        """Whether the span has an actor."""
        return self.actor is not None


def ensure_extensions() -> None:
    """Register the Doc extension attributes the stages use (idempotent)."""
    for name, default in (
        ("date", None),
        ("article_id", ""),
        ("actor_spans", None),
        ("events", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
