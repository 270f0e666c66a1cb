"""Alerts: change points on busy dyads, carrying who moved and evidence sentences."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from allegiance import api
from allegiance.analysis.alerts import Alert, AlertSettings, alerts
from allegiance.analysis.consolidate import Selection
from allegiance.cli_analysis import alerts as alerts_cli
from allegiance.cli_analysis import relations
from allegiance.errors import ConfigError
from allegiance.pipeline import make_article
from allegiance.records import CodedArticle, Event
from allegiance.store.duck import open_store

from ..conftest import SEED, needs_shared

START = dt.date(2020, 1, 1)


def _article(
    i: int, day: dt.date, source: str, target: str, goldstein: float
) -> CodedArticle:
    text = f"Report {i}: {source} and {target}, tone {goldstein:+.1f}."
    article = make_article(
        text, title=f"Title {i}", date=day, url=f"https://example.org/{i}"
    )
    event = Event(
        id=f"{article.id}-0", article_id=article.id, sent_index=0, sent_start=0,
        sent_end=len(text), date=day, source=source, target=target,
        cameo="042" if goldstein > 0 else "112", plover=None, plover_mode=None,
        goldstein=goldstein, quad_class=1 if goldstein > 0 else 3, evidence=text,
        trigger="", confidence=0.9,
    )  # fmt: skip
    return CodedArticle(article, (), (), (event,))


def _corpus() -> list[CodedArticle]:
    """ARM-RUS: warm for 18 months, then cold for 18; USA-FRA: steady all along."""
    rng = np.random.default_rng(7)
    batch = []
    for month in range(36):
        day = dt.date(2020 + month // 12, month % 12 + 1, 10)
        level = 4.0 if month < 18 else -4.0
        for k in range(2):
            tone = float(np.clip(level + rng.normal(0, 1.2), -10, 10))
            pair = ("ARM", "RUS") if k == 0 else ("RUS", "ARM")
            batch.append(_article(len(batch), day, *pair, round(tone, 1)))
        steady = float(round(3.0 + rng.normal(0, 1.2), 1))
        batch.append(_article(len(batch), day, "USA", "FRA", steady))
    return batch


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("alerts") / "s.duckdb"
    with open_store(path) as store:
        store.write_batch(_corpus())
    return path


def test_a_known_shift_raises_one_alert_with_evidence(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        found = alerts(store, freq="month")
    assert [(a.dyad, a.direction) for a in found] == [(("ARM", "RUS"), "down")]
    alert = found[0]
    assert abs((alert.date - dt.date(2021, 7, 1)).days) <= 62
    assert alert.magnitude < -6 and alert.confidence >= 0.8
    assert {"pelt", "binseg"} <= set(alert.methods)
    assert len(alert.evidence) == 3
    for e in alert.evidence:
        assert {e.source, e.target} == {"ARM", "RUS"} and e.goldstein < 0
        assert (
            e.sentence.startswith("Report") and e.title and e.title.startswith("Title")
        )
        assert e.url and e.url.startswith("https://example.org/")
        assert abs((e.date - alert.date).days) <= 93
    scores = [abs(e.goldstein) * e.confidence for e in alert.evidence]
    assert scores == sorted(scores, reverse=True)
    assert alert.who_moved is not None and alert.who_moved.dyad_change < -6


def test_alerts_serialise_for_scripts(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        alert = alerts(store, freq="month")[0]
    data = json.loads(json.dumps(alert.to_dict()))
    assert {"date", "dyad", "direction", "magnitude", "confidence", "evidence"} <= set(
        data
    )
    assert data["evidence"][0]["sentence"] == alert.evidence[0].sentence


def test_actor_filter_and_thin_dyads(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        assert alerts(store, freq="month", actors=["USA"]) == []
        assert alerts(store, freq="month", actors=["rus"])[0].dyad == ("RUS", "ARM")
        picky = AlertSettings(min_events=100)
        assert alerts(store, freq="month", settings=picky) == []
        late = alerts(store, freq="month", since=dt.date(2021, 9, 1))
        assert late == []
    with pytest.raises(ConfigError, match="metric"):
        AlertSettings(metric="tone")
    with pytest.raises(ConfigError, match="frequency"):
        alerts(None, freq="hourly")  # type: ignore[arg-type]


def test_protests_alone_raise_no_alert_unless_every_sector_counts(
    tmp_path: Path,
) -> None:
    # The governments stay warm for three years; from the second half Armenian
    # protesters rally outside the Russian embassy every month.
    rng = np.random.default_rng(11)
    batch = []
    for month in range(36):
        day = dt.date(2020 + month // 12, month % 12 + 1, 10)
        for pair in (("ARM", "RUS"), ("RUS", "ARM")):
            tone = round(float(4.0 + rng.normal(0, 1.0)), 1)
            batch.append(_article(len(batch), day, *pair, tone))
        if month >= 18:
            crowd = _article(len(batch), day, "ARM", "RUS", -6.5)
            (event,) = crowd.events
            protest = replace(event, cameo="141", source_sector="CVL")
            batch.append(replace(crowd, events=(protest,)))
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_batch(batch)
        assert alerts(store, freq="month") == []
        everything = AlertSettings(selection=Selection(sectors=None))
        found = alerts(store, freq="month", settings=everything)
    assert [(a.dyad, a.direction) for a in found] == [(("ARM", "RUS"), "down")]
    assert {e.cameo for e in found[0].evidence} == {"141"}


def test_the_commands_say_what_the_sector_rule_left_out(tmp_path: Path) -> None:
    crowd = _article(0, START, "ARM", "RUS", -6.5)
    (event,) = crowd.events
    protest = replace(crowd, events=(replace(event, source_sector="CVL"),))
    state = _article(1, START, "ARM", "RUS", 4.0)
    with open_store(tmp_path / "s.duckdb") as store:
        store.write_batch([protest, state])
    db = str(tmp_path / "s.duckdb")
    shown = CliRunner().invoke(relations, ["ARM", "RUS", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "\n2020-01-01      1     1     0    +4.00" in shown.output
    note = "by or towards civilians, protesters, opposition, rebels"
    assert "1 event between ARM and RUS " + note in shown.output
    assert "--all-sectors counts them" in shown.output
    both = CliRunner().invoke(relations, ["ARM", "RUS", "--db", db, "--all-sectors"])
    assert "\n2020-01-01      2     1     1    -1.25" in both.output
    assert note not in both.output
    listed = CliRunner().invoke(alerts_cli, ["--db", db, "--actor", "ARM"])
    assert listed.exit_code == 0 and "1 event of ARM " + note in listed.output
    scripted = CliRunner().invoke(alerts_cli, ["--db", db, "--format", "jsonl"])
    assert scripted.output == ""  # JSONL stays one alert per line


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    api.ingest([api.demo_corpus_path()], db=db)
    if SEED.exists():
        api.ingest([SEED], db=db, date=dt.date(2024, 2, 23))
    return db


def _demo_alerts(db: Path) -> list[Alert]:
    # Yearly: Armenia's dyads hold one to two dozen events a year in the demo
    # corpus, too few per month or quarter for a level to be measured.
    with open_store(db, read_only=True) as store:
        return alerts(store, freq="year", actors=["ARM"])


def _check_evidence(found: list[Alert]) -> None:
    for alert in found:
        assert alert.evidence, alert
        sign = -1 if alert.direction == "down" else 1
        for e in alert.evidence:
            assert e.sentence and e.title and sign * e.goldstein > 0
            assert alert.dyad in {(e.source, e.target), (e.target, e.source)}


@needs_shared(SEED)
def test_demo_corpus_shows_armenia_turning_to_the_west(demo_db: Path) -> None:
    found = _demo_alerts(demo_db)
    west = {("ARM", "USA"), ("ARM", "FRA"), ("ARM", "EU")}
    up = [a for a in found if a.dyad in west and a.direction == "up"]
    assert up, [(a.date, a.dyad, a.direction) for a in found]
    _check_evidence(found)


@needs_shared(SEED)
def test_demo_corpus_shows_armenia_turning_from_russia(demo_db: Path) -> None:
    found = _demo_alerts(demo_db)
    east = {("ARM", "RUS"), ("ARM", "CSTO")}
    down = [
        a
        for a in found
        if a.dyad in east and a.direction == "down" and a.date >= dt.date(2021, 1, 1)
    ]
    assert down, [(a.date, a.dyad, a.direction) for a in found]
