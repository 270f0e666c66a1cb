"""Bloc charts: the camp network, dependency beside alignment, alliance cohesion."""

from __future__ import annotations

import math
import textwrap
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.lines import Line2D

from .chartkit import (
    CAMP_COLOURS,
    DOWN,
    INK,
    PALETTE,
    UP,
    Chart,
    ChartSeries,
    date_axis,
    figure,
    middle,
    styled,
)
from .records import Briefing

__all__ = ["camp_chart", "cohesion_chart", "dependency_chart"]


@styled
def camp_chart(b: Briefing) -> Chart | None:
    """The signed network of the latest period, split into two camps.

    Camp 0 on the left, camp 1 on the right (green / purple); cooperative ties
    solid blue, hostile ties dashed vermillion, width by volume; the actor
    ringed in black, states that changed camp in the period ringed dashed.
    """
    period = b.camps
    if period is None:
        return None
    camps = dict(period.camps)
    where = _camp_layout(camps)
    fig = figure(7.5, 5.6)
    ax = fig.subplots()
    ax.set_axis_off()
    heaviest = max((e.weight for e in period.edges), default=1.0)
    series = []
    for k, e in enumerate(period.edges):
        (xa, ya), (xb, yb) = where[e.a], where[e.b]
        (line,) = ax.plot(
            [xa, xb], [ya, yb], color=UP if e.sign > 0 else DOWN,
            ls="-" if e.sign > 0 else "--", lw=1.0 + 3.5 * e.weight / heaviest,
            zorder=1, alpha=0.85,
        )  # fmt: skip
        gid = f"edge{k}"
        line.set_gid(gid)
        frustrated = (camps[e.a] == camps[e.b]) != (e.sign > 0)
        tip = (
            f"{b.name(e.a)} - {b.name(e.b)}: {'cooperative' if e.sign > 0 else 'hostile'} "
            f"tie, net Goldstein {e.net:+.1f} over a volume of {e.weight:.1f}"
            + ("; it contradicts the camps (frustrated)" if frustrated else "")
        )
        group = "Cooperative ties" if e.sign > 0 else "Hostile ties"
        series.append(ChartSeries(gid, group, (tip,)))
        if frustrated:
            cross = ax.scatter(
                [(xa + xb) / 2], [(ya + yb) / 2], marker="X", s=70,
                color=INK, edgecolor="white", zorder=2,
            )  # fmt: skip
            cross.set_gid(f"{gid}-x")
            series.append(ChartSeries(f"{gid}-x", group, (tip,)))
    flipped = {f.actor: f for f in b.flips if f.period == period.period}
    for camp in (0, 1):
        members = sorted(a for a, c in camps.items() if c == camp)
        if not members:
            continue
        edge = ["#000000" if a == b.actor else "white" for a in members]
        dots = ax.scatter(
            [where[a][0] for a in members], [where[a][1] for a in members],
            s=[900 if a == b.actor else 620 for a in members],
            color=CAMP_COLOURS[camp], edgecolors=edge,
            linewidths=[2.5 if a == b.actor else 1.0 for a in members],
            linestyles=["--" if a in flipped else "-" for a in members], zorder=3,
        )  # fmt: skip
        gid = f"camp{camp}"
        dots.set_gid(gid)
        tips = tuple(
            f"{b.name(a)}: camp {camp}"
            + (f"; changed camp since {flipped[a].last_seen}" if a in flipped else "")
            for a in members
        )
        series.append(ChartSeries(gid, "", tips))
        for a in members:
            ax.annotate(
                a, where[a], ha="center", va="center", fontsize=8,
                fontweight="bold", color="white", zorder=4,
            )  # fmt: skip
            note = b.name(a) + (" (changed camp)" if a in flipped else "")
            # Names go on the outer side: ties run inwards, between the camps.
            ax.annotate(
                note, where[a], xytext=(-20 if camp == 0 else 20, 0),
                textcoords="offset points", ha="right" if camp == 0 else "left",
                va="center", fontsize=7.5, color=INK, zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
            )  # fmt: skip
    ax.set_xlim(-2.0, 2.0)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    for camp, x in ((0, -1.0), (1, 1.0)):
        if camp in camps.values():  # no heading over an empty side
            ax.text(
                x, 1.22, f"camp {camp}", ha="center", color=CAMP_COLOURS[camp],
                fontweight="bold",
            )  # fmt: skip
    if len(set(camps.values())) < 2:
        ax.text(
            1.0, 0.0, "one camp: no hostile tie\nsplits these states", ha="center",
            va="center", color=INK, fontsize=8, style="italic",
        )  # fmt: skip
    ax.legend(
        handles=[
            Line2D([], [], color=UP, lw=2, label="cooperative tie"),
            Line2D([], [], color=DOWN, lw=2, ls="--", label="hostile tie"),
            Line2D(
                [],
                [],
                color=INK,
                marker="X",
                ls="",
                label="tie contradicting the camps",
            ),
        ],
        loc="lower center",
        ncols=3,
        bbox_to_anchor=(0.5, -0.06),
    )
    title = (
        f"Camps in {period.period}: the signed network of states "
        f"(frustration index {period.index:.2f}, 0 = balanced)"
    )
    fig.suptitle(title)
    return Chart(
        "camps",
        title,
        f"{title}. Two camps minimise the ties that contradict them; "
        f"{b.name(b.actor)} is ringed in black.",
        fig,
        tuple(series),
    )


def _camp_layout(camps: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Camp 0 on a left arc, camp 1 on a right arc, alphabetical top to bottom."""
    where: dict[str, tuple[float, float]] = {}
    for camp, centre in ((0, math.pi), (1, 0.0)):
        members = sorted(a for a, c in camps.items() if c == camp)
        n = len(members)
        spread = min(math.pi * 0.8, 0.45 * max(n - 1, 0))
        for i, actor in enumerate(members):
            offset = 0.0 if n == 1 else spread * (0.5 - i / (n - 1))
            angle = centre - offset if camp == 0 else centre + offset
            where[actor] = (math.cos(angle), math.sin(angle))
    return where


@styled
def dependency_chart(b: Briefing) -> Chart | None:
    """Dependency beside alignment, per partner: two bar panels, never one score.

    Left: the partner's weight among the actor's dependencies (knowledge base);
    right: mean Goldstein of their events in the year to the date (blue
    cooperative, vermillion hostile), with the number of events.
    """
    profile = b.dependency
    if profile is None or not profile.partners:
        return None
    rows = list(profile.partners)
    fig = figure(9.5, 1.2 + 0.42 * len(rows))
    left, right = fig.subplots(1, 2, sharey=True)
    y = np.arange(len(rows))[::-1]
    labels = [b.name(r.partner) for r in rows]
    bars = left.barh(y, [r.weight for r in rows], color="#E69F00", height=0.6)
    series = []
    for k, (bar, r) in enumerate(zip(bars, rows, strict=True)):
        bar.set_gid(f"dep{k}")
        kinds = ", ".join(r.kinds) or "no dependency recorded"
        left.annotate(
            textwrap.fill(kinds, 44), (r.weight, y[k]), xytext=(4, 0),
            textcoords="offset points", va="center", fontsize=7, color=INK,
        )  # fmt: skip
        series.append(
            ChartSeries(
                f"dep{k}", "", (f"{labels[k]}: weight {r.weight:.2f} ({kinds})",)
            )
        )
    left.set_xlim(0, 1.6)
    left.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    left.set_xlabel("dependency weight (share of the dependency kinds, 0-1)")
    left.set_yticks(y, labels)
    left.set_title("Dependency (knowledge base)", loc="left")
    tones = [r.alignment if r.alignment is not None else 0.0 for r in rows]
    bars = right.barh(
        y, tones, height=0.6, color=[UP if t >= 0 else DOWN for t in tones]
    )
    for k, (bar, r) in enumerate(zip(bars, rows, strict=True)):
        bar.set_gid(f"tone{k}")
        text = (
            "no events" if r.alignment is None else f"{r.alignment:+.1f} ({r.events})"
        )
        right.annotate(
            text, (tones[k], y[k]), xytext=(4 if tones[k] >= 0 else -4, 0),
            textcoords="offset points", va="center", fontsize=7,
            ha="left" if tones[k] >= 0 else "right",
        )  # fmt: skip
        share = "" if r.cooperation is None else f", {r.cooperation:.0%} cooperative"
        series.append(
            ChartSeries(f"tone{k}", "", (f"{labels[k]}: {text} events{share}",))
        )
    right.axvline(0, color="#999999", lw=0.8)
    right.set_xlim(-11, 11)
    right.set_xlabel("mean Goldstein of their events (events in brackets)")
    right.set_title(f"Alignment (events, year to {profile.date})", loc="left")
    title = f"{b.name(b.actor)}: dependency beside alignment (separate measures)"
    fig.suptitle(title)
    return Chart(
        "dependency",
        title,
        f"{title}. Left, how much of the actor's dependencies each partner holds; "
        "right, how warm their events were. The two are never combined.",
        fig,
        tuple(series),
    )


@styled
def cohesion_chart(b: Briefing) -> Chart | None:
    """Alliance cohesion per period for the actor's blocs, drops flagged.

    One line per organisation (score -1 split .. +1 united); a vermillion
    downward triangle marks each flagged drop, labelled with the members named.
    """
    if not any(s.points for s in b.cohesion):
        return None
    fig = figure(9.5, 3.4)
    ax = fig.subplots()
    ax.axhline(0, color="#999999", lw=0.8)
    series = []
    labels: list[tuple[float, float, int, int, str, Any]] = []  # drop label candidates
    drawn = [c for c in b.cohesion if c.points]
    for i, s in enumerate(drawn):
        scored = [p for p in s.points if p.score is not None]
        x = mdates.date2num([middle(p.start, s.period) for p in scored])
        (line,) = ax.plot(
            x, [p.score or 0.0 for p in scored], color=PALETTE[i % len(PALETTE)],
            marker="o", ms=5, lw=1.6, label=s.organisation,
        )  # fmt: skip
        line.set_gid(f"c{i}")
        tips = tuple(
            f"{s.organisation} {p.period}: cohesion {p.score:+.2f}, mean Goldstein "
            f"{p.goldstein:+.1f} over {p.events} intra-bloc events, "
            f"{p.positive_share:.0%} of members positive"
            for p in scored
        )
        series.append(ChartSeries(f"c{i}", s.organisation, tips))
        drops = [f for f in s.flags if f.kind == "drop" and f.score is not None]
        if drops:
            starts = {p.period: p.start for p in s.points}
            dx = mdates.date2num([middle(starts[f.period], s.period) for f in drops])
            marks = ax.scatter(
                dx, [f.score or 0.0 for f in drops], marker="v", s=110, color=DOWN,
                zorder=5, edgecolor="white",
            )  # fmt: skip
            marks.set_gid(f"c{i}-drops")
            for n, (f, xd) in enumerate(zip(drops, dx, strict=True)):
                labels.append((f.score or 0.0, float(xd), i, n, s.organisation, f))
            series.append(
                ChartSeries(
                    f"c{i}-drops",
                    s.organisation,
                    tuple(
                        f"{s.organisation} {f.period}: {f.reason}; named: "
                        f"{', '.join(b.name(m) for m in f.members)}"
                        for f in drops
                    ),
                )
            )
    _label_drops(ax, labels, series)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("cohesion (-1 split .. +1 united)")
    date_axis(ax, b.cohesion[0].period)
    ax.legend(loc="upper right", ncols=len(drawn))
    title = f"Cohesion of {b.name(b.actor)}'s blocs per {b.cohesion[0].period}"
    ax.set_title(title, loc="left")
    return Chart(
        "cohesion",
        title,
        f"{title}. Cohesion is the mean of the bloc's tone and the balance of "
        "members with positive relations; triangles mark flagged drops.",
        fig,
        tuple(series),
    )


def _label_drops(
    ax: Any,
    labels: list[tuple[float, float, int, int, str, Any]],
    series: list[ChartSeries],
    most: int = 5,
    apart: float = 240.0,
) -> None:
    """Name the members of the deepest drops only, at most `most`, none within
    `apart` days of another unless in the same period (stacked): a label on
    every quarterly drop is unreadable. Every drop keeps its triangle and its
    tooltip."""
    chosen: list[tuple[float, float, int, int, str, Any]] = []
    for cand in sorted(labels, key=lambda c: c[0]):
        if len(chosen) >= most:
            break
        if all(abs(cand[1] - c[1]) >= apart or cand[1] == c[1] for c in chosen):
            chosen.append(cand)
    placed: dict[float, int] = {}  # labels already under each x
    for score, xd, i, n, org, f in sorted(chosen, key=lambda c: (c[1], c[2])):
        below = placed.get(xd, 0)
        placed[xd] = below + 1
        note = ax.annotate(
            f"{org} drop: {', '.join(f.members) or '?'}",
            (xd, score),
            xytext=(0, -16 - 11 * below), textcoords="offset points",
            ha="center", fontsize=7.5, color=DOWN, zorder=6,
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85},
        )  # fmt: skip
        note.set_gid(f"c{i}-drop{n}")
        series.append(ChartSeries(f"c{i}-drop{n}", org, ()))
