"""What every command shares (allegiance.cli_common): errors, dates and --db."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from allegiance.cli_common import db_option, fail_cleanly, parse_date
from allegiance.errors import (
    AllegianceError,
    DataFileError,
    StoreLockedError,
    UnknownCodeError,
)

# --- parse_date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-23", dt.date(2024, 2, 23)),
        ("2024-02-29", dt.date(2024, 2, 29)),  # a leap day
        ("1991-12-26", dt.date(1991, 12, 26)),
        (None, None),
    ],
)
def test_parse_date_accepts(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(click.Context(click.Command("x")), None, value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-29",
        "2024-13-01",
        "23/02/2024",
        "2024-2-3",
        "yesterday",
        "",
        " 2024-02-23",
    ],
)
def test_parse_date_rejects_with_the_expected_format(value: str) -> None:
    with pytest.raises(click.BadParameter) as info:
        parse_date(click.Context(click.Command("x")), None, value)  # type: ignore[arg-type]
    message = str(info.value.message)
    assert repr(value) in message
    assert "YYYY-MM-DD" in message and "2024-02-23" in message
    assert info.value.__cause__ is None  # `from None`: no chained ValueError


@click.command()
@click.option("--date", callback=parse_date)
@db_option
def dated(date: dt.date | None, db: str | None) -> None:
    click.echo(f"date={date!r} db={db!r}")


def test_parse_date_as_an_option_callback() -> None:
    runner = CliRunner()
    ok = runner.invoke(dated, ["--date", "2024-02-23"])
    assert ok.exit_code == 0
    assert "date=datetime.date(2024, 2, 23)" in ok.output
    assert "date=None" in runner.invoke(dated, []).output
    bad = runner.invoke(dated, ["--date", "23.02.2024"])
    assert bad.exit_code == 2
    assert "Invalid value for '--date'" in bad.output
    assert "'23.02.2024' is not a date" in bad.output
    assert "Traceback" not in bad.output


# --- db_option -----------------------------------------------------------------


def test_db_option_defaults_to_none_and_passes_a_path(tmp_path: Path) -> None:
    runner = CliRunner()
    assert "db=None" in runner.invoke(dated, []).output
    store = tmp_path / "new.duckdb"  # need not exist yet
    result = runner.invoke(dated, ["--db", str(store)])
    assert result.exit_code == 0 and f"db={str(store)!r}" in result.output


def test_db_option_refuses_a_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(dated, ["--db", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a directory" in result.output


def test_db_option_help_names_the_default() -> None:
    result = CliRunner().invoke(dated, ["--help"])
    assert "--db" in result.output and "ALLEGIANCE_DB" in result.output


# --- fail_cleanly --------------------------------------------------------------


@click.command()
@click.option("--raise", "kind", default="none")
@fail_cleanly
def risky(kind: str) -> None:
    """Does something that may fail."""
    errors: dict[str, Exception] = {
        "data": DataFileError("gold.jsonl:3: not a gold item ('events')."),
        "locked": StoreLockedError("the store is open in another process"),
        "code": UnknownCodeError("CAMEO code '999' is not known"),
        "base": AllegianceError("plain library error"),
        "bug": RuntimeError("a programming error"),
    }
    if kind in errors:
        raise errors[kind]
    click.echo("done")


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("data", "Error: gold.jsonl:3: not a gold item ('events')."),
        ("locked", "Error: the store is open in another process"),
        # UnknownCodeError is a KeyError too: its message is not repr()-quoted.
        ("code", "Error: CAMEO code '999' is not known"),
        ("base", "Error: plain library error"),
    ],
)
def test_library_errors_become_clean_click_errors(kind: str, message: str) -> None:
    result = CliRunner().invoke(risky, ["--raise", kind])
    assert result.exit_code == 1
    assert result.output.strip() == message
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_success_passes_through() -> None:
    result = CliRunner().invoke(risky, [])
    assert result.exit_code == 0 and result.output == "done\n"


def test_usage_errors_keep_status_two() -> None:
    result = CliRunner().invoke(risky, ["--no-such-option"])
    assert result.exit_code == 2
    assert "No such option" in result.output


def test_other_exceptions_are_not_disguised_as_user_errors() -> None:
    # A bug must surface with its traceback, not as a tidy "Error: ...".
    result = CliRunner().invoke(risky, ["--raise", "bug"])
    assert isinstance(result.exception, RuntimeError)
    assert "Error:" not in result.output
    with pytest.raises(RuntimeError, match="a programming error"):
        CliRunner().invoke(risky, ["--raise", "bug"], catch_exceptions=False)


def test_fail_cleanly_keeps_the_command_name_and_help() -> None:
    @fail_cleanly
    def original(x: int) -> int:
        """The docstring."""
        return x + 1

    assert original.__name__ == "original" and original.__doc__ == "The docstring."
    assert original(1) == 2
    assert (
        "Does something that may fail." in CliRunner().invoke(risky, ["--help"]).output
    )


def test_the_click_error_chains_the_library_error() -> None:
    error = DataFileError("bad file")

    @fail_cleanly
    def boom() -> None:
        raise error

    with pytest.raises(click.ClickException) as info:
        boom()
    assert info.value.exit_code == 1
    assert info.value.message == "bad file"
    assert info.value.__cause__ is error
