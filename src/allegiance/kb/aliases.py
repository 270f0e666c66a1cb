"""The alias check of `kb check`: surface forms that name more than one actor."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from .base import KnowledgeBase
from .load import Row, parse_date
from .model import Problem, fold, overlaps

__all__ = ["Reading", "check_aliases", "form_key", "readings"]

Spell = tuple[dt.date | None, dt.date | None]
_ALWAYS: tuple[Spell, ...] = ((None, None),)


@dataclass(frozen=True, slots=True)
class Reading:
    """One actor a surface form may name, and when it names it.

    `spells` are the form's validity for state names, the person's terms in
    office for people (the resolver prefers whoever is in office), always for
    organisations and regions.
    """

    kind: str
    code: str
    spells: tuple[Spell, ...]
    table: str
    origin: str
    marked: bool = False

    @property
    def actor(self) -> tuple[str, str]:
        """(kind, code): two readings with one actor are no ambiguity."""
        return (self.kind, self.code)


def form_key(text: str) -> str:
    """How the matcher compares forms: no diacritics, any case, single spaces."""
    return " ".join(fold(text).casefold().replace("\u2019", "'").split())


def readings(kb: KnowledgeBase) -> dict[str, list[Reading]]:
    """Every reading of every surface form in the knowledge base, by form key."""
    out: dict[str, list[Reading]] = defaultdict(list)
    for row in kb.tables["state_names"]:
        spell = (parse_date(row, "valid_from"), parse_date(row, "valid_to"))
        out[form_key(row["text"])].append(
            Reading(
                "state",
                row["code"],
                (spell,),
                "state_names",
                row["_origin"],
                bool(row.get("ambiguous")),
            )
        )
    for row in kb.tables["states"]:
        out[form_key(row["name"])].append(
            Reading("state", row["code"], _ALWAYS, "states", row["_origin"])
        )
    for table, kind in (("organisations", "organisation"), ("regions", "region")):
        for row in kb.tables[table]:
            for text in (row["name"], *_split(row.get("aliases", ""))):
                out[form_key(text)].append(
                    Reading(kind, row["code"], _ALWAYS, table, row["_origin"])
                )
    terms: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in kb.tables["leaders"]:
        for text in (row["name"], *_split(row.get("aliases", ""))):
            terms[(form_key(text), row["person_id"])].append(row)
    for (key, person), rows in terms.items():
        spells = tuple((parse_date(r, "start"), parse_date(r, "end")) for r in rows)
        out[key].append(
            Reading("person", person, spells, "leaders", rows[0]["_origin"])
        )
    return out


def check_aliases(kb: KnowledgeBase) -> Iterator[Problem]:
    """Forms that name two actors at once without being marked ambiguous.

    A form is fine when it names one actor, when a state_names row for it carries
    an `ambiguous` reason or disambiguation.csv lists it (the resolver then needs
    context), or when its readings never hold at the same time (a former name, two
    people with one surname in office in different years). Two people in office
    at once under one name are a warning: the resolver leaves the name unresolved
    on those days. Anything else is an error.
    """
    cued = {form_key(r["text"]) for r in kb.tables["disambiguation"]}
    for key, found in sorted(readings(kb).items()):
        if len({r.actor for r in found}) < 2:
            continue
        if key in cued or any(r.marked for r in found):
            continue
        clashes = _clashes(found)
        if not clashes:
            continue
        a, b = clashes[0]
        what = f"{key!r} names {_label(a)} ({a.origin}) and {_label(b)} ({b.origin})"
        if all(x.kind == "person" and y.kind == "person" for x, y in clashes):
            yield Problem(
                "warning",
                "leaders",
                b.origin,
                f"{what}, both in office at once; the name stays unresolved on "
                "those days unless the text also names the state.",
            )
        else:
            yield Problem(
                "error",
                b.table,
                b.origin,
                f"{what}; mark it in state_names.csv (`ambiguous` = the reason), "
                "list it in disambiguation.csv with cues, or drop the wrong alias.",
            )


def _clashes(found: list[Reading]) -> list[tuple[Reading, Reading]]:
    out = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.actor == b.actor:
                continue
            # A person's name resolves out of office too (to their last polity),
            # so against a state or organisation it clashes at any date.
            both_people = a.kind == b.kind == "person"
            a_spells = a.spells if both_people or a.kind != "person" else _ALWAYS
            b_spells = b.spells if both_people or b.kind != "person" else _ALWAYS
            if any(overlaps(x, y) for x in a_spells for y in b_spells):
                out.append((a, b))
    return out


def _label(reading: Reading) -> str:
    return f"{reading.kind} {reading.code}"


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.split("|") if x.strip()]
