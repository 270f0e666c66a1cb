"""The briefing's records: findings, dyad panels, alignment points, evidence rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ..analysis.alerts import Alert, Evidence
from ..analysis.camps import CampFlip, CampPeriod
from ..analysis.cohesion import CohesionSeries
from ..analysis.dependency import DependencyProfile
from ..analysis.frames import EventRef
from ..analysis.obligations import UnmetObligation
from ..analysis.series import DyadSeries
from ..analysis.summary import Move

__all__ = [
    "AlignmentPoint",
    "Briefing",
    "DyadPanel",
    "EvidenceRow",
    "Finding",
    "Quote",
    "Trend",
]

FindingKind = Literal[
    "alert", "trend", "move", "cohesion", "camp", "obligation", "dependency"
]
Measure = Literal["events", "un_votes", "atop"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One event quoted as evidence: who did what to whom, the sentence, the article.

    `goldstein` is None for an alliance move quoted from the summary (moves carry
    no score there); `url` is the article's address when it has one, or the
    source URL of an imported (GDELT) event, whose `sentence` is empty.
    """

    date: dt.date
    source: str | None
    target: str | None
    cameo: str
    goldstein: float | None
    confidence: float
    sentence: str
    article_id: str
    title: str | None = None
    url: str | None = None
    event_id: str | None = None

    @classmethod
    def from_evidence(cls, e: Evidence) -> Quote:
        """From an alert's evidence event."""
        return cls(
            e.date,
            e.source,
            e.target,
            e.cameo,
            e.goldstein,
            e.confidence,
            e.sentence,
            e.article_id,
            e.title,
            e.url,
            e.event_id,
        )

    @classmethod
    def from_ref(cls, ref: EventRef) -> Quote:
        """From an event cited by the bloc analytics (title and URL filled later)."""
        return cls(
            ref.date,
            ref.source,
            ref.target,
            ref.cameo,
            ref.goldstein,
            ref.confidence,
            ref.evidence,
            ref.article_id,
            event_id=ref.id,
        )

    @property
    def key(self) -> str:
        """What makes two quotes the same row: the article and the sentence."""
        return f"{self.article_id}#{self.sentence or self.event_id}"


@dataclass(frozen=True, slots=True)
class Finding:
    """A headline finding in plain words, with the evidence behind it.

    `kind` says which analysis found it; `direction` is "up" (warmer) or
    "down" (colder) for alerts and trends; `weight` orders findings (larger
    first within a kind: an alert's |magnitude| x confidence, a trend's change).
    """

    kind: FindingKind
    text: str
    date: dt.date | None = None
    dyad: tuple[str, str] | None = None
    direction: Literal["up", "down"] | None = None
    weight: float = 0.0
    evidence: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Trend:
    """The dyad's tone before and after the middle of the span (no test applied).

    `early`/`late` are confidence-weighted mean Goldstein scores of the pair's
    events before and from `split`; None where a half has no event. A trend
    is descriptive: an alert is what says a change is unlikely to be noise.
    `evidence` holds the strongest events of the later half that point the
    trend's way (hostile ones for a colder relation, cooperative for warmer).
    """

    split: dt.date
    early: float | None
    late: float | None
    early_events: int
    late_events: int
    evidence: tuple[Quote, ...] = ()

    @property
    def change(self) -> float | None:
        """Late minus early, or None when a half is empty."""
        if self.early is None or self.late is None:
            return None
        return self.late - self.early


@dataclass(frozen=True, slots=True)
class DyadPanel:
    """The actor's relation with one partner: series, change points, notes.

    `notes` holds, per period with events, the strongest event of the pair
    (largest |Goldstein| x confidence), shown when a reader points at the period.
    """

    partner: str
    series: DyadSeries
    alerts: tuple[Alert, ...]
    notes: tuple[tuple[dt.date, Quote], ...]
    trend: Trend


@dataclass(frozen=True, slots=True)
class AlignmentPoint:
    """How alike the actor's and a partner's positions were in one period.

    `measure` "events": Signorino-Ritter S (`value`) and quadratic kappa over
    both states' mean Goldstein with every state either dealt with in the
    period (`n` such states); "un_votes": the share of UN General Assembly
    roll calls where both voted alike, kappa over the same votes, `n` roll
    calls; "atop": S of their ATOP alliance portfolios, `n` states.
    """

    measure: Measure
    partner: str
    period: str
    start: dt.date
    value: float
    kappa: float | None
    n: int


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """A row of the evidence table: a quote and every finding that cites it."""

    quote: Quote
    used_in: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the analytics say about one actor over a date range.

    `other` is the actor it is read against (None: its busiest partners).
    `freq` is the period of the series, alerts, alignment, camps and cohesion.
    `names` spells out the codes that appear (ARM -> Armenia). Dependency and
    alignment are kept apart (`dependency` beside `alignment`), never blended.
    `camps` is the signed network of the latest period the actor was in,
    `flips` every camp change involving the actor or `other`. `left_out`
    counts the actor's events not counted because a side was not the state
    (civilians, protesters, opposition, rebels, companies, media); the
    cohesion series and camps carry their own counts.
    """

    actor: str
    other: str | None
    since: dt.date
    until: dt.date
    freq: str
    articles: int
    events: int
    names: dict[str, str]
    findings: tuple[Finding, ...]
    panels: tuple[DyadPanel, ...]
    alerts: tuple[Alert, ...]
    alignment: tuple[AlignmentPoint, ...]
    camps: CampPeriod | None
    flips: tuple[CampFlip, ...]
    cohesion: tuple[CohesionSeries, ...]
    dependency: DependencyProfile | None
    obligations: tuple[UnmetObligation, ...]
    moves: tuple[Move, ...]
    evidence: tuple[EvidenceRow, ...] = field(default=())
    left_out: int = 0

    def name(self, code: str | None) -> str:
        """A code spelled out (the code itself when no name is known)."""
        if code is None:
            return "unknown"
        return self.names.get(code, code)

    def dyad_name(self, dyad: tuple[str, str]) -> str:
        """ "Armenia - Russia" for ("ARM", "RUS")."""
        return f"{self.name(dyad[0])} - {self.name(dyad[1])}"

    @property
    def title(self) -> str:
        """The briefing's title line."""
        versus = f" and {self.name(self.other)}" if self.other else ""
        return f"{self.name(self.actor)}{versus}: {self.since} to {self.until}"
