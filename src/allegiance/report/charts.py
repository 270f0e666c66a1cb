"""The briefing's charts: matplotlib figures (Agg, no display), as PNG or SVG.

One function per chart, each returning a `Chart` (the figure and what the HTML
needs to make it interactive), or None when the briefing has nothing to draw.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from .bloc_charts import camp_chart, cohesion_chart, dependency_chart
from .chartkit import (
    DOWN,
    INK,
    PALETTE,
    UP,
    Chart,
    ChartSeries,
    date_axis,
    figure,
    middle,
    period_end,
    quote_tip,
    styled,
    to_png,
    to_svg,
)
from .findings import period_label, signed
from .records import Briefing, DyadPanel, Quote

__all__ = [
    "DOWN",
    "PALETTE",
    "UP",
    "Chart",
    "ChartSeries",
    "alignment_chart",
    "camp_chart",
    "cohesion_chart",
    "dependency_chart",
    "make_charts",
    "series_chart",
    "to_png",
    "to_svg",
]


@styled
def series_chart(b: Briefing) -> Chart:
    """Dyad series: the actor's mean Goldstein with each partner, change points marked.

    One panel per partner (shared time axis, -10..+10); marker area grows with
    the period's events; dashed lines mark change points (blue up, vermillion
    down, with the magnitude), dotted steps the levels either side.
    """
    panels = [p for p in b.panels if p.series.frame["events"].sum() > 0]
    fig = figure(9.5, 1.1 + 1.55 * max(len(panels), 1))
    axes = fig.subplots(max(len(panels), 1), 1, sharex=True, squeeze=False)[:, 0]
    series: list[ChartSeries] = []
    for i, (ax, panel) in enumerate(zip(axes, panels, strict=False)):
        series += _series_panel(ax, b, panel, f"s{i}")
    axes[-1].set_xlabel(f"{b.freq} (each value drawn mid-period)")
    if panels:
        frame = panels[0].series.frame
        axes[-1].set_xlim(
            float(mdates.date2num(frame.index[0].date())),
            float(mdates.date2num(period_end(frame.index[-1].date(), b.freq))),
        )
    for ax in axes:  # shared ticks, but each panel draws its own grid
        date_axis(ax, b.freq)
    fig.legend(
        handles=[
            Line2D(
                [], [], color=INK, marker="o", label="mean Goldstein (area: events)"
            ),
            Line2D([], [], color=UP, ls="--", marker="^", label="change point, warmer"),
            Line2D(
                [], [], color=DOWN, ls="--", marker="v", label="change point, colder"
            ),
            Line2D([], [], color="#777777", ls=":", label="level before / after"),
        ],
        loc="outside lower center",
        ncols=4,
    )
    title = f"{b.name(b.actor)}: relations with main partners per {b.freq}"
    fig.suptitle(f"{title} (mean Goldstein, -10 hostile .. +10 cooperative)")
    return Chart(
        "series",
        title,
        f"{title}. One panel per partner; change points found by the detectors "
        "are dashed lines with the size of the shift.",
        fig,
        tuple(series),
    )


def _series_panel(
    ax: Axes, b: Briefing, panel: DyadPanel, gid: str
) -> list[ChartSeries]:
    frame = panel.series.frame
    measured = frame[frame["events"] > 0]
    x = mdates.date2num([middle(ts.date(), b.freq) for ts in measured.index])
    y = measured["goldstein_mean"].to_numpy()
    sizes = 8 + 22 * np.sqrt(measured["events"].to_numpy())
    ax.axhline(0, color="#999999", lw=0.8, zorder=1)
    (line,) = ax.plot(x, y, color=INK, lw=1.2, zorder=3)
    dots = ax.scatter(x, y, s=sizes, color=INK, zorder=4, edgecolor="white", lw=0.6)
    line.set_gid(f"{gid}-line")
    dots.set_gid(f"{gid}-pts")
    notes = dict(panel.notes)
    tips = []
    for ts, row in measured.iterrows():
        note = notes.get(ts.date())
        text = (
            f"{b.dyad_name((b.actor, panel.partner))}, {period_label(ts.date(), b.freq)}: "
            f"mean Goldstein {row['goldstein_mean']:+.2f}, {int(row['events'])} events, "
            f"net cooperation (normalised) {row['net_cooperation_norm']:+.2f}"
        )
        tips.append(text + (f"\nStrongest: {quote_tip(note)}" if note else ""))
    out = [
        ChartSeries(f"{gid}-line", "Mean Goldstein", ()),
        ChartSeries(f"{gid}-pts", "Mean Goldstein", tuple(tips)),
    ]
    out += _change_marks(ax, b, panel, gid)
    ax.set_ylim(-10.5, 12.5)
    ax.set_yticks([-10, -5, 0, 5, 10])
    ax.set_ylabel("Goldstein")
    t = panel.trend
    halves = (
        f"mean before {t.split}: {signed(t.early)}, since: {signed(t.late)}"
        if t.early is not None and t.late is not None
        else f"no events before {t.split}"
        if t.late is not None
        else f"no events since {t.split}"
    )
    ax.set_title(
        f"{b.dyad_name((b.actor, panel.partner))}  ({int(frame['events'].sum())} "
        f"events; {halves})",
        loc="left",
        fontsize=9,
    )
    return out


def _change_marks(
    ax: Axes, b: Briefing, panel: DyadPanel, gid: str
) -> list[ChartSeries]:
    out = []
    measured = panel.series.frame.index[panel.series.frame["events"] > 0]
    first = measured[0].date()
    last = period_end(measured[-1].date(), b.freq)
    ordered = sorted(panel.alerts, key=lambda a: a.date)
    bounds = [first, *[a.date for a in ordered], last]
    for k, alert in enumerate(ordered):
        colour = UP if alert.direction == "up" else DOWN
        when = float(mdates.date2num(alert.date))
        mark = ax.axvline(when, color=colour, ls="--", lw=1.4, zorder=2)
        tip = ax.scatter(
            [when], [11.3], marker="^" if alert.direction == "up" else "v",
            s=60, color=colour, zorder=5, clip_on=False,
        )  # fmt: skip
        label = ax.annotate(
            f"{alert.magnitude:+.1f}",
            (when, 11.3),
            xytext=(7, -3),
            textcoords="offset points",
            color=colour,
            fontsize=8,
            fontweight="bold",
        )
        before = ax.plot(
            mdates.date2num([bounds[k], alert.date]),
            [alert.before] * 2,
            color="#777777",
            ls=":",
            lw=1.4,
        )[0]
        after = ax.plot(
            mdates.date2num([alert.date, bounds[k + 2]]),
            [alert.after] * 2,
            color="#777777",
            ls=":",
            lw=1.4,
        )[0]
        cp = f"{gid}-cp{k}"
        mark.set_gid(f"{cp}-line")
        tip.set_gid(f"{cp}-mark")
        label.set_gid(f"{cp}-label")
        before.set_gid(f"{cp}-before")
        after.set_gid(f"{cp}-after")
        text = (
            f"Change point {period_label(alert.date, alert.freq)}: "
            f"{'warmer' if alert.direction == 'up' else 'colder'} {alert.magnitude:+.2f} "
            f"({alert.before:+.2f} -> {alert.after:+.2f}), confidence {alert.confidence:.2f}, "
            f"{' + '.join(alert.methods)}"
        )
        if alert.evidence:
            text += "\nEvidence: " + quote_tip(Quote.from_evidence(alert.evidence[0]))
        out += [
            ChartSeries(f"{cp}-line", "Change points", (text,)),
            ChartSeries(f"{cp}-mark", "Change points", (text,)),
            ChartSeries(f"{cp}-label", "Change points", ()),
            ChartSeries(f"{cp}-before", "Levels before / after", (text,)),
            ChartSeries(f"{cp}-after", "Levels before / after", (text,)),
        ]
    return out


@styled
def alignment_chart(b: Briefing) -> Chart | None:
    """Alignment over time: S of event profiles, UN vote agreement, ATOP S.

    One panel per measure present, one line per partner (colour by partner).
    """
    measures = [
        (m, label)
        for m, label in (
            ("events", "S over event profiles"),
            ("un_votes", "UN General Assembly vote agreement"),
            ("atop", "S over ATOP alliance portfolios"),
        )
        if any(p.measure == m for p in b.alignment)
    ]
    if not measures:
        return None
    partners = list(dict.fromkeys(p.partner for p in b.alignment))
    colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(partners)}
    fig = figure(9.5, 0.8 + 2.4 * len(measures))
    axes = fig.subplots(len(measures), 1, sharex=True, squeeze=False)[:, 0]
    series = []
    for j, (ax, (measure, label)) in enumerate(zip(axes, measures, strict=True)):
        for partner in partners:
            points = sorted(
                (
                    p
                    for p in b.alignment
                    if p.measure == measure and p.partner == partner
                ),
                key=lambda p: p.start,
            )
            if not points:
                continue
            freq = b.freq if measure == "events" else "year"
            x = mdates.date2num([middle(p.start, freq) for p in points])
            (line,) = ax.plot(
                x, [p.value for p in points], color=colour[partner], marker="o",
                ms=4, lw=1.4, label=b.name(partner),
            )  # fmt: skip
            gid = f"a{j}-{partner}"
            line.set_gid(gid)
            tips = tuple(
                f"{b.name(b.actor)} and {b.name(partner)}, {p.period}: {label} "
                f"{p.value:.2f} (kappa {'n/a' if p.kappa is None else f'{p.kappa:+.2f}'}; "
                f"{p.n} {'roll calls' if measure == 'un_votes' else 'states'})"
                for p in points
            )
            series.append(ChartSeries(gid, b.name(partner), tips))
        ax.set_title(label, loc="left")
        lowest = min(p.value for p in b.alignment if p.measure == measure)
        ax.set_ylim(min(-0.05, lowest - 0.1), 1.05)
        ax.axhline(0, color="#999999", lw=0.8)
        ax.set_ylabel("share voted alike" if measure == "un_votes" else "S (1 = same)")
    yearly = b.freq == "year" or all(m != "events" for m, _ in measures)
    for ax in axes:
        date_axis(ax, "year" if yearly else b.freq)
    handles = [
        Line2D([], [], color=colour[p], marker="o", label=b.name(p)) for p in partners
    ]
    fig.legend(handles=handles, loc="outside right upper", title="partner")
    title = f"{b.name(b.actor)}: alignment with partners over time"
    fig.suptitle(title)
    return Chart(
        "alignment",
        title,
        f"{title}. S is Signorino and Ritter's similarity of the two states' "
        "positions (1 identical); vote agreement the share of roll calls voted alike.",
        fig,
        tuple(series),
    )


def make_charts(b: Briefing) -> list[Chart]:
    """Every chart the briefing has data for, in reading order."""
    drawn = [
        series_chart(b),
        alignment_chart(b),
        camp_chart(b),
        dependency_chart(b),
        cohesion_chart(b),
    ]
    return [c for c in drawn if c is not None]
