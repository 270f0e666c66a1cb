"""A short briefing from the store: alliance moves with evidence, and dyad balances."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..kb.base import KnowledgeBase
from ..kb.model import MEMBER_STATUSES
from ..records import Event
from ..store.base import EventQuery, Store

__all__ = [
    "DyadBalance",
    "Move",
    "Summary",
    "describe_move",
    "render_summary",
    "summarise",
]


@dataclass(frozen=True, slots=True)
class Move:
    """An alliance move seen in the news, first report first, with its evidence.

    `modality` says whether the move happened (asserted) or was announced
    (future) or floated (hypothetical, conditional); `by_organisation` is True
    when the organisation acted on the state (expelled, suspended, refused help).
    `mentions` counts the reports of the same move, up to `last`.
    """

    date: dt.date | None
    actor: str
    organisation: str
    move: str
    cameo: str
    modality: str
    by_organisation: bool
    evidence: str
    article_id: str
    title: str | None
    confidence: float
    reported_by: str | None = None
    mentions: int = 1
    last: dt.date | None = None
    # Whether the state was a member of the organisation that day (None: not
    # looked up). A candidate that freezes its accession talks froze no membership.
    member: bool | None = None


@dataclass(frozen=True, slots=True)
class DyadBalance:
    """Cooperation against conflict between two actors, early and late in the data.

    `early`/`late` are mean Goldstein scores of the first and second half of the
    dyad's events by date: a fall from early to late is a relation turning sour.
    """

    a: str
    b: str
    events: int
    cooperative: int
    conflictual: int
    mean_goldstein: float
    early: float
    late: float

    @property
    def shift(self) -> float:
        """Late minus early mean Goldstein."""
        return self.late - self.early


@dataclass(frozen=True, slots=True)
class Summary:
    """What the store holds and the headline findings of a briefing."""

    articles: int
    events: int
    first: dt.date | None
    last: dt.date | None
    moves: tuple[Move, ...]
    dyads: tuple[DyadBalance, ...]
    doubtful: int
    # Of the doubtful, those held back because their source did not resolve.
    unresolved: int = 0


def summarise(
    store: Store,
    *,
    top: int = 8,
    min_confidence: float = 0.5,
    kb: KnowledgeBase | None = None,
) -> Summary:
    """Summarise the store: alliance moves in date order and the busiest dyads.

    Negated and doubtful events are left out; events below `min_confidence` too.
    With `kb`, each move says whether the state was a member on the day.
    """
    query = EventQuery(include_negated=False, min_confidence=min_confidence)
    events = [
        e for e in store.events(query) if e.source and e.target and e.source != e.target
    ]
    counts = store.counts()
    titles = dict(store.execute("SELECT id, title FROM articles"))
    moves = tuple(_moves(store.events(EventQuery(include_negated=False)), titles, kb))
    dates = [e.date for e in events if e.date]
    doubtful, unresolved = store.execute(
        "SELECT count(*), count(*) FILTER (WHERE source IS NULL)"
        " FROM events WHERE doubtful"
    )[0]
    return Summary(
        articles=counts["articles"],
        events=counts["events"],
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        moves=moves,
        dyads=tuple(_dyads(events)[:top]),
        doubtful=int(doubtful),
        unresolved=int(unresolved),
    )


def _is_member(
    kb: KnowledgeBase | None, org: str, state: str, day: dt.date | None
) -> bool | None:
    if kb is None or day is None:
        return None
    spell = kb.membership_at(org, state, day)
    # A frozen or suspended member is still a member (it froze its membership).
    return spell is not None and spell.status in MEMBER_STATUSES


def _moves(
    events: list[Event],
    titles: dict[str, str | None],
    kb: KnowledgeBase | None = None,
) -> list[Move]:
    firsts: dict[tuple[str, str, str, str], Move] = {}
    for e in sorted(
        events, key=lambda e: (e.date or dt.date.min, e.article_id, e.sent_index)
    ):
        if not e.alliance_move or not e.organisation or e.doubtful:
            continue
        by_org = e.source == e.organisation
        actor = e.target if by_org else e.source
        if not actor or actor == e.organisation:
            continue
        kind = "asserted" if e.modality == "asserted" else "signalled"
        key = (actor, e.organisation, e.alliance_move, kind)
        if key in firsts:
            first = firsts[key]
            firsts[key] = replace(first, mentions=first.mentions + 1, last=e.date)
            continue
        firsts[key] = Move(
            e.date,
            actor,
            e.organisation,
            e.alliance_move,
            e.cameo,
            e.modality,
            by_org,
            e.evidence,
            e.article_id,
            titles.get(e.article_id),
            e.confidence,
            reported_by=e.reported_by
            if e.reported_by not in (actor, e.organisation)
            else None,
            last=e.date,
            member=_is_member(kb, e.organisation, actor, e.date),
        )
    return sorted(firsts.values(), key=lambda m: (m.date or dt.date.min, m.actor))


def _dyads(events: list[Event]) -> list[DyadBalance]:
    by_pair: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        a, b = sorted((e.source or "", e.target or ""))
        by_pair[(a, b)].append(e)
    out = []
    for (a, b), evs in by_pair.items():
        evs.sort(key=lambda e: e.date or dt.date.min)
        half = len(evs) // 2 or 1
        early, late = evs[:half], evs[half:] or evs[:half]
        out.append(
            DyadBalance(
                a,
                b,
                len(evs),
                sum(e.quad_class <= 2 for e in evs),
                sum(e.quad_class >= 3 for e in evs),
                _mean(evs),
                _mean(early),
                _mean(late),
            )
        )
    return sorted(out, key=lambda d: (-d.events, d.a, d.b))


def _mean(events: list[Event]) -> float:
    return sum(e.goldstein for e in events) / len(events) if events else 0.0


def render_summary(
    summary: Summary,
    names: dict[str, str] | None = None,
    *,
    width: int = 100,
    after_moves: Sequence[str] = (),
) -> str:
    """The summary as plain text for a terminal: moves with evidence, then dyads.

    `after_moves` are lines printed between the moves and the dyads (the demo
    puts the alerts and alliance cohesion there).
    """
    import textwrap

    names = names or {}

    def name(code: str) -> str:
        return names.get(code, code)

    span = f"{summary.first} to {summary.last}" if summary.first else "no dated events"
    lines = [
        f"ALLEGIANCE BRIEFING - {summary.articles} articles, {summary.events} events, {span}",
        "",
        "Alliance moves (who joined, froze, left or called for help, and the sentence that says so)",
    ]
    if not summary.moves:
        lines.append("  none found")
    for m in summary.moves:
        when = f"{m.date or 'undated'}"
        if m.mentions > 1:
            when += f" (+{m.mentions - 1} later report{'s' if m.mentions > 2 else ''})"
        who = f", according to {name(m.reported_by)}" if m.reported_by else ""
        lines.append(f"  {when}  {_move_phrase(m, name)}{who}  [CAMEO {m.cameo}]")
        lines.append(
            textwrap.fill(
                f'"{m.evidence}"',
                width=width,
                initial_indent="      ",
                subsequent_indent="      ",
            )
        )
    lines += list(after_moves)
    lines += [
        "",
        "Relations: busiest pairs (mean Goldstein, -10 hostile .. +10 cooperative; first half -> second half)",
    ]
    for d in summary.dyads:
        trend = (
            "turning sour"
            if d.shift <= -1.5
            else "warming"
            if d.shift >= 1.5
            else "steady"
        )
        pair = f"{name(d.a)} - {name(d.b)}"
        lines.append(
            f"  {pair:<34} {d.events:>4} events  {d.cooperative:>3} coop / {d.conflictual:>3} conflict"
            f"   {d.early:+.1f} -> {d.late:+.1f}  {trend}"
        )
    if summary.doubtful:
        why = (
            f" ({summary.unresolved} because who acted is not in the knowledge base)"
            if summary.unresolved
            else ""
        )
        lines += [
            "",
            f"{summary.doubtful} doubtful event(s) held back{why}: "
            "allegiance events --include-doubtful",
        ]
    return "\n".join(lines)


# What a move reads as: (done, announced, floated), with {a} the state, {o} the org.
_MOVE_WORDS = {
    "join": ("{a} joined {o}", "{a} says it will join {o}", "{a} may join {o}"),
    "apply": (
        "{a} applied to join {o}",
        "{a} plans to apply to {o}",
        "{a} may apply to {o}",
    ),
    "freeze": (
        "{a} froze its participation in {o}",
        "{a} says it will freeze its participation in {o}",
        "{a} may freeze its participation in {o}",
    ),
    "suspend": (
        "{a} suspended its participation in {o}",
        "{a} says it will suspend its participation in {o}",
        "{a} may suspend its participation in {o}",
    ),
    "withdraw": ("{a} left {o}", "{a} says it will leave {o}", "{a} could leave {o}"),
    "invoke_assistance": (
        "{a} asked {o} for help",
        "{a} will ask {o} for help",
        "{a} may ask {o} for help",
    ),
    "refuse_assistance": (
        "{a} was refused help by {o}",
        "{a} will not get help from {o}",
        "{a} may be refused help by {o}",
    ),
    "refuse_declaration": (
        "{a} refused to sign a declaration of {o}",
        "{a} will not sign a declaration of {o}",
        "{a} may not sign a declaration of {o}",
    ),
    "skip_summit": (
        "{a} stayed away from a meeting of {o}",
        "{a} will stay away from a meeting of {o}",
        "{a} may stay away from a meeting of {o}",
    ),
}
# A state that is not a member freezes or suspends its accession, not membership.
_ACCESSION_WORDS = {
    "freeze": (
        "{a} froze its accession talks with {o}",
        "{a} says it will freeze its accession talks with {o}",
        "{a} may freeze its accession talks with {o}",
    ),
    "suspend": (
        "{a} suspended its accession talks with {o}",
        "{a} says it will suspend its accession talks with {o}",
        "{a} may suspend its accession talks with {o}",
    ),
}
_BY_ORG = {
    "expel": "{o} expelled {a}",
    "suspend": "{o} suspended {a}",
    "refuse_assistance": "{o} refused help to {a}",
}


def describe_move(move: Move, names: Mapping[str, str] | None = None) -> str:
    """A move in words, e.g. "Armenia froze its participation in CSTO"."""
    known = names or {}
    return _move_phrase(move, lambda code: known.get(code, code))


def _move_phrase(m: Move, name: object) -> str:
    a, o = name(m.actor), name(m.organisation)  # type: ignore[operator]
    if m.by_organisation and m.move in _BY_ORG:
        text = _BY_ORG[m.move].format(a=a, o=o)
        return text if m.modality == "asserted" else f"{text} ({m.modality})"
    words = _MOVE_WORDS.get(m.move, ("{a} -> {o}: " + m.move,) * 3)
    if m.member is False and m.move in _ACCESSION_WORDS:
        words = _ACCESSION_WORDS[m.move]
    index = 0 if m.modality == "asserted" else 1 if m.modality == "future" else 2
    text = words[index].format(a=a, o=o)
    return text + (
        " (if conditions are not met)" if m.modality == "conditional" else ""
    )
