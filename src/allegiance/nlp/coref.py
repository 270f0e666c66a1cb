"""Within-article coreference: pronouns and definite descriptions to named actors."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib.resources import files

from spacy.language import Language
from spacy.tokens import Doc

from ..kb.base import KnowledgeBase
from ..kb.led import led_blocs
from ..kb.model import MEMBER_STATUSES
from ..kb.resolve import Resolver
from ..records import Actor
from .arguments import CHARGE_VERBS, PURPOSE_VERBS
from .spans import (
    ActorSpan,
    actor_spans,
    ensure_extensions,
    extension,
    sentence_bounds,
    token_strings,
    toks,
)

__all__ = ["Coreference"]

Test = Callable[[ActorSpan], bool]

# Organisation kinds that "the alliance" / "the bloc" can refer to.
# "the 27-member bloc", "the 32-nation alliance": a count of members.
_MEMBER_COUNT = re.compile(
    r"\b(\d+)\s*-\s*(?:member|nation|country|state)\s+(alliance|bloc|union|grouping)\b",
    re.IGNORECASE,
)
_ALLIANCE_KINDS = frozenset(
    {"collective_defence", "economic_union", "political_union", "security_partnership"}
)
# "The bloc" also names regional bodies and forums ("the African Union
# suspended Niger. The bloc demanded ...", "ASEAN ... the bloc").
_BLOC_KINDS = _ALLIANCE_KINDS | {"regional_organisation", "informal_forum"}
# How many sentences back an antecedent may be: news repeats names often, and a
# pronoun further away than this is more likely to be a mistake than a reference.
_WINDOW = 3
# Verbs of announcing besides the speech verbs of lexicon/speech.csv: in
# "Moscow announced (that) it was leaving", the pronoun is the announcer.
_ANNOUNCING = frozenset(
    {"announce", "declare", "warn", "signal", "indicate", "decide", "promise", "vow"}
)
# Possessive determiners: like "Armenia's", they modify a noun, so a sentence
# whose subject is "its decision" has a decision, not an actor, as its subject.
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# "Every country ... its own security", "many countries ... their relations": a
# generic noun phrase between a pronoun and the named actors is the pronoun's
# antecedent, and names no actor.
_GENERIC_DETERMINERS = frozenset(
    {"every", "each", "any", "no", "many", "most", "some", "several", "other", "few"}
)
_GENERIC_NOUNS = frozenset(
    {
        "country",
        "countries",
        "state",
        "states",
        "nation",
        "nations",
        "government",
        "governments",
        "power",
        "powers",
        "ally",
        "allies",
        "member",
        "members",
    }
)


class Coreference:
    """Resolve anaphors by salience: the subject of the same or a recent sentence.

    A candidate is "subject-like" when it does not follow a preposition; among
    compatible candidates the nearest subject-like one wins, then a possessor
    ("despite Russia's help to Armenia, its support" is Russia's), then the
    nearest. A sentence-initial "It" takes the previous sentence's subject only
    when that subject is itself a named actor ("Armenia's decision ... It" refers
    to the decision). Plural pronouns take only plural antecedents (an
    organisation, "Armenians", "Russian officials"). Reads and updates
    `doc._.actor_spans`.
    """

    def __init__(self, nlp: Language, name: str, kb: KnowledgeBase) -> None:
        ensure_extensions()
        self.name = name
        self.kb = kb
        self.resolver = Resolver(kb)

    def __call__(self, doc: Doc) -> Doc:
        """Fill in the actor of every anaphor in `doc._.actor_spans` it can."""
        spans: list[ActorSpan] = actor_spans(doc)
        for i, span in enumerate(spans):
            if span.need is None or span.actor is not None or _expletive(doc, span):
                continue
            if _generic_between(doc, spans, i):
                continue
            self._resolve(doc, spans, i, span)
        return doc

    def _resolve(
        self, doc: Doc, spans: list[ActorSpan], i: int, span: ActorSpan
    ) -> None:
        need = span.need or ""
        if need.startswith("title:"):
            _, office, sector = need.split(":")
            j = _office_of(doc, spans, i)
            if j is None:
                j = _antecedent(spans, i, _is_state)
            if j is not None:
                polity = spans[j].actor.code  # type: ignore[union-attr]
                day = extension(doc, "date")
                res = self.resolver.office(polity, office, sector, day)
                span.actor, span.reason, span.coref_from = res.actor, res.reason, j
                owner = spans[i - 1] if i and spans[i - 1].end == span.start else None
                other = spans[j].also or (owner.also if owner is not None else None)
                if other is not None and span.text.lower().endswith("s"):
                    # "their foreign ministers" after "Armenia and Azerbaijan":
                    # one office holder of each.
                    span.also = self.resolver.office(
                        other.code, office, sector, day
                    ).actor
            return
        if need.startswith("sector:"):
            sector = need.split(":")[1]
            owner = _possessor_before(doc, spans, i)
            if owner is None:
                owner = _office_of(doc, spans, i, nouns=True)
            origin = _from_named(doc, spans, i) if owner is None else None
            if origin is not None:
                # "Troops from the CSTO", "police officers from Kenya": the
                # state or organisation they come from is theirs.
                span.actor = self.resolver.polity_actor(origin.actor.code, sector)  # type: ignore[union-attr]
                span.coref_from = i + 1
                return
            place = _placed_in(doc, spans, i) if owner is None else None
            if place is not None:
                # "the court in The Hague", "the parliament in Kyiv": the place
                # says whose institution it is, not the last state named; an
                # unresolved or foreign-body place leaves it unresolved. An
                # owner named before wins ("Russia's embassy in Yerevan").
                where = place.actor
                code = where.code if where and where.kind == "state" else None
                code = code or place.location_code
                region = self.kb.regions.get(code or "")
                if region is not None and len(region.claimants) == 1:
                    # "police in Gaza": the state the region belongs to.
                    code = region.claimants[0]
                if code is not None and code in self.kb.states:
                    span.actor = self.resolver.polity_actor(code, sector)
                return
            j = owner if owner is not None else _antecedent(spans, i, _is_state)
            if j is not None and (
                owner is not None
                or _is_definite(doc, span)
                or _titles_a_name(doc, span)
            ):
                polity = spans[j].actor.code  # type: ignore[union-attr]
                span.actor, span.coref_from = (
                    self.resolver.polity_actor(polity, sector),
                    j,
                )
            return
        if need == "pair":
            self._pair(spans, i, span)
            return
        if need == "speaker":
            j = _quoted_speaker(doc, spans, i)
            if j is not None:
                who = spans[j].actor
                assert who is not None
                span.actor = self.resolver.polity_actor(who.code, who.sector)
                span.coref_from = j
            return
        tests: dict[str, Test] = {
            "person": _is_person,
            "polity": _is_polity,
            "state": _is_state,
            "organisation": _is_org,
            # "the group": an organisation, or an armed group (a state's REB
            # sector: "Yemen's Houthis ... any US attack on the group").
            "group": lambda c: (
                _is_org(c) or (c.actor is not None and c.actor.sector == "REB")
            ),
            "alliance": lambda c: self._is_org_of(c, _ALLIANCE_KINDS),
            "plural": lambda c: (
                _is_plural(c)
                or (doc[span.start].lower_ == "them" and _plural_head(doc, c))
            ),
        }
        test = tests.get(need)
        if need == "alliance":
            counted = self._counted_body(doc, span)
            if counted is not None:
                # "the 32-nation alliance": the one body with that many
                # members on the day, whatever was named before.
                span.actor = self.resolver.polity_actor(counted)
                return
        if need == "alliance" and any(
            t.lower_ == "bloc" for t in doc[span.start : span.end]
        ):
            # "the bloc's predecessor" is another body.
            if (
                doc[span.end - 1 : span.end + 2]
                .text.lower()
                .endswith(("'s predecessor", "'s forerunner"))
            ):
                return

            def test(c: ActorSpan) -> bool:
                return self._is_org_of(c, _BLOC_KINDS)

        if need.startswith("state:"):
            # "the Gulf state", "the Baltic country": a state of that group.
            members = state_groups().get(need.split(":", 1)[1], frozenset())

            def test(c: ActorSpan) -> bool:
                return _is_state(c) and c.actor.code in members  # type: ignore[union-attr]

        if test is None:
            return
        if need == "polity" and doc[span.start].lower_ == "its":
            # "Zelensky lashed out at NATO over its refusal": "its" is no person
            # when the sentence names something else it can stand for.
            polity = test

            def no_person(c: ActorSpan) -> bool:
                return polity(c) and not c.actor.person_id  # type: ignore[union-attr]

            if any(no_person(c) for c in spans[:i] if c.sent == span.sent):
                test = no_person
        if need in {"alliance", "organisation"}:
            led = self._led_bloc(doc, span)
            if led is not None:
                # "the Russian-led bloc": the bloc that leader heads.
                span.actor = self.resolver.polity_actor(led)
                return
        if need == "polity" and _own_ground(doc, span):
            # "had not helped Armenia when Azerbaijani troops advanced into its
            # territory": an organisation has no territory of its own.
            polity_test = test

            def test(c: ActorSpan) -> bool:
                return polity_test(c) and not _is_org(c)

        j = _reporter(doc, spans, i, test)
        if j is None:
            j = _charged_antecedent(doc, spans, i, test)
        if j is None:
            j = _purpose_object(doc, spans, i, test)
        if j is None:
            j = _object_antecedent(doc, spans, i, test)
        if j is None:
            j = _non_subject_antecedent(doc, spans, i, test)
        if j is None and need == "polity" and doc[span.start].lower_ == "it":
            j = _subject_antecedent(doc, spans, i, test)
        elif j is None and need == "polity" and _own_ground(doc, span):
            # "Belarus had deployed Russian weapons on its territory": whose
            # ground it is, is the clause's subject, not the nearest name.
            j = _subject_antecedent(doc, spans, i, test)
            if j is None:
                j = _antecedent(spans, i, test, doc)
        elif j is None:
            j = _antecedent(spans, i, test, doc)
        if need == "plural" and doc[span.start].lower_ in _PLURAL_PRONOUNS:
            pair = _coordinated_states(doc, spans, i, self.kb.states)
            if pair is not None and (j is None or j <= pair[0]):
                # "the bids of Sweden and Finland, accusing them": "them" is
                # both states, as if they were named again.
                first, second = (spans[k].actor for k in pair)
                span.actor = self.resolver.polity_actor(first.code)  # type: ignore[union-attr]
                span.also = self.resolver.polity_actor(second.code)  # type: ignore[union-attr]
                span.coref_from = pair[0]
                return
        if j is not None:
            antecedent = spans[j].actor
            if (
                need in {"polity", "plural", "alliance"}
                and antecedent is not None
                and antecedent.person_id
            ):
                # "Stoltenberg said ... the alliance": the body, not its head.
                antecedent = self.resolver.polity_actor(
                    antecedent.code,
                    None if need == "alliance" else antecedent.sector,
                )
            span.actor, span.coref_from = antecedent, j

    def _counted_body(self, doc: Doc, span: ActorSpan) -> str | None:
        """The organisation a "the 27-member bloc" or "the 32-nation alliance"
        description names: the only one of the fitting kinds with that many
        members (data/kb/memberships.csv, frozen and suspended ones counted) on
        the article's date; None when no or several bodies fit."""
        found = _MEMBER_COUNT.search(span.text)
        day = extension(doc, "date")
        if found is None or day is None:
            return None
        count = int(found.group(1))
        kinds = _ALLIANCE_KINDS if found.group(2) == "alliance" else _BLOC_KINDS
        fits = [
            code
            for code, org in self.kb.organisations.items()
            if org.kind in kinds
            and len(self.kb.members_at(code, day, MEMBER_STATUSES)) == count
        ]
        return fits[0] if len(fits) == 1 else None

    def _pair(self, spans: list[ActorSpan], i: int, span: ActorSpan) -> None:
        """ "Xi met Biden ... The two leaders agreed": the last two states
        named (by name or leader, not by a pronoun) in the two sentences
        before, in the order named. (In the same sentence the parties are
        usually the act's own arguments: "a deal hailed by both governments"
        after "Israel ... to Egypt".)"""
        parties: list[tuple[int, Actor]] = []
        for j in range(i - 1, -1, -1):
            other = spans[j]
            if other.sent == span.sent:
                continue
            if other.sent < span.sent - 2 or len(parties) == 2:
                break
            actor = other.actor
            if (
                actor is None
                or other.is_location
                or other.need is not None  # named parties only, not "it"
                or actor.kind not in {"state", "person"}
                or actor.code not in self.kb.states  # "the two countries"
            ):
                continue
            polity = self.resolver.polity_actor(actor.code, actor.sector)
            if all(p.code != polity.code for _, p in parties):
                parties.append((j, polity))
        if len(parties) == 2:
            (_, second), (j, first) = parties
            span.actor, span.also, span.coref_from = first, second, j

    def _led_bloc(self, doc: Doc, span: ActorSpan) -> str | None:
        """The organisation of a "Russian-led bloc" phrase (data/lexicon/led_blocs.csv),
        or the leading state of a "Saudi-led coalition" that is no organisation."""
        tk = token_strings(doc).lowers
        i = span.start
        while i < span.end and tk[i] in {"the", "a"}:
            i += 1
        # The "X-led" words stand just before the span or inside it.
        for k in range(max(0, span.start - 4), span.end - 1):
            if tk[k] == "-" and k + 1 < len(tk) and tk[k + 1] == "led":
                leader = self._leader(doc, k)
                if leader is None:
                    continue
                kind = (
                    "economic"
                    if {"economic", "trade"} & set(tk[k + 2 : span.end + 1])
                    else "alliance"
                )
                if "coalition" in tk[k + 2 : span.end]:
                    # "the Saudi-led coalition", "the US-led coalition": no
                    # organisation (not NATO), so the state that leads it acts.
                    return leader
                return _led_blocs().get((leader, kind))
        return None

    def _leader(self, doc: Doc, hyphen: int) -> str | None:
        for other in actor_spans(doc):
            if other.end == hyphen and other.actor is not None:
                return other.actor.code
        return None

    def _is_org_of(self, span: ActorSpan, kinds: frozenset[str]) -> bool:
        """Whether the span names an organisation of one of `kinds`, or one of
        its office holders ("Stoltenberg said ... the alliance")."""
        actor = span.actor
        if actor is None or (
            actor.person_id is not None and actor.kind != "organisation"
        ):
            return False
        org = self.kb.organisations.get(actor.code)
        return org is not None and org.kind in kinds


@cache
def state_groups() -> dict[str, frozenset[str]]:
    """The states a regional description may stand for ("the Gulf state"),
    by group (data/lexicon/state_groups.csv)."""
    path = files("allegiance") / "data" / "lexicon" / "state_groups.csv"
    groups: dict[str, set[str]] = {}
    for row in csv.DictReader(path.read_text("utf-8").splitlines()):
        groups.setdefault(row["group"], set()).add(row["code"])
    return {g: frozenset(codes) for g, codes in groups.items()}


@cache
def _reporting_lemmas() -> frozenset[str]:
    path = files("allegiance") / "data" / "lexicon" / "speech.csv"
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return frozenset(r["lemma"] for r in rows if " " not in r["lemma"]) | _ANNOUNCING


def _reporter(doc: Doc, spans: list[ActorSpan], i: int, test: Test) -> int | None:
    """In "Moscow announced (that) it was leaving", the actor just before the
    reporting verb."""
    me = spans[i]
    strings = toks(doc)
    if strings.lower[me.start] in _POSSESSIVE_PRONOUNS:
        return None
    k = me.start - 1
    if k >= 0 and strings.lower[k] == "that":
        k -= 1
    if k < 0 or strings.lemma[k] not in _reporting_lemmas():
        return None
    for j in range(i - 1, -1, -1):
        cand = spans[j]
        if cand.end <= k:
            fits = cand.end == k and _usable(cand, test) and not _modifier(cand)
            return j if fits else None
    return None


_QUOTES = frozenset({'"', "“", "”"})


def _quoted_speaker(doc: Doc, spans: list[ActorSpan], i: int) -> int | None:
    """For "we"/"our" inside a quotation: the speaker named right after the
    closing quote ('"We will not take part," Pashinyan said') or right before
    the opening one ('Pashinyan said: "We ..."'). Outside a quotation a
    first-person pronoun is left unresolved."""
    me = spans[i]
    tk = toks(doc)
    start, end = sentence_bounds(doc)[me.sent]
    before = [k for k in range(start, me.start) if tk.text[k] in _QUOTES]
    after = [k for k in range(me.end, end) if tk.text[k] in _QUOTES]
    if len(before) % 2 != 1 or not after:
        return None
    opening, closing = before[-1], after[0]
    speech = _reporting_lemmas()
    for j, cand in enumerate(spans):
        if cand.sent != me.sent or cand.actor is None or cand.need is not None:
            continue
        if 0 < cand.start - closing <= 3 and any(
            tk.lemma[k] in speech for k in range(cand.end, min(end, cand.end + 3))
        ):
            return j  # '..." Pashinyan said' / '..., said Pashinyan'
        if (
            cand.end <= opening
            and opening - cand.end <= 3
            and any(tk.lemma[k] in speech for k in range(cand.end, opening))
        ):
            return j  # 'Pashinyan said: "We ...'
    # '..., said Prime Minister Pashinyan': the speech verb comes first.
    for k in range(closing + 1, min(end, closing + 4)):
        if tk.lemma[k] in speech:
            for j, cand in enumerate(spans):
                if (
                    cand.actor is not None
                    and cand.need is None
                    and k < cand.start <= k + 4
                ):
                    return j
    return None


_OBJECT_PRONOUNS = frozenset({"him", "it", "them"})
# Words that may stand between the members of a list of subjects.
_LIST_GLUE = frozenset({"and", "or", "the", "a", "an", "as", "well", "both"})
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "when", "as", "while"})
# Prepositions of spread or of leaving ("across", "inside", "out of") that
# rarely point at the subject's own country; "in", "within", "from" and "to"
# often do ("expelled two diplomats from the country").
_PLACE_PREPS = frozenset({"across", "inside", "throughout"})


def _charged_antecedent(
    doc: Doc, spans: list[ActorSpan], i: int, test: Test
) -> int | None:
    """ "Moscow accused Yerevan of unfriendly steps, including its decision to
    join ...": a possessive in what someone is accused, blamed or praised for
    belongs to the one accused or praised, named right after the verb, unless
    it stands in the object of an act charged ("of killing its citizens")."""
    me = spans[i]
    tk = toks(doc)
    if tk.lower[me.start] not in _POSSESSIVE_PRONOUNS:
        return None
    start = sentence_bounds(doc)[me.sent][0]
    for k in range(me.start - 1, start - 1, -1):
        if tk.lemma[k] not in _CHARGE_VERBS:
            continue
        obj = next((j for j in range(i) if spans[j].start in (k + 1, k + 2)), None)
        if obj is None or not _usable(spans[obj], test) or spans[obj].need:
            return None
        if tk.lower[k + 1] not in {"the"} | _CHARGE_PREPS and spans[obj].start != k + 1:
            return None  # "sanctions on Iraq", "criticism of Russia" as well
        between = tk.lower[spans[obj].end : me.start]
        if any(w.endswith("ing") and w not in {"including", "during"} for w in between):
            # "accused Israel of assassinating its scientist": the possessive is
            # in the object of the act charged, usually the accuser's own.
            return None
        if any(
            m.start < me.start and m.end > spans[obj].end for m in spans[obj + 1 : i]
        ):
            return None  # another actor named between
        return obj if _CHARGE_LINKS.intersection(between) else None
    return None


# Words that tie the charge to what the charged did: "for its", "over its
# invasion", "in response to its", "in retaliation for".
_CHARGE_LINKS = frozenset({"of", "for", "over", "response", "retaliation"})
# Prepositions between a charge noun and the one charged ("sanctions on Iraq").
_CHARGE_PREPS = frozenset({"on", "against", "of"})

# Verbs whose object is charged or credited with what follows "of" or "for".
_CHARGE_VERBS = CHARGE_VERBS


def _purpose_object(doc: Doc, spans: list[ActorSpan], i: int, test: Test) -> int | None:
    """ "Erdogan called Pashinyan to congratulate him": the caller does the
    purpose act, so its object pronoun is the one called (the object of a
    `purpose_verbs` verb right before "to")."""
    me = spans[i]
    tk = toks(doc)
    to_at = me.start - 2
    if to_at < 1 or tk.lower[me.start] not in _OBJECT_PRONOUNS | {"her"}:
        return None
    if tk.lower[to_at] != "to" or i < 1:
        return None
    j = i - 1
    obj = spans[j]
    if obj.end != to_at or obj.prep is not None or not _usable(obj, test):
        return None
    verb = obj.start - 1
    while verb > 0 and tk.lower[verb] in {"the", "a", "an", "his", "her", "its"}:
        verb -= 1
    return j if tk.lemma[verb] in PURPOSE_VERBS else None


_HIT_PREPS = frozenset({"on", "at", "against"})


def _object_antecedent(
    doc: Doc, spans: list[ActorSpan], i: int, test: Test
) -> int | None:
    """An object pronoun right after a verb ("..., accusing it of", "urging him
    to") is not the subject of its sentence: the nearest earlier candidate of
    the sentence that is not among the subjects named first (a list of
    subjects ends at the first mention after a preposition)."""
    me = spans[i]
    tk = toks(doc)
    prev = tk.lower[me.start - 1] if me.start > 0 else ""
    pronoun = tk.lower[me.start] in _OBJECT_PRONOUNS and prev.endswith(("ing", "ed"))
    # "pull its troops out of the country", "attacks across the country": a
    # place named after a preposition is rarely the subject's own country.
    place = me.need == "state" and (
        me.prep in _PLACE_PREPS
        or me.prep == "of"
        and me.start >= 2
        and tk.lower[me.start - 2] == "out"
    )
    # "Cambodian troops opened fire on its soldiers": what is attacked is not
    # the attacker's own.
    hit = tk.lower[me.start] in {"its", "their"} and me.prep in _HIT_PREPS
    if not (pronoun or place or hit):
        return None
    k = _first_in_sentence(spans, i)
    if hit and not (pronoun or place):
        # The doer is the nearest named actor before, possessor or not
        # ("Pakistan condemned India's strikes on its territory"); the
        # nearest other actor before it owns what is hit.
        doer = next(
            (
                m
                for m in range(i - 1, k - 1, -1)
                if _usable(spans[m], test) and spans[m].need is None
            ),
            None,
        )
        if doer is None:
            return None
        doer_code = spans[doer].actor.code  # type: ignore[union-attr]
        for m in range(doer - 1, k - 1, -1):
            cand = spans[m]
            if cand.need is not None or not _usable(cand, test):
                continue
            if cand.actor is not None and cand.actor.code == doer_code:
                continue  # "the Iranian envoy after Iranian strikes on its": Iran's own
            return m
        return None
    if place and not pronoun:
        # The subject of the description's own clause ("after Azerbaijani
        # forces shelled towns inside the country") is excluded, then the
        # nearest other state of the sentence is taken.
        clause_subject = next(
            (
                m
                for m in range(i - 1, k - 1, -1)
                if _usable(spans[m], test)
                and spans[m].need is None
                and not _modifier(spans[m])
                and (spans[m].prep is None or spans[m].prep in _CLAUSE_OPENERS)
            ),
            None,
        )
        if clause_subject is None:
            return None
        for m in range(i - 1, k - 1, -1):
            cand = spans[m]
            if m == clause_subject or cand.need is not None or not _usable(cand, test):
                continue
            if (
                cand.actor is not None
                and cand.actor.code == spans[clause_subject].actor.code  # type: ignore[union-attr]
            ):
                continue  # the subject's state, whatever the mention's sector
            return m
        # "Azerbaijani forces shelled towns inside the country, the Armenian
        # defence ministry said": no other state before, the reporter after.
        subject_code = spans[clause_subject].actor.code  # type: ignore[union-attr]
        for m in range(i + 1, len(spans)):
            cand = spans[m]
            if cand.sent != spans[i].sent:
                break
            if cand.need is None and _usable(cand, test) and cand.actor is not None:
                if cand.actor.code != subject_code and cand.actor.kind in {
                    "state",
                    "person",
                }:
                    return m
        return None
    local = _local_subject(doc, spans, i, k)
    if local is not None:
        # "Pashinyan flew to Paris, where Macron hosted him": a pronoun object
        # never stands for the subject of its own verb; the sentence's
        # subjects are open again, since the clause has a subject of its own.
        own_code = spans[local].actor.code  # type: ignore[union-attr]
        for m in range(i - 1, k - 1, -1):
            cand = spans[m]
            if m == local or cand.need is not None or not _usable(cand, test):
                continue
            if cand.actor is not None and cand.actor.code == own_code:
                continue
            if _modifier(cand):
                continue
            return m
        return None
    subjects = set()
    for m in range(k, i):
        if spans[m].prep is not None:
            break
        if m > k and any(
            w.isalpha() and w not in _LIST_GLUE
            for w in tk.lower[spans[m - 1].end : spans[m].start]
        ):
            break  # "Zas met Pashinyan and briefed him": an object, not a subject
        subjects.add(m)
    # "... after President Erdogan called it a war criminal": the subject of
    # the pronoun's own clause is not its antecedent either.
    opener = next(
        (m for m in range(i - 1, k - 1, -1) if spans[m].prep in _CLAUSE_OPENERS), None
    )
    own = None
    if opener is not None and spans[opener].actor is not None:
        subjects.add(opener)
        own = spans[opener].actor.code  # type: ignore[union-attr]
    for m in range(i - 1, k - 1, -1):
        cand = spans[m]
        if m in subjects or cand.need is not None or not _usable(cand, test):
            continue
        if own is not None and cand.actor is not None and cand.actor.code == own:
            continue  # "from Turkey ... after Erdogan called it": Erdogan's state
        if _modifier(cand):
            continue
        return m
    return None


# Words that open a clause with a subject of its own inside a sentence.
_CLAUSE_WORDS = frozenset({"where", "and", "but", "while", "when", "after", "who"})


def _local_subject(doc: Doc, spans: list[ActorSpan], i: int, k: int) -> int | None:
    """The subject of the verb an object pronoun follows, when that verb opens
    a clause of its own after the sentence's first subject ("..., where Macron
    hosted him", "... and Putin received him"): a named mention right before
    the verb (an adverb between is allowed), itself right after a clause word."""
    verb = spans[i].start - 1
    tk = toks(doc)
    for m in range(i - 1, k, -1):
        cand = spans[m]
        if cand.end < verb - 1:
            return None
        if cand.end not in (verb, verb - 1) or cand.need is not None:
            continue
        if cand.end == verb - 1 and not tk.lower[verb - 1].endswith("ly"):
            return None
        if cand.actor is None or cand.prep is not None or _modifier(cand):
            return None
        before = cand.start - 1
        if before >= 0 and tk.lower[before] == "the":
            before -= 1
        return m if before >= 0 and tk.lower[before] in _CLAUSE_WORDS else None
    return None


_OBJECT_PREPS = frozenset({"to", "on", "against", "with", "for", "from", "at"})
# "came to its aid": help given to the owner, never the helper itself.
_BENEFIT_NOUNS = frozenset(
    {"aid", "rescue", "defence", "defense", "assistance", "help", "side"}
)


def _non_subject_antecedent(
    doc: Doc, spans: list[ActorSpan], i: int, test: Test
) -> int | None:
    """An object pronoun ("called it a war criminal", "sending aid to it") or a
    possessive helped ("come to its aid") never stands for the subject of its
    own clause: the best candidate, in this or an earlier sentence, naming
    another actor than that subject."""
    me = spans[i]
    tk = toks(doc)
    prev = tk.lower[me.start - 1] if me.start > 0 else ""
    nxt = tk.lower[me.end] if me.end < len(tk.lower) else ""
    word = tk.lower[me.start]
    objective = word in _OBJECT_PRONOUNS and (
        prev.endswith(("ing", "ed"))
        or prev in _OBJECT_PREPS
        # "sent rescue teams to help it": the object of an infinitive
        or (
            me.start >= 2
            and tk.lower[me.start - 2] == "to"
            and prev == tk.lemma[me.start - 1]
        )
    )
    helped = word in _POSSESSIVE_PRONOUNS and prev == "to" and nxt in _BENEFIT_NOUNS
    # "imposed a blockade on the Gulf state": so is a description of a state.
    described = (
        word == "the"
        and (me.need or "").split(":")[0] == "state"
        and (prev.endswith(("ing", "ed")) or prev in _OBJECT_PREPS)
    )
    if not (objective or helped or described):
        return None
    k = _first_in_sentence(spans, i)
    subject = next(
        (
            spans[m]
            for m in range(i - 1, k - 1, -1)
            if spans[m].actor is not None
            and (spans[m].prep is None or spans[m].prep in _CLAUSE_OPENERS)
            and not _modifier(spans[m])
        ),
        None,
    )
    if subject is None or subject.actor is None:
        return None
    own = {subject.actor.code}
    if described:
        # "Saudi Arabia, the UAE, Bahrain and Egypt ... imposed a blockade on
        # the Gulf state": none of the coordinated subjects.
        own |= {
            spans[m].actor.code  # type: ignore[union-attr]
            for m in range(k, i)
            if spans[m].actor is not None
            and spans[m].prep is None
            and not _modifier(spans[m])
        }
    return _antecedent(
        spans,
        i,
        lambda s: test(s) and s.actor is not None and s.actor.code not in own,
        doc,
    )


# Words that cannot continue the noun phrase of a sector noun before its "of".
_NOT_NOUNS = frozenset(
    {"of", "in", "on", "at", "to", "from", "with", "by", "for", "and", "or", "the"}
    | {"a", "an", "its", "their", "his", "her", "that", "which", "who"}
)


def _office_of(
    doc: Doc, spans: list[ActorSpan], i: int, *, nouns: bool = False
) -> int | None:
    """The state a title or sector names right after it ("Minister of Foreign
    Affairs and Expatriates of the Hashemite Kingdom of Jordan", "the government
    and people of Saudi Arabia"): an "of" phrase reached through more
    capitalised words of the title only, or with `nouns` through "and" and
    a few more nouns."""
    if i + 1 >= len(spans):
        return None
    span, nxt = spans[i], spans[i + 1]
    if nxt.sent != span.sent or nxt.prep != "of" or not _is_state(nxt):
        return None
    between = [doc[k] for k in range(span.end, nxt.start)]
    if len(between) > 6 or not between:
        return None
    if nouns:
        # "the government of X", "the government and people of X", "the
        # government websites of X"
        words = [t.lower_ for t in between]
        if words[-1] != "of" or len(words) > 4:
            return None
        if len(words) > 1 and (span.start == 0 or doc[span.start - 1].lower_ != "the"):
            return None  # "the economic and military supporter of": an adjective
        rest = words[1:-1] if words[0] == "and" else words[:-1]
        if all(w.isalpha() and w not in _NOT_NOUNS for w in rest):
            return i + 1
        # "the Ministry of Health of Ethiopia": a capitalised name goes on.
        if not (between[0].lower_ == "of" and between[1].is_title):
            return None
    if not all(t.lower_ in {"and", "of", "the", "&"} or t.is_title for t in between):
        return None
    return i + 1


def _possessor_before(doc: Doc, spans: list[ActorSpan], i: int) -> int | None:
    """The resolved possessive mention owning span `i` ("Iran's Foreign
    Ministry's spokesman"): it ends right before the span, but for its "'s"."""
    if i == 0:
        return None
    prev, span = spans[i - 1], spans[i]
    if not prev.possessive or prev.actor is None or prev.sent != span.sent:
        return None
    between = [doc[k].lower_ for k in range(prev.end, span.start)]
    return i - 1 if all(w in {"'s", "'"} for w in between) else None


def _antecedent(
    spans: list[ActorSpan], i: int, test: Test, doc: Doc | None = None
) -> int | None:
    """The best earlier candidate within the window (see Coreference). In the
    pronoun's own sentence, a reported clause ("The Kremlin said that Armenia
    had frozen its participation") is searched first: its subject is nearer
    than the speaker's."""
    me = spans[i]
    for j in range(i - 1, -1, -1):
        cand = spans[j]
        if me.sent - cand.sent > _WINDOW:
            break
        if not _usable(cand, test):
            continue
        if doc is not None and cand.sent == me.sent:
            opens = _clause_open(doc, spans, i)
            if opens is not None and cand.start > opens:
                return _salient(spans, j, test, lo=opens)
        return _salient(spans, j, test)
    return None


def _clause_open(doc: Doc, spans: list[ActorSpan], i: int) -> int | None:
    """The "that" opening the reported clause a pronoun stands in, if any."""
    me = spans[i]
    start = sentence_bounds(doc)[me.sent][0]
    tk = toks(doc)
    opens_at = {s.start for s in spans if s.sent == me.sent}
    for k in range(me.start - 1, start, -1):
        # "said (on Friday) that": a reporting verb shortly before the "that".
        if tk.lower[k] == "that" and any(
            tk.lemma[m] in _reporting_lemmas() for m in range(max(start, k - 4), k)
        ):
            return k
        # "Macron said Armenia could count on ...": no "that", the clause's
        # subject right after the verb.
        if (
            tk.lemma[k] in _reporting_lemmas()
            and k + 1 in opens_at
            and k + 1 < me.start
        ):
            return k
    return None


_GROUND_NOUNS = frozenset(
    {"territory", "soil", "airspace", "waters", "land", "borders", "border"}
)


def _own_ground(doc: Doc, span: ActorSpan) -> bool:
    """Whether the span is "its" before a word for a state's own ground."""
    tk = token_strings(doc).lowers
    return (
        tk[span.start] == "its" and span.end < len(tk) and tk[span.end] in _GROUND_NOUNS
    )


def _subject_antecedent(
    doc: Doc, spans: list[ActorSpan], i: int, test: Test
) -> int | None:
    """For "it": a subject-like actor earlier in its sentence, else (when "it"
    opens the sentence) the previous sentence's subject if that is an actor."""
    me = spans[i]
    sent_start = sentence_bounds(doc)[me.sent][0]
    if me.start > sent_start:
        k = _first_in_sentence(spans, i)
        for m in range(k, i):
            cand = spans[m]
            if _usable(cand, test) and cand.prep is None and not _modifier(cand):
                if _hits_own(doc, me):
                    # "Hezbollah fired at Israel after it struck its positions":
                    # who strikes the subject's positions is someone else.
                    return _other_than(spans, i, m, test)
                return m
        j = _antecedent(spans, i, lambda s: test(s) and not _modifier(s))
        return j
    # Sentence-initial "It": centring on the previous sentence's subject.
    prev = [j for j in range(i) if spans[j].sent == me.sent - 1]
    asked = _asked_before(doc, spans, i, prev, test)
    if asked is not None:
        return asked
    for j in prev:
        cand = spans[j]
        if cand.prep is None and not cand.is_location:
            if cand.actor is None or _modifier(cand) or not test(cand):
                return None
            return j
    return None


# Verbs of striking: "it struck its positions" hits another's, not its own.
_HIT_LEMMAS = frozenset({"strike", "hit", "attack", "bomb", "shell", "raid", "target"})


def _hits_own(doc: Doc, me: ActorSpan) -> bool:
    """Whether "it" is followed by a striking verb (perhaps after an auxiliary)
    and "its" or "their": a clause whose subject is not the possessor."""
    tk = toks(doc)
    end = min(len(tk.lower), me.end + 3)
    for v in range(me.end, end - 1):
        if tk.lemma[v] in _HIT_LEMMAS:
            return tk.lower[v + 1] in {"its", "their"}
        if tk.lower[v] not in {"had", "has", "have", "was", "reportedly"}:
            return False
    return False


def _other_than(spans: list[ActorSpan], i: int, m: int, test: Test) -> int | None:
    """The nearest usable actor before span i that is not span m's actor."""
    for j in range(i - 1, m, -1):
        cand = spans[j]
        if (
            _usable(cand, test)
            and cand.need is None
            and not _modifier(cand)
            and cand.actor != spans[m].actor
        ):
            return j
    return m


# Answers whose doer is the one asked before ("Kyiv asked Berlin for
# missiles. It refused."), and the verbs that ask.
_ANSWER_LEMMAS = frozenset({"refuse", "decline", "agree", "accept", "reject"})
_ASKING_LEMMAS = frozenset({"ask", "urge", "request", "invite", "press", "call"})


def _asked_before(
    doc: Doc, spans: list[ActorSpan], i: int, prev: list[int], test: Test
) -> int | None:
    """For a sentence-initial "It" that answers ("It refused", "It later
    agreed"): the one asked in the sentence before, the object right after an
    asking verb ("asked Berlin", "called on Serbia")."""
    tk = toks(doc)
    k = spans[i].end
    while k < len(tk.lower) and (tk.lower[k].endswith("ly") or tk.lower[k] == "later"):
        k += 1
    if k >= len(tk.lower) or tk.lemma[k] not in _ANSWER_LEMMAS:
        return None
    for j in prev:
        cand = spans[j]
        if cand.prep not in {None, "on"} or not _usable(cand, test):
            continue
        verb = cand.start - (2 if cand.prep == "on" else 1)
        if verb >= 0 and tk.lower[verb] == "the":
            verb -= 1
        if verb >= 0 and tk.lemma[verb] in _ASKING_LEMMAS:
            return j
    return None


def _usable(cand: ActorSpan, test: Test) -> bool:
    return cand.actor is not None and not cand.is_location and test(cand)


def _modifier(span: ActorSpan) -> bool:
    """A possessor ("Armenia's", "its"): it modifies the noun that follows."""
    return span.possessive or span.text.lower() in _POSSESSIVE_PRONOUNS


def _first_in_sentence(spans: list[ActorSpan], j: int) -> int:
    k = j
    while k - 1 >= 0 and spans[k - 1].sent == spans[j].sent:
        k -= 1
    return k


def _salient(spans: list[ActorSpan], j: int, test: Test, lo: int = -1) -> int:
    """Within candidate j's sentence (from token `lo` on), up to j: the first
    subject-like candidate, else the first possessor, else j itself."""
    k = _first_in_sentence(spans, j)
    # Named mentions first: a resolved pronoun is only as good as its antecedent.
    window = [
        m
        for m in range(k, j + 1)
        if _usable(spans[m], test) and spans[m].need is None and spans[m].start > lo
    ]
    for m in window:
        if spans[m].prep is None:
            return m
    for m in window:
        if spans[m].possessive:
            return m
    return j


def _generic_between(doc: Doc, spans: list[ActorSpan], i: int) -> bool:
    """Whether "every country" (or the like) earlier in the pronoun's sentence is
    its antecedent: no subject-like actor is named between the two ("many
    countries that were on Russia's side ... their relations")."""
    me = spans[i]
    start = sentence_bounds(doc)[me.sent][0]
    words = token_strings(doc).lowers[start : me.start]
    if _GENERIC_DETERMINERS.isdisjoint(words):
        return False  # most sentences: no determiner, no scan
    generic = [
        start + k
        for k, word in enumerate(words)
        # The noun may follow one adjective: "every small country".
        if word in _GENERIC_DETERMINERS and _GENERIC_NOUNS & set(words[k + 1 : k + 3])
    ]
    if not generic:
        return False
    return not any(
        s.sent == me.sent
        and s.start > generic[-1]
        and s.actor is not None
        and s.prep is None
        and not s.possessive
        for s in spans[:i]
    )


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
_COPULAS = frozenset({"is", "was", "'s"})
_MODALS = frozenset({"would", "might", "may", "can", "could", "must"})
_EXPLETIVE_AFTER_MODAL = frozenset(
    {"be", "seem", "appear", "take", "make", "have", "not", "also", "only", "still"}
)


def _expletive(doc: Doc, span: ActorSpan) -> bool:
    lowers = token_strings(doc).lowers
    if lowers[span.start] != "it" or span.end >= len(lowers):
        return False
    nxt = lowers[span.end]
    if nxt not in _EXPLETIVE_NEXT:
        return False
    after = lowers[span.end + 1] if span.end + 1 < len(lowers) else ""
    # "it is facing pressure": a progressive verb makes "it" an agent; so does an
    # action verb after a modal ("said it would train"), unlike "it would be".
    if nxt in _COPULAS:
        return not (after.endswith("ing") and after != "going")
    if nxt in _MODALS:
        return after in _EXPLETIVE_AFTER_MODAL
    return True


def _is_person(span: ActorSpan) -> bool:
    """A named person: one the knowledge base knows, or a surname it cannot
    tell apart within one state ("Karapetyan"), which "he" may refer to as well."""
    return span.actor is not None and (
        span.actor.person_id is not None or span.how == "person"
    )


def _is_polity(span: ActorSpan) -> bool:
    return span.actor is not None and span.actor.kind in {
        "state",
        "organisation",
        "person",
    }


def _is_state(span: ActorSpan) -> bool:
    actor = span.actor
    return (
        actor is not None
        and actor.kind in {"state", "person"}
        and actor.person_id is None
    )


def _is_org(span: ActorSpan) -> bool:
    actor = span.actor
    return (
        actor is not None and actor.kind == "organisation" and actor.person_id is None
    )


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _coordinated_states(
    doc: Doc, spans: list[ActorSpan], i: int, states: Mapping[str, object]
) -> tuple[int, int] | None:
    """The nearest "X and Y" before span i in its sentence or the one before,
    both states named by name (not a pronoun, not a place), two different
    states: what "they" or "them" stands for."""
    me = spans[i]
    lower = toks(doc).lower
    for k in range(i - 1, 0, -1):
        second, first = spans[k], spans[k - 1]
        if me.sent - first.sent > 1:
            return None
        if (
            first.end + 1 == second.start
            and lower[first.end] == "and"
            and all(
                a.actor is not None
                and a.need is None
                and not a.is_location
                and a.actor.code in states
                for a in (first, second)
            )
            and first.actor.code != second.actor.code  # type: ignore[union-attr]
        ):
            if first.start > 0 and lower[first.start - 1] == ",":
                return None  # "Mali, Burkina Faso and Niger": more than two
            return k - 1, k
    return None


def _is_plural(span: ActorSpan) -> bool:
    """Antecedents of "they": organisations (their members), and plural mentions
    such as "Armenians" or "Russian officials"; not a single state's name."""
    actor: Actor | None = span.actor
    if actor is None or actor.person_id is not None:
        return False
    if actor.kind == "organisation":
        return True
    last = span.text.split()[-1].lower() if span.text else ""
    return span.how not in {"name", "alias", "historical"} and last.endswith("s")


_GROUP_NOUNS = frozenset({"couple", "crew", "family", "delegation", "team"})


def _plural_head(doc: Doc, span: ActorSpan) -> bool:
    """Whether a national adjective heads a plural noun ("two Belarusian
    intelligence officers", "a French couple"): an antecedent of "them"."""
    if span.how not in {"adjective", "demonym"} or span.actor is None:
        return False
    lowers = toks(doc).lower
    for k in range(span.end, min(span.end + 2, len(lowers))):
        w = lowers[k]
        if not w.isalpha():
            return False
        if w in _GROUP_NOUNS or (w.endswith("s") and not w.endswith("ss")):
            return True
    return False


def _named_after(
    doc: Doc, spans: list[ActorSpan], i: int, preps: frozenset[str]
) -> ActorSpan | None:
    """The named mention right after one of `preps` (and "the") that follows
    span i, if any."""
    end = spans[i].end
    lowers = token_strings(doc).lowers
    if end >= len(lowers) or lowers[end] not in preps:
        return None
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt.need is not None:
        return None
    return nxt if lowers[end + 1 : nxt.start] in ([], ["the"]) else None


def _placed_in(doc: Doc, spans: list[ActorSpan], i: int) -> ActorSpan | None:
    """The named place right after "in" or "at" that follows span i, if any."""
    return _named_after(doc, spans, i, _IN_AT)


def _from_named(doc: Doc, spans: list[ActorSpan], i: int) -> ActorSpan | None:
    """The state or organisation named right after "from" that follows span i
    ("Troops from the CSTO"), if any."""
    nxt = _named_after(doc, spans, i, _FROM)
    if nxt is None or nxt.actor is None or nxt.is_location:
        return None
    return nxt if nxt.actor.kind in {"state", "organisation"} else None


_IN_AT = frozenset({"in", "at"})
_FROM = frozenset({"from"})


def _titles_a_name(doc: Doc, span: ActorSpan) -> bool:
    """ "opposition leader Freddy Superlano": a sector noun used as the title
    of a named person is as specific as "the opposition leader"."""
    texts = token_strings(doc).texts
    last = texts[span.end - 1]
    return span.end - span.start >= 2 and last[:1].isupper() and last[1:].islower()


def _is_definite(doc: Doc, span: ActorSpan) -> bool:
    """ "the government" refers back; a bare "government" or "troops" may not."""
    return span.start > 0 and token_strings(doc).lowers[span.start - 1] == "the"


@cache
def _led_blocs() -> dict[tuple[str, str], str]:
    return {(b.leader, b.kind): b.organisation for b in led_blocs()}
