"""The `allegiance kb` commands: check, import and show the knowledge base."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from .cli_common import db_option, fail_cleanly, parse_date
from .config import load_settings, resolve_db_path
from .kb.base import KnowledgeBase, load_kb
from .kb.check import check_kb, has_errors
from .kb.describe import describe, render_description
from .kb.news import DEFAULT_MIN_CONFIDENCE, NewsSpell
from .kb.persist import import_kb, news_updates
from .store.duck import open_store

__all__ = ["kb"]


def _load(dirs: tuple[str, ...]) -> KnowledgeBase:
    """The KB from the package plus `dirs`, else plus $ALLEGIANCE_KB_DIR (as the
    pipeline does)."""
    return load_kb([Path(d) for d in dirs] or load_settings().kb_dirs)


dirs_argument = click.argument(
    "dirs", nargs=-1, type=click.Path(file_okay=False, exists=True)
)
confidence_option = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=DEFAULT_MIN_CONFIDENCE,
    show_default=True,
    help="Lowest confidence of a coded alliance move trusted to change a membership.",
)


@click.group("kb")
def kb() -> None:
    """Check, load and look up the knowledge base of states, leaders and
    organisations.

    DIRS are folders of CSV files in the package's format (states.csv,
    leaders/*.csv, memberships.csv...): their rows override package rows with
    the same key and extend the rest. Without DIRS, $ALLEGIANCE_KB_DIR is used
    when set.

    \b
    Example:
      allegiance kb check
      allegiance kb show ARM --date 2024-02-23
      allegiance kb import my-kb/ --db team.duckdb
    """


@kb.command("check")
@dirs_argument
@click.option("--errors-only", is_flag=True, help="Do not print warnings.")
@fail_cleanly
def check_cli(dirs: tuple[str, ...], errors_only: bool) -> None:
    """Validate the knowledge base; exit with status 1 when it has errors.

    Checks that terms in one office do not overlap (unless marked acting), that
    membership spells are ordered, sourced and do not overlap, that codes are
    unique, that references resolve and that no alias names two actors unmarked.

    \b
    Example:
      allegiance kb check
      allegiance kb check my-kb/ --errors-only
    """
    knowledge = _load(dirs)
    problems = check_kb(knowledge)
    shown = [p for p in problems if p.severity == "error" or not errors_only]
    for problem in shown:
        click.echo(str(problem))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    click.echo(
        f"knowledge base {knowledge.version}: {errors} error(s), {warnings} warning(s)"
    )
    if errors:
        raise SystemExit(1)


@kb.command("import")
@dirs_argument
@db_option
@click.option(
    "--with-news",
    is_flag=True,
    help="Also store membership changes reported by the coded events in the store.",
)
@confidence_option
@fail_cleanly
def import_cli(
    dirs: tuple[str, ...], db: str | None, with_news: bool, min_confidence: float
) -> None:
    """Load the knowledge base (package data plus DIRS) into the store.

    The previous snapshot is replaced in one transaction; nothing is written if
    the knowledge base has errors (they are printed, as by `kb check`).

    \b
    Example:
      allegiance kb import
      allegiance kb import my-kb/ --db team.duckdb --with-news
    """
    knowledge = _load(dirs)
    problems = [p for p in check_kb(knowledge) if p.severity == "error"]
    if has_errors(problems):
        for problem in problems:
            click.echo(str(problem))
        raise click.ClickException(
            f"{len(problems)} error(s) in the knowledge base; nothing was imported. "
            "Fix them and run the import again."
        )
    path = resolve_db_path(db)
    with open_store(path) as store:
        news = (
            news_updates(store, knowledge, min_confidence=min_confidence)
            if with_news
            else None
        )
        report = import_kb(store, knowledge, news=news)
    counts = ", ".join(f"{table} {n}" for table, n in report.rows.items())
    click.echo(f"imported knowledge base {report.version} -> {path}")
    click.echo(f"rows: {counts}")
    if report.news_spells is not None:
        click.echo(f"membership changes reported by the news: {report.news_spells}")


@kb.command("news")
@db_option
@confidence_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@fail_cleanly
def news_cli(db: str | None, min_confidence: float, fmt: str) -> None:
    """List membership changes the stored events report and the KB lacks.

    Nothing is written; `allegiance kb import --with-news` stores them.

    \b
    Example:
      allegiance kb news --db team.duckdb
    """
    with open_store(resolve_db_path(db), read_only=True) as store:
        spells = news_updates(store, _load(()), min_confidence=min_confidence)
    if fmt == "json":
        click.echo(json.dumps([_spell_dict(s) for s in spells], ensure_ascii=False))
        return
    for spell in spells:
        end = f" to {spell.end}" if spell.end else ""
        click.echo(
            f"{spell.org:<6} {spell.member:<5} {spell.status:<12} "
            f"from {spell.start}{end}  [{spell.source}]"
        )
    click.echo(f"{len(spells)} membership change(s) reported by the news.")


def _spell_dict(spell: NewsSpell) -> dict[str, Any]:
    return {
        "org": spell.org,
        "member": spell.member,
        "status": spell.status,
        "start": spell.start.isoformat(),
        "end": spell.end.isoformat() if spell.end else None,
        "source": spell.source,
        "event_id": spell.event_id,
        "note": spell.note,
    }


@kb.command("show")
@click.argument("code")
@click.option(
    "--date",
    "day",
    callback=parse_date,
    help="Date for office holders and memberships (YYYY-MM-DD; default today).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option(
    "--kb-dir",
    "kb_dirs",
    multiple=True,
    type=click.Path(file_okay=False, exists=True),
    help="Folder of knowledge-base files that override the bundled ones.",
)
@fail_cleanly
def show_cli(
    code: str, day: dt.date | None, fmt: str, kb_dirs: tuple[str, ...]
) -> None:
    """Show a state (ARM), organisation (CSTO) or person (nikol-pashinyan).

    Prints names and codes, the capital or seat, who held each office on the
    date, memberships (current and past) and dependencies, with sources.

    \b
    Example:
      allegiance kb show ARM --date 2024-02-23
      allegiance kb show CSTO --format json
    """
    desc = describe(_load(kb_dirs), code, day)
    if fmt == "json":
        click.echo(json.dumps(desc.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_description(desc))
