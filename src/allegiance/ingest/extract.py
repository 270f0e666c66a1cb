"""Main text from HTML (boilerplate removed by trafilatura) and from Markdown."""

from __future__ import annotations

import re

__all__ = ["extract_html", "strip_markdown"]

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_MARKERS = re.compile(r"^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+|>\s?)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def extract_html(html: str) -> tuple[str, str | None, str | None, str | None] | None:
    """The article text, title, date (ISO string) and URL of an HTML page.

    Navigation, footers and comments are dropped by trafilatura. Returns None when
    the page holds no article text.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    title = data.get("title") or None
    if title and text.startswith(title):
        # trafilatura repeats the headline as the first line of the body.
        text = text[len(title) :].lstrip()
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
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return title, "\n".join(lines).strip()
