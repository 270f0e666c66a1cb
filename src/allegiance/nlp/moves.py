"""Alliance moves: which events are moves, and the one code each move gets."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..kb.base import KnowledgeBase

__all__ = ["MoveCode", "infer_move", "move_code"]

# Content that makes a refused or requested act military help or protection.
_MILITARY_AID = ("072", "074", "0332", "0334", "062", "0312")


@dataclass(frozen=True, slots=True)
class MoveCode:
    """The CAMEO code, PLOVER type and mode one alliance move takes."""

    cameo: str
    plover: str
    mode: str | None


@cache
def _table() -> dict[tuple[str, str, str], MoveCode]:
    path = files("allegiance") / "data" / "lexicon" / "moves.csv"
    out = {}
    for r in csv.DictReader(path.read_text("utf-8").splitlines()):
        out[(r["move"], r["by"], r["modality"])] = MoveCode(
            r["cameo"], r["plover"], r["mode"] or None
        )
    return out


def move_code(move: str, by: str, modality: str) -> MoveCode | None:
    """The code of `move` made `by` a member or the organisation, at `modality`
    (moves.csv; "*" rows match any party or modality)."""
    table = _table()
    for key in (
        (move, by, modality),
        (move, by, "*"),
        (move, "*", modality),
        (move, "*", "*"),
    ):
        if key in table:
            return table[key]
    return None


def infer_move(
    effect: str | None,
    content_plover: str | None,
    content_cameo: str,
    source: str | None,
    target: str | None,
    kb: KnowledgeBase,
    day: dt.date | None,
    *,
    negated: bool = False,
) -> str | None:
    """Moves that come from what was refused or requested rather than from the
    trigger: a request for military help to an organisation or ally is
    invoke_assistance; its refusal by one is refuse_assistance; refusing (or
    failing) to attend an organisation's meeting is skip_summit."""
    if source is None or target is None:
        return None
    military = content_plover == "AID" and content_cameo.startswith(_MILITARY_AID)
    if effect == "request" and military and _allied(kb, source, target, day):
        return "invoke_assistance"
    if effect == "refuse" and military and _allied(kb, source, target, day):
        return "refuse_assistance"
    if (
        effect == "refuse"
        and content_plover == "CONSULT"
        and kb.is_organisation(target)
    ):
        return "skip_summit"
    return None


def _allied(kb: KnowledgeBase, a: str, b: str, day: dt.date | None) -> bool:
    """Whether a and b are an organisation and its member, or two members of one
    collective-defence organisation, or bound by a security guarantee."""
    statuses = {"member", "founding_member", "frozen", "suspended"}
    for org, state in ((a, b), (b, a)):
        if kb.is_organisation(org):
            spell = kb.membership_at(org, state, day) if day else None
            return day is None or (spell is not None and spell.status in statuses)
    if day is None:
        return False
    for org in kb.organisations.values():
        if org.kind != "collective_defence":
            continue
        sa, sb = kb.membership_at(org.code, a, day), kb.membership_at(org.code, b, day)
        if sa and sb and sa.status in statuses and sb.status in statuses:
            return True
    return any(
        d.kind == "security_guarantee" and {d.dependent, d.provider} == {a, b}
        for d in kb.dependencies
    )
