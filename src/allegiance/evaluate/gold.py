"""Score the coder on the project's own gold sentences (eval/gold/*.jsonl)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..pipeline import Pipeline, make_article
from ..records import Event
from .scoring import PRF, Confusion, prf, score_sets

__all__ = ["GoldItem", "GoldScore", "evaluate_gold", "read_gold"]

Key = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One annotated passage: its text, date, tags and expected events (as dicts)."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[dict[str, Any], ...]
    tags: tuple[str, ...]


def read_gold(paths: Iterable[Path]) -> list[GoldItem]:
    """Read gold JSONL files.

    Raises:
        DataFileError: a line is not JSON or lacks `id`, `text` or `events`.
    """
    items = []
    for path in paths:
        for lineno, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                items.append(
                    GoldItem(
                        obj["id"],
                        obj["text"],
                        dt.date.fromisoformat(obj["date"]) if obj.get("date") else None,
                        tuple(obj["events"]),
                        tuple(obj.get("tags", ())),
                    )
                )
                if not isinstance(obj["events"], list) or not all(
                    isinstance(e, dict) for e in obj["events"]
                ):
                    raise ValueError("`events` must be a list of objects")
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as e:
                raise DataFileError(f"{path}:{lineno}: not a gold item ({e}).") from e
    return items


def _event_key(src: Any, tgt: Any, plover: Any, negated: Any) -> Key:
    return (src, tgt, plover, bool(negated))


@dataclass(slots=True)
class GoldScore:
    """Scores of one gold set. Mutable while it is filled in by `evaluate_gold`.

    `events` matches (source, target, PLOVER type, negated); `cameo_exact` and
    `cameo_root` the same with the CAMEO code or its root in place of the type;
    `moves` matches (source, target, alliance move) over alliance-move events.
    `confusion` compares gold and predicted types on dyads both sides found.
    """

    name: str
    items: int = 0
    events: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    per_type: dict[str, PRF] = field(default_factory=dict)
    cameo_exact: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    cameo_root: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    moves: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    per_move: dict[str, PRF] = field(default_factory=dict)
    per_tag: dict[str, PRF] = field(default_factory=dict)
    modality_right: int = 0
    modality_total: int = 0
    confusion: Confusion = field(default_factory=Confusion)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        """Share of matched events whose modality agrees with the gold one."""
        return self.modality_right / self.modality_total if self.modality_total else 0.0

    def to_dict(self, *, with_misses: bool = False) -> dict[str, Any]:
        """The scores as plain data for JSON reports and the gate."""
        out: dict[str, Any] = {
            "items": self.items,
            "events": self.events.to_dict(),
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "cameo_exact": self.cameo_exact.to_dict(),
            "cameo_root": self.cameo_root.to_dict(),
            "alliance_moves": self.moves.to_dict(),
            "per_move": {k: v.to_dict() for k, v in sorted(self.per_move.items())},
            "per_tag": {k: v.to_dict() for k, v in sorted(self.per_tag.items())},
            "modality_accuracy": round(self.modality_accuracy, 4),
            "confusion": self.confusion.to_dict(),
        }
        if with_misses:
            out["misses"] = self.misses
        return out


def _predict(pipeline: Pipeline, item: GoldItem) -> list[Event]:
    coded = pipeline.code_article(make_article(item.text, date=item.date))
    return [e for e in coded.events if not e.doubtful]


def evaluate_gold(
    name: str, items: Sequence[GoldItem], pipeline: Pipeline
) -> GoldScore:
    """Code every item and score the events against the annotations."""
    score = GoldScore(name, items=len(items))
    event_pairs, exact_pairs, root_pairs, move_pairs = [], [], [], []
    per_tag: dict[str, PRF] = defaultdict(lambda: PRF(0, 0, 0))
    for item in items:
        predicted = _predict(pipeline, item)
        gold = item.events
        g_ev = {
            _event_key(e["source"], e["target"], e["plover"], e.get("negated"))
            for e in gold
        }
        p_ev = {_event_key(e.source, e.target, e.plover, e.negated) for e in predicted}
        event_pairs.append((g_ev, p_ev))
        exact_pairs.append(
            (
                {
                    (e["source"], e["target"], e["cameo"], bool(e.get("negated")))
                    for e in gold
                },
                {(e.source, e.target, e.cameo, e.negated) for e in predicted},
            )
        )
        root_pairs.append(
            (
                {
                    (e["source"], e["target"], e["cameo"][:2], bool(e.get("negated")))
                    for e in gold
                },
                {(e.source, e.target, e.cameo[:2], e.negated) for e in predicted},
            )
        )
        g_mv = {
            (e["source"], e["target"], e["alliance_move"])
            for e in gold
            if e.get("alliance_move")
        }
        p_mv = {
            (e.source, e.target, e.alliance_move) for e in predicted if e.alliance_move
        }
        move_pairs.append((g_mv, p_mv))
        item_prf = prf(g_ev, p_ev)
        for tag in item.tags:
            per_tag[tag] = per_tag[tag] + item_prf
        _modality(score, gold, predicted)
        _confuse(score, gold, predicted)
        if g_ev != p_ev:
            score.misses.append(
                {
                    "id": item.id,
                    "text": item.text,
                    "missing": sorted(map(str, g_ev - p_ev)),
                    "extra": sorted(map(str, p_ev - g_ev)),
                }
            )
    score.events, score.per_type = score_sets(event_pairs, label=2)
    score.cameo_exact, _ = score_sets(exact_pairs, label=2)
    score.cameo_root, _ = score_sets(root_pairs, label=2)
    score.moves, score.per_move = score_sets(move_pairs, label=2)
    score.per_tag = dict(per_tag)
    return score


def _modality(
    score: GoldScore, gold: Sequence[dict[str, Any]], predicted: list[Event]
) -> None:
    by_key = {(e.source, e.target, e.plover): e.modality for e in predicted}
    for g in gold:
        got = by_key.get((g["source"], g["target"], g["plover"]))
        if got is not None:
            score.modality_total += 1
            score.modality_right += got == g.get("modality", "asserted")


def _confuse(
    score: GoldScore, gold: Sequence[dict[str, Any]], predicted: list[Event]
) -> None:
    by_dyad: dict[tuple[Any, Any], set[str]] = defaultdict(set)
    for e in predicted:
        by_dyad[(e.source, e.target)].add(e.plover or "-")
    for g in gold:
        got = by_dyad.get((g["source"], g["target"]))
        if got:
            score.confusion.add(
                g["plover"], g["plover"] if g["plover"] in got else sorted(got)[0]
            )
