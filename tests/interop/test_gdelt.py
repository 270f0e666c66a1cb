"""GDELT import: both layouts, the shared samples, bad rows with reasons, actor codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from allegiance.analysis.consolidate import Selection
from allegiance.analysis.series import dyad_series
from allegiance.errors import IngestError
from allegiance.interop.gdelt import (
    GDELT1_COLUMNS,
    GDELT2_COLUMNS,
    import_gdelt,
    read_gdelt,
)
from allegiance.store.duck import open_store

from ..conftest import SHARED_DATA, needs_shared

GDELT = SHARED_DATA / "gdelt"
FEB = GDELT / "feb2012.csv"
MAY = GDELT / "may13.csv"

# One GDELT 1.0 row (58 fields), written for these tests: Russia's government
# criticises NATO on 2012-02-03.
ROW = (
    ["90000001", "20120203", "201202", "2012", "2012.0932"]
    + ["RUSGOV", "RUSSIA", "RUS", "", "", "", "", "GOV", "", ""]
    + ["IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO", "", ""]
    + ["1", "111", "111", "11", "3", "-2", "6", "2", "6", "-3.5"]
    + ["1", "Russia", "RS", "RS", "60", "100", "RS"] * 3
    + ["20120203", "http://example.org/nato"]
)


def _row(**changes: str) -> list[str]:
    row = list(ROW)
    for name, value in changes.items():
        row[GDELT1_COLUMNS.index(name)] = value
    return row


def _write(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


@needs_shared(GDELT / "events1.csv")
def test_column_layouts_match_gdelts_field_dictionaries() -> None:
    for name, columns in (
        ("events1.csv", GDELT1_COLUMNS),
        ("events2.csv", GDELT2_COLUMNS),
    ):
        with (GDELT / name).open(encoding="utf-8") as f:
            assert tuple(r["name"] for r in csv.DictReader(f)) == columns
    assert (len(GDELT1_COLUMNS), len(GDELT2_COLUMNS)) == (58, 61)


@needs_shared(FEB)
def test_both_samples_import_completely_and_idempotently(tmp_path: Path) -> None:
    with open_store(tmp_path / "g.duckdb") as store:
        first = import_gdelt(store, [FEB, MAY])
        again = import_gdelt(store, [FEB])
        stored = store.counts()["events"]
    feb, may = first
    assert (feb.version, feb.rows, feb.imported, feb.rejected) == (
        "gdelt1",
        8484,
        8484,
        (),
    )
    assert (may.version, may.rows, may.imported, may.rejected) == (
        "gdelt1",
        3268,
        3268,
        (),
    )
    assert (again[0].imported, again[0].already_stored) == (0, 8484)
    assert stored == 8484 + 3268
    assert dict(feb.unmapped)["EUR"] > 0  # CAMEO regions are not states


@needs_shared(MAY)
def test_an_index_column_is_detected_and_dropped() -> None:
    may = read_gdelt(MAY)
    assert (may.header, may.index_column) == (True, True)
    first = may.events[0]
    assert first.id == "gdelt:254456462" and first.target == "AZE"  # " AZE" stripped
    assert first.source_url == first.evidence == "http://armenpress.am/eng/news/717311/"
    assert (first.num_mentions, first.num_sources, first.num_articles) == (4, 2, 4)
    assert first.avg_tone == pytest.approx(1.23727467004982)
    feb = read_gdelt(FEB)
    assert (feb.header, feb.index_column) == (True, False)


@needs_shared(FEB)
def test_a_series_computes_on_imported_events(tmp_path: Path) -> None:
    with FEB.open(encoding="utf-8") as f:
        pairs = [
            (r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in csv.DictReader(f)
        ]
    expected = sum(1 for p in pairs if set(p) == {"USA", "GEO"})
    with open_store(tmp_path / "g.duckdb") as store:
        import_gdelt(store, [FEB])
        raw = dyad_series(
            store, "USA", "GEO", freq="day", selection=Selection(consolidated=False)
        )
        merged = dyad_series(store, "USA", "GEO", freq="week")
    assert len(raw.frame) == 29 and raw.frame["events"].sum() == expected
    assert 0 < merged.frame["events"].sum() <= expected
    assert merged.frame["net_cooperation_norm"].between(-1, 1).all()
    assert merged.frame["mentions"].sum() >= merged.frame["events"].sum()


def test_bad_rows_are_reported_with_their_reasons(tmp_path: Path) -> None:
    rows = [
        list(GDELT1_COLUMNS),
        _row(),
        _row(GLOBALEVENTID="90000002")[:-3],
        _row(GLOBALEVENTID="90000003", SQLDATE="20120231"),
        _row(GLOBALEVENTID="90000004", EventCode="999"),
        _row(GLOBALEVENTID="90000005", GoldsteinScale="strong"),
        _row(GLOBALEVENTID="90000006", QuadClass="7"),
        _row(GLOBALEVENTID="90000007", NumMentions="-1"),
        _row(),
        _row(GLOBALEVENTID="90000009"),
    ]
    report = read_gdelt(_write(tmp_path / "bad.csv", rows))
    reasons = {r.line: r.reason for r in report.rejected}
    assert reasons == {
        3: "55 columns, expected 58 (gdelt1 layout of this file)",
        4: "bad date: SQLDATE 20120231 is not a YYYYMMDD day",
        5: "unknown CAMEO event code 999",
        6: "GoldsteinScale strong is not a number in -10..10",
        7: "QuadClass 7 is not 1-4",
        8: "NumMentions -1 is not a count",
        9: "GLOBALEVENTID 90000001 appears earlier in the file",
    }
    assert [e.id for e in report.events] == ["gdelt:90000001", "gdelt:90000009"]
    assert report.rows == len(report.events) + len(report.rejected) == 9


def test_actor_codes_map_to_the_knowledge_base(tmp_path: Path) -> None:
    rows = [
        _row(),
        _row(GLOBALEVENTID="2", Actor1Code="IGOAFRAFUGOV", Actor1CountryCode="AFR",
             Actor1Type1Code="IGO", Actor1Type2Code="GOV",
             Actor2Code="IGOEUREEC", Actor2CountryCode="EUR", Actor2KnownGroupCode="EEC"),
        _row(GLOBALEVENTID="3", Actor1Code="EUR", Actor1CountryCode="EUR",
             Actor1Type1Code="", Actor2Code="", Actor2CountryCode="NA",
             Actor2KnownGroupCode="", Actor2Type1Code=""),
    ]  # fmt: skip
    report = read_gdelt(_write(tmp_path / "a.csv", rows))
    first, second, third = report.events
    assert (first.source, first.source_sector, first.source_cameo) == (
        "RUS",
        "GOV",
        "RUSGOV",
    )
    assert (first.target, first.target_cameo, first.target_text) == (
        "NATO",
        "IGOWSTNAT",
        "NATO",
    )
    assert (first.cameo, first.plover, first.goldstein, first.quad_class) == (
        "111",
        "ACCUSE",
        -2.0,
        3,
    )
    assert (first.origin, first.article_id, first.date.isoformat()) == (
        "gdelt1",
        "gdelt",
        "2012-02-03",
    )
    assert (second.source, second.source_sector, second.target) == ("AU", "GOV", "EU")
    assert (third.source, third.target, third.source_cameo) == (None, None, "EUR")
    assert dict(report.unmapped) == {"EUR": 1}
    assert not report.header


def test_gdelt2_tab_separated_and_headerless(tmp_path: Path) -> None:
    geo = ["1", "Russia", "RS", "RS", "RS01", "60", "100", "RS"]
    row2 = ROW[:35] + geo * 3 + ["20150219093000", "http://example.org/2"]
    assert len(row2) == 61
    report = read_gdelt(
        _write(tmp_path / "g2.tsv", [row2, row2[:1] + ["x"] + row2[2:]], "\t")
    )
    assert (report.version, len(report.events), report.events[0].origin) == (
        "gdelt2",
        1,
        "gdelt2",
    )
    assert report.rejected[0].reason == "bad date: SQLDATE x is not a YYYYMMDD day"
    old = read_gdelt(_write(tmp_path / "g57.csv", [ROW[:-1]]))
    assert (old.version, old.events[0].source_url) == ("gdelt1", None)


def test_files_that_are_not_gdelt_are_reported_and_the_rest_go_on(
    tmp_path: Path,
) -> None:
    other = _write(tmp_path / "other.csv", [["a", "b", "c"], ["1", "2", "3"]])
    empty = tmp_path / "empty.csv"
    empty.write_text("", "utf-8")
    good = _write(tmp_path / "good.csv", [_row()])
    with pytest.raises(IngestError, match="does not look like a GDELT events file"):
        read_gdelt(other)
    with open_store(tmp_path / "g.duckdb") as store:
        reports = import_gdelt(store, [other, empty, tmp_path / "missing.csv", good])
    assert [bool(r.error) for r in reports] == [True, True, True, False]
    assert "is empty" in (reports[1].error or "")
    assert "Cannot read" in (reports[2].error or "")
    assert reports[3].imported == 1 and reports[3].to_dict()["rows"] == 1
