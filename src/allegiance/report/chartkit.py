"""Chart plumbing: palette, house style, the Chart record, PNG and SVG output."""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..analysis.series import FREQS
from .records import Quote

if TYPE_CHECKING:  # matplotlib.typing is for annotations only
    from matplotlib.typing import RcKeyType

__all__ = [
    "CAMP_COLOURS",
    "DOWN",
    "INK",
    "PALETTE",
    "STYLE",
    "UP",
    "Chart",
    "ChartSeries",
    "clip",
    "date_axis",
    "figure",
    "middle",
    "period_end",
    "quote_tip",
    "styled",
    "to_png",
    "to_svg",
]

# Okabe and Ito's colour-blind-safe palette (yellow last: faint on white).
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#000000",
    "#F0E442",
)
UP, DOWN = "#0072B2", "#D55E00"  # warmer / colder: blue and vermillion
CAMP_COLOURS = ("#009E73", "#CC79A7")  # kept apart from the tie colours
INK, GRID = "#333333", "#dddddd"
STYLE: dict[RcKeyType, Any] = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "axes.grid": True,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "svg.fonttype": "path",  # glyphs drawn as paths: no font needed offline
}


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """Drawn elements a reader can point at or hide, found by their SVG id.

    `gid` is the id of the SVG group; `tips` holds one tooltip per marker in
    it (or one for the whole group). Series sharing a `group` are shown and
    hidden together by one switch labelled `group` ("" = no switch).
    """

    gid: str
    group: str
    tips: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Chart:
    """A figure with what the HTML needs to make it interactive.

    `name` is the file stem of its PNG and the prefix of its SVG ids;
    `caption` says what is drawn, in words (the image's alt text).
    """

    name: str
    title: str
    caption: str
    figure: Figure
    series: tuple[ChartSeries, ...]


def figure(width: float, height: float) -> Figure:
    """A figure in inches, in the house style, drawn by Agg (never shown)."""
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def styled(draw: Callable[..., Chart | None]) -> Callable[..., Chart | None]:
    """Decorate a chart function: draw in the house style, then fix the layout.

    rc settings apply while artists are made, so they wrap the drawing.
    Constrained layout run again at each save moves things by a hair; frozen
    once, the PNG and the SVG show the same figure and the SVG is the same
    on every run.
    """

    @functools.wraps(draw)
    def wrapper(*args: object, **kwargs: object) -> Chart | None:
        with matplotlib.rc_context(STYLE):
            chart = draw(*args, **kwargs)
            if chart is not None:
                chart.figure.draw_without_rendering()
                chart.figure.set_layout_engine("none")
        return chart

    return wrapper


def middle(start: dt.date, freq: str) -> dt.date:
    """The middle of the period starting at `start`, where its value is drawn."""
    period = pd.Period(start, freq=FREQS[freq])
    return (period.start_time + (period.end_time - period.start_time) / 2).date()


def period_end(start: dt.date, freq: str) -> dt.date:
    """The first day after the period starting at `start`."""
    return (pd.Period(start, freq=FREQS[freq]) + 1).start_time.date()


def date_axis(ax: Axes, freq: str) -> None:
    """Readable dates on the x axis: years mid-year, else concise automatic ticks."""
    if freq == "year":
        # Year labels sit mid-year, under the values; grid lines at year ends.
        # Over more than a dozen years, every second (or fifth) year is labelled.
        low, high = ax.get_xlim()
        years = (high - low) / 365.25
        step = 1 if years <= 12 else 2 if years <= 24 else 5
        ax.xaxis.set_major_locator(mdates.YearLocator(step, month=7, day=2))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.xaxis.set_minor_locator(mdates.YearLocator(step))
        ax.tick_params(axis="x", which="major", length=0)
        ax.grid(False, axis="x", which="major")
        ax.grid(True, axis="x", which="minor")
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def clip(text: str, width: int = 160) -> str:
    """Text cut at a word boundary to at most `width` characters."""
    return textwrap.shorten(text, width=width, placeholder=" ...")


def quote_tip(q: Quote) -> str:
    """A quote on one line for a tooltip: date, dyad, score, sentence, title."""
    who = f"{q.source or '?'}->{q.target or '?'}"
    score = "" if q.goldstein is None else f" {q.goldstein:+.1f}"
    where = f" ({q.title})" if q.title else ""
    return f'{q.date} {who}{score}: "{clip(q.sentence or q.url or "")}"{where}'


def to_png(chart: Chart, path: str | os.PathLike[str], *, dpi: int = 150) -> Path:
    """Write the chart as a PNG file and return its path."""
    out = Path(path)
    chart.figure.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out


def to_svg(chart: Chart) -> str:
    """The chart as SVG text (deterministic ids, salted by the chart's name)."""
    buffer = io.StringIO()
    rc: dict[RcKeyType, Any] = {**STYLE, "svg.hashsalt": chart.name}
    with matplotlib.rc_context(rc):
        chart.figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
