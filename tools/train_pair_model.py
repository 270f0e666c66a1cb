"""Train the pair-mode classifier on the PLV set; report its cross-validated score.

    python tools/train_pair_model.py [--folds 5] [--repeats 5] [--l2 0.3] [--write]

Reads ../shared/data/gold/plv_train.tsv at run time (never copied). Prints the
rules-only and the cross-validated learned root accuracy; with --write, fits on
all of it and writes src/allegiance/data/models/pair_plover.npz. The figures go
into data/models/MODEL_CARD.md by hand, with the date of the run.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from allegiance.evaluate.plv import (
    cross_validate_plv,
    evaluate_plv,
    pair_rows,
    read_plv,
)
from allegiance.nlp.pairmodel import train_softmax
from allegiance.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
PLV = ROOT.parent / "shared" / "data" / "gold" / "plv_train.tsv"
OUT = ROOT / "src" / "allegiance" / "data" / "models" / "pair_plover.npz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--repeats", type=int, default=5, help="fold splits pooled (as the gate)"
    )
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    items = read_plv(PLV)
    rules = evaluate_plv(items, pipeline).to_dict()
    cv = cross_validate_plv(
        items,
        pipeline,
        folds=args.folds,
        seed=args.seed,
        l2=args.l2,
        repeats=args.repeats,
    ).to_dict()
    keys = ("root_accuracy", "macro_f1", "quad_accuracy", "coop_conflict_accuracy")
    print(
        json.dumps(
            {
                "items": len(items),
                "rules": {k: rules[k] for k in keys},
                f"learned_cv{args.folds}": {k: cv[k] for k in keys},
            },
            indent=2,
        )
    )
    if args.write:
        rows, _ = pair_rows(items, pipeline)
        model = train_softmax(rows, [item.label for item in items], l2=args.l2)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        model.save(OUT)
        print(
            f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(model.vocab)} features)"
        )


if __name__ == "__main__":
    main()
