"""Convert a PETRARCH verb dictionary's simple entries into Allegiance lexicon entries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...ontology import Ontology
from .verbs import EventCode, VerbBlock, VerbDictionary, VerbForm, VerbPattern
from .words import PREPOSITIONS, is_past_form, lemma

__all__ = ["to_lexicon"]

# The actors of the generated example sentences: two states the knowledge base
# names, so that the main pipeline can read an example.
_SOURCE, _TARGET = "France", "Germany"


@dataclass(frozen=True, slots=True)
class _Spec:
    """What one lexicon entry says, before it is written as a JSON object."""

    id: str
    phrases: tuple[str, ...]
    code: EventCode
    requires: tuple[str, ...]
    preposition: str | None
    past: str
    source: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _phrase(form: VerbForm) -> str | None:
    """The trigger phrase of a verb: its lemma, then any particle ("break off").
    Verbs written with words before them (WIRE_+TAP) cannot be a trigger,
    whose first word is matched by lemma."""
    if form.before:
        return None
    head, *rest = form.lemma.split()
    # Old TABARI blocks list inflected heads (CALLED, LEFT, SAYS): use the lemma.
    inflected = is_past_form(head) or head.endswith(("S", "ING"))
    return " ".join([lemma(head) if inflected else head, *rest]).lower()


def _past(forms: list[VerbForm]) -> str:
    chosen = next((f for f in forms if is_past_form(f.word)), forms[0])
    return " ".join([chosen.word, *chosen.after]).lower()


def _lower_word(pattern: VerbPattern, verbs: VerbDictionary) -> list[str] | None:
    """The words of a pattern that has one word (or synset) after the verb and
    nothing else; None for any other pattern."""
    if pattern.upper or len(pattern.lower) != 1:
        return None
    item = pattern.lower[0]
    if item.kind == "word":
        return [item.text.lower()]
    if item.kind == "synset":
        return sorted({" ".join(p).lower() for p in verbs.synsets[item.text].phrases})
    return None


def _specs(
    name: str, block: VerbBlock, forms: list[VerbForm], verbs: VerbDictionary
) -> Iterator[_Spec]:
    """One spec per verb-level code of the block, then one per simple pattern."""
    by_code: dict[str, list[VerbForm]] = {}
    for form in forms:
        if form.code.forward:
            by_code.setdefault(form.code.forward, []).append(form)
    for code, coded in by_code.items():
        phrases = tuple(dict.fromkeys(p for f in coded if (p := _phrase(f))))
        if phrases:
            yield _Spec(
                f"{name}.{_slug(code)}", phrases, coded[0].code, (), None,
                _past(coded), coded[0].origin,
            )  # fmt: skip
    phrases = tuple(dict.fromkeys(p for f in forms if (p := _phrase(f))))
    for n, pattern in enumerate(block.patterns):
        words = _lower_word(pattern, verbs)
        if words is None or pattern.code.forward is None or not phrases:
            continue
        item, spec_id = pattern.lower[0], f"{name}.p{n + 1}"
        past = _past(forms)
        if item.tight and item.kind == "word":  # "- *_OFF": part of the verb
            glued = tuple(f"{p} {words[0]}" for p in phrases)
            yield _Spec(spec_id, glued, pattern.code, (), None, past, pattern.origin)
        elif item.kind == "word" and item.text in PREPOSITIONS:  # "- * (TO)"
            yield _Spec(
                spec_id, phrases, pattern.code, (), words[0], past, pattern.origin
            )
        else:
            yield _Spec(
                spec_id, phrases, pattern.code, tuple(words), None, past, pattern.origin
            )


def _write(spec: _Spec, cameo: str) -> dict[str, Any]:
    phrases = list(spec.phrases)
    trigger: str | list[str]
    if all(" " not in p for p in phrases):
        trigger = "|".join(phrases)
    else:
        trigger = phrases[0] if len(phrases) == 1 else phrases
    middle = f" {spec.requires[0]}" if spec.requires else ""
    link = spec.preposition or ("with" if spec.requires else "")
    example = " ".join(w for w in (_SOURCE, spec.past + middle, link, _TARGET) if w)
    entry: dict[str, Any] = {
        "id": f"petrarch.{spec.id}",
        "trigger": trigger,
        "cameo": cameo,
        "target": [spec.preposition] if spec.preposition else "object",
        "example": example + ".",
        "source": spec.source,
    }
    if spec.requires:
        entry["requires"] = list(spec.requires)
    if spec.code.reverse and spec.code.reverse == spec.code.forward:
        entry["symmetric"] = True
    return entry


def to_lexicon(verb_dictionary: VerbDictionary) -> list[dict[str, Any]]:
    """Allegiance lexicon entries (JSONL rows) for a PETRARCH verb dictionary.

    Converts every verb with a CAMEO code (one entry per block and code, the
    block's verbs as trigger alternatives) and every pattern that asks only for
    one word or synset after the verb: `- * ARTILLERY [194]` requires
    "artillery", `- *_OFF [...]` joins the trigger ("break off"), `- * (TO)`
    takes its target after "to". Patterns with words before the verb or with
    `$ + ^ %` slots, verbs written with words before them (`WIRE_+TAP`) and
    codes that are not CAMEO event codes are left out: the PETRARCH coder of
    this package reads those.

    Args:
        verb_dictionary: a dictionary read by `read_verb_dictionary`.

    Returns:
        Entries with `id`, `trigger`, `cameo`, `target`, `example` (a generated
        sentence) and `source` (the dictionary line), plus `requires` and
        `symmetric` ([064:064]) where they apply: write one JSON object a line
        and pass the file to the pipeline's `lexicon_files`.
    """
    ontology = Ontology.load()
    forms_of: dict[int, list[VerbForm]] = {}
    for form in verb_dictionary.forms:
        forms_of.setdefault(form.block, []).append(form)
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    for index, block in enumerate(verb_dictionary.blocks):
        name = _slug(block.name) or "block"
        if name in names:  # two blocks may share a name (SHOT in the test file)
            name = f"{name}_{index + 1}"
        names.add(name)
        for spec in _specs(name, block, forms_of.get(index, []), verb_dictionary):
            code = spec.code.forward or ""
            if ontology.has_cameo(code):
                out.append(_write(spec, ontology.cameo(code).code))
    return out
