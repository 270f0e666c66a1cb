"""Score the PETRARCH-dictionary coder on PETRARCH's own unit-test records."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..interop.petrarch.coder import PetrarchCoder, Tier, load_dictionaries
from ..interop.petrarch.records import UnitTestRecord, read_records
from .scoring import PRF, prf

__all__ = ["PetrarchMiss", "PetrarchScore", "evaluate_petrarch"]

RECORDS = "PETR.UnitTest.records.xml"
DICTIONARIES = {
    "verbs": "PETR.Validate.verbs.txt",
    "actors": "PETR.Validate.actors.txt",
    "agents": "PETR.Validate.agents.txt",
    "discards": "PETR.Validate.discards.txt",
}
# Records whose expected output is a failure to read the parse: they test the
# parse reader, so the text tier (which never reads a parse) leaves them out.
_PARSE_ONLY_ERRORS = frozenset({"bad_input_parse"})

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class PetrarchMiss:
    """A record the coder did not code exactly as expected."""

    id: str
    category: str
    text: str
    expected: tuple[Triple, ...]
    predicted: tuple[Triple, ...]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "id": self.id,
            "category": self.category,
            "text": self.text,
            "expected": [list(t) for t in self.expected],
            "predicted": [list(t) for t in self.predicted],
            "missing": [list(t) for t in self.expected if t not in self.predicted],
            "spurious": [list(t) for t in self.predicted if t not in self.expected],
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class PetrarchScore:
    """Scores of one coding tier on the PETRARCH unit-test records.

    `exact` counts (source, target, event code) triples that match exactly;
    `root` the same with the event code cut to its root (first two digits).
    Records expecting no event count everything they get as false positives.
    """

    tier: Tier
    records: int
    exact: PRF
    root: PRF
    categories: dict[str, PRF]
    misses: tuple[PetrarchMiss, ...]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, rates rounded."""
        return {
            "tier": self.tier,
            "records": self.records,
            "exact": self.exact.to_dict(),
            "root": self.root.to_dict(),
            "categories": {k: v.to_dict() for k, v in sorted(self.categories.items())},
            "misses": [m.to_dict() for m in self.misses],
            "seconds": round(self.seconds, 3),
        }


def _root(triples: set[Triple]) -> set[Triple]:
    return {(s, t, c[:2]) for s, t, c in triples}


def _code_record(
    coder: PetrarchCoder, record: UnitTestRecord, tier: Tier
) -> tuple[set[Triple], str]:
    """The record's predicted triples, and a note on why there are none."""
    if tier == "parse":
        try:
            coded = coder.code(record.text, date=record.date, parse=record.parse)
        except DataFileError as e:  # PETRARCH, too, skips a record it cannot parse
            return set(), f"parse rejected: {e}"
    else:
        coded = coder.code(record.text, date=record.date)
    note = f"discarded by {coded.discarded}" if coded.discarded else ""
    return {e.triple() for e in coded.events}, note


def evaluate_petrarch(data_dir: Path, *, tier: Tier = "parse") -> PetrarchScore:
    """Code PETRARCH's unit-test records with its validation dictionaries and score.

    Args:
        data_dir: the folder holding PETR.UnitTest.records.xml and the four
            PETR.Validate.*.txt dictionaries (`../shared/data/petrarch`).
        tier: "parse" codes from each record's Penn parse; "text" from the text
            alone, with the coder's own chunker.

    Returns:
        Exact-triple and root-code precision/recall/F1, a breakdown per record
        category, and every record not coded exactly right.

    Raises:
        DataFileError: a file is missing or malformed.
    """
    data_dir = Path(data_dir)
    missing = [
        n for n in (RECORDS, *DICTIONARIES.values()) if not (data_dir / n).exists()
    ]
    if missing:
        raise DataFileError(
            f"{data_dir} lacks {', '.join(missing)}: pass the folder that holds "
            "PETRARCH's unit-test records and validation dictionaries "
            "(petrarch2/data/text and petrarch2/data/dictionaries)."
        )
    paths = {k: data_dir / v for k, v in DICTIONARIES.items()}
    coder = PetrarchCoder(load_dictionaries(**paths))
    records = read_records(data_dir / RECORDS)
    exact, root = PRF(0, 0, 0), PRF(0, 0, 0)
    categories: dict[str, PRF] = defaultdict(lambda: PRF(0, 0, 0))
    misses = []
    used = 0
    started = time.perf_counter()
    for record in records:
        if tier == "text" and record.error in _PARSE_ONLY_ERRORS:
            continue
        used += 1
        gold = {e.triple() for e in record.expected}
        predicted, note = _code_record(coder, record, tier)
        score = prf(gold, predicted)
        exact += score
        root += prf(_root(gold), _root(predicted))
        categories[record.category] += score
        if gold != predicted:
            misses.append(
                PetrarchMiss(
                    record.id,
                    record.category,
                    record.text,
                    tuple(sorted(gold)),
                    tuple(sorted(predicted)),
                    note,
                )
            )
    seconds = time.perf_counter() - started
    return PetrarchScore(
        tier, used, exact, root, dict(categories), tuple(misses), seconds
    )
