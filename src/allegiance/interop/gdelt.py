"""GDELT 1.0 and 2.0 event files into the store, actor codes mapped to the knowledge base."""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from ..errors import IngestError, StoreError
from ..kb.base import KnowledgeBase, load_kb
from ..ontology import Ontology, normalise_cameo
from ..records import Event
from ..store.base import Store

__all__ = [
    "GDELT1_COLUMNS",
    "GDELT2_COLUMNS",
    "GdeltFile",
    "GdeltReport",
    "Rejected",
    "import_gdelt",
    "read_gdelt",
]

_ACTOR = "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code Type3Code".split()
_EVENT = "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone".split()
_GEO = "Type FullName CountryCode ADM1Code Lat Long FeatureID".split()


def _columns(adm2: bool) -> tuple[str, ...]:
    geo = [*_GEO[:4], "ADM2Code", *_GEO[4:]] if adm2 else _GEO
    return (
        *"GLOBALEVENTID SQLDATE MonthYear Year FractionDate".split(),
        *(f"Actor{n}{f}" for n in (1, 2) for f in _ACTOR),
        *_EVENT,
        *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in geo),
        "DATEADDED",
        "SOURCEURL",
    )


# GDELT 1.0 (58 columns; daily files before April 2013 lack SOURCEURL: 57) and
# 2.0, which adds an ADM2 code to each of the three geographies (61 columns).
GDELT1_COLUMNS: tuple[str, ...] = _columns(adm2=False)
GDELT2_COLUMNS: tuple[str, ...] = _columns(adm2=True)
_LAYOUTS = {
    57: ("gdelt1", GDELT1_COLUMNS[:-1]),
    58: ("gdelt1", GDELT1_COLUMNS),
    61: ("gdelt2", GDELT2_COLUMNS),
}
_MISSING = {"", "NA"}  # GDELT writes empty fields; R exports write NA
_DATE = re.compile(r"(19|20)\d{6}")
CODER = "allegiance.gdelt_import.v1"


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row that was not imported: its line in the file, event id and why."""

    line: int
    event_id: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class GdeltFile:
    """One GDELT file read: its layout, the events in it and the rows rejected.

    `unmapped` counts the actor country and group codes the knowledge base does
    not know (regions such as EUR or AFR, territories): their events are kept,
    with that side's `source`/`target` empty and GDELT's code in `*_cameo`.
    """

    path: str
    version: str
    header: bool
    index_column: bool
    rows: int
    events: tuple[Event, ...]
    rejected: tuple[Rejected, ...]
    unmapped: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class GdeltReport:
    """What importing one file did; every data row is imported, already stored
    or rejected (`rows == imported + already_stored + len(rejected)`), unless
    `error` says why the whole file could not be read."""

    path: str
    version: str | None
    rows: int
    imported: int
    already_stored: int
    rejected: tuple[Rejected, ...]
    unmapped: tuple[tuple[str, int], ...]
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The report as a plain dict."""
        return asdict(self)


# -- layout ---------------------------------------------------------------------------


def _open(path: Path) -> TextIO:
    try:
        return path.open(encoding="utf-8", errors="replace", newline="")
    except OSError as e:
        raise IngestError(
            f"Cannot read {path}: {e.strerror}. Check the path and its permissions."
        ) from e


def _sniff(path: Path) -> tuple[str, bool, int, int]:
    """(delimiter, has header, width, offset of GLOBALEVENTID) from the first lines."""
    with _open(path) as f:
        head = [line for _, line in zip(range(50), f, strict=False)]
    if not head:
        raise IngestError(f"{path} is empty; pass a GDELT events file (.csv or .tsv).")
    delimiter = "\t" if "\t" in head[0] else ","
    rows = list(csv.reader(head, delimiter=delimiter))
    header = any(c.strip().upper() == "GLOBALEVENTID" for c in rows[0][:2])
    data = rows[1:] if header else rows
    if not data:
        return delimiter, header, len(rows[0]), 0
    width = Counter(len(r) for r in data).most_common(1)[0][0]
    for offset in (0, 1):  # an index column (R, pandas) shifts everything by one
        dated = sum(1 for r in data if _dated(r, offset))
        if dated and dated * 2 >= len(data) and width - offset in _LAYOUTS:
            return delimiter, header, width, offset
    raise IngestError(
        f"{path} does not look like a GDELT events file: rows have {width} columns "
        "with no YYYYMMDD date second (GDELT 1.0 has 57 or 58 columns, 2.0 has 61, "
        "optionally after an index column). Pass an events export, not a mentions or GKG file."
    )


def _dated(row: list[str], offset: int) -> bool:
    """Whether SQLDATE and MonthYear sit where this offset puts them."""
    if len(row) <= offset + 2:
        return False
    day, month = row[offset + 1].strip(), row[offset + 2].strip()
    return bool(_DATE.fullmatch(day)) and month == day[:6]


def _rows(
    path: Path, delimiter: str, header: bool, width: int, offset: int
) -> Iterator[tuple[int, list[str] | None, int]]:
    """(line, fields or None if the column count is wrong, column count)."""
    with _open(path) as f:
        reader = csv.reader(f, delimiter=delimiter)
        line = 0
        for row in reader:
            line_at, line = line + 1, reader.line_num
            if header and line_at == 1:
                continue
            if not row:
                continue
            if len(row) != width:
                yield line_at, None, len(row)
            else:
                yield line_at, row[offset:], len(row)


# -- actors -----------------------------------------------------------------------------


class _ActorMap:
    """CAMEO actor codes -> (knowledge-base code, sector), built once per KB.

    Not a dataclass: lookup tables derived from the knowledge base.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.states = {s.cameo_code: s.code for s in kb.states.values() if s.cameo_code}
        self.orgs: dict[str, str] = {}
        self.groups: dict[str, str] = {}
        # A parent outranks its organs when they share a code (UN over UNSC).
        for org in sorted(
            kb.organisations.values(), key=lambda o: (o.parent is not None, o.code)
        ):
            code = org.cameo_code
            if code.startswith("IGO") and len(code) >= 6:
                self.orgs.setdefault(code, org.code)
                # IGO + region + group: the last three letters are GDELT's
                # known-group code (IGOWSTNAT -> NAT, IGOEUREEC -> EEC).
                self.groups.setdefault(code[-3:], org.code)
        self.sectors = set(kb.sectors.values())

    def resolve(
        self, code: str, country: str, group: str, *types: str
    ) -> tuple[str | None, str | None]:
        """The (actor, sector) of one GDELT actor ("" for an empty field)."""
        sector = next((t for t in types if t in self.sectors), None)
        if country in self.states:
            return self.states[country], sector
        if group in self.groups:
            return self.groups[group], sector
        base = code  # IGOAFRAFUGOV with types IGO, GOV -> IGOAFRAFU
        for t in reversed([t for t in types if t]):
            if base.endswith(t) and base != t:
                base = base[: -len(t)]
        return self.orgs.get(base), sector


_ACTOR_FIELDS = (
    "Code",
    "CountryCode",
    "KnownGroupCode",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)


def _actors(
    frame: pd.DataFrame, n: int, actors: _ActorMap
) -> tuple[pd.DataFrame, Counter[str]]:
    """Each row's actor and sector on side `n`, and the codes left unmapped."""
    cols = [f"Actor{n}{f}" for f in _ACTOR_FIELDS]
    keys = frame[cols].fillna("")
    combos = keys.drop_duplicates()
    resolved = [
        actors.resolve(*row) for row in combos.itertuples(index=False, name=None)
    ]
    combos = combos.assign(
        actor=[r[0] for r in resolved], sector=[r[1] for r in resolved]
    )
    out = keys.merge(combos, on=cols, how="left")[["actor", "sector"]]
    out.index = frame.index
    unmapped: Counter[str] = Counter()
    missing = out["actor"].isna()
    for col in cols[1:3]:
        unmapped.update(frame.loc[missing, col].dropna())
    return out, unmapped


# -- values ---------------------------------------------------------------------------


def _check(frame: pd.DataFrame) -> pd.Series:
    """The first reason each row cannot be imported (None if it can)."""
    reason = pd.Series(None, index=frame.index, dtype="object")

    def flag(bad: pd.Series, why: pd.Series | str) -> None:
        todo = bad & reason.isna()
        reason[todo] = why[todo] if isinstance(why, pd.Series) else why

    def text(name: str) -> pd.Series:
        return frame[name].fillna("(empty)")

    gid = frame["GLOBALEVENTID"]
    flag(
        ~gid.fillna("").str.fullmatch(r"\d+"),
        "GLOBALEVENTID " + text("GLOBALEVENTID") + " is not a number",
    )
    flag(
        frame["_date"].isna(),
        "bad date: SQLDATE " + text("SQLDATE") + " is not a YYYYMMDD day",
    )
    flag(frame["_cameo"].isna(), "unknown CAMEO event code " + text("EventCode"))
    flag(
        ~frame["QuadClass"].isin(["1", "2", "3", "4"]),
        "QuadClass " + text("QuadClass") + " is not 1-4",
    )
    gold = frame["_goldstein"]
    flag(
        gold.isna() | (gold.abs() > 10),
        "GoldsteinScale " + text("GoldsteinScale") + " is not a number in -10..10",
    )
    for name in ("NumMentions", "NumSources", "NumArticles"):
        value = frame[name]
        flag(
            value.notna() & ~value.fillna("").str.fullmatch(r"\d+"),
            f"{name} " + text(name) + " is not a count",
        )
    flag(
        frame["AvgTone"].notna() & frame["_tone"].isna(),
        "AvgTone " + text("AvgTone") + " is not a number",
    )
    again = gid.notna() & gid.duplicated(keep="first")
    flag(
        again, "GLOBALEVENTID " + text("GLOBALEVENTID") + " appears earlier in the file"
    )
    return reason


def _cameo(code: str) -> str | None:
    return normalise_cameo(code) if Ontology.load().has_cameo(code) else None


# The columns an event is built from; the rest (geography, dates added) are
# neither stored nor checked.
_USED = (
    "GLOBALEVENTID",
    "SQLDATE",
    *(f"Actor{n}{f}" for n in (1, 2) for f in ("Name", *_ACTOR_FIELDS)),
    "EventCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "SOURCEURL",
)


def _clean(values: Sequence[str]) -> list[str | None]:
    """Fields stripped of spaces (" AZE"), with GDELT's and R's blanks as None."""
    return [None if (v := value.strip()) in _MISSING else v for value in values]


def _frame(
    rows: list[list[str]], names: Sequence[str], lines: list[int]
) -> pd.DataFrame:
    wanted = [n for n in _USED if n in names]
    where = [names.index(n) for n in wanted]
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    frame = pd.DataFrame(
        {n: _clean(columns[i]) for n, i in zip(wanted, where, strict=True)},
        index=pd.Index(lines, name="line"),
        dtype="object",
    )
    day = frame["SQLDATE"].where(frame["SQLDATE"].fillna("").str.fullmatch(r"\d{8}"))
    frame["_date"] = pd.to_datetime(day, format="%Y%m%d", errors="coerce")
    codes = frame["EventCode"].dropna().unique()
    frame["_cameo"] = frame["EventCode"].map({c: _cameo(c) for c in codes})
    frame["_goldstein"] = pd.to_numeric(frame["GoldsteinScale"], errors="coerce")
    frame["_tone"] = pd.to_numeric(frame["AvgTone"], errors="coerce")
    return frame


def _events(
    frame: pd.DataFrame, version: str, side1: pd.DataFrame, side2: pd.DataFrame
) -> list[Event]:
    ontology = Ontology.load()
    plover = {c: ontology.to_plover(c) for c in frame["_cameo"].unique()}
    table = pd.DataFrame(
        {
            "gid": frame["GLOBALEVENTID"],
            "day": frame["_date"].dt.date,
            "cameo": frame["_cameo"],
            "goldstein": frame["_goldstein"],
            "quad": frame["QuadClass"].astype("int64"),
            "code1": frame["Actor1Code"],
            "code2": frame["Actor2Code"],
            "name1": frame["Actor1Name"],
            "name2": frame["Actor2Name"],
            "actor1": side1["actor"],
            "sector1": side1["sector"],
            "actor2": side2["actor"],
            "sector2": side2["sector"],
            "mentions": pd.to_numeric(frame["NumMentions"]).astype("Int64"),
            "sources": pd.to_numeric(frame["NumSources"]).astype("Int64"),
            "articles": pd.to_numeric(frame["NumArticles"]).astype("Int64"),
            "tone": frame["_tone"],
            "url": frame["SOURCEURL"] if "SOURCEURL" in frame else None,
        }
    )
    table = table.astype("object").where(table.notna(), None)
    return [
        Event(
            id=f"gdelt:{r.gid}",
            article_id="gdelt",
            sent_index=0,
            sent_start=0,
            sent_end=0,
            date=r.day,
            source=r.actor1,
            target=r.actor2,
            cameo=r.cameo,
            plover=plover[r.cameo][0],
            plover_mode=plover[r.cameo][1],
            goldstein=float(r.goldstein),
            quad_class=int(r.quad),
            evidence=r.url or "",
            trigger="",
            source_sector=r.sector1,
            target_sector=r.sector2,
            source_cameo=r.code1,
            target_cameo=r.code2,
            source_text=r.name1,
            target_text=r.name2,
            coder=CODER,
            origin=version,
            num_mentions=r.mentions,
            num_sources=r.sources,
            num_articles=r.articles,
            avg_tone=r.tone,
            source_url=r.url,
        )
        for r in table.itertuples(index=False)
    ]


# -- public ---------------------------------------------------------------------------------


def read_gdelt(
    path: str | os.PathLike[str], *, kb: KnowledgeBase | None = None
) -> GdeltFile:
    """Read a GDELT 1.0 or 2.0 events file into events, rejecting bad rows.

    Tab- or comma-separated, with or without a header row, with or without a
    leading index column (R and pandas exports add one). Each side's actor is
    the state whose `cameo_code` is the row's ActorNCountryCode, else the
    organisation of the ActorNKnownGroupCode or ActorNCode, else none; its
    sector is the first ActorNType code that is a knowledge-base sector.

    Args:
        path: the file.
        kb: the knowledge base (default: the bundled one).

    Returns:
        The events and the rejected rows with their reasons.

    Raises:
        IngestError: the file cannot be read or is not a GDELT events file.
    """
    path = Path(path)
    delimiter, header, width, offset = _sniff(path)
    version, names = _LAYOUTS[width - offset]
    rejected: list[Rejected] = []
    good: list[list[str]] = []
    lines: list[int] = []
    for line, fields, n in _rows(path, delimiter, header, width, offset):
        if fields is None:
            rejected.append(
                Rejected(
                    line,
                    None,
                    f"{n} columns, expected {width} ({version} layout of this file)",
                )
            )
        else:
            good.append(fields)
            lines.append(line)
    rows = len(good) + len(rejected)
    frame = _frame(good, names, lines)
    reason = _check(frame)
    bad = reason.notna()
    ids = frame["GLOBALEVENTID"].where(frame["GLOBALEVENTID"].notna(), None)
    rejected += [Rejected(int(i), ids[i], r) for i, r in reason[bad].items()]
    frame = frame[~bad]
    actors = _ActorMap(kb or load_kb())
    side1, unmapped1 = _actors(frame, 1, actors)
    side2, unmapped2 = _actors(frame, 2, actors)
    return GdeltFile(
        path=str(path),
        version=version,
        header=header,
        index_column=offset == 1,
        rows=rows,
        events=tuple(_events(frame, version, side1, side2)),
        rejected=tuple(sorted(rejected, key=lambda r: r.line)),
        unmapped=tuple((unmapped1 + unmapped2).most_common()),
    )


def import_gdelt(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    *,
    kb: KnowledgeBase | None = None,
    batch_size: int = 50_000,
) -> list[GdeltReport]:
    """Import GDELT event files into the store; importing again adds nothing.

    Each file's events are written in transactions of `batch_size`; events whose
    id ("gdelt:<GLOBALEVENTID>") is stored already are skipped. A file that
    cannot be read is reported with the reason and the others go on.

    Args:
        store: the store, open for writing.
        paths: GDELT events files.
        kb: the knowledge base (default: the bundled one).
        batch_size: events per transaction.

    Returns:
        One report per file.

    Raises:
        StoreError: the store cannot be written.
    """
    kb = kb or load_kb()
    reports = []
    for path in paths:
        try:
            read = read_gdelt(path, kb=kb)
        except IngestError as e:
            reports.append(GdeltReport(str(path), None, 0, 0, 0, (), (), str(e)))
            continue
        written = 0
        for start in range(0, len(read.events), batch_size):
            try:
                written += store.write_events(read.events[start : start + batch_size])
            except StoreError as e:
                raise StoreError(
                    f"Importing {path} stopped after {written} new events: {e}"
                ) from e
        reports.append(
            GdeltReport(
                read.path,
                read.version,
                read.rows,
                written,
                len(read.events) - written,
                read.rejected,
                read.unmapped,
            )
        )
    return reports
