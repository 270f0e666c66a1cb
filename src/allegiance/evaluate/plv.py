"""Pair-mode evaluation on the PLV set: the PLOVER type between marked actors."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..nlp.pair import legacy_label
from ..nlp.pairmodel import pair_features, train_softmax
from ..pipeline import Pipeline, make_article
from .scoring import Confusion

__all__ = [
    "PairItem",
    "PlvFullScore",
    "PlvScore",
    "cross_validate_plv",
    "evaluate_plv_full",
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


# How the coder, reading a sentence alone, answers for the gold pair.
_OUTCOMES = (
    "pair_and_type",
    "pair_other_type",
    "reversed",
    "source_only",
    "other",
    "no_event",
)


@dataclass(slots=True)
class _FullCounts:
    resolvable: int = 0
    outcomes: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(_OUTCOMES, 0)
    )

    def to_dict(self) -> dict[str, Any]:
        n = self.resolvable or 1
        found = self.outcomes["pair_and_type"] + self.outcomes["pair_other_type"]
        return {
            "resolvable": self.resolvable,
            "pair_recall": round(found / n, 4),
            "pair_type_recall": round(self.outcomes["pair_and_type"] / n, 4),
            "outcomes": dict(self.outcomes),
        }


@dataclass(slots=True)
class PlvFullScore:
    """Full mode on the PLV sentences: does the coder, given only the sentence,
    find an event from the gold source's actor to the gold target's actor (pair
    recall), and with the gold root (pair-and-type recall)?

    Only sentences where the coder resolves both marked spans to different actors
    count (`resolvable`); `unresolved` spans name no actor the knowledge base knows
    ("the FBI", "a Canadian man" does resolve), `same_actor` ones name one actor
    twice. The halves are the even and odd rows of the file: rules written from
    2026-11-28 on were developed looking at the even half only, so the odd half
    is the held-out figure.
    """

    items: int = 0
    unresolved: int = 0
    same_actor: int = 0
    unmarkable: int = 0
    halves: dict[str, _FullCounts] = field(
        default_factory=lambda: {"even": _FullCounts(), "odd": _FullCounts()}
    )

    def to_dict(self) -> dict[str, Any]:
        """Scores as plain data: both halves pooled, then each half."""
        pooled = _FullCounts()
        for half in self.halves.values():
            pooled.resolvable += half.resolvable
            for k, v in half.outcomes.items():
                pooled.outcomes[k] += v
        return {
            "items": self.items,
            "unresolved": self.unresolved,
            "same_actor": self.same_actor,
            "unmarkable": self.unmarkable,
            **pooled.to_dict(),
            "halves": {k: v.to_dict() for k, v in self.halves.items()},
        }


def _overlapping(mentions: Any, start: int, end: int) -> set[str]:
    return {
        m.actor.code
        for m in mentions
        if m.actor is not None and m.start < end and start < m.end
    }


def evaluate_plv_full(items: list[PairItem], pipeline: Pipeline) -> PlvFullScore:
    """Code each PLV sentence in full mode and check it against the marked pair."""
    score = PlvFullScore(items=len(items))
    for row, item in enumerate(items):
        coded = pipeline.code_article(make_article(item.sentence))
        text = coded.article.text  # normalised: find the spans again
        s_at, t_at = text.find(item.source), text.find(item.target)
        if s_at < 0 or t_at < 0:
            score.unmarkable += 1
            continue
        sources = _overlapping(coded.mentions, s_at, s_at + len(item.source))
        targets = _overlapping(coded.mentions, t_at, t_at + len(item.target))
        if not sources or not targets:
            score.unresolved += 1
            continue
        if sources == targets:
            score.same_actor += 1
            continue
        half = score.halves["odd" if row % 2 else "even"]
        half.resolvable += 1
        events = coded.events
        forward = [e for e in events if e.source in sources and e.target in targets]
        if forward:
            labels = {legacy_label(e.plover, e.cameo) for e in forward}
            outcome = "pair_and_type" if item.label in labels else "pair_other_type"
        elif any(e.source in targets and e.target in sources for e in events):
            outcome = "reversed"
        elif any(e.source in sources for e in events):
            outcome = "source_only"
        else:
            outcome = "other" if events else "no_event"
        half.outcomes[outcome] += 1
    return score
