"""Consolidation: one event reported many times counts once a day, with its counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from allegiance.analysis.consolidate import (
    Selection,
    consolidate,
    event_units,
    left_out_units,
    load_events,
    raw_units,
    units_from_events,
)
from allegiance.errors import ConfigError
from allegiance.pipeline import make_article
from allegiance.records import CodedArticle, Event
from allegiance.store.duck import open_store

DAY = dt.date(2024, 2, 23)


def _event(id: str, article: str, **kw: object) -> Event:
    values: dict[str, object] = dict(
        id=id,
        article_id=article,
        sent_index=0,
        sent_start=0,
        sent_end=10,
        date=DAY,
        source="ARM",
        target="CSTO",
        cameo="161",
        plover="SANCTION",
        plover_mode=None,
        goldstein=-4.0,
        quad_class=4,
        evidence=f"sentence of {id}",
        trigger="froze",
        confidence=0.8,
    )
    values.update(kw)
    return Event(**values)  # type: ignore[arg-type]


# Four reports of Armenia freezing its CSTO participation on one day, in three
# articles from two outlets (article a1 repeats it), plus a different act the
# same day and the same act a day later.
REPORTS = [
    _event("e1", "a1"),
    _event("e2", "a1", sent_index=3, confidence=0.6),
    _event("e3", "a2", confidence=0.95),
    _event("e4", "a3"),
    _event("e5", "a3", cameo="112", goldstein=-2.0, quad_class=3),
    _event("e6", "a2", date=DAY + dt.timedelta(days=1)),
]
OUTLETS = {"a1": "Armenpress", "a2": "Armenpress", "a3": "TASS"}


def test_reports_of_one_event_count_once_with_their_mentions() -> None:
    units = units_from_events(REPORTS, outlets=OUTLETS)
    assert len(units) == 3
    same = units[units["cameo"] == "161"].sort_values("date").iloc[0]
    assert (same["mentions"], same["articles"], same["sources"]) == (4, 3, 2)
    # The merged event keeps its most confident report: sentence, id, confidence.
    assert (same["id"], same["evidence"], same["confidence"]) == (
        "e3",
        "sentence of e3",
        0.95,
    )
    assert units["mentions"].sum() == len(REPORTS)


def test_raw_counts_every_report() -> None:
    units = units_from_events(REPORTS, selection=Selection(consolidated=False))
    assert len(units) == len(REPORTS)
    assert set(units["mentions"]) == {1}


def test_unknown_outlets_count_as_their_own_source() -> None:
    units = units_from_events(REPORTS)
    same = units[(units["cameo"] == "161") & (units["date"] == str(DAY))].iloc[0]
    assert (same["articles"], same["sources"]) == (3, 3)


def test_negated_unasserted_and_doubtful_events_are_left_out_by_default() -> None:
    events = [
        _event("ok", "a1"),
        _event("neg", "a1", cameo="112", negated=True),
        _event("fut", "a1", cameo="120", modality="future"),
        _event("doubt", "a1", cameo="190", doubtful=True),
    ]
    assert list(units_from_events(events)["id"]) == ["ok"]
    wider = Selection(include_negated=True, modalities=("asserted", "future"))
    assert set(units_from_events(events, selection=wider)["id"]) == {
        "ok",
        "neg",
        "fut",
    }
    low = units_from_events(events, selection=Selection(min_confidence=0.9))
    assert low.empty


def test_imported_events_bring_their_own_counts() -> None:
    events = [
        _event(
            f"gdelt:{i}",
            "gdelt",
            origin="gdelt1",
            num_sources=2,
            num_mentions=m,
            num_articles=n,
        )
        for i, m, n in ((1, 5, 4), (2, 3, 3))
    ]
    raw = units_from_events(events, selection=Selection(consolidated=False))
    assert list(raw["mentions"]) == [5, 3]
    merged = units_from_events(events)
    assert len(merged) == 1
    row = merged.iloc[0]
    assert (row["mentions"], row["articles"], row["sources"]) == (8, 7, 4)


def test_selection_rejects_unknown_modalities() -> None:
    with pytest.raises(ConfigError, match="modality"):
        Selection(modalities=("asserted", "rumoured"))
    with pytest.raises(ConfigError, match="min_confidence"):
        Selection(min_confidence=1.5)


def test_empty_input_gives_an_empty_frame_with_count_columns() -> None:
    units = units_from_events([])
    assert units.empty and {"mentions", "articles", "sources"} <= set(units.columns)


def test_store_events_get_their_article_outlets(tmp_path: Path) -> None:
    articles = [
        make_article(f"Text {i}.", title=f"t{i}", source=src, date=DAY)
        for i, src in enumerate(["Armenpress", "Armenpress", "TASS"])
    ]
    batch = [
        CodedArticle(art, (), (), (_event(f"e{i}", art.id),))
        for i, art in enumerate(articles)
    ]
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_batch(batch)
        frame = load_events(store)
        assert sorted(frame["outlet"]) == ["Armenpress", "Armenpress", "TASS"]
        units = event_units(store)
        assert (units.iloc[0]["articles"], units.iloc[0]["sources"]) == (3, 2)
        assert len(event_units(store, actors=["USA"])) == 0
        assert len(raw_units(frame)) == len(consolidate(frame)) + 2


def test_only_states_acting_as_states_count_and_the_rest_is_counted_aside(
    tmp_path: Path,
) -> None:
    # The same act on the same day: by the government (e3), and by protesters
    # (e7, more confident), which must not merge into it; plus a company's act.
    reports = [
        _event("e3", "a2", source_sector="GOV", confidence=0.7),
        _event("e7", "a3", source_sector="CVL", confidence=0.95),
        _event("e8", "a3", cameo="112", target="RUS", source_sector="BUS"),
        _event("e9", "a1", cameo="111", target="RUS"),  # the state, named only
    ]
    units = units_from_events(reports)
    assert sorted(units["id"]) == ["e3", "e9"]
    assert units.set_index("id").loc["e3", "mentions"] == 1
    everything = units_from_events(reports, selection=Selection(sectors=None))
    assert len(everything) == 3
    assert everything.set_index("cameo").loc["161", "mentions"] == 2
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_events(reports)
        assert sorted(event_units(store)["id"]) == ["e3", "e9"]
        left = left_out_units(store)
        assert sorted(left["id"]) == ["e7", "e8"]
        assert sorted(left_out_units(store, actors=["RUS"])["id"]) == ["e8"]
        assert left_out_units(store, selection=Selection(sectors=None)).empty
