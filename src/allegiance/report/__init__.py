"""The analyst briefing: collect the analytics for one actor, write HTML or Markdown."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ConfigError
from .briefing import BriefingOptions, brief, make_briefing
from .findings import render_demo
from .html import write_html
from .markdown import write_markdown
from .records import Briefing

__all__ = [
    "REPORT_SUFFIXES",
    "Briefing",
    "BriefingOptions",
    "brief",
    "make_briefing",
    "render_demo",
    "write_briefing",
]

REPORT_SUFFIXES = (".html", ".md")


def write_briefing(b: Briefing, path: str | os.PathLike[str]) -> list[Path]:
    """Write the briefing as HTML or Markdown, as the file's suffix says.

    A `.html` file is one self-contained page; a `.md` file gets its PNG charts
    in a folder beside it (`<stem>_files/`).

    Returns:
        The files written, the briefing first.

    Raises:
        ConfigError: the suffix is neither .html nor .md.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix == ".html":
        return [write_html(b, out)]
    if suffix == ".md":
        return write_markdown(b, out)
    raise ConfigError(
        f"Cannot tell the briefing's format from {out.name!r}; end the file name in "
        ".html (one offline page) or .md (Markdown with PNG charts), e.g. --out arm.html."
    )
