"""The spaCy wiring: every Allegiance stage is registered here, and only here.

Stage modules do not register themselves (spaCy registers its own components in
one place "to prevent circular import issues"); names carry a version so that a
changed behaviour is a new name ("_v2"), never a silent change.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import IS_TITLE, LOWER
from spacy.language import Language

from .. import __version__
from ..errors import ConfigError
from ..kb.base import load_kb
from ..ontology import Ontology, OntologySettings
from .actors import ActorFinder
from .coref import Coreference
from .events import EventCoder
from .lemmas import LookupLemmatizer
from .lexicon import load_lexicon
from .sentences import SentenceSplitter
from .spans import ensure_extensions
from .tokenizer import make_tokenizer

__all__ = ["CODER_VERSION", "make_nlp"]

CODER_VERSION = f"allegiance-rules/{__version__}"

# The lexeme attributes the rule tier reads: `Token.lower_` (and the caseless
# actor matcher) and `Token.is_title` (nlp/coref.py).
_LEXEME_ATTRS = frozenset({LOWER, IS_TITLE})


@Language.factory(
    "allegiance_sentences_v1",
    assigns=["token.is_sent_start"],
)
def _make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)


@Language.factory(
    "allegiance_lemmas_v1",
    assigns=["token.lemma"],
)
def _make_lemmas(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)


@Language.factory(
    "allegiance_actors_v1",
    default_config={"kb_dirs": []},
    requires=["token.is_sent_start"],
    assigns=["doc._.actor_spans"],
)
def _make_actors(nlp: Language, name: str, kb_dirs: list[str]) -> ActorFinder:
    return ActorFinder(nlp, name, load_kb(Path(p) for p in kb_dirs))


@Language.factory(
    "allegiance_coref_v1",
    default_config={"kb_dirs": []},
    requires=["doc._.actor_spans"],
    assigns=["doc._.actor_spans"],
)
def _make_coref(nlp: Language, name: str, kb_dirs: list[str]) -> Coreference:
    return Coreference(nlp, name, load_kb(Path(p) for p in kb_dirs))


@Language.factory(
    "allegiance_events_v1",
    default_config={
        "kb_dirs": [],
        "goldstein": "gdelt",
        "quad": "gdelt",
        "lexicon_files": [],
    },
    requires=["doc._.actor_spans", "token.lemma"],
    assigns=["doc._.events"],
)
def _make_events(
    nlp: Language,
    name: str,
    kb_dirs: list[str],
    goldstein: str,
    quad: str,
    lexicon_files: list[str],
) -> EventCoder:
    ontology = Ontology.load(OntologySettings(goldstein=goldstein, quad=quad))  # type: ignore[arg-type]
    lexicon = load_lexicon(Path(p) for p in lexicon_files)
    return EventCoder(
        nlp, name, load_kb(Path(p) for p in kb_dirs), lexicon, ontology, CODER_VERSION
    )


def _base(parser_model: str) -> Language:
    """A blank English pipeline, or the named spaCy model (parse tier)."""
    if not parser_model:
        nlp = spacy.blank("en")
        # spaCy computes 23 attributes (shape, stop word, like_num, ...) for every
        # new word's lexeme; the rule tier reads only the lower-case form and the
        # title-case flag (a tenth of coding time went to the rest). The parse
        # tier keeps them all: its model reads NORM, PREFIX, SUFFIX and SHAPE.
        nlp.vocab.lex_attr_getters = {
            attr: get
            for attr, get in nlp.vocab.lex_attr_getters.items()
            if attr in _LEXEME_ATTRS
        }
        nlp.tokenizer = make_tokenizer(nlp)
        return nlp
    try:
        # Only the parser (and what it needs) is wanted: no NER, no lemmas.
        nlp = spacy.load(parser_model, exclude=["ner", "lemmatizer", "entity_ruler"])
    except OSError as e:
        raise ConfigError(
            f"The parser model {parser_model!r} is not installed ({e}). Install it "
            "(pip install <its wheel>), or leave parser_model empty to use the "
            "rule tier, which needs no model."
        ) from e
    # The same tokens as the rule tier, so that both tiers see the same actors
    # and triggers; the parser copes with the few splits that differ.
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp


def make_nlp(
    *,
    kb_dirs: tuple[Path, ...] = (),
    goldstein: str = "gdelt",
    quad: str = "gdelt",
    lexicon_files: tuple[Path, ...] = (),
    parser_model: str = "",
) -> Language:
    """English pipeline with Allegiance's stages.

    Without `parser_model` it is spaCy's blank English (no model download
    needed); with one, the model's parser feeds the dependency-based argument
    reader (`nlp/dependency.py`). Lemmas come from spacy-lookups-data's table
    (see nlp/lemmas.py): spaCy's rule lemmatizer does nothing without a tagger.
    """
    ensure_extensions()
    nlp = _base(parser_model)
    dirs = [str(p) for p in kb_dirs]
    nlp.add_pipe("allegiance_sentences_v1", name="sentences")
    nlp.add_pipe("allegiance_lemmas_v1", name="lemmas")
    nlp.add_pipe("allegiance_actors_v1", name="actors", config={"kb_dirs": dirs})
    nlp.add_pipe("allegiance_coref_v1", name="coref", config={"kb_dirs": dirs})
    nlp.add_pipe(
        "allegiance_events_v1",
        name="events",
        config={
            "kb_dirs": dirs,
            "goldstein": goldstein,
            "quad": quad,
            "lexicon_files": [str(p) for p in lexicon_files],
        },
    )
    if not parser_model:
        # A loaded model is initialised already: initialising it again would
        # replace its trained weights with random ones (every token ROOT).
        nlp.initialize()
    return nlp
