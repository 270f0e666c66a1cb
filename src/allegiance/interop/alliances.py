"""Alliance obligations (ATOP, COW) and state-system lists: import and portfolio similarity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa

from ..analysis.alignment import Similarity, similarity
from ..errors import ConfigError, DataFileError, StoreError
from ..kb.base import KnowledgeBase
from ..store.base import Store
from .codes import StateCodes, make_state_codes
from .report import FileReport, Rejections
from .rfiles import read_r_frames

__all__ = [
    "AllianceTable",
    "import_alliances",
    "portfolio_similarity",
    "read_alliance_files",
    "system_members",
]

Dataset = Literal["atop", "cow"]
Kind = Literal["atop", "cow", "cow_states", "gw_states"]
_FLAGS = ("defense", "offense", "neutral", "nonagg", "consul", "entente")

# Portfolio coding (issue 5): 3 defense or offense pact, 2 neutrality or
# non-aggression, 1 consultation (COW's entente is a promise to consult), 0 none;
# a state's tie with itself is 3. The widest difference is therefore 3.
_LEVEL_SQL = (
    "CASE WHEN coalesce(defense, FALSE) OR coalesce(offense, FALSE) THEN 3 "
    "WHEN coalesce(neutral, FALSE) OR coalesce(nonagg, FALSE) THEN 2 "
    "WHEN coalesce(consul, FALSE) OR coalesce(entente, FALSE) THEN 1 ELSE 0 END"
)
_SELF_LEVEL = 3
_D_MAX = 3.0

_OBLIGATIONS = pa.schema(
    [("dataset", pa.string()), ("year", pa.int32())]
    + [("ccode1", pa.int32()), ("ccode2", pa.int32())]
    + [("state1", pa.string()), ("state2", pa.string())]
    + [(flag, pa.bool_()) for flag in _FLAGS]
)
_SYSTEM = pa.schema(
    [("system", pa.string()), ("ccode", pa.int32()), ("abbrev", pa.string())]
    + [("name", pa.string()), ("start_date", pa.date32()), ("end_date", pa.date32())]
    + [("state", pa.string()), ("version", pa.string())]
)


@dataclass(frozen=True, slots=True)
class AllianceTable:
    """One table read from an alliance or state-list file, with its detected kind."""

    path: str
    name: str
    kind: Kind
    frame: pd.DataFrame


def _kind(columns: Iterable[str]) -> Kind | None:
    cols = set(columns)
    if {"ccode1", "ccode2", "year", "atop_defense"} <= cols:
        return "atop"
    if {"ccode1", "ccode2", "year", "cow_defense"} <= cols:
        return "cow"
    if {"ccode", "styear", "endyear"} <= cols:
        return "cow_states"
    if {"gwcode", "startdate", "enddate"} <= cols:
        return "gw_states"
    return None


def read_alliance_files(paths: Iterable[str | Path]) -> list[AllianceTable]:
    """Read alliance and state-list files and tell which table each holds.

    Args:
        paths: ATOP or COW directed dyad-year files (`atop_alliance.rda`,
            `cow_alliance.rda`, as in the peacesciencer package) and the COW or
            Gleditsch-Ward state lists (`cow_states.rda`, `gw_states.rda`).

    Returns:
        One AllianceTable per table found.

    Raises:
        DataFileError: a file is missing, not an R data file or CSV, or holds a
            table of another kind.
    """
    tables: list[AllianceTable] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise DataFileError(f"{path} does not exist or is not a file.")
        if path.suffix.lower() in (".rda", ".rdata"):
            frames = read_r_frames(path)
        elif path.suffix.lower() == ".csv":
            frames = {path.stem: pd.read_csv(path, low_memory=False)}
        else:
            raise DataFileError(
                f"{path}: expected atop_alliance.rda, cow_alliance.rda, "
                "cow_states.rda or gw_states.rda (or CSVs with their columns)."
            )
        for name, frame in frames.items():
            kind = _kind(frame.columns)
            if kind is None:
                raise DataFileError(
                    f"{path}: the table {name!r} (columns {', '.join(map(str, frame.columns[:8]))}) "
                    "is not ATOP or COW alliance dyad-years nor a COW/GW state list."
                )
            tables.append(
                AllianceTable(str(path), name, kind, frame.reset_index(drop=True))
            )
    return tables


def _ints(series: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(series, errors="coerce")
    return numbers.where(numbers % 1 == 0).astype("Int64")


def _clean_obligations(
    table: AllianceTable, codes: StateCodes, rej: Rejections
) -> pd.DataFrame:
    frame, prefix = table.frame, f"{table.kind}_"
    df = pd.DataFrame(
        {
            "dataset": table.kind,
            "year": _ints(frame["year"]),
            "ccode1": _ints(frame["ccode1"]),
            "ccode2": _ints(frame["ccode2"]),
        }
    )
    for flag in _FLAGS:
        column = prefix + flag
        df[flag] = (
            (pd.to_numeric(frame[column], errors="coerce") > 0).astype("boolean")
            if column in frame
            else pd.NA  # a kind of pact this dataset does not code
        )
    df["state1"] = df.ccode1.map(codes.by_cow)
    df["state2"] = df.ccode2.map(codes.by_cow)
    df = rej.drop(
        df,
        df.year.isna() | df.ccode1.isna() | df.ccode2.isna(),
        "no year or COW code",
        lambda r: f"{r.ccode1} -> {r.ccode2}, {r.year}",
    )
    df = rej.drop(
        df,
        df.ccode1 == df.ccode2,
        "a state allied with itself",
        lambda r: f"{r.ccode1}, {r.year}",
    )
    return rej.drop(
        df,
        df.duplicated(["year", "ccode1", "ccode2"]),
        "a second row for the same directed dyad-year",
        lambda r: f"{r.ccode1} -> {r.ccode2}, {r.year}",
    )


def _date(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    parts = pd.DataFrame({"year": year, "month": month, "day": day}).apply(
        pd.to_numeric, errors="coerce"
    )
    return pd.to_datetime(parts, errors="coerce")


def _clean_system(
    table: AllianceTable, codes: StateCodes, rej: Rejections
) -> pd.DataFrame:
    frame = table.frame
    if table.kind == "cow_states":
        df = pd.DataFrame(
            {
                "system": "cow",
                "ccode": _ints(frame["ccode"]),
                "abbrev": frame.get("stateabb"),
                "name": frame.get("statenme"),
                "start_date": _date(frame["styear"], frame["stmonth"], frame["stday"]),
                "end_date": _date(frame["endyear"], frame["endmonth"], frame["endday"]),
                "version": frame["version"].astype("Int64").astype("string")
                if "version" in frame
                else pd.NA,
            }
        )
        df["state"] = df.ccode.map(codes.by_cow)
    else:
        df = pd.DataFrame(
            {
                "system": "gw",
                "ccode": _ints(frame["gwcode"]),
                "abbrev": frame.get("stateabb"),
                "name": frame.get("statename"),
                "start_date": pd.to_datetime(
                    frame["startdate"], unit="D", errors="coerce"
                ),
                "end_date": pd.to_datetime(frame["enddate"], unit="D", errors="coerce"),
                "version": pd.NA,
            }
        )
        df["state"] = df.ccode.map(codes.by_gw)
    df = rej.drop(
        df,
        df.ccode.isna() | df.start_date.isna() | df.end_date.isna(),
        "no state code, start or end date",
        lambda r: f"{r.abbrev} {r.ccode}",
    )
    return rej.drop(
        df,
        df.duplicated(["ccode", "start_date"]),
        "a second spell of the same state from the same day",
        lambda r: f"{r.abbrev} {r.ccode} from {r.start_date:%Y-%m-%d}",
    )


def _import_table(store: Store, table: AllianceTable, codes: StateCodes) -> FileReport:
    rej = Rejections()
    if table.kind in ("atop", "cow"):
        df, name, schema = (
            _clean_obligations(table, codes, rej),
            "alliance_obligations",
            _OBLIGATIONS,
        )
        # A dataset's year is imported whole, so a stored year is skipped whole.
        stored = {
            r[0]
            for r in store.execute(
                "SELECT DISTINCT year FROM alliance_obligations WHERE dataset = ?",
                [table.kind],
            )
        }
        known = df.year.isin(stored)
    else:
        df, name, schema = _clean_system(table, codes, rej), "state_system", _SYSTEM
        system = df.system.iloc[0] if len(df) else ""
        stored_spells = store.execute(
            "SELECT ccode, start_date FROM state_system WHERE system = ?", [system]
        )
        keys = pd.MultiIndex.from_arrays(
            [df.ccode.astype(object), df.start_date.dt.date]
        )
        known = pd.Series(keys.isin(stored_spells), index=df.index)
    fresh = df[~known]
    arrow = pa.Table.from_pandas(
        fresh[schema.names], schema=schema, preserve_index=False
    )
    if arrow.num_rows:
        with store.transaction():
            store.insert_table(name, arrow)
    return FileReport(
        table.path,
        table.kind,
        len(table.frame),
        arrow.num_rows,
        int(known.sum()),
        rej.found,
    )


def import_alliances(
    store: Store, paths: Iterable[str | Path], *, kb: KnowledgeBase | None = None
) -> list[FileReport]:
    """Store ATOP/COW alliance obligations and COW/GW state-system spells.

    Each table is written in one transaction; years of a dataset and state spells
    already stored are skipped, so importing again stores nothing twice. COW and
    GW numbers are kept, with our state code beside them where the knowledge base
    (or `data/interop/un_states.csv`) has one.

    Args:
        store: An open, writable store.
        paths: `atop_alliance.rda`, `cow_alliance.rda`, `cow_states.rda`,
            `gw_states.rda` (or CSVs with the same columns).
        kb: The knowledge base to map codes with (default: the bundled one).

    Returns:
        One report per table.

    Raises:
        DataFileError: a file cannot be read or is of another kind.
        StoreError: the store cannot be written.
    """
    tables = read_alliance_files(paths)
    codes = make_state_codes(kb)
    return [_import_table(store, table, codes) for table in tables]


def system_members(
    store: Store, year: int, *, system: Literal["cow", "gw"] = "cow"
) -> tuple[int, ...]:
    """The states (COW or GW numbers) that were members of the system at any time in `year`.

    Raises:
        StoreError: no state list of that system is stored.
    """
    rows = store.execute(
        "SELECT DISTINCT ccode FROM state_system WHERE system = ? "
        "AND start_date <= ? AND end_date >= ? ORDER BY ccode",
        [system, dt.date(year, 12, 31), dt.date(year, 1, 1)],
    )
    if not rows and not store.execute(
        "SELECT 1 FROM state_system WHERE system = ? LIMIT 1", [system]
    ):
        raise StoreError(
            f"No {system.upper()} state list is stored. Import it first: allegiance "
            f"import alliances {system}_states.rda."
        )
    return tuple(int(r[0]) for r in rows)


def _last_system_year(store: Store) -> int:
    row = store.execute("SELECT max(end_date) FROM state_system WHERE system = 'cow'")
    if not row or row[0][0] is None:
        raise StoreError(
            "No COW state list is stored; portfolios run over its members. Import "
            "it: allegiance import alliances cow_states.rda."
        )
    return int(row[0][0].year)


def portfolio_similarity(
    store: Store,
    a: str,
    b: str,
    year: int,
    *,
    source: Dataset = "atop",
    population_year: int | None = None,
    kb: KnowledgeBase | None = None,
) -> Similarity:
    """How alike two states' alliance portfolios were in a year: S, kappa and pi.

    Each state's portfolio is its tie (coded 3/2/1/0, itself 3) to every member
    of the COW state system; S is unweighted with the absolute distance and
    d_max = 3; kappa and pi use quadratic distances.

    Args:
        store: A store with the obligations and the COW state list imported.
        a: One state's code (ARM).
        b: The other state's code (RUS).
        year: The year of the obligations.
        source: "atop" (1815-2018) or "cow" (1816-2012).
        population_year: The year whose system members make the population;
            default `year`, or the state list's last year (2016 in COW v2016)
            when `year` is later. A state outside it is added.
        kb: The knowledge base that maps codes (default: the bundled one).

    Returns:
        The three measures and the population size.

    Raises:
        KnowledgeBaseError: a code names no state of ours.
        ConfigError: an unknown source, or a state without a COW number.
        StoreError: the obligations of that year or the state list are missing.
    """
    if source not in ("atop", "cow"):
        raise ConfigError(f"source must be 'atop' or 'cow', not {source!r}.")
    codes = make_state_codes(kb)
    pair = []
    for code in (a, b):
        cow = codes.cow_of(codes.check(code))
        if cow is None:
            raise ConfigError(
                f"{code} has no COW number; alliance datasets cannot place it."
            )
        pair.append(cow)
    members = system_members(
        store, population_year or min(year, _last_system_year(store))
    )
    population = sorted(set(members) | set(pair))
    rows = store.execute(
        f"SELECT ccode1, ccode2, {_LEVEL_SQL} FROM alliance_obligations "
        "WHERE dataset = ? AND year = ? AND ccode1 IN (?, ?)",
        [source, year, pair[0], pair[1]],
    )
    if not rows and not store.execute(
        "SELECT 1 FROM alliance_obligations WHERE dataset = ? AND year = ? LIMIT 1",
        [source, year],
    ):
        raise StoreError(
            f"No {source.upper()} obligations for {year} are stored (ATOP covers "
            f"1815-2018, COW 1816-2012). Import them: allegiance import alliances {source}_alliance.rda."
        )
    index = {ccode: i for i, ccode in enumerate(population)}
    vectors = {ccode: np.zeros(len(population)) for ccode in pair}
    for ccode, vector in vectors.items():
        vector[index[ccode]] = _SELF_LEVEL
    for c1, c2, level in rows:
        if c2 in index:
            vectors[c1][index[c2]] = level
    return similarity(
        vectors[pair[0]], vectors[pair[1]], d_max=_D_MAX, distance="quadratic"
    )
