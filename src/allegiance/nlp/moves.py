"""Alliance moves: which events are moves, and the one code each move gets."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..kb.base import KnowledgeBase
from ..kb.model import MEMBER_STATUSES, covers
from .lexicon import word_set

__all__ = ["MoveCode", "allied", "civil_help", "infer_move", "move_code"]

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
    final_cameo: str = "",
    context: frozenset[str] = frozenset(),
    future: bool = False,
) -> str | None:
    """Moves that come from what was refused or requested rather than from the
    trigger: a request for military help or protection to an organisation or
    ally is invoke_assistance; its refusal by one is refuse_assistance; refusing
    (or failing) to attend an organisation's meeting is skip_summit.

    Help asked of (or refused by) a collective-defence organisation is military
    by nature; from a treaty ally it must be said to be ("troops", "military",
    "security", "protection"...: `context` holds the sentence's lemmas).
    """
    if source is None or target is None:
        return None
    # "Tokayev's request" answered by the CSTO sending troops, "a request for
    # help": a request whose object is help, read from the sentence.
    asked_help = content_plover == "REQUEST" and bool(context & _HELP_WORDS)
    # "called on the CSTO to activate its collective defence mechanism": asking
    # an ally to honour a defence commitment asks for its help.
    invoked = (
        final_cameo.startswith(("02", "10"))
        and bool(
            context & _COMMITMENT_WORDS
            or "treaty" in context
            and context & _HONOUR_WORDS
        )
        and bool(context & _DEFENCE_WORDS)
    )
    requested = (
        effect == "request"
        or final_cameo.startswith(("103", "023"))
        or asked_help
        or invoked
    )
    # "turned down Kyrgyzstan's plea for troops": refused military
    # cooperation that answers a request is refused help.
    # "ignored Yerevan's plea for military help": any rejection of a plea
    # for help refuses the help.
    refused_plea = bool(context & _PLEA_WORDS) and (
        final_cameo.startswith("1212")
        or final_cameo.startswith("12")
        and bool(context & _HELP_WORDS)
    )
    # "said it would not deploy forces to Armenia": an ally's forces it will
    # not send ("has not deployed troops" reports a fact, refuses nothing).
    not_deployed = (
        negated and future and content_plover == "MOBILIZE" and content_cameo == "154"
    )
    refused = (
        not_deployed
        or effect == "refuse"
        or final_cameo.startswith(("122", "1222", "1224"))
        or refused_plea
        # "The CSTO did not come to Armenia's aid": an ally's defence not given.
        or negated
        and content_plover == "AID"
        and ("come" in context and context & _RESCUE or bool(context & _ASKED))
    )
    asker, helper = (source, target) if requested else (target, source)
    # "Armenia will not take part in financing the CSTO": a member refusing
    # its dues is no refusal to defend an ally; only states are defended.
    if (requested or refused) and not kb.is_organisation(asker):
        military = (
            content_cameo.startswith(_MILITARY_AID)
            # "refused to come to Armenia's aid": the idiom of an ally's defence
            or "come" in context
            and bool(context & _RESCUE)
            or final_cameo.startswith(("1032", "1034", "0232", "0234", "1222", "1224"))
            or bool(context & _MILITARY_WORDS)
            or _defence_org(kb, helper)
        )
        aid = (
            content_plover == "AID"
            or final_cameo.startswith(("103", "023", "122"))
            or asked_help
            or refused_plea
            or invoked
            or not_deployed
        )
        if aid and military and allied(kb, asker, helper, day, partners=refused):
            return "invoke_assistance" if requested else "refuse_assistance"
    if (
        final_cameo == "160"
        and kb.is_organisation(target)
        and not kb.is_organisation(source)
        and context & {"denounce", "renounce"}
        and context & _FOUNDING_WORDS
        and allied(kb, source, target, day)
    ):
        # "voted to denounce the agreement establishing the CIS": a member that
        # denounces the organisation's founding treaty leaves it (guide §6).
        return "withdraw"
    if (
        final_cameo == "125"
        and kb.is_organisation(target)
        and not kb.is_organisation(source)
        and bool(context & _SUMMIT_WORDS)
        # "turned down an invitation to join BRICS" refuses membership, not a
        # meeting; an invitation to the summit turned down stays away from it.
        and not (context & {"invitation", "invite"} and context & {"join", "member"})
        and allied(kb, source, target, day)
    ):
        # "snubbed the Arab League summit": a member refusing its
        # organisation's meeting stays away from it.
        return "skip_summit"
    if (
        (effect == "refuse" or negated)
        and content_plover == "CONSULT"
        and kb.is_organisation(target)
    ):
        # "did not attend the CIS summit" is staying away, not a negated meeting.
        return "skip_summit"
    return None


_HELP_WORDS = word_set("help_words")
# The words of an organisation's founding treaty ("the agreement establishing
# the CIS", "the CSTO charter").
_FOUNDING_WORDS = frozenset(
    "establish establishing found founding charter statute constituent".split()
)
_COMMITMENT_WORDS = frozenset(
    {"mechanism", "clause", "obligation", "commitment", "pact", "guarantee"}
)
# "asked Washington to honour the Mutual Defense Treaty": a treaty is a
# commitment when the ally is asked to honour it ("treaty" alone is in the
# name of the Collective Security Treaty Organization).
_HONOUR_WORDS = frozenset({"honour", "honor", "fulfil", "fulfill"})
# "did not come to Armenia's aid" (or "rescue"): the idiom of an ally's defence.
_RESCUE = frozenset({"aid", "rescue"})
_DEFENCE_WORDS = frozenset({"defence", "defense", "collective", "security", "mutual"})
_PLEA_WORDS = word_set("plea_words")
# "stopped short of providing the military assistance Armenia sought": help
# asked for and not given is refused.
_ASKED = _PLEA_WORDS | word_set("asking_verbs")
_SUMMIT_WORDS = word_set("summit_words")
_MILITARY_WORDS = frozenset(
    {
        "troops",
        "troop",
        "military",
        "security",
        "protection",
        "defence",
        "defense",
        "weapons",
        "army",
        "peacekeepers",
        "soldiers",
        "article",
        # `context` holds lemmas: "peacekeepers" reads "peacekeeper".
        "peacekeeper",
        "peacekeeping",
        "soldier",
        # lemmas of the arms an ally is asked for ("Patriot batteries", "warships")
        "weapon",
        "missile",
        "battery",
        "warship",
        "jet",
        # "would not intervene to help Armenia": armed intervention
        "intervene",
        "intervention",
    }
)


_CIVIL_HELP = word_set("civil_help_words")


_BREAKS = frozenset({",", ";", "as", "after", "when", "because", "while", "since"})


def civil_help(lowers: list[str], lemmas: list[str], context: frozenset[str]) -> bool:
    """Whether the help a sentence (its `lowers` and `lemmas`; the lemmas' set
    in `context`) asks for or refuses is civil: the words around the help word
    say what for (the budget, vaccines, wildfires, refugees: "asked the EU for
    help fighting wildfires", "budget support"), and nothing military is said.
    Refugees fleeing in another clause ("for help as refugees fled") make no
    help civil."""
    if context & _MILITARY_WORDS:
        return False
    at = next((i for i, w in enumerate(lemmas) if w in _HELP_WORDS), None)
    if at is None:
        return False
    end = at + 1
    while end < min(len(lowers), at + 8) and lowers[end] not in _BREAKS:
        end += 1
    return any(w in _CIVIL_HELP for w in lemmas[max(0, at - 2) : end])


def _defence_org(kb: KnowledgeBase, code: str) -> bool:
    org = kb.organisations.get(code)
    return org is not None and org.kind == "collective_defence"


def allied(
    kb: KnowledgeBase, a: str, b: str, day: dt.date | None, *, partners: bool = False
) -> bool:
    """Whether a and b are an organisation and its member (or, with `partners`,
    partner), or two members of one collective-defence organisation, or bound
    by a security guarantee that obliges defence."""
    statuses = MEMBER_STATUSES | ({"partner"} if partners else set())
    for org, state in ((a, b), (b, a)):
        if kb.is_organisation(org):
            spell = kb.membership_at(org, state, day) if day else None
            return day is None or (spell is not None and spell.status in statuses)
    if day is None:
        return False
    for org in kb.organisations.values():
        if org.kind != "collective_defence":
            continue
        # Partnership with an alliance binds the alliance, not each member:
        # Germany refusing Kyiv's request for missiles (Ukraine a NATO partner)
        # is no ally's refusal.
        sa, sb = kb.membership_at(org.code, a, day), kb.membership_at(org.code, b, day)
        if sa and sb and sa.status in MEMBER_STATUSES and sb.status in MEMBER_STATUSES:
            return True
    return any(
        d.kind == "security_guarantee"
        and {d.dependent, d.provider} == {a, b}
        and covers(d.start, d.end, day)
        and not _NO_DEFENCE_DUTY.search(d.detail)
        for d in kb.dependencies
    )


# A security agreement the knowledge base records as binding no one to defend
# the other ("agreement on security cooperation ... (not a mutual defence
# guarantee)", the Budapest Memorandum's assurances) makes no allies: only a
# defence treaty does (guide §6, invoke_assistance).
_NO_DEFENCE_DUTY = re.compile(
    r"not a (?:mutual )?defen[cs]e (?:guarantee|treaty)", re.IGNORECASE
)
