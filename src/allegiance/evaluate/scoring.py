"""Precision, recall and F1 per class, and confusion matrices, for evaluations."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Confusion", "PRF", "prf", "score_sets"]


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and precision, recall and F1 for one class (or all classes)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted (nothing wrong said)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """How many gold items the class has."""
        return self.tp + self.fn

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates, rounded for reports."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def prf(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> PRF:
    """Set-based PRF of one item: what was predicted against what was expected."""
    g, p = set(gold), set(predicted)
    return PRF(len(g & p), len(p - g), len(g - p))


def score_sets(
    pairs: Iterable[tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]],
    label: int,
) -> tuple[PRF, dict[str, PRF]]:
    """Micro PRF over many items and per class, the class read at index `label`
    of each tuple. `pairs` yields (gold, predicted) sets of tuples per item."""
    total = PRF(0, 0, 0)
    per: dict[str, PRF] = defaultdict(lambda: PRF(0, 0, 0))
    for gold, predicted in pairs:
        total = total + prf(gold, predicted)
        for item in gold & predicted:
            per[str(item[label])] += PRF(1, 0, 0)
        for item in predicted - gold:
            per[str(item[label])] += PRF(0, 1, 0)
        for item in gold - predicted:
            per[str(item[label])] += PRF(0, 0, 1)
    return total, dict(per)


@dataclass(slots=True)
class Confusion:
    """A confusion matrix of gold against predicted labels (mutable while filled)."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, predicted: str) -> None:
        """Count one item."""
        self.counts[(gold, predicted)] += 1

    @property
    def accuracy(self) -> float:
        """Share of items whose predicted label equals the gold one."""
        total = sum(self.counts.values())
        right = sum(n for (g, p), n in self.counts.items() if g == p)
        return right / total if total else 0.0

    def labels(self) -> list[str]:
        """Every label seen, sorted."""
        return sorted({x for pair in self.counts for x in pair})

    def per_class(self) -> dict[str, PRF]:
        """PRF per gold label (single-label classification)."""
        out = {}
        for label in self.labels():
            tp = self.counts[(label, label)]
            fp = sum(
                n for (g, p), n in self.counts.items() if p == label and g != label
            )
            fn = sum(
                n for (g, p), n in self.counts.items() if g == label and p != label
            )
            out[label] = PRF(tp, fp, fn)
        return out

    def macro_f1(self) -> float:
        """Mean F1 over gold labels."""
        per = [v for k, v in self.per_class().items() if v.support]
        return sum(v.f1 for v in per) / len(per) if per else 0.0

    def render(self) -> str:
        """The matrix as text: rows gold, columns predicted."""
        labels = self.labels()
        short = [label[:6] for label in labels]
        lines = ["gold\\pred " + " ".join(f"{s:>6}" for s in short)]
        for g in labels:
            row = " ".join(f"{self.counts[(g, p)]:>6}" for p in labels)
            lines.append(f"{g[:9]:<9} {row}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Rows gold -> {predicted: count}."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for (g, p), n in sorted(self.counts.items()):
            out[g][p] = n
        return dict(out)
