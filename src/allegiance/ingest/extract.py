"""Main text from HTML (boilerplate removed by trafilatura) and from Markdown."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

__all__ = ["extract_html", "strip_markdown"]

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Asterisks and backticks may open and close emphasis (code) inside a word; under
# CommonMark an underscore run may not, so "@UN_News_Centre" keeps its
# underscores: no letter, digit or further underscore on the outer side of `_`/`__`.
_MD_EMPHASIS = re.compile(
    r"(\*\*|\*|`)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)"
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_MARKERS = re.compile(r"^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+|>\s?)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")

# Page furniture removed before the text is extracted (after the metadata is read,
# so a <time> in a footer still dates the page): trafilatura alone returns a cookie
# banner or the nav links as the "article" of a page that has no article.
_CI = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_BOILERPLATE_XPATH = [
    "//nav",
    "//footer",
    "//*[@role='navigation' or @role='contentinfo']",
    "//*["
    + " or ".join(
        f"contains({_CI.format(attr)}, '{word}')"
        for attr in ("@class", "@id")
        for word in ("cookie", "consent", "gdpr")
    )
    + "]",
]
# A copyright year is not a publication date; htmldate falls back on it.
_COPYRIGHT_YEAR = f"//*[{_CI.format('@itemprop')} = 'copyrightyear']"


def _date_params() -> dict[str, Any]:
    """htmldate settings: publication-date markup only, never a guess from the text.

    trafilatura's default (`extensive_search=True`) ends in a free-text search that
    turns any year on the page ("in 2021", "Copyright 2019") into YYYY-01-01.
    Without it htmldate still reads meta tags, JSON-LD, <time datetime>, <abbr>,
    bylines and dated URLs, and only accepts complete dates from the text.
    """
    return {
        "original_date": True,  # published, not last modified
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def _drop_headline(text: str, title: str | None) -> str:
    """The body without its first line when that line is exactly the headline."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()) == " ".join(title.split()):
        return rest.strip()
    return text


def extract_html(html: str) -> tuple[str, str | None, str | None, str | None] | None:
    """The article text, title, date (ISO string) and URL of an HTML page.

    Navigation, cookie banners, footers and comments are dropped. Returns None
    when the page holds no article text. The date is the publication date from
    the page's metadata, or None: never a year guessed from the text.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    tree = trafilatura.load_html(html) if html.strip() else None
    if tree is None:
        return None
    for element in tree.xpath(_COPYRIGHT_YEAR):
        element.drop_tree()
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_date_params(),
        prune_xpath=_BOILERPLATE_XPATH,
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = data.get("title") or None
    # trafilatura repeats the headline as the first line of the body.
    text = _drop_headline((data.get("text") or "").strip(), title)
    if not text:
        return None
    return text, title, data.get("date") or None, data.get("url") or None


def strip_markdown(text: str) -> tuple[str | None, str]:
    """Plain text from Markdown, and its first heading as the title."""
    title = None
    lines = []
    for line in text.splitlines():
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None:
                title = heading.group(1).strip()
                continue
            line = heading.group(1)
        if _MD_RULE.match(line):
            continue
        line = _MD_MARKERS.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(lambda m: m[2] or m[4], line)
        lines.append(line)
    return title, "\n".join(lines).strip()
