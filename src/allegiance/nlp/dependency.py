"""The parse tier: argument assignment from a dependency parse, when one is present.

Used only when the pipeline was built on a spaCy model with a parser
(`Settings.parser_model`, e.g. "en_core_web_sm"); otherwise the rule tier in
`arguments.py` does the work. The dependency reading covers what word order
gets wrong: subjects far from their verb, objects after long modifiers,
passives without "by" next to the verb. Whatever it cannot read falls back to
the rule tier.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import Args, Occurrence, Situation, coordinated
from .spans import ActorSpan

__all__ = ["find_arguments_parsed", "has_parse"]

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "iobj"})


def has_parse(doc: Doc) -> bool:
    """Whether the doc carries a dependency parse."""
    return doc.has_annotation("DEP")


def _span_of(token: Token, actors: list[ActorSpan]) -> ActorSpan | None:
    """The actor mention that contains `token` or whose phrase `token` heads
    ("the Armenian government" headed by "government")."""
    for a in actors:
        if a.start <= token.i < a.end:
            return a
    for child in token.subtree:
        for a in actors:
            if a.start <= child.i < a.end:
                return a
    return None


def _head_verb(token: Token) -> Token:
    """The verb governing a trigger that is itself a noun or an xcomp."""
    head = token
    while (
        head.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "prep"}
        and head.head is not head
    ):
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            break
    return head


def find_arguments_parsed(doc: Doc, occ: Occurrence, at: Situation) -> Args | None:
    """Sources and targets of an occurrence read off the parse, or None when the
    parse names neither (the caller then uses the rule tier)."""
    trig = occ.trigger
    token = doc[occ.start]
    actors = at.actors
    sources: list[ActorSpan] = []
    targets: list[ActorSpan] = []
    verb = token if token.pos_ in {"VERB", "AUX"} else _head_verb(token)
    passive = any(
        c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children
    )
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            span = _span_of(child, actors)
            if span:
                sources.append(span)
        elif child.dep_ in _PASSIVE_SUBJECTS:
            span = _span_of(child, actors)
            if span:
                (targets if trig.alliance_move != "join" else sources).append(span)
        elif child.dep_ == "agent":
            for pobj in child.children:
                span = _span_of(pobj, actors)
                if span:
                    sources.append(span)
        elif child.dep_ in _OBJECTS and not passive:
            span = _span_of(child, actors) if trig.direct_object else None
            if span and span.start <= child.i < span.end:
                targets.append(span)
            else:
                # "froze its membership in the CSTO": the object's own phrase.
                targets += _prep_objects(child, trig.preps(), actors)
        elif child.dep_ == "prep" and child.lower_ in trig.preps():
            for pobj in child.children:
                span = _span_of(pobj, actors)
                if span:
                    targets.append(span)
    if token.pos_ in {"NOUN", "PROPN"}:
        for child in token.children:
            if child.dep_ == "poss":
                span = _span_of(child, actors)
                if span:
                    sources = [span]
            elif child.dep_ == "prep" and child.lower_ in trig.preps():
                for pobj in child.children:
                    span = _span_of(pobj, actors)
                    if span:
                        targets.append(span)
    if not sources and not targets:
        return None
    sources = coordinated(doc, sources[:1], actors) if sources else []
    same = {(a.actor.code, a.actor.sector) for a in sources if a.actor}
    targets = [
        t for t in targets if t.actor and (t.actor.code, t.actor.sector) not in same
    ]
    if trig.no_target or not targets:
        return Args(sources, [])
    return Args(sources, coordinated(doc, targets[:1], actors))


def _prep_objects(
    token: Token, preps: tuple[str, ...], actors: list[ActorSpan]
) -> list[ActorSpan]:
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                span = _span_of(pobj, actors)
                if span:
                    out.append(span)
    return out
