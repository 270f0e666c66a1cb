"""UN votes: import through the CLI, agreement against Voeten's file, bad input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result

from allegiance.cli_import import unvotes
from allegiance.errors import ConfigError, DataFileError, KnowledgeBaseError, StoreError
from allegiance.interop.unvotes import (
    compare_agreement,
    import_unvotes,
    read_un_files,
    session_year,
    vote_agreement,
)
from allegiance.store.base import Store
from allegiance.store.duck import open_store

from ..conftest import ROOT, SHARED_DATA, needs_shared

UN = SHARED_DATA / "un"
FILES = [
    UN / "un_votes.rda",
    UN / "un_roll_calls.rda",
    UN / "un_roll_call_issues.rda",
    UN / "IdealpointestimatesAll_Jun2024.csv",
]
shared = needs_shared(UN / "un_votes.rda")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """The four shared files imported once through the CLI (about 4 s)."""
    db = tmp_path_factory.mktemp("un") / "un.duckdb"
    result = CliRunner().invoke(unvotes, [*map(str, FILES), "--db", str(db)])
    return db, result


@pytest.fixture(scope="module")
def store(imported: tuple[Path, Result]) -> Iterator[Store]:
    with open_store(imported[0], read_only=True) as db:
        yield db


@shared
def test_cli_reports_every_table_stored(imported: tuple[Path, Result]) -> None:
    _, result = imported
    assert result.exit_code == 0, result.output
    out = result.output
    assert "un_votes.rda (votes): read 870,109, stored 870,109" in out
    assert "un_roll_calls.rda (roll_calls): read 6,203, stored 6,203" in out
    assert "un_roll_call_issues.rda (issues): read 5,745, stored 5,745" in out
    assert "(ideal_points): read 11,238, stored 11,238" in out
    assert "rejected 0" in out and "rejected 1" not in out


@shared
@pytest.mark.parametrize(
    ("a", "b", "year", "expected", "column"),
    [
        ("ARM", "RUS", 2019, 0.721, "agree_rus"),
        ("ARM", "USA", 2019, 0.169, "agree_usa"),
        ("ARM", "RUS", 2015, 0.681, "agree_rus"),
    ],
)
def test_agreement_matches_the_published_figures(
    store: Store, a: str, b: str, year: int, expected: float, column: str
) -> None:
    point = next(p for p in vote_agreement(store, a, b) if p.year == year)
    assert round(point.agreement, 3) == expected
    assert point.session == year - 1945
    [(published,)] = store.execute(
        f"SELECT {column} FROM un_ideal_points WHERE state = ? AND session = ?",
        [a, point.session],
    )
    assert point.agreement == pytest.approx(published, abs=1e-6)


@shared
def test_sessions_where_the_sources_coincide_are_pinned(store: Store) -> None:
    comparison = compare_agreement(store)
    assert {68, 70, 73, 74} <= set(comparison.coinciding_sessions)
    # Most sessions differ: the two files hold different roll-call sets.
    assert 0.40 < comparison.share_within < 0.55
    assert comparison.n > 20_000
    doc = (ROOT / "docs" / "alignment.md").read_text("utf-8")
    assert f"{comparison.n:,}" in doc and f"{comparison.within:,}" in doc, (
        "docs/alignment.md must report the measured distribution"
    )


@shared
def test_kappa_is_cohens_over_the_three_votes(store: Store) -> None:
    rows = store.execute(
        "SELECT x.vote, y.vote FROM un_votes x JOIN un_votes y ON y.rcid = x.rcid "
        "JOIN un_roll_calls r ON r.rcid = x.rcid "
        "WHERE x.state = 'ARM' AND y.state = 'RUS' AND r.session = 74"
    )
    a, b = np.array(rows).T
    p_o = np.mean(a == b)
    p_e = sum(np.mean(a == v) * np.mean(b == v) for v in ("yes", "abstain", "no"))
    point = next(p for p in vote_agreement(store, "arm", "rus") if p.session == 74)
    assert point.n == len(rows)
    assert point.kappa == pytest.approx((p_o - p_e) / (1 - p_e))


@shared
def test_calendar_years_group_by_the_vote_date(store: Store) -> None:
    by_date = {
        p.year: p for p in vote_agreement(store, "ARM", "RUS", by="calendar_year")
    }
    by_session = {p.session: p for p in vote_agreement(store, "ARM", "RUS")}
    assert by_date[2019].session is None
    # Session 74 opened in 2019 and held one of its roll calls in January 2020.
    assert by_date[2019].n + by_date[2020].n == by_session[74].n
    with pytest.raises(ConfigError, match="calendar_year"):
        vote_agreement(store, "ARM", "RUS", by="month")  # type: ignore[arg-type]


@shared
def test_historical_states_keep_their_series(store: Store) -> None:
    states = dict(store.execute("SELECT country, min(state) FROM un_votes GROUP BY 1"))
    assert states["Federal Republic of Germany"] == "DEU"
    assert states["German Democratic Republic"] == "DDR"
    assert states["Yugoslavia"] == "SRB"
    assert states["Russia"] == "RUS"
    assert session_year(1) == 1946


@shared
def test_importing_again_stores_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    small = [UN / "un_roll_calls.rda", UN / "IdealpointestimatesAll_Jun2024.csv"]
    with open_store(db) as store:
        import_unvotes(store, small)
        reports = import_unvotes(store, small)
        assert [r.stored for r in reports] == [0, 0]
        assert [r.skipped for r in reports] == [6203, 11238]
        assert store.execute("SELECT count(*) FROM un_roll_calls") == [(6203,)]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_bad_vote_rows_are_reported_with_reasons(tmp_path: Path) -> None:
    votes = _write(
        tmp_path / "votes.csv",
        "rcid,country,country_code,vote\n"
        "1,Armenia,AM,yes\n"
        "1,Russia,RU,no\n"
        "1,Atlantis,ZZ,yes\n"  # unknown country
        "1,Armenia,AM,no\n"  # a second vote
        ",France,FR,yes\n"  # no roll call
        "2,Czechoslovakia,CS,absent\n",  # not a vote
    )
    calls = _write(tmp_path / "calls.csv", "rcid,session,date\n1,74,2019-12-18\n")
    with open_store(tmp_path / "s.duckdb") as store:
        reports = {r.kind: r for r in import_unvotes(store, [votes, calls])}
        report = reports["votes"]
        assert (report.rows, report.stored, report.n_rejected) == (6, 2, 4)
        reasons = {r.reason: r for r in report.rejected}
        unknown = next(
            r for k, r in reasons.items() if "not in the knowledge base" in k
        )
        assert unknown.examples == ("row 3: Atlantis (ZZ)",)
        assert any("second vote" in k for k in reasons)
        assert any("not yes, abstain or no" in k for k in reasons)
        [point] = vote_agreement(store, "ARM", "RUS")
        assert (point.year, point.agreement, point.n) == (2019, 0.0, 1)


def test_votes_without_roll_calls_say_what_to_import(tmp_path: Path) -> None:
    votes = _write(
        tmp_path / "votes.csv",
        "rcid,country,country_code,vote\n1,Armenia,AM,yes\n1,Russia,RU,yes\n",
    )
    with open_store(tmp_path / "s.duckdb") as store:
        with pytest.raises(StoreError, match="No UN votes are stored"):
            vote_agreement(store, "ARM", "RUS")
        import_unvotes(store, [votes])
        with pytest.raises(StoreError, match="un_roll_calls.rda"):
            vote_agreement(store, "ARM", "RUS")
        with pytest.raises(KnowledgeBaseError, match="not a state code"):
            vote_agreement(store, "ARMM", "RUS")


def test_files_of_another_kind_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="expected the unvotes"):
        read_un_files([_write(tmp_path / "notes.txt", "hello")])
    with pytest.raises(DataFileError, match="is not UN votes"):
        read_un_files([_write(tmp_path / "other.csv", "a,b\n1,2\n")])
    with pytest.raises(DataFileError, match="not an R data file"):
        read_un_files([_write(tmp_path / "fake.rda", "not R")])
    result = CliRunner().invoke(
        unvotes, [str(tmp_path / "notes.txt"), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 1
    assert re.search(r"Error: .*notes\.txt: expected", result.output)


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(unvotes, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--db" in result.output
