"""The pipeline: normalise, split, resolve actors and code events for articles."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings, load_settings
from .kb.base import KnowledgeBase, load_kb
from .nlp.components import CODER_VERSION, make_nlp
from .nlp.normalize import Normalizer
from .nlp.pair import PairCoding, code_pair
from .nlp.spans import (
    ActorSpan,
    actor_spans,
    char_offsets,
    extension,
    keep_text,
    sentence_bounds,
    set_extension,
    token_strings,
)
from .records import Article, CodedArticle, Event, Mention, Sentence

__all__ = ["CODER_VERSION", "Pipeline", "content_hash", "get_pipeline", "make_article"]


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace collapsed: the dedup key of an article."""
    # " ".join(text.split()) is re.sub(r"\s+", " ", text).strip() (both split at
    # str.isspace characters), several times faster.
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def make_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    date: dt.date | str | None = None,
    path: str | None = None,
) -> Article:
    """An Article for raw `text` (not yet normalised: the pipeline does that).

    `date` is a date or an ISO string ("2024-02-23").

    Raises:
        ValueError: `date` is a string that is no ISO date.
    """
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            raise ValueError(
                f"date {date!r} is not an ISO date; write it as YYYY-MM-DD"
            ) from None
    digest = content_hash(text)
    return Article(digest[:16], digest, text, title, url, source, date, path)


class Pipeline:
    """Codes articles: text normalisation, then the spaCy stages, then records.

    Not a dataclass: it owns a spaCy Language and the knowledge base, built once
    (use `get_pipeline` to share one per settings).
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.kb: KnowledgeBase = load_kb(self.settings.kb_dirs)
        self.nlp: Language = make_nlp(
            kb_dirs=self.settings.kb_dirs,
            goldstein=self.settings.goldstein,
            quad=self.settings.quad,
            parser_model=self.settings.parser_model,
        )
        # The stages, read once: `Language.pipeline` builds a new frozen list
        # (and formats its error message) on every read.
        self._stages = tuple(proc for _, proc in self.nlp.pipeline)
        # Masked names are those of states, places, people and bodies; not of a
        # state's companies and news outlets ("Arme**" is Armenia, not Armenpress).
        names = [
            f.text
            for f in self.kb.forms()
            if f.kind in {"state", "region", "person", "organisation"}
            and f.sector not in {"BUS", "MED"}
        ]
        self.normalizer = Normalizer(names)

    @property
    def version(self) -> str:
        """The coder version written on every event."""
        return CODER_VERSION

    def doc(
        self, text: str, *, date: dt.date | None = None, article_id: str = ""
    ) -> Doc:
        """Run the stages on normalised `text` and return the annotated Doc."""
        doc = self.nlp.make_doc(text)
        keep_text(doc, text)
        set_extension(doc, "date", date)
        set_extension(doc, "article_id", article_id)
        for proc in self._stages:
            doc = proc(doc)
        return doc

    def code_article(self, article: Article) -> CodedArticle:
        """Normalise and code one article."""
        text = self.normalizer(article.text)
        article = Article(
            article.id,
            article.content_hash,
            text,
            article.title,
            article.url,
            article.source,
            article.date,
            article.path,
        )
        doc = self.doc(text, date=article.date, article_id=article.id)
        offsets = char_offsets(doc)
        spaces = token_strings(doc).spaces
        sents = []
        for i, (start, end) in enumerate(sentence_bounds(doc)):
            # A sentence ends where its last token ends, not after its space.
            last = offsets[end] - spaces[end - 1] if end > start else offsets[start]
            sents.append(
                Sentence(
                    article.id, i, offsets[start], last, text[offsets[start] : last]
                )
            )
        mentions = tuple(
            _mention(offsets, spaces, article.id, span) for span in actor_spans(doc)
        )
        return CodedArticle(
            article, tuple(sents), mentions, tuple(extension(doc, "events") or [])
        )

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles one after another (lazily)."""
        for article in articles:
            yield self.code_article(article)

    def code_pair(
        self,
        sentence: str,
        source: tuple[int, int] | str,
        target: tuple[int, int] | str,
        *,
        date: dt.date | None = None,
        learned: bool = True,
    ) -> PairCoding:
        """Pair mode: the event type from `source` to `target` (char offsets or
        exact substrings) in one sentence, for analysts who know the actors.
        With `learned`, the bundled pair model adds its reading (model card:
        data/models/MODEL_CARD.md)."""
        return code_pair(self.nlp, sentence, source, target, date=date, learned=learned)

    def code_text(self, text: str, *, date: dt.date | str | None = None) -> list[Event]:
        """The events of a piece of text (normalised first), for quick use."""
        return list(self.code_article(make_article(text, date=date)).events)


def _mention(
    offsets: list[int], spaces: list[bool], article_id: str, span: ActorSpan
) -> Mention:
    end = (
        offsets[span.end] - spaces[span.end - 1]
        if span.end > span.start
        else offsets[span.start]
    )
    return Mention(
        article_id=article_id,
        sent_index=span.sent,
        start=offsets[span.start],
        end=end,
        text=span.text,
        how=span.how,
        actor=span.actor,
        reason=span.reason if span.actor is None or span.reason else None,
        is_location=span.is_location,
    )


@cache
def _cached(settings: Settings) -> Pipeline:
    return Pipeline(settings)


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """A shared Pipeline for `settings` (building one takes a few seconds)."""
    return _cached(settings or load_settings())


def kb_dirs_from(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Paths as a tuple of Path, for Settings.kb_dirs."""
    return tuple(Path(p) for p in paths)
