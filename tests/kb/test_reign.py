"""Cross-check of leaders' terms against REIGN (leaderlist 3.21), differences documented.

REIGN lists each state's effective leader with start day and end month. Every
REIGN state must map to one of ours (by COW code) or be listed as dissolved; for
every state whose heads we cover, each REIGN spell must begin within ten days
of a head-of-state or head-of-government term of ours held by the same person
(spells starting since 2000), and that person's continuous time as a head must
end in REIGN's end month, give or take ten days (spells ending since 2000). Every
spell that does not is listed with its reason in `docs/kb-differences.md` under
`## Leaders`; the test fails when the set found differs from the set documented.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pytest

from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.model import Term

from ..conftest import ROOT, SHARED_DATA, needs_shared

REIGN = SHARED_DATA / "leaders" / "leaderlist_3_21.csv"
DOC = ROOT / "docs" / "kb-differences.md"
pytestmark = [needs_shared(REIGN), pytest.mark.shared]

SINCE = dt.date(2000, 1, 1)
# REIGN 3.21 runs to March 2021: a spell still open there must still be open then.
REIGN_END = dt.date(2021, 3, 1)
SLACK = dt.timedelta(days=10)
HEADS = frozenset({"head_of_state", "head_of_government"})


@dataclass(frozen=True, slots=True)
class Spell:
    """One REIGN row: a leader's spell as the effective ruler of a state."""

    ccode: int
    leader: str
    start: dt.date
    end_month: tuple[int, int] | None


def _decode(raw: bytes) -> str:
    # The REIGN file mixes UTF-8 and Latin-1 lines ("Dačić" is stored both ways).
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@cache
def _spells() -> tuple[Spell, ...]:
    lines = [_decode(raw) for raw in REIGN.read_bytes().splitlines()]
    out = []
    for row in csv.DictReader(lines):
        start = dt.date(int(row["syear"]), int(row["smonth"]), int(row["sdate"]))
        end = (int(row["eyear"]), int(row["emonth"])) if row["eyear"] else None
        out.append(Spell(int(row["ccode"]), row["leader"].strip(), start, end))
    return tuple(out)


def _fold(text: str) -> str:
    """Lower case, no diacritics, German umlauts as REIGN writes them (oe -> o)."""
    plain = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    for pair, single in (("oe", "o"), ("ue", "u"), ("ae", "a")):
        plain = plain.replace(pair, single)
    return re.sub(r"[.\-]", " ", plain)


def _same_person(spell: Spell, term: Term) -> bool:
    names = _fold(" ".join((term.name, *term.aliases))).split()
    return any(tok in names for tok in _fold(spell.leader).split() if len(tok) > 2)


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


def _state_of() -> dict[int, str]:
    return {s.cow_code: s.code for s in _kb().states.values() if s.cow_code}


def _covered() -> set[str]:
    return {t.country for t in _kb().terms if t.country and t.office in HEADS}


def _heads(iso: str, test: Callable[[Term], bool]) -> list[Term]:
    return [
        t for t in _kb().terms if t.country == iso and t.office in HEADS and test(t)
    ]


def _tenure(iso: str, person: str, around: dt.date) -> tuple[dt.date, dt.date | None]:
    """The person's continuous time as a head of `iso` (terms chained across
    gaps of up to ten days) that contains `around`."""
    terms = sorted(
        _heads(iso, lambda t: t.person_id == person), key=lambda t: t.start or SINCE
    )
    chains: list[list[dt.date | None]] = []
    for t in terms:
        last = chains[-1] if chains else None
        if last and (last[1] is None or (t.start or SINCE) <= last[1] + SLACK):
            last[1] = None if last[1] is None or t.end is None else max(last[1], t.end)
        else:
            chains.append([t.start, t.end])
    for start, end in chains:
        if start and start <= around + SLACK and (end is None or end >= around):
            return start, end
    return terms[0].start or SINCE, terms[-1].end


def _end_window(end_month: tuple[int, int]) -> tuple[dt.date, dt.date]:
    year, month = end_month
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1) - SLACK, dt.date(year, month, last) + SLACK


def _start_problem(iso: str, spell: Spell) -> list[Term]:
    """The terms that begin this spell (empty when none does)."""
    return _heads(
        iso,
        lambda t: (
            t.start is not None
            and abs(t.start - spell.start) <= SLACK
            and _same_person(spell, t)
        ),
    )


def _ends_right(iso: str, spell: Spell, people: set[str]) -> bool:
    around = max(spell.start, SINCE)
    for person in people:
        _, end = _tenure(iso, person, around)
        if spell.end_month is None:
            if end is None or end >= REIGN_END:
                return True
        else:
            low, high = _end_window(spell.end_month)
            if end is not None and low <= end <= high:
                return True
    return False


def _found() -> tuple[set[str], dict[str, int]]:
    """Every difference key, and coverage counts."""
    state_of, covered = _state_of(), _covered()
    keys: set[str] = set()
    counts = dict.fromkeys(
        ("spells", "uncovered_state", "ended_before_2000", "checked", "matched"), 0
    )
    for spell in _spells():
        counts["spells"] += 1
        iso = state_of.get(spell.ccode)
        if iso is None:
            keys.add(f"reign:state:{spell.ccode}")
            counts["uncovered_state"] += 1
            continue
        if iso not in covered:
            counts["uncovered_state"] += 1
            continue
        ended_before = spell.end_month is not None and spell.end_month < (2000, 1)
        if ended_before:
            counts["ended_before_2000"] += 1
            continue
        counts["checked"] += 1
        if spell.start >= SINCE:
            people = {t.person_id for t in _start_problem(iso, spell)}
            if not people:
                keys.add(f"reign:start:{iso}:{spell.leader}:{spell.start}")
                continue
        else:
            # A spell running into 2000: its leader must be a head on 2000-01-01.
            people = {
                t.person_id
                for t in _heads(iso, lambda t: _covers(t, SINCE))
                if _same_person(spell, t)
            }
            if not people:
                keys.add(f"reign:start:{iso}:{spell.leader}:{spell.start}")
                continue
        if not _ends_right(iso, spell, people):
            if spell.end_month is None:
                end = "open"
            else:
                end = f"{spell.end_month[0]}-{spell.end_month[1]:02d}"
            keys.add(f"reign:end:{iso}:{spell.leader}:{end}")
            continue
        counts["matched"] += 1
    return keys, counts


def _covers(term: Term, day: dt.date) -> bool:
    return (term.start is None or term.start <= day) and (
        term.end is None or day < term.end
    )


def _documented() -> set[str]:
    text = DOC.read_text("utf-8")
    section = text.split("\n## Leaders", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^- `(reign:[^`]+)`", section, flags=re.M))


def test_every_reign_difference_is_documented() -> None:
    found, _ = _found()
    documented = _documented()
    assert sorted(found - documented) == [], "explain these in docs/kb-differences.md"
    assert sorted(documented - found) == [], "these no longer differ: remove them"


def test_reign_coverage(record_property: Callable[[str, object], None]) -> None:
    _, counts = _found()
    for name, value in counts.items():
        record_property(name, value)
    # Coverage floors: the leaders tables cover 103 states' heads since 2000; a
    # drop below these means rows or a whole file went missing. At most one
    # checked spell in ten may differ (each documented): 32 of 408 when 66
    # states were covered, 41 of 536 with 103, 46 of 568 with 110
    # (leaders/more_states.csv).
    assert len(_covered()) >= 110
    assert counts["checked"] >= 565
    assert counts["matched"] >= counts["checked"] * 0.9


def test_reign_states_map_to_ours_or_are_documented() -> None:
    state_of = _state_of()
    unmapped = {s.ccode for s in _spells() if s.ccode not in state_of}
    documented = {int(k.split(":")[2]) for k in _documented() if ":state:" in k}
    assert unmapped == documented
    # Dissolved states only: none of them had a spell running into 2000.
    assert all(
        s.end_month is not None and s.end_month < (2000, 1)
        for s in _spells()
        if s.ccode in unmapped
    )
