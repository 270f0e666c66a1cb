"""Membership changes as the news reports them: dated spells from alliance moves."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..records import Event
from .base import KnowledgeBase

__all__ = ["MOVE_STATUS", "NewsSpell", "membership_updates"]

# The membership status each coded alliance move reports (moves such as
# "skip_summit" or "invoke_assistance" say nothing about membership).
MOVE_STATUS: dict[str, str] = {
    "join": "member",
    "apply": "applicant",
    "freeze": "frozen",
    "suspend": "suspended",
    "withdraw": "withdrawn",
    "expel": "expelled",
}
# Statuses that say the same thing about membership: news reporting that a
# founding member "joined" confirms the knowledge base rather than changing it.
_SAME = {"founding_member": "member"}
# A coded event below this confidence is not trusted to change a membership. The
# rule coder starts alliance moves at 0.9 and multiplies by 0.85 for a missing
# side and 0.9 for each pronoun side or reporter: 0.6 admits a move with up to
# three such doubts and drops one with four.
DEFAULT_MIN_CONFIDENCE = 0.6
_NOTE_CHARS = 300


@dataclass(frozen=True, slots=True)
class NewsSpell:
    """A membership spell as reported in the news, where it differs from the KB.

    `start` is the date of the event that reported it; `end` the start of the
    next reported spell for the same pair, if any. `source` names the article
    ("news: <title or article id> (<date>)") and `event_id` the coded event.
    """

    org: str
    member: str
    status: str
    start: dt.date
    end: dt.date | None
    source: str
    event_id: str
    note: str = ""


def membership_updates(
    events: Iterable[Event],
    kb: KnowledgeBase,
    *,
    titles: Mapping[str, str] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[NewsSpell]:
    """Propose dated membership spells from coded alliance moves.

    Only asserted events count: not negated, modality "asserted", not doubtful,
    dated, linked to an organisation and at least `min_confidence`. A move
    whose status the knowledge base already records on the event's date is
    dropped, and so is a repeat of the previous reported status for the pair.

    Args:
        events: coded events (any; those without an alliance move are ignored).
        kb: the knowledge base to compare against.
        titles: article id -> title, to name the article in `source`.
        min_confidence: the lowest event confidence trusted.

    Returns:
        The proposed spells, ordered by organisation, member and start.
    """
    titles = titles or {}
    by_pair: dict[tuple[str, str], list[tuple[Event, str]]] = defaultdict(list)
    for event in events:
        status = _status(event, min_confidence)
        member = _member(event, kb)
        if status is None or member is None or event.organisation is None:
            continue
        by_pair[(event.organisation, member)].append((event, status))
    spells: list[NewsSpell] = []
    for (org, member), found in sorted(by_pair.items()):
        found.sort(key=lambda pair: (pair[0].date or dt.date.min, pair[0].id))
        pair_spells: list[NewsSpell] = []
        for event, status in found:
            day = event.date
            if day is None:  # filtered by _status; keeps the type checker informed
                continue
            if pair_spells:
                if _same(pair_spells[-1].status, status):
                    continue
                if pair_spells[-1].start == day:
                    # Two reports of one day disagree: the later-coded one wins,
                    # rather than two spells starting together.
                    pair_spells.pop()
            if not pair_spells and _same(_kb_status(kb, org, member, day), status):
                continue
            pair_spells.append(_spell(org, member, status, event, titles))
        spells.extend(_chain(pair_spells))
    return spells


def _status(event: Event, min_confidence: float) -> str | None:
    status = MOVE_STATUS.get(event.alliance_move or "")
    if (
        status is None
        or event.date is None
        or event.negated
        or event.modality != "asserted"
        or event.doubtful
        or event.confidence < min_confidence
    ):
        return None
    return status


def _member(event: Event, kb: KnowledgeBase) -> str | None:
    """The side of the event that is not the organisation: the state that joins,
    or that the organisation suspends or expels."""
    org = event.organisation
    other = event.target if event.source == org else event.source
    if other is None or other == org:
        return None
    if other in kb.states or kb.is_organisation(other):
        return other
    return None


def _kb_status(kb: KnowledgeBase, org: str, member: str, day: dt.date) -> str | None:
    spell = kb.membership_at(org, member, day)
    return spell.status if spell else None


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and _SAME.get(a, a) == _SAME.get(b, b)


def _spell(
    org: str, member: str, status: str, event: Event, titles: Mapping[str, str]
) -> NewsSpell:
    day = event.date or dt.date.min
    title = titles.get(event.article_id) or event.article_id
    note = f"{event.alliance_move}: {event.evidence}"
    if len(note) > _NOTE_CHARS:
        note = note[: _NOTE_CHARS - 3] + "..."
    return NewsSpell(
        org=org,
        member=member,
        status=status,
        start=day,
        end=None,
        source=f"news: {title} ({day.isoformat()})",
        event_id=event.id,
        note=note,
    )


def _chain(spells: list[NewsSpell]) -> list[NewsSpell]:
    """End each reported spell where the next one for the same pair starts."""
    out = []
    for spell, nxt in zip(spells, [*spells[1:], None], strict=False):
        if nxt is not None and nxt.start > spell.start:
            spell = replace(spell, end=nxt.start)
        out.append(spell)
    return out
