"""The per-document annotations the NLP stages pass to each other."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

from ..records import Actor

__all__ = [
    "ActorSpan",
    "TokenStrings",
    "Toks",
    "actor_spans",
    "char_offsets",
    "doc_text",
    "ensure_extensions",
    "extension",
    "set_extension",
    "keep_text",
    "sentence_bounds",
    "span_text",
    "token_strings",
    "toks",
]


@dataclass(slots=True)
class ActorSpan:
    """A token span naming an actor (or an anaphor to resolve), inside one doc.

    Mutable on purpose: the coreference stage fills in `actor` for anaphors.
    `need` says what an anaphor refers to ("person", "polity", "alliance",
    "organisation", "state", "plural", "title:<office>:<sector>",
    "sector:<SECTOR>"), None for spans that name their actor directly.
    `place_actor` is what a place read as a location (`is_location`) stands for
    when a trigger takes that preposition for its target ("arrived in Moscow").
    `also` is the second party of a pair anaphor ("the two leaders"), whose
    first party is `actor`.
    """

    start: int
    end: int
    sent: int
    text: str
    how: str
    actor: Actor | None = None
    reason: str | None = None
    is_location: bool = False
    location_code: str | None = None
    need: str | None = None
    prep: str | None = None
    possessive: bool = False
    coref_from: int | None = None
    group: list[int] = field(default_factory=list)
    place_actor: Actor | None = None
    also: Actor | None = None

    @property
    def resolved(self) -> bool:
        """Whether the span has an actor."""
        return self.actor is not None

    def as_place(self, actor: Actor | None) -> ActorSpan:
        """The same words read as a place that stands for `actor` ("missiles
        struck Kharkiv": Ukraine)."""
        return ActorSpan(self.start, self.end, self.sent, self.text, "place", actor)


@dataclass(frozen=True, slots=True)
class TokenStrings:
    """Every token's text, lower-case form and trailing space, read once per doc.

    Making a spaCy Token object costs more than the work most stages do with it,
    so stages that scan all tokens read these lists instead.
    """

    texts: list[str]
    lowers: list[str]
    spaces: list[bool]


def token_strings(doc: Doc) -> TokenStrings:
    """The doc's TokenStrings, computed on first use and kept in `doc.user_data`
    (the last doc's also by identity: the stages ask for them very often)."""
    last = _LAST_STRINGS[0]
    if last[0] is doc:
        return last[1]  # type: ignore[no-any-return]
    cached = doc.user_data.get("allegiance_tokens")
    if cached is None:
        # Read the attribute arrays, not Token objects: several times faster.
        strings = doc.vocab.strings
        known = _STRINGS
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        texts = _strings(known, strings, orths)
        # A token's LOWER is its lexeme's, which spaCy's English attribute
        # getter sets to `str.lower()` of the text (tokenizer exceptions set
        # only ORTH and NORM): lower-casing in C beats decoding a second array.
        cached = TokenStrings(
            texts, list(map(str.lower, texts)), list(map(bool, spaces))
        )
        doc.user_data["allegiance_tokens"] = cached
    _LAST_STRINGS[0] = (doc, cached)
    return cached


# The last doc asked for and its TokenStrings, in one slot (replaced in one write).
_LAST_STRINGS: list[tuple[Any, Any]] = [(None, None)]


# String-store hashes and their strings (a hash is the same in every store):
# reading a string from spaCy's store decodes it anew each time. Grows with the
# words seen, as the vocabulary does.
_STRINGS: dict[int, str] = {}


def _string(strings: StringStore, key: int) -> str:
    text = _STRINGS[key] = strings[key]
    return text


def _strings(known: dict[int, str], strings: StringStore, keys: list[int]) -> list[str]:
    """The strings of `keys`: one lookup pass in C, then the store for the few
    hashes not seen before."""
    out: list[str | None] = list(map(known.get, keys))
    if None in out:
        k = out.index(None)
        with suppress(ValueError):  # raised after the last None
            while True:
                out[k] = _string(strings, keys[k])
                k = out.index(None, k + 1)
    return out  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Toks:
    """Per-token strings for rule code: text, lower case, lemma, trailing space."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    space: list[bool]


# The last doc asked for and its Toks, in one slot (replaced in one write).
_LAST: list[tuple[Any, Any]] = [(None, None)]


def toks(doc: Doc) -> Toks:
    """The doc's Toks (after lemmatisation), computed once and cached.

    Rule code calls this very often for the same doc, so the last answer is
    kept by identity before the (slower) lookup in `doc.user_data`.
    """
    last = _LAST[0]
    if last[0] is doc:
        return last[1]  # type: ignore[no-any-return]
    cached = doc.user_data.get("allegiance_toks")
    if cached is None:
        strings = token_strings(doc)
        lemmas = doc.user_data.get("allegiance_lemmas") or [t.lemma_ for t in doc]
        cached = Toks(strings.texts, strings.lowers, lemmas, strings.spaces)
        doc.user_data["allegiance_toks"] = cached
    if "allegiance_lemmas" in doc.user_data:
        # Only after lemmatisation: before it, lemmas are not final.
        _LAST[0] = (doc, cached)
    return cached


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token [start, end) of every sentence, from the splitter's record when it
    left one (cheaper than `doc.sents`, which builds a Span per sentence), kept
    in `doc.user_data`: callers must not change the list."""
    starts = doc.user_data.get("allegiance_sent_starts")
    if starts is None:
        starts = [s.start for s in doc.sents] if len(doc) else []
    cached = doc.user_data.get("allegiance_sent_bounds")
    if cached is not None and cached[0] is starts:
        return cached[1]  # type: ignore[no-any-return]
    bounds = []  # an empty or blank text has no sentence
    if starts:
        bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
    doc.user_data["allegiance_sent_bounds"] = (starts, bounds)
    return bounds


def char_offsets(doc: Doc) -> list[int]:
    """The character offset of every token, and the text length at the end
    (computed on first use and kept in `doc.user_data`)."""
    cached = doc.user_data.get("allegiance_offsets")
    if cached is None:
        strings = token_strings(doc)
        cached = list(
            accumulate(map(add, map(len, strings.texts), strings.spaces), initial=0)
        )
        doc.user_data["allegiance_offsets"] = cached
    return cached


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data` (spaCy rebuilds it from a Token
    object per token on every call)."""
    cached = doc.user_data.get("allegiance_text")
    if cached is None:
        strings = token_strings(doc)
        # Each text and its space (" " * True, or "" * False), joined in C.
        cached = "".join(map(add, strings.texts, map(" ".__mul__, strings.spaces)))
        doc.user_data["allegiance_text"] = cached
    return cached


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, which `doc` was tokenised from, as its `doc_text`: spaCy's
    tokenizer loses no character, so `doc.text == text`, and no join is needed."""
    doc.user_data["allegiance_text"] = text


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (the tokens' text without the last one's trailing
    space), sliced from the doc's text instead of built from Token objects."""
    if end <= start:
        return ""
    # The three per-doc lists in one entry: the stages call this very often.
    cached = doc.user_data.get("allegiance_span_text")
    if cached is None:
        cached = (doc_text(doc), char_offsets(doc), token_strings(doc).spaces)
        doc.user_data["allegiance_span_text"] = cached
    text, offsets, spaces = cached
    return text[offsets[start] : offsets[end] - spaces[end - 1]]  # type: ignore[no-any-return]


# The Doc extension attributes the stages use, with their defaults.
_EXTENSIONS = {"date": None, "article_id": "", "actor_spans": None, "events": None}


def ensure_extensions() -> None:
    """Register the Doc extension attributes the stages use (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def extension(doc: Doc, name: str) -> Any:
    """`doc._.<name>` for one of the stages' extensions, read from
    `doc.user_data`, where spaCy keeps extension values under ("._.", name,
    None, None): each `doc._` read builds an Underscore object, and the rule
    code reads the actor spans tens of times per sentence."""
    data: dict[Any, Any] = doc.user_data  # keyed by tuples, not only str
    return data.get(("._.", name, None, None), _EXTENSIONS[name])


def set_extension(doc: Doc, name: str, value: Any) -> None:
    """`doc._.<name> = value` for one of the stages' extensions, written to
    `doc.user_data` where spaCy keeps it (see `extension`)."""
    data: dict[Any, Any] = doc.user_data
    data[("._.", name, None, None)] = value


def actor_spans(doc: Doc) -> list[ActorSpan]:
    """`doc._.actor_spans or []` (see `extension`)."""
    data: dict[Any, Any] = doc.user_data
    return data.get(_ACTOR_SPANS) or []


_ACTOR_SPANS = ("._.", "actor_spans", None, None)
