"""Actor mentions: find knowledge-base names in a doc and resolve them at its date."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..kb.base import Form, KnowledgeBase
from ..kb.resolve import Resolution, Resolver
from .spans import ActorSpan, ensure_extensions

__all__ = ["ActorFinder", "Hit", "load_anaphora"]

# Words between two name parts that keep them one mention:
# "Armenia's prime minister", "the president of France", "the CSTO Secretary General".
_OF_GLUE = (("of",), ("of", "the"))
_POSS_GLUE = (("'s",), ("'",))
# A capital after these prepositions is a place ("talks in Moscow"), not a government.
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}
)
_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "throughout",
        "around",
        "to",
        "with",
        "against",
        "for",
        "on",
        "from",
        "by",
        "of",
        "toward",
        "towards",
        "into",
        "between",
        "among",
        "over",
        "about",
        "within",
        "without",
        "under",
        "upon",
        "via",
        "through",
        "after",
        "before",
        "during",
        "despite",
        "like",
        "than",
        "including",
        "alongside",
        "beside",
        "besides",
        "behind",
        "beyond",
    }
)
_KIND_RANK = {
    "person": 0,
    "organisation": 1,
    "state": 2,
    "region": 3,
    "title": 4,
    "sector": 5,
    "anaphor": 6,
}


def load_anaphora() -> dict[str, str]:
    """Pronouns and definite descriptions ("the alliance") and what they refer to."""
    path = files("allegiance") / "data" / "lexicon" / "anaphora.csv"
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return {r["text"].lower(): r["need"] for r in rows}


@dataclass(slots=True)
class Hit:
    """One matched surface form with every knowledge-base reading it may have."""

    start: int
    end: int
    kind: str
    forms: list[Form]


def _variants(text: str) -> set[str]:
    """Case variants to match: as written, sentence-initial, title case, capitals."""
    title = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return {text, text[:1].upper() + text[1:], title, text.upper()}


class ActorFinder:
    """Find actor mentions with a PhraseMatcher and resolve them at the doc's date.

    Reads: `doc._.date`, sentence boundaries. Writes: `doc._.actor_spans`, a list
    of ActorSpan in text order (anaphors unresolved: the coreference stage follows).
    """

    def __init__(self, nlp: Language, name: str, kb: KnowledgeBase) -> None:
        ensure_extensions()
        self.name = name
        self.kb = kb
        self.resolver = Resolver(kb)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._forms: dict[int, list[Form]] = {}
        self._add_forms(nlp, kb.forms())
        self._add_forms(
            nlp, (Form(t, "anaphor", need) for t, need in load_anaphora().items())
        )

    def _add_forms(self, nlp: Language, forms: Iterable[Form]) -> None:
        by_key: dict[str, list[Form]] = defaultdict(list)
        for form in forms:
            if form.text:
                by_key[form.text.lower()].append(form)
        for low, group in by_key.items():
            texts: set[str] = set()
            for form in group:
                texts |= _variants(form.text)
            key = "F:" + low
            key_id = nlp.vocab.strings.add(key)
            self._forms.setdefault(key_id, []).extend(group)
            self.matcher.add(key, list(nlp.tokenizer.pipe(sorted(texts))))

    def __call__(self, doc: Doc) -> Doc:
        """Find, group and resolve the actor mentions of `doc`."""
        hits = self.match(doc)
        doc._.actor_spans = self.resolve(doc, self.group(doc, hits))
        return doc

    # -- matching -------------------------------------------------------------------

    def match(self, doc: Doc) -> list[Hit]:
        """Every non-overlapping knowledge-base form in `doc` (longest wins)."""
        spans = [Span(doc, s, e, label=k) for k, s, e in self.matcher(doc)]
        hits = []
        for span in filter_spans(spans):
            forms = self._forms[span.label]
            kind = min((f.kind for f in forms), key=lambda k: _KIND_RANK[k])
            hits.append(Hit(span.start, span.end, kind, forms))
        return hits

    # -- grouping -------------------------------------------------------------------

    def group(self, doc: Doc, hits: list[Hit]) -> list[list[Hit]]:
        """Join adjacent hits that name one actor ("Armenian Prime Minister Nikol
        Pashinyan"); a second state, person or title starts a new mention."""
        groups: list[list[Hit]] = []
        for hit in hits:
            if groups and self._joins(doc, groups[-1], hit):
                groups[-1].append(hit)
            else:
                groups.append([hit])
        return groups

    def _joins(self, doc: Doc, group: list[Hit], hit: Hit) -> bool:
        last = group[-1]
        if hit.kind == "anaphor" or last.kind == "anaphor" or hit.kind == "region":
            return False
        if doc[last.start].sent.start != doc[hit.start].sent.start:
            return False
        gap = tuple(t.lower_ for t in doc[last.end : hit.start])
        kinds = {h.kind for h in group}
        polity = {"state", "organisation"}
        if hit.kind in polity and kinds & polity:
            return False
        if hit.kind in kinds and hit.kind != "sector":
            return False
        if not gap:
            return True
        if gap in _POSS_GLUE:
            return last.kind in polity and hit.kind in {"title", "sector", "person"}
        if gap in _OF_GLUE:
            return last.kind in {"title", "sector"} and hit.kind in polity
        return False

    # -- resolution ------------------------------------------------------------------

    def resolve(self, doc: Doc, groups: list[list[Hit]]) -> list[ActorSpan]:
        """Resolve each group at the doc's date; anaphors are left to coreference."""
        day = doc._.date
        sent_index = {s.start: i for i, s in enumerate(doc.sents)}
        out = []
        for group in groups:
            start, end = group[0].start, group[-1].end
            end = _absorb_name(doc, group, end)
            sent = sent_index.get(doc[start].sent.start, 0)
            span = ActorSpan(start, end, sent, doc[start:end].text, how=group[0].kind)
            prev = _prev_word(doc, start)
            span.prep = prev if prev in _PREPS else None
            span.possessive = end < len(doc) and doc[end].lower_ in {"'s", "'"}
            self._resolve_group(doc, group, span, day)
            out.append(span)
        return out

    def _resolve_group(
        self, doc: Doc, group: list[Hit], span: ActorSpan, day: object
    ) -> None:
        by_kind = {h.kind: h for h in group}
        polity = by_kind.get("state") or by_kind.get("organisation")
        sector_hit = by_kind.get("sector")
        sector = sector_hit.forms[0].code if sector_hit else None
        if "anaphor" in by_kind:
            span.need = by_kind["anaphor"].forms[0].code
            span.how = "anaphor"
            return
        if "region" in by_kind:
            span.is_location, span.how = True, "region"
            span.location_code = by_kind["region"].forms[0].code
            return
        polity_code, polity_sector, res = None, None, None
        if polity is not None:
            res, polity_code, polity_sector = self._polity(doc, polity)
            if res is not None and res.actor is None:
                span.reason, span.how = res.reason, "name"
                return
        if "person" in by_kind:
            pids = [f.code for f in by_kind["person"].forms if f.kind == "person"]
            res = self.resolver.person(pids, day, polity_code)  # type: ignore[arg-type]
            span.how = "person"
        elif "title" in by_kind:
            title = by_kind["title"].forms[0]
            if polity_code is None:
                span.need, span.how = (
                    f"title:{title.code}:{title.sector or 'GOV'}",
                    "title",
                )
                return
            res = self.resolver.office(polity_code, title.code, title.sector, day)  # type: ignore[arg-type]
            span.how = "title"
        elif polity_code is not None:
            res = Resolution(
                self.resolver.polity_actor(polity_code, sector or polity_sector), "name"
            )
            kind = polity.forms[0].detail
            span.how = kind or "name"
            if kind in {"capital", "seat"} and not sector and span.prep in _LOCATIVE:
                span.is_location, span.location_code = True, polity_code
        elif sector is not None:
            span.need, span.how = f"sector:{sector}", "sector"
            return
        if res is not None:
            span.actor, span.reason = res.actor, res.reason

    def _polity(
        self, doc: Doc, hit: Hit
    ) -> tuple[Resolution | None, str | None, str | None]:
        codes = {f.code for f in hit.forms if f.kind in {"state", "organisation"}}
        ambiguous = next((f.ambiguous for f in hit.forms if f.ambiguous), None)
        text = doc[hit.start : hit.end].text
        if len(codes) > 1 or ambiguous:
            res = self.resolver.ambiguous_name(text, codes, doc.text)
            if res.actor is None:
                return res, None, None
            return res, res.actor.code, None
        form = hit.forms[0]
        code = next(iter(codes))
        return None, code, form.sector


def _prev_word(doc: Doc, start: int) -> str | None:
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"the", "a", "an"}:
        i -= 1
    return doc[i].lower_ if i >= 0 else None


def _absorb_name(doc: Doc, group: list[Hit], end: int) -> int:
    """Extend a title or sector mention over the unknown name that follows it
    ("Kremlin spokesman Dmitry Peskov"), so the evidence shows the whole name."""
    if group[-1].kind not in {"title", "sector"}:
        return end
    j = end
    while j < len(doc) and j - end < 3 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    return j
