"""`allegiance brief`: format from the suffix, errors, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from allegiance.cli_report import brief

from .report.corpus import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_store(tmp_path_factory.mktemp("cli") / "s.duckdb", votes=False))


def test_html_and_markdown(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    page = tmp_path / "arm.html"
    result = runner.invoke(brief, ["arm", "--db", db, "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "alert" in result.output
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")
    notes = tmp_path / "arm-rus.md"
    result = runner.invoke(
        brief,
        ["ARM", "--vs", "RUS", "--since", "2021-01-01", "--freq", "quarter",
         "--db", db, "--out", str(notes)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Armenia and Russia: 2021-01-01" in notes.read_text("utf-8")
    assert (tmp_path / "arm-rus_files" / "series.png").is_file()
    assert result.output.count("chart ") == 5


def test_errors(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(brief, ["ARM", "--db", db, "--out", str(tmp_path / "a.pdf")])
    assert bad.exit_code == 2 and ".html" in bad.output
    unknown = runner.invoke(brief, ["FRA", "--db", db, "--out", str(tmp_path / "f.md")])
    assert unknown.exit_code == 1 and "No events of FRA" in unknown.output
    assert not (tmp_path / "f.md").exists()
    date = runner.invoke(
        brief, ["ARM", "--db", db, "--since", "May", "--out", str(tmp_path / "a.md")]
    )
    assert date.exit_code == 2 and "YYYY-MM-DD" in date.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(brief, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "allegiance brief ARM" in result.output
