"""The HTML briefing: one offline page that parses, with working interactivity hooks."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from allegiance.report.charts import make_charts
from allegiance.report.html import inline_svg, render_html, write_html
from allegiance.report.records import Briefing

from .corpus import HOSTILE_SENTENCE


class _Page(HTMLParser):
    """Collects what the tests check: resources, ids, open tags, table rows."""

    VOID = {"meta", "br", "input", "img", "link", "path", "use", "stop", "rect"}

    def __init__(self) -> None:
        super().__init__()
        self.resources: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.stack: list[str] = []
        self.scripts: list[str] = []
        self.rows = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("src", "href", "xlink:href"):
            value = found.get(name)
            if value and tag in ("script", "link", "img", "iframe", "image", "use"):
                self.resources.append((tag, value))
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "tr":
            self.rows += 1
        self._in_script = tag == "script"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (self.stack[-5:], tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
            self._in_script = False


@pytest.fixture(scope="module")
def page(small_briefing: Briefing) -> str:
    return render_html(small_briefing)


def _parse(text: str) -> _Page:
    parsed = _Page()
    parsed.feed(text)
    parsed.close()
    return parsed


def test_page_parses_and_needs_no_network(page: str) -> None:
    parsed = _parse(page)
    assert parsed.stack == []  # every element closed
    # Nothing is fetched: no external script, stylesheet, image or font.
    assert all(not v.startswith(("http:", "https:", "//")) for _, v in parsed.resources)
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(http" not in page
    assert len(page.encode()) < 2_000_000
    # Article links are fine, and are the only addresses on the page.
    links = set(re.findall(r'href="(https?://[^"]+)"', page))
    assert links and all(link.startswith("https://example.org/") for link in links)


def test_ids_are_unique_and_tooltips_find_their_series(page: str) -> None:
    parsed = _parse(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    data = next(s for s in parsed.scripts if s.lstrip().startswith("{"))
    tips = json.loads(data)
    assert tips and set(tips) <= set(parsed.ids)
    toggles = re.findall(r'data-toggle="([^"]+)"', page)
    assert toggles and {i for t in toggles for i in t.split()} <= set(parsed.ids)


def test_text_is_escaped(page: str) -> None:
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert HOSTILE_SENTENCE.split("<")[0] in page


def test_sections_and_evidence_table(small_briefing: Briefing, page: str) -> None:
    for section in ("findings", "charts", "alerts", "bloc", "dependency", "evidence"):
        assert f'<section id="{section}">' in page
    table = page[page.index('id="evidence-table"') :]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") == len(small_briefing.evidence) + 1  # with the head
    assert page.count('<figure class="chart"') == 5
    assert "never combined" in page


def test_inline_svg_is_prefixed(small_briefing: Briefing) -> None:
    chart = make_charts(small_briefing)[0]
    svg = inline_svg(chart)
    assert svg.startswith("<svg") and "<?xml" not in svg
    refs = re.findall(r'(?:url\(#|href="#)([^")]+)', svg)
    assert refs and all(r.startswith("series-") for r in refs)
    assert 'id="series-s0-pts"' in svg


def test_write_html(small_briefing: Briefing, tmp_path: Path) -> None:
    path = write_html(small_briefing, tmp_path / "deep" / "arm.html")
    text = path.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "Briefing: Armenia" in text
