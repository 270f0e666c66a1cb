"""The analyst briefing: collect what every analysis says about one actor."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from ..analysis.alerts import Alert, AlertSettings, alerts, pair_counts
from ..analysis.blocs import BLOC_KINDS
from ..analysis.camps import CampOptions, find_camps
from ..analysis.cohesion import BLOC_STATUSES, CohesionOptions, measure_cohesion
from ..analysis.consolidate import event_units, left_out_units
from ..analysis.dependency import DependencyOptions, dependency_profile
from ..analysis.frames import EventFilter, Period, event_frame
from ..analysis.obligations import (
    ObligationOptions,
    UnmetObligation,
    assess_obligations,
)
from ..analysis.series import FREQS
from ..analysis.summary import summarise
from ..config import resolve_db_path
from ..errors import ConfigError
from ..kb.base import KnowledgeBase, load_kb
from ..store.base import Store
from ..store.duck import open_store
from .align import alignment_points
from .findings import evidence_table, find_headlines
from .panels import Titles, article_titles, make_panel
from .records import Briefing

__all__ = ["BRIEF_FREQS", "BriefingOptions", "brief", "make_briefing"]

# Periods a briefing reads; "auto" picks the finest with enough events per period.
BRIEF_FREQS: tuple[str, ...] = ("auto", "month", "quarter", "year")


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    """How a briefing is collected (defaults documented in docs/briefing.md).

    `freq` "auto" takes the finest of month, quarter and year at which the
    actor's busiest dyads hold at least `per_period` events per period over
    the span each is covered, empty periods included (sparse or bursty news
    needs quarters or years, a GDELT feed months). `partners` busy
    partners get a dyad panel (plus `other` and any partner with an alert).
    `min_confidence` is the least confidence of an alert. Event-based
    alignment needs `min_states` states in the period's profiles; UN-vote and
    ATOP alignment look back `lookback_years` before the span for a baseline.
    A trend is reported when the tone moved by `trend_change` Goldstein points
    (the who-moved rule's threshold) between the halves of the span, each with
    `trend_events` events (a relation with none in the first half is reported
    as new); `quotes` evidence sentences back each trend. The sectors of
    `settings.selection` (default: states acting as states) hold for every
    analysis of the briefing, the bloc ones included.
    """

    freq: str = "auto"
    partners: int = 6
    min_confidence: float = 0.8
    per_period: float = 3.0
    min_states: int = 3
    lookback_years: int = 10
    trend_change: float = 1.0
    trend_events: int = 2
    quotes: int = 2
    settings: AlertSettings = field(default_factory=AlertSettings)

    def __post_init__(self) -> None:
        if self.freq not in BRIEF_FREQS:
            raise ConfigError(
                f"Unknown briefing period {self.freq!r}; use one of "
                f"{', '.join(BRIEF_FREQS)} (e.g. --freq year)."
            )
        if self.partners < 1 or self.per_period <= 0 or self.quotes < 0:
            raise ConfigError(
                "partners must be at least 1, per_period positive, quotes at least 0."
            )


def brief(
    actor: str,
    *,
    db: str | os.PathLike[str] | None = None,
    other: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    options: BriefingOptions | None = None,
) -> Briefing:
    """A briefing on `actor` from the store at `db` (see `make_briefing`).

    Raises:
        StoreError: the store is missing, locked or outdated.
        ConfigError: an unknown code, or no events of the actor in the range.
    """
    with open_store(resolve_db_path(db), read_only=True) as store:
        return make_briefing(
            store, actor, other=other, since=since, until=until, options=options
        )


def make_briefing(
    store: Store,
    actor: str,
    *,
    other: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    options: BriefingOptions | None = None,
    kb: KnowledgeBase | None = None,
) -> Briefing:
    """Collect everything the analyses say about `actor`, optionally against `other`.

    Dyad series with their change-point alerts (and who moved), alignment over
    time (event profiles; UN votes and ATOP portfolios when imported), the
    camp network of the latest period and camp flips, dependency beside
    alignment, cohesion of the blocs the actor belongs to, unmet obligations,
    alliance moves, headline findings in plain words and an evidence table.

    Args:
        store: the event store.
        actor: a state or organisation code (ARM, CSTO).
        other: the actor to read it against (its dyad comes first).
        since: first day (default: the actor's first event).
        until: last day (default: the actor's last event).
        options: period, partners, thresholds.
        kb: the knowledge base (default: the bundled one).

    Returns:
        The briefing.

    Raises:
        ConfigError: an unknown code, a bad range, or no events of the actor.
    """
    options = options or BriefingOptions()
    kb = kb or load_kb()
    actor = _check_code(kb, actor)
    other = _check_code(kb, other) if other else None
    if other == actor:
        raise ConfigError(f"--vs names {actor} itself; pick another actor.")
    if since and until and since > until:
        raise ConfigError(f"--since {since} is after --until {until}.")
    selection = options.settings.selection
    units = event_units(store, since=since, until=until, selection=selection)
    involved = units[(units["source"] == actor) | (units["target"] == actor)]
    if involved.empty:
        raise ConfigError(
            f"No events of {actor} in the store{_range_text(since, until)}. Check the "
            f"code (allegiance events --actor {actor}) or ingest articles first."
        )
    start = since or involved["date"].min().date()
    end = until or involved["date"].max().date()
    titles = article_titles(store, involved)
    busy = _partners(involved, actor, other, options.partners)
    freq = (
        _pick_freq(involved, actor, busy, options.per_period)
        if options.freq == "auto"
        else options.freq
    )
    found = _multiscale_alerts(store, actor, since, until, freq, options, titles)
    found.sort(key=lambda a: -abs(a.magnitude) * a.confidence)
    for a in found:
        if a.dyad[1] not in busy:
            busy.append(a.dyad[1])
    panels = tuple(
        make_panel(
            units,
            actor,
            p,
            freq,
            start,
            end,
            found,
            titles,
            selection.weighted,
            options.quotes,
        )
        for p in busy
    )
    period: Period = (
        "month" if freq == "month" else "quarter" if freq == "quarter" else "year"
    )
    # Every sector is read once; each analysis keeps what states do (the
    # selection's sectors) and counts what it left out.
    filters = EventFilter(since=since, until=until, sectors=selection.sectors)
    frame = event_frame(store, filters=replace(filters, sectors=None))
    left_out = left_out_units(
        store, actors=[actor], since=since, until=until, selection=selection
    )
    camps = find_camps(frame, kb, options=CampOptions(period=period, filters=filters))
    latest = [p for p in camps.periods if actor in dict(p.camps)]
    wanted = {actor, other}
    blocs = _blocs(kb, actor, start, end)
    draft = Briefing(
        actor=actor,
        other=other,
        since=start,
        until=end,
        freq=freq,
        articles=int(involved["article_id"].nunique()),
        events=len(involved),
        names=_names(kb),
        findings=(),
        panels=panels,
        alerts=tuple(found),
        alignment=alignment_points(
            store,
            kb,
            units,
            actor,
            [p for p in busy if p in kb.states],
            start,
            end,
            freq,
            min_states=options.min_states,
            lookback_years=options.lookback_years,
        ),
        camps=latest[-1] if latest else None,
        flips=tuple(
            f
            for f in camps.flips
            if f.actor in wanted or actor in f.left or actor in f.joined
        ),
        cohesion=tuple(
            measure_cohesion(
                frame,
                kb,
                org,
                options=CohesionOptions(period=period, filters=filters),
            )
            for org in blocs
        ),
        dependency=dependency_profile(
            frame, kb, actor, end, options=DependencyOptions(filters=filters)
        )
        if actor in kb.states
        else None,
        obligations=_obligations(frame, kb, actor, filters),
        moves=tuple(
            m
            for m in summarise(store, kb=kb).moves
            if wanted & {m.actor, m.organisation}
            and m.date is not None
            and start <= m.date <= end
        ),
        left_out=len(left_out),
    )
    findings = find_headlines(
        draft,
        titles,
        trend_change=options.trend_change,
        min_events=options.trend_events,
    )
    draft = replace(draft, findings=findings)
    return replace(draft, evidence=evidence_table(draft))


def _check_code(kb: KnowledgeBase, code: str) -> str:
    code = code.strip().upper()
    if code in kb.organisations:
        return code
    kb.state(code)  # raises KnowledgeBaseError with suggestions for a bad code
    return code


def _range_text(since: dt.date | None, until: dt.date | None) -> str:
    if since and until:
        return f" from {since} to {until}"
    if since:
        return f" from {since}"
    return f" up to {until}" if until else ""


def _titled(alert: Alert, titles: Titles) -> Alert:
    """An alert whose evidence has titles (alerts() labels them; this keeps it so)."""
    evidence = tuple(
        replace(e, title=e.title or titles.get(e.article_id, (None, None))[0])
        for e in alert.evidence
    )
    return replace(alert, evidence=evidence)


def _others(rows: pd.DataFrame, actor: str) -> pd.Series:
    return rows["target"].where(rows["source"] == actor, rows["source"])


def _partners(
    involved: pd.DataFrame, actor: str, other: str | None, top: int
) -> list[str]:
    counts = pair_counts(involved)
    ranked = []
    for (low, high), n in counts.sort_values(ascending=False, kind="stable").items():
        ranked.append((-int(n), high if low == actor else low))
    names = [p for _, p in sorted(ranked)]
    chosen = [other] if other else []
    return chosen + [p for p in names if p not in chosen][: top - len(chosen)]


def _multiscale_alerts(
    store: Store,
    actor: str,
    since: dt.date | None,
    until: dt.date | None,
    freq: str,
    options: BriefingOptions,
    titles: Titles,
) -> list[Alert]:
    """Alerts at `freq`, plus yearly ones for dyads with none at `freq`.

    A slow turn (a relation that cools over three years) is lost in quarterly
    noise yet plain in yearly means; a sharp one shows at the finer period.
    Each alert keeps its own period (`Alert.freq`), so the reader sees which.
    """

    def run(at: str) -> list[Alert]:
        return [
            _titled(a, titles)
            for a in alerts(
                store,
                actors=[actor],
                since=since,
                until=until,
                freq=at,
                min_confidence=options.min_confidence,
                settings=options.settings,
            )
        ]

    found = run(freq)
    if freq != "year":
        seen = {a.dyad for a in found}
        found += [a for a in run("year") if a.dyad not in seen]
    return found


def _pick_freq(
    involved: pd.DataFrame, actor: str, partners: Sequence[str], per_period: float
) -> str:
    """The finest period at which the busy dyads average `per_period` events
    per period over the span each is covered (first to last event, empty
    periods included: news comes in bursts, and a month-level series that is
    mostly gaps makes noise of its few busy months)."""
    rows = involved[_others(involved, actor).isin(partners)]
    partner = _others(rows, actor)
    for freq in ("month", "quarter", "year"):
        periods = pd.DataFrame(
            {"p": partner, "t": rows["date"].dt.to_period(FREQS[freq]).map(_ordinal)}
        )
        bounds = periods.groupby("p")["t"].agg(["min", "max"])
        spanned = int((bounds["max"] - bounds["min"] + 1).sum())
        if spanned and len(rows) / spanned >= per_period:
            return freq
    return "year"


def _ordinal(period: pd.Period) -> int:
    """A period's position on its own scale (months, quarters or years)."""
    return int(period.ordinal)


def _blocs(
    kb: KnowledgeBase, actor: str, start: dt.date, end: dt.date
) -> tuple[str, ...]:
    """The actor's bloc organisations in the span (itself, if it is one)."""
    if actor in kb.organisations:
        return (actor,) if kb.organisations[actor].kind in BLOC_KINDS else ()
    return tuple(
        sorted(
            {
                m.org
                for m in kb.memberships
                if m.member == actor
                and m.status in BLOC_STATUSES
                and m.org in kb.organisations
                and kb.organisations[m.org].kind in BLOC_KINDS
                and (m.start is None or m.start <= end)
                and (m.end is None or m.end >= start)
            }
        )
    )


def _obligations(
    frame: pd.DataFrame, kb: KnowledgeBase, actor: str, filters: EventFilter
) -> tuple[UnmetObligation, ...]:
    report = assess_obligations(frame, kb, options=ObligationOptions(filters=filters))
    return tuple(
        u
        for u in (*report.unmet, *report.pending)
        if actor in (u.requester, u.addressee, u.organisation) or actor in u.allies
    )


def _names(kb: KnowledgeBase) -> dict[str, str]:
    """Every state's name; organisations keep their codes (CSTO, NATO)."""
    names = {code: state.name for code, state in kb.states.items()}
    names.update({code: code for code in kb.organisations})
    return names
