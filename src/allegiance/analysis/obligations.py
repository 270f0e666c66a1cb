"""Unmet alliance obligations: a member asks its allies for help and none comes.

After Leeds (2003), an alliance commitment is not fulfilled when the casus
foederis arises and the allies do not act. Here the casus is a reported request
for military assistance, and fulfilment is material military support to the
requester, reported within a window (60 days by default). A promise is not
fulfilment; it is listed among the responses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import pandas as pd

from ..kb.base import KnowledgeBase
from ..kb.model import covers
from .frames import EventFilter, EventRef, EventSource, event_frame, state_acts

__all__ = [
    "DEFENCE_KINDS",
    "REQUEST_CAMEO",
    "SUPPORT_CAMEO",
    "MetObligation",
    "ObligationOptions",
    "ObligationReport",
    "Response",
    "UnmetObligation",
    "assess_obligations",
]

# CAMEO 1032/1034 demand military aid / protection or peacekeeping; 0232/0234 are
# the same as appeals (CAMEO 02, which PLOVER drops, so they carry no PLOVER type).
REQUEST_CAMEO: tuple[str, ...] = ("1032", "1034", "0232", "0234")
# Material military support: 072 provide military aid, 062 cooperate militarily.
# 074 (military protection or peacekeeping) is left out by default: the coder
# also gives it to civilian monitoring and assessment missions ("the CSTO will
# send a mission to assess the situation, rather than the military assistance
# Armenia requested"), which answer a request without fulfilling it; such events
# show as "mission" responses. Add "074" when the coder keeps them apart.
# 0332/0334 (intent to give military aid or protection) are promises (AGREE).
SUPPORT_CAMEO: tuple[str, ...] = ("072", "062")
DEFENCE_KINDS: tuple[str, ...] = ("collective_defence",)
_RESPONSE_KINDS = {
    "REJECT": "refusal",
    "AGREE": "promise",
    "CONSULT": "consultation",
    "SUPPORT": "verbal support",
    "AID": "other aid",
    "COOPERATE": "other cooperation",
}


@dataclass(frozen=True, slots=True)
class ObligationOptions:
    """What counts as a request and as fulfilment, and how long allies have.

    `infer_addressee`: a request for military aid with no resolved addressee
    ("asked its allies for military help") is taken as addressed to every
    collective-defence organisation the requester belongs to that day (the
    result says it was inferred), provided the casus foederis shows: the
    requester was the target of material conflict (quad class 4) in the
    `casus_days` up to the request. "Russia demanded security guarantees from
    the West" is not an appeal to its allies. `as_of` is the end of the data (default: the
    last event's date): a window still running then is pending, not unmet.
    `filters.sectors` says who acts for a state (default `STATE_SECTORS`) in
    requests, support and responses: protesters demanding Russian protection
    are not Armenia invoking the alliance. The casus foederis reads every
    sector: an attack on a state's civilians, or by rebels, is an attack on it.
    """

    window_days: int = 60
    request_cameo: tuple[str, ...] = REQUEST_CAMEO
    support_cameo: tuple[str, ...] = SUPPORT_CAMEO
    defence_kinds: tuple[str, ...] = DEFENCE_KINDS
    statuses: tuple[str, ...] = ("member", "founding_member")
    infer_addressee: bool = True
    casus_days: int = 14
    as_of: dt.date | None = None
    filters: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class Response:
    """An ally's reaction within the window that is not material support.

    `kind`: refusal, promise, consultation, verbal support, mission (CAMEO 074:
    protection, peacekeeping or monitoring), other aid, other cooperation, or
    other (criticism, threats...); `modality` whether it was
    done (asserted) or announced (future, hypothetical, conditional).
    """

    kind: str
    modality: str
    event: EventRef

    def to_dict(self) -> dict[str, Any]:
        """The response as a plain dict."""
        return {"kind": self.kind, "modality": self.modality, **self.event.to_dict()}


@dataclass(frozen=True, slots=True)
class UnmetObligation:
    """A request for military help that no obliged ally answered with material support.

    `addressee` is the organisation or state asked; `allies` the states obliged
    to help (fellow members, or the guarantor state), none of which helped.
    `organisation` is the collective-defence organisation behind the duty
    (None for a bilateral guarantee alone); `bilateral` is True when the
    knowledge base records a security guarantee from the addressee state.
    `inferred` is True when the addressee was inferred (see ObligationOptions).
    `pending` is True when the window had not closed by the end of the data.
    """

    date: dt.date
    deadline: dt.date
    requester: str
    addressee: str
    organisation: str | None
    allies: tuple[str, ...]
    bilateral: bool
    inferred: bool
    requests: tuple[EventRef, ...]
    responses: tuple[Response, ...]
    pending: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict (dates as ISO strings)."""
        out = asdict(self)
        out.update(
            date=self.date.isoformat(),
            deadline=self.deadline.isoformat(),
            allies=list(self.allies),
            requests=[e.to_dict() for e in self.requests],
            responses=[r.to_dict() for r in self.responses],
        )
        return out


@dataclass(frozen=True, slots=True)
class MetObligation:
    """A request for military help that an ally answered within the window.

    `helpers` gave material support (`support` holds the events); `days` is the
    time from the first request to the first support.
    """

    date: dt.date
    requester: str
    addressee: str
    organisation: str | None
    helpers: tuple[str, ...]
    days: int
    requests: tuple[EventRef, ...]
    support: tuple[EventRef, ...]

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict (dates as ISO strings)."""
        out = asdict(self)
        out.update(
            date=self.date.isoformat(),
            helpers=list(self.helpers),
            requests=[e.to_dict() for e in self.requests],
            support=[e.to_dict() for e in self.support],
        )
        return out


@dataclass(frozen=True, slots=True)
class ObligationReport:
    """Every request for alliance assistance found, by outcome.

    `left_out` counts the requests that would have opened or joined an
    episode but were not counted because a side was not the state
    (protesters, opposition, rebels, companies, media: `EventFilter.sectors`).
    """

    unmet: tuple[UnmetObligation, ...]
    met: tuple[MetObligation, ...]
    pending: tuple[UnmetObligation, ...]
    as_of: dt.date | None
    left_out: int = 0

    def to_frame(self) -> pd.DataFrame:
        """One row per request episode: status, date, requester, addressee,
        organisation, allies (unmet/pending) or helpers (met), requests,
        responses."""
        rows: list[dict[str, Any]] = []
        for status, items in (("unmet", self.unmet), ("pending", self.pending)):
            rows += [
                {
                    "status": status,
                    "date": u.date,
                    "requester": u.requester,
                    "addressee": u.addressee,
                    "organisation": u.organisation,
                    "states": ",".join(u.allies),
                    "requests": len(u.requests),
                    "responses": len(u.responses),
                }
                for u in items
            ]
        rows += [
            {
                "status": "met",
                "date": m.date,
                "requester": m.requester,
                "addressee": m.addressee,
                "organisation": m.organisation,
                "states": ",".join(m.helpers),
                "requests": len(m.requests),
                "responses": len(m.support),
            }
            for m in self.met
        ]
        columns = [
            "status",
            "date",
            "requester",
            "addressee",
            "organisation",
            "states",
            "requests",
            "responses",
        ]
        frame = pd.DataFrame(rows, columns=columns)
        return frame.sort_values(["date", "requester"], kind="stable").reset_index(
            drop=True
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as a plain dict."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "unmet": [u.to_dict() for u in self.unmet],
            "met": [m.to_dict() for m in self.met],
            "pending": [u.to_dict() for u in self.pending],
            "left_out": self.left_out,
        }


@dataclass(slots=True)
class _Episode:
    """Requests by one state to one addressee within one window (built up in a loop)."""

    requester: str
    addressee: str
    organisation: str | None
    allies: tuple[str, ...]
    bilateral: bool
    inferred: bool
    start: dt.date
    requests: list[EventRef]


def assess_obligations(
    events: EventSource,
    kb: KnowledgeBase,
    *,
    options: ObligationOptions | None = None,
) -> ObligationReport:
    """Find requests for alliance assistance and whether an ally delivered.

    A request is an event with `alliance_move == "invoke_assistance"`, a CAMEO
    code in `options.request_cameo`, or a PLOVER REQUEST in mode assist
    addressed to a collective-defence organisation. Requests by the same state
    to the same addressee within one window form one episode.

    Args:
        events: the events (a store, Arrow table, DataFrame or Event list).
        kb: the knowledge base (memberships, organisations, dependencies).
        options: request and support codes, window, statuses, filters.

    Returns:
        Unmet, met and pending episodes in date order.
    """
    options = options or ObligationOptions()
    # Responses include promises and warnings (future, conditional modality), so
    # read every modality and keep requests to what the filters ask for. Read
    # every sector too: attacks by or on anyone make the casus foederis, while
    # requests, support and responses are what states do as states.
    everything = event_frame(
        events,
        filters=replace(options.filters, include_unasserted=True, sectors=None),
    )
    frame = everything[state_acts(everything, options.filters.sectors)]
    asserted = everything["modality"] == "asserted"
    seen = everything if options.filters.include_unasserted else everything[asserted]
    by_state = state_acts(seen, options.filters.sectors)
    as_of = options.as_of or (
        everything["date"].max().date() if len(everything) else None
    )
    episodes = _episodes(seen[by_state], seen, kb, options)
    ignored = _episodes(seen[~by_state], seen, kb, options)
    unmet: list[UnmetObligation] = []
    met: list[MetObligation] = []
    pending: list[UnmetObligation] = []
    for episode in episodes:
        deadline = episode.start + dt.timedelta(days=options.window_days)
        window = frame[
            (frame["date"] >= pd.Timestamp(episode.start))
            & (frame["date"] <= pd.Timestamp(deadline))
        ]
        helpers = set(episode.allies) | (
            {episode.organisation} if episode.organisation else set()
        )
        support = _support(window, episode.requester, helpers, options)
        if len(support):
            refs = tuple(EventRef.from_row(r) for r in support.itertuples(index=False))
            met.append(
                MetObligation(
                    episode.start,
                    episode.requester,
                    episode.addressee,
                    episode.organisation,
                    tuple(sorted({str(s) for s in support["source"]})),
                    (refs[0].date - episode.start).days,
                    tuple(episode.requests),
                    refs,
                )
            )
            continue
        record = UnmetObligation(
            episode.start,
            deadline,
            episode.requester,
            episode.addressee,
            episode.organisation,
            episode.allies,
            episode.bilateral,
            episode.inferred,
            tuple(episode.requests),
            _responses(window, episode, helpers),
            pending=as_of is not None and deadline > as_of,
        )
        (pending if record.pending else unmet).append(record)
    left_out = sum(len(e.requests) for e in ignored)
    return ObligationReport(tuple(unmet), tuple(met), tuple(pending), as_of, left_out)


def _is_request(row: Any, kb: KnowledgeBase, options: ObligationOptions) -> bool:
    if row.alliance_move == "invoke_assistance" or row.cameo in options.request_cameo:
        return True
    return bool(
        row.plover == "REQUEST"
        and row.plover_mode == "assist"
        and isinstance(row.target, str)
        and row.target in kb.organisations
        and kb.organisations[row.target].kind in options.defence_kinds
    )


def _episodes(
    frame: pd.DataFrame,
    attacks: pd.DataFrame,
    kb: KnowledgeBase,
    options: ObligationOptions,
) -> list[_Episode]:
    """The request episodes among `frame`'s events; `attacks` holds the events
    that may show the casus foederis (every sector)."""
    open_: dict[tuple[str, str], _Episode] = {}
    done: list[_Episode] = []
    window = dt.timedelta(days=options.window_days)
    casus = dt.timedelta(days=options.casus_days)
    # Material conflict against a state by someone else (an unresolved attacker
    # counts: "49 Armenian soldiers were killed" names no one).
    hostile = (attacks["quad_class"] == 4) & (attacks["source"] != attacks["target"])
    hits = attacks.loc[hostile, ["target", "date"]].dropna()
    for row in frame.itertuples(index=False):
        if not isinstance(row.source, str) or row.source not in kb.states:
            continue
        if row.target == row.source or not _is_request(row, kb, options):
            continue
        day = row.date.date()
        attacked = bool(
            (
                (hits["target"] == row.source)
                & (hits["date"] >= pd.Timestamp(day - casus))
                & (hits["date"] <= pd.Timestamp(day))
            ).any()
        )
        for addressee, org, allies, bilateral, inferred in _addressees(
            row, day, kb, options, attacked
        ):
            key = (row.source, addressee)
            episode = open_.get(key)
            if episode is not None and day > episode.start + window:
                done.append(open_.pop(key))
                episode = None
            if episode is None:
                episode = open_[key] = _Episode(
                    row.source, addressee, org, allies, bilateral, inferred, day, []
                )
            episode.requests.append(EventRef.from_row(row))
    done += open_.values()
    return sorted(done, key=lambda e: (e.start, e.requester, e.addressee))


def _addressees(
    row: Any,
    day: dt.date,
    kb: KnowledgeBase,
    options: ObligationOptions,
    attacked: bool,
) -> list[tuple[str, str | None, tuple[str, ...], bool, bool]]:
    """(addressee, organisation, obliged allies, bilateral, inferred) per duty."""
    requester = row.source
    org = row.organisation if isinstance(row.organisation, str) else None
    target = row.target if isinstance(row.target, str) else None
    if row.alliance_move != "invoke_assistance":
        org = None  # only an explicit invocation names the duty's organisation
    if org is None and target in kb.organisations:
        if kb.organisations[target].kind not in options.defence_kinds:
            return []  # asking the UN or the EU for help is not an alliance matter
        org = target
    if org is not None:
        allies = _fellows(kb, org, requester, day, options.statuses)
        return [(org, org, allies, False, False)] if allies else []
    if target in kb.states:
        shared = [
            o
            for o in _defence_orgs(kb, requester, day, options)
            if target in kb.members_at(o, day, options.statuses)
        ]
        bilateral = any(
            d.dependent == requester
            and d.provider == target
            and d.kind == "security_guarantee"
            and covers(d.start, d.end, day)
            for d in kb.dependencies
        )
        if not shared and not bilateral:
            return []  # asking a state that owes no help is not an alliance matter
        return [(target, shared[0] if shared else None, (target,), bilateral, False)]
    if target is None and options.infer_addressee and attacked:
        return [
            (o, o, allies, False, True)
            for o in _defence_orgs(kb, requester, day, options)
            if (allies := _fellows(kb, o, requester, day, options.statuses))
        ]
    return []


def _defence_orgs(
    kb: KnowledgeBase, state: str, day: dt.date, options: ObligationOptions
) -> list[str]:
    return sorted(
        code
        for code, org in kb.organisations.items()
        if org.kind in options.defence_kinds
        and (spell := kb.membership_at(code, state, day)) is not None
        and spell.status in options.statuses
    )


def _fellows(
    kb: KnowledgeBase,
    org: str,
    requester: str,
    day: dt.date,
    statuses: Sequence[str],
) -> tuple[str, ...]:
    members = kb.members_at(org, day, statuses)
    if requester not in members:
        return ()  # not a member that day: no one owes it help
    return tuple(m for m in members if m != requester)


def _support(
    window: pd.DataFrame,
    requester: str,
    helpers: set[str],
    options: ObligationOptions,
) -> pd.DataFrame:
    codes = tuple(options.support_cameo)
    return window[
        window["source"].isin(helpers)
        & (window["target"] == requester)
        & window["cameo"].str.startswith(codes)
        # Fulfilment must be a deed, whatever the analysis filters let through.
        & (window["modality"] == "asserted")
        & ~window["negated"].astype(bool)
    ]


def _responses(
    window: pd.DataFrame, episode: _Episode, helpers: set[str]
) -> tuple[Response, ...]:
    requester = episode.requester
    involving = (window["source"] == requester) | (window["target"] == requester)
    articles = set(window.loc[involving, "article_id"]) | {
        r.article_id for r in episode.requests
    }
    # An untargeted act by an ally counts when reported beside the requester's
    # story ("the alliance declined to send troops").
    seen = window[
        window["source"].isin(helpers)
        & (
            (window["target"] == requester)
            | (window["target"].isna() & window["article_id"].isin(articles))
        )
    ]
    out = []
    for row in seen.itertuples(index=False):
        kind = _RESPONSE_KINDS.get(str(row.plover), "other")
        if str(row.cameo).startswith("074"):
            kind = "mission"
        if row.alliance_move == "refuse_assistance":
            kind = "refusal"
        out.append(Response(kind, str(row.modality), EventRef.from_row(row)))
    return tuple(out)
