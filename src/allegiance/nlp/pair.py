"""Pair mode: the event type between two actors an analyst has already marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Actor, Event
from .spans import ActorSpan, sentence_bounds

__all__ = ["PairCoding", "code_pair", "find_span", "legacy_label", "marked_doc"]

# PLOVER types as the older 15-class scheme of pair-annotated sets names them:
# CONCEDE and RETREAT were one category, YIELD.
LEGACY_LABELS = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


@dataclass(frozen=True, slots=True)
class PairCoding:
    """The coded relation between a marked source and target in one sentence.

    `plover` is None when no trigger links them; `direction` is "forward" when
    the source acts on the target, "reverse" when the sentence has the target
    acting on the source, "source-only" when only the source's act was found.
    """

    plover: str | None
    cameo: str | None
    mode: str | None
    direction: str | None
    trigger: str | None
    pattern: str | None
    confidence: float
    negated: bool = False
    modality: str = "asserted"
    model_label: str | None = None
    model_probability: float = 0.0

    def label(self, *, legacy: bool = False) -> str | None:
        """The PLOVER type, or its older 15-class name when `legacy`.

        The older scheme follows the CAMEO root: a promised concession (CAMEO
        035x, which current PLOVER calls CONCEDE) is AGREE there. When the
        learned pair model has spoken (`model_label`, in the older scheme), its
        label is the older-scheme answer.
        """
        if legacy and self.model_label is not None:
            return self.model_label
        if not legacy:
            return self.plover
        return legacy_label(self.plover, self.cameo)


def legacy_label(plover: str | None, cameo: str | None) -> str | None:
    """A PLOVER type in the older 15-class scheme of pair-annotated sets: CONCEDE
    and RETREAT are YIELD, and a promised concession (CAMEO 035x) is AGREE."""
    if plover is None:
        return None
    if cameo and cameo.startswith("03"):
        return "AGREE"
    return LEGACY_LABELS.get(plover, plover)


def find_span(sentence: str, span: tuple[int, int] | str) -> tuple[int, int]:
    """Character offsets of a span given as offsets or as its text.

    Raises:
        ValueError: the text does not occur in the sentence.
    """
    if isinstance(span, tuple):
        return span
    start = sentence.find(span)
    if start < 0:
        raise ValueError(
            f"{span!r} does not occur in the sentence; pass its text exactly or (start, end) offsets."
        )
    return start, start + len(span)


def _marked(
    doc: Doc, chars: tuple[int, int], code: str, label: str
) -> ActorSpan | None:
    span = doc.char_span(chars[0], chars[1], alignment_mode="expand")
    if span is None:
        return None
    bounds = sentence_bounds(doc)
    sent = next((i for i, (s, e) in enumerate(bounds) if s <= span.start < e), 0)
    actor = Actor(code=code, kind="state", name=label, cameo=code)
    prev = span.start - 1
    while prev >= 0 and doc[prev].lower_ in {"the", "a", "an"}:
        prev -= 1
    out = ActorSpan(span.start, span.end, sent, span.text, "marked", actor)
    out.prep = doc[prev].lower_ if prev >= 0 and doc[prev].lower_ in _PREPS else None
    out.possessive = span.end < len(doc) and doc[span.end].lower_ in {"'s", "'"}
    return out


_PREPS = frozenset(
    {
        "to", "with", "against", "for", "on", "from", "by", "of", "toward", "towards",
        "into", "between", "among", "over", "about", "within", "in", "at", "near",
        "after", "before", "during", "despite", "under", "via", "through",
    }
)  # fmt: skip


def marked_doc(
    nlp: Language,
    sentence: str,
    source: tuple[int, int] | str,
    target: tuple[int, int] | str,
    *,
    date: dt.date | None = None,
) -> tuple[Doc, ActorSpan, ActorSpan, PairCoding, list[tuple[str, int]]]:
    """Run the pipeline with the two marked spans as the only actors.

    Returns the doc, both spans, the rule coding, and the (PLOVER type, token)
    of every trigger found in the sentence.

    Raises:
        ValueError: a span is not found, or does not fall on token boundaries.
    """
    s_chars, t_chars = find_span(sentence, source), find_span(sentence, target)
    doc = nlp.make_doc(sentence)
    doc._.date = date
    doc._.article_id = "pair"
    for name, proc in nlp.pipeline:
        if name == "events":
            break
        doc = proc(doc)
    s_span = _marked(doc, s_chars, "SRC", "source")
    t_span = _marked(doc, t_chars, "TGT", "target")
    if s_span is None or t_span is None:
        raise ValueError(
            "a marked span does not fall on token boundaries in the sentence"
        )
    doc._.actor_spans = sorted([s_span, t_span], key=lambda a: a.start)
    coder = nlp.get_pipe("events")
    events: list[Event] = coder.code(doc)
    occs = [(plover, start) for plover, start in coder.trigger_types(doc) if plover]
    return doc, s_span, t_span, _choose(events), occs


def code_pair(
    nlp: Language,
    sentence: str,
    source: tuple[int, int] | str,
    target: tuple[int, int] | str,
    *,
    date: dt.date | None = None,
    learned: bool = True,
) -> PairCoding:
    """Code the relation from `source` to `target` in `sentence`.

    The two spans stand in for the actors (no knowledge-base lookup), so the
    coder's triggers and argument rules decide only what one does to the other.
    The event linking them forward wins; failing that one linking them the
    other way round (reported with direction "reverse"); failing that an event
    whose source is the marked source. With `learned` and the bundled pair
    model installed, the model's reading (older 15-class scheme) is added.

    Raises:
        ValueError: a span is not found in the sentence.
    """
    if learned:
        from .pairmodel import bundled_model, pair_features  # the model is optional

        model = bundled_model()
        if model is not None:
            feats, coding = pair_features(nlp, sentence, source, target)
            label, probability = model.predict(feats)
            return replace(
                coding, model_label=label, model_probability=round(probability, 3)
            )
    return marked_doc(nlp, sentence, source, target, date=date)[3]


def _choose(events: list[Event]) -> PairCoding:
    ranked = [
        ("forward", [e for e in events if e.source == "SRC" and e.target == "TGT"]),
        ("reverse", [e for e in events if e.source == "TGT" and e.target == "SRC"]),
        ("source-only", [e for e in events if e.source == "SRC"]),
    ]
    for direction, found in ranked:
        if found:
            best = max(found, key=lambda e: (not e.negated, e.confidence))
            return PairCoding(
                best.plover,
                best.cameo,
                best.plover_mode,
                direction,
                best.trigger,
                best.pattern,
                best.confidence,
                best.negated,
                best.modality,
            )
    return PairCoding(None, None, None, None, None, None, 0.0)
