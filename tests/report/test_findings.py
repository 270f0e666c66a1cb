"""Findings in plain words, the evidence table and the demo's terminal text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from allegiance.analysis.summary import Summary
from allegiance.report.findings import (
    evidence_table,
    find_headlines,
    finding_label,
    period_label,
    render_demo,
)
from allegiance.report.records import Briefing, Trend


def test_period_labels() -> None:
    day = dt.date(2023, 4, 1)
    assert period_label(day, "year") == "2023"
    assert period_label(day, "quarter") == "2023Q2"
    assert period_label(day, "month") == "2023-04"


def test_alert_finding_reads_as_a_sentence(small_briefing: Briefing) -> None:
    f = small_briefing.findings[0]
    assert f.kind == "alert" and f.direction == "down"
    assert f.text.startswith("Armenia - Russia: colder from 2021-0")
    assert "confidence" in f.text and "mean Goldstein" in f.text
    assert finding_label(f, "month").startswith("alert ARM-RUS 2021-0")


def test_trends_stand_in_for_missing_alerts(small_briefing: Briefing) -> None:
    # Without alerts, the panels' halves are compared instead.
    quiet = replace(
        small_briefing,
        alerts=(),
        panels=tuple(replace(p, alerts=()) for p in small_briefing.panels),
    )
    found = find_headlines(quiet, {})
    trends = {f.dyad: f for f in found if f.kind == "trend"}
    assert trends[("ARM", "RUS")].direction == "down"
    assert trends[("ARM", "USA")].direction == "up"
    assert "not an alert" in trends[("ARM", "RUS")].text
    assert all(trend.evidence for trend in trends.values())
    # A small change, or too few events in a half, is no trend.
    steady = Trend(dt.date(2021, 7, 1), 2.0, 2.5, 10, 10)
    thin = Trend(dt.date(2021, 7, 1), 2.0, 6.0, 1, 10)
    for trend in (steady, thin):
        panels = tuple(replace(p, trend=trend) for p in quiet.panels)
        assert not [f for f in find_headlines(replace(quiet, panels=panels), {})
                    if f.kind == "trend"]  # fmt: skip
    new = Trend(dt.date(2021, 7, 1), None, 5.0, 0, 6)
    panels = (replace(quiet.panels[1], trend=new),)
    [fresh] = [f for f in find_headlines(replace(quiet, panels=panels), {})
               if f.kind == "trend"]  # fmt: skip
    assert "a new relation" in fresh.text and fresh.direction == "up"


def test_obligation_wording(small_briefing: Briefing) -> None:
    [text] = [f.text for f in small_briefing.findings if f.kind == "obligation"]
    assert "Armenia asked CSTO for military help" in text
    assert "none of Belarus, Kazakhstan" in text
    single = replace(small_briefing.obligations[0], allies=("RUS",))
    b = replace(small_briefing, obligations=(single,))
    [text] = [f.text for f in find_headlines(b, {}) if f.kind == "obligation"]
    assert "Russia gave no material military support" in text


def test_evidence_table_merges_citations(small_briefing: Briefing) -> None:
    rows = evidence_table(small_briefing)
    assert rows == small_briefing.evidence
    both = [r for r in rows if len(r.used_in) > 1]
    assert both, "an alert's evidence is also a series note"


def test_render_demo_puts_alerts_and_cohesion_after_the_moves(
    small_briefing: Briefing,
) -> None:
    summary = Summary(300, 900, dt.date(2020, 1, 1), dt.date(2022, 12, 31), (), (), 0)
    text = render_demo(summary, small_briefing, top=2)
    moves = text.index("Alliance moves")
    shifts = text.index("Shifts in Armenia's relations")
    cohesion = text.index("Alliance cohesion")
    assert moves < shifts < cohesion < text.index("Relations: busiest pairs")
    block = text[shifts:cohesion]
    assert "Armenia - Russia" in block and "DOWN" in block
    assert block.count('"') >= 4  # one quoted sentence per alert shown
    # each quote says when it was reported, beside its article
    assert re.search(r'" \[\d{4}-\d{2}-\d{2}, ', block)
    assert "DROP" in text[cohesion:] and "CSTO" in text[cohesion:]


def test_render_demo_shows_one_shift_per_pair(small_briefing: Briefing) -> None:
    # A second, stronger shift of one pair does not push another pair off.
    import dataclasses

    b = small_briefing
    alerts = [f for f in b.findings if f.kind == "alert"]
    assert alerts
    first = next(a for a in b.alerts if a.dyad == alerts[0].dyad)
    twin = dataclasses.replace(first, date=first.date.replace(year=first.date.year - 1))
    twin_finding = dataclasses.replace(
        alerts[0], date=twin.date, weight=alerts[0].weight + 100
    )
    doubled = dataclasses.replace(
        b, findings=(twin_finding, *b.findings), alerts=(twin, *b.alerts)
    )
    summary = Summary(300, 900, dt.date(2020, 1, 1), dt.date(2022, 12, 31), (), (), 0)
    text = render_demo(summary, doubled, top=len({f.dyad for f in alerts}))
    block = text[text.index("Shifts in") : text.index("Alliance cohesion")]
    for dyad in {f.dyad for f in alerts}:
        assert doubled.dyad_name(dyad) in block
    assert block.count(doubled.dyad_name(alerts[0].dyad)) == 1
