"""The evaluation gate: every pinned metric must reach its floor in eval/baseline.json.

Run by CI after the tests:
    python eval/gate.py                      # check; exit 1 if a metric fell
    python eval/gate.py --raise-floors       # after an improvement: lift floors
    python eval/gate.py --lower KEY --reason "why"   # the only way down

Floors never move down silently: lowering one needs --lower with a reason, and
the change is recorded in the baseline's history with the old and new value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path

from allegiance.evaluate.suites import flatten, run_suites

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "eval" / "baseline.json"
DATA = ROOT.parent / "shared" / "data"


def _floor(value: float) -> float:
    # Two decimals, rounded down: a floor the current run always meets.
    return math.floor(value * 100) / 100


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Check evaluation metrics against their floors."
    )
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--lower", metavar="KEY")
    parser.add_argument("--to", type=float, help="with --lower: the new floor")
    parser.add_argument("--reason")
    parser.add_argument("--data-dir", type=Path, default=DATA)
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text("utf-8"))
    floors: dict[str, float] = baseline["floors"]
    if args.lower:
        if not args.reason or args.to is None or args.lower not in floors:
            parser.error("--lower needs a pinned KEY, --to VALUE and --reason TEXT")
        baseline["history"].append(
            {
                "date": dt.date.today().isoformat(),
                "key": args.lower,
                "from": floors[args.lower],
                "to": args.to,
                "reason": args.reason,
            }
        )
        floors[args.lower] = args.to
        BASELINE.write_text(
            json.dumps(baseline, indent=2, sort_keys=True) + "\n", "utf-8"
        )
        print(f"lowered {args.lower} to {args.to}: {args.reason}")
        return 0
    suites = sorted({key.split(".", 1)[0] for key in floors})
    results = run_suites(suites, project=ROOT, data=args.data_dir)
    metrics: dict[str, float] = {}
    for result in results:
        if result.skipped:
            print(f"SKIP {result.name}: {result.skipped}")
            continue
        metrics.update(flatten(result.name, result.metrics))
    failed = []
    for key, floor in sorted(floors.items()):
        suite = key.split(".", 1)[0]
        if any(r.name == suite and r.skipped for r in results):
            continue
        value = metrics.get(key)
        status = "ok" if value is not None and value >= floor else "FAIL"
        if status == "FAIL":
            failed.append(key)
        print(
            f"{status:4} {key:<55} {value if value is not None else 'missing':>8} (floor {floor})"
        )
    if args.raise_floors:
        raised = 0
        for key in floors:
            if key in metrics and _floor(metrics[key]) > floors[key]:
                floors[key] = _floor(metrics[key])
                raised += 1
        BASELINE.write_text(
            json.dumps(baseline, indent=2, sort_keys=True) + "\n", "utf-8"
        )
        print(f"raised {raised} floor(s)")
    if failed:
        print(f"{len(failed)} metric(s) fell below their floor: {', '.join(failed)}")
        return 1
    print("evaluation gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
