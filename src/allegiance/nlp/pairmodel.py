"""A small learned layer for pair mode: the rule coder's reading plus local words.

The rules say what a trigger means; many sentences that pair-annotated sets hold
have no trigger the lexicon knows, or several. A multinomial logistic regression
over sparse features (the rule coding, the PLOVER types of the triggers found and
where they stand relative to the two actors, and the words between and around
them) decides. It is trained by `tools/train_pair_model.py`; what it was trained
on, its licence and its cross-validated scores are in data/models/MODEL_CARD.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .pair import PairCoding, marked_doc
from .spans import toks

__all__ = ["PairModel", "pair_features", "train_softmax"]

_STOP = frozenset(
    {
        "the", "a", "an", "of", "and", "to", "in", "on", "for", "at", "by", "with",
        "is", "was", "were", "be", "been", "has", "have", "had", "that", "this", "its",
        "their", "his", "her", ",", ".", "'s", '"', "'", "(", ")", "-", "as", "it",
    }
)  # fmt: skip
_NEGATORS = frozenset(
    {"not", "n't", "never", "no", "without", "refuse", "reject", "deny"}
)


def pair_features(
    nlp: Language,
    sentence: str,
    source: tuple[int, int] | str,
    target: tuple[int, int] | str,
) -> tuple[list[str], PairCoding]:
    """The features of a marked pair, and the rule coder's own reading of it."""
    doc, s_span, t_span, coding, occs = marked_doc(nlp, sentence, source, target)
    feats = [f"rule:{coding.label(legacy=True)}", f"dir:{coding.direction}"]
    if coding.cameo:
        feats.append(f"cameo2:{coding.cameo[:2]}")
        feats.append(f"rule+dir:{coding.label(legacy=True)}:{coding.direction}")
    if coding.pattern:
        feats.append(f"pat:{coding.pattern}")
    if coding.trigger:
        feats.append(f"trg:{coding.trigger.lower()}")
    feats.append(f"mod:{coding.modality}")
    if coding.negated:
        feats.append("negated")
    feats += _window_features(doc, s_span.start, s_span.end, t_span.start, t_span.end)
    feats += _sentence_features(doc, s_span.start, s_span.end, t_span.start, t_span.end)
    for trig_type, start in occs:
        feats.append(f"trig:{trig_type}")
        feats.append(
            f"trig@{_region(start, s_span.start, s_span.end, t_span.start, t_span.end)}:{trig_type}"
        )
    return feats, coding


def _region(i: int, s0: int, s1: int, t0: int, t1: int) -> str:
    lo, hi = min(s1, t1), max(s0, t0)
    if lo <= i < hi:
        return "between"
    if i < min(s0, t0):
        return "before"
    return "after"


def _window_features(doc: Doc, s0: int, s1: int, t0: int, t1: int) -> list[str]:
    tk = toks(doc)
    first, second = (s0, s1), (t0, t1)
    order = "ST" if s0 <= t0 else "TS"
    if order == "TS":
        first, second = second, first
    feats = [f"order:{order}"]
    between = [
        tk.lemma[i] for i in range(first[1], second[0]) if tk.lemma[i] not in _STOP
    ]
    feats += [f"b:{w}" for w in between]
    feats += [f"bb:{a}_{b}" for a, b in zip(between, between[1:], strict=False)]
    feats += [
        f"a:{tk.lemma[i]}"
        for i in range(second[1], min(len(tk.lemma), second[1] + 4))
        if tk.lemma[i] not in _STOP
    ]
    feats += [
        f"p:{tk.lemma[i]}"
        for i in range(max(0, first[0] - 3), first[0])
        if tk.lemma[i] not in _STOP
    ]
    if any(tk.lemma[i] in _NEGATORS for i in range(first[0], second[1])):
        feats.append("neg")
    if len(between) > 8:
        feats.append("far")
    return feats


def _sentence_features(doc: Doc, s0: int, s1: int, t0: int, t1: int) -> list[str]:
    """Words of the whole sentence, the source's first words after it, and the
    word on each side of both actors (prepositions included: "to", "from",
    "against" and "with" say much about the relation)."""
    lemma = toks(doc).lemma
    content = [w for w in lemma if w not in _STOP]
    feats = [f"w:{w}" for w in set(content)]
    feats += [f"wb:{a}_{b}" for a, b in zip(content, content[1:], strict=False)]
    after_source = [w for w in lemma[s1:] if w not in _STOP][:3]
    feats += [f"as:{w}" for w in after_source]
    feats += [
        f"bt:{lemma[i]}" for i in range(max(0, t0 - 3), t0) if lemma[i] not in _STOP
    ]
    n = len(lemma)
    for name, i in (("pt1", t0 - 1), ("ps1", s0 - 1), ("ns1", s1), ("nt1", t1)):
        if 0 <= i < n:
            feats.append(f"{name}:{lemma[i]}")
    return feats


def train_softmax(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    *,
    l2: float = 0.3,
    min_count: int = 2,
) -> PairModel:
    """Fit a multinomial logistic regression with L2 penalty (L-BFGS)."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = {}
    for row in rows:
        for f in set(row):
            counts[f] = counts.get(f, 0) + 1
    vocab = {
        f: i
        for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))
    }
    classes = sorted(set(labels))
    x = _matrix(rows, vocab, csr_matrix)
    y = np.array([classes.index(label) for label in labels])
    n, d, k = x.shape[0], x.shape[1], len(classes)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat[: d * k].reshape(d, k)
        b = flat[d * k :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -np.sum(onehot * np.log(p + 1e-12)) / n + 0.5 * l2 * np.sum(w * w) / n
        g = (p - onehot) / n
        gw = x.T @ g + l2 * w / n
        return nll, np.concatenate([np.asarray(gw).ravel(), g.sum(axis=0)])

    result = minimize(
        loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    w = result.x[: d * k].reshape(d, k)
    return PairModel(
        vocab, classes, w.astype(np.float32), result.x[d * k :].astype(np.float32)
    )


def _matrix(
    rows: Sequence[Sequence[str]], vocab: dict[str, int], csr: object
) -> object:
    data, indices, indptr = [], [], [0]
    for row in rows:
        cols = sorted({vocab[f] for f in row if f in vocab})
        indices += cols
        data += [1.0] * len(cols)
        indptr.append(len(indices))
    return csr((data, indices, indptr), shape=(len(rows), len(vocab)))  # type: ignore[operator]


@dataclass(frozen=True, slots=True)
class PairModel:
    """Weights of the pair classifier: feature vocabulary, classes, W and b."""

    vocab: dict[str, int]
    classes: list[str]
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Class probabilities for one pair's features."""
        z = self.bias.astype(np.float64).copy()
        for f in set(features):
            i = self.vocab.get(f)
            if i is not None:
                z += self.weights[i]
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(features)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]

    def save(self, path: Path) -> None:
        """Write the model as a compressed .npz with its vocabulary as JSON."""
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            meta=np.frombuffer(
                json.dumps({"features": names, "classes": self.classes}).encode(),
                dtype=np.uint8,
            ),
        )

    @classmethod
    def load(cls, path: Path) -> PairModel:
        """Read a model written by `save`."""
        with np.load(path) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            return cls(
                {f: i for i, f in enumerate(meta["features"])},
                meta["classes"],
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
            )


@cache
def bundled_model() -> PairModel | None:
    """The pair model shipped with the package, or None if it is not there."""
    path = files("allegiance") / "data" / "models" / "pair_plover.npz"
    if not path.is_file():
        return None
    return PairModel.load(Path(str(path)))
