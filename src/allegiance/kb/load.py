"""Read the knowledge base's CSV files: the package's own, then a user's overrides."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import DataFileError
from .model import Dependency, Membership, Name, Organisation, Region, State, Term

__all__ = ["TABLE_KEYS", "KBFiles", "Row", "package_kb_dir", "read_kb_files"]

T = TypeVar("T")
Row = dict[str, str]

# Each file of the knowledge base, with the columns that identify a row: a user
# file with the same key replaces the package row, any other row extends the table.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "states": ("code",),
    "state_names": ("code", "text", "kind"),
    "regions": ("code",),
    "leaders": ("person_id", "office", "country", "org", "start"),
    "organisations": ("code",),
    "memberships": ("org", "member", "start"),
    "dependencies": ("dependent", "provider", "kind", "start", "detail"),
    "titles": ("text",),
    "sectors": ("text",),
    "disambiguation": ("text", "code"),
    "conflicts": ("a", "b", "start"),
    "personal_unions": ("person_id",),
}


def package_kb_dir() -> Traversable:
    """The folder of the knowledge-base files shipped with the package."""
    return files("allegiance") / "data" / "kb"


@dataclass(frozen=True, slots=True)
class KBFiles:
    """The raw rows of every knowledge-base table, with where each came from.

    `duplicates` lists (table, origin kept, origin dropped) for rows whose key
    repeats within one folder: a user folder may override a package row, but a
    folder may not contradict itself.
    """

    tables: dict[str, list[Row]]
    origins: tuple[str, ...]
    digest: str
    duplicates: tuple[tuple[str, str, str], ...] = ()


def _csv_files(folder: Traversable | Path, table: str) -> Iterator[Traversable | Path]:
    single = folder / f"{table}.csv"
    if single.is_file():
        yield single
    sub = folder / table
    if sub.is_dir():
        yield from sorted(
            (p for p in sub.iterdir() if p.name.endswith(".csv")), key=lambda p: p.name
        )


def _read_rows(path: Traversable | Path, hasher: Any) -> list[Row]:
    data = path.read_bytes()
    hasher.update(path.name.encode())
    hasher.update(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataFileError(f"{path}: not UTF-8 ({e}); re-save it as UTF-8.") from e
    reader = csv.DictReader(text.splitlines())
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row:
            raise DataFileError(
                f"{path}:{lineno}: more cells than the header has columns; "
                "quote cells that contain commas."
            )
        clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        clean["_origin"] = f"{path}:{lineno}"
        rows.append(clean)
    return rows


def read_kb_files(user_dirs: Iterable[Path] = ()) -> KBFiles:
    """Read every table from the package, then from each user folder in order.

    Args:
        user_dirs: folders holding files of the same names and columns; their rows
            replace package rows with the same key and extend the rest.

    Returns:
        The merged rows per table, a digest of every file read (the KB version)
        and the rows dropped because their key repeats within one folder.

    Raises:
        DataFileError: a file cannot be decoded or parsed, or a user folder is missing.
    """
    hasher = hashlib.sha256()
    folders: list[Traversable | Path] = [package_kb_dir()]
    for folder in user_dirs:
        if not Path(folder).is_dir():
            raise DataFileError(
                f"Knowledge-base folder {folder} does not exist; pass a folder that "
                "holds files such as states.csv or leaders.csv."
            )
        folders.append(Path(folder))
    tables: dict[str, list[Row]] = {}
    duplicates: list[tuple[str, str, str]] = []
    for table, key in TABLE_KEYS.items():
        merged: dict[tuple[str, ...], Row] = {}
        for source in folders:
            seen: dict[tuple[str, ...], Row] = {}
            for path in _csv_files(source, table):
                for row in _read_rows(path, hasher):
                    k = tuple(row.get(c, "") for c in key)
                    if k in seen:
                        duplicates.append((table, seen[k]["_origin"], row["_origin"]))
                        continue
                    seen[k] = merged[k] = row
        tables[table] = list(merged.values())
    return KBFiles(
        tables,
        tuple(str(f) for f in folders),
        hasher.hexdigest()[:12],
        tuple(duplicates),
    )


# -- typed conversion -----------------------------------------------------------


def parse_date(row: Row, column: str) -> dt.date | None:
    """The ISO date in `column`, None when the cell is empty.

    Raises:
        DataFileError: the cell holds something other than YYYY-MM-DD.
    """
    value = row.get(column, "")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise DataFileError(
            f"{row.get('_origin', '?')}: {column}={value!r} is not a date; "
            "write it as YYYY-MM-DD."
        ) from e


def _int(row: Row, column: str) -> int | None:
    value = row.get(column, "")
    if not value:
        return None
    try:
        return int(value)
    except ValueError as e:
        raise DataFileError(
            f"{row.get('_origin', '?')}: {column}={value!r} is not a whole number."
        ) from e


def _float(row: Row, column: str) -> float | None:
    value = row.get(column, "")
    if not value:
        return None
    try:
        return float(value)
    except ValueError as e:
        raise DataFileError(
            f"{row.get('_origin', '?')}: {column}={value!r} is not a number."
        ) from e


def _list(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split("|") if x.strip())


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "y"}


def to_state(row: Row) -> State:
    """A State from a states.csv row."""
    return State(
        code=row["code"],
        iso2=row.get("iso2", ""),
        iso3=row.get("iso3", ""),
        iso_numeric=row.get("iso_numeric", ""),
        cow_code=_int(row, "cow_code"),
        cow_abbrev=row.get("cow_abbrev", ""),
        gw_code=_int(row, "gw_code"),
        cameo_code=row.get("cameo_code", "") or row["code"],
        name=row["name"],
        official_name=row.get("official_name", ""),
        status=row.get("status", ""),
        un_member_since=parse_date(row, "un_member_since"),
        capital=row.get("capital", ""),
        seat_of_government=row.get("seat_of_government", ""),
        source=row.get("source", ""),
    )


def to_name(row: Row) -> Name:
    """A Name from a state_names.csv row."""
    return Name(
        code=row["code"],
        text=row["text"],
        kind=row.get("kind", "alias"),
        sector=row.get("sector") or None,
        valid_from=parse_date(row, "valid_from"),
        valid_to=parse_date(row, "valid_to"),
        ambiguous=row.get("ambiguous") or None,
        source=row.get("source", ""),
    )


def to_region(row: Row) -> Region:
    """A Region from a regions.csv row."""
    return Region(
        code=row["code"],
        name=row["name"],
        aliases=_list(row.get("aliases", "")),
        claimants=_list(row.get("claimants", "")),
        kind=row.get("kind", ""),
        source=row.get("source", ""),
    )


def to_term(row: Row) -> Term:
    """A Term from a leaders/*.csv row."""
    return Term(
        person_id=row["person_id"],
        name=row["name"],
        aliases=_list(row.get("aliases", "")),
        country=row.get("country") or None,
        org=row.get("org") or None,
        office=row["office"],
        title=row.get("title", ""),
        start=parse_date(row, "start"),
        end=parse_date(row, "end"),
        acting=_bool(row.get("acting", "")),
        source=row.get("source", ""),
        note=row.get("note", ""),
    )


def to_organisation(row: Row) -> Organisation:
    """An Organisation from an organisations.csv row."""
    return Organisation(
        code=row["code"],
        name=row["name"],
        aliases=_list(row.get("aliases", "")),
        kind=row.get("kind", ""),
        founding_treaty=row.get("founding_treaty", ""),
        founded=parse_date(row, "founded"),
        headquarters=row.get("headquarters", ""),
        cameo_code=row.get("cameo_code", "") or "IGO",
        plover_code=row.get("plover_code", "") or "IGO",
        parent=row.get("parent") or None,
        source=row.get("source", ""),
    )


def to_membership(row: Row) -> Membership:
    """A Membership from a memberships.csv row."""
    return Membership(
        org=row["org"],
        member=row["member"],
        status=row["status"],
        start=parse_date(row, "start"),
        end=parse_date(row, "end"),
        source=row.get("source", ""),
        note=row.get("note", ""),
    )


def to_dependency(row: Row) -> Dependency:
    """A Dependency from a dependencies.csv row."""
    return Dependency(
        dependent=row["dependent"],
        provider=row["provider"],
        kind=row["kind"],
        share=_float(row, "share"),
        amount=_float(row, "amount"),
        unit=row.get("unit", ""),
        start=parse_date(row, "start"),
        end=parse_date(row, "end"),
        detail=row.get("detail", ""),
        source=row.get("source", ""),
    )


def convert(rows: Iterable[Row], make: Callable[[Row], T]) -> list[T]:
    """Convert rows with `make`, naming the file and line of a row that fails."""
    out = []
    for row in rows:
        try:
            out.append(make(row))
        except KeyError as e:
            raise DataFileError(
                f"{row.get('_origin', '?')}: missing required column {e.args[0]!r}."
            ) from e
    return out
