"""Actor mentions: find knowledge-base names in a doc and resolve them at its date."""

from __future__ import annotations

import bisect
import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..kb.base import Form, KnowledgeBase
from ..kb.model import covers, fold
from ..kb.resolve import Resolution, Resolver
from .lexicon import word_set
from .spans import (
    ActorSpan,
    doc_text,
    ensure_extensions,
    extension,
    sentence_bounds,
    set_extension,
    span_text,
    token_strings,
)

__all__ = ["ActorFinder", "Hit", "load_anaphora"]

_RELATIONS = word_set("relational_nouns")
_RELATIONS_REASON = (
    "names others by their relation to it (its allies, partners, rivals)"
)


def _names_relations(lowers: list[str], span: ActorSpan) -> bool:
    """Whether a state's mention owns or qualifies a relational noun, one
    adjective at most between: "Armenia's allies", "Ukraine's Western
    partners", "Russian allies" ("NATO allies" are NATO's members: NATO)."""
    if span.actor is None or span.actor.kind == "organisation":
        return False
    k = span.end + span.possessive
    for j in (k, k + 1):
        if j < len(lowers) and lowers[j] in _RELATIONS:
            return j == k or lowers[k].isalpha()
    return False


# Words between two name parts that keep them one mention:
# "Armenia's prime minister", "the president of France", "the CSTO Secretary General".
_OF_GLUE = (("of",), ("of", "the"))
_POSS_GLUE = (("'s",), ("'",))
# "Iceland's new government", "Russia's former president": one of these words
# may stand between the possessor and the title or sector it owns.
_HOLDER_ADJECTIVES = frozenset(
    {"new", "former", "incoming", "outgoing", "interim", "caretaker", "current",
     "acting", "then", "top", "chief", "late", "embattled", "ruling"}
)  # fmt: skip
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
        "along",
        "alongside",
        "beside",
        "besides",
        "behind",
        "beyond",
    }
)
# Name kinds that stand for a government in one place: after "in" they are a place.
_PLACES = frozenset({"capital", "seat", "city"})
# Kinds matched in any case ("Secretary-General", "PRIME MINISTER", "It"): they
# are common words, not names. Names keep their case ("Turkey", not "turkey").
_CASELESS = frozenset({"title", "sector", "anaphor"})
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
    """Case variants to match: as written, sentence-initial, title case, capitals.

    Diacritics are dropped: the matcher reads a folded copy of the doc, so
    "Élysée", "Elysée" and "ELYSÉE" all match the form "Elysee".
    """
    text = fold(text)
    title = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return {text, text[:1].upper() + text[1:], title, text.upper()}


def _folded(doc: Doc) -> Doc:
    """The doc with diacritics dropped from every token (same tokens, same
    indices), or the doc itself when it is plain ASCII."""
    if doc_text(doc).isascii():
        return doc
    strings = token_strings(doc)
    # Only non-ASCII words change (an ASCII word folds to itself); a doc whose
    # only non-ASCII characters are no letters ("€", "—") is its own fold.
    words = [t if t.isascii() else fold(t) or t for t in strings.texts]
    if words == strings.texts:
        return doc
    return Doc(doc.vocab, words=words, spaces=strings.spaces)


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
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._forms: dict[int, list[Form]] = {}
        # Every word of every name a person goes by ("Nikol", "Pashinyan").
        self._name_words: dict[str, set[str]] = defaultdict(set)
        for term in kb.terms:
            for text in (term.name, *term.aliases):
                self._name_words[term.person_id].update(text.replace("-", " ").split())
        # What an unambiguous name stands for at a date (see `_polity`), by the
        # identities of its forms: the finder's own, kept as long as it lives.
        self._readings: dict[tuple[tuple[int, ...], dt.date | None], _Reading] = {}
        self._add_forms(nlp, kb.forms())
        self._add_forms(
            nlp, (Form(t, "anaphor", need) for t, need in load_anaphora().items())
        )

    def _add_forms(self, nlp: Language, forms: Iterable[Form]) -> None:
        by_key: dict[tuple[bool, str], list[Form]] = defaultdict(list)
        for form in forms:
            if form.text:
                caseless = form.kind in _CASELESS
                by_key[(caseless, fold(form.text).lower())].append(form)
        for (caseless, low), group in by_key.items():
            texts: set[str] = set()
            for form in group:
                texts |= _variants(form.text)
            key = ("C:" if caseless else "F:") + low
            key_id = nlp.vocab.strings.add(key)
            self._forms.setdefault(key_id, []).extend(group)
            matcher = self.caseless if caseless else self.matcher
            matcher.add(key, list(nlp.tokenizer.pipe(sorted(texts))))

    def __call__(self, doc: Doc) -> Doc:
        """Find, group and resolve the actor mentions of `doc`."""
        hits = self.match(doc)
        set_extension(doc, "actor_spans", self.resolve(doc, self.group(doc, hits)))
        return doc

    # -- matching -------------------------------------------------------------------

    def match(self, doc: Doc) -> list[Hit]:
        """Every non-overlapping knowledge-base form in `doc` (longest wins).

        Names match case-sensitively (with the case variants of `_variants`),
        titles, sectors and anaphors in any case; both ignore diacritics.
        """
        folded = _folded(doc)
        found: dict[tuple[int, int], list[Form]] = defaultdict(list)
        for matcher in (self.matcher, self.caseless):
            for key, start, end in matcher(folded):
                found[(start, end)].extend(self._forms[key])
        hits = []
        spans = _longest_first(found)
        covered: set[int] | None = None  # built for the first lone surname only
        for start, end in spans:
            forms = found[(start, end)]
            if (
                _region_adjective(doc, start, forms)
                or _based_in(doc, end, forms)
                or _stance_prefix(doc, start)
            ):
                continue
            if end - start == 1 and all(f.kind == "person" for f in forms):
                if covered is None:
                    covered = {k for s, e in spans for k in range(s, e)}
                    covered.update(_sentence_starts(doc))  # first words open
                if self._inside_other_name(doc, start, end, forms, covered):
                    continue
            kind = forms[0].kind
            if len(forms) > 1:
                kind = min((f.kind for f in forms), key=_KIND_RANK.__getitem__)
            hits.append(Hit(start, end, kind, forms))
        return hits

    def _inside_other_name(
        self, doc: Doc, start: int, end: int, forms: list[Form], covered: set[int]
    ) -> bool:
        """Whether a lone surname is the last word of someone else's name ("Odin
        Sanchez", "Saint-Martin", "St. Martin"): the capitalised words right
        before it name none of that person's own names ("President George
        Herbert Walker Bush", "Vladimir V. Putin" keep theirs). A run that opens
        its sentence is read as the sentence's first word ("Yesterday Macron"),
        unless it opens a place name; honorifics, days and months stop a run."""
        if end - start != 1 or any(f.kind != "person" for f in forms):
            return False
        texts = token_strings(doc).texts
        own = set().union(*(self._name_words.get(f.code, set()) for f in forms))
        run: list[int] = []
        k = start - 1
        while k >= 0:
            if texts[k] == "-" and k >= 1 and not run:
                k -= 1
                continue
            bare = texts[k].rstrip(".")
            if not (bare[:1].isupper() and bare.replace("'", "").isalpha()):
                break
            if bare.lower() in _NAME_OPENERS:
                break
            if bare.lower() in _PLACE_OPENERS:
                return True  # "St. Martin", "Port Elizabeth", even opening a sentence
            if k in covered:
                break
            run.append(k)
            k -= 1
        if not run:
            return False
        if any(
            texts[m].rstrip(".") in own or len(texts[m].rstrip(".")) <= 1 for m in run
        ):
            return False
        return True

    # -- grouping -------------------------------------------------------------------

    def group(self, doc: Doc, hits: list[Hit]) -> list[list[Hit]]:
        """Join adjacent hits that name one actor ("Armenian Prime Minister Nikol
        Pashinyan"); a second state, person or title starts a new mention."""
        groups: list[list[Hit]] = []
        starts = _sentence_starts(doc)
        for hit in hits:
            if groups and self._joins(doc, starts, groups[-1], hit):
                groups[-1].append(hit)
            else:
                groups.append([hit])
        return groups

    def _joins(self, doc: Doc, starts: list[int], group: list[Hit], hit: Hit) -> bool:
        last = group[-1]
        if hit.kind == "anaphor" or last.kind == "anaphor" or hit.kind == "region":
            return False
        if hit.start - last.end > 2:
            return False  # every joining gap below is at most two words
        if bisect.bisect_right(starts, last.start) != bisect.bisect_right(
            starts, hit.start
        ):
            return False
        lowers = token_strings(doc).lowers
        gap = tuple(lowers[last.end : hit.start])
        kinds = {h.kind for h in group}
        polity = {"state", "organisation"}
        if hit.kind in polity and kinds & polity:
            return False
        if hit.kind in kinds and hit.kind != "sector":
            return False
        if not gap:
            return True
        if gap in _POSS_GLUE or (
            gap[:-1] in _POSS_GLUE and gap[-1] in _HOLDER_ADJECTIVES
        ):
            return last.kind in polity and hit.kind in {"title", "sector", "person"}
        if gap in _OF_GLUE:
            return last.kind in {"title", "sector"} and hit.kind in polity
        return False

    # -- resolution ------------------------------------------------------------------

    def resolve(self, doc: Doc, groups: list[list[Hit]]) -> list[ActorSpan]:
        """Resolve each group at the doc's date; anaphors are left to coreference."""
        day = extension(doc, "date")
        starts = _sentence_starts(doc)
        lowers = token_strings(doc).lowers
        out = []
        for group in groups:
            start, end = group[0].start, group[-1].end
            if group[-1].kind in _ABSORBING:
                end = _absorb_name(doc, group, end)
            sent = bisect.bisect_right(starts, start) - 1
            span = ActorSpan(
                start, end, sent, span_text(doc, start, end), how=group[0].kind
            )
            # Only a one-word mention has modifiers before it, and any mention
            # a compass word ("into southern Saudi Arabia").
            if end - start == 1 or (start and lowers[start - 1] in _COMPASS):
                before = _before_modifiers(doc, start, end)
            else:
                before = start
            while before >= 2 and lowers[before] == "-" and lowers[before + 1] == "led":
                # "by the Russian-led alliance": the leader's word and its
                # article stand between the preposition and the bloc.
                before -= 2 if lowers[before - 2] in {"the", "a"} else 1
            prev = _prev_word(lowers, before)
            span.prep = prev if prev in _PREPS else None
            span.possessive = end < len(lowers) and lowers[end] in _POSSESSIVE_MARKS
            self._resolve_group(doc, group, span, day)
            if out and _national_body(lowers, group, out[-1], start):
                # "the Antiguan Security Council", "Russia's Security Council":
                # a state's own council, not the UN's.
                code = out[-1].actor.code  # type: ignore[union-attr]
                span.actor, span.reason = self.resolver.polity_actor(code, "GOV"), None
            elif (
                start
                and lowers[start - 1] in _OWNER_PRONOUNS
                and (owner := _own_body_owner(lowers, group, out, start, sent))
                is not None
            ):
                # "Putin met his Security Council": the leader's own council.
                span.actor, span.reason = self.resolver.polity_actor(owner, "GOV"), None
            elif out and _envoy_to(lowers, group, out[-1], start):
                # "Russia's UN ambassador", "the U.S. deputy NATO envoy": a
                # state's envoy to an organisation acts for the state.
                code = out[-1].actor.code  # type: ignore[union-attr]
                span.actor = self.resolver.polity_actor(code, "GOV")
            if _names_relations(lowers, span):
                # "Armenia's allies condemned ...": others, named by their
                # relation to Armenia; who they are, the text does not say.
                span.actor, span.reason = None, _RELATIONS_REASON
            out.append(span)
        _share_head_sector(lowers, out, self.resolver)
        return out

    def _resolve_group(
        self, doc: Doc, group: list[Hit], span: ActorSpan, day: dt.date | None
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
        reading = None
        if polity is not None:
            reading = self._polity(doc, polity, day)
            if reading.code is None:
                span.reason, span.how = reading.reason, reading.kind
                span.is_location = reading.is_location
                span.location_code = reading.location_code
                return
        polity_code = reading.code if reading else None
        res: Resolution | None = None
        if "person" in by_kind:
            pids = [f.code for f in by_kind["person"].forms if f.kind == "person"]
            res = self.resolver.person(pids, day, polity_code)
            span.how = "person"
        elif "title" in by_kind:
            title = by_kind["title"].forms[0]
            if _former(doc, span.start):
                # "The former Dutch prime minister visited Kyiv": not today's
                # holder but a person named before (Rutte, now NATO's head).
                span.need, span.how = "person", "title"
                return
            if polity_code is None:
                span.need, span.how = (
                    f"title:{title.code}:{title.sector or 'GOV'}",
                    "title",
                )
                return
            res = self.resolver.office(polity_code, title.code, title.sector, day)
            span.how = "title"
        elif reading is not None and polity_code is not None:
            span.how = reading.kind
            # "talks in Moscow": the city is where it happened, not who acted;
            # "talks in Brussels": the city, whatever the name stands for.
            place = reading.location_code or (
                polity_code if reading.kind in _PLACES and not sector else None
            )
            incident = _incident_place(doc, span)
            if place and (span.prep in _LOCATIVE or incident):
                span.is_location, span.location_code = True, place
                span.reason = (
                    "a place here (it names an incident), not an actor"
                    if incident and span.prep not in _LOCATIVE
                    else f"a place here (after {span.prep!r}), not an actor"
                )
                if place == polity_code:
                    span.place_actor = self.resolver.polity_actor(
                        polity_code, sector or reading.sector
                    )
                return
            if reading.kind == "armed_group":
                sector = None  # "Houthi forces" are the group's, not the army
            res = Resolution(
                self.resolver.polity_actor(polity_code, sector or reading.sector),
                "name",
                reading.reason,
            )
        elif sector is not None:
            span.need, span.how = f"sector:{sector}", "sector"
            return
        if res is not None:
            span.actor, span.reason = res.actor, res.reason

    def _polity(self, doc: Doc, hit: Hit, day: dt.date | None) -> _Reading:
        """Which state or organisation a name hit stands for on `day`, kept for
        names whose reading depends on nothing else (neither the text's cues
        nor, for an expired name, its wording)."""
        key = (tuple(map(id, hit.forms)), day)
        reading = self._readings.get(key)
        if reading is None:
            reading, kept = self._read_polity(doc, hit, day)
            if kept:
                if len(self._readings) >= _READINGS_KEPT:
                    self._readings.clear()
                self._readings[key] = reading
        return reading

    def _read_polity(
        self, doc: Doc, hit: Hit, day: dt.date | None
    ) -> tuple[_Reading, bool]:
        """`_polity`'s reading, and whether it may be kept."""
        text = span_text(doc, hit.start, hit.end)
        forms = [f for f in hit.forms if f.kind in {"state", "organisation"}]
        valid = [f for f in forms if covers(f.valid_from, f.valid_to, day)]
        if not valid:
            return _expired(text, forms), False
        codes = {f.code for f in valid}
        ambiguous = next((f.ambiguous for f in valid if f.ambiguous), None)
        reason = None
        plain = not (len(codes) > 1 or ambiguous)
        if not plain:
            res = self.resolver.ambiguous_name(text, codes, doc_text(doc))
            if res.actor is None:
                return _Reading(
                    None, None, valid[0].detail or "name", res.reason
                ), False
            code, reason = res.actor.code, res.reason
        else:
            code = valid[0].code
        mine = [f for f in valid if f.code == code]
        if not mine:
            # A reading only the cues give: "Brussels" for the EU institutions
            # (after "in", still the city: `location_code`).
            place = next((f.code for f in valid if f.detail in _PLACES), None)
            return _Reading(code, None, "metonym", reason, location_code=place), plain
        sector = next((f.sector for f in mine if f.sector), None)
        kind = next((f.detail for f in mine if f.detail in _PLACES), mine[0].detail)
        return _Reading(code, sector, kind or "name", reason), plain


# At most this many readings are kept (then all are dropped and kept anew).
_READINGS_KEPT = 100_000


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a state or organisation name stands for at the doc's date."""

    code: str | None
    sector: str | None
    kind: str
    reason: str | None = None
    is_location: bool = False
    location_code: str | None = None  # the place it also names, if any


def _expired(text: str, forms: list[Form]) -> _Reading:
    """A name used after its validity ended: a former capital is a place, a name
    of a dissolved state names no actor, a former name still names its state."""
    form = max(forms, key=lambda f: f.valid_to or dt.date.min)
    until = f"until {form.valid_to}" if form.valid_to else f"from {form.valid_from}"
    if form.detail in _PLACES:
        return _Reading(
            None,
            None,
            form.detail,
            f"{text!r} was a seat of government of {form.code} only {until}: a place here",
            is_location=True,
            location_code=form.code,
        )
    if form.ambiguous:
        return _Reading(
            None,
            None,
            form.detail or "name",
            f"{text!r} named {form.code} only {until} ({form.ambiguous})",
        )
    return _Reading(
        form.code,
        form.sector,
        form.detail or "name",
        f"{text!r} is a former name of {form.code} (valid {until})",
    )


# Words between a preposition and its actor ("sanctions on 40 Belarusian
# officials", "talks with several senior Russian officials").
_QUANTIFIERS = frozenset(
    {"the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "several", "some", "many", "senior", "top", "other", "more",
     "than", "fewer", "least", "almost", "nearly", "about", "around", "over",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
     "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
     "hundred", "dozen"}
)  # fmt: skip


# Nouns of quantity whose "of" is no preposition of the actor after it ("cyber
# attacks on a number of Iranian websites", "sanctions on dozens of Russian
# officials"): the preposition before them is.
_QUANTITY_NOUNS = frozenset(
    {"number", "dozens", "hundreds", "thousands", "millions", "scores", "tens",
     "handful", "couple", "series", "host", "range", "string"}
)  # fmt: skip


_ADJECTIVAL = frozenset({"adjective", "demonym"})
_REGION_MODIFIERS = word_set("region_modifiers")
_INCIDENT_NOUNS = word_set("incident_nouns")


def _incident_place(doc: Doc, span: ActorSpan) -> bool:
    """ "the Paris attacks", "the Moscow concert hall attack": a city after
    "the" and before an incident noun (at most two words between) is where it
    happened."""
    lowers = token_strings(doc).lowers
    if span.start == 0 or lowers[span.start - 1] != "the":
        return False
    texts = token_strings(doc).texts
    for k in range(span.end, min(span.end + 3, len(lowers))):
        if lowers[k] in _INCIDENT_NOUNS:
            return True
        if not texts[k].isalpha() or not texts[k].islower():
            return False
    return False


def _former(doc: Doc, start: int) -> bool:
    """Whether "former" or "ex-" stands right before the mention ("the former
    Dutch prime minister", "ex-president")."""
    strings = token_strings(doc)
    if start >= 1 and strings.lowers[start - 1] == "former":
        return True
    return (
        start >= 2
        and strings.lowers[start - 1] == "-"
        and strings.lowers[start - 2] == "ex"
        and not strings.spaces[start - 2]
    )


_STANCE_PREFIXES = frozenset({"pro", "anti"})


def _stance_prefix(doc: Doc, start: int) -> bool:
    """ "pro-EU protesters", "anti-Russian activists", "pro-Russian
    separatists": a name after "pro-" or "anti-" says what a group stands
    for, not whose it is."""
    if start < 2:
        return False
    strings = token_strings(doc)
    return (
        strings.texts[start - 1] == "-"
        and strings.lowers[start - 2] in _STANCE_PREFIXES
        and not strings.spaces[start - 2]
        and not strings.spaces[start - 1]
    )


def _region_adjective(doc: Doc, start: int, forms: list[Form]) -> bool:
    """Whether a national adjective is part of a region's adjective: "South
    American countries", "Latin American governments" name no state (the longer
    state forms, "South Korean" or "Central African", matched first)."""
    if start == 0 or forms[0].detail not in _ADJECTIVAL:
        return False
    if len(forms) > 1 and any(f.detail not in _ADJECTIVAL for f in forms):
        return False
    word = token_strings(doc).texts[start - 1]
    return word[:1].isupper() and word.lower() in _REGION_MODIFIERS


def _based_in(doc: Doc, end: int, forms: list[Form]) -> bool:
    """Whether a place's name only says where someone is based ("a Doha-based
    analyst", "the London-based monitor"): the place is not the actor. Names of
    organisations that hold the phrase ("the Strasbourg-based body") matched
    first, being longer."""
    texts = token_strings(doc).texts
    if end + 1 >= len(texts) or texts[end] != "-":
        return False  # most names: no hyphen after, no test of the forms
    return texts[end + 1].lower() == "based" and all(f.kind == "state" for f in forms)


def _prev_word(lowers: list[str], start: int) -> str | None:
    i = start - 1
    while i >= 0 and (
        lowers[i] in _QUANTIFIERS
        # "withdrew from eastern Congo" (only after "from": "in eastern
        # Ukraine" stays an actor phrase, as the NGEC stories need)
        or (lowers[i] in _REGION_MODIFIERS and i > 0 and lowers[i - 1] == "from")
        or lowers[i].replace(",", "").isdigit()
        or (lowers[i] == "of" and i > 0 and lowers[i - 1] in _QUANTITY_NOUNS)
        or (lowers[i] in _QUANTITY_NOUNS and i + 1 < start and lowers[i + 1] == "of")
    ):
        if lowers[i] in {"about", "around", "over"} and not (
            i + 1 < start and lowers[i + 1].replace(",", "").isdigit()
        ):
            break  # "talks about Russia", "over Ukraine": prepositions after all
        if lowers[i] == "least" and i > 0 and lowers[i - 1] == "at":
            i -= 1  # "at least 40"
        i -= 1
    return lowers[i] if i >= 0 else None


# Adjectives that may stand before a national adjective in a noun phrase ("the
# death of a young Palestinian man", "of a 22-year-old Palestinian").
_PERSON_ADJECTIVES = frozenset(
    {"young", "old", "elderly", "former", "prominent", "local", "leading", "jailed"}
    | {"detained", "unarmed", "wounded", "dissident", "veteran", "retired", "year"}
    | {"teenage", "slain", "missing", "kidnapped", "abducted", "late", "-"}
)


def _before_modifiers(doc: Doc, start: int, end: int) -> int:
    """Where a one-word mention modifying a noun starts its noun phrase, before
    the adjectives that precede it ("a 22-year-old Palestinian man"); `start`
    for other mentions."""
    strings = token_strings(doc)
    lowers, texts = strings.lowers, strings.texts
    if start >= 1 and lowers[start - 1] in _COMPASS:
        return start - 1  # "in eastern Kazakhstan", "across northern Syria"
    if end - start != 1 or end >= len(texts) or not texts[end].islower():
        return start
    i = start
    while (
        i - 1 >= 0
        and start - i < 6
        and (lowers[i - 1] in _PERSON_ADJECTIVES or lowers[i - 1].isdigit())
    ):
        i -= 1
    return i


# Parts of a country named before its name ("in eastern Ukraine").
_COMPASS = frozenset(
    {"eastern", "western", "northern", "southern", "central", "northeastern"}
    | {"northwestern", "southeastern", "southwestern", "north-eastern"}
    | {"north-western", "south-eastern", "south-western", "mainland", "coastal"}
)


# Words that may stand before a bare surname without being part of another
# name: honorifics and ranks, days and months.
_NAME_OPENERS = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "lord", "dame", "madam", "prof", "gen", "sen"}
    | {"rep", "lt", "col", "maj", "capt", "comrade", "sheikh", "emir", "president"}
    | {"premier", "chancellor", "minister", "senator", "general", "king", "queen"}
    | {"prince", "princess", "pope", "ayatollah", "marshal", "admiral", "judge"}
    | word_set("time_words")
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)


def _share_head_sector(
    lowers: list[str], spans: list[ActorSpan], resolver: Resolver
) -> None:
    """ "Armenian and Azerbaijani troops", "Russian, Belarusian and Kazakh
    troops": adjectives coordinated before one head noun share its sector."""
    for i in range(len(spans) - 2, -1, -1):
        me, nxt = spans[i], spans[i + 1]
        if (
            me.how != "adjective"
            or nxt.how != "adjective"
            or me.actor is None
            or me.actor.sector is not None
            or me.actor.kind != "state"
            or nxt.actor is None
            or nxt.actor.sector is None
            or me.sent != nxt.sent
        ):
            continue
        gap = lowers[me.end : nxt.start]
        if gap in (["and"], ["or"], [","], [",", "and"]):
            me.actor = resolver.polity_actor(me.actor.code, nxt.actor.sector)


def _national_body(
    lowers: list[str], group: list[Hit], prev: ActorSpan, start: int
) -> bool:
    """Whether a bare body name an organisation shares with states ("Security
    Council") follows a state that owns it, with at most "'s" between."""
    if len(group) != 1 or group[0].kind != "organisation":
        return False
    if " ".join(lowers[start : group[0].end]) not in _NATIONAL_BODIES:
        return False
    after = lowers[group[0].end] if group[0].end < len(lowers) else ""
    if after in _SEAT_WORDS:
        return False  # "India's Security Council bid": the UN's council
    return _state_before(lowers, prev, start, _POSSESSIVE_MARKS)


# "his Security Council": the leader's own body (`_own_body_owner`).
_OWNER_PRONOUNS = frozenset({"his", "her"})


def _own_body_owner(
    lowers: list[str], group: list[Hit], out: list[ActorSpan], start: int, sent: int
) -> str | None:
    """The state of the last resolved mention in the sentence, for a bare body
    name it may own after "his" or "her" ("Putin met his Security Council")."""
    if len(group) != 1 or group[0].kind != "organisation":
        return None
    if " ".join(lowers[start : group[0].end]) not in _NATIONAL_BODIES:
        return None
    for prev in reversed(out):
        if prev.sent != sent:
            return None
        if prev.actor is not None:
            return prev.actor.code
    return None


def _envoy_to(lowers: list[str], group: list[Hit], prev: ActorSpan, start: int) -> bool:
    """Whether an organisation's envoy mention ("UN ambassador") follows a
    state that sends it, with at most "'s" and a rank between."""
    if len(group) < 2:
        return False  # most mentions: one hit, not both an organisation and a sector
    kinds = {h.kind: h for h in group}
    org, sector = kinds.get("organisation"), kinds.get("sector")
    if org is None or sector is None or group[0] is not org:
        return False
    if not _ENVOY_WORDS.intersection(lowers[sector.start : sector.end]):
        return False
    return _state_before(lowers, prev, start, _ENVOY_GAP)


def _state_before(
    lowers: list[str], prev: ActorSpan, start: int, gap_words: frozenset[str]
) -> bool:
    """Whether `prev` is a state (not a place) that ends right before `start`,
    with only `gap_words` between."""
    if prev.actor is None or prev.actor.kind != "state" or prev.is_location:
        return False
    return prev.end <= start and all(w in gap_words for w in lowers[prev.end : start])


_POSSESSIVE_MARKS = frozenset({"'s", "'"})

# Bodies named like an organisation's that states have too.
_NATIONAL_BODIES = frozenset({"security council", "general assembly"})
_SEAT_WORDS = frozenset(
    {"seat", "seats", "bid", "membership", "presidency", "resolution", "vote"}
    | {"campaign", "term", "candidacy", "reform", "veto", "member"}
)

# Envoys a state sends to an organisation ("Russia's UN ambassador"), and the
# words that may stand between the state and the organisation's name.
_ENVOY_WORDS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "representative", "delegate"}
    | {"representatives", "delegates", "delegation", "mission"}
)
_ENVOY_GAP = frozenset({"'s", "'", "deputy", "permanent", "acting", "former", "new"})

# First words of place names: a surname after them names a place.
_PLACE_OPENERS = frozenset(
    {"st", "saint", "san", "santa", "sao", "são", "fort", "port", "mount", "lake"}
    | {"cape", "point", "glen", "ste", "sainte"}
)


def _sentence_starts(doc: Doc) -> list[int]:
    return [start for start, _ in sentence_bounds(doc)]


def _longest_first(found: dict[tuple[int, int], list[Form]]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) ranges, longer ones first (as spaCy's
    filter_spans, without building Span objects), in text order."""
    taken: set[int] = set()
    kept = []
    # Longer first, then by start: (start - end, start, end) tuples sort so
    # (two ranges with the same start and length are the same range).
    for _, start, end in sorted([(s - e, s, e) for s, e in found]):
        if end - start == 1:
            if start in taken:
                continue
            taken.add(start)
        else:
            cover = range(start, end)
            if not taken.isdisjoint(cover):
                continue
            taken.update(cover)
        kept.append((start, end))
    return sorted(kept)


# The kinds of mention that take in an unknown name after them.
_ABSORBING = frozenset({"title", "sector"})


def _absorb_name(doc: Doc, group: list[Hit], end: int) -> int:
    """Extend a title or sector mention over the unknown name that follows it
    ("Kremlin spokesman Dmitry Peskov"), so the evidence shows the whole name."""
    if group[-1].kind not in _ABSORBING:
        return end
    texts = token_strings(doc).texts
    j = end
    while j < len(texts) and j - end < 3 and texts[j].istitle() and texts[j].isalpha():
        j += 1
    return j
