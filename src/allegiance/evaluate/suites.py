"""Every evaluation suite by name, run against the data it needs, as plain metrics."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..pipeline import Pipeline, get_pipeline
from .gold import evaluate_gold, read_gold
from .plv import cross_validate_plv, evaluate_plv, evaluate_plv_full, read_plv

__all__ = ["SUITES", "SuiteResult", "flatten", "run_suites"]


@dataclass(frozen=True, slots=True)
class SuiteResult:
    """The metrics of one suite, or why it could not run (missing data)."""

    name: str
    metrics: dict[str, Any]
    skipped: str | None = None


def _own(split: str) -> Callable[[Path, Path, Pipeline], dict[str, Any]]:
    def run(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
        path = project / "eval" / "gold" / f"own_{split}.jsonl"
        if not path.exists():
            raise FileNotFoundError(path)
        return evaluate_gold(f"own_{split}", read_gold([path]), pipeline).to_dict()

    return run


def _plv(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
    path = data / "gold" / "plv_train.tsv"
    if not path.exists():
        raise FileNotFoundError(path)
    return evaluate_plv(read_plv(path), pipeline).to_dict()


def _plv_full(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
    path = data / "gold" / "plv_train.tsv"
    if not path.exists():
        raise FileNotFoundError(path)
    return evaluate_plv_full(read_plv(path), pipeline).to_dict()


def _ngec_docs(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
    from .ngec import evaluate_ngec, read_ngec

    path = data / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    if not path.exists():
        raise FileNotFoundError(path)
    return evaluate_ngec(read_ngec(path), pipeline).to_dict()


def _plv_cv(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
    path = data / "gold" / "plv_train.tsv"
    if not path.exists():
        raise FileNotFoundError(path)
    # Pooled over five fold splits: a single split moves small classes by points.
    return cross_validate_plv(read_plv(path), pipeline, repeats=5).to_dict()


def _petrarch(tier: str) -> Callable[[Path, Path, Pipeline], dict[str, Any]]:
    def run(project: Path, data: Path, pipeline: Pipeline) -> dict[str, Any]:
        from .petrarch import evaluate_petrarch  # imported late: its own dictionaries

        folder = data / "petrarch"
        if not (folder / "PETR.UnitTest.records.xml").exists():
            raise FileNotFoundError(folder / "PETR.UnitTest.records.xml")
        return evaluate_petrarch(folder, tier=tier).to_dict()  # type: ignore[arg-type]

    return run


SUITES: dict[str, Callable[[Path, Path, Pipeline], dict[str, Any]]] = {
    "own_dev": _own("dev"),
    "own_test": _own("test"),
    "plv": _plv,
    "plv_cv": _plv_cv,
    "plv_full": _plv_full,
    "ngec_docs": _ngec_docs,
    "petrarch_parse": _petrarch("parse"),
    "petrarch_text": _petrarch("text"),
}


def run_suites(
    names: Iterable[str], *, project: Path, data: Path, pipeline: Pipeline | None = None
) -> list[SuiteResult]:
    """Run the named suites; a suite whose data is absent is skipped with the reason.

    Raises:
        ConfigError: an unknown suite name (the message lists the known ones).
    """
    pipeline = pipeline or get_pipeline()
    out = []
    for name in names:
        if name not in SUITES:
            raise ConfigError(
                f"Unknown evaluation suite {name!r}; choose from {', '.join(SUITES)}."
            )
        try:
            out.append(SuiteResult(name, SUITES[name](project, data, pipeline)))
        except FileNotFoundError as e:
            out.append(SuiteResult(name, {}, f"{e.args[0]} is absent"))
    return out


def flatten(prefix: str, value: Any) -> dict[str, float]:
    """Nested metrics as dotted keys ("own_test.events.f1") with numeric values."""
    out: dict[str, float] = {}
    if isinstance(value, dict):
        for key, sub in value.items():
            out.update(flatten(f"{prefix}.{key}" if prefix else str(key), sub))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        out[prefix] = float(value)
    return out
