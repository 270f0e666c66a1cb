"""Charts: what each figure draws, PNG and SVG output, nothing to draw."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from matplotlib.colors import to_hex

from allegiance.report.charts import (
    DOWN,
    UP,
    alignment_chart,
    camp_chart,
    cohesion_chart,
    dependency_chart,
    make_charts,
    series_chart,
    to_png,
    to_svg,
)
from allegiance.report.records import Briefing


def _artists(chart, gid: str):  # type: ignore[no-untyped-def]
    return [a for a in chart.figure.findobj() if a.get_gid() == gid]


def test_series_chart_marks_change_points(small_briefing: Briefing) -> None:
    chart = series_chart(small_briefing)
    axes = chart.figure.axes
    assert len(axes) == len(small_briefing.panels) == 3
    assert axes[0].get_title(loc="left").startswith("Armenia - Russia")
    assert axes[0].get_ylim() == (-10.5, 12.5)
    assert "mid-period" in axes[-1].get_xlabel()
    [line] = _artists(chart, "s0-cp0-line")  # ARM-RUS: one change point, colder
    assert to_hex(line.get_color()) == DOWN.lower()
    [rise] = _artists(chart, "s1-cp0-line")  # ARM-USA: warmer
    assert to_hex(rise.get_color()) == UP.lower()
    tips = {s.gid: s.tips for s in chart.series}
    assert len(tips["s0-pts"]) == 36  # one per month with events
    assert "Strongest:" in tips["s0-pts"][0]
    assert {s.group for s in chart.series} == {
        "Mean Goldstein",
        "Change points",
        "Levels before / after",
    }


def test_alignment_chart_has_a_panel_per_measure(small_briefing: Briefing) -> None:
    chart = alignment_chart(small_briefing)
    assert chart is not None
    titles = [ax.get_title(loc="left") for ax in chart.figure.axes]
    assert titles == ["S over event profiles", "UN General Assembly vote agreement"]
    groups = {s.group for s in chart.series}
    assert {"Russia", "United States"} <= groups
    no_votes = replace(
        small_briefing,
        alignment=tuple(p for p in small_briefing.alignment if p.measure == "events"),
    )
    only_events = alignment_chart(no_votes)
    assert only_events is not None and len(only_events.figure.axes) == 1
    assert alignment_chart(replace(small_briefing, alignment=())) is None


def test_camp_chart_colours_ties_by_sign(small_briefing: Briefing) -> None:
    chart = camp_chart(small_briefing)
    assert chart is not None and small_briefing.camps is not None
    edges = small_briefing.camps.edges
    for k, edge in enumerate(edges):
        [line] = _artists(chart, f"edge{k}")
        assert to_hex(line.get_color()) == (UP if edge.sign > 0 else DOWN).lower()
        assert (line.get_linestyle() == "-") == (edge.sign > 0)
    nodes = sum(len(s.tips) for s in chart.series if s.gid.startswith("camp"))
    assert nodes == len(small_briefing.camps.camps)
    assert "frustration index" in chart.title
    assert camp_chart(replace(small_briefing, camps=None)) is None


def test_dependency_chart_keeps_measures_apart(small_briefing: Briefing) -> None:
    chart = dependency_chart(small_briefing)
    assert chart is not None
    left, right = chart.figure.axes
    assert left.get_title(loc="left").startswith("Dependency")
    assert right.get_title(loc="left").startswith("Alignment")
    assert left.get_xlim() == (0.0, 1.6) and right.get_xlim() == (-11.0, 11.0)
    assert "separate measures" in chart.title
    assert dependency_chart(replace(small_briefing, dependency=None)) is None


def test_cohesion_chart_flags_drops(small_briefing: Briefing) -> None:
    chart = cohesion_chart(small_briefing)
    assert chart is not None
    drops = [s for s in chart.series if s.gid.endswith("-drops")]
    assert drops and any("cohesion fell" in t for s in drops for t in s.tips)
    assert cohesion_chart(replace(small_briefing, cohesion=())) is None


def test_png_and_svg_output(small_briefing: Briefing, tmp_path: Path) -> None:
    charts = make_charts(small_briefing)
    assert [c.name for c in charts] == [
        "series",
        "alignment",
        "camps",
        "dependency",
        "cohesion",
    ]
    path = to_png(charts[0], tmp_path / "series.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = to_svg(charts[0])
    # Deterministic: no date, ids salted by the chart's name, layout fixed.
    assert svg == to_svg(charts[0]) == to_svg(series_chart(small_briefing))
    assert 'id="s0-pts"' in svg and "<text" not in svg  # glyphs drawn as paths
