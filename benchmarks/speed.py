"""Coding speed: sentences per second per core for each tier, with machine facts.

Run by hand (never a pass/fail check):
    python benchmarks/speed.py [--sentences 10000] [--tier rules|parse]
                               [--parser-model en_core_web_sm]

The corpus is the NGEC synthetic news stories read from ../shared/data at run time
(4,500 stories, about 40,000 sentences), cut to the requested sentence count; the
bundled demo corpus is used when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import sys
import time
import zipfile
from pathlib import Path

import spacy

import allegiance
from allegiance.api import demo_corpus_path
from allegiance.config import load_settings
from allegiance.pipeline import Pipeline, make_article

ROOT = Path(__file__).resolve().parents[1]
NGEC = (
    ROOT.parent
    / "shared"
    / "data"
    / "ngec"
    / "gpt_synthetic_events_2023-10-19_19.csv.zip"
)


def _texts() -> tuple[str, list[str]]:
    if NGEC.exists():
        with zipfile.ZipFile(NGEC) as z:
            name = z.namelist()[0]
            rows = csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8"))
            return "NGEC synthetic stories (../shared/data/ngec)", [
                r["text"] for r in rows
            ]
    lines = demo_corpus_path().read_text("utf-8").splitlines()
    return "bundled demo corpus", [json.loads(x)["text"] for x in lines]


def _model_version(pipeline: Pipeline) -> str:
    meta = pipeline.nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--tier", default="rules", choices=["rules", "parse"])
    parser.add_argument(
        "--parser-model",
        default="en_core_web_sm",
        help="the spaCy pipeline the parse tier loads (any installed name or path)",
    )
    args = parser.parse_args()
    model = args.parser_model if args.tier == "parse" else ""
    settings = load_settings(parser_model=model)
    t0 = time.perf_counter()
    pipeline = Pipeline(settings)
    build = time.perf_counter() - t0
    name, texts = _texts()
    # Warm up (first-call caches), then time whole articles until enough sentences.
    pipeline.code_text(texts[0])
    sentences = events = articles = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i, text in enumerate(texts * 10):
        coded = pipeline.code_article(make_article(text + f" [{i}]"))
        sentences += len(coded.sentences)
        events += len(coded.events)
        articles += 1
        if sentences >= args.sentences:
            break
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    report = {
        "tier": args.tier,
        "corpus": name,
        "articles": articles,
        "sentences": sentences,
        "events": events,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "sentences_per_second_per_core": round(sentences / cpu, 1),
        "pipeline_build_seconds": round(build, 2),
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "processor": platform.machine(),
            "cpus": os.cpu_count(),
        },
        "versions": {
            "allegiance": allegiance.__version__,
            "spacy": spacy.__version__,
            **({"parser_model": _model_version(pipeline)} if model else {}),
        },
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
