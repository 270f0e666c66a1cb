"""CLI commands for relations analytics: `import gdelt`, `relations`, `alerts`."""

from __future__ import annotations

import datetime as dt
import json
import math
import textwrap
from collections.abc import Callable, Sized
from typing import Any, TypeVar

import click

from .analysis.alerts import Alert, AlertSettings, dyad_alerts, label_evidence
from .analysis.alerts import alerts as find_alerts
from .analysis.consolidate import Selection, event_units, left_out_units
from .analysis.frames import STATE_SECTORS, non_state_note
from .analysis.series import FREQS, DyadSeries, series_from_units
from .cli_common import fail_cleanly, parse_date
from .config import resolve_db_path
from .interop.gdelt import GdeltReport, import_gdelt
from .store.duck import open_store

__all__ = ["alerts", "gdelt", "relations"]

F = TypeVar("F", bound=Callable[..., Any])
_SHOWN_REJECTS = 20


def _options(func: F) -> F:
    """--db, --since, --until, --freq, --min-confidence, --metric, --raw,
    --all-sectors."""
    options = [
        click.option(
            "--db",
            type=click.Path(dir_okay=False),
            default=None,
            help="Store file (default: $ALLEGIANCE_DB, else the user data folder).",
        ),
        click.option(
            "--since", callback=parse_date, help="From this date (YYYY-MM-DD)."
        ),
        click.option(
            "--until", callback=parse_date, help="Up to this date (YYYY-MM-DD)."
        ),
        click.option(
            "--freq",
            type=click.Choice(list(FREQS)),
            default="month",
            show_default=True,
            help="Period of the series.",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=0.8,
            show_default=True,
            help="Least confidence of a change point.",
        ),
        click.option(
            "--metric",
            type=click.Choice(["goldstein_mean", "net_cooperation_norm"]),
            default="goldstein_mean",
            show_default=True,
            help="Series column the detectors read.",
        ),
        click.option(
            "--raw",
            is_flag=True,
            help="Count every report, not each event once a day.",
        ),
        click.option(
            "--all-sectors",
            is_flag=True,
            help="Count events by or towards civilians, protesters, opposition, "
            "rebels, companies and media too (default: only what states do).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(metric: str, raw: bool, all_sectors: bool) -> AlertSettings:
    sectors = None if all_sectors else STATE_SECTORS
    selection = Selection(consolidated=not raw, sectors=sectors)
    return AlertSettings(metric=metric, selection=selection)


def _left_out_line(units: Sized, where: str) -> str:
    """What the sector rule left out, and how to count it ("" for nothing)."""
    note = non_state_note(len(units), where=where)
    return f"{note} (--all-sectors counts them)." if note else ""


# -- import gdelt -----------------------------------------------------------------------


@click.command("gdelt")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Store file (default: $ALLEGIANCE_DB, else the user data folder).",
)
@fail_cleanly
def gdelt(files: tuple[str, ...], db: str | None) -> None:
    """Import GDELT 1.0 or 2.0 event files (tab- or comma-separated).

    Actor codes are mapped to the knowledge base (RUSGOV -> RUS, government;
    IGOWSTNAT -> NATO). Every row is imported or reported with the reason it
    was rejected; importing a file again adds nothing.

    \b
    Example:
      allegiance import gdelt 20240223.export.CSV --db team.duckdb
      allegiance import gdelt ../shared/data/gdelt/feb2012.csv
    """
    with open_store(resolve_db_path(db)) as store:
        reports = import_gdelt(store, files)
    for report in reports:
        click.echo(_report_text(report))


def _report_text(report: GdeltReport) -> str:
    if report.error:
        return f"skipped {report.path}: {report.error}"
    label = {"gdelt1": "GDELT 1.0", "gdelt2": "GDELT 2.0"}.get(report.version or "")
    lines = [
        f"{report.path} ({label}): {report.rows} rows, {report.imported} imported, "
        f"{report.already_stored} already stored, {len(report.rejected)} rejected"
    ]
    for bad in report.rejected[:_SHOWN_REJECTS]:
        event = f" (event {bad.event_id})" if bad.event_id else ""
        lines.append(f"  rejected line {bad.line}{event}: {bad.reason}")
    if len(report.rejected) > _SHOWN_REJECTS:
        lines.append(f"  ... and {len(report.rejected) - _SHOWN_REJECTS} more")
    if report.unmapped:
        codes = ", ".join(f"{code} x{n}" for code, n in report.unmapped[:10])
        lines.append(
            f"  actor codes not in the knowledge base (side left empty): {codes}"
        )
    return "\n".join(lines)


# -- relations ---------------------------------------------------------------------------


@click.command("relations")
@click.argument("a")
@click.argument("b")
@_options
@click.option("--directed", is_flag=True, help="Only A -> B events.")
@click.option(
    "--active", is_flag=True, help="Only periods with events between the two."
)
@fail_cleanly
def relations(
    a: str,
    b: str,
    db: str | None,
    since: dt.date | None,
    until: dt.date | None,
    freq: str,
    min_confidence: float,
    metric: str,
    raw: bool,
    all_sectors: bool,
    directed: bool,
    active: bool,
) -> None:
    """Show how two actors' relation went, period by period, and where it turned.

    Columns: events, cooperative (quad 1-2) and conflictual (quad 3-4) events,
    mean Goldstein score, net cooperation normalised by both actors' news
    volume. Change points are marked with the methods that found them, who
    moved, and the evidence sentences. Only what the states do counts (their
    governments, forces, courts, parliaments, police, intelligence); the
    events of civilians, protesters, opposition, rebels, companies and media
    are counted aside, or in with --all-sectors.

    \b
    Example:
      allegiance relations ARM RUS --freq quarter
      allegiance relations ARM CSTO --since 2021-01-01 --raw
      allegiance relations ARM USA --freq week --active
    """
    a, b = a.upper(), b.upper()
    settings = _settings(metric, raw, all_sectors)
    with open_store(resolve_db_path(db), read_only=True) as store:
        units = event_units(
            store, actors=[a, b], since=since, until=until, selection=settings.selection
        )
        series = series_from_units(
            units,
            a,
            b,
            directed=directed,
            freq=freq,
            since=since,
            until=until,
            consolidated=not raw,
        )
        found = label_evidence(
            store,
            dyad_alerts(
                units, series, min_confidence=min_confidence, settings=settings
            ),
        )
        left = left_out_units(
            store, actors=[a], since=since, until=until, selection=settings.selection
        )
    forward = (left["source"] == a) & (left["target"] == b)
    backward = (left["source"] == b) & (left["target"] == a)
    left = left[forward if directed else forward | backward]
    click.echo(_series_table(series, found, active))
    for alert in found:
        click.echo(_alert_text(alert))
    if line := _left_out_line(left, f"between {a} and {b}"):
        click.echo(line)


def _series_table(series: DyadSeries, found: list[Alert], active: bool) -> str:
    if series.frame.empty or not series.frame["events"].any():
        return (
            f"No events between {series.a} and {series.b}. Check the codes "
            "(allegiance events --actor CODE) or widen --since/--until."
        )
    marks = {al.date: al for al in found}
    head = f"{'period':<10} {'events':>6} {'coop':>5} {'confl':>5} {'gs mean':>8} {'net/vol':>8}"
    lines = [f"{series.label} by {series.freq}", head]
    rows = series.active() if active else series.frame
    for ts, row in rows.iterrows():
        day = ts.date()
        gs = (
            "-"
            if math.isnan(row["goldstein_mean"])
            else f"{row['goldstein_mean']:+.2f}"
        )
        net = row["net_cooperation_norm"]
        line = (
            f"{day.isoformat():<10} {int(row['events']):>6} {int(row['q1'] + row['q2']):>5} "
            f"{int(row['q3'] + row['q4']):>5} {gs:>8} {'-' if math.isnan(net) else f'{net:+.2f}':>8}"
        )
        if day in marks:
            al = marks[day]
            line += f"  <- {al.direction.upper()} {al.magnitude:+.2f} ({'+'.join(al.methods)}, {al.confidence:.2f})"
        lines.append(line)
    return "\n".join(lines)


def _alert_text(alert: Alert) -> str:
    lines = [
        f"{alert.date}  {'-'.join(alert.dyad)}  {alert.direction.upper()} "
        f"{alert.magnitude:+.2f} {alert.metric} ({alert.before:+.2f} -> {alert.after:+.2f}), "
        f"confidence {alert.confidence:.2f}, {'+'.join(alert.methods)}"
    ]
    if alert.who_moved:
        lines.append(f"  who moved: {alert.who_moved.explanation}")
    for e in alert.evidence:
        where = e.title or e.url or e.article_id
        text = e.sentence or "(no sentence: imported event)"
        lines.append(
            textwrap.fill(
                f'{e.date} {e.source}->{e.target} gs {e.goldstein:+.1f}: "{text}" [{where}]',
                width=100,
                initial_indent="    ",
                subsequent_indent="      ",
            )
        )
    return "\n".join(lines)


# -- alerts --------------------------------------------------------------------------------


@click.command("alerts")
@_options
@click.option(
    "--actor",
    "actors",
    multiple=True,
    help="Only dyads with this actor (repeatable), e.g. --actor ARM.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
)
@fail_cleanly
def alerts(
    db: str | None,
    since: dt.date | None,
    until: dt.date | None,
    freq: str,
    min_confidence: float,
    metric: str,
    raw: bool,
    all_sectors: bool,
    actors: tuple[str, ...],
    fmt: str,
) -> None:
    """List shifts in relations: date, dyad, direction, magnitude, confidence, evidence.

    Runs PELT, binary segmentation and Bayesian online change-point detection
    on every dyad with enough events. JSONL prints one alert per line for
    scripts. Only what the states do counts, unless --all-sectors.

    \b
    Example:
      allegiance alerts --actor ARM --freq quarter
      allegiance alerts --since 2022-01-01 --format jsonl > alerts.jsonl
    """
    settings = _settings(metric, raw, all_sectors)
    with open_store(resolve_db_path(db), read_only=True) as store:
        found = find_alerts(
            store,
            actors=actors or None,
            since=since,
            until=until,
            freq=freq,
            min_confidence=min_confidence,
            settings=settings,
        )
        left = left_out_units(
            store,
            actors=[a.upper() for a in actors] or None,
            since=since,
            until=until,
            selection=settings.selection,
        )
    if fmt == "jsonl":
        for alert in found:
            click.echo(json.dumps(alert.to_dict(), ensure_ascii=False))
        return
    if not found:
        click.echo(
            "No alerts. Try a coarser --freq (quarter), a lower --min-confidence, "
            f"or ingest more articles: a dyad needs {AlertSettings().min_events} events."
        )
    for alert in found:
        click.echo(_alert_text(alert))
    if found:
        click.echo(f"{len(found)} alert(s).")
    paired = left["source"].notna() & left["target"].notna()
    pairs = left[paired & (left["source"] != left["target"])]
    whose = f"of {', '.join(a.upper() for a in actors)}" if actors else ""
    if line := _left_out_line(pairs, whose):
        click.echo(line)
