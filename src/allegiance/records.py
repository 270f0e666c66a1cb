"""Typed records that cross module boundaries: articles, sentences, mentions, events."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "CodedArticle",
    "Event",
    "IngestReport",
    "Mention",
    "Modality",
    "Sentence",
    "Skip",
]

ActorKind = Literal["state", "organisation", "person", "group"]
Modality = Literal["asserted", "future", "hypothetical", "conditional"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: normalised text, provenance and publication date.

    `id` is the first 16 hex digits of `content_hash`, the SHA-256 of the normalised
    text, so the same text ingested twice has the same id and is stored once.
    All character offsets elsewhere (sentences, mentions, events) index `text`.
    """

    id: str
    content_hash: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: dt.date | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, by character offsets into the article's text."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """An entity that acts or is acted on: a state, organisation, person or group.

    `code` is the state's ISO 3166 alpha-3 code or the organisation's code (`CSTO`);
    a person acts for `country` (or `organisation`) in `sector`. `cameo` is the
    CAMEO-style actor code (`RUSGOV`, `ARM`, `IGOWSTNAT`) for comparison with GDELT
    and PETRARCH output.
    """

    code: str
    kind: ActorKind
    name: str
    cameo: str
    sector: str | None = None
    person_id: str | None = None
    office: str | None = None

    @property
    def label(self) -> str:
        """A short human label: the name, with the sector where one is known."""
        return f"{self.name} ({self.sector})" if self.sector else self.name


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an actor or a place, with how it was resolved.

    `actor` is None when the span could not be resolved; `reason` then says why
    (ambiguous name, no office holder at the date...). Places that are not actors
    (Nagorno-Karabakh, Crimea) have `is_location` set and no actor.
    """

    article_id: str
    sent_index: int
    start: int
    end: int
    text: str
    how: str
    actor: Actor | None = None
    reason: str | None = None
    is_location: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, and the sentence that shows it.

    Codes follow CAMEO (`cameo`, `goldstein`, `quad_class`) and PLOVER (`plover`,
    `plover_mode`). `negated`, `modality` and `reported` carry what the sentence
    says about the event's reality; `doubtful` marks events the coder emitted but
    does not trust (with `doubt_reason`), which analyses exclude by default.
    `alliance_move` (join, freeze, withdraw...) with `organisation` links the event
    to a dated membership in the knowledge base. `origin` is "coded" for events
    Allegiance coded itself, or the dataset an imported event came from ("gdelt1",
    "gdelt2"), whose own counts and tone fill `num_*`, `avg_tone`, `source_url`.
    """

    id: str
    article_id: str
    sent_index: int
    sent_start: int
    sent_end: int
    date: dt.date | None
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    evidence: str
    trigger: str
    source_sector: str | None = None
    target_sector: str | None = None
    source_cameo: str | None = None
    target_cameo: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    reported: bool = False
    reported_by: str | None = None
    alliance_move: str | None = None
    organisation: str | None = None
    confidence: float = 1.0
    doubtful: bool = False
    doubt_reason: str | None = None
    pattern: str | None = None
    coder: str = ""
    origin: str = "coded"
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None
    avg_tone: float | None = None
    source_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event as a plain dict (dates as ISO strings) for JSON export."""
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Build an event from `to_dict` output (unknown keys are ignored)."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        if isinstance(values.get("date"), str):
            values["date"] = dt.date.fromisoformat(values["date"])
        return cls(**values)

    @property
    def dyad(self) -> tuple[str | None, str | None]:
        """The directed (source, target) pair."""
        return (self.source, self.target)


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with everything the pipeline found in it, ready to store."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class Skip:
    """An input that was not stored, and why (what to do about it is in `reason`)."""

    path: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did: counts, and every skipped input with its reason.

    Not frozen: the ingest loop fills it in as it goes.
    """

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    undated: int = 0
    skipped: list[Skip] = field(default_factory=list)
    # Events the store holds from another coder version (stored articles are
    # not coded again): {"allegiance-rules/0.1.0": 1642}.
    older_coders: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The report as a plain dict."""
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "events": self.events,
            "undated": self.undated,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "older_coders": dict(self.older_coders),
        }
