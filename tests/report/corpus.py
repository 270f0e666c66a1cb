"""A small hand-written event store for the briefing tests (no coder involved)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa

from allegiance.pipeline import make_article
from allegiance.records import CodedArticle, Event
from allegiance.store.duck import open_store

__all__ = ["HOSTILE_SENTENCE", "PROTEST_SENTENCE", "build_store"]

# A sentence with markup and a pipe: renderers must escape both.
HOSTILE_SENTENCE = "Yerevan said <script>alert(1)</script> | the base stays closed."
# Armenian protesters (CVL) at the Russian embassy: not Armenia's policy.
PROTEST_SENTENCE = "Protesters rallied outside the Russian embassy in Yerevan."


def _article(
    i: int,
    day: dt.date,
    source: str,
    target: str,
    goldstein: float,
    *,
    text: str | None = None,
    cameo: str | None = None,
    move: str | None = None,
    organisation: str | None = None,
    source_sector: str | None = None,
) -> CodedArticle:
    text = text or f"Report {i}: {source} and {target}, tone {goldstein:+.1f}."
    article = make_article(
        text, title=f"Title {i}", date=day, url=f"https://example.org/{i}"
    )
    event = Event(
        id=f"{article.id}-0", article_id=article.id, sent_index=0, sent_start=0,
        sent_end=len(text), date=day, source=source, target=target,
        cameo=cameo or ("042" if goldstein > 0 else "112"), plover=None,
        plover_mode=None, goldstein=goldstein, quad_class=1 if goldstein > 0 else 3,
        evidence=text, trigger="", confidence=0.9, alliance_move=move,
        organisation=organisation, source_sector=source_sector,
    )  # fmt: skip
    return CodedArticle(article, (), (), (event,))


def _corpus() -> list[CodedArticle]:
    """2020-2022: ARM-RUS warm then cold, ARM-USA neutral then warm (the turn in
    mid-2021), BLR-RUS steady, ARM-CSTO cooling, and an appeal for help."""
    rng = np.random.default_rng(11)
    batch: list[CodedArticle] = []

    def add(day: dt.date, a: str, b: str, tone: float, **kw: object) -> None:
        tone = float(np.clip(round(tone, 1), -10, 10))
        batch.append(_article(len(batch), day, a, b, tone, **kw))  # type: ignore[arg-type]

    for month in range(36):
        day = dt.date(2020 + month // 12, month % 12 + 1, 10)
        late = month >= 18
        for pair in (("ARM", "RUS"), ("RUS", "ARM")):
            add(day, *pair, (-4.0 if late else 4.0) + rng.normal(0, 1.0))
        add(day, "USA", "ARM", (5.0 if late else 0.5) + rng.normal(0, 1.0))
        add(day, "BLR", "RUS", 3.0 + rng.normal(0, 1.0))
        if month % 4 == 0:
            add(day, "ARM", "CSTO", -4.0 if late else 3.0)
    add(dt.date(2022, 3, 20), "ARM", "RUS", -7.0, text=HOSTILE_SENTENCE)
    add(
        dt.date(2022, 9, 14), "ARM", "CSTO", -5.0, cameo="1032",
        move="invoke_assistance", organisation="CSTO",
        text="Armenia asked the CSTO for military assistance under Article 4.",
    )  # fmt: skip
    return batch


def _protests() -> list[CodedArticle]:
    """Three rallies of Armenian protesters at the Russian embassy in 2020."""
    return [
        _article(
            1000 + k,
            dt.date(2020, 3 + k, 20),
            "ARM",
            "RUS",
            -6.5,
            cameo="141",
            text=f"{PROTEST_SENTENCE} ({k})",
            source_sector="CVL",
        )  # fmt: skip
        for k in range(3)
    ]


def build_store(path: Path, *, votes: bool = True, protests: bool = False) -> Path:
    """Write the corpus (and, with `votes`, a session of UN roll calls) to `path`.

    Session 74 (2019): ARM votes as RUS on 7 of 10 roll calls, as USA on 2.
    `protests` adds three rallies of Armenian protesters at the Russian embassy
    in 2020, in the warm years.
    """
    with open_store(path) as store:
        store.write_batch(_corpus() + (_protests() if protests else []))
        if votes:
            _write_votes(store)
    return path


def _write_votes(store) -> None:  # type: ignore[no-untyped-def]
    calls = pa.table(
        {
            "rcid": pa.array(range(1, 11), pa.int32()),
            "session": pa.array([74] * 10, pa.int32()),
            "date": pa.array([dt.date(2019, 10, 1 + k) for k in range(10)]),
        }
    )
    arm = ["yes"] * 10
    rus = ["yes"] * 7 + ["no"] * 3
    usa = ["no"] * 8 + ["yes"] * 2
    rows = [(k + 1, s, v) for s, votes in (("ARM", arm), ("RUS", rus), ("USA", usa))
            for k, v in enumerate(votes)]  # fmt: skip
    votes_table = pa.table(
        {
            "rcid": pa.array([r[0] for r in rows], pa.int32()),
            "state": [r[1] for r in rows],
            "vote": [r[2] for r in rows],
        }
    )
    store.insert_table("un_roll_calls", calls)
    store.insert_table("un_votes", votes_table)
