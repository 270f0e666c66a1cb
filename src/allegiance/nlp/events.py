"""The rule event coder: trigger patterns plus argument rules over actor mentions."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb.base import KnowledgeBase
from ..ontology import Ontology
from ..records import Actor, Event
from .clauses import (
    ClauseCues,
    clause_bounds,
    is_passive,
    looks_nominal,
    parentheticals,
    read_cues,
)
from .lemmas import LookupLemmatizer
from .lexicon import Lexicon, Trigger
from .modality import convert, effect_for
from .spans import ActorSpan, ensure_extensions, toks
from .triggers import TriggerIndex

__all__ = ["EventCoder", "Occurrence"]

_COORD = frozenset({"and", ",", "or", "&"})
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "'s",
        "our",
        "any",
        "further",
        "new",
    }
)
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
# A required word must stand in the trigger's own clause.
_REQUIRES_STOP = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "--",
        "when",
        "while",
        "which",
        "who",
        "because",
        "but",
        "although",
    }
)
_DYAD_NOUNS = frozenset(
    {"conflict", "war", "clash", "clashes", "fighting", "hostilities"}
)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A trigger found in a sentence, with its token range."""

    trigger: Trigger
    start: int
    end: int
    req_at: int | None = None

    def tokens(self) -> set[int]:
        """The tokens the occurrence uses: the trigger and its required word."""
        out = set(range(self.start, self.end))
        if self.req_at is not None:
            out.add(self.req_at)
        return out


@dataclass(slots=True)
class _Args:
    sources: list[ActorSpan]
    targets: list[ActorSpan]


class EventCoder:
    """Code events sentence by sentence from triggers and resolved actor spans.

    Reads `doc._.actor_spans` and `doc._.date`; writes `doc._.events` (Event
    records with `article_id` from `doc._.article_id`).
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        kb: KnowledgeBase,
        lexicon: Lexicon,
        ontology: Ontology,
        version: str,
    ) -> None:
        ensure_extensions()
        self.name = name
        self.kb = kb
        self.lexicon = lexicon
        self.ontology = ontology
        self.version = version
        # Lexicon authors may write "talks" or "sanctions": the index lemmatises
        # LEMMA values the way the pipeline will.
        self.matcher = TriggerIndex(LookupLemmatizer(nlp).lemma)
        self.by_key: dict[int, Trigger] = {}
        for key, trig in enumerate(lexicon.triggers):
            self.matcher.add(key, trig.patterns, where=f"lexicon entry {trig.id!r}")
            self.by_key[key] = trig

    def __call__(self, doc: Doc) -> Doc:
        """Code every sentence of `doc`."""
        doc._.events = self.code(doc)
        return doc

    # -- trigger selection ---------------------------------------------------------

    def occurrences(
        self, doc: Doc, sent: Span, matches: list[tuple[int, int, int]]
    ) -> list[Occurrence]:
        """The triggers of one sentence whose constraints hold, overlaps removed
        (the more specific, then the longer entry wins). A required word is part
        of its occurrence: "provided support" is one event, not two."""
        found = []
        for key, start, end in matches:
            trig = self.by_key[key]
            ok, req_at = self._constraints(doc, sent, trig, start, end)
            if ok and self._form_fits(doc, sent, trig, start, end):
                found.append(Occurrence(trig, start, end, req_at))
        found.sort(key=lambda o: (-o.trigger.specificity, -(o.end - o.start), o.start))
        taken: set[int] = set()
        kept = []
        for occ in found:
            tokens = occ.tokens()
            if set(range(occ.start, occ.end)) & taken or (occ.req_at in taken):
                continue
            taken |= tokens
            kept.append(occ)
        return sorted(kept, key=lambda o: o.start)

    @staticmethod
    def _constraints(
        doc: Doc, sent: Span, trig: Trigger, start: int, end: int
    ) -> tuple[bool, int | None]:
        tk = toks(doc)
        req_at = None
        if trig.requires:
            wanted = set(trig.requires)
            for i in range(end, min(sent.end, end + trig.window)):
                if tk.lower[i] in wanted or tk.lemma[i].lower() in wanted:
                    req_at = i
                    break
                if tk.lower[i] in _REQUIRES_STOP:
                    break
            if req_at is None:
                return False, None
        lo = max(sent.start, start - 6)
        if trig.requires_before:
            wanted = set(trig.requires_before)
            if not any(
                tk.lower[i] in wanted or tk.lemma[i].lower() in wanted
                for i in range(lo, start)
            ):
                return False, None
        if trig.excludes:
            banned = set(trig.excludes)
            hi = end
            while hi < sent.end and tk.lower[hi] not in _REQUIRES_STOP:
                hi += 1
            if any(
                tk.lower[i] in banned or tk.lemma[i].lower() in banned
                for i in range(lo, hi)
                if not start <= i < end
            ):
                return False, None
        return True, req_at

    @staticmethod
    def _form_fits(doc: Doc, sent: Span, trig: Trigger, start: int, end: int) -> bool:
        """A verb-only entry does not fire on a noun use ("Russia's support")."""
        if trig.form != "verb":
            return True
        return not looks_nominal(doc, sent, start, end, _modifier_ends(doc))

    # -- coding ------------------------------------------------------------------------

    def code(self, doc: Doc) -> list[Event]:
        """All events of `doc`."""
        spans: list[ActorSpan] = doc._.actor_spans or []
        by_sent: dict[int, list[ActorSpan]] = defaultdict(list)
        for span in spans:
            by_sent[span.sent].append(span)
        matches_by_sent: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        for m in self.matcher(doc):
            matches_by_sent[_sent_of(starts, m[1])].append(m)
        events: list[Event] = []
        for i, sent in enumerate(sents):
            actors = [
                s
                for s in by_sent.get(i, [])
                if s.actor is not None and not s.is_location
            ]
            if not actors or i not in matches_by_sent:
                continue
            occs = self.occurrences(doc, sent, matches_by_sent[i])
            events.extend(self._code_sentence(doc, sent, i, occs, actors, spans))
        return events

    def _code_sentence(
        self,
        doc: Doc,
        sent: Span,
        index: int,
        occs: list[Occurrence],
        actors: list[ActorSpan],
        all_spans: list[ActorSpan],
    ) -> list[Event]:
        asides = parentheticals(doc, sent, {a.end for a in actors})
        speech = [o for o in occs if o.trigger.cameo == "speech"]
        out: list[Event] = []
        trigger_starts = sorted(o.start for o in occs)
        plans = []
        for occ in occs:
            if occ.trigger.cameo == "speech":
                continue
            left, right = clause_bounds(doc, sent, occ.start, occ.end, asides)
            cues = read_cues(doc, sent, left, occ.start, self.lexicon.controls)
            plans.append((occ, left, right, cues))
        # "expressed its desire to learn about ...": an occurrence whose required
        # word governs another trigger is only the frame of that trigger.
        governing = {c.control_at for _, _, _, c in plans if c.control_at is not None}
        for occ, left, right, cues in plans:
            if occ.req_at is not None and occ.req_at in governing:
                continue
            nxt = next((s for s in trigger_starts if s > occ.start), None)
            stop = min(right, nxt) if nxt is not None else right
            args = self._arguments(doc, sent, occ, left, stop, cues, actors, asides)
            if args is None or not self._kinds_fit(occ.trigger, args):
                continue
            reporter = self._reporter(doc, sent, occ, left, actors, asides, speech)
            out.extend(self._emit(doc, sent, index, occ, cues, args, reporter))
        return out

    # -- arguments -----------------------------------------------------------------------

    def _kinds_fit(self, trig: Trigger, args: _Args) -> bool:
        """Keep only arguments of the kind the trigger needs ("leave" an
        organisation); an occurrence with no fitting target is no event."""
        for attr, kind in (
            ("sources", trig.source_kind),
            ("targets", trig.target_kind),
        ):
            if kind is None:
                continue
            want_org = kind == "organisation"
            kept = [
                a
                for a in getattr(args, attr)
                if a.actor is not None
                and self.kb.is_organisation(a.actor.code) == want_org
            ]
            if not kept:
                return False
            setattr(args, attr, kept)
        return True

    def _arguments(
        self,
        doc: Doc,
        sent: Span,
        occ: Occurrence,
        left: int,
        stop: int,
        cues: ClauseCues,
        actors: list[ActorSpan],
        asides: list[tuple[int, int]],
    ) -> _Args | None:
        tk = toks(doc)
        trig = occ.trigger
        if trig.id.endswith("dyad_conflict") or (
            trig.nominal
            and tk.lower[occ.start] in _DYAD_NOUNS
            and trig.cameo.startswith("19")
        ):
            # "the Armenian-Azerbaijani conflict": both sides, or no event.
            dyad = _dyad_before(doc, occ.start, actors)
            return _Args([dyad[0]], [dyad[1]]) if dyad else None
        nominal = trig.form == "noun" or looks_nominal(
            doc, sent, occ.start, occ.end, _modifier_ends(doc)
        )
        passive = not nominal and is_passive(doc, occ.start, occ.end, stop)
        if cues.control == "request" and cues.control_at is not None:
            # "X urged Y to withdraw": X asks Y; the requested act is not an event.
            sources = self._subject(doc, sent, cues.control_at, left, actors, asides)
            urgee = [
                a
                for a in actors
                if cues.control_at < a.start and a.end <= (cues.to_at or occ.start)
            ]
            return (
                _Args(sources, _coordinated(doc, urgee[:1], actors))
                if sources
                else None
            )
        if passive:
            agent = [a for a in actors if occ.end <= a.start < stop and a.prep == "by"]
            sources = _coordinated(doc, agent[:1], actors)
            targets = self._subject(doc, sent, occ.start, left, actors, asides)
            return _Args(sources, [] if trig.no_target else targets)
        sources: list[ActorSpan] = []
        if cues.control_at is not None:
            # "Georgia's ambition to join the EU": the possessor of the governing
            # noun is the one who would act.
            sources = _possessor(doc, cues.control_at, actors)
        if nominal and not sources:
            between = [
                a for a in actors if occ.end <= a.start < stop and a.prep == "between"
            ]
            if between:
                # "the rupture of relations between Armenia and Russia"
                pair = _coordinated(doc, between[:1], actors)
                if len(pair) >= 2:
                    return _Args(pair[:1], pair[1:2])
            sources = _possessor(doc, occ.start, actors)
            if not sources and trig.of_agent:
                # "the withdrawal of Russian border guards": the "of" phrase acts.
                agent = [
                    a for a in actors if occ.end <= a.start < stop and a.prep == "of"
                ][:1]
                if agent:
                    return _Args(
                        agent,
                        []
                        if trig.no_target
                        else self._object(doc, occ, stop, actors, agent),
                    )
            if not sources:
                # "support from the CSTO", "an attack by Azerbaijan"
                sources = [
                    a
                    for a in actors
                    if occ.end <= a.start < stop and a.prep in {"by", "from"}
                ][:1]
                if sources:
                    subject = self._subject(doc, sent, occ.start, left, actors, asides)
                    targets = [t for t in subject if t.actor != sources[0].actor]
                    if not targets and not trig.no_target:
                        targets = self._object(doc, occ, stop, actors, sources)
                    return _Args(sources, targets)
        if not sources:
            sources = self._subject(doc, sent, occ.start, left, actors, asides)
        targets = (
            [] if trig.no_target else self._object(doc, occ, stop, actors, sources)
        )
        if nominal and not (sources and (targets or trig.no_target)):
            # A noun alone ("a new partnership", "a threat to X") with a missing
            # side describes rather than reports an act.
            return None
        if not sources and not targets:
            return None
        return _Args(sources, targets)

    def _subject(
        self,
        doc: Doc,
        sent: Span,
        before: int,
        left: int,
        actors: list[ActorSpan],
        asides: list[tuple[int, int]],
    ) -> list[ActorSpan]:
        """The subject of the clause before token `before`: the nearest actor
        that follows no preposition and is no possessive modifier, outside asides;
        failing that the nearest actor ("The remarks of Lukashenko reflect...")."""
        tk = toks(doc)
        cands = [
            a
            for a in actors
            if left <= a.start
            and a.end <= before
            and not any(s < a.start < e for s, e in asides)
        ]
        if (
            not cands
            and left > sent.start
            and tk.lower[left - 1] in {"who", "which", "that"}
        ):
            # A relative clause: its subject is what the pronoun stands for.
            cands = [a for a in actors if a.end <= left - 1 and a.end >= left - 3]
        if not cands:
            return []
        subjects = [a for a in cands if a.prep is None and not a.possessive]
        head = subjects[-1] if subjects else cands[-1]
        return _coordinated(doc, [head], actors, backwards=True)

    def _object(
        self,
        doc: Doc,
        occ: Occurrence,
        stop: int,
        actors: list[ActorSpan],
        sources: list[ActorSpan],
    ) -> list[ActorSpan]:
        tk = toks(doc)
        trig = occ.trigger
        preps = trig.preps()
        same = {(s.actor.code, s.actor.sector) for s in sources if s.actor}
        orgs = {
            s.actor.code for s in sources if s.actor and s.actor.kind == "organisation"
        }
        for a in actors:
            if a.start < occ.end or a.start >= stop:
                continue
            if a.actor is not None and (
                (a.actor.code, a.actor.sector) in same or a.actor.code in orgs
            ):
                # Not the source itself; sectors of one state may act on each
                # other (ARMGOV -> ARMOPP), an organisation not on itself.
                continue
            if (
                a.prep is None
                or a.start - 1 < occ.end
                or (a.start - 2 < occ.end and tk.lower[a.start - 1] == "the")
            ):
                # No preposition, or the trigger's own ("pulled out of the CSTO").
                if (
                    a.prep is not None
                    or trig.direct_object
                    or trig.form == "noun"
                    or a.possessive
                    or _focused(doc, a)
                ):
                    return _coordinated(doc, [a], actors)
                continue
            if a.prep in preps:
                return _coordinated(doc, [a], actors)
        return []

    def _reporter(
        self,
        doc: Doc,
        sent: Span,
        occ: Occurrence,
        left: int,
        actors: list[ActorSpan],
        asides: list[tuple[int, int]],
        speech: list[Occurrence],
    ) -> ActorSpan | None:
        """The speaker when the trigger sits in reported speech ("X said that ...")."""
        tk = toks(doc)
        for sp in speech:
            if sp.end <= occ.start:
                # The speech verb must govern the trigger's clause: the clause
                # starts right after it (or after its "that"), or nothing but
                # the reported subject stands between them.
                if left >= sp.end - 1 or not any(
                    tk.lower[k] in {"and", ";"} for k in range(sp.end, occ.start)
                ):
                    subj = self._subject(
                        doc, sent, sp.start, sent.start, actors, asides
                    )
                    if subj:
                        return subj[0]
            elif sp.start >= occ.end and tk.text[sp.start - 1] == ",":
                # "..., the ministry said."
                after = [
                    a
                    for a in actors
                    if a.start >= sp.end or sp.start - 4 <= a.start < sp.start
                ]
                if after:
                    return after[0]
        return None

    # -- emitting ----------------------------------------------------------------------

    def _emit(
        self,
        doc: Doc,
        sent: Span,
        index: int,
        occ: Occurrence,
        cues: ClauseCues,
        args: _Args,
        reporter: ActorSpan | None,
    ) -> list[Event]:
        trig = occ.trigger
        cameo = trig.cameo
        plover, mode = self.ontology.to_plover(cameo)
        plover = trig.plover or plover
        mode = trig.mode if trig.mode is not None else mode
        negated = cues.negated or cues.control == "fail"
        modality = cues.modality
        effect = effect_for(plover, modality, cues.control, negated)
        content = plover
        if effect is not None:
            conv = convert(effect, plover, cameo)
            if conv is not None and conv.cameo is not None:
                cameo, plover, mode = conv.cameo, conv.plover or plover, conv.mode
            if effect in {"refuse", "request"}:
                negated = False if effect == "refuse" else negated
        if modality == "asserted" and (effect == "future" or cues.control == "future"):
            modality = "future"
        move = trig.alliance_move
        if effect in {"refuse", "request"}:
            # "refused to join" is no joining; refused or requested help is a move.
            move = _request_move(effect, content)
        if trig.reverse:
            args = _Args(args.targets, args.sources)
        if trig.symmetric and len(args.sources) >= 2 and not args.targets:
            # "Armenia and France signed an agreement": each party acts on the other.
            args = _Args(args.sources[:1], args.sources[1:])
        sources = args.sources or [None]  # type: ignore[list-item]
        targets = args.targets or [None]  # type: ignore[list-item]
        out = []
        for src in sources:
            for tgt in targets:
                pairs = [(src, tgt)]
                if trig.symmetric and src is not None and tgt is not None:
                    pairs.append((tgt, src))
                for s, t in pairs:
                    event = self._event(
                        doc, sent, index, occ, cameo, plover, mode, s, t
                    )
                    event = replace(
                        event,
                        negated=negated,
                        modality=modality,  # type: ignore[arg-type]
                        confidence=_confidence(trig, s, t, reporter),
                    )
                    event = self._link_move(doc, sent, event, move)
                    if reporter is not None and reporter.actor is not None:
                        event = replace(
                            event, reported=True, reported_by=reporter.actor.code
                        )
                    out.append(self._check_doubt(event, occ, doc))
        if reporter is not None:
            out.extend(self._complaints(doc, sent, index, occ, out, reporter))
        return out

    def _event(
        self,
        doc: Doc,
        sent: Span,
        index: int,
        occ: Occurrence,
        cameo: str,
        plover: str | None,
        mode: str | None,
        src: ActorSpan | None,
        tgt: ActorSpan | None,
    ) -> Event:
        s_actor: Actor | None = src.actor if src else None
        t_actor: Actor | None = tgt.actor if tgt else None
        code = self.ontology.cameo(cameo)
        trigger_text = doc[occ.start : occ.end].text
        key = f"{doc._.article_id}|{index}|{occ.start}|{s_actor and s_actor.code}|{t_actor and t_actor.code}|{cameo}"
        return Event(
            id=hashlib.sha1(key.encode()).hexdigest()[:16],
            article_id=doc._.article_id,
            sent_index=index,
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            date=doc._.date,
            source=s_actor.code if s_actor else None,
            target=t_actor.code if t_actor else None,
            cameo=code.code,
            plover=plover,
            plover_mode=mode,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            evidence=sent.text,
            trigger=trigger_text,
            source_sector=s_actor.sector if s_actor else None,
            target_sector=t_actor.sector if t_actor else None,
            source_cameo=s_actor.cameo if s_actor else None,
            target_cameo=t_actor.cameo if t_actor else None,
            source_text=src.text if src else None,
            target_text=tgt.text if tgt else None,
            pattern=occ.trigger.id,
            coder=self.version,
        )

    def _link_move(self, doc: Doc, sent: Span, event: Event, move: str | None) -> Event:
        """Attach an alliance move to its organisation: the target when it is one,
        else an organisation named in the sentence."""
        if move is None:
            return event
        org = None
        if event.target and self.kb.is_organisation(event.target):
            if event.target_text and event.target_text.lower() in {
                "it",
                "its",
                "them",
                "their",
            }:
                return (
                    event  # "were joining it": too weak to record a membership change
                )
            org = event.target
        elif event.source and self.kb.is_organisation(event.source):
            org = event.source
        else:
            for span in doc._.actor_spans or []:
                if (
                    span.sent == event.sent_index
                    and span.actor
                    and self.kb.is_organisation(span.actor.code)
                ):
                    org = span.actor.code
                    break
        if org is None:
            return event
        return replace(event, alliance_move=move, organisation=org)

    def _check_doubt(self, event: Event, occ: Occurrence, doc: Doc) -> Event:
        """Flag fighting between two states that neither border each other nor have
        a known conflict: news translated from other languages garbles names
        ("Armenian-Afghan conflict" for Armenian-Azerbaijani)."""
        if not (
            event.cameo.startswith(("18", "19", "20")) and event.source and event.target
        ):
            return event
        kb = self.kb
        a, b = event.source, event.target
        if a not in kb.states or b not in kb.states or a == b:
            return event
        if kb.in_conflict(a, b, event.date) or b in kb.borders(a):
            return event
        known = sorted({c.b if c.a == a else c.a for c in kb.conflicts_of(a)})
        hint = (
            f"; the knowledge base's conflicts of {kb.actor_name(a)} are with "
            + ", ".join(kb.actor_name(k) for k in known)
            if known
            else ""
        )
        reason = (
            f"{kb.actor_name(a)} and {kb.actor_name(b)} share no border and no known "
            f"conflict{hint}: possibly a garbled or mistranslated name"
        )
        return replace(
            event,
            doubtful=True,
            doubt_reason=reason,
            confidence=min(event.confidence, 0.3),
        )

    def _complaints(
        self,
        doc: Doc,
        sent: Span,
        index: int,
        occ: Occurrence,
        reported: list[Event],
        reporter: ActorSpan,
    ) -> list[Event]:
        """A speaker saying a third party did not help them is criticising it:
        "Pashinyan said the CSTO had not supported Armenia" -> ARM ACCUSE CSTO."""
        speaker = reporter.actor
        out = []
        for ev in reported:
            if not (ev.negated and ev.plover in _COOPERATIVE and ev.source and speaker):
                continue
            if ev.target != speaker.code or ev.source == speaker.code:
                continue
            src_span = ActorSpan(
                reporter.start, reporter.end, index, reporter.text, "speaker", speaker
            )
            tgt_actor = next(
                (
                    s.actor
                    for s in doc._.actor_spans
                    if s.sent == index and s.actor and s.actor.code == ev.source
                ),
                None,
            )
            tgt_span = ActorSpan(
                0, 0, index, ev.source_text or "", "reported", tgt_actor
            )
            complaint = self._event(
                doc, sent, index, occ, "111", "ACCUSE", "disapprove", src_span, tgt_span
            )
            out.append(
                replace(
                    complaint,
                    id=hashlib.sha1((complaint.id + "complaint").encode()).hexdigest()[
                        :16
                    ],
                    pattern="inference.complaint",
                    confidence=round(ev.confidence * 0.9, 3),
                )
            )
        return out


def _modifier_ends(doc: Doc) -> frozenset[int]:
    """Token ends of adjectival actor mentions ("Russian" in "Russian support")."""
    return frozenset(
        s.end
        for s in doc._.actor_spans or []
        if s.how in {"adjective", "demonym"} and s.end - s.start == 1
    )


def _sent_of(starts: list[int], token: int) -> int:
    import bisect

    return bisect.bisect_right(starts, token) - 1


def _coordinated(
    doc: Doc, heads: list[ActorSpan], actors: list[ActorSpan], backwards: bool = False
) -> list[ActorSpan]:
    """Extend a head mention with the mentions coordinated with it ("Armenia and
    France", "the US, France and Germany")."""
    if not heads:
        return []
    out = list(heads)
    ordered = sorted(actors, key=lambda a: a.start)
    idx = ordered.index(heads[0]) if heads[0] in ordered else -1
    if idx < 0:
        return out
    step = -1 if backwards else 1
    cur = heads[0]
    j = idx + step
    while 0 <= j < len(ordered):
        nxt = ordered[j]
        lo, hi = (nxt.end, cur.start) if backwards else (cur.end, nxt.start)
        gap = [t.lower_ for t in doc[lo:hi] if t.lower_ != "the"]
        if (
            not gap
            or any(w not in _COORD and w not in {"as", "well"} for w in gap)
            or len(gap) > 3
        ):
            break
        if nxt.actor is None or nxt.is_location:
            break
        out.append(nxt)
        cur = nxt
        j += step
    return out


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


def _focused(doc: Doc, span: ActorSpan) -> bool:
    """ "close to Western countries, especially the US": the named actor after a
    focus word continues the preposition before it."""
    tk = toks(doc)
    i = span.start - 1
    while i >= 0 and tk.lower[i] in {"the", "all"}:
        i -= 1
    return i >= 0 and tk.lower[i] in _FOCUS


def _possessor(doc: Doc, start: int, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "Armenia's freezing of ..." / "its suspension": the possessor acts."""
    tk = toks(doc)
    for a in actors:
        if a.possessive and 0 <= start - a.end <= 3 and tk.lower[a.end] in {"'s", "'"}:
            return [a]
        if (
            a.how == "anaphor"
            and a.end == start
            and tk.lower[a.start] in {"its", "their", "his", "her"}
        ):
            return [a]
    return []


def _dyad_before(
    doc: Doc, start: int, actors: list[ActorSpan]
) -> tuple[ActorSpan, ActorSpan] | None:
    """ "the Armenian-Azerbaijani conflict": two adjectives joined before the noun."""
    before = [a for a in actors if a.end <= start and start - a.end <= 1]
    if not before:
        return None
    second = before[-1]
    firsts = [a for a in actors if a.end <= second.start and second.start - a.end == 1]
    if firsts and doc[firsts[-1].end].lower_ in {"-", "and", "/"}:
        return firsts[-1], second
    return None


def _request_move(effect: str, content: str | None) -> str | None:
    """Refused or requested help ("refused to send troops", "asked the CSTO to
    help") is an alliance move when an organisation is party to it."""
    if content != "AID":
        return None
    return "refuse_assistance" if effect == "refuse" else "invoke_assistance"


def _confidence(
    trig: Trigger,
    src: ActorSpan | None,
    tgt: ActorSpan | None,
    reporter: ActorSpan | None,
) -> float:
    conf = trig.confidence
    if src is None or tgt is None:
        conf *= 0.85
    for span in (src, tgt):
        if span is not None and span.coref_from is not None:
            conf *= 0.9
    if reporter is not None:
        conf *= 0.9
    return round(conf, 3)
