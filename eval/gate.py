"""The evaluation gate: every pinned metric must reach its floor in eval/baseline.json.

Run by CI after the tests:
    python eval/gate.py                      # check; exit 1 if a metric fell
    python eval/gate.py --raise-floors       # after an improvement: lift floors
    python eval/gate.py --lower KEY --to V --reason "why"   # the only way down
    python eval/gate.py --allow-skips        # without ../shared/data: own gold only

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
    # round() first: 0.57 * 100 is 56.99999999999999 in floating point.
    return math.floor(round(value * 100, 6)) / 100


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Check evaluation metrics against their floors."
    )
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--lower", metavar="KEY")
    parser.add_argument("--to", type=float, help="with --lower: the new floor")
    parser.add_argument("--reason")
    parser.add_argument("--data-dir", type=Path, default=DATA)
    parser.add_argument(
        "--allow-skips",
        action="store_true",
        help="pass even when a suite's data is absent (its floors go unchecked)",
    )
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text("utf-8"))
    floors: dict[str, float] = baseline["floors"]
    if args.lower:
        if (
            not (args.reason or "").strip()
            or args.to is None
            or args.lower not in floors
        ):
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
    if not args.data_dir.is_dir() and not args.allow_skips:
        print(
            f"data folder {args.data_dir} does not exist: point --data-dir at the "
            "public gold data (../shared/data), or pass --allow-skips to check "
            "only the suites that need none"
        )
        return 2
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
    skipped = [r.name for r in results if r.skipped]
    if skipped and not args.allow_skips:
        print(
            f"{len(skipped)} suite(s) skipped, their floors unchecked: "
            f"{', '.join(skipped)} (pass --allow-skips to accept that)"
        )
        return 1
    print("evaluation gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
