"""Tiny hand-written gold data for the evaluation tests (gold JSONL and a PLV TSV)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest


def _event(
    source: str,
    target: str,
    plover: str,
    cameo: str,
    *,
    move: str | None = None,
    negated: bool = False,
    modality: str = "asserted",
) -> dict[str, Any]:
    return {
        "source": source,
        "target": target,
        "cameo": cameo,
        "plover": plover,
        "alliance_move": move,
        "negated": negated,
        "modality": modality,
    }


# What the coder reads in each item (checked by hand) and how the gold differs:
#   g-1: ARM->CSTO SANCTION 161 freeze, found; ARM->RUS ACCUSE is annotated but not
#        in the text the coder sees: one missed event.
#   g-2: FRA->RUS ACCUSE found, but the gold CAMEO code is 112 (coder: 111) and the
#        gold modality hypothetical: a CAMEO-exact miss, a root hit, a modality miss.
#   g-3: no event in the text, none annotated; no date.
#   g-4: RUS->ARM AID, negated, found.
GOLD_ITEMS: list[dict[str, Any]] = [
    {
        "id": "g-1",
        "text": "Armenia has frozen its participation in the Collective Security "
        "Treaty Organization.",
        "date": "2024-02-22",
        "events": [
            _event("ARM", "CSTO", "SANCTION", "161", move="freeze"),
            _event("ARM", "RUS", "ACCUSE", "111"),
        ],
        "tags": ["alliance_move"],
    },
    {
        "id": "g-2",
        "text": "France condemned Russia for the attack.",
        "date": "2024-02-23",
        "events": [
            _event("FRA", "RUS", "ACCUSE", "112", modality="hypothetical"),
        ],
        "tags": ["accuse"],
    },
    {
        "id": "g-3",
        "text": "The weather in Paris was mild on Tuesday.",
        "events": [],
    },
    {
        "id": "g-4",
        "text": "Russia did not send troops to Armenia.",
        "date": "2024-02-23",
        "events": [_event("RUS", "ARM", "AID", "072", negated=True)],
        "tags": ["negation"],
    },
]


def write_gold(path: Path, items: list[dict[str, Any]] = GOLD_ITEMS) -> Path:
    """Write gold items as JSONL (with a blank line, which readers must skip)."""
    lines = [json.dumps(item) for item in items]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n", "utf-8")
    return path


# Three well-separated classes, six pairs each: the rules and the words agree.
PLV_ROWS: list[tuple[str, str, str, str]] = [
    ("ACCUSE", "France accused Russia of war crimes in Ukraine.", "France", "Russia"),
    (
        "ACCUSE",
        "Germany accused Iran of supplying drones to Moscow.",
        "Germany",
        "Iran",
    ),
    ("ACCUSE", "Poland accused Belarus of staging the crisis.", "Poland", "Belarus"),
    ("ACCUSE", "Japan accused China of violating its airspace.", "Japan", "China"),
    ("ACCUSE", "Ukraine accused Russia of shelling a hospital.", "Ukraine", "Russia"),
    ("ACCUSE", "Lithuania accused Russia of lying.", "Lithuania", "Russia"),
    ("AGREE", "Finland signed an agreement with Sweden.", "Finland", "Sweden"),
    (
        "AGREE",
        "Armenia agreed with Azerbaijan to mark the border.",
        "Armenia",
        "Azerbaijan",
    ),
    ("AGREE", "Egypt signed a deal with Israel on gas exports.", "Egypt", "Israel"),
    ("AGREE", "India agreed with France to buy more jets.", "India", "France"),
    ("AGREE", "Serbia signed an agreement with Kosovo.", "Serbia", "Kosovo"),
    ("AGREE", "Chile agreed with Peru to reopen the crossing.", "Chile", "Peru"),
    ("ASSAULT", "Russia shelled Ukraine overnight.", "Russia", "Ukraine"),
    ("ASSAULT", "Israel bombed Lebanon on Tuesday.", "Israel", "Lebanon"),
    (
        "ASSAULT",
        "Azerbaijan attacked Armenia along the border.",
        "Azerbaijan",
        "Armenia",
    ),
    ("ASSAULT", "Turkey bombed Syria in a series of air strikes.", "Turkey", "Syria"),
    ("ASSAULT", "Ethiopia attacked Eritrea near the town.", "Ethiopia", "Eritrea"),
    ("ASSAULT", "Sudan shelled Chad across the frontier.", "Sudan", "Chad"),
]


def write_plv(path: Path, rows: list[tuple[str, str, str, str]] = PLV_ROWS) -> Path:
    """Write rows in the PLV TSV layout (plus a column readers must ignore)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(
            ["sentence_id", "sentence", "source", "target", "gold_root", "quad"]
        )
        for i, (label, sentence, source, target) in enumerate(rows):
            out.writerow([f"s{i:02d}", sentence, source, target, f" {label} ", "x"])
    return path


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.jsonl")


@pytest.fixture
def plv_file(tmp_path: Path) -> Path:
    return write_plv(tmp_path / "plv.tsv")
