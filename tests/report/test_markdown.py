"""The Markdown briefing and its PNG charts."""

from __future__ import annotations

import re
from pathlib import Path

from allegiance.report.markdown import chart_folder, render_markdown, write_markdown
from allegiance.report.records import Briefing


def test_write_markdown_with_charts(small_briefing: Briefing, tmp_path: Path) -> None:
    out = tmp_path / "arm.md"
    written = write_markdown(small_briefing, out)
    assert written[0] == out and chart_folder(out) == tmp_path / "arm_files"
    assert sorted(p.name for p in written[1:]) == [
        "alignment.png",
        "camps.png",
        "cohesion.png",
        "dependency.png",
        "series.png",
    ]
    text = out.read_text("utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) == 5
    assert all((tmp_path / image).is_file() for image in images)


def test_sections_tables_and_escaping(small_briefing: Briefing) -> None:
    text = render_markdown(small_briefing)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Findings",
        "## Charts",
        "## Alerts",
        "## Bloc",
        "## Dependency beside alignment",
        "## Evidence",
    ]
    evidence = text[text.index("## Evidence") :].splitlines()[2:]
    rows = [line for line in evidence if line.startswith("| ")]
    assert len(rows) == len(small_briefing.evidence) + 1  # with the head
    # Each row keeps six cells: a pipe inside a sentence is escaped.
    cells = [len(re.split(r"(?<!\\)\|", row)) - 2 for row in rows]
    assert set(cells) == {6}
    assert r"<script>alert(1)</script> \| the base" in text
    assert re.search(r"\[Title (\d+)\]\(<https://example.org/\1>\)", text)
    assert "> “" in text and "Who moved:" in text
