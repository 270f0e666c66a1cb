"""CLI command for the analyst briefing: `allegiance brief`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from .cli_common import db_option, fail_cleanly, parse_date
from .report import REPORT_SUFFIXES, write_briefing
from .report import brief as make_brief
from .report.briefing import BRIEF_FREQS, BriefingOptions

__all__ = ["brief"]


@click.command("brief")
@click.argument("actor")
@click.option("--vs", "other", help="Read the actor against this one (e.g. RUS).")
@click.option("--since", callback=parse_date, help="From this date (YYYY-MM-DD).")
@click.option("--until", callback=parse_date, help="Up to this date (YYYY-MM-DD).")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .html (one offline page) or .md (Markdown + PNG charts).",
)
@click.option(
    "--freq",
    type=click.Choice(list(BRIEF_FREQS)),
    default="auto",
    show_default=True,
    help="Period of series, alerts and blocs; auto picks the finest with enough events.",
)
@db_option
@fail_cleanly
def brief(
    actor: str,
    other: str | None,
    since: dt.date | None,
    until: dt.date | None,
    out: str,
    freq: str,
    db: str | None,
) -> None:
    """Write an analyst briefing on ACTOR: shifts, alignment, bloc, evidence.

    Headline findings in plain words, dyad series with change points, alerts
    with who moved and their evidence sentences, alignment over time (and UN
    votes or ATOP portfolios if imported), the camp network, dependency beside
    alignment, alliance cohesion, unmet obligations and an evidence table.
    The format follows the suffix of --out: .html is one self-contained page
    that opens offline; .md writes PNG charts to a folder beside it.

    \b
    Example:
      allegiance brief ARM --out armenia.html
      allegiance brief ARM --vs RUS --since 2020-01-01 --out arm-rus.md
    """
    if Path(out).suffix.lower() not in REPORT_SUFFIXES:
        raise click.BadParameter(
            f"{out!r} ends neither in .html nor in .md; e.g. --out armenia.html.",
            param_hint="--out",
        )
    briefing = make_brief(
        actor,
        db=db,
        other=other,
        since=since,
        until=until,
        options=BriefingOptions(freq=freq),
    )
    written = write_briefing(briefing, out)
    alerts = len(briefing.alerts)
    click.echo(
        f"wrote {written[0]} ({briefing.title}; {len(briefing.findings)} findings, "
        f"{alerts} alert{'s' if alerts != 1 else ''}, {len(briefing.evidence)} "
        "evidence sentences)"
    )
    for extra in written[1:]:
        click.echo(f"  chart {extra}")
