"""The `allegiance` command line: parse, call the library, print."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import textwrap
from collections.abc import Callable
from typing import Any, TypeVar

import click

from . import __version__, api
from .cli_analysis import alerts, gdelt, relations
from .cli_common import db_option, fail_cleanly, parse_date
from .cli_import import alliances, unvotes
from .cli_kb import kb
from .cli_report import brief
from .config import load_settings, resolve_db_path
from .records import Event
from .report import brief as brief_actor
from .report import render_demo
from .store.base import EventQuery

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="allegiance")
def main() -> None:
    """Allegiance reads international news and tells you who stands with whom,
    and when an ally turns: coded events with the sentences that prove them.

    \b
    Start with:  allegiance demo
    Then:        allegiance ingest my-articles/ --date 2024-02-23
                 allegiance events --actor ARM
    """


# -- ingest --------------------------------------------------------------------------


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option(
    "--date",
    callback=parse_date,
    help="Publication date (YYYY-MM-DD) for inputs that carry none.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Skip files larger than this (default 5,000,000).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Articles per transaction (default 200).",
)
@click.option(
    "--kb-dir",
    "kb_dirs",
    multiple=True,
    type=click.Path(file_okay=False, exists=True),
    help="Folder of knowledge-base files that override the bundled ones.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@fail_cleanly
def ingest_cli(
    paths: tuple[str, ...],
    db: str | None,
    date: dt.date | None,
    max_bytes: int | None,
    batch_size: int | None,
    kb_dirs: tuple[str, ...],
    quiet: bool,
) -> None:
    """Read articles from files and folders, code their events and store them.

    Reads .txt, .md, .html and .jsonl (one article per line: text, title, url,
    date, source). Articles already stored are skipped; unreadable files are
    reported with the reason and the rest go on.

    \b
    Example:
      allegiance ingest ../shared/seed/000_90b797ceecba287d.txt --date 2024-02-23
      allegiance ingest news/ --db team.duckdb
    """
    from pathlib import Path

    settings = load_settings(
        max_bytes=max_bytes,
        batch_size=batch_size,
        kb_dirs=tuple(Path(p) for p in kb_dirs) or None,
    )
    show = not quiet and sys.stderr.isatty()
    from tqdm import tqdm

    with tqdm(desc="ingest", unit=" files", disable=not show, file=sys.stderr) as bar:
        report = api.ingest(
            paths, db=db, date=date, settings=settings, progress=bar.update
        )
    click.echo(
        f"read {report.read}, stored {report.stored}, duplicates {report.duplicates}, "
        f"skipped {len(report.skipped)}; {report.events} events -> {resolve_db_path(db)}"
    )
    if report.undated:
        click.echo(
            f"note: {report.undated} stored article(s) have no date; their events are undated (pass --date)."
        )
    _warn_older_coders(report.older_coders)
    for skip in report.skipped:
        click.echo(f"skipped {skip.path}: {skip.reason}")


# -- events and export ----------------------------------------------------------------


def _query_options(func: F) -> F:
    options = [
        click.option(
            "--actor",
            help="Events where this code is source or target (e.g. ARM, CSTO).",
        ),
        click.option("--source", help="Events with this source."),
        click.option("--target", help="Events with this target."),
        click.option("--dyad", nargs=2, help="A directed pair, e.g. --dyad ARM RUS."),
        click.option(
            "--both-ways", is_flag=True, help="With --dyad, match either direction."
        ),
        click.option(
            "--since", callback=parse_date, help="From this date (YYYY-MM-DD)."
        ),
        click.option(
            "--until", callback=parse_date, help="Up to this date (YYYY-MM-DD)."
        ),
        click.option(
            "--code", help="CAMEO code prefix, e.g. 16 for every REDUCE RELATIONS code."
        ),
        click.option("--plover", help="PLOVER type, e.g. SANCTION."),
        click.option("--move", help="Alliance move: join, freeze, withdraw, expel..."),
        click.option(
            "--include-doubtful",
            is_flag=True,
            help="Also show events the coder flagged as doubtful.",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=0.0,
            help="Only events at least this confident.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _make_query(kw: dict[str, Any], limit: int | None = None) -> EventQuery:
    return EventQuery(
        actor=_upper(kw["actor"]),
        source=_upper(kw["source"]),
        target=_upper(kw["target"]),
        dyad=tuple(x.upper() for x in kw["dyad"]) if kw["dyad"] else None,  # type: ignore[arg-type]
        undirected=kw["both_ways"],
        since=kw["since"],
        until=kw["until"],
        cameo=kw["code"],
        plover=kw["plover"],
        alliance_move=kw["move"],
        include_doubtful=kw["include_doubtful"],
        min_confidence=kw["min_confidence"],
        limit=limit,
    )


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


@main.command("events")
@db_option
@_query_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="At most this many events.",
)
@fail_cleanly
def events_cli(db: str | None, fmt: str, limit: int | None, **kw: Any) -> None:
    """List coded events with their evidence sentences.

    \b
    Example:
      allegiance events --actor ARM --since 2024-01-01
      allegiance events --dyad ARM RUS --both-ways --format jsonl
      allegiance events --code 16 --format csv > reduce-relations.csv
    """
    events = api.query_events(_make_query(kw, limit), db=db)
    if fmt == "jsonl":
        for event in events:
            click.echo(json.dumps(event.to_dict(), ensure_ascii=False))
    elif fmt == "csv":
        click.echo(_csv(events), nl=False)
    else:
        click.echo(_table(events))


def _csv(events: list[Event]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    if events:
        keys = list(events[0].to_dict())
        writer.writerow(keys)
        for event in events:
            row = event.to_dict()
            writer.writerow([row[k] for k in keys])
    return buf.getvalue()


def _table(events: list[Event]) -> str:
    if not events:
        return "No events match. Widen the filters, or ingest articles first (allegiance ingest --help)."
    lines = []
    for e in events:
        flags = [
            f
            for f, on in (
                ("NEGATED", e.negated),
                ("DOUBTFUL", e.doubtful),
                ("reported", e.reported),
            )
            if on
        ]
        if e.modality != "asserted":
            flags.append(e.modality)
        if e.alliance_move:
            flags.append(f"{e.alliance_move} {e.organisation}")
        who = (
            f"{_side(e.source, e.source_sector)} -> {_side(e.target, e.target_sector)}"
        )
        head = f"{e.date or 'undated'}  {who:<22} {e.cameo:<5} {(e.plover or '-') + ('/' + e.plover_mode if e.plover_mode else ''):<22} gs {e.goldstein:+.1f}  conf {e.confidence:.2f}"
        if flags:
            head += "  [" + ", ".join(flags) + "]"
        lines.append(head)
        lines.append(
            textwrap.fill(
                e.evidence, width=100, initial_indent='    "', subsequent_indent="     "
            )
            + '"'
        )
        if e.doubtful and e.doubt_reason:
            lines.append(f"    doubt: {e.doubt_reason}")
    lines.append(f"{len(events)} event(s).")
    return "\n".join(lines)


def _side(code: str | None, sector: str | None) -> str:
    if not code:
        return "?"
    return f"{code}/{sector}" if sector else code


@main.command("export")
@click.argument("out", type=click.Path(dir_okay=False))
@db_option
@_query_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(api.EXPORT_FORMATS)),
    default=None,
    help="Default: from the file suffix.",
)
@fail_cleanly
def export_cli(out: str, db: str | None, fmt: str | None, **kw: Any) -> None:
    """Export events to Parquet, CSV or JSONL (written atomically).

    \b
    Example:
      allegiance export events.parquet
      allegiance export arm-rus.csv --dyad ARM RUS --both-ways
    """
    n = api.export_events(out, fmt=fmt, query=_make_query(kw), db=db)
    click.echo(f"wrote {n} events to {out}")


# -- demo ------------------------------------------------------------------------------


@main.command("demo")
@db_option
@fail_cleanly
def demo_cli(db: str | None) -> None:
    """Ingest the bundled example corpus and print a short briefing.

    The corpus is news written for this project about real, dated alliance
    events (Armenia, Russia and the CSTO; Finland and Sweden joining NATO;
    Azerbaijan and Russia; Georgia and the EU...). It goes into its own store
    unless you pass --db.

    \b
    Example:
      allegiance demo
      allegiance events --db ~/.local/share/allegiance/demo.duckdb --move freeze
    """
    from pathlib import Path

    target = db or str(resolve_db_path(None).with_name("demo.duckdb"))
    report = api.ingest([api.demo_corpus_path()], db=target)
    if report.older_coders and db is None:
        # The demo's own store: code it again rather than show an older coder's
        # events (an upgrade would otherwise leave the demo as it was).
        Path(target).unlink()
        click.echo("The demo store was coded by an older version; coding it again.")
        report = api.ingest([api.demo_corpus_path()], db=target)
    click.echo(
        f"Demo corpus: {report.read} articles read, {report.stored} newly stored, {report.events} events coded -> {target}\n"
    )
    _warn_older_coders(report.older_coders)
    click.echo(render_demo(api.briefing(db=target), brief_actor("ARM", db=target)))


def _warn_older_coders(older: dict[str, int]) -> None:
    if older:
        which = ", ".join(f"{n} by {coder}" for coder, n in sorted(older.items()))
        click.echo(
            f"note: this store also holds events coded by another version ({which}); "
            "articles already stored are not coded again. To code everything with this "
            "version, ingest the same inputs into a new store (--db NEW.duckdb)."
        )


# -- evaluate ---------------------------------------------------------------------------


@main.command("evaluate")
@click.option(
    "--suite",
    "suites",
    multiple=True,
    help="own_dev, own_test, plv, plv_cv (the learned pair layer, cross-validated), "
    "plv_full (the PLV sentences coded in full mode against the marked pair), "
    "ngec_docs (the labelled type of NGEC's synthetic stories), "
    "petrarch_parse, petrarch_text (default: all).",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Public gold data (default: ../shared/data beside the project).",
)
@click.option(
    "--project",
    type=click.Path(file_okay=False),
    default=".",
    show_default=True,
    help="Project folder holding eval/gold/.",
)
@click.option(
    "--parser-model",
    default=None,
    help="Score the parse tier with this installed spaCy pipeline "
    "(e.g. en_core_web_sm); default: the configured tier.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@fail_cleanly
def evaluate_cli(
    suites: tuple[str, ...],
    data_dir: str | None,
    project: str,
    parser_model: str | None,
    fmt: str,
) -> None:
    """Score the coder on gold data: own gold set, PLV pairs (pair and full mode),
    PETRARCH unit tests.

    \b
    Example:
      allegiance evaluate --suite own_dev
      allegiance evaluate --suite own_dev --parser-model en_core_web_sm
      allegiance evaluate --data-dir ../shared/data --format json > scores.json
    """
    from pathlib import Path

    from .evaluate.suites import SUITES, run_suites
    from .pipeline import get_pipeline

    root = Path(project).resolve()
    data = Path(data_dir) if data_dir else root.parent / "shared" / "data"
    pipeline = get_pipeline(load_settings(parser_model=parser_model))
    results = run_suites(
        suites or tuple(SUITES), project=root, data=data, pipeline=pipeline
    )
    if fmt == "json":
        click.echo(
            json.dumps(
                {r.name: r.metrics or {"skipped": r.skipped} for r in results}, indent=2
            )
        )
        return
    model = pipeline.settings.parser_model
    click.echo(f"tier: parse ({model})" if model else "tier: rules")
    for r in results:
        if r.skipped:
            click.echo(f"{r.name}: skipped ({r.skipped})")
            continue
        click.echo(f"{r.name}: " + _headline(r.metrics))


def _headline(metrics: dict[str, Any]) -> str:
    if "events" in metrics:
        ev, mv = metrics["events"], metrics["alliance_moves"]
        return (
            f"events P {ev['precision']:.3f} R {ev['recall']:.3f} F1 {ev['f1']:.3f}; "
            f"CAMEO root F1 {metrics['cameo_root']['f1']:.3f}, exact {metrics['cameo_exact']['f1']:.3f}; "
            f"alliance moves F1 {mv['f1']:.3f}; modality accuracy {metrics['modality_accuracy']:.3f} "
            f"({metrics['items']} items)"
        )
    if "root_accuracy" in metrics:
        return (
            f"root accuracy {metrics['root_accuracy']:.3f}, macro-F1 {metrics['macro_f1']:.3f}, "
            f"quad accuracy {metrics['quad_accuracy']:.3f}, coop/conflict {metrics['coop_conflict_accuracy']:.3f} "
            f"({metrics['items']} pairs, {metrics['no_prediction']} without a prediction)"
        )
    if "lede_accuracy" in metrics:
        held = metrics["halves"]["odd"]
        return (
            f"story type from the first event {metrics['lede_accuracy']:.3f} "
            f"(macro-F1 {metrics['lede_macro_f1']:.3f}), type found anywhere "
            f"{metrics['label_recall']:.3f}, no event {metrics['no_event']:.3f} "
            f"({metrics['stories']} stories; held-out odd half {held['lede_accuracy']:.3f} / "
            f"{held['label_recall']:.3f})"
        )
    if "pair_recall" in metrics:
        held = metrics["halves"]["odd"]
        return (
            f"full mode: gold pair found {metrics['pair_recall']:.3f}, with the gold root "
            f"{metrics['pair_type_recall']:.3f} ({metrics['resolvable']} sentences whose marked "
            f"actors resolve; held-out odd half {held['pair_recall']:.3f} / {held['pair_type_recall']:.3f})"
        )
    if "exact" in metrics:
        return f"exact-triple P {metrics['exact']['precision']:.3f} R {metrics['exact']['recall']:.3f} F1 {metrics['exact']['f1']:.3f}; root F1 {metrics['root']['f1']:.3f}"
    return json.dumps(metrics)[:200]


# -- command groups written in their own modules -------------------------------------------


@main.group("import")
def import_group() -> None:
    """Import data others publish: UN votes, ATOP/COW alliances, GDELT events.

    \b
    Example:
      allegiance import unvotes un_votes.rda un_roll_calls.rda
      allegiance import gdelt 20240223.export.CSV
    """


import_group.add_command(unvotes)
import_group.add_command(alliances)
import_group.add_command(gdelt)
main.add_command(kb)
main.add_command(relations)
main.add_command(alerts)
main.add_command(brief)
