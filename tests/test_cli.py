"""The command line, through click's CliRunner: thin wrappers with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allegiance import __version__
from allegiance.cli import main

from .conftest import SEED, needs_shared


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Armenia froze its participation in the CSTO, Pashinyan said.", "utf-8"
    )
    (folder / "b.jsonl").write_text(
        json.dumps(
            {
                "text": "Finland joined NATO on Tuesday.",
                "date": "2023-04-04",
                "title": "Finland joins",
            }
        )
        + "\n",
        "utf-8",
    )
    (folder / "c.txt").write_bytes(b"\xff\xfe bad bytes")
    return folder


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for command in main.commands:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example" in result.output, f"{command} --help shows no example"


def test_ingest_then_query(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(
        main, ["ingest", str(corpus), "--db", db, "--date", "2024-02-23"]
    )
    assert result.exit_code == 0, result.output
    assert "read 2, stored 2, duplicates 0, skipped 1" in result.output
    assert "not valid UTF-8" in result.output
    again = runner.invoke(
        main, ["ingest", str(corpus), "--db", db, "--date", "2024-02-23"]
    )
    assert "stored 0, duplicates 2" in again.output

    table = runner.invoke(main, ["events", "--db", db, "--actor", "arm"])
    assert table.exit_code == 0
    assert "ARM -> CSTO" in table.output and "freeze CSTO" in table.output

    jsonl = runner.invoke(
        main, ["events", "--db", db, "--format", "jsonl", "--move", "join"]
    )
    rows = [json.loads(line) for line in jsonl.output.splitlines()]
    assert [(r["source"], r["target"], r["date"]) for r in rows] == [
        ("FIN", "NATO", "2023-04-04")
    ]

    csv_out = runner.invoke(main, ["events", "--db", db, "--format", "csv"])
    assert csv_out.output.splitlines()[0].startswith("id,article_id")

    out = tmp_path / "ev.parquet"
    exported = runner.invoke(main, ["export", str(out), "--db", db])
    assert exported.exit_code == 0 and out.exists()


def test_bad_date_is_a_usage_error(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(main, ["ingest", str(corpus), "--date", "23/02/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_missing_store_is_an_error_with_advice(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "allegiance ingest" in result.output


def test_export_unknown_format(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    runner.invoke(main, ["ingest", str(corpus), "--db", db])
    result = runner.invoke(main, ["export", str(tmp_path / "x.xlsx"), "--db", db])
    assert result.exit_code == 1 and "parquet, csv, jsonl" in result.output


@needs_shared(SEED)
def test_seed_from_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    runner.invoke(main, ["ingest", str(SEED), "--db", db, "--date", "2024-02-23"])
    result = runner.invoke(
        main, ["events", "--db", db, "--include-doubtful", "--actor", "AFG"]
    )
    assert "DOUBTFUL" in result.output and "doubt:" in result.output


def test_demo_prints_a_briefing(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.duckdb")
    result = runner.invoke(main, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "ALLEGIANCE BRIEFING" in result.output
    assert "Armenia froze its participation in CSTO" in result.output
    assert "Finland joined NATO" in result.output


def test_evaluate_names_its_tier(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "eval" / "gold"
    gold.mkdir(parents=True)
    item = {
        "id": "t1",
        "text": "Russia criticised Armenia on Friday.",
        "date": "2024-02-23",
        "events": [],
        "tags": [],
    }
    (gold / "own_dev.jsonl").write_text(json.dumps(item) + "\n")
    result = runner.invoke(
        main, ["evaluate", "--suite", "own_dev", "--project", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "tier: rules"
    assert "own_dev: events P" in result.output and "(1 items)" in result.output


def test_evaluate_full_mode_plv_headline(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "data" / "gold"
    gold.mkdir(parents=True)
    (gold / "plv_train.tsv").write_text(
        "sentence_id\tsentence\tsource\ttarget\tgold_root\n"
        "1\tFrance accused Russia of war crimes.\tFrance\tRussia\tACCUSE\n"
        "2\tPoland accused Belarus of lying.\tPoland\tBelarus\tAID\n"
    )
    result = runner.invoke(
        main,
        ["evaluate", "--suite", "plv_full", "--data-dir", str(tmp_path / "data")],
    )
    assert result.exit_code == 0, result.output
    assert (
        "plv_full: full mode: gold pair found 1.000, with the gold root 0.500 "
        "(2 sentences whose marked actors resolve; held-out odd half 1.000 / 0.000)"
    ) in result.output


def test_evaluate_ngec_stories_headline(runner: CliRunner, tmp_path: Path) -> None:
    import zipfile

    folder = tmp_path / "data" / "ngec"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(
        folder / "gpt_synthetic_events_2023-10-19_19.csv.zip", "w"
    ) as z:
        z.writestr(
            "stories.csv",
            "text,label\nFrance accused Iran of lying.,ACCUSE\nIt rained.,PROTEST\n",
        )
    result = runner.invoke(
        main,
        ["evaluate", "--suite", "ngec_docs", "--data-dir", str(tmp_path / "data")],
    )
    assert result.exit_code == 0, result.output
    assert (
        "ngec_docs: story type from the first event 0.500 (macro-F1 0.500), type found "
        "anywhere 0.500, no event 0.500 (2 stories; held-out odd half 0.000 / 0.000)"
    ) in result.output


def test_evaluate_with_a_missing_parser_model_says_what_to_do(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(
        main, ["evaluate", "--suite", "own_dev", "--parser-model", "no_such_model_xyz"]
    )
    assert result.exit_code != 0
    assert (
        "not installed" in result.output and "leave parser_model empty" in result.output
    )


def _age_events(db: str, coder: str = "allegiance-rules/0.0.1") -> None:
    """Pretend the stored events came from another coder."""
    from allegiance.store.duck import open_store

    with open_store(Path(db)) as store:
        store.execute("UPDATE events SET coder = ?", [coder])


def test_imported_events_are_no_older_coder(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.duckdb")
    runner.invoke(main, ["ingest", str(corpus), "--db", db, "--date", "2024-02-23"])
    _age_events(db, "allegiance.gdelt_import.v1")
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert "another version" not in result.output


def test_ingest_says_when_the_store_holds_an_older_coder(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.duckdb")
    runner.invoke(main, ["ingest", str(corpus), "--db", db, "--date", "2024-02-23"])
    _age_events(db)
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert "coded by another version" in result.output
    assert (
        "by allegiance-rules/0.0.1" in result.output
        and "--db NEW.duckdb" in result.output
    )


def test_the_demo_codes_its_own_store_again_after_an_upgrade(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = tmp_path / "demo.jsonl"
    rows = [
        {"text": "Finland joined NATO on Tuesday.", "date": "2023-04-04"},
        {"text": "Armenia froze its participation in the CSTO.", "date": "2024-02-23"},
    ]
    small.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    monkeypatch.setattr("allegiance.api.demo_corpus_path", lambda: small)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ALLEGIANCE_DB", raising=False)
    first = runner.invoke(main, ["demo"])
    assert first.exit_code == 0, first.output
    store = tmp_path / "data" / "allegiance" / "demo.duckdb"
    assert store.exists()
    _age_events(str(store))
    again = runner.invoke(main, ["demo"])
    assert again.exit_code == 0, again.output
    assert "coding it again" in again.output
    assert "2 newly stored" in again.output
    assert "another version" not in again.output
