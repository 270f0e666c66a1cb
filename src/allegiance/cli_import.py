"""The `allegiance import unvotes` and `import alliances` commands: read files, store, report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from .cli_common import db_option, fail_cleanly
from .config import resolve_db_path
from .interop.alliances import import_alliances
from .interop.report import FileReport
from .interop.unvotes import import_unvotes
from .store.duck import open_store

__all__ = ["alliances", "unvotes"]


files_argument = click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False)
)


def _echo_reports(reports: Sequence[FileReport], target: Path) -> None:
    for report in reports:
        click.echo(
            f"{Path(report.path).name} ({report.kind}): read {report.rows:,}, "
            f"stored {report.stored:,}, already stored {report.skipped:,}, "
            f"rejected {report.n_rejected:,}"
        )
        for rejection in report.rejected:
            click.echo(f"  rejected {rejection.count:,}: {rejection.reason}")
            for example in rejection.examples:
                click.echo(f"    {example}")
    click.echo(f"-> {target}")


@click.command("unvotes")
@files_argument
@db_option
@fail_cleanly
def unvotes(files: tuple[str, ...], db: str | None) -> None:
    """Import UN General Assembly roll calls, votes and ideal points.

    FILES are the R data files of the unvotes package (un_votes.rda,
    un_roll_calls.rda, un_roll_call_issues.rda) and/or Voeten's ideal-point CSV
    (IdealpointestimatesAll_Jun2024.csv), in any order; each file's kind is told
    from its columns. Countries are mapped to our state codes; rows that cannot
    be stored are reported with the reason. Importing again stores nothing twice.

    \b
    Example:
      allegiance import unvotes ../shared/data/un/un_votes.rda \\
          ../shared/data/un/un_roll_calls.rda \\
          ../shared/data/un/IdealpointestimatesAll_Jun2024.csv --db team.duckdb
    """
    target = resolve_db_path(db)
    with open_store(target) as store:
        reports = import_unvotes(store, files)
    _echo_reports(reports, target)


@click.command("alliances")
@files_argument
@db_option
@fail_cleanly
def alliances(files: tuple[str, ...], db: str | None) -> None:
    """Import alliance obligations (ATOP, COW) and state-system lists (COW, GW).

    FILES are directed dyad-year alliance files (atop_alliance.rda, 1815-2018;
    cow_alliance.rda, 1816-2012) and state-system membership lists
    (cow_states.rda, gw_states.rda), as distributed with the peacesciencer R
    package. Portfolio similarity needs the COW state list beside the
    obligations. Importing again stores nothing twice.

    \b
    Example:
      allegiance import alliances ../shared/data/alliances/atop_alliance.rda \\
          ../shared/data/alliances/cow_states.rda --db team.duckdb
    """
    target = resolve_db_path(db)
    with open_store(target) as store:
        reports = import_alliances(store, files)
    _echo_reports(reports, target)
