"""Alliance obligations: import through the CLI and portfolio similarity (issue 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result

from allegiance.cli_import import alliances
from allegiance.errors import ConfigError, DataFileError, KnowledgeBaseError, StoreError
from allegiance.interop.alliances import (
    import_alliances,
    portfolio_similarity,
    read_alliance_files,
    system_members,
)
from allegiance.interop.rfiles import read_r_frames
from allegiance.store.base import Store
from allegiance.store.duck import open_store

from ..conftest import SHARED_DATA, needs_shared

AL = SHARED_DATA / "alliances"
FILES = [
    AL / n
    for n in (
        "atop_alliance.rda",
        "cow_alliance.rda",
        "cow_states.rda",
        "gw_states.rda",
    )
]
shared = needs_shared(AL / "atop_alliance.rda")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """The four shared files imported once through the CLI (about a second)."""
    db = tmp_path_factory.mktemp("al") / "al.duckdb"
    result = CliRunner().invoke(alliances, [*map(str, FILES), "--db", str(db)])
    return db, result


@pytest.fixture(scope="module")
def store(imported: tuple[Path, Result]) -> Iterator[Store]:
    with open_store(imported[0], read_only=True) as db:
        yield db


@shared
def test_cli_reports_every_table_stored(imported: tuple[Path, Result]) -> None:
    _, result = imported
    assert result.exit_code == 0, result.output
    assert "atop_alliance.rda (atop): read 273,296, stored 273,296" in result.output
    assert "cow_alliance.rda (cow): read 120,784, stored 120,784" in result.output
    assert "cow_states.rda (cow_states): read 243, stored 243" in result.output
    assert "gw_states.rda (gw_states): read 216, stored 216" in result.output
    assert "rejected 1" not in result.output


@shared
def test_atop_2018_portfolios_match_the_issue(store: Store) -> None:
    # The 195 COW members of 2016 (the list ends in 2016), coded 3/2/1/0,
    # self 3, unweighted S with d_max 3.
    aze = portfolio_similarity(store, "ARM", "AZE", 2018)
    rus = portfolio_similarity(store, "ARM", "RUS", 2018)
    assert aze.n == rus.n == 195
    assert aze.s == pytest.approx(0.990, abs=5e-4)
    assert rus.s == pytest.approx(0.726, abs=5e-4)
    assert rus.kappa < rus.s and rus.pi <= rus.kappa + 1e-9


def _raw_vector(frame, state: int, population: list[int], prefix: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The portfolio straight from the R file, written independently of the module."""
    level = {}
    for row in frame[frame.ccode1 == state].to_dict("records"):
        has = {
            k: bool(row.get(prefix + k, 0) or 0)
            for k in ("defense", "offense", "neutral", "nonagg", "consul", "entente")
        }
        if has["defense"] or has["offense"]:
            level[int(row["ccode2"])] = 3
        elif has["neutral"] or has["nonagg"]:
            level[int(row["ccode2"])] = 2
        elif has["consul"] or has["entente"]:
            level[int(row["ccode2"])] = 1
    return np.array([3 if c == state else level.get(c, 0) for c in population], float)


@shared
def test_cow_portfolios_agree_with_a_direct_computation(store: Store) -> None:
    frame = read_r_frames(AL / "cow_alliance.rda")["cow_alliance"]
    frame = frame[frame.year == 2000]
    population = list(system_members(store, 2000))
    usa = _raw_vector(frame, 2, population, "cow_")
    gbr = _raw_vector(frame, 200, population, "cow_")
    s = 1 - 2 * np.mean(np.abs(usa - gbr)) / 3
    ccc = (
        2
        * np.mean((usa - usa.mean()) * (gbr - gbr.mean()))
        / (usa.var() + gbr.var() + (usa.mean() - gbr.mean()) ** 2)
    )
    result = portfolio_similarity(store, "USA", "GBR", 2000, source="cow")
    assert result.n == len(population)
    assert result.s == pytest.approx(s)
    assert result.kappa == pytest.approx(ccc)


@shared
def test_state_system_members_by_year(store: Store) -> None:
    assert len(system_members(store, 2016)) == 195
    assert 365 in system_members(store, 1950) and 371 not in system_members(store, 1950)
    assert 371 in system_members(store, 1992, system="gw")


@shared
def test_missing_data_and_bad_arguments_say_what_to_do(store: Store) -> None:
    with pytest.raises(StoreError, match="covers 1815-2018"):
        portfolio_similarity(store, "ARM", "RUS", 2019)
    with pytest.raises(ConfigError, match="source"):
        portfolio_similarity(store, "ARM", "RUS", 2018, source="nato")  # type: ignore[arg-type]
    with pytest.raises(KnowledgeBaseError, match="not a state code"):
        portfolio_similarity(store, "ARX", "RUS", 2018)
    with pytest.raises(ConfigError, match="no COW number"):
        portfolio_similarity(store, "PSE", "RUS", 2018)


@shared
def test_importing_again_stores_nothing_twice(tmp_path: Path) -> None:
    files = [AL / "cow_states.rda", AL / "gw_states.rda"]
    with open_store(tmp_path / "s.duckdb") as db:
        import_alliances(db, files)
        again = import_alliances(db, files)
        assert [(r.stored, r.skipped) for r in again] == [(0, 243), (0, 216)]
        with pytest.raises(StoreError, match="atop_alliance.rda"):
            portfolio_similarity(db, "ARM", "RUS", 2018)


def test_bad_rows_are_rejected_with_reasons(tmp_path: Path) -> None:
    csv = tmp_path / "pacts.csv"
    csv.write_text(
        "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n"
        "371,365,2018,1,0,0,1,1\n"
        "365,371,2018,1,0,0,0,0\n"
        "371,371,2018,1,0,0,0,0\n"  # self
        "371,365,2018,0,0,0,0,1\n"  # duplicate dyad-year
        "371,,2018,1,0,0,0,0\n",  # no partner
        "utf-8",
    )
    states = tmp_path / "states.csv"
    states.write_text(
        "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
        "ARM,371,Armenia,1991,12,21,2016,12,31,2016\n"
        "RUS,365,Russia,1816,1,1,2016,12,31,2016\n",
        "utf-8",
    )
    with open_store(tmp_path / "s.duckdb") as db:
        pacts, _ = import_alliances(db, [csv, states])
        assert (pacts.stored, pacts.n_rejected) == (2, 3)
        reasons = " | ".join(r.reason for r in pacts.rejected)
        assert "itself" in reasons and "second row" in reasons and "no year" in reasons
        # Two states, each allied with the other: identical portfolios (3, 3).
        result = portfolio_similarity(db, "ARM", "RUS", 2018)
        assert (result.n, result.s) == (2, 1.0)


def test_files_of_another_kind_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(DataFileError, match="not ATOP or COW"):
        read_alliance_files([other])
    with pytest.raises(DataFileError, match="expected atop_alliance.rda"):
        read_alliance_files([_touch(tmp_path / "pacts.xlsx")])
    result = CliRunner().invoke(alliances, ["--help"])
    assert "Example:" in result.output and "--db" in result.output


def _touch(path: Path) -> Path:
    path.write_bytes(b"")
    return path
