"""The analytics commands through click's CliRunner: import gdelt, relations, alerts."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allegiance.cli_analysis import alerts, gdelt, relations
from allegiance.interop.gdelt import GDELT1_COLUMNS
from allegiance.pipeline import make_article
from allegiance.records import CodedArticle, Event
from allegiance.store.duck import open_store

from .conftest import SHARED_DATA, needs_shared


def _coded(i: int, month: int, source: str, target: str, tone: float) -> CodedArticle:
    day = dt.date(2021 + month // 12, month % 12 + 1, 5 + i % 20)
    text = f"Item {i}: {source} to {target}."
    article = make_article(text, title=f"Story {i}", date=day)
    event = Event(
        id=f"{article.id}-0", article_id=article.id, sent_index=0, sent_start=0,
        sent_end=len(text), date=day, source=source, target=target,
        cameo="042" if tone > 0 else "112", plover=None, plover_mode=None,
        goldstein=tone, quad_class=1 if tone > 0 else 3, evidence=text, trigger="",
    )  # fmt: skip
    return CodedArticle(article, (), (), (event,))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """ARM-RUS: +4 then -4 from month 12, with a little jitter; two reports a month."""
    path = tmp_path_factory.mktemp("cli") / "s.duckdb"
    batch = [
        _coded(2 * m + k, m, "ARM" if k else "RUS", "RUS" if k else "ARM", tone)
        for m in range(24)
        for k in (0, 1)
        for tone in [(4.0 if m < 12 else -4.0) + (0.5 if (m + k) % 3 else -0.5)]
    ]
    with open_store(path) as store:
        store.write_batch(batch)
    return str(path)


def test_every_command_has_help_with_an_example() -> None:
    for command in (gdelt, relations, alerts):
        result = CliRunner().invoke(command, ["--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_relations_marks_the_turn(db: str) -> None:
    result = CliRunner().invoke(relations, ["arm", "rus", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "ARM-RUS by month" and len(lines) > 24
    marked = [line for line in lines if "<- DOWN" in line]
    assert len(marked) == 1 and marked[0].startswith("2022-01-01")
    assert "who moved:" in result.output and '"Item' in result.output


def test_relations_can_show_only_active_periods(db: str) -> None:
    def periods(*extra: str) -> list[str]:
        args = ["ARM", "RUS", "--db", db, "--freq", "week", *extra]
        output = CliRunner().invoke(relations, args).output
        return [line for line in output.splitlines() if line[:2] == "20"]

    every, active = periods(), periods("--active")
    assert active == [line for line in every if line.split()[1] != "0"]
    assert 0 < len(active) < len(every)


def test_relations_of_strangers_says_what_to_do(db: str) -> None:
    result = CliRunner().invoke(relations, ["CHN", "IND", "--db", db])
    assert result.exit_code == 0 and "No events between CHN and IND" in result.output


def test_alerts_as_jsonl_for_scripts(db: str) -> None:
    result = CliRunner().invoke(
        alerts, ["--db", db, "--format", "jsonl", "--actor", "ARM"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["dyad"], r["direction"], r["date"]) for r in rows] == [
        (["ARM", "RUS"], "down", "2022-01-01")
    ]
    assert {"magnitude", "confidence", "evidence"} <= set(rows[0])
    assert rows[0]["evidence"][0]["title"].startswith("Story")


def test_alerts_table_and_empty_result(db: str) -> None:
    table = CliRunner().invoke(alerts, ["--db", db, "--freq", "quarter"])
    assert table.exit_code == 0 and "1 alert(s)." in table.output
    none = CliRunner().invoke(alerts, ["--db", db, "--actor", "USA"])
    assert "No alerts." in none.output


def test_bad_input_exits_cleanly(db: str, tmp_path: Path) -> None:
    missing = CliRunner().invoke(alerts, ["--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "No store at" in missing.output
    bad_date = CliRunner().invoke(
        relations, ["ARM", "RUS", "--db", db, "--since", "2021-13-01"]
    )
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output


def test_import_gdelt_reports_rows_and_rejections(tmp_path: Path) -> None:
    good = ["1", "20120203", "201202", "2012", "2012.09"] + [""] * 53
    good[GDELT1_COLUMNS.index("EventCode")] = "042"
    good[GDELT1_COLUMNS.index("QuadClass")] = "1"
    good[GDELT1_COLUMNS.index("GoldsteinScale")] = "1.9"
    bad = list(good)
    bad[0], bad[GDELT1_COLUMNS.index("EventCode")] = "2", "999"
    path = tmp_path / "g.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([good, bad])
    db = str(tmp_path / "g.duckdb")
    first = CliRunner().invoke(gdelt, [str(path), "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 rows, 1 imported, 0 already stored, 1 rejected" in first.output
    assert "rejected line 2 (event 2): unknown CAMEO event code 999" in first.output
    again = CliRunner().invoke(gdelt, [str(path), "--db", db])
    assert "0 imported, 1 already stored" in again.output


@needs_shared(SHARED_DATA / "gdelt" / "may13.csv")
def test_import_gdelt_sample(tmp_path: Path) -> None:
    sample = SHARED_DATA / "gdelt" / "may13.csv"
    result = CliRunner().invoke(
        gdelt, [str(sample), "--db", str(tmp_path / "g.duckdb")]
    )
    assert "(GDELT 1.0): 3268 rows, 3268 imported" in result.output
    assert "actor codes not in the knowledge base" in result.output
