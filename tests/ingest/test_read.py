"""Reading inputs: every kind of bad file is skipped with a reason, the rest read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from allegiance.ingest.read import RawDoc, iter_docs, parse_date
from allegiance.records import Skip

EXT = (".txt", ".md", ".html", ".htm", ".jsonl")


def _read(
    paths: list[Path], max_bytes: int = 10_000, date: dt.date | None = None
) -> list[RawDoc | Skip]:
    return list(
        iter_docs(paths, extensions=EXT, max_bytes=max_bytes, default_date=date)
    )


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(
        "Armenia froze its participation in the CSTO.", "utf-8"
    )
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "big.txt").write_text("word " * 5000, "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Élysée said Armenia".encode("latin-1"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    return tmp_path


def test_each_bad_file_gets_a_reason_and_the_rest_is_read(messy: Path) -> None:
    items = _read([messy])
    docs = [i for i in items if isinstance(i, RawDoc)]
    skips = {Path(i.path).name: i.reason for i in items if isinstance(i, Skip)}
    assert [Path(d.path).name for d in docs] == ["good.txt"]
    assert skips["empty.txt"] == "empty file"
    assert "binary" in skips["binary.txt"]
    assert (
        "over the 10,000-byte limit" in skips["big.txt"]
        and "--max-bytes" in skips["big.txt"]
    )
    assert "not valid UTF-8" in skips["latin1.txt"] and "iconv" in skips["latin1.txt"]
    assert "unsupported file type .pdf" in skips["notes.pdf"]


def test_missing_path_is_a_skip(tmp_path: Path) -> None:
    [skip] = _read([tmp_path / "nope.txt"])
    assert isinstance(skip, Skip) and skip.reason == "no such file or folder"


def test_default_date_applies_to_undated_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", "utf-8")
    [doc] = _read([tmp_path / "a.txt"], date=dt.date(2024, 2, 23))
    assert isinstance(doc, RawDoc) and doc.date == dt.date(2024, 2, 23)


def test_jsonl_lines_are_articles_and_bad_lines_are_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Finland joined NATO.",
                "title": "T",
                "date": "2023-04-04",
                "source": "X",
                "url": "https://x",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Undated.", "date": "April 4"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "Dated by flag."}),
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    items = _read([path], date=dt.date(2020, 1, 1))
    docs = [i for i in items if isinstance(i, RawDoc)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [d.date for d in docs] == [dt.date(2023, 4, 4), dt.date(2020, 1, 1)]
    assert docs[0].title == "T" and docs[0].source == "X" and docs[0].url == "https://x"
    reasons = [s.reason for s in skips]
    assert any("not valid JSON" in r for r in reasons)
    assert any("no 'text'" in r for r in reasons)
    assert any("bad 'date'" in r and "YYYY-MM-DD" in r for r in reasons)
    assert any("JSON object" in r for r in reasons)
    assert all(":" in s.path for s in skips)  # path:line tells where


def test_markdown_heading_becomes_title(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Armenia and the CSTO\n\nArmenia **froze** its [participation](http://x).\n",
        "utf-8",
    )
    [doc] = _read([tmp_path / "a.md"])
    assert isinstance(doc, RawDoc)
    assert doc.title == "Armenia and the CSTO"
    assert doc.text == "Armenia froze its participation."


def test_html_boilerplate_is_removed(tmp_path: Path) -> None:
    html = """<html><head><title>Armenia freezes CSTO role</title>
    <meta property="article:published_time" content="2024-02-23T10:00:00Z"></head>
    <body><nav>Home | World | Sport | Weather</nav><article><h1>Armenia freezes CSTO role</h1>
    <p>Armenia has frozen its participation in the Collective Security Treaty Organization,
    Prime Minister Nikol Pashinyan said on Thursday in an interview.</p>
    <p>The Kremlin said it would seek clarification from Yerevan through diplomatic channels.</p>
    </article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "a.html").write_text(html, "utf-8")
    [doc] = _read([tmp_path / "a.html"])
    assert isinstance(doc, RawDoc)
    assert "frozen its participation" in doc.text
    assert "Copyright" not in doc.text and "Weather" not in doc.text
    assert doc.title == "Armenia freezes CSTO role"
    assert doc.date == dt.date(2024, 2, 23)


def test_parse_date() -> None:
    assert parse_date("2024-02-23T10:00:00Z") == dt.date(2024, 2, 23)
    assert parse_date("") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("23/02/2024")


def test_html_of_boilerplate_only_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "front.html").write_text(
        "<html><head><title>World News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<div class='cookie-banner'>We use cookies to improve your experience. "
        "Accept all cookies to continue.</div>"
        "<footer><p>Copyright 2024 World News Ltd. All rights reserved.</p></footer>"
        "</body></html>",
        "utf-8",
    )
    [skip] = _read([tmp_path / "front.html"])
    assert isinstance(skip, Skip)
    assert "no article text found" in skip.reason


def test_a_year_in_undated_html_does_not_override_the_default_date(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.html").write_text(
        "<html><head><title>Armenia and the CSTO</title></head><body><article>"
        "<p>Armenia has frozen its participation in the Collective Security Treaty "
        "Organization after Azerbaijani forces crossed the border in 2021.</p>"
        "<p>The Kremlin said it would seek clarification from Yerevan through "
        "diplomatic channels in the coming days.</p></article>"
        "<footer><p>Copyright 2019 Example News.</p></footer></body></html>",
        "utf-8",
    )
    [doc] = _read([tmp_path / "a.html"], date=dt.date(2024, 2, 23))
    assert isinstance(doc, RawDoc)
    assert doc.date == dt.date(2024, 2, 23)
    assert doc.text.startswith("Armenia has frozen")
