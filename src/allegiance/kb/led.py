"""Blocs news calls led by one state ("the Russian-led bloc"): data/lexicon/led_blocs.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["LedBloc", "bloc_leader", "led_blocs"]


@dataclass(frozen=True, slots=True)
class LedBloc:
    """An organisation, the state that leads it, and the kind of bloc it is."""

    leader: str
    kind: str
    organisation: str


@cache
def led_blocs() -> tuple[LedBloc, ...]:
    """Every row of led_blocs.csv."""
    path = files("allegiance") / "data" / "lexicon" / "led_blocs.csv"
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return tuple(LedBloc(r["leader"], r["kind"], r["organisation"]) for r in rows)


def bloc_leader(organisation: str) -> str | None:
    """The state that leads `organisation` (CSTO -> RUS), if the table knows one."""
    return next((b.leader for b in led_blocs() if b.organisation == organisation), None)
