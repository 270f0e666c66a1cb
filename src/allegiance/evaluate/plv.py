"""Pair-mode evaluation on the PLV set: the PLOVER type between marked actors."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..nlp.pairmodel import pair_features, train_softmax
from ..pipeline import Pipeline
from .scoring import Confusion

__all__ = [
    "PairItem",
    "PlvScore",
    "cross_validate_plv",
    "evaluate_plv",
    "pair_rows",
    "read_plv",
]

# Quad classes of the 15-class labels (PLOVER's quad table; YIELD = CONCEDE or
# RETREAT, which PLOVER puts in quads 1 and 2: counted with material cooperation,
# as the PLV set's own penta classes do).
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "YIELD": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 4,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
NONE = "NONE"


@dataclass(frozen=True, slots=True)
class PairItem:
    """One sentence with a marked source and target and the gold PLOVER root."""

    id: str
    sentence: str
    source: str
    target: str
    label: str


def read_plv(path: Path) -> list[PairItem]:
    """Read the PLV TSV (columns sentence_id, sentence, source, target, gold_root).

    Raises:
        DataFileError: the file lacks those columns.
    """
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    need = {"sentence_id", "sentence", "source", "target", "gold_root"}
    if not rows or not need <= set(rows[0]):
        raise DataFileError(f"{path}: expected columns {', '.join(sorted(need))}.")
    unknown = sorted({r["gold_root"].strip() for r in rows} - set(QUAD))
    if unknown:
        raise DataFileError(
            f"{path}: gold_root {', '.join(unknown)} not among the 15 PLV classes "
            f"({', '.join(QUAD)})."
        )
    return [
        PairItem(
            r["sentence_id"],
            r["sentence"],
            r["source"],
            r["target"],
            r["gold_root"].strip(),
        )
        for r in rows
    ]


@dataclass(slots=True)
class PlvScore:
    """Root accuracy, quad accuracy, cooperation-vs-conflict accuracy and the
    confusion matrix of one pair-mode run (mutable while filled in)."""

    items: int = 0
    confusion: Confusion = field(default_factory=Confusion)
    quad_right: int = 0
    coop_right: int = 0
    abstained: int = 0

    @property
    def accuracy(self) -> float:
        """Share of items whose predicted PLOVER root equals the gold one."""
        return self.confusion.accuracy

    def to_dict(self) -> dict[str, Any]:
        """Scores as plain data."""
        n = self.items or 1
        return {
            "items": self.items,
            "root_accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.confusion.macro_f1(), 4),
            "quad_accuracy": round(self.quad_right / n, 4),
            "coop_conflict_accuracy": round(self.coop_right / n, 4),
            "no_prediction": self.abstained,
            "per_class": {
                k: v.to_dict() for k, v in self.confusion.per_class().items()
            },
        }


def _add(score: PlvScore, gold: str, label: str) -> None:
    if label == NONE:
        score.abstained += 1
    score.confusion.add(gold, label)
    gold_quad, got_quad = QUAD.get(gold), QUAD.get(label)
    score.quad_right += gold_quad == got_quad
    score.coop_right += got_quad is not None and (gold_quad <= 2) == (got_quad <= 2)  # type: ignore[operator]


def evaluate_plv(items: list[PairItem], pipeline: Pipeline) -> PlvScore:
    """Code every pair with the rules alone and score the PLOVER root.

    The learned pair model is left out: it was trained on this set, so only its
    cross-validated score (`cross_validate_plv`) says anything.
    """
    score = PlvScore(items=len(items))
    for item in items:
        try:
            coded = pipeline.code_pair(
                item.sentence, item.source, item.target, learned=False
            )
            label = coded.label(legacy=True) or NONE
        except ValueError:
            label = NONE
        _add(score, item.label, label)
    return score


def pair_rows(
    items: list[PairItem], pipeline: Pipeline
) -> tuple[list[list[str]], list[str]]:
    """Features of every pair (for the learned layer) and the rules' labels."""
    rows, rules = [], []
    for item in items:
        try:
            feats, coding = pair_features(
                pipeline.nlp, item.sentence, item.source, item.target
            )
            rules.append(coding.label(legacy=True) or NONE)
        except ValueError:
            feats = ["unmarkable"]
            rules.append(NONE)
        rows.append(feats)
    return rows, rules


def cross_validate_plv(
    items: list[PairItem],
    pipeline: Pipeline,
    *,
    folds: int = 5,
    seed: int = 13,
    l2: float = 0.3,
    repeats: int = 1,
) -> PlvScore:
    """k-fold cross-validated score of the learned pair layer on this set.

    Each fold's model is trained on the other folds only (same features and
    training code as the shipped model), so the score is an honest estimate.
    With `repeats` > 1 the folds are drawn again with seeds seed, seed+1, ...
    and the predictions pooled: one split moves a small class's F1 by several
    points, the pooled figure much less. `items` counts every prediction.
    """
    if repeats < 1:
        raise ValueError("repeats must be at least 1")
    rows, _ = pair_rows(items, pipeline)
    gold = [item.label for item in items]
    score = PlvScore(items=len(items) * repeats)
    for r in range(repeats):
        order = list(range(len(items)))
        random.Random(seed + r).shuffle(order)
        for k in range(folds):
            held = set(order[k::folds])
            train = [i for i in order if i not in held]
            model = train_softmax(
                [rows[i] for i in train], [gold[i] for i in train], l2=l2
            )
            for i in sorted(held):
                _add(score, gold[i], model.predict(rows[i])[0])
    return score
