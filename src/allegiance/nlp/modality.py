"""PLOVER's single-category rule: recode future, hypothetical, refused and requested acts."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["Conversion", "convert", "effect_for"]

# Acts PLOVER turns into AGREE (or CONCEDE) when promised, planned or offered.
_COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
)
# Acts PLOVER turns into THREATEN when hypothetical or conditional.
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Acts whose negated future is a refusal (guide §7.3: "will not send troops",
# "will not implement the migration pact"); "will not attack" is no refusal.
_REFUSABLE = _COOPERATIVE | {"SANCTION"}


@dataclass(frozen=True, slots=True)
class Conversion:
    """How an event's codes change under an effect (None: keep the original)."""

    cameo: str | None
    plover: str | None
    mode: str | None
    why: str


@cache
def _table() -> tuple[tuple[str, str, str, Conversion], ...]:
    path = files("allegiance") / "data" / "lexicon" / "conversions.csv"
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return tuple(
        (
            r["effect"],
            r["content_plover"],
            r["content_cameo"],
            Conversion(
                r["cameo"] or None, r["plover"] or None, r["mode"] or None, r["why"]
            ),
        )
        for r in rows
    )


def effect_for(
    plover: str | None, modality: str, control: str | None, negated: bool
) -> str | None:
    """Which conversion applies to an event of type `plover` (docs/annotation-guide.md §7.4).

    Control words decide first ("refused to" -> refuse, "urged X to" -> request,
    "threatened to" -> threat). Otherwise: promised, planned or conditional
    cooperation is an intent (future -> AGREE, or CONCEDE for a retreat), a
    negated future cooperation a refusal ("will not send troops"), hypothetical or
    conditional force, coercion or sanction a threat. Hypothetical cooperation and
    scheduled conflict keep their type.
    """
    if control in {"refuse", "request", "threat"}:
        return control
    if control == "decide" and negated:
        return "refuse"  # "decided not to send peacekeepers"
    if plover is None or modality == "asserted":
        return None
    if negated and modality == "future" and plover in _REFUSABLE:
        return "refuse"  # "will not send troops", "will not impose sanctions"
    if plover in _COOPERATIVE:
        return "future" if modality in {"future", "conditional"} else None
    if plover in _FORCEFUL and modality in {"hypothetical", "conditional"}:
        return "threat"
    return None


def convert(effect: str, plover: str | None, cameo: str) -> Conversion | None:
    """The conversion of an event (`plover`, `cameo`) under `effect`, or None.

    The most specific row wins: one matching the content's CAMEO code prefix,
    then one for its PLOVER type, then the effect's catch-all row.
    """
    best: tuple[int, Conversion] | None = None
    for eff, content, prefix, conv in _table():
        if eff != effect:
            continue
        if content and content != plover:
            continue
        if prefix and not cameo.startswith(prefix):
            continue
        score = 2 * bool(prefix) + bool(content)
        if best is None or score > best[0]:
            best = (score, conv)
    return best[1] if best else None
