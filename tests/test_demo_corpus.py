"""Structural checks on the bundled demo corpus (data/demo/articles.jsonl)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

FIELDS = {"id", "date", "title", "source", "url", "storyline", "basis", "text"}
STORYLINES = {
    "armenia",
    "nordic_nato",
    "georgia",
    "azerbaijan_russia",
    "kazakhstan_russia",
}
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
# The analytics need a series per quarter: baseline 2019Q1 through the 2025Q3 summit.
ARMENIA_QUARTERS = [(y, q) for y in range(2019, 2026) for q in range(1, 5)][:27]
MIN_ARMENIA_PER_QUARTER = 3
# Yearly change-point detection needs a steady flow of Armenia reporting every year
# (issue 5): about a dozen coded events a year per Armenian dyad.
MIN_ARMENIA_PER_YEAR = 25
ARMENIA_YEARS = range(2019, 2026)
MIN_OTHER_STORYLINES = 4
MIN_PER_OTHER_STORYLINE = 15
WORDS = (90, 260)
SENTENCES = (3, 8)
# A sentence ends with . ! or ? (optionally closed by a quote) before space or end;
# a period after a lone capital is an initial or "U.S.", not a sentence end.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"\u201d]?(?=\s|$)")


def _corpus_path() -> Path:
    """Locate articles.jsonl as package data, or in the src tree if not installed."""
    try:
        traversable = resources.files("allegiance") / "data" / "demo" / "articles.jsonl"
        if traversable.is_file():
            return Path(str(traversable))
    except ModuleNotFoundError:
        pass
    # `allegiance` is not importable (no editable install): use the src layout.
    return (
        Path(__file__).resolve().parents[1]
        / "src"
        / "allegiance"
        / "data"
        / "demo"
        / "articles.jsonl"
    )


@cache
def _lines() -> tuple[str, ...]:
    return tuple(_corpus_path().read_text(encoding="utf-8").splitlines())


@cache
def _articles() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(line) for line in _lines())


def _quarter(date: str) -> tuple[int, int]:
    day = dt.date.fromisoformat(date)
    return day.year, (day.month - 1) // 3 + 1


def test_every_line_is_a_json_object() -> None:
    assert _lines(), "articles.jsonl is empty"
    for number, line in enumerate(_lines(), start=1):
        assert line.strip(), f"line {number} is blank"
        assert isinstance(json.loads(line), dict), f"line {number} is not an object"


def test_corpus_size() -> None:
    # 206 articles before issue 5 grew the Armenia series; 336 after. The upper
    # bound keeps `allegiance demo` and the demo-corpus tests quick to ingest.
    assert 300 <= len(_articles()) <= 380


def test_fields_and_types() -> None:
    for article in _articles():
        assert set(article) == FIELDS, article.get("id")
        assert article["source"] == "Allegiance demo desk"
        assert article["url"] is None
        assert article["storyline"] in STORYLINES
        assert isinstance(article["title"], str) and article["title"].strip()
        assert isinstance(article["basis"], list) and article["basis"]
        assert all(isinstance(b, str) and b.strip() for b in article["basis"])


def test_ids_unique_and_in_date_order() -> None:
    ids = [article["id"] for article in _articles()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"demo-\d{4}", i) for i in ids)
    assert ids == sorted(ids)
    dates = [article["date"] for article in _articles()]
    assert dates == sorted(dates)


def test_dates_valid_and_in_range() -> None:
    for article in _articles():
        day = dt.date.fromisoformat(article["date"])
        assert FIRST_DAY <= day <= LAST_DAY, article["id"]


@pytest.mark.parametrize("field", ["text", "title"])
def test_unique(field: str) -> None:
    values = Counter(article[field] for article in _articles())
    assert not [v for v, n in values.items() if n > 1]


def test_text_shape() -> None:
    for article in _articles():
        text = article["text"]
        words = len(text.split())
        assert WORDS[0] <= words <= WORDS[1], (article["id"], words)
        sentences = len(_SENTENCE_END.findall(text))
        assert SENTENCES[0] <= sentences <= SENTENCES[1], (article["id"], sentences)
        paragraphs = text.split("\n\n")
        assert all(p.strip() == p and p and "\n" not in p for p in paragraphs)


def test_armenia_quarters_covered() -> None:
    counts = Counter(
        _quarter(a["date"]) for a in _articles() if a["storyline"] == "armenia"
    )
    thin = [q for q in ARMENIA_QUARTERS if counts[q] < MIN_ARMENIA_PER_QUARTER]
    assert not thin, f"quarters with fewer than three Armenia articles: {thin}"


def test_armenia_years_covered() -> None:
    counts = Counter(
        int(a["date"][:4]) for a in _articles() if a["storyline"] == "armenia"
    )
    thin = [y for y in ARMENIA_YEARS if counts[y] < MIN_ARMENIA_PER_YEAR]
    assert not thin, (
        f"years with fewer than {MIN_ARMENIA_PER_YEAR} Armenia articles: {thin}"
    )


def test_other_storylines_large_enough() -> None:
    counts = Counter(a["storyline"] for a in _articles() if a["storyline"] != "armenia")
    big = [s for s, n in counts.items() if n >= MIN_PER_OTHER_STORYLINE]
    assert len(big) >= MIN_OTHER_STORYLINES, counts
