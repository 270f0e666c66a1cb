"""What every `allegiance` command shares: error handling, dates and --db."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .errors import AllegianceError

__all__ = ["db_option", "fail_cleanly", "parse_date"]

F = TypeVar("F", bound=Callable[..., Any])


def fail_cleanly(func: F) -> F:
    """Turn library errors into click errors: the message, exit status 1.

    Usage errors (bad options) keep click's exit status 2.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AllegianceError as e:
            raise click.ClickException(str(e)) from e

    return wrapper  # type: ignore[return-value]


def parse_date(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    """A click callback reading YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-02-23."
        ) from None


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Store file (default: $ALLEGIANCE_DB, else ~/.local/share/allegiance/allegiance.duckdb).",
)
