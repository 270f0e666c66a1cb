"""Allegiance: read international news and keep the picture of alliances true."""

from __future__ import annotations

__version__ = "0.3.0"
