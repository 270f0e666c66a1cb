"""Within-article coreference: pronouns and definite descriptions to named actors."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..kb.base import KnowledgeBase
from ..kb.resolve import Resolver
from ..records import Actor
from .spans import ActorSpan, ensure_extensions

__all__ = ["Coreference"]

# Organisation kinds that "the alliance" / "the bloc" can refer to.
_ALLIANCE_KINDS = frozenset(
    {"collective_defence", "economic_union", "political_union", "security_partnership"}
)
# How many sentences back an antecedent may be: news repeats names often, and a
# pronoun further away than this is more likely to be a mistake than a reference.
_WINDOW = 3


class Coreference:
    """Resolve anaphors by salience: the subject of the same or a recent sentence.

    A candidate is "subject-like" when it does not follow a preposition; among
    compatible candidates the nearest subject-like one wins, then the nearest.
    Reads and updates `doc._.actor_spans`.
    """

    def __init__(self, nlp: Language, name: str, kb: KnowledgeBase) -> None:
        ensure_extensions()
        self.name = name
        self.kb = kb
        self.resolver = Resolver(kb)

    def __call__(self, doc: Doc) -> Doc:
        """Fill in the actor of every anaphor in `doc._.actor_spans` it can."""
        spans: list[ActorSpan] = doc._.actor_spans or []
        for i, span in enumerate(spans):
            if span.need is None or span.actor is not None or _expletive(doc, span):
                continue
            self._resolve(doc, spans, i, span)
        return doc

    def _resolve(
        self, doc: Doc, spans: list[ActorSpan], i: int, span: ActorSpan
    ) -> None:
        need = span.need or ""
        if need.startswith("title:"):
            _, office, sector = need.split(":")
            j = self._antecedent(
                spans, i, lambda a: a.kind == "state" and a.person_id is None
            )
            if j is not None:
                polity = spans[j].actor.code  # type: ignore[union-attr]
                res = self.resolver.office(polity, office, sector, doc._.date)
                span.actor, span.reason, span.coref_from = res.actor, res.reason, j
            return
        if need.startswith("sector:"):
            sector = need.split(":")[1]
            j = self._antecedent(spans, i, _is_state)
            if j is not None and _is_definite(doc, span):
                polity = spans[j].actor.code  # type: ignore[union-attr]
                span.actor, span.coref_from = (
                    self.resolver.polity_actor(polity, sector),
                    j,
                )
            return
        test = {
            "person": _is_person,
            "polity": _is_polity,
            "state": _is_state,
            "organisation": _is_org,
            "alliance": lambda a: self._is_alliance(a),
            "plural": _is_polity,
        }.get(need)
        if test is None:
            return
        j = self._antecedent(spans, i, test)
        if j is not None:
            antecedent = spans[j].actor
            if (
                need in {"polity", "plural"}
                and antecedent is not None
                and antecedent.person_id
            ):
                antecedent = self.resolver.polity_actor(
                    antecedent.code, antecedent.sector
                )
            span.actor, span.coref_from = antecedent, j

    def _is_alliance(self, actor: Actor) -> bool:
        org = self.kb.organisations.get(actor.code)
        return (
            org is not None and actor.person_id is None and org.kind in _ALLIANCE_KINDS
        )

    @staticmethod
    def _antecedent(spans: list[ActorSpan], i: int, test: object) -> int | None:
        me = spans[i]
        best: int | None = None
        for j in range(i - 1, -1, -1):
            cand = spans[j]
            if me.sent - cand.sent > _WINDOW:
                break
            if cand.actor is None or cand.is_location or not test(cand.actor):  # type: ignore[operator]
                continue
            if cand.sent == me.sent:
                # Same sentence: the subject (first subject-like mention) wins.
                first = _sentence_subject(spans, j, test)
                return first if first is not None else j
            if best is None:
                best = _sentence_subject(spans, j, test)
                if best is None:
                    best = j
                return best
        return best


def _sentence_subject(spans: list[ActorSpan], j: int, test: object) -> int | None:
    sent = spans[j].sent
    k = j
    while k - 1 >= 0 and spans[k - 1].sent == sent:
        k -= 1
    for m in range(k, j + 1):
        cand = spans[m]
        if (
            cand.actor is not None
            and not cand.is_location
            and cand.prep is None
            and test(cand.actor)
        ):  # type: ignore[operator]
            return m
    return None


# "it seems", "it is clear that", "it all": "it" that stands for no actor.
_EXPLETIVE_NEXT = frozenset(
    {
        "is",
        "was",
        "'s",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "all",
        "remains",
        "remained",
        "must",
        "takes",
        "took",
        "looks",
        "looked",
        "became",
        "becomes",
        "makes",
        "made",
        "would",
        "might",
        "may",
        "can",
        "could",
    }
)


def _expletive(doc: Doc, span: ActorSpan) -> bool:
    if doc[span.start].lower_ != "it" or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in _EXPLETIVE_NEXT


def _is_person(actor: Actor) -> bool:
    return actor.person_id is not None


def _is_polity(actor: Actor) -> bool:
    return actor.kind in {"state", "organisation", "person"}


def _is_state(actor: Actor) -> bool:
    return actor.kind in {"state", "person"} and actor.person_id is None


def _is_org(actor: Actor) -> bool:
    return actor.kind == "organisation" and actor.person_id is None


def _is_definite(doc: Doc, span: ActorSpan) -> bool:
    """ "the government" refers back; a bare "government" or "troops" may not."""
    return span.start > 0 and doc[span.start - 1].lower_ == "the"
