"""The evaluation gate (eval/gate.py), always against a throwaway baseline.

The script finds its baseline from its own location (BASELINE is a module
constant, no option moves it). So it is either imported from its path with
BASELINE/ROOT/DATA patched to tmp_path, or copied with a fake baseline into
tmp_path/eval/ and run there. The real eval/baseline.json is never touched.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from allegiance.evaluate.suites import SuiteResult
from allegiance.pipeline import Pipeline

from ..conftest import ROOT
from .conftest import write_gold

GATE = ROOT / "eval" / "gate.py"
REAL_BASELINE = ROOT / "eval" / "baseline.json"

FLOORS = {
    "own_dev.events.f1": 0.6,
    "own_dev.per_type.ACCUSE.f1": 0.5,
    "plv.macro_f1": 0.7,
}
HISTORY = [
    {"date": "2026-01-01", "key": "plv.macro_f1", "from": 0.8, "to": 0.7, "reason": "x"}
]


def _write_baseline(path: Path, floors: dict[str, float]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    baseline = {"description": "test", "floors": floors, "history": list(HISTORY)}
    path.write_text(json.dumps(baseline, indent=2) + "\n", "utf-8")
    return path


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    return _write_baseline(tmp_path / "eval" / "baseline.json", dict(FLOORS))


@pytest.fixture
def gate(tmp_path: Path, baseline: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("gate_under_test", GATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "BASELINE", baseline)
    monkeypatch.setattr(module, "DATA", tmp_path / "data")
    (tmp_path / "data").mkdir(exist_ok=True)
    assert module.BASELINE != REAL_BASELINE
    return module


def _fake_suites(
    gate: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    metrics: dict[str, dict[str, Any]],
    skipped: Iterable[str] = (),
) -> list[list[str]]:
    """Replace the heavy suites with fixed metrics; returns the calls made."""
    calls: list[list[str]] = []
    skip = set(skipped)

    def run(names: Iterable[str], *, project: Path, data: Path) -> list[SuiteResult]:
        names = list(names)
        calls.append(names)
        return [
            SuiteResult(n, {}, f"{data}/{n} is absent")
            if n in skip
            else SuiteResult(n, metrics.get(n, {}))
            for n in names
        ]

    monkeypatch.setattr(gate, "run_suites", run)
    return calls


GOOD = {
    "own_dev": {"events": {"f1": 0.65}, "per_type": {"ACCUSE": {"f1": 0.5}}},
    "plv": {"macro_f1": 0.876},
}


@pytest.fixture
def run_gate(
    gate: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Callable[..., tuple[int, str]]:
    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["gate.py", *args])
        try:
            code = gate.main()
        except SystemExit as e:  # argparse errors
            code = e.code
        out = capsys.readouterr()
        return code, out.out + out.err

    return run


def test_every_floor_met_passes(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    baseline: Path,
) -> None:
    calls = _fake_suites(gate, monkeypatch, GOOD)
    before = baseline.read_text("utf-8")
    code, out = run_gate()
    assert code == 0
    # One run of each suite that has a pinned metric.
    assert calls == [["own_dev", "plv"]]
    assert "ok   own_dev.events.f1" in out and "FAIL" not in out
    assert out.rstrip().endswith("evaluation gate passed")
    assert baseline.read_text("utf-8") == before  # a check writes nothing


def test_a_metric_below_its_floor_fails_and_is_named(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    metrics = json.loads(json.dumps(GOOD))
    metrics["own_dev"]["per_type"]["ACCUSE"]["f1"] = 0.4999
    _fake_suites(gate, monkeypatch, metrics)
    code, out = run_gate()
    assert code == 1
    fail_lines = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert len(fail_lines) == 1
    assert "own_dev.per_type.ACCUSE.f1" in fail_lines[0]
    assert "0.4999" in fail_lines[0] and "(floor 0.5)" in fail_lines[0]
    assert "1 metric(s) fell below their floor: own_dev.per_type.ACCUSE.f1" in out
    assert "evaluation gate passed" not in out


def test_a_pinned_metric_the_suite_no_longer_reports_fails(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A class that vanished from the report must not pass by absence.
    _fake_suites(gate, monkeypatch, {**GOOD, "own_dev": {"events": {"f1": 0.9}}})
    code, out = run_gate()
    assert code == 1
    assert any(
        line.startswith("FAIL")
        and "own_dev.per_type.ACCUSE.f1" in line
        and "missing" in line
        for line in out.splitlines()
    )


@pytest.mark.parametrize(("extra", "code"), [((), 1), (("--allow-skips",), 0)])
def test_a_skipped_suite_fails_unless_skips_are_allowed(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    extra: tuple[str, ...],
    code: int,
) -> None:
    # Floors of a suite whose data is absent go unchecked: say so, and fail.
    _fake_suites(gate, monkeypatch, GOOD, skipped=["plv"])
    got, out = run_gate(*extra)
    assert got == code
    assert "SKIP plv" in out
    assert ("1 suite(s) skipped, their floors unchecked: plv" in out) == (code == 1)


def test_floor_survives_floating_point() -> None:
    spec = importlib.util.spec_from_file_location("gate_floor", GATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._floor(0.57) == 0.57  # 0.57 * 100 == 56.99999999999999
    assert module._floor(0.5799) == 0.57


def test_raise_floors_only_ever_raises(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    baseline: Path,
) -> None:
    _write_baseline(
        baseline,
        {
            "a.up": 0.80,  # metric 0.876: floor lifts to 0.87 (rounded down)
            "a.fell": 0.90,  # metric 0.70: below, the floor stays
            "a.same": 0.50,  # metric 0.505: rounds down to 0.50, no change
            "a.gone": 0.30,  # not reported: untouched
            "b.skipped": 0.40,  # suite skipped: untouched
        },
    )
    _fake_suites(
        gate,
        monkeypatch,
        {"a": {"up": 0.876, "fell": 0.70, "same": 0.505}},
        skipped=["b"],
    )
    code, out = run_gate("--raise-floors")
    floors = _read(baseline)["floors"]
    assert floors == {
        "a.up": 0.87,
        "a.fell": 0.90,
        "a.same": 0.50,
        "a.gone": 0.30,
        "b.skipped": 0.40,
    }
    assert "raised 1 floor(s)" in out
    # Raising does not excuse the metrics that fell.
    assert code == 1 and "a.fell" in out.splitlines()[-1]
    assert _read(baseline)["history"] == HISTORY


def test_raise_floors_keeps_the_floor_below_the_current_value(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    baseline: Path,
) -> None:
    _write_baseline(baseline, {"a.x": 0.1, "a.y": 0.1, "a.z": 0.1})
    values = {"x": 0.9999, "y": 0.57, "z": 1.0}
    _fake_suites(gate, monkeypatch, {"a": values})
    assert run_gate("--raise-floors")[0] == 0
    floors = _read(baseline)["floors"]
    for key, value in values.items():
        assert 0.1 < floors[f"a.{key}"] <= value
    assert floors["a.z"] == 1.0
    # The next plain run passes on the same numbers.
    assert run_gate()[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--lower", "plv.macro_f1", "--to", "0.6"],
        ["--lower", "plv.macro_f1", "--to", "0.6", "--reason", ""],
        ["--lower", "plv.macro_f1", "--reason", "no value given"],
        ["--lower", "plv.not_pinned", "--to", "0.6", "--reason", "typo"],
    ],
)
def test_lower_without_key_value_and_reason_is_refused(
    run_gate: Callable[..., tuple[int, str]], baseline: Path, args: list[str]
) -> None:
    before = baseline.read_text("utf-8")
    code, out = run_gate(*args)
    assert code == 2
    assert "--lower needs a pinned KEY, --to VALUE and --reason TEXT" in out
    assert baseline.read_text("utf-8") == before


def test_lower_with_a_blank_reason_is_refused(
    run_gate: Callable[..., tuple[int, str]], baseline: Path
) -> None:
    before = baseline.read_text("utf-8")
    code, _ = run_gate("--lower", "plv.macro_f1", "--to", "0.6", "--reason", "   ")
    assert code == 2
    assert baseline.read_text("utf-8") == before


def test_lower_records_the_change_and_its_reason(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    baseline: Path,
) -> None:
    calls = _fake_suites(gate, monkeypatch, GOOD)
    reason = "traded for +2 pt own_dev events F1"
    code, out = run_gate("--lower", "plv.macro_f1", "--to", "0.65", "--reason", reason)
    assert code == 0
    assert "lowered plv.macro_f1 to 0.65: " + reason in out
    assert calls == []  # lowering runs no suite
    saved = _read(baseline)
    assert saved["floors"] == {**FLOORS, "plv.macro_f1": 0.65}
    assert saved["history"] == [
        *HISTORY,
        {
            "date": dt.date.today().isoformat(),
            "key": "plv.macro_f1",
            "from": 0.7,
            "to": 0.65,
            "reason": reason,
        },
    ]


def test_skipped_suite_is_reported_with_the_absent_file(
    gate: ModuleType,
    run_gate: Callable[..., tuple[int, str]],
    pipeline: Pipeline,
    tmp_path: Path,
) -> None:
    # Real suites: the data dir exists but holds no PLV file.
    (tmp_path / "data").mkdir(exist_ok=True)
    write_gold(tmp_path / "eval" / "gold" / "own_dev.jsonl")
    _, out = run_gate()
    absent = tmp_path / "data" / "gold" / "plv_train.tsv"
    assert f"SKIP plv: {absent} is absent" in out
    assert "ok   own_dev.events.f1" in out
    assert "plv.macro_f1" not in out


def test_a_missing_data_dir_is_a_clear_error(
    run_gate: Callable[..., tuple[int, str]], pipeline: Pipeline, tmp_path: Path
) -> None:
    write_gold(tmp_path / "eval" / "gold" / "own_dev.jsonl")
    missing = tmp_path / "no-such-dir"
    code, out = run_gate("--data-dir", str(missing))
    assert code != 0
    assert str(missing) in out
    assert "evaluation gate passed" not in out


def test_real_suites_on_a_tiny_gold_set(
    run_gate: Callable[..., tuple[int, str]],
    pipeline: Pipeline,
    baseline: Path,
    tmp_path: Path,
) -> None:
    # The tiny set scores events F1 0.8571 and ACCUSE F1 0.6667 (tests/evaluate).
    write_gold(tmp_path / "eval" / "gold" / "own_dev.jsonl")
    _write_baseline(
        baseline, {"own_dev.events.f1": 0.85, "own_dev.per_type.ACCUSE.f1": 0.67}
    )
    code, out = run_gate()
    assert code == 1
    assert "ok   own_dev.events.f1" in out
    assert "1 metric(s) fell below their floor: own_dev.per_type.ACCUSE.f1" in out


def _copy_gate(tmp_path: Path) -> Path:
    script = tmp_path / "eval" / "gate.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(GATE, script)
    return script


def _run_script(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=script.parent.parent,
    )


def test_the_script_lowers_only_its_own_baseline(
    tmp_path: Path, baseline: Path
) -> None:
    script = _copy_gate(tmp_path)  # beside tmp_path/eval/baseline.json
    done = _run_script(
        script, "--lower", "plv.macro_f1", "--to", "0.6", "--reason", "subprocess"
    )
    assert done.returncode == 0, done.stderr
    saved = _read(baseline)
    assert saved["floors"]["plv.macro_f1"] == 0.6
    assert saved["history"][-1]["reason"] == "subprocess"
