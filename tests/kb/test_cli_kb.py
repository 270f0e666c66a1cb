"""The `kb` command group through click's CliRunner, mounted as the lead will."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from allegiance.cli_kb import kb
from allegiance.kb.base import load_kb
from allegiance.store.duck import open_store


@pytest.fixture
def cli() -> click.Group:
    group = click.Group("allegiance")
    group.add_command(kb)
    return group


@pytest.fixture
def bad_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "my-kb"
    folder.mkdir()
    (folder / "memberships.csv").write_text(
        "org,member,status,start,end,source,note\n"
        "CSTO,ARM,member,2020-01-01,2019-01-01,Test gazette,\n",
        "utf-8",
    )
    return folder


def test_check_passes_on_the_shipped_data(cli: click.Group) -> None:
    result = CliRunner().invoke(cli, ["kb", "check", "--errors-only"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("warning(s)")
    assert " 0 error(s)" in result.output


def test_check_fails_on_errors_and_says_where(cli: click.Group, bad_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "check", str(bad_dir)])
    assert result.exit_code == 1
    assert f"{bad_dir / 'memberships.csv'}:2: error [memberships]" in result.output


def test_import_prints_version_and_counts(cli: click.Group, db: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "import", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"imported knowledge base {load_kb().version}" in result.output
    assert f"states {len(load_kb().states)}," in result.output
    with open_store(db) as store:
        assert store.execute("SELECT count(*) FROM kb_versions")[0][0] == 1


def test_import_refuses_a_kb_with_errors(
    cli: click.Group, db: Path, bad_dir: Path
) -> None:
    result = CliRunner().invoke(cli, ["kb", "import", str(bad_dir), "--db", str(db)])
    assert result.exit_code == 1
    assert "nothing was imported" in result.output and "is not before" in result.output
    assert not db.exists()  # refused before the store was even opened


def test_import_with_news(cli: click.Group, db: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "import", "--db", str(db), "--with-news"])
    assert result.exit_code == 0, result.output
    assert "membership changes reported by the news: 0" in result.output
    listed = CliRunner().invoke(
        cli, ["kb", "news", "--db", str(db), "--format", "json"]
    )
    assert listed.exit_code == 0 and json.loads(listed.output) == []


def test_show_text_and_json(cli: click.Group) -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["kb", "show", "ARM", "--date", "2024-02-23"])
    assert text.exit_code == 0, text.output
    assert "Nikol Pashinyan" in text.output and "frozen" in text.output
    data = json.loads(
        runner.invoke(cli, ["kb", "show", "CSTO", "--format", "json"]).output
    )
    assert data["kind"] == "organisation" and data["code"] == "CSTO"


def test_show_unknown_and_bad_date(cli: click.Group) -> None:
    runner = CliRunner()
    unknown = runner.invoke(cli, ["kb", "show", "Atlantis"])
    assert unknown.exit_code == 1 and "Nothing in the knowledge base" in unknown.output
    bad = runner.invoke(cli, ["kb", "show", "ARM", "--date", "23/02/2024"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
