"""A briefing's alignment over time: event profiles, UN votes, ATOP portfolios."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from ..analysis.alignment import event_profiles, similarity
from ..analysis.series import FREQS
from ..interop.alliances import portfolio_similarity
from ..interop.unvotes import vote_agreement
from ..kb.base import KnowledgeBase
from ..store.base import Store
from .records import AlignmentPoint

__all__ = ["alignment_points"]

# Goldstein profiles run from -10 to +10: the widest difference S allows is 20.
_GOLDSTEIN_SPAN = 20.0
# A state's entry with itself in a Goldstein profile: the most cooperative
# relation, as alliance portfolios count a state's tie with itself as 3 of 3.
_SELF_GOLDSTEIN = 10.0


def alignment_points(
    store: Store,
    kb: KnowledgeBase,
    units: pd.DataFrame,
    actor: str,
    partners: Sequence[str],
    start: dt.date,
    end: dt.date,
    freq: str,
    *,
    min_states: int = 3,
    lookback_years: int = 10,
) -> tuple[AlignmentPoint, ...]:
    """How alike `actor`'s and each partner's positions were, period by period.

    Event profiles give S and kappa per period (see `_event_alignment`); UN
    vote agreement and ATOP portfolio S come yearly when the store holds them,
    from `lookback_years` before the span (a baseline) to its end.

    Args:
        store: the store (UN votes and alliance tables are read if filled).
        kb: the knowledge base (states; COW numbers for portfolios).
        units: event units of the span (`event_units`).
        actor: the state the briefing is about (an organisation gets none).
        partners: the partners to compare it with (states only are used).
        start: first day of the span.
        end: last day of the span.
        freq: period of the event-based points.
        min_states: the least states an event profile runs over.
        lookback_years: years before the span for UN votes and portfolios.

    Returns:
        The points, event-based first.
    """
    if actor not in kb.states:
        return ()
    states = [p for p in partners if p in kb.states]
    points = _event_alignment(units, kb, actor, states, freq, min_states)
    years = range(start.year - lookback_years, end.year + 1)
    if store.execute("SELECT count(*) FROM un_votes")[0][0]:
        for partner in states:
            points += [
                AlignmentPoint(
                    "un_votes",
                    partner,
                    str(p.year),
                    dt.date(p.year, 1, 1),
                    p.agreement,
                    None if np.isnan(p.kappa) else p.kappa,
                    p.n,
                )
                for p in vote_agreement(store, actor, partner, kb=kb)
                if p.year in years
            ]
    atop = store.execute(
        "SELECT DISTINCT year FROM alliance_obligations WHERE dataset = 'atop' "
        "AND year BETWEEN ? AND ? ORDER BY year",
        [years.start, years.stop - 1],
    )
    has_states = store.execute("SELECT count(*) FROM state_system")[0][0]
    for (year,) in atop if has_states else []:
        for partner in states:
            if kb.states[partner].cow_code is None or kb.states[actor].cow_code is None:
                continue
            sim = portfolio_similarity(store, actor, partner, int(year), kb=kb)
            points.append(
                AlignmentPoint(
                    "atop",
                    partner,
                    str(year),
                    dt.date(int(year), 1, 1),
                    sim.s,
                    None if np.isnan(sim.kappa) else sim.kappa,
                    sim.n,
                )
            )
    return tuple(points)


def _event_alignment(
    units: pd.DataFrame,
    kb: KnowledgeBase,
    actor: str,
    partners: Sequence[str],
    freq: str,
    min_states: int,
) -> list[AlignmentPoint]:
    """S and kappa of Goldstein profiles per period, over the states either met."""
    known = units[units["source"].isin(kb.states) & units["target"].isin(kb.states)]
    known = known[known["source"] != known["target"]]
    periods = known["date"].dt.to_period(FREQS[freq])
    out = []
    for period, rows in known.groupby(periods, sort=True):
        for partner in partners:
            pair = rows[
                rows["source"].isin([actor, partner])
                | rows["target"].isin([actor, partner])
            ]
            sides = set(pair["source"]) | set(pair["target"])
            if actor not in sides or partner not in sides:
                continue
            states = sorted(sides | {actor, partner})
            if len(states) < min_states:
                continue
            table = pa.Table.from_pandas(
                pair[["source", "target", "goldstein"]], preserve_index=False
            )
            profiles = event_profiles(
                table, [actor, partner], states, self_value=_SELF_GOLDSTEIN
            )
            sim = similarity(profiles[0], profiles[1], d_max=_GOLDSTEIN_SPAN)
            out.append(
                AlignmentPoint(
                    "events",
                    partner,
                    str(period),
                    period.start_time.date(),
                    sim.s,
                    None if np.isnan(sim.kappa) else sim.kappa,
                    len(states),
                )
            )
    return out
