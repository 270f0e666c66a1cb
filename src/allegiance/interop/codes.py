"""Country codes of public datasets (ISO alpha-2, COW) mapped to our state codes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib.resources import files

from ..errors import KnowledgeBaseError
from ..kb.base import KnowledgeBase, load_kb

__all__ = ["StateCodes", "make_state_codes"]


@dataclass(frozen=True, slots=True)
class StateCodes:
    """Lookups from a dataset's country codes to our state codes.

    Built from the knowledge base's `states.csv` (ISO alpha-2 and COW codes) and
    `data/interop/un_states.csv`, which codes the states that no longer exist
    (Czechoslovakia, East Germany, South Yemen, Zanzibar) and the predecessors
    whose seat a state of ours continues (West Germany, North Yemen, Yugoslavia).
    """

    by_iso2: dict[str, str]
    by_cow: dict[int, str]
    by_gw: dict[int, str]
    by_un_name: dict[str, str]
    known: frozenset[str]

    def cow_of(self, state: str) -> int | None:
        """The COW number of one of our states (the knowledge base's first), or None."""
        found = [cow for cow, code in self.by_cow.items() if code == state]
        return found[0] if found else None

    def check(self, code: str) -> str:
        """Return `code` upper-cased if it names a state we can match.

        Raises:
            KnowledgeBaseError: no state has this code; the message says what to pass.
        """
        upper = code.strip().upper()
        if upper not in self.known:
            raise KnowledgeBaseError(
                f"{code!r} is not a state code of the knowledge base; pass an ISO "
                "3166 alpha-3 code such as ARM, RUS or USA (`allegiance kb show "
                "ARM` lists a state)."
            )
        return upper


def _historical_rows() -> list[dict[str, str]]:
    text = files("allegiance").joinpath("data/interop/un_states.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def make_state_codes(kb: KnowledgeBase | None = None) -> StateCodes:
    """The code lookups for a knowledge base (default: the bundled one).

    Args:
        kb: The knowledge base whose states codes map to; None loads the package's.

    Returns:
        The lookups; a historical row never overrides a state of the knowledge base.
    """
    kb = kb or load_kb()
    by_iso2 = {s.iso2: s.code for s in kb.states.values() if s.iso2}
    by_cow = {s.cow_code: s.code for s in kb.states.values() if s.cow_code}
    by_gw = {s.gw_code: s.code for s in kb.states.values() if s.gw_code}
    by_un_name = {s.name: s.code for s in kb.states.values()}
    for row in _historical_rows():
        state = row["state"]
        if row["un_code"]:
            by_iso2.setdefault(row["un_code"], state)
        if row["cow_code"]:
            by_cow.setdefault(int(row["cow_code"]), state)
        by_un_name.setdefault(row["un_country"], state)
    known = (
        frozenset(kb.states) | frozenset(by_cow.values()) | frozenset(by_iso2.values())
    )
    return StateCodes(by_iso2, by_cow, by_gw, by_un_name, known)
