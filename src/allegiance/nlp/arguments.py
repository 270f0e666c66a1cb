"""Argument assignment without a parser: who acts and who is acted on, per trigger."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from .clauses import (
    IRREGULAR_PARTICIPLES,
    WEAPON_WORDS,
    ClauseCues,
    adverbial_aside_end,
    clause_bounds,
    gerund_subject_start,
    is_passive,
    looks_nominal,
)
from .lexicon import Trigger, word_set
from .spans import ActorSpan, actor_spans, sentence_bounds, token_strings, toks

__all__ = [
    "BE_FORMS",
    "PURPOSE_VERBS",
    "Args",
    "Occurrence",
    "Situation",
    "find_arguments",
    "find_reporter",
    "modifier_ends",
]

_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "to", "from", "with", "by", "for", "against", "over"}
)
_QUOTES = frozenset({'"', "“", "”"})
_COORD = frozenset({"and", ",", "or", "&", "nor"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
_DYAD_NOUNS = frozenset(
    {"conflict", "war", "clash", "clashes", "fighting", "hostilities"}
)
# "especially the US": a named actor after these words continues the preposition.
_FOCUS = frozenset(
    {
        "especially",
        "including",
        "notably",
        "particularly",
        "mainly",
        "primarily",
        "namely",
        "chiefly",
        "above",
        "like",
    }
)
# Verbs whose object is an event noun done by their subject: "launched an attack",
# "announced the freezing of", "lodged a protest". Other nouns name acts of
# others, and take their agent only from a possessor or a by/from phrase.
LIGHT_VERBS = frozenset(
    {
        "launch", "carry", "conduct", "stage", "mount", "make", "hold", "announce",
        "begin", "start", "continue", "step", "intensify", "deliver", "issue",
        "express", "voice", "file", "lodge", "impose", "extend", "provide", "give",
        "offer", "sign", "conclude", "complete", "order", "pursue", "wage",
        "declare", "unveil", "submit", "hand", "formalise", "formalize", "seal",
        "finalise", "finalize", "resume", "renew", "confirm", "approve", "agree",
        "reach", "open", "seek", "request", "demand", "adopt", "pass", "take",
        "effect", "initiate", "undertake", "send", "receive", "raise",
        # verbs whose subject shows the attitude named by their object
        "reflect", "show", "signal", "demonstrate", "indicate", "convey", "air",
        "go", "oversee", "detonate", "plant", "fire", "test",
        # "levelled accusations at", "hurled accusations at"
        "level", "hurl",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A trigger found in a sentence: its token range and the required word used."""

    trigger: Trigger
    start: int
    end: int
    req_at: int | None = None
    alternatives: tuple[Occurrence, ...] = ()

    def tokens(self) -> set[int]:
        """The tokens the occurrence uses: the trigger and its required word."""
        out = set(range(self.start, self.end))
        if self.req_at is not None:
            out.add(self.req_at)
        return out


@dataclass(slots=True)
class Args:
    """The actor mentions an occurrence has as sources and targets (mutable while
    the coder filters them)."""

    sources: list[ActorSpan]
    targets: list[ActorSpan]


@dataclass(frozen=True, slots=True)
class Situation:
    """Where an occurrence stands: its sentence, clause [left, right), the point
    where its objects end (`stop`: the next trigger or the clause end), the
    resolved actor mentions of the sentence and its comma asides."""

    sent: Span
    left: int
    stop: int
    actors: list[ActorSpan]
    asides: list[tuple[int, int]]


def modifier_ends(doc: Doc) -> frozenset[int]:
    """Token ends of one-word adjectival actor mentions ("Russian" in "Russian support")."""
    spans = actor_spans(doc)
    cached = doc.user_data.get("allegiance_modifier_ends")
    if cached is not None and cached[0] is spans:
        return cached[1]  # type: ignore[no-any-return]
    # A plural demonym is a noun ("Georgians rallied"), not a modifier.
    ends = frozenset(
        s.end
        for s in spans
        if s.how in {"adjective", "demonym"}
        and s.end - s.start == 1
        and not (s.text.endswith("s") and not s.text.endswith("ss"))
    )
    doc.user_data["allegiance_modifier_ends"] = (spans, ends)
    return ends


def find_arguments(
    doc: Doc, occ: Occurrence, cues: ClauseCues, at: Situation
) -> Args | None:
    """Sources and targets of an occurrence, or None when it has no usable actor."""
    tk = toks(doc)
    trig = occ.trigger
    actors, stop = at.actors, at.stop
    if trig.id.endswith("dyad_conflict") or (
        trig.form == "noun"
        and tk.lower[occ.start] in _DYAD_NOUNS
        and trig.cameo.startswith("19")
    ):
        # "the Armenian-Azerbaijani conflict": both sides; else read it as any
        # event noun ("Russia's war against Ukraine").
        dyad = _dyad_before(doc, occ.start, actors)
        if dyad and dyad[0].actor != dyad[1].actor:
            return Args([dyad[0]], [dyad[1]])
    nominal = trig.form == "noun" or looks_nominal(
        doc, at.sent, occ.start, occ.end, modifier_ends(doc)
    )
    if (
        not nominal
        and occ.start > at.left
        and tk.lower[occ.start - 1] in _SAID
        and tk.lower[occ.start].endswith("ing")
    ):
        # "The Kremlin said fighting in Kursk was intensifying": a gerund
        # opening the reported clause names an act, not the speaker's.
        nominal = True
    if (
        not nominal
        and trig.symmetric
        and occ.start > 2
        and tk.lower[occ.start].endswith("ing")
        and _hyphen_pair(doc, occ.start, actors)
    ):
        # "The Lula-Biden meeting was held": the hyphen pair's joint act.
        nominal = True
    if cues.control == "request" and cues.control_at is not None:
        # "X urged Y to withdraw": X asks Y; the requested act is not an event.
        sources = subject_of(doc, at, cues.control_at)
        urgee = [
            a
            for a in actors
            if cues.control_at < a.start and a.end <= (cues.to_at or occ.start)
        ]
        if sources and urgee and _passive_by(doc, cues.control_at):
            # "Turkey was asked by Sweden to lift its veto": the agent asks.
            return Args(coordinated(doc, urgee[:1], actors), sources)
        return Args(sources, coordinated(doc, urgee[:1], actors)) if sources else None
    if not nominal:
        relative = _object_relative(doc, occ, at)
        if relative is not None:
            return relative
    if not nominal and is_passive(doc, occ.start, occ.end, stop):
        return _passive(doc, occ, at)
    if cues.control_at is not None:
        # "Georgia's ambition to join the EU": the possessor of the governing
        # noun; or its "by" phrase ("the decision by Yerevan to join the ICC").
        owner = possessor(doc, cues.control_at, actors) or _by_after(
            doc, cues.control_at, actors, of_too=True
        )
        if owner:
            return _with_targets(doc, occ, at, owner)
    if nominal:
        return _nominal(doc, occ, at)
    comma = _participle(doc, at, occ)
    frame = _particle_frame(doc, at, occ)
    gerund = None
    if gerund_subject_start(doc, at.sent, occ.start) is not None:
        gerund = next((a for a in at.actors if a.end == occ.start), None)
    elif toks(doc).lower[occ.start].endswith("ing"):
        # "sanctions on Chinese companies supplying drone parts": a noun phrase
        # of nationality and common noun right before a gerund is its subject
        # ("Russian shelling", a bare adjective, is a noun).
        gerund = next(
            (
                a
                for a in at.actors
                if a.end == occ.start
                and a.how in {"adjective", "demonym"}
                and not a.possessive
                and a.actor is not None
                and a.end - a.start > 1
                and toks(doc).text[occ.start - 1].islower()
            ),
            None,
        )
    if frame is not None:
        # "Iceland put the country's EU accession talks on hold": the subject
        # of "put", not a name inside its object.
        sources = subject_of(doc, at, frame)
    elif comma is not None:
        # ", accusing the body of meddling": the main clause's subject acts,
        # not the subject of a that-clause before the comma ("demanded that
        # Azerbaijani troops withdraw ..., accusing Baku").
        tk = toks(doc)
        that = next(
            (k for k in range(at.sent.start, comma) if tk.lower[k] == "that"), comma
        )
        # Without a that-clause, the main clause's first subject, not its
        # object ("Trump called King Salman on Saturday, discussing ...").
        sources = subject_of(doc, _whole(at), that, first=that == comma) or (
            subject_of(doc, _whole(at), comma, first=True)
        )
    elif gerund is not None:
        # "its veto on Sweden joining NATO": the mention right before a gerund
        # is its subject, whatever preposition stands before it.
        sources = coordinated(doc, [gerund], at.actors, backwards=True)
    elif _after_conjunction(doc, at, occ):
        # "Putin met Pashinyan ... and invited him": the first verb's subject.
        sources = subject_of(doc, at, occ.start, first=True)
    elif (earlier := _before_but(doc, at, occ)) is not None:
        # "Armenia remains a member of the CSTO but has frozen its
        # participation": "but" opens the clause, so its subject is before it.
        sources = subject_of(doc, earlier, occ.start, first=True)
    elif (verb := _purpose_verb(doc, at, occ)) is not None:
        # "Erdogan called Pashinyan to congratulate him": the caller acts.
        sources = subject_of(doc, at, verb)
    elif credited := _credited_for(doc, at, occ):
        # "criticised Armenia's Security Council secretary for taking part in
        # a forum": the one criticised or thanked did it, not the critic.
        sources = credited
    else:
        sources = subject_of(doc, at, occ.start) or _agent_subject(doc, at, occ)
    if not sources:
        # "Scholz flew home after meeting Pashinyan", "..., Macron said after
        # visiting Yerevan": a gerund after a time word is the main clause's.
        sources = _gerund_doer(doc, at, occ)
    if not sources and trig.reverse:
        # "Washington's support for Taipei angered Beijing": whose act angers
        # is the possessor opening the clause, across one phrase.
        sources = [
            a
            for a in at.actors[:1]
            if a.possessive
            and a.actor is not None
            and at.left <= a.start < occ.start
            and _opens_clause(tk.lower, a, at.left)
            and _heads_subject(tk.lower, a.end, occ.start, phrase=True)
        ]
    targets = [] if trig.no_target else object_of(doc, occ, at, sources)
    if not targets and trig.cameo[:2] in {"10", "02"}:
        # "Beijing demanded that Canada stop selling weapons": the subject of
        # the that-clause is asked (its act is the demand's content).
        targets = _that_subject(doc, occ, at, sources)
    if not targets and sources and not trig.no_target:
        # "To Kyiv, Berlin promised more air defence": a recipient fronted
        # before the clause.
        targets = _fronted_recipient(doc, at, occ, sources)
    if not targets and sources and trig.cameo[:2] in _GIVING_ROOTS:
        # "Ukraine needs air defence. Germany pledged three more systems.":
        # the one whose need the previous sentence states receives.
        targets = _needy_before(doc, at, sources)
    if not targets and comma == occ.start:
        # "a letter to the head of the WHO threatening to ...": the message's
        # recipient is the threat's.
        targets = [a for a in at.actors if a.end == occ.start]
    if not targets and comma is not None and trig.symmetric and sources:
        # "Trump called King Salman on Saturday, discussing ...": a joint act
        # in a participle is done with the main verb's object.
        targets = _main_object(doc, at, sources, comma)
    if not sources and not targets:
        return None
    return Args(sources, targets)


_SAID = frozenset({"said", "says", "say", "added"})
_FRONTED_RECIPIENTS = frozenset({"to", "against"})
_REQUEST_ROOTS = frozenset({"02", "10"})


def _fronted_recipient(
    doc: Doc, at: Situation, occ: Occurrence, sources: list[ActorSpan]
) -> list[ActorSpan]:
    """The actor of a "To X," or "Against X," phrase (for a request also
    "From X,") opening the sentence, before the trigger's subject ("To
    Moldova, Romania pledged help")."""
    tk = toks(doc)
    first = at.sent.start
    if tk.lower[first] not in _FRONTED_RECIPIENTS and not (
        tk.lower[first] == "from" and occ.trigger.cameo[:2] in _REQUEST_ROOTS
    ):
        return []  # "From Canberra, Beijing demanded an apology"
    own = {s.actor.code for s in sources if s.actor is not None}
    for a in at.actors:
        if a.start > first + 3 or a.start >= occ.start:
            break
        if a.end >= occ.start or tk.lower[a.end] != ",":
            continue
        if a.actor is None or a.actor.code in own:
            return []
        return coordinated(doc, [a], at.actors)
    return []


# Promises and aid: the roots whose recipient a stated need may name.
_GIVING_ROOTS = frozenset({"03", "07"})
_NEED_VERBS = frozenset({"needs", "needed", "lacks", "lacked", "requires"})
_NEED_WORDS = frozenset({"short", "need"})


def _needy_before(doc: Doc, at: Situation, sources: list[ActorSpan]) -> list[ActorSpan]:
    """The subject of the sentence right before, when it states its need ("X
    needs ...", "X is running short of ..."), and the trigger's subject opens
    its own sentence; else []."""
    if sources[0].start != at.sent.start or at.sent.start == 0:
        return []
    lowers = toks(doc).lower
    prev = next((s for s, e in sentence_bounds(doc) if e == at.sent.start), None)
    if prev is None:
        return []
    first = next((a for a in actor_spans(doc) if a.start >= prev), None)
    if (
        first is None
        or first.start != prev
        or first.actor is None
        or first.possessive
        or first.actor.code in {s.actor.code for s in sources if s.actor}
    ):
        return []
    k = first.end
    verb = lowers[k] if k < at.sent.start else ""
    after = lowers[k + 1 : min(k + 4, at.sent.start)]  # "is running short of"
    if verb in _NEED_VERBS or (verb in BE_FORMS and _NEED_WORDS.intersection(after)):
        return [first]
    return []


_RELATIVE_OBJECTS = frozenset({"which", "whom", "that", "whose"})
# Words that may follow a verb whose object is the relative pronoun.
_AFTER_OBJECTLESS = frozenset(
    {",", ".", ";", "in", "on", "at", "of", "for", "with", "after", "during", "last"}
    | {"this", "since", "before", "over", "from", "and", "--", "-"}
)


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


_ATTACK_HEADS = word_set("attack_heads")


def _attack_owner(doc: Doc, occ: Occurrence, at: Situation) -> list[ActorSpan]:
    """The state an attack noun after "in" or "by" belongs to ("in a US drone
    strike", "in an Israeli air raid", "hit by a massive Russian missile and
    drone attack"): an adjective after "in/by a/an", itself after at most two
    describing words, with the attack noun within three words after it."""
    tk = toks(doc)
    lowers = tk.lower
    for a in at.actors:
        if not (occ.end <= a.start < at.stop) or a.actor is None:
            continue
        k = a.start - 1
        while (
            k > occ.end
            and a.start - k <= 2
            and tk.text[k].isalpha()
            and tk.text[k].islower()
            and lowers[k] not in {"a", "an", "the", "in", "by"}
        ):
            k -= 1  # "a massive", "a fresh overnight"
        if k >= 0 and lowers[k] in {"a", "an", "the"}:
            k -= 1
        if k < 0 or lowers[k] not in {"in", "by"} or k - occ.end > 3:
            continue
        if any(w in _ATTACK_HEADS for w in lowers[a.end : a.end + 4]):
            return [a]
    return []


def _passive_by(doc: Doc, verb: int) -> bool:
    """Whether the governing verb at `verb` is a passive with its agent next
    ("was asked by Sweden", "were urged by the EU")."""
    lowers = toks(doc).lower
    return (
        0 < verb < len(doc) - 1 and lowers[verb + 1] == "by" and lowers[verb - 1] in _BE
    )


def _object_relative(doc: Doc, occ: Occurrence, at: Situation) -> Args | None:
    """ "Ukraine, which Russia invaded in 2022, ...", "Sweden, whose bid Turkey
    blocked, ...": in a relative clause whose subject is named after the
    pronoun, that subject acts on the noun the clause describes."""
    tk = toks(doc)
    lowers = tk.lower
    trig_end = occ.end
    if (
        trig_end < len(lowers)
        and lowers[trig_end] not in _AFTER_OBJECTLESS
        and not lowers[trig_end].endswith("ly")  # "which the US sanctioned heavily"
    ):
        return None
    doers = [a for a in at.actors if a.end <= occ.start and occ.start - a.end <= 2]
    if not doers or doers[-1].actor is None or doers[-1].possessive:
        return None
    doer = doers[-1]
    k = doer.start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    if k >= 1 and lowers[k - 1] == "whose":
        k -= 1  # "whose bid Turkey blocked": one noun between
    if k < 1 or lowers[k] not in _RELATIVE_OBJECTS or lowers[k - 1] != ",":
        return None
    owner = [
        a
        for a in at.actors
        if a.actor is not None
        and (
            a.end == k - 1 or a.possessive and a.end == k - 3
        )  # "Kosovo's independence"
    ]
    if not owner:
        return None
    return Args([doer], [owner[0]])


def _agent_subject(doc: Doc, at: Situation, occ: Occurrence) -> list[ActorSpan]:
    """ "An air strike by Israeli warplanes destroyed the consulate": the "by"
    agent of a noun that is the verb's subject, named right before the verb."""
    tk = toks(doc)
    agent = next((a for a in at.actors if a.end == occ.start and a.prep == "by"), None)
    if agent is None or agent.actor is None:
        return []
    by = agent.start - 1
    while by > at.left and tk.lower[by] != "by":
        by -= 1
    noun = by - 1
    if noun < at.left or not tk.text[noun].isalpha() or tk.lower[noun] in BE_FORMS:
        return []
    if tk.lower[noun].endswith("ed") or tk.lower[noun] in IRREGULAR_PARTICIPLES:
        return []  # "lawmakers angered by Ankara ... demanded": a participle
    for k in range(max(at.left, noun - 5), noun - 1):
        w = tk.lower[k]
        if (w.endswith("ed") or w in IRREGULAR_PARTICIPLES) and tk.lower[
            k + 1
        ] in _PREPOSITIONS:
            # "supplies flown to Armenia by France arrived": the agent of a
            # participle phrase inside the subject.
            return []
    return coordinated(doc, [agent], at.actors, backwards=True)


def _that_subject(
    doc: Doc, occ: Occurrence, at: Situation, sources: list[ActorSpan]
) -> list[ActorSpan]:
    """The actor opening a that-clause a few words after the trigger ("demanded on
    Friday that Azerbaijani troops withdraw"), other than the source."""
    tk = toks(doc)
    end = min(at.sent.end, occ.end + 6)
    that = next(
        (
            k
            for k in range(occ.end, end)
            if tk.lower[k] == "that" or tk.lower[k] in {",", ";", ":"}
        ),
        None,
    )
    if that is None or tk.lower[that] != "that":
        return []
    mine = {s.actor.code for s in sources if s.actor}
    for a in at.actors:
        if a.start <= that:
            continue
        gap = [t for t in tk.lower[that + 1 : a.start] if t not in {"the", "all"}]
        if gap or a.actor is None or a.actor.code in mine:
            return []
        return coordinated(doc, [a], at.actors)
    return []


def _main_object(
    doc: Doc, at: Situation, sources: list[ActorSpan], comma: int
) -> list[ActorSpan]:
    """The actor right after the main verb that follows the sources: a bare
    mention one word after the last source (its verb between), before `comma`."""
    tk = toks(doc)
    last = max(s.end for s in sources)
    own = {s.actor.code for s in sources if s.actor is not None}
    for a in at.actors:
        if a.start < last or a.start >= comma:
            continue
        words = [w for w in tk.lower[last : a.start] if w not in {"the", "a", "an"}]
        if (
            len(words) == 1
            and words[0].isalpha()
            and a.prep is None
            and not a.possessive
            and a.actor is not None
            and a.actor.code not in own
        ):
            return coordinated(doc, [a], at.actors)
        return []
    return []


def _after_conjunction(doc: Doc, at: Situation, occ: Occurrence) -> bool:
    """Whether the trigger verb follows "and"/"but" with no subject of its own."""
    tk = toks(doc)
    i = occ.start - 1
    while i > at.left and tk.lower[i] in {
        "also",
        "then",
        "later",
        "subsequently",
        "quickly",
    }:
        i -= 1
    return (
        i > at.left
        and tk.lower[i] in {"and", "but"}
        and not tk.lower[occ.start].endswith("ing")
    )


def _before_but(doc: Doc, at: Situation, occ: Occurrence) -> Situation | None:
    """The clause before a "but" that opens the trigger's clause with no
    subject of its own ("... but has frozen", "... but froze"), as a
    situation to find that subject in."""
    tk = toks(doc)
    i = occ.start - 1
    while i >= at.left and tk.lower[i] in {
        "has",
        "have",
        "had",
        "also",
        "then",
        "later",
    }:
        i -= 1
    if i != at.left - 1 or i <= at.sent.start or tk.lower[i] != "but":
        return None
    if tk.lower[occ.start].endswith("ing"):
        return None
    left, _ = clause_bounds(doc, at.sent, i - 1, i)
    return replace(at, left=left)


# Verbs that take an object and a particle trigger: "put X on hold", "kept X
# on ice".
_PARTICLE_VERBS = frozenset({"put", "place", "keep"})


def _particle_frame(doc: Doc, at: Situation, occ: Occurrence) -> int | None:
    """The verb of a "put X on hold" frame whose particle is the trigger."""
    tk = toks(doc)
    if tk.lower[occ.start] != "on":
        return None
    for k in range(occ.start - 1, max(at.left, occ.start - 12) - 1, -1):
        if tk.lemma[k] in _PARTICLE_VERBS:
            return k
    return None


# Words that open a gerund phrase whose doer is the main clause's subject.
_GERUND_OPENERS = frozenset({"after", "before", "while", "when", "since", "upon"})
_TALK_DETERMINERS = frozenset({"the", "a", "his", "her", "their", "its"})
# Words after a name that show it is no verb's subject ("Armenia after ...").
_NO_VERB_AFTER = frozenset(
    {",", ";", ":", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with"}
    | {"from", "by", "the", "a", "an", "'s", "'", "(", ")", "-", "--", "as"}
    | _GERUND_OPENERS
)


def _gerund_doer(doc: Doc, at: Situation, occ: Occurrence) -> list[ActorSpan]:
    """The doer of a gerund right after "after", "before", "while"...: the
    first actor of the clause before that word that is followed by a verb
    ("Scholz flew home", "Macron said", not "praised Armenia after")."""
    tk = toks(doc)
    lowers = tk.lower
    opener = occ.start - 1
    if not lowers[occ.start].endswith("ing"):
        # "Scholz flew home after talks with Pashinyan": a meeting named
        # after a time word is the main subject's too (not "Ukraine struck
        # back after the attack on Kyiv": another act's doer is not known).
        if not occ.trigger.cameo.startswith("04"):
            return []
        if opener > at.sent.start and lowers[opener] in _TALK_DETERMINERS:
            opener -= 1
    if opener == at.sent.start and lowers[opener] in _GERUND_OPENERS:
        # "After meeting Xi, Lula praised China": the subject right after the
        # fronted clause's comma.
        comma = next((k for k in range(occ.end, at.sent.end) if lowers[k] == ","), None)
        main = [
            a
            for a in at.actors
            if comma is not None
            and a.start == comma + 1
            and a.actor is not None
            and not a.possessive
        ]
        return coordinated(doc, main[:1], at.actors) if main else []
    if opener <= at.sent.start or lowers[opener] not in _GERUND_OPENERS:
        return []
    # The clause the time word closes: from the last comma that is not an
    # aside's ("Ties are strong, Macron said after ...").
    left = at.sent.start
    for k in range(opener - 1, at.sent.start, -1):
        if lowers[k] in {",", ";"} and not any(s - 1 <= k <= e for s, e in at.asides):
            left = k + 1
            break
    for a in at.actors:
        if a.end > opener or a.start < left:
            continue
        if a.actor is None or a.prep is not None or a.possessive:
            continue
        nxt = lowers[a.end] if a.end < at.sent.end else "."
        if nxt in _NO_VERB_AFTER or not nxt.isalpha() or nxt.endswith("ly"):
            continue
        if any(s < a.start < e for s, e in at.asides):
            continue
        return coordinated(doc, [a], at.actors, backwards=True)
    return []


def _whole(at: Situation) -> Situation:
    return Situation(at.sent, at.sent.start, at.stop, at.actors, at.asides)


# Verbs whose object is called, visited or met for a purpose ("called
# Pashinyan to congratulate him"): their subject does the purpose act.
PURPOSE_VERBS = word_set("purpose_verbs")
REACTION_VERBS = word_set("reaction_verbs")
CHARGE_VERBS = word_set("charge_verbs")


def _purpose_verb(doc: Doc, at: Situation, occ: Occurrence) -> int | None:
    """The verb of "X called Y to V" when the trigger V is a purpose infinitive
    right after the verb's object Y: X, not Y, does V (data/lexicon/word_sets.csv
    `purpose_verbs`; "urged Y to V" is a control word and never gets here)."""
    tk = toks(doc)
    to_at = occ.start - 1
    if to_at <= at.left or tk.lower[to_at] != "to":
        return None
    obj = next((a for a in at.actors if a.end == to_at), None)
    if obj is None or obj.prep is not None or obj.possessive:
        return None
    verb = obj.start - 1
    while verb > at.left and tk.lower[verb] in _OBJECT_DETERMINERS:
        verb -= 1
    if verb < at.left or tk.lemma[verb] not in PURPOSE_VERBS:
        return None
    return verb


# Verbs that judge someone "for" what they did ("criticised X for taking part").
_CREDIT_VERBS = word_set("judging_verbs")


def _credited_for(doc: Doc, at: Situation, occ: Occurrence) -> list[ActorSpan]:
    """The object of a judging verb when the trigger is a gerund after its
    "for" ("thanked Armenia for taking part"), else an empty list."""
    tk = toks(doc)
    for_at = occ.start - 1
    if (
        for_at - 2 < at.sent.start
        or tk.lower[for_at] != "for"
        or not tk.lower[occ.start].endswith("ing")
    ):
        return []
    for verb in range(for_at - 1, max(at.sent.start, for_at - 14) - 1, -1):
        if tk.lemma[verb] in _CREDIT_VERBS:
            return [
                a
                for a in at.actors
                if verb < a.start and a.end <= for_at and a.actor is not None
            ][:1]
    return []


def _participle(doc: Doc, at: Situation, occ: Occurrence) -> int | None:
    """The comma before a participle trigger (", saying", ", accusing"), if any;
    or the participle itself when it follows the recipient of a message ("sent
    a letter to the head of the WHO threatening to pull funding": the letter's
    sender threatens, not the WHO)."""
    tk = toks(doc)
    if not tk.lower[occ.start].endswith("ing") or occ.start - 1 < at.sent.start:
        return None
    if tk.text[occ.start - 1] == ",":
        return occ.start - 1
    if occ.trigger.cameo[:2] in _MESSAGE_ROOTS and any(
        a.end == occ.start and a.prep in {"to", "of"} and a.start > at.sent.start + 1
        for a in at.actors
    ):
        return occ.start
    return None


# Threats, accusations and demands a letter or message carries.
_MESSAGE_ROOTS = frozenset({"13", "11", "10", "12"})


def _passive(doc: Doc, occ: Occurrence, at: Situation) -> Args:
    trig = occ.trigger
    agent = [a for a in at.actors if occ.end <= a.start < at.stop and a.prep == "by"]
    if not agent and trig.cameo[:2] in {"18", "19", "20"}:
        # "was killed in a US drone strike", "died in an Israeli air raid":
        # the attack's owner is the agent.
        agent = _attack_owner(doc, occ, at)
    # "lawmakers angered by Ankara's offensive": a participle right after a
    # mention modifies it (a reduced relative clause).
    head = [a for a in at.actors if a.end == occ.start and not a.possessive]
    subject = head or _possessor_subject(doc, at, occ.start, bool(agent))
    subject = subject or subject_of(doc, at, occ.start)
    if not subject and not agent and trig.alliance_move in {"expel", "suspend"}:
        # "Mali's membership in the African Union was suspended": the body the
        # membership is in stands where "membership of" would put it. (Not a
        # "participation": a member suspends its own as often as the body.)
        lowers = toks(doc).lower
        subject = [
            a
            for a in at.actors
            if at.left <= a.start < occ.start
            and a.prep == "in"
            and "membership" in lowers[max(0, a.start - 4) : a.start]
        ][:1]
    if trig.alliance_move == "join":
        # "Morocco was readmitted to the African Union": the member joins.
        return Args(subject, object_of(doc, occ, at, subject))
    if not agent and trig.alliance_move in {"expel", "suspend"}:
        # "Russia was expelled from the Council of Europe": the body acts; so
        # does the "of" in a trigger "kicked out of".
        agent = [
            a
            for a in at.actors
            if occ.end <= a.start < at.stop
            and (a.prep == "from" or a.prep == "of" and a.start - occ.end <= 1)
        ]
    if not agent and trig.cameo == "043":
        # "Modi was welcomed at the White House", "was received in Beijing":
        # the host is where the guest is received.
        agent = _place_after(doc, occ, at, ("at", "in", "to"))
    if not agent and trig.cameo == "114":
        # "Russia's envoy was summoned to the Polish foreign ministry" (not to
        # a body of the envoy's own state).
        own = {s.actor.code for s in subject if s.actor is not None}
        agent = [
            a
            for a in at.actors
            if a.prep == "to"
            and occ.end <= a.start <= occ.end + 3
            and a.actor is not None
            and a.actor.code not in own
        ][:1]
    if not agent and trig.no_target:
        # "Serbia's army was placed on combat readiness": the subject is moved.
        return Args(subject, [])
    sources = coordinated(doc, agent[:1], at.actors)
    if not subject and sources and occ.start == at.sent.start:
        # "Criticised by Washington, Beijing defended its policy": a participle
        # opening the sentence describes the main clause's subject.
        subject = first_after_comma(doc, occ.end, at, actor_spans(doc), sources)
    if not subject and sources and not trig.no_target:
        # "Four villages were returned by Armenia to Azerbaijan": a thing is
        # the subject; the recipient follows with the trigger's preposition.
        # Not another verb's agent ("Tanks supplied by Germany were destroyed
        # by Russian drones"): the passive's own agent is the only "by".
        return Args(
            sources,
            [t for t in object_of(doc, occ, at, sources) if t.prep != "by"]
            or (
                []
                if trig.symmetric
                else _theme_of(at, occ)  # "talks on Armenia": a topic
            ),
        )
    return Args(sources, [] if trig.no_target else subject)


def _theme_of(at: Situation, occ: Occurrence) -> list[ActorSpan]:
    """ "Sanctions on Russia were extended by the EU", "Aid to Ukraine was
    approved by Congress": the actor a thing opening the passive clause is
    aimed at."""
    first = next((a for a in at.actors if at.left <= a.start < occ.start), None)
    # "The offer from Moscow was turned down by Kyiv": what is refused names
    # its maker with "from" or "of".
    preps = {"on", "against", "to"} | (
        {"from", "of"} if occ.trigger.cameo[:2] == "12" else set()
    )
    if (
        first is None
        or first.actor is None
        or first.prep not in preps
        or first.start - at.left > 4
    ):
        return []
    return [first]


def first_after_comma(
    doc: Doc,
    start: int,
    at: Situation,
    spans: list[ActorSpan],
    skip: list[ActorSpan] = (),  # type: ignore[assignment]
) -> list[ActorSpan]:
    """The actor named first, within a few words, after the first comma from
    token `start` in the sentence: the subject of the main clause after an
    opening phrase ("Criticised by Washington, Beijing ...", "On a visit to
    Kyiv, Scholz ..."). None when something else (a preposition, an unresolved
    mention among `spans`) comes first; `skip` are not candidates."""
    lowers = toks(doc).lower
    comma = next((k for k in range(start, at.sent.end) if lowers[k] == ","), None)
    if comma is None:
        return []
    for a in spans:
        if a.start <= comma or a.start >= at.sent.end or a in skip:
            continue
        if a.start > comma + 4 or a.prep is not None or a.actor is None:
            return []
        return [a]
    return []


def _possessor_subject(
    doc: Doc, at: Situation, before: int, has_agent: bool
) -> list[ActorSpan]:
    """ "Kosovo's independence was recognised by the United States": with an
    agent, the owner heading the passive subject is what the act is done to."""
    if not has_agent:
        return []
    cands = [
        a
        for a in at.actors
        if at.left <= a.start < before
        and not any(s < a.start < e for s, e in at.asides)
    ]
    if not cands or not cands[0].possessive:
        return []
    if not _opens_clause(toks(doc).lower, cands[0], at.left):
        return []
    return coordinated(doc, [cands[0]], at.actors)


def _with_targets(
    doc: Doc, occ: Occurrence, at: Situation, sources: list[ActorSpan]
) -> Args:
    trig = occ.trigger
    return Args(sources, [] if trig.no_target else object_of(doc, occ, at, sources))


def _nominal(doc: Doc, occ: Occurrence, at: Situation) -> Args | None:
    """Arguments of an event noun: a possessor or adjective ("Armenia's freezing",
    "Russian strikes"), an of/by/from phrase, "between A and B", or the subject
    of a light verb ("announced the freezing of its membership")."""
    trig, actors, stop = occ.trigger, at.actors, at.stop
    between = [a for a in actors if occ.end <= a.start < stop and a.prep == "between"]
    if between:
        pair = coordinated(doc, between[:1], actors)
        if len(pair) == 1 and pair[0].also is not None and pair[0].need != "pair":
            # "talks between their foreign ministers": both states' ministers
            # ("between the two countries" names the topic more often).
            pair = [
                replace(pair[0], also=None),
                replace(pair[0], actor=pair[0].also, also=None),
            ]
        if len(pair) >= 2:
            third = [
                a
                for a in possessor(doc, occ.start, actors)
                if all(a.actor != p.actor for p in pair)
            ]
            if third and not trig.symmetric:
                # "Qatar's mediation between Russia and Ukraine": the
                # possessor acts on each side.
                return Args(third, pair)
            if trig.symmetric and len({a.actor for a in pair}) == len(pair) > 2:
                # "a three-way call between Biden, Macron and Scholz": every
                # two of the parties.
                return Args(pair, [])
            return Args(pair[:1], pair[1:2])
    if trig.symmetric and toks(doc).lower[occ.start] not in _STANDING_NOUNS:
        pair = _hyphen_pair(doc, occ.start, actors)
        if pair:
            # "the Erdogan-Putin meeting", "US-China trade talks"
            return Args(pair[:1], pair[1:])
    react = _reaction_verb(doc, at, occ.start)
    if react is not None:
        # "Azerbaijan's offensive drew condemnation from France", "Ukraine came
        # under Russian shelling": others act on the reaction verb's subject.
        sources = (
            national_adjective(doc, occ.start, actors)
            or _modifier_mention(doc, occ.start, actors)
            or coordinated(
                doc,
                [
                    a
                    for a in actors
                    if occ.end <= a.start < stop and a.prep in {"from", "by"}
                ][:1],
                actors,
            )
        )
        # ", drawing criticism from EU leaders": a participle after a comma
        # answers the main clause's subject, not the nearest name.
        participle = react > at.sent.start and toks(doc).lower[react - 1] == ","
        undergoer = [
            t
            for t in subject_of(doc, at, react, first=participle)
            if all(t.actor != s.actor for s in sources)
        ]
        if not undergoer and not participle:
            # "Hungary's support for Russia drew criticism from Poland": the
            # possessor opening the subject, though a phrase follows it.
            undergoer = [
                a
                for a in actors
                if a.possessive
                and a.actor is not None
                and at.left <= a.start
                and a.end < react
                and _opens_clause(toks(doc).lower, a, at.left)
                and all(a.actor != s.actor for s in sources)
            ][:1]
        return Args(sources, undergoer) if sources and undergoer else None
    sources = (
        possessor(doc, occ.start, actors)
        or national_adjective(doc, occ.start, actors)
        or _modifier_mention(doc, occ.start, actors)
    )
    if not sources and (credited := _credited_for(doc, at, occ)):
        # "criticised Armenia's Security Council secretary for taking part in
        # a forum": the one criticised or thanked did it, not the critic.
        targets = [] if trig.no_target else object_of(doc, occ, at, credited)
        return Args(credited, targets) if targets else None
    if not sources:
        charged = _charged_with(doc, at, occ.start)
        if charged is not None:
            # "Kyiv blamed Moscow for a missile strike on Odesa", "thanked
            # Russia for the help": the one charged or credited did it.
            doer, verb = charged
            tk = toks(doc)
            blamed = tk.lemma[verb] in {"blame", "accuse"}
            targets = [] if trig.no_target else object_of(doc, occ, at, [doer])
            if not targets and not trig.no_target and trig.cameo[:2] in _FORCE_ROOTS:
                # "blamed Russia for the cyberattack that crippled Ukrainian
                # businesses": the victim in its relative clause; "Ukraine
                # blamed Russia for the attack": else the one who blames, when
                # no place follows (a place names the victim).
                targets = _relative_clause_object(doc, occ, at)
                if (
                    not targets
                    and blamed
                    and (
                        occ.end >= len(tk.lower)
                        or tk.lower[occ.end]
                        not in {"in", "on", "at", "near", "against"}
                    )
                ):
                    targets = [
                        t for t in subject_of(doc, at, verb) if t.actor != doer.actor
                    ]
            # A criticism with no recipient describes rather than reports
            # ("France condemned Russia for the attack"), as other event nouns
            # do; a blamed act may still find its place ("a strike in Odesa").
            return Args([doer], targets) if targets or blamed else None
    if (
        not sources
        and occ.req_at is not None
        and trig.cameo[:2] == "08"  # an easing: not "the closure of X's office"
        and toks(doc).lower[occ.req_at] in _EASED_MEASURES
    ):
        # "the lifting of U.S. sanctions on Venezuela": the owner named right
        # before the trigger's required noun acts on it.
        sources = [
            a
            for a in actors
            if occ.end <= a.start
            and a.end == occ.req_at
            and a.prep == "of"
            and a.actor is not None
            and not a.possessive
            and a.how != "anaphor"  # "stripped of their accreditation"
        ][:1]
    withdrawn_from = trig.mode == "withdraw" and "from" in trig.target_preps
    if not sources and (trig.of_agent or withdrawn_from):
        # "the withdrawal of Russian border guards": the "of" phrase acts; so
        # it does when "from" names what is left ("the recall of the Armenian
        # ambassador from Moscow").
        sources = [a for a in actors if occ.end <= a.start < stop and a.prep == "of"][
            :1
        ]
    if not sources:
        # "support from the CSTO", "an attack by Azerbaijan"; not the "from" of
        # what is withdrawn from ("the recall of its ambassador from Paris").
        agents = {"by"} if withdrawn_from else {"by", "from"}
        agent = [
            a
            for a in actors
            if occ.end <= a.start < stop
            and a.prep in agents
            and not _inner_agent(doc, occ.end, a)
        ][:1]
        agent = coordinated(doc, agent, actors)  # "sanctions from Britain and Canada"
        if agent:
            experiencer = [
                t for t in subject_of(doc, at, occ.start) if t.actor != agent[0].actor
            ]
            # The noun's own object first: "condemned the shelling of
            # Ukrainian cities by Russian forces" hits Ukraine, not the critic.
            # A place after it names the victim ("the bombing of a school in
            # Gaza by Israeli jets").
            own = [] if trig.no_target else object_of(doc, occ, at, agent)
            if _criticised(doc, at, occ):
                tk = toks(doc)
                placed = any(
                    tk.lower[j] in _PLACE_WORDS
                    for j in range(occ.end, min(at.stop, occ.end + 8))
                )
                targets = own or ([] if placed else experiencer)
            else:
                targets = experiencer or own
            return Args(agent, targets)
    light = not sources and _governed_by_light_verb(doc, at, occ.start)
    purpose = light and _purpose_for(doc, at, occ.start)
    if purpose:
        # "Tillerson joined Zarif for a meeting": the clause's first subject
        # holds it, with the verb's object when the act is joint.
        sources = subject_of(doc, at, occ.start, first=True)
        targets = [] if trig.no_target else object_of(doc, occ, at, sources)
        if not targets and trig.symmetric and sources:
            targets = _main_object(doc, at, sources, occ.start)
        if sources and targets:
            return Args(sources, targets)
        sources = []
    if light:
        sources = sources or subject_of(doc, at, occ.start)
    elif not sources and _framed(doc, at, occ.start):
        # "Xi praised Orban during a visit to Budapest": the subject's visit,
        # to a recipient named right after the noun.
        sources = subject_of(doc, at, occ.start, first=True)
        near = [
            t
            for t in ([] if trig.no_target else object_of(doc, occ, at, sources))
            if t.start - occ.end <= 3 and all(t.actor != s.actor for s in sources)
        ]
        return Args(sources, near) if sources and near else None
    if not sources:
        return None
    if trig.symmetric and len(sources) == 1 and sources[0].also is not None:
        # "Trump and Kim ... at their summit": a plural pronoun for two
        # states holds the joint act, each with the other.
        return Args(sources, [])
    targets = [] if trig.no_target else object_of(doc, occ, at, sources)
    if targets and not light:
        # "Iran's crackdown prompted EU sanctions": a name after the noun's
        # reaction verb is that verb's, not the noun's recipient.
        lemma = toks(doc).lemma
        targets = [
            t
            for t in targets
            if t.prep is not None
            or not any(lemma[k] in REACTION_VERBS for k in range(occ.end, t.start))
        ]
    if not targets and not light and trig.cameo[:2] == "10":
        # "the alliance agreed to Tokayev's request", "responding to
        # Pashinyan's request": whoever answers a request was asked.
        targets = [
            t for t in subject_of(doc, at, occ.start) if t.actor != sources[0].actor
        ]
    if not targets and not light and not trig.no_target:
        # "In response to Seoul's protest, Tokyo said ...": the main clause's
        # subject answers the act, so it was its recipient.
        targets = _answerer(doc, occ, at, sources)
    if not targets and not trig.no_target and not trig.of_agent:
        if trig.cameo[:2] == "17" and _coerced_people(doc, occ, at):
            # "Iran's crackdown on protesters": people the text gives no
            # nationality; the coder finds whose they are (guide §3.2).
            return Args(sources, [])
        # A noun with a missing side ("a new partnership", "a threat to X")
        # describes rather than reports an act.
        return None
    return Args(sources, targets)


# Sectors of the people a state coerces at home (guide §3.2).
_COERCED_SECTORS = frozenset({"sector:CVL", "sector:OPP", "sector:MED", "sector:JRN"})


def _coerced_people(doc: Doc, occ: Occurrence, at: Situation) -> bool:
    """Whether an unresolved mention of civilians, the opposition or the press
    stands in the noun's target phrase ("crackdown on protesters")."""
    preps = occ.trigger.target_preps
    return any(
        a.actor is None
        and a.need in _COERCED_SECTORS
        and a.prep in preps
        and occ.end <= a.start <= occ.end + 4
        and a.start < at.stop
        for a in actor_spans(doc)
    )


_FRAME_PREPOSITIONS = word_set("frame_prepositions")
_RESPONSE_WORDS = frozenset(
    {"response", "responding", "reply", "replying", "reacting", "answering"}
)


def _answerer(
    doc: Doc, occ: Occurrence, at: Situation, sources: list[ActorSpan]
) -> list[ActorSpan]:
    """The subject of the main clause after an opening "In response to X's
    act," or "Responding to X's act,": the one who answers; else []."""
    lowers = toks(doc).lower
    k = sources[0].start
    if (
        k < at.sent.start + 2
        or k - at.sent.start > 4
        or lowers[k - 1] != "to"
        or lowers[k - 2] not in _RESPONSE_WORDS
    ):
        return []
    return [
        t
        for t in first_after_comma(doc, occ.end, at, at.actors)
        if t.actor is not None and t.actor != sources[0].actor
    ]


# Prepositions of what an attitude noun is about ("concern over statements by
# Baku"): a "by" phrase after them names the doer of that, not of the noun.
_ABOUT_PREPOSITIONS = frozenset({"over", "about", "regarding", "at"})


def _inner_agent(doc: Doc, end: int, a: ActorSpan) -> bool:
    """Whether the "by" phrase of `a` belongs to a noun inside an over/about
    phrase after the event noun ending at `end`, not to the event noun."""
    lowers = toks(doc).lower
    return a.prep == "by" and any(
        lowers[k] in _ABOUT_PREPOSITIONS for k in range(end, a.start)
    )


# Measures whose owner, named before them, is the one easing them ("the lifting
# of U.S. sanctions"); not people released ("the release of Kuwaiti nationals").
_EASED_MEASURES = frozenset(
    {"sanctions", "embargo", "tariffs", "restrictions", "curbs", "blockade", "ban"}
)


_CHARGE_NOUN_MODIFIERS = frozenset({"a", "an", "the", "recent", "latest", "deadly"})


_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def _relative_clause_object(
    doc: Doc, occ: Occurrence, at: Situation
) -> list[ActorSpan]:
    """The first actor in a "that/which" clause right after the event noun,
    before the clause ends ("a cyberattack that crippled Ukrainian firms")."""
    tk = toks(doc)
    end = at.sent.end
    if occ.end >= end or tk.lower[occ.end] not in {"that", "which"}:
        return []
    for a in actor_spans(doc):
        if a.start <= occ.end or a.start >= end:
            continue
        if any(w in {",", ";", "."} for w in tk.lower[occ.end : a.start]):
            return []
        return [a] if a.actor is not None else []
    return []


def _charged_with(doc: Doc, at: Situation, start: int) -> tuple[ActorSpan, int] | None:
    """The object of a `charge_verbs` verb when the event noun at `start` is
    what it is charged with or credited for ("blamed Moscow for a missile
    strike", "accused Hamas of the massacre"), with the verb's index; else None."""
    tk = toks(doc)
    i = start - 1
    while (
        i > at.left
        and start - i <= 3
        and (tk.lower[i] in _CHARGE_NOUN_MODIFIERS or tk.text[i].istitle())
    ):
        i -= 1  # "for the NotPetya cyberattack", "for the Salisbury attack"
    if i <= at.left or tk.lower[i] not in {"for", "of"}:
        return None
    obj = next((a for a in at.actors if a.end == i), None)
    if obj is None and tk.lower[i - 1].isalpha():
        # "blamed Russian hackers for": a demonym before its noun
        obj = next(
            (a for a in at.actors if a.end == i - 1 and a.how == "adjective"), None
        )
    if obj is None or obj.actor is None or obj.start == 0:
        return None
    verb = obj.start - 1
    if tk.lemma[verb] not in CHARGE_VERBS:
        return None
    if (tk.lower[i] == "of") != (tk.lemma[verb] == "accuse"):
        return None  # "accused X of", "blamed X for"; not "the support of X"
    return obj, verb


def _framed(doc: Doc, at: Situation, start: int) -> bool:
    """Whether a frame preposition ("during") stands right before the event
    noun, with at most a determiner between."""
    tk = toks(doc)
    for i in range(start - 1, max(at.sent.start, start - 3) - 1, -1):
        if tk.lower[i] in _FRAME_PREPOSITIONS:
            return True
        if tk.lower[i] not in {"a", "an", "the", "his", "her", "their", "its"}:
            return False
    return False


def _purpose_for(doc: Doc, at: Situation, start: int) -> bool:
    """Whether "for" stands at most two words before the event noun ("for a
    meeting", "for talks"), after an actor: a purpose of the clause's act."""
    tk = toks(doc)
    for i in range(start - 1, max(at.left, start - 3) - 1, -1):
        if tk.lower[i] == "for":
            return any(a.end <= i for a in at.actors)
        if tk.lower[i] not in {"a", "an", "the", "new", "further", "first"}:
            return False
    return False


def _reaction_verb(doc: Doc, at: Situation, start: int) -> int | None:
    """The reaction verb ("drew", "faces", "came under") whose object is the
    event noun at `start`, with at most three modifiers between, or None."""
    tk = toks(doc)
    for i in range(start - 1, max(at.left, start - 5) - 1, -1):
        if tk.lemma[i] in REACTION_VERBS:
            return i
        if tk.lower[i] == "under" and i > at.left and tk.lemma[i - 1] in _UNDERGOING:
            return i - 1  # "came under Russian shelling", "is under attack"
        if not tk.text[i].isalpha() or tk.lower[i] in _NOT_MODIFIERS:
            return None
    return None


# Verbs before "under" that put their subject on the receiving end.
_UNDERGOING = frozenset({"come", "be", "remain", "stay", "fall"})
# Words that end the modifiers of an event noun when looking back for its verb.
_NOT_MODIFIERS = frozenset({"and", "or", "but", "that", "which", "who", "of", "to"})


def _governed_by_light_verb(doc: Doc, at: Situation, start: int) -> bool:
    tk = toks(doc)
    i = start - 1
    seen = 0
    while i >= at.left and seen < 5:
        if tk.lemma[i] in LIGHT_VERBS:
            return True
        if tk.lower[i] == "for" and seen <= 2:
            return True  # "travelled to Sochi for talks with Putin": a purpose
        if tk.lower[i] in {",", ";", "that", "which", "who"}:
            return False
        i -= 1
        seen += 1
    return False


def subject_of(
    doc: Doc, at: Situation, before: int, *, first: bool = False
) -> list[ActorSpan]:
    """The subject of the clause before token `before`: the nearest actor that
    follows no preposition and is no possessive modifier, outside asides;
    failing that the nearest "of" phrase ("The remarks of Lukashenko reflect...")."""
    tk = toks(doc)
    actors = at.actors
    cands = [
        a
        for a in actors
        if at.left <= a.start
        and a.end <= before
        and not any(s < a.start < e for s, e in at.asides)
    ]
    if (
        not cands
        and at.left > at.sent.start
        and tk.lower[at.left - 1] in {"who", "which", "that"}
    ):
        # A relative clause: its subject is what the pronoun stands for.
        cands = [a for a in actors if left_neighbour(a, at.left)]
        if not cands:
            # "Hungary was the only member that refused": the predicate noun
            # the pronoun stands for is the copula's subject.
            cands = [a for a in actors if _copular_antecedent(tk.lower, a, at.left)]
    if not cands:
        return []
    # "after Russian troops invaded": a word that opened the clause is no
    # preposition of the first actor in it.
    subjects = [
        a
        for a in cands
        if (a.prep is None or _opens_clause(tk.lower, a, at.left)) and not a.possessive
    ]
    if not subjects:
        # "Thousands of members of Myanmar's Rohingya community have fled": a
        # possessor in the "of" phrase stands for it, as in a bare subject.
        subjects = [
            a
            for a in cands
            if a.prep == "of"
            and (not a.possessive or _heads_subject(tk.lower, a.end + 1, before))
        ]
    if not subjects:
        # "Bangladesh's central bank has filed ...": a possessor heading the
        # subject stands for it when the subject names no actor itself.
        subjects = [
            a
            for a in cands
            if a.possessive
            and a.actor is not None
            and (a.prep is None or _opens_clause(tk.lower, a, at.left))
            and _heads_subject(tk.lower, a.end, before)
        ]
    if not subjects:
        return []
    if first:
        return coordinated(doc, [subjects[0]], actors)
    if _unknown_subject(doc, at, subjects[-1].end, before):
        return []
    participle = _participle_modifier(tk.lower, at.left, before)
    if participle is not None and any(
        a.end == participle or (a.end == participle - 1 and tk.lower[a.end] == ",")
        for a in subjects
    ):
        # "Russian troops fighting Ukrainian forces near Bakhmut have shelled
        # Kharkiv": mentions inside the participle phrase after the subject
        # are not the subject.
        subjects = [a for a in subjects if a.start < participle]
    return coordinated(doc, [subjects[-1]], actors, backwards=True)


_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "is", "are", "was"})


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";", ","})
# Pronouns that stand for part of a group named before ("some rallied").
_PARTITIVES = frozenset(
    {"some", "others", "many", "most", "several", "few", "hundreds", "thousands"}
    | {"dozens", "scores", "one", "two", "three", "all", "both"}
)


def _unknown_subject(doc: Doc, at: Situation, after: int, before: int) -> bool:
    """Whether the verb at `before` has a subject of its own that names no
    actor, in a clause joined after the last actor ("Hungary left the treaty,
    and Jim Jordan criticised the move"): capitalised words right before the
    verb (auxiliaries and "-ly" adverbs between are allowed), opened by "and",
    "but", "while" or a comma after that actor."""
    tk = toks(doc)
    texts = token_strings(doc).texts
    taken = {k for a in at.actors for k in range(a.start, a.end)}
    k = before - 1
    while k > after and (tk.lower[k] in _AUXILIARIES or tk.lower[k].endswith("ly")):
        k -= 1
    end = k
    if k > after and k not in taken and tk.lower[k] in _PARTITIVES:
        k -= 1  # "..., and some rallied outside the embassy"
    while k > after and k not in taken and texts[k][:1].isupper():
        k -= 1
    if k == end or k <= after:
        return False
    if tk.lower[k] == "the":
        k -= 1
    return k > after and tk.lower[k] in _CLAUSE_JOINS


_NOT_PARTICIPLES = frozenset(
    {"including", "during", "according", "following", "regarding", "concerning"}
    | {"notwithstanding", "pending", "bring", "thing", "nothing", "something"}
)


_NOT_BEFORE_PARTICIPLE = frozenset(
    {"after", "before", "while", "when", "since", "without", "despite", "about"}
    | {"and", "or", "but", "not", "also", "the", "a", "an", "its", "their"}
)


def _participle_modifier(lowers: list[str], left: int, before: int) -> int | None:
    """The "-ing" participle that may open a modifier of the subject, when an
    auxiliary stands right before the verb at `before` ("Russian troops
    fighting Ukrainian forces have shelled"): the first such word not after a
    preposition, conjunction or determiner, with no auxiliary before it."""
    if before - 1 < left or lowers[before - 1] not in _AUXILIARIES:
        return None
    for p in range(left + 1, before - 1):
        w = lowers[p]
        if (
            w.endswith("ing")
            and len(w) > 5
            and w not in _NOT_PARTICIPLES
            and lowers[p - 1] not in _AUXILIARIES | {"be", "been", "were"}
            and lowers[p - 1] not in _PREPOSITIONS | _NOT_BEFORE_PARTICIPLE
        ):
            return p
        if w in _AUXILIARIES:
            return None
    return None


_NOT_IN_SUBJECT = frozenset({",", "--", "that", "which", "who", "and", "or"})


def _heads_subject(
    lowers: list[str], end: int, before: int, *, phrase: bool = False
) -> bool:
    """Whether the words from a possessive's end to the verb can be the rest of
    one noun phrase and its auxiliaries: a few words, no comma, preposition or
    conjunction (`phrase`: one preposition allowed)."""
    words = lowers[end:before]
    return (
        len(words) <= 6
        and not any(w in _NOT_IN_SUBJECT for w in words)
        and sum(w in _PREPOSITIONS for w in words) <= phrase
    )


def _opens_clause(lowers: list[str], span: ActorSpan, left: int) -> bool:
    i = span.start - 1
    while i >= left and lowers[i] in {"the", "a", "an"}:
        i -= 1
    return i < left


_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became"})
_PREDICATE_OPENERS = frozenset({"the", "a", "an", "one"})


def _copular_antecedent(lowers: list[str], span: ActorSpan, left: int) -> bool:
    """Whether the span is the subject of a copula whose predicate noun stands
    right before a relative pronoun at `left - 1` ("Hungary was the only member
    that ..."): a few words from an article, no comma or preposition."""
    at = span.end
    if at >= left - 2 or lowers[at] not in _COPULAS:
        return False
    words = lowers[at + 1 : left - 1]
    return (
        len(words) <= 5
        and words[0] in _PREDICATE_OPENERS
        and not any(w in _NOT_IN_SUBJECT or w in _PREPOSITIONS for w in words)
    )


def left_neighbour(span: ActorSpan, left: int) -> bool:
    """Whether the span ends just before a relative pronoun at `left - 1`
    (allowing a comma): "the Council of Europe, which expelled Russia"."""
    return left - 3 <= span.end <= left - 1


def object_of(
    doc: Doc, occ: Occurrence, at: Situation, sources: list[ActorSpan]
) -> list[ActorSpan]:
    """The target after the trigger: a direct object, a prepositional object with
    one of the trigger's prepositions, an actor named right after the trigger's
    required word ("applied to join the EU"), or a possessor in the object
    ("expelled members of Russia's mission"). A comma ends the search unless it
    continues a list or a focus phrase."""
    tk = toks(doc)
    trig = occ.trigger
    preps = trig.preps()
    nominal = trig.form == "noun"
    same = {(s.actor.code, s.actor.sector) for s in sources if s.actor}
    orgs = {s.actor.code for s in sources if s.actor and s.actor.kind == "organisation"}
    end = max(occ.end, (occ.req_at or 0) + 1)
    # "expelled, on Tuesday, two diplomats": an adverbial aside right after
    # the verb neither ends the search nor holds its object.
    first = adverbial_aside_end(tk.lower, occ.end, at.stop) or occ.end
    criticised = next(
        (
            a
            for a in at.actors
            if occ.end <= a.start < at.stop
            and a.prep == "by"
            and a.actor is not None
            and (a.actor.code, a.actor.sector) not in same
            # the act noun may be the required word ("condemned the attack")
            and _criticised_act_by(doc, occ, first, a)
        ),
        None,
    )
    if criticised is not None:
        # "condemned the shelling of Ukrainian cities by Russian forces": who
        # did what is criticised, not whose cities were hit.
        return coordinated(doc, [criticised], at.actors)
    if trig.symmetric and "with" in preps:
        partner = _with_partner(doc, occ, at, same)
        if partner is not None:
            return coordinated(doc, [partner], at.actors)
    addressee = _message_addressee(doc, occ, at, occ.end, first)
    if addressee is not None:
        # "urged, in a letter to the European Commission, faster action": the
        # message's addressee is the one urged.
        return coordinated(doc, [addressee], at.actors)
    previous = first
    passed: ActorSpan | None = None  # the last prepositional phrase passed over
    for a in at.actors:
        if a.start < first or a.start >= at.stop:
            continue
        if passed is not None and a.prep is None and _conjunct_of(tk.lower, passed, a):
            # "struck targets in Lebanon and Syria": the conjunct of a phrase
            # passed over shares its preposition.
            passed = a
            previous = a.end
            continue
        passed = None
        if (
            _comma_between(tk.lower, previous, a.start)
            and not _focused(doc, a)
            and (nominal or not _over_example_aside(tk.lower, previous, a.start))
            and not (previous == first and _object_list(tk.lower, previous, a.start))
        ):
            if previous == first and (
                _owner_apposition(doc, a, at, same)
                or _national_apposition(doc, a, at, same)
            ):
                # "sanctions against Belneftekhim, Belarus's state oil
                # company, ...": an unnamed object described by its owner.
                return coordinated(doc, [a], at.actors)
            break
        previous = a.end
        if a.start >= 1 and tk.lower[a.start - 1] == "what":
            continue  # "struck what New Delhi described as a camp": a speaker
        if (
            a.actor is not None
            and tk.lower[a.start] in _OBJECT_PRONOUNS
            and a.actor.code in {c for c, _ in same}
        ):
            # "Washington sanctioned Chinese firms. Beijing condemned them.":
            # a pronoun for the source's own side stands for the act.
            continue
        if a.actor is not None and (
            (a.actor.code, a.actor.sector) in same or a.actor.code in orgs
        ):
            # Not the source itself; sectors of one state may act on each other
            # (ARMGOV -> ARMOPP), an organisation not on itself.
            continue
        if (
            trig.cameo.startswith("15")
            and a.actor is not None
            and a.actor.sector in _FORCES
            and a.actor.code in {c for c, sec in same if sec in _STATE_SECTORS}
        ):
            # "Ruto sent Kenyan police officers to Haiti": a state's own forces
            # are what it mobilises, not the recipient.
            continue
        if (
            a.actor is not None
            and a.actor.sector is None
            and a.actor.person_id is None
            and a.actor.kind == "state"
            and (
                a.actor.code in {c for c, _ in same}
                if a.possessive or tk.lower[a.start] in _POSSESSIVE_PRONOUNS
                else a.how in _STATE_NAMES
                and a.actor.code in {c for c, sec in same if sec in _STATE_SECTORS}
            )
        ):
            # "Pashinyan froze Armenia's participation in the CSTO": the
            # subject's own state owning the object is no recipient; nor is
            # the state its government moves or spends, named by its name
            # ("threatened to pull US funding from the WHO", "to pull Brazil
            # out of the WHO"; "arrested a Belarusian journalist" keeps hers).
            continue
        before = (
            a.start - 1
            if a.start - 1 >= 0 and tk.lower[a.start - 1] != "the"
            else a.start - 2
        )
        owner = _of_owner(doc, a, at) if a.prep is None else None
        if owner is not None:
            # "block the NATO membership bids of Sweden and Finland": the
            # owner of what the modifier describes is acted on.
            return coordinated(doc, [owner], at.actors)
        if a.prep is None or before < end:
            # No preposition, or the trigger's own ("pulled out of the CSTO",
            # "applied to join the EU").
            if (
                trig.direct_object
                or nominal
                or a.possessive
                or (a.prep is not None and before < end)  # the trigger's own
                or _focused(doc, a)
            ):
                return coordinated(doc, [a], at.actors) + _origin_conjuncts(doc, a, at)
            continue
        passed = a
        if occ.req_at is not None and a in _by_after(doc, occ.req_at, at.actors):
            # "denounced the decision by Yerevan": who made what is criticised.
            return coordinated(doc, [a], at.actors)
        if a.prep == "of" and _released(doc, occ, a):
            continue  # "the release of Huawei's finance chief": not the one asked
        if a.prep in preps or (a.possessive and a.prep == "of"):
            return coordinated(doc, [a], at.actors)
        if (
            a.prep == "with"
            and "from" in preps
            and tk.lower[before] == "with"
            and tk.lower[before - 1] in _BORDERS
            and "from" in tk.lower[max(end, before - 4) : before - 1]
        ):
            # "pulled its troops back from the border with Ukraine": the state
            # across the border is left.
            return coordinated(doc, [a], at.actors)
        if a.prep == "of" and "from" in preps and tk.lower[before - 1] == "out":
            # "threatened to pull Brazil out of the WHO": "out of" is "from".
            return coordinated(doc, [a], at.actors)
        if (
            a.prep in {"of", "from"}
            and tk.lower[before] == a.prep
            and tk.lower[before - 1] in _TRADE_NOUNS
            and (tk.lower[before - 2] in preps or before - 1 - end <= 1)
            and trig.cameo[:2] == "16"
        ):
            # "imposed a ban on imports of Japanese seafood", "suspended arms
            # purchases from Israel": the goods' state is hit.
            return coordinated(doc, [a], at.actors)
        if a.prep == "of" and _owner_in_object(doc, occ, a):
            # "struck the propeller of a US drone", "abducted the mayor of
            # Melitopol": the owner of what is hit is hit.
            return coordinated(doc, [a], at.actors)
        if a.prep == "with" and occ.req_at is not None and tk.lower[before] == "with":
            if before - 1 == occ.req_at:
                # "rejected any cooperation with the ICC": the partner of the
                # required noun.
                return coordinated(doc, [a], at.actors)
        if a.prep == "by" and _reduced_relative_agent(doc, occ, end, a):
            # "expelled workers employed by the UNHCR", "rejected every offer
            # made by the Taliban": whoever employs or makes the object owns it.
            return coordinated(doc, [a], at.actors)
    return _named_place(doc, occ, at) if sources else []


_MESSAGE_NOUNS = frozenset({"letter", "message", "note", "call", "statement", "appeal"})
_VERBAL_ROOTS = frozenset({"02", "10", "13"})


def _message_addressee(
    doc: Doc, occ: Occurrence, at: Situation, start: int, end: int
) -> ActorSpan | None:
    """The actor a message is addressed to inside the aside [start, end) after
    a request or threat verb ("in a letter to X"); else None."""
    if end == start or occ.trigger.cameo[:2] not in _VERBAL_ROOTS:
        return None
    lowers = toks(doc).lower
    for a in at.actors:
        if not start < a.start < end or a.prep != "to" or a.actor is None:
            continue
        k = a.start - 2 if lowers[a.start - 1] == "the" else a.start - 1
        if lowers[k] == "to" and lowers[k - 1] in _MESSAGE_NOUNS:
            return a
    return None


def _origin_conjuncts(doc: Doc, a: ActorSpan, at: Situation) -> list[ActorSpan]:
    """The states listed after the "from" naming where an object mention comes
    from ("expelled diplomats from Poland and Lithuania": Lithuania's too)."""
    if a.how != "sector" or a.actor is None:
        return []
    origin = next(
        (
            b
            for b in at.actors
            if b.start == a.end + 1 and b.prep == "from" and b.actor is not None
        ),
        None,
    )
    if origin is None or origin.actor.code != a.actor.code:  # type: ignore[union-attr]
        return []
    return coordinated(doc, [origin], at.actors)[1:]


_BORDERS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
_TRADE_NOUNS = frozenset(
    {"imports", "exports", "import", "export", "shipments", "purchases", "sales"}
)


def _of_owner(doc: Doc, a: ActorSpan, at: Situation) -> ActorSpan | None:
    """The actor of an "of" phrase after a noun that `a` modifies ("the NATO
    membership bids of Sweden", "the EU accession of Ukraine"); else None."""
    lowers = toks(doc).lower
    if a.possessive or a.start == 0 or lowers[a.start - 1] not in {"the", "a", "an"}:
        return None
    k = a.end
    while k < min(a.end + 3, at.stop) and lowers[k].isalpha() and lowers[k] != "of":
        if doc[k].text[:1].isupper():
            return None
        k += 1
    if (k == a.end and not a.is_location) or k >= at.stop or lowers[k] != "of":
        # A place may take its owner right away ("the Essequibo region of
        # Guyana").
        return None
    start = k + 2 if k + 1 < len(lowers) and lowers[k + 1] == "the" else k + 1
    return next(
        (
            b
            for b in at.actors
            if b.start == start and b.actor is not None and not b.is_location
        ),
        None,
    )


def _conjunct_of(lowers: list[str], first: ActorSpan, nxt: ActorSpan) -> bool:
    """Whether `nxt` follows `first` joined by "and"/"or" (after an optional
    comma): "in Lebanon and Syria", "on Iraq, and Syria"."""
    gap = [w for w in lowers[first.end : nxt.start] if w != "the"]
    return bool(gap) and gap[-1] in {"and", "or"} and set(gap) <= {",", "and", "or"}


# Nouns of a standing relation: "the Russia-China partnership" is background.
_STANDING_NOUNS = frozenset(
    {"partnership", "alliance", "relationship", "relations", "ties", "alignment"}
)


def _hyphen_pair(doc: Doc, noun: int, actors: list[ActorSpan]) -> list[ActorSpan]:
    """The two parties joined by a hyphen before a joint act's noun, with at
    most two lower-case modifiers between ("the Modi-Xi talks", "the
    Armenia-Azerbaijan peace talks"); else []."""
    tk = toks(doc)
    k = noun
    while (
        k > noun - 2 and k > 0 and tk.text[k - 1].isalpha() and tk.text[k - 1].islower()
    ):
        k -= 1
    second = next((a for a in actors if a.end == k and a.actor is not None), None)
    if second is None or second.start < 2 or tk.lower[second.start - 1] != "-":
        return []
    first = next(
        (a for a in actors if a.end == second.start - 1 and a.actor is not None), None
    )
    if first is None or first.actor.code == second.actor.code:  # type: ignore[union-attr]
        return []
    j = first.start - 1
    while j > 0 and tk.lower[j] in {"the", "a", "an"}:
        j -= 1
    if j >= 0 and tk.lower[j] == "for":
        return []  # "hopes for an Armenia-Azerbaijan peace deal": a prospect
    return [first, second]


def _by_after(
    doc: Doc, noun: int, actors: list[ActorSpan], *, of_too: bool = False
) -> list[ActorSpan]:
    """The actor of a "by" phrase right after the noun at `noun` ("the
    decision by Yerevan"), coordinated; else []. `of_too`: an "of" phrase
    names the agent as well ("the decision of Spain to recognise"), except
    after "invitation" (the one invited acts: "the invitation of Putin to
    visit Moscow")."""
    lowers = toks(doc).lower
    if noun + 1 >= len(doc):
        return []
    nxt = lowers[noun + 1]
    if nxt != "by" and not (of_too and nxt == "of" and lowers[noun] != "invitation"):
        return []
    # "the decision by the Netherlands": an article may open the agent.
    at = noun + 3 if noun + 2 < len(doc) and lowers[noun + 2] == "the" else noun + 2
    agent = [a for a in actors if a.start == at and a.actor is not None]
    return coordinated(doc, agent, actors)


_RELEASE_WORDS = frozenset({"release", "freeing", "repatriation", "return"})


def _released(doc: Doc, occ: Occurrence, a: ActorSpan) -> bool:
    """Whether `a` owns who a request asks to release ("demanded the release of
    Huawei's finance chief"): the detainee's side, not the one asked. (Who
    releases yields to the released: "ordered the release of ...".)"""
    k = occ.req_at
    return (
        k is not None
        and occ.trigger.cameo[:2] in {"10", "02"}
        and toks(doc).lower[k] in _RELEASE_WORDS
        and k < a.start <= k + 3
    )


def _named_place(doc: Doc, occ: Occurrence, at: Situation) -> list[ActorSpan]:
    """The place a visit trigger's own locative preposition introduces ("arrived
    in Moscow", "landed in Kyiv": the host, annotation guide §7.1), read as the
    state it stands for. Other acts done in a place find it as the place's state
    after the arguments (a city hit is no government)."""
    if occ.trigger.mode != "visit":
        return _owner_at(doc, occ, at)
    return _place_after(doc, occ, at, occ.trigger.target_preps)


def _owner_at(doc: Doc, occ: Occurrence, at: Situation) -> list[ActorSpan]:
    """A possessor right after the trigger's own "at" ("scoffed at Moscow's
    offer"), read as a place before the trigger is known: it owns what the act
    is aimed at."""
    tk = toks(doc)
    if "at" not in occ.trigger.target_preps or occ.end + 1 >= at.stop:
        return []
    if tk.lower[occ.end] != "at":
        return []
    for span in doc._.actor_spans or []:
        if span.start == occ.end + 1 and span.possessive and span.place_actor:
            return [span.as_place(span.place_actor)]
    return []


def _place_after(
    doc: Doc, occ: Occurrence, at: Situation, preps: Collection[str]
) -> list[ActorSpan]:
    """The place one of `preps` introduces within three words after the
    trigger, before any comma, read as the state it stands for; else []."""
    tk = toks(doc)
    for span in doc._.actor_spans or []:
        if not (occ.end <= span.start < at.stop) or span.start - occ.end > 3:
            continue
        if span.place_actor is None or span.prep not in preps:
            continue
        if _comma_between(tk.lower, occ.end, span.start):
            return []
        return [span.as_place(span.place_actor)]
    return []


_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})

# The sectors that act as the state itself: its own bare name after their
# verb is what they move or spend, not a recipient (an opposition may target
# its state).
_STATE_SECTORS = frozenset({None, "GOV", "MIL"})
_STATE_NAMES = frozenset({"name", "alias"})
_FORCES = frozenset({"MIL", "COP"})

# Forms of "be" before a participle ("was attacked", "were expelled").
BE_FORMS = frozenset({"is", "was", "are", "were", "been", "being", "be"})


def _reduced_relative_agent(doc: Doc, occ: Occurrence, end: int, a: ActorSpan) -> bool:
    """Whether `a` is the "by" agent of a participle that modifies a noun in the
    object after `end` ("workers employed by", "sanctions on firms owned by"):
    words of the object, the participle, "by", and no comma, verb "be" or other
    preposition between (a trigger preposition may open the object)."""
    tk = toks(doc)
    b = a.start - 1
    while b > end and tk.lower[b] in {"the", "a", "an"}:
        b -= 1
    if tk.lower[b] != "by":
        return False
    p = b - 1
    if p < end:
        return False
    low, lemma = tk.lower[p], tk.lemma[p].lower()
    if not (low.endswith("ed") or (lemma != low and not low.endswith(("s", "ing")))):
        return False
    k = p - 1
    if k < end and not (k == end - 1 and occ.req_at == k):
        return False  # the object noun may be the required word ("expelled workers")
    if not tk.text[k].isalpha() or tk.text[k][0].isupper():
        return False
    words = tk.lower[end : k + 1]
    if words and words[0] in occ.trigger.preps():
        words = words[1:]  # "imposed sanctions on firms owned by"
    return not any(w in _OBJECT_STOPS or w in BE_FORMS for w in words)


_OBJECT_PRONOUNS = frozenset({"it", "them"})
_CLAUSE_STOPS = frozenset({",", ";", "--", ":", "and", "but", "after", "which", "that"})


def _criticised(doc: Doc, at: Situation, occ: Occurrence) -> bool:
    """Whether the event noun at `occ` is the object of a criticism verb right
    before it ("condemned the shelling of ...")."""
    tk = toks(doc)
    k = occ.start - 1
    while k > at.left and tk.lower[k] in _OBJECT_DETERMINERS:
        k -= 1
    if tk.lower[k] == ",":
        # "condemned, in the strongest terms, the visit": past the aside.
        k = next(
            (
                m - 1
                for m in range(k - 2, max(at.left, k - 11), -1)
                if adverbial_aside_end(tk.lower, m, occ.start + 1) == k + 1
            ),
            k,
        )
    return k >= at.left and k < occ.start - 1 and tk.lemma[k] in _CRITICISM_VERBS


_PLACE_WORDS = frozenset({"in", "on", "at", "near"})
_CRITICISM_VERBS = frozenset(
    {"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam"}
    | {"protest"}
)


def _criticised_act_by(doc: Doc, occ: Occurrence, end: int, a: ActorSpan) -> bool:
    """Whether `a` is the "by" agent of the act a criticism's object names
    ("condemned the storming of Al-Aqsa by Israeli settlers"): the object opens
    with a determiner right after the trigger, and no comma, clause word or
    verb "be" stands between."""
    if occ.trigger.cameo[:2] not in {"11", "05"}:
        return False  # also praise: "welcomed the decision by Norway"
    tk = toks(doc)
    if occ.trigger.form == "noun":
        # "concern over statements by Baku": what the attitude noun is about.
        if end >= a.start or tk.lower[end] not in _ABOUT_PREPOSITIONS:
            return False
        end += 1
    elif end >= a.start or tk.lower[end] not in _OBJECT_DETERMINERS:
        return False
    # "by the Kremlin", "by a Beijing court"
    by = a.start - 2 if tk.lower[a.start - 1] in {"the", "a", "an"} else a.start - 1
    if a.start - end > 10 or by < end or tk.lower[by] != "by":
        return False
    words = tk.lower[end:by]
    if tk.lower[by - 1] in _MEDIATED:
        return False  # "signed an agreement brokered by the EU": a mediator
    # "signed a contract during a visit to Paris by X": the time phrase's own.
    return not any(
        w in _CLAUSE_STOPS or w in BE_FORMS or w in _TIME_PREPOSITIONS for w in words
    )


_TIME_PREPOSITIONS = frozenset({"during", "amid", "following", "before", "since"})


_MEDIATED = frozenset(
    {"brokered", "mediated", "facilitated", "hosted", "organised", "organized"}
)


# Nouns that take a "with" of their own ("tensions with China").
_WITH_NOUNS = frozenset(
    {"relations", "ties", "tensions", "tension", "cooperation", "talks", "deal"}
    | {"agreement", "war", "conflict", "border", "borders", "trade", "dispute"}
    | {"partnership", "alliance", "clashes", "contacts", "negotiations", "dialogue"}
    | {"meeting", "meetings", "friendship", "rift", "standoff", "row", "feud"}
)


def _with_partner(
    doc: Doc, occ: Occurrence, at: Situation, same: set[tuple[str, str | None]]
) -> ActorSpan | None:
    """The "with" partner of a joint act ("discussed Libya with Trump",
    "discussed the crisis, with the leaders of France"): the partner, not the
    topic in the direct object, is the target. A comma may stand only right
    before the "with"."""
    tk = toks(doc)
    for a in at.actors:
        if a.start < occ.end or a.start >= at.stop:
            continue
        if a.actor is None or (a.actor.code, a.actor.sector) in same:
            continue
        if a.prep != "with" and not (
            # "conferred with her Namibian counterpart": the pronoun, not the
            # adjective after it, stands right after "with".
            a.start >= 2
            and tk.lower[a.start - 1] in _POSSESSIVE_PRONOUNS
            and tk.lower[a.start - 2] == "with"
        ):
            continue
        at_with = max(
            (k for k in range(occ.end, a.start) if tk.lower[k] == "with"), default=None
        )
        if at_with is None or tk.lower[at_with - 1] in _WITH_NOUNS:
            return None  # "met Y amid tensions with China": the noun's "with"
        if any(
            tk.lower[k] in {",", "--", ";"} and k != at_with - 1
            for k in range(occ.end, at_with)
        ):
            return None
        return a
    return None


_PHYSICAL = ("18", "19", "20", "17")
# Words that end a simple "the X of Y" object: another preposition or a comma.
_OBJECT_STOPS = frozenset(
    {"in", "on", "at", "to", "from", "with", "by", "for", ",", "into", "over", "about"}
    | {"against", "after", "between"}
)


def _owner_in_object(doc: Doc, occ: Occurrence, a: ActorSpan) -> bool:
    """Whether `a` follows "of" inside the direct object of a verb ("shelled
    the positions of", "rejected the proposal of"): the object starts with a
    determiner right after the trigger and holds no other preposition."""
    tk = toks(doc)
    if occ.trigger.form == "noun":
        return False
    # "threatened to annex the Essequibo region of Guyana": the object of
    # the required word.
    i = occ.end
    if occ.req_at is not None and occ.req_at > i and tk.lower[i] == "to":
        i = occ.req_at + 1
    if i >= a.start or tk.lower[i] not in {"the", "a", "an"} | _POSSESSIVE_PRONOUNS:
        return False
    words = tk.lower[i : a.start]
    return words.count("of") == 1 and not any(w in _OBJECT_STOPS for w in words)


def _owner_apposition(
    doc: Doc, a: ActorSpan, at: Situation, same: set[tuple[str, str | None]]
) -> bool:
    """Whether `a` is the possessor opening an apposition right after a comma
    ("Belneftekhim, Belarus's state oil company,"), closed by a comma or the
    sentence end with no verb trigger or speech verb inside (", Russia's
    defence ministry said" is a speaker)."""
    tk = toks(doc)
    if not a.possessive or a.actor is None or a.prep is not None:
        return False
    if (a.actor.code, a.actor.sector) in same or a.actor.code in {c for c, _ in same}:
        return False
    if a.start < 1 or tk.lower[a.start - 1] != ",":
        return False
    closing = next(
        (k for k in range(a.end, at.sent.end) if tk.lower[k] in {",", ";", "."}),
        at.sent.end,
    )
    return at.stop >= closing and closing - a.end <= 6


def _national_apposition(
    doc: Doc, a: ActorSpan, at: Situation, same: set[tuple[str, str | None]]
) -> bool:
    """Whether `a` is the national adjective of an apposition right after a
    comma that describes an unnamed object ("into the death of Jakelin Caal, a
    Guatemalan migrant"): ", a/the <adjective> <noun>" closed by punctuation."""
    tk = toks(doc)
    if a.actor is None or a.end - a.start != 1 or a.prep is not None:
        return False
    if a.actor.code in {c for c, _ in same}:
        return False
    if a.start < 2 or tk.lower[a.start - 1] not in {"a", "an", "the"}:
        return False
    if tk.lower[a.start - 2] != "," or a.end >= at.stop:
        return False
    # The noun (a word or three) closes the apposition: not ", a Ukrainian
    # official said" (a speaker) nor a clause going on.
    k = a.end
    while (
        k < at.sent.end
        and tk.text[k].isalpha()
        and tk.text[k].islower()
        and tk.lower[k] not in {"who", "which", "that"}
    ):
        k += 1
    closed = k == at.sent.end or tk.lower[k] in {",", ".", ";", "who", "which", "that"}
    return 1 <= k - a.end <= 3 and closed


def _over_example_aside(lowers: list[str], start: int, end: int) -> bool:
    """Whether the commas from `start` to `end` only close off one aside of
    examples (", including travel bans and asset freezes,") before the actor."""
    commas = [k for k in range(start, end) if lowers[k] in {",", "--"}]
    return (
        len(commas) == 2
        and commas[1] - commas[0] > 2
        and lowers[commas[0] + 1] in {"including", "notably", "such", "especially"}
    )


# Words that show a comma after the object opens a clause, not a list.
_LIST_BREAKS = frozenset(
    {"said", "says", "told", "is", "was", "were", "are", "has", "have", "had"}
    | {"will", "would", "could", "as", "then", "also", "while", "after", "before"}
    | {"that", "which", "who", "whom", "whose", "where", "when", "but", "because"}
)


def _object_list(lowers: list[str], start: int, end: int) -> bool:
    """Whether the commas from `start` to `end` only join the items of a list
    object ("sent ammunition, armoured vehicles and drones to Ukraine")."""
    gap = lowers[start:end]
    if len(gap) > 14 or "," not in gap:
        return False
    last = len(gap) - 1 - gap[::-1].index(",")
    return any(w in {"and", "or"} for w in gap[last + 2 :]) and all(
        w == "," or (w.isalnum() and not w.endswith("ing") and w not in _LIST_BREAKS)
        for w in gap
    )


def _comma_between(lowers: list[str], start: int, end: int) -> bool:
    return any(lowers[k] in {",", "--"} for k in range(start, end))


def find_reporter(
    doc: Doc, occ: Occurrence, at: Situation, speech: list[Occurrence]
) -> ActorSpan | None:
    """The speaker when the trigger sits in reported speech ("X said that ...",
    "..., the ministry said", "according to X")."""
    tk = toks(doc)
    whole = _whole(at)
    for sp in speech:
        if sp.end <= occ.start:
            # The speech verb governs the trigger's clause: the clause starts
            # right after it (or after its "that"), or only the reported subject
            # stands between them.
            if at.left >= sp.end - 1 or not any(
                tk.lower[k] in {"and", ";"} for k in range(sp.end, occ.start)
            ):
                if tk.lower[sp.start] == "according":
                    after = [a for a in at.actors if sp.end <= a.start <= sp.end + 2]
                    if after:
                        return after[0]
                    continue
                subj = subject_of(doc, whole, sp.start)
                if subj:
                    return subj[0]
        elif tk.lower[sp.start].endswith("ing") and tk.lower[sp.start] != "according":
            # "asked the CSTO for help, saying ...": a participle reports what
            # follows it, in the words of the clause's own subject
            continue
        elif sp.start >= occ.end and (
            tk.text[sp.start - 1] == ","
            or tk.text[sp.start - 1] in _QUOTES
            and tk.text[sp.start - 2] == ","
        ):
            # "..., said the ministry."; a speaker after the verb comes first
            # (an actor just before the comma belongs to the quoted words).
            after = [a for a in at.actors if a.start >= sp.end] + [
                a for a in at.actors if sp.start - 4 <= a.start < sp.start
            ]
            if after:
                return after[0]
        elif sp.start >= occ.end and _comma_between(tk.lower, occ.end, sp.start):
            # "..., Foreign Minister Sergei Lavrov said on Monday."
            between = [a for a in at.actors if occ.end <= a.start < sp.start]
            comma = max(
                (k for k in range(occ.end, sp.start) if tk.lower[k] in {",", "--"}),
                default=occ.end,
            )
            if (
                between
                and between[-1].start > comma
                and tk.text[between[-1].start - 1] in {",", "the"} | _QUOTES
            ):
                # '"We will not take part," Pashinyan said': a closing quote
                # may stand between the comma and the speaker.
                return between[-1]
    return None


_FRONTED_PLACE_PREPS = frozenset({"at", "in", "of", "during", "on"})


def coordinated(
    doc: Doc, heads: list[ActorSpan], actors: list[ActorSpan], backwards: bool = False
) -> list[ActorSpan]:
    """Extend a head mention with the mentions coordinated with it ("Armenia and
    France", "the US, France and Germany")."""
    if not heads:
        return []
    tk = toks(doc)
    out = list(heads)
    ordered = sorted(actors, key=lambda a: a.start)
    idx = ordered.index(heads[0]) if heads[0] in ordered else -1
    if idx < 0:
        return out
    step = -1 if backwards else 1
    cur = heads[0]
    j = idx + step
    commas_only = []  # positions in `out` reached through a bare comma
    closed = False
    while 0 <= j < len(ordered):
        nxt = ordered[j]
        lo, hi = (nxt.end, cur.start) if backwards else (cur.end, nxt.start)
        if backwards and lo == hi and tk.lower[nxt.start] in _POSSESSIVE_PRONOUNS:
            # "Mahdi and his Jordanian counterpart": the pronoun opens the
            # conjunct; the list goes on before it.
            cur = nxt
            j += step
            continue
        if (
            not backwards
            and tk.lower[nxt.start] in _POSSESSIVE_PRONOUNS
            and nxt.end - nxt.start == 1
            and 0 <= j + 1 < len(ordered)
            and ordered[j + 1].start == nxt.end
        ):
            nxt = ordered[j + 1]
            j += 1
        gap = [tk.lower[k] for k in range(lo, hi) if tk.lower[k] != "the"]
        if (
            backwards
            and 0 < len(gap) <= 3
            and all(w.isalpha() and w not in _COORD for w in gap)
            and nxt.actor is not None
            and cur.actor is not None
            and nxt.actor.person_id is None
            and nxt.actor.code == cur.actor.code
            and nxt.start > 0
            and tk.lower[nxt.start - 1] in _POSSESSIVE_PRONOUNS | {"the"}
        ):
            # "Srettha and his Cambodian counterpart Hun Manet": the name's
            # own title; the list goes on before it.
            cur = nxt
            j += step
            continue
        if len(gap) >= 2 and gap[-1] in _POSSESSIVE_PRONOUNS:
            gap = gap[:-1]  # "Mahdi and his Jordanian counterpart"
        if (
            not gap
            or any(w not in _COORD and w not in {"as", "well"} for w in gap)
            or len(gap) > 3
            # "as well as" joins a list; a lone "as" opens a clause ("calls
            # Putin and Blinken as Armenia seeks help").
            or ("as" in gap and "well" not in gap)
        ):
            break
        if (
            nxt.actor is None
            or nxt.is_location
            or tk.lower[nxt.start] in _POSSESSIVE_PRONOUNS
        ):
            break
        if (
            len(out) == 1
            and gap[0] == ","
            and len(gap) > 1
            and (not backwards or nxt.start == 0 or tk.lower[nxt.start - 1] != ",")
        ):
            # "sanctions on Iran, and Tehran threatened": a new clause; a list
            # has a comma before each member ("the US, France, and Germany").
            break
        if (
            backwards
            and gap == [","]
            and heads[0].prep is None
            and nxt.prep in _FRONTED_PLACE_PREPS
        ):
            # "At the UN, the Russian and US envoys met": a fronted place
            # phrase before the comma, not a member of the subject's list.
            break
        if gap == [","]:
            commas_only.append(len(out))
        else:
            closed = True
        out.append(nxt)
        cur = nxt
        j += step
    if commas_only and not closed:
        # "the CSTO, Prime Minister Nikol Pashinyan said": a comma alone is no
        # list unless an "and"/"or" closes it ("the US, France and Germany").
        out = out[: commas_only[0]]
    return out


def _focused(doc: Doc, span: ActorSpan) -> bool:
    tk = toks(doc)
    i = span.start - 1
    while i >= 0 and tk.lower[i] in {"the", "all"}:
        i -= 1
    return i >= 0 and tk.lower[i] in _FOCUS


def possessor(doc: Doc, start: int, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "Armenia's freezing of ..." / "its suspension": the possessor acts."""
    tk = toks(doc)
    for a in actors:
        if (
            a.possessive
            and 0 <= start - a.end <= 3
            and tk.lower[a.end] in {"'s", "'"}
            and not any(tk.lemma[k] in REACTION_VERBS for k in range(a.end, start))
        ):  # not "Azerbaijan's offensive drew condemnation"
            return [a]
        if (
            a.how == "anaphor"
            and a.end == start
            and tk.lower[a.start] in {"its", "their", "his", "her"}
        ):
            return [a]
    return []


def noun_owner(doc: Doc, occ: Occurrence, at: Situation) -> list[ActorSpan]:
    """Who does an event noun with no target of its own: its possessor
    ("Russia's annexation of Crimea"), a national adjective ("Israeli strikes on
    Gaza") or the subject of a light verb ("Israel imposed a siege on Gaza")."""
    owner = possessor(doc, occ.start, at.actors) or national_adjective(
        doc, occ.start, at.actors
    )
    if not owner and _light_verb_object(doc, at, occ.start):
        owner = subject_of(doc, at, occ.start)
    return owner


def _light_verb_object(doc: Doc, at: Situation, start: int) -> bool:
    """Whether the event noun at `start` is the object of a light verb, with
    only modifiers between ("imposed a complete siege"; not "imposed sanctions
    over the crackdown")."""
    tk = toks(doc)
    for i in range(start - 1, max(at.left, start - 5) - 1, -1):
        if tk.lemma[i] in LIGHT_VERBS:
            return True
        if tk.lower[i] in _PREPOSITIONS or not tk.text[i].isalpha():
            return False
    return False


def national_adjective(
    doc: Doc, start: int, actors: list[ActorSpan]
) -> list[ActorSpan]:
    """ "Russian strikes", "Azerbaijani shelling", "Japanese humanitarian aid":
    a national adjective acts (one kind of aid may stand between, or up to three
    words of the weapons used: "a Russian missile and drone attack")."""
    lower = toks(doc).lower
    armed = start
    while armed > 0 and start - armed < 3 and lower[armed - 1] in WEAPON_WORDS:
        armed -= 1
    for a in actors:
        if a.how in {"adjective", "demonym"} and a.actor is not None:
            if a.end in (start, armed) or (
                a.end == start - 1 and lower[start - 1] in _KINDS_OF_AID
            ):
                return [a]
    return []


# Words naming a kind of aid between its giver and the noun ("U.S. security
# assistance", "Japanese humanitarian aid").
_KINDS_OF_AID = frozenset(
    {"security", "humanitarian", "economic", "financial", "food", "medical"}
)


def _modifier_mention(doc: Doc, start: int, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "Russia's military buildup", "the Kremlin crackdown": a mention right
    before the event noun (skipping one adjective) owns it."""
    tk = toks(doc)
    for a in actors:
        if a.actor is None or a.prep is not None and a.prep != "of":
            continue
        if a.end == start or (
            a.end == start - 1
            and tk.lower[start - 1].isalpha()
            and not tk.text[start - 1].istitle()
        ):
            if (
                a.end == start
                or a.possessive
                or "'s" in tk.lower[a.start : a.end]
                or tk.lower[start - 1] in _KINDS_OF_AID
            ):
                return [a]
    return []


def _dyad_before(
    doc: Doc, start: int, actors: list[ActorSpan]
) -> tuple[ActorSpan, ActorSpan] | None:
    """ "the Armenian-Azerbaijani conflict": two adjectives joined before the noun."""
    tk = toks(doc)
    before = [a for a in actors if a.end <= start and start - a.end <= 1]
    if not before:
        return None
    second = before[-1]
    firsts = [a for a in actors if a.end <= second.start and second.start - a.end == 1]
    if firsts and tk.lower[firsts[-1].end] in {"-", "and", "/"}:
        return firsts[-1], second
    return None
