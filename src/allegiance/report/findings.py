"""Headline findings in plain words, the evidence table and the demo's terminal text."""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import pandas as pd

from ..analysis.alerts import Alert
from ..analysis.cohesion import CohesionSeries
from ..analysis.frames import EventRef, non_state_note
from ..analysis.series import FREQS
from ..analysis.summary import Move, Summary, describe_move, render_summary
from .records import Briefing, EvidenceRow, Finding, Quote

__all__ = [
    "COHESION_COLUMNS",
    "cohesion_rows",
    "evidence_table",
    "find_headlines",
    "finding_label",
    "left_out_text",
    "metric_name",
    "period_label",
    "render_demo",
    "signed",
]

Titles = Mapping[str, tuple[str | None, str | None]]
_METRICS = {
    "goldstein_mean": "mean Goldstein",
    "net_cooperation_norm": "net cooperation (normalised)",
}
# Findings in reading order: shifts first, then the bloc, then the background.
_ORDER = ("alert", "trend", "cohesion", "obligation", "camp", "dependency", "move")


# The cohesion table of the HTML and Markdown briefings.
COHESION_COLUMNS = (
    "period",
    "members",
    "events",
    "mean Goldstein",
    "positive",
    "score",
)


def cohesion_rows(
    series: CohesionSeries, num: Callable[..., str]
) -> list[tuple[str, ...]]:
    """One row per period of `series` under COHESION_COLUMNS; `num(x, fmt)`
    writes a number, or the format's own mark for a missing one."""
    return [
        (
            p.period,
            str(len(p.members)),
            str(p.events),
            num(p.goldstein, "+.1f"),
            num(p.positive_share, ".0%"),
            num(p.score),
        )
        for p in series.points
    ]


def left_out_text(count: int, where: str = "") -> str:
    """What the sector rule left out, with the reason ("" when nothing was).

    For example "12 events by or towards civilians, protesters, opposition,
    rebels, companies or media not counted: a state's alignment is what its
    government, forces, courts, parliament, police and intelligence do".
    `where` says whose ("of Armenia").
    """
    note = non_state_note(count, where=where)
    if not note:
        return ""
    return (
        f"{note}: a state's alignment is what its government, forces, courts, "
        "parliament, police and intelligence do"
    )


def period_label(day: dt.date, freq: str) -> str:
    """The period starting at `day` as an analyst writes it: 2023, 2023Q1, 2023-01."""
    return str(pd.Period(day, freq=FREQS[freq]))


def metric_name(metric: str) -> str:
    """A series column in words ("mean Goldstein")."""
    return _METRICS.get(metric, metric)


def signed(x: float | None) -> str:
    """A score with its sign and one decimal ("+3.4"); "n/a" for none, no "-0.0"."""
    if x is None or math.isnan(x):
        return "n/a"
    text = f"{x:+.1f}"
    return "+0.0" if text == "-0.0" else text


def _alert_text(b: Briefing, a: Alert) -> str:
    way = "warmer" if a.direction == "up" else "colder"
    text = (
        f"{b.dyad_name(a.dyad)}: {way} from {period_label(a.date, a.freq)}, "
        f"{metric_name(a.metric)} {signed(a.before)} -> {signed(a.after)} "
        f"({signed(a.magnitude)}; {' + '.join(a.methods)}, confidence {a.confidence:.2f})."
    )
    if a.who_moved:
        text += f" {a.who_moved.explanation}"
    return text


def _quote(ref: EventRef, titles: Titles) -> Quote:
    title, url = titles.get(ref.article_id, (None, None))
    return replace(Quote.from_ref(ref), title=title, url=url)


def _unique(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Quotes without repeats: one sentence may hold several events."""
    seen: dict[str, Quote] = {}
    for quote in quotes:
        seen.setdefault(quote.key, quote)
    return tuple(seen.values())


def _move_quote(m: Move) -> Quote:
    source, target = (
        (m.organisation, m.actor) if m.by_organisation else (m.actor, m.organisation)
    )
    return Quote(
        m.date or dt.date.min,
        source,
        target,
        m.cameo,
        None,
        m.confidence,
        m.evidence,
        m.article_id,
        m.title,
    )


def find_headlines(
    b: Briefing, titles: Titles, *, trend_change: float = 1.0, min_events: int = 2
) -> tuple[Finding, ...]:
    """The briefing's findings in plain words, most telling first.

    Alerts (change points that passed the detectors' test), then trends of
    dyads without an alert whose tone moved by `trend_change` or more between
    the two halves of the span, or that only appear in the second half, with
    `min_events` events in each half measured (descriptive only), cohesion drops, unmet
    obligations, camp flips, dependency beside alignment, and alliance moves.

    Args:
        b: the briefing (its findings are ignored).
        titles: article id -> (title, URL), for the bloc analyses' evidence.
        trend_change: the least change of tone reported as a trend.
        min_events: the least events of a half whose tone is compared.

    Returns:
        The findings in reading order.
    """
    out = [
        Finding(
            "alert",
            _alert_text(b, a),
            a.date,
            a.dyad,
            a.direction,
            abs(a.magnitude) * a.confidence,
            tuple(Quote.from_evidence(e) for e in a.evidence),
        )
        for a in b.alerts
    ]
    out += _trends(b, trend_change, min_events)
    out += _cohesion(b, titles)
    out += _obligations(b, titles)
    out += _flips(b, titles)
    out += _dependency(b)
    out += [
        Finding(
            "move",
            f"{m.date}: {describe_move(m, b.names)}.",
            m.date,
            (m.actor, m.organisation),
            evidence=(_move_quote(m),),
        )
        for m in b.moves
        if m.modality == "asserted"
    ]
    return tuple(
        sorted(
            out,
            key=lambda f: (_ORDER.index(f.kind), -f.weight, f.date or dt.date.min),
        )
    )


def _trends(b: Briefing, trend_change: float, min_events: int) -> list[Finding]:
    out = []
    for panel in b.panels:
        t, dyad = panel.trend, (b.actor, panel.partner)
        if panel.alerts or t.late is None or t.late_events < min_events:
            continue
        if t.early is None:
            # A relation that only appears in the second half of the span.
            text = (
                f"{b.dyad_name(dyad)}: a new relation: no events before {t.split}, "
                f"{t.late_events} since, mean Goldstein {signed(t.late)}. No test "
                "applies to a relation without a past; read it as a tendency."
            )
            change = t.late
        elif t.early_events >= min_events and abs(t.late - t.early) >= trend_change:
            text = (
                f"{b.dyad_name(dyad)}: {'warmer' if t.late > t.early else 'colder'} "
                f"without a change point: mean Goldstein {signed(t.early)} before "
                f"{t.split} ({t.early_events} events), {signed(t.late)} since "
                f"({t.late_events} events). No detector found a shift it was "
                "confident of; read this as a tendency, not an alert."
            )
            change = t.late - t.early
        else:
            continue
        out.append(
            Finding(
                "trend",
                text,
                t.split,
                dyad,
                "up" if change > 0 else "down",
                abs(change),
                t.evidence,
            )
        )
    return out


def _cohesion(b: Briefing, titles: Titles) -> list[Finding]:
    out = []
    for series in b.cohesion:
        drops = {f.period for f in series.flags if f.kind == "drop"}
        for flag in series.flags:
            # A member turning negative is news only about the actor, and only
            # when no drop of the same period already tells it.
            if flag.kind == "turned_negative" and (
                b.actor not in flag.members or flag.period in drops
            ):
                continue
            members = ", ".join(b.name(m) for m in flag.members) or "none named"
            what = (
                f"{series.organisation} cohesion dropped in {flag.period}: "
                f"{flag.reason}; members whose conduct worsened: {members}."
                if flag.kind == "drop"
                else f"{series.organisation}, {flag.period}: {flag.reason}."
            )
            out.append(
                Finding(
                    "cohesion",
                    what,
                    pd.Period(flag.period).start_time.date(),
                    (b.actor, series.organisation),
                    "down",
                    (flag.previous or 0.0) - (flag.score or 0.0),
                    _unique(_quote(e, titles) for e in flag.evidence),
                )
            )
    return out


def _obligations(b: Briefing, titles: Titles) -> list[Finding]:
    out = []
    for u in b.obligations:
        allies = ", ".join(b.name(a) for a in u.allies)
        kinds = sorted({r.kind for r in u.responses})
        answer = f" Responses seen: {', '.join(kinds)}." if kinds else ""
        refused = (
            f"none of {allies} gave material military support"
            if len(u.allies) > 1
            else f"{allies or 'no ally'} gave no material military support"
        )
        status = (
            f"the {(u.deadline - u.date).days}-day window was still open at the end "
            "of the data"
            if u.pending
            else f"{refused} by {u.deadline}"
        )
        out.append(
            Finding(
                "obligation",
                f"{u.date}: {b.name(u.requester)} asked {b.name(u.addressee)} for "
                f"military help{' (addressee inferred)' if u.inferred else ''}; "
                f"{status}.{answer}",
                u.date,
                (u.requester, u.addressee),
                evidence=_unique(_quote(e, titles) for e in u.requests),
            )
        )
    return out


def _flips(b: Briefing, titles: Titles) -> list[Finding]:
    out = []
    for f in b.flips:
        left = ", ".join(b.name(a) for a in f.left) or "no former partner"
        joined = ", ".join(b.name(a) for a in f.joined) or "no new partner"
        out.append(
            Finding(
                "camp",
                f"{f.period}: {b.name(f.actor)} changed camp (last seen {f.last_seen}); "
                f"its ties are now hostile with {left} and friendly with {joined}.",
                pd.Period(f.period).start_time.date(),
                (f.actor, b.actor),
                evidence=_unique(_quote(e, titles) for e in f.evidence),
            )
        )
    return out


def _dependency(b: Briefing) -> list[Finding]:
    profile = b.dependency
    if profile is None or not profile.partners:
        return []
    top = max(profile.partners, key=lambda p: (p.weight, p.events))
    if top.weight <= 0:
        return []
    scored = [p for p in profile.partners if p.alignment is not None and p.events]
    text = (
        f"{b.name(b.actor)} depends most on {b.name(top.partner)} "
        f"({', '.join(top.kinds)}; weight {top.weight:.2f} of its dependencies); "
        f"relations with it over the year to {profile.date}: "
        f"{signed(top.alignment)} mean Goldstein ({top.events} events)."
    )
    if scored:
        warm = max(scored, key=lambda p: (p.alignment or 0.0, p.events))
        if warm.partner != top.partner:
            text += (
                f" Warmest relations: {b.name(warm.partner)} "
                f"({signed(warm.alignment)}, {warm.events} events)."
            )
    text += " Dependency and alignment are separate measures, never combined."
    return [Finding("dependency", text, profile.date, (b.actor, top.partner))]


def finding_label(f: Finding, freq: str) -> str:
    """A short label of a finding for the evidence table ("alert ARM-USA 2023 up")."""
    dyad = "-".join(c or "?" for c in f.dyad) if f.dyad else ""
    when = period_label(f.date, freq) if f.date and f.kind != "move" else ""
    parts = [f.kind, dyad, when, f.direction or ""]
    return " ".join(p for p in parts if p)


def evidence_table(b: Briefing) -> tuple[EvidenceRow, ...]:
    """Every quoted sentence once, with the findings and series that cite it."""
    rows: dict[str, tuple[Quote, list[str]]] = {}

    def add(quote: Quote, label: str) -> None:
        quote_row = rows.setdefault(quote.key, (quote, []))
        if label not in quote_row[1]:
            quote_row[1].append(label)

    for f in b.findings:
        for quote in f.evidence:
            add(quote, finding_label(f, b.freq))
    for panel in b.panels:
        for day, quote in panel.notes:
            label = f"series {b.actor}-{panel.partner} {period_label(day, b.freq)}"
            add(quote, label)
    ordered = sorted(rows.values(), key=lambda r: (r[0].date, r[0].key))
    return tuple(EvidenceRow(q, tuple(labels)) for q, labels in ordered)


def _wrap(text: str, width: int, indent: str = "      ") -> str:
    return textwrap.fill(
        text, width=width, initial_indent=indent, subsequent_indent=indent
    )


def _quote_line(q: Quote, width: int) -> str:
    # The report's date beside its title: a shift's quarter is where the new
    # level starts, and its evidence may come from the quarter after.
    where = q.title or q.url or q.article_id
    return _wrap(f'"{q.sentence}" [{q.date.isoformat()}, {where}]', width)


def render_demo(
    summary: Summary, briefing: Briefing, *, top: int = 5, width: int = 100
) -> str:
    """The demo's terminal briefing: alliance moves, then shifts and cohesion.

    After the moves come the briefing's `top` alerts, the strongest of each
    pair (date, dyad, direction, magnitude, one evidence sentence each), its
    trends without a change point,
    and the cohesion of the actor's blocs with their steepest drop; then the
    busiest pairs.

    Args:
        summary: what the store holds (`analysis.summary.summarise`).
        briefing: the briefing of the demo's actor (`make_briefing`).
        top: alerts and trends shown at most.
        width: line width.

    Returns:
        The text to print.
    """
    b = briefing
    lines = [
        "",
        f"Shifts in {b.name(b.actor)}'s relations (change points in the {b.freq}ly "
        "mean Goldstein score, yearly where a slow turn shows only there; "
        "-10 hostile .. +10 cooperative)",
    ]
    # The strongest shift of each pair (findings come strongest first): a
    # second turn of one pair must not push another pair's only one off.
    shown: dict[tuple[str, str] | None, Finding] = {}
    for f in b.findings:
        if f.kind == "alert" and len(shown) < top:
            shown.setdefault(f.dyad, f)
    for f in shown.values():
        a = next(a for a in b.alerts if a.dyad == f.dyad and a.date == f.date)
        lines.append(
            f"  {period_label(a.date, a.freq):<6}  {b.dyad_name(a.dyad):<32} "
            f"{a.direction.upper():<4} {a.magnitude:+.1f} ({a.before:+.1f} -> "
            f"{a.after:+.1f}), confidence {a.confidence:.2f}"
        )
        lines += [_quote_line(q, width) for q in f.evidence[:1]]
    if not b.alerts:
        lines.append("  no change point passed the detectors' test")
    trends = [f for f in b.findings if f.kind == "trend"][:top]
    if trends:
        lines.append("  Without a change point (tone before -> after mid-span):")
    for f in trends:
        panel = next(p for p in b.panels if f.dyad == (b.actor, p.partner))
        t = panel.trend
        change = (
            f"{signed(t.early)} -> {signed(t.late)} ({t.early_events} + "
            f"{t.late_events} events)"
            if t.early is not None
            else f"{signed(t.late)} ({t.late_events} events, none before)"
        )
        way = (
            "NEW" if t.early is None else "WARMER" if f.direction == "up" else "COLDER"
        )
        lines.append(f"  {b.dyad_name(f.dyad or ('', '')):<38} {way:<6} {change}")
        lines += [_quote_line(q, width) for q in f.evidence[:1]]
    if b.left_out:
        about = f"of {b.name(b.actor)}"
        lines.append(_wrap(f"({left_out_text(b.left_out, about)})", width, "  "))
    lines += _cohesion_lines(b, width)
    return render_summary(summary, b.names, width=width, after_moves=lines)


def _cohesion_lines(b: Briefing, width: int) -> Sequence[str]:
    lines = ["", "Alliance cohesion (-1 split .. +1 united; drops flagged)"]
    for series in b.cohesion:
        scores = " ".join(
            f"{p.period} {p.score:+.2f}" for p in series.points if p.score is not None
        )
        leader = f", leader {b.name(series.leader)}" if series.leader else ""
        lines.append(f"  {series.organisation}{leader}:")
        lines.append(_wrap(scores, width, "    "))
        if series.left_out:
            aside = non_state_note(series.left_out, where="between members")
            lines.append(_wrap(f"({aside})", width, "    "))
        drops = [f for f in series.flags if f.kind == "drop"]
        if not drops:
            continue
        # The steepest drop, with one sentence; the others by period only.
        worst = max(drops, key=lambda f: (f.previous or 0.0) - (f.score or 0.0))
        named = ", ".join(b.name(m) for m in worst.members) or "no member named"
        others = sorted(f.period for f in drops if f is not worst)
        more = f"; also dropped in {', '.join(others)}" if others else ""
        lines.append(
            _wrap(f"DROP {worst.period}: {worst.reason} ({named}){more}", width, "    ")
        )
        lines += [
            _wrap(f'"{e.evidence}"', width, "        ") for e in worst.evidence[:1]
        ]
    return lines if b.cohesion else []
