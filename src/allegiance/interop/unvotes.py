"""UN General Assembly votes: import the unvotes data and Voeten's ideal points; agreement."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa

from ..analysis.alignment import Distance, cohen_kappa
from ..errors import ConfigError, DataFileError, KnowledgeBaseError, StoreError
from ..kb.base import KnowledgeBase
from ..store.base import Store
from .codes import StateCodes, make_state_codes
from .report import FileReport, Rejections
from .rfiles import read_r_frames
from .untables import (
    SCHEMAS,
    VOTES,
    clean_ideal_points,
    clean_issues,
    clean_roll_calls,
    clean_votes,
)

__all__ = [
    "VOTES",
    "AgreementComparison",
    "AgreementPoint",
    "UNTable",
    "compare_agreement",
    "import_unvotes",
    "read_un_files",
    "session_year",
    "vote_agreement",
]

# Ordinal codes for weighted kappa (Voeten's coding: 1 yes, 2 abstain, 3 no).
_ORDINAL = {"yes": 1.0, "abstain": 2.0, "no": 3.0}
# Session 1 opened in January 1946; Voeten's file and the issue date a session by
# the year it opens (votes of December 2019 and of early 2020 are "2019").
_SESSION_OFFSET = 1945
AGREEMENT_COLUMNS = {
    "USA": "agree_usa",
    "RUS": "agree_rus",
    "BRA": "agree_bra",
    "CHN": "agree_chn",
    "IND": "agree_ind",
    "ISR": "agree_isr",
}

Kind = Literal["roll_calls", "issues", "votes", "ideal_points"]
_ORDER: dict[str, int] = {"roll_calls": 0, "issues": 1, "votes": 2, "ideal_points": 3}


@dataclass(frozen=True, slots=True)
class UNTable:
    """One table read from a UN votes file, with the kind its columns show."""

    path: str
    name: str
    kind: Kind
    frame: pd.DataFrame


@dataclass(frozen=True, slots=True)
class AgreementPoint:
    """Two states' UN General Assembly voting in one period.

    `agreement` is the share of roll calls where both voted and cast the same
    vote (yes, abstain or no); `kappa` is Cohen's kappa over the same votes
    (chance from each state's own mix of votes; NaN when both always voted the
    same single way); `n` is the number of such roll calls. `session` is set
    when periods are sessions ("year" = the year the session opened).
    """

    year: int
    session: int | None
    agreement: float
    kappa: float
    n: int


@dataclass(frozen=True, slots=True)
class AgreementComparison:
    """Agreement computed from the raw votes against Voeten's published columns.

    Over every state-session both sources hold (`n` values, the partner itself
    left out): `within` differ by at most `tolerance`; `mean_difference` is ours
    minus his; `quantiles` of the absolute difference as (q, value); `bands` the
    number within each bound; `coinciding_sessions` those where every value
    agrees within the tolerance (the two hold the same roll calls);
    `by_partner` gives (partner, n, within).
    """

    n: int
    within: int
    tolerance: float
    mean_difference: float
    quantiles: tuple[tuple[float, float], ...]
    bands: tuple[tuple[float, int], ...]
    coinciding_sessions: tuple[int, ...]
    by_partner: tuple[tuple[str, int, int], ...]

    @property
    def share_within(self) -> float:
        """The share of values that agree within the tolerance."""
        return self.within / self.n if self.n else float("nan")


def session_year(session: int) -> int:
    """The year a regular session of the General Assembly opened (session 74: 2019)."""
    return session + _SESSION_OFFSET


# -- reading -----------------------------------------------------------------------


def _kind(columns: Iterable[str]) -> Kind | None:
    cols = set(columns)
    if {"rcid", "vote"} <= cols and cols & {"country", "country_code"}:
        return "votes"
    if {"rcid", "session"} <= cols:
        return "roll_calls"
    if {"rcid", "issue"} <= cols:
        return "issues"
    if {"ccode", "session", "IdealPointAll"} <= cols:
        return "ideal_points"
    return None


def read_un_files(paths: Iterable[str | Path]) -> list[UNTable]:
    """Read UN votes files and tell which table each holds.

    Args:
        paths: `.rda` files of the unvotes package (un_votes, un_roll_calls,
            un_roll_call_issues) and/or Voeten's ideal-point `.csv`.

    Returns:
        One UNTable per table found.

    Raises:
        DataFileError: a file is missing, of another format, or holds a table
            that is none of these.
    """
    tables: list[UNTable] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise DataFileError(f"{path} does not exist or is not a file.")
        suffix = path.suffix.lower()
        if suffix in (".rda", ".rdata"):
            frames = read_r_frames(path)
        elif suffix == ".csv":
            try:
                frames = {path.stem: pd.read_csv(path, low_memory=False)}
            except (pd.errors.ParserError, UnicodeDecodeError) as e:
                raise DataFileError(f"{path} is not a readable CSV file: {e}") from e
        else:
            raise DataFileError(
                f"{path}: expected the unvotes package's .rda files (un_votes.rda, "
                "un_roll_calls.rda, un_roll_call_issues.rda) or Voeten's ideal-point "
                "CSV (IdealpointestimatesAll_*.csv)."
            )
        for name, frame in frames.items():
            kind = _kind(frame.columns)
            if kind is None:
                raise DataFileError(
                    f"{path}: the table {name!r} (columns {', '.join(map(str, frame.columns[:8]))}) "
                    "is not UN votes, roll calls, issues or ideal points. Pass the "
                    "unvotes .rda files or Voeten's ideal-point CSV."
                )
            tables.append(UNTable(str(path), name, kind, frame.reset_index(drop=True)))
    return tables


# -- storing -----------------------------------------------------------------------


def _already_stored(
    store: Store, table: str, df: pd.DataFrame, keys: Sequence[str]
) -> pd.Series:
    rows = store.execute(f"SELECT DISTINCT {', '.join(keys)} FROM {table}")
    if not rows:
        return pd.Series(False, index=df.index)
    if len(keys) == 1:
        return df[keys[0]].isin({r[0] for r in rows})
    index = pd.MultiIndex.from_frame(df[list(keys)].astype(object))
    return pd.Series(index.isin(rows), index=df.index)


# table, the columns whose stored values make a row "already there", the cleaner.
# Votes are keyed by roll call: a roll call's votes are imported together.
_TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "roll_calls": ("un_roll_calls", ("rcid",)),
    "issues": ("un_roll_call_issues", ("rcid", "short_name")),
    "votes": ("un_votes", ("rcid",)),
    "ideal_points": ("un_ideal_points", ("cow_code", "session")),
}


def _import_table(store: Store, table: UNTable, codes: StateCodes) -> FileReport:
    rej = Rejections()
    cleaners: dict[str, Callable[[], pd.DataFrame]] = {
        "roll_calls": lambda: clean_roll_calls(table.frame, rej),
        "issues": lambda: clean_issues(table.frame, rej),
        "votes": lambda: clean_votes(table.frame, codes, rej),
        "ideal_points": lambda: clean_ideal_points(table.frame, codes, rej),
    }
    df = cleaners[table.kind]()
    name, keys = _TARGETS[table.kind]
    known = _already_stored(store, name, df, keys)
    fresh = df[~known]
    schema = SCHEMAS[name]
    arrow = pa.Table.from_pandas(
        fresh[schema.names], schema=schema, preserve_index=False
    )
    if arrow.num_rows:
        with store.transaction():
            store.insert_table(name, arrow)
    return FileReport(
        path=table.path,
        kind=table.kind,
        rows=len(table.frame),
        stored=arrow.num_rows,
        skipped=int(known.sum()),
        rejected=rej.found,
    )


def import_unvotes(
    store: Store, paths: Iterable[str | Path], *, kb: KnowledgeBase | None = None
) -> list[FileReport]:
    """Store UN roll calls, issues, votes and ideal points from their files.

    Each table is written in one transaction; rows already stored are skipped
    (votes by roll call, the rest by key), so importing again stores nothing
    twice. Countries are mapped to our state codes (ISO alpha-2 or COW code
    through the knowledge base; historical states through
    `data/interop/un_states.csv`); rows that cannot be stored are reported.

    Args:
        store: An open, writable store.
        paths: The unvotes `.rda` files and/or Voeten's ideal-point CSV.
        kb: The knowledge base to map countries with (default: the bundled one).

    Returns:
        One report per table, roll calls first.

    Raises:
        DataFileError: a file cannot be read or is not a UN votes file.
        StoreError: the store cannot be written.
    """
    tables = sorted(read_un_files(paths), key=lambda t: _ORDER[t.kind])
    codes = make_state_codes(kb)
    return [_import_table(store, table, codes) for table in tables]


# -- agreement ---------------------------------------------------------------------


def _require_votes(store: Store) -> None:
    row = store.execute("SELECT count(*) FROM un_votes")
    if not row or not row[0][0]:
        raise StoreError(
            "No UN votes are stored. Import them first: allegiance import unvotes "
            "un_votes.rda un_roll_calls.rda [--db FILE]."
        )
    orphans = store.execute(
        "SELECT count(DISTINCT v.rcid) FROM un_votes v "
        "LEFT JOIN un_roll_calls r ON r.rcid = v.rcid WHERE r.rcid IS NULL"
    )
    if orphans and orphans[0][0]:
        raise StoreError(
            f"{orphans[0][0]} roll calls have votes but no session or date. Import "
            "the roll calls too: allegiance import unvotes un_roll_calls.rda."
        )


def vote_agreement(
    store: Store,
    a: str,
    b: str,
    *,
    by: Literal["year", "calendar_year"] = "year",
    distance: Distance = "nominal",
    kb: KnowledgeBase | None = None,
) -> list[AgreementPoint]:
    """How often two states voted alike in the General Assembly, period by period.

    Args:
        store: A store with UN votes and roll calls imported.
        a: One state's code (ARM).
        b: The other state's code (RUS).
        by: "year" groups by session, dated by the year it opened (as Voeten's
            file); "calendar_year" by the year each vote was cast.
        distance: kappa's distance over votes coded yes 1, abstain 2, no 3;
            "nominal" counts only identical votes as agreement.
        kb: The knowledge base that validates the codes (default: bundled).

    Returns:
        One point per period in which both states voted, in order.

    Raises:
        KnowledgeBaseError: a code names no state.
        StoreError: no votes or roll calls are stored.
    """
    codes = make_state_codes(kb)
    a, b = codes.check(a), codes.check(b)
    if by not in ("year", "calendar_year"):
        raise ConfigError(f"by must be 'year' or 'calendar_year', not {by!r}.")
    _require_votes(store)
    period = "r.session" if by == "year" else "EXTRACT(YEAR FROM r.date)"
    rows = store.execute(
        f"SELECT {period} AS period, x.vote, y.vote FROM un_votes x "
        "JOIN un_votes y ON y.rcid = x.rcid AND y.state = ? "
        "JOIN un_roll_calls r ON r.rcid = x.rcid "
        f"WHERE x.state = ? AND {period} IS NOT NULL ORDER BY period",
        [b, a],
    )
    frame = pd.DataFrame(rows, columns=["period", "a", "b"])
    points = []
    for value, group in frame.groupby("period", sort=True):
        x = group.a.map(_ORDINAL).to_numpy()
        y = group.b.map(_ORDINAL).to_numpy()
        session = int(value) if by == "year" else None
        points.append(
            AgreementPoint(
                year=session_year(session) if session is not None else int(value),
                session=session,
                agreement=float(np.mean(x == y)),
                kappa=cohen_kappa(x, y, distance=distance),
                n=len(group),
            )
        )
    return points


def compare_agreement(
    store: Store,
    *,
    partners: Sequence[str] = ("RUS", "USA"),
    tolerance: float = 0.005,
) -> AgreementComparison:
    """Compare agreement from the raw votes with the ideal-point file's columns.

    Args:
        store: A store with votes, roll calls and ideal points imported.
        partners: States whose agreement columns to check (USA, RUS, BRA, CHN,
            IND, ISR are in Voeten's file).
        tolerance: The largest difference counted as agreeing.

    Returns:
        The distribution of differences over every shared state-session.

    Raises:
        KnowledgeBaseError: a partner has no agreement column.
        StoreError: votes, roll calls or ideal points are missing.
    """
    _require_votes(store)
    parts = []
    for partner in partners:
        column = AGREEMENT_COLUMNS.get(partner.upper())
        if column is None:
            raise KnowledgeBaseError(
                f"Voeten's file has no agreement column for {partner!r}; use one of "
                f"{', '.join(AGREEMENT_COLUMNS)}."
            )
        rows = store.execute(
            "WITH p AS (SELECT rcid, vote FROM un_votes WHERE state = ?), "
            "ours AS (SELECT v.state, r.session, "
            "avg(CASE WHEN v.vote = p.vote THEN 1.0 ELSE 0.0 END) AS agree "
            "FROM un_votes v JOIN p ON p.rcid = v.rcid "
            "JOIN un_roll_calls r ON r.rcid = v.rcid WHERE v.state <> ? "
            "GROUP BY v.state, r.session) "
            f"SELECT ours.session, ours.agree - i.{column} FROM ours "
            "JOIN un_ideal_points i ON i.state = ours.state AND i.session = ours.session "
            f"WHERE i.{column} IS NOT NULL",
            [partner.upper(), partner.upper()],
        )
        parts.append(
            pd.DataFrame(rows, columns=["session", "diff"]).assign(partner=partner)
        )
    diffs = pd.concat(parts, ignore_index=True)
    if diffs.empty:
        raise StoreError(
            "No state-session is in both the votes and the ideal points. Import "
            "Voeten's ideal-point CSV: allegiance import unvotes IdealpointestimatesAll_Jun2024.csv."
        )
    size = diffs["diff"].abs().to_numpy(dtype=float)
    ok = size <= tolerance
    per_session = pd.Series(ok).groupby(diffs.session.to_numpy()).all()
    return AgreementComparison(
        n=len(size),
        within=int(ok.sum()),
        tolerance=tolerance,
        mean_difference=float(diffs["diff"].mean()),
        quantiles=tuple(
            (q, float(np.quantile(size, q)))
            for q in (0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0)
        ),
        bands=tuple(
            (b, int((size <= b).sum())) for b in (0.001, 0.005, 0.01, 0.05, 0.1)
        ),
        coinciding_sessions=tuple(int(s) for s in per_session[per_session].index),
        by_partner=tuple(
            (
                p,
                int((diffs.partner == p).sum()),
                int(ok[diffs.partner.to_numpy() == p].sum()),
            )
            for p in partners
        ),
    )
