"""Alliance moves in coded events: which organisation a move is about, whose
move it is, and the one code it takes.

The event coder finds a move's trigger and its arguments; `MoveLinker` fills
the parties a move noun implies ("its EU membership application"), checks the
knowledge base's dated memberships (only a state with standing in an
organisation can freeze it, a long-standing member does not join again) and
gives the event its move code from `moves.csv`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from ..kb.base import KnowledgeBase
from ..kb.model import MEMBER_STATUSES
from ..ontology import Ontology
from ..records import Actor, Event
from .arguments import Args, Occurrence, Situation
from .clauses import FUNCTION_WORDS, REQUIRES_STOP
from .lexicon import word_set
from .moves import allied, civil_help, infer_move, move_code
from .spans import ActorSpan, actor_spans, sentence_bounds, toks
from .topics import TALK_NOUNS

__all__ = ["MoveLinker", "event_sent_range", "with_roles"]

# Moves a state makes about its own standing in an organisation.
_OWN_MOVES = frozenset({"freeze", "withdraw"})
# Moves only a state with some standing in the organisation (member, partner,
# observer...) makes.
_MEMBERS_ONLY = frozenset({"refuse_declaration", "skip_summit"})
_LAPSED = frozenset({"withdrawn", "expelled", "suspended"})
# The words of a request a refusal answers ("despite a request from Yerevan").
_PLEAS = word_set("plea_words")
# "after Armenia asked for help": a verb of asking names a plea too.
_ASKED = _PLEAS | word_set("asking_verbs")
# The words of an organisation's meeting ("the CSTO summit").
_SUMMIT_WORDS = word_set("summit_words") | {"summits", "meeting", "meetings"}
# Move nouns whose member may stand as "its"/"their" before them.
_POSSESSED_MOVES = frozenset({"join", "apply", "freeze", "suspend", "withdraw"})
# Modifiers of a move noun that say it is not (yet) made.
_UNDONE = frozenset(
    "planned proposed possible potential threatened eventual future intended "
    "mooted rumoured rumored feared alleged hypothetical prospective".split()
)


# The words of a meeting or of its text ("the summit", "the final declaration").
_MEETING_NOUNS = _SUMMIT_WORDS | frozenset(
    {"gathering", "declaration", "communique", "communiqué", "statement", "conclusions"}
)
_DOMESTIC_BODIES = word_set("domestic_body_words")
# The words of a text a member may refuse ("the final communique").
_DECLARATION_WORDS = word_set("declaration_words")
# Words of an objection ("after Hungary objected").
_OBJECTED = frozenset({"object", "objected", "objects", "objecting"})
# The texts a meeting adopts, and the words that make a statement one of them.
_MEETING_TEXTS = _DECLARATION_WORDS - {"statement", "statements", "document"}
_JOINT = frozenset({"joint", "final", "closing", "concluding", "summit"})
# Texts a state may object to that are no declaration of a meeting.
_OTHER_TEXTS = frozenset(
    "resolution resolutions deal agreement treaty pact law bill accord convention "
    "package proposal regulation directive charter constitution".split()
)


def _domestic_meeting(lowers: list[str]) -> bool:
    """Whether a meeting or text word stands right after a word of a body at
    home ("the parliament session", "the party statement")."""
    return any(
        w in _MEETING_NOUNS and i > 0 and lowers[i - 1] in _DOMESTIC_BODIES
        for i, w in enumerate(lowers)
    )


def event_sent_range(doc: Doc, event: Event) -> slice:
    """The token slice of an event's sentence."""
    start, end = sentence_bounds(doc)[event.sent_index]
    return slice(start, end)


def _dated_background(doc: Doc, event: Event) -> bool:
    """The event's trigger stands in a "<year>, when ..." clause of an earlier
    year than the article's: it recalls the past ("have deteriorated since
    September 2022, when the alliance did not come to Armenia's aid")."""
    if event.date is None or not event.trigger:
        return False
    tk = toks(doc)
    rng = event_sent_range(doc, event)
    first = event.trigger.split()[0].lower()
    for w in range(rng.start + 2, rng.stop):
        if tk.lower[w] != "when" or tk.lower[w - 1] != ",":
            continue
        years = [
            int(tk.lower[j])
            for j in range(max(rng.start, w - 4), w - 1)
            if tk.lower[j].isdigit() and len(tk.lower[j]) == 4
        ]
        if years and max(years) < event.date.year:
            return first in tk.lower[w + 1 : rng.stop]
    return False


def _named(doc: Doc, event: Event) -> list[tuple[ActorSpan, Actor]]:
    """The resolved actor mentions of the event's sentence."""
    return [
        (span, span.actor)
        for span in actor_spans(doc)
        if span.sent == event.sent_index and span.actor is not None
    ]


def _summit_of(lowers: list[str], start: int) -> bool:
    """Whether a meeting word and "of" stand right before the mention at
    `start` ("a summit of the CSTO")."""
    j = start - 1
    if j >= 0 and lowers[j] == "the":
        j -= 1
    return j >= 1 and lowers[j] == "of" and lowers[j - 1] in _SUMMIT_WORDS


def _after_for(lowers: list[str], start: int) -> bool:
    """Whether "for" (and "the") stands right before the mention at `start`
    ("for the G20 summit")."""
    j = start - 1
    if j >= 0 and lowers[j] == "the":
        j -= 1
    return j >= 0 and lowers[j] == "for"


# An event party: code, CAMEO actor code, sector and the text that names it.
_Party = tuple[str | None, str | None, str | None, str | None]


def with_roles(event: Event, source: _Party, target: _Party) -> Event:
    """The event with new parties in both roles."""
    return replace(
        event,
        source=source[0],
        source_cameo=source[1],
        source_sector=source[2],
        source_text=source[3],
        target=target[0],
        target_cameo=target[1],
        target_sector=target[2],
        target_text=target[3],
    )


class MoveLinker:
    """Alliance-move rules over a knowledge base's organisations and dated
    memberships."""

    def __init__(self, kb: KnowledgeBase, ontology: Ontology) -> None:
        self.kb = kb
        self.ontology = ontology

    # -- the parties of a move noun --------------------------------------------------

    def organisation_in_object(
        self, doc: Doc, occ: Occurrence, at: Situation, args: Args
    ) -> None:
        """An organisation move whose object is a state's own bid or talks
        ("shelved Georgia's EU membership bid", "halted the country's bid to
        join the European Union") is aimed at the organisation named in that
        object: the first one within the trigger's phrase."""
        trig = occ.trigger
        if trig.alliance_move is None:
            return
        if trig.target_kind != "organisation" and not trig.nominal:
            return
        if (
            not trig.nominal
            and not trig.requires
            and trig.alliance_move not in {"freeze", "apply"}
        ):
            # "joined his counterparts from the CSTO", "leaves Georgia behind
            # ... on the way to EU membership": only a bid, a membership or a
            # participation names its organisation inside the object.
            return
        if any(self.names_organisation(a) for a in args.targets):
            return
        if trig.nominal:
            # "its EU membership application": the organisation modifies the
            # noun ("their withdrawal", a pronoun, is the agent's).
            before = self._organisation_before(occ, at)
            if before is not None:
                args.targets = [before]
            return
        lowers = toks(doc).lower
        hi = min(at.sent.end, occ.end + 10)
        for i in range(occ.end, hi):
            if lowers[i] in REQUIRES_STOP:
                hi = i
                break
        org = next(
            (
                a
                for a in sorted(at.actors, key=lambda a: a.start)
                if occ.end <= a.start < hi
                and self.names_organisation(a)
                and all(
                    s.actor is None or s.actor.code != a.actor.code
                    for s in args.sources
                )
            ),
            None,
        )
        if org is not None:
            args.targets = [org]

    def names_organisation(self, span: ActorSpan) -> bool:
        """Whether a mention resolves to an organisation (or one of its
        officers, whose code is the organisation's)."""
        return span.actor is not None and self.kb.is_organisation(span.actor.code)

    def _organisation_before(self, occ: Occurrence, at: Situation) -> ActorSpan | None:
        """The organisation named right before a move noun ("its EU membership
        application"); a pronoun is the agent, not the organisation."""
        return next(
            (
                a
                for a in at.actors
                if a.end == occ.start
                and self.names_organisation(a)
                and a.how != "anaphor"
            ),
            None,
        )

    def premodified_move(self, occ: Occurrence, at: Situation) -> Args | None:
        """The parties of a move noun whose organisation is its modifier and
        whose member is the possessive before that ("its EU membership
        application", "Georgia's EU accession talks")."""
        trig = occ.trigger
        if trig.alliance_move is None or not trig.nominal:
            return None
        lowers = toks(at.sent.doc).lower
        words = set(lowers[occ.start : min(occ.end + 1, at.sent.end)])
        if words & (TALK_NOUNS | {"process", "path"}):
            return None  # "put the country's EU accession talks on hold": no bid made
        org = self._organisation_before(occ, at)
        if org is None:
            return None
        owner = next(
            (
                a
                for a in at.actors
                if org.start - a.end <= (1 if a.possessive else 0)
                and a.end <= org.start
                and a.actor is not None
                and not self.kb.is_organisation(a.actor.code)
                and (a.possessive or a.text.lower() in {"its", "their"})
            ),
            None,
        )
        return None if owner is None else Args([owner], [org])

    def possessed_move(self, occ: Occurrence, at: Situation) -> Args | None:
        """The parties of a move noun after "its" or "their" that no resolved
        actor fills: the states before the pronoun in its clause, all of them
        for "their" ("Mali, Burkina Faso and Niger announced their immediate
        withdrawal from ECOWAS", "Georgia and Moldova handed in their EU
        membership applications"), the nearest for "its"."""
        trig = occ.trigger
        if trig.alliance_move not in _POSSESSED_MOVES or not trig.nominal:
            return None
        tk = toks(at.sent.doc)
        orgs = [a for a in at.actors if self.names_organisation(a)]
        org = None
        p = occ.start - 1
        for _ in range(3):
            if p <= at.left or tk.lower[p] in {"its", "their"}:
                break
            named = next((a for a in orgs if a.end == p + 1), None)
            if named is not None:
                org, p = named, named.start - 1  # "their EU membership applications"
            elif tk.lower[p] in _UNDONE:
                return None  # "its planned withdrawal": not made
            elif tk.lower[p].isalpha() and tk.lower[p] not in FUNCTION_WORDS:
                p -= 1  # "their immediate withdrawal"
            else:
                break
        if p < at.left or tk.lower[p] not in {"its", "their"}:
            return None
        if org is None:
            org = next((a for a in orgs if occ.end <= a.start <= occ.end + 2), None)
        if org is None:
            return None
        states = [
            a
            for a in at.actors
            if at.left <= a.start
            and a.end <= p
            and a.actor is not None
            and a.actor.kind == "state"
            and not self.kb.is_organisation(a.actor.code)
        ]
        if not states:
            return None
        return Args(states if tk.lower[p] == "their" else states[-1:], [org])

    def organisation_of_organ(self, occ: Occurrence, at: Situation, args: Args) -> None:
        """An organisation's act done by one of its organs ("The AU's Peace and
        Security Council suspended Burkina Faso", "the Council of Europe's
        Committee of Ministers voted to expel Russia") is the organisation's:
        the organisation named in the possessive before the trigger, or the one
        a member is put out of ("expel Russia from the Council of Europe")."""
        trig = occ.trigger
        if trig.alliance_move is None or trig.source_kind != "organisation":
            return
        if any(self.names_organisation(a) for a in args.sources):
            return
        owner = next(
            (
                a
                for a in sorted(at.actors, key=lambda a: -a.start)
                if at.left <= a.start
                and a.end <= occ.start
                and a.possessive
                and self.names_organisation(a)
            ),
            None,
        )
        if owner is None and trig.alliance_move in {"expel", "suspend"}:
            # "The Committee of Ministers voted to expel Russia from the Council
            # of Europe": the organisation a member is put out of.
            # "suspended from the councils of the Commonwealth": or the one
            # whose organs or activities it is put out of.
            lowers = toks(at.sent.doc).lower
            owner = next(
                (
                    a
                    for a in at.actors
                    if a.start >= occ.end
                    and self.names_organisation(a)
                    and (
                        a.prep == "from"
                        or a.prep == "of"
                        and a.start - occ.end <= 7
                        and "from" in lowers[occ.end : a.start]
                        and not set(lowers[occ.end : a.start]) & {",", ";"}
                    )
                ),
                None,
            )
        if owner is not None:
            args.sources = [owner]

    # -- linking a coded event to its organisation ----------------------------------

    def link(
        self,
        doc: Doc,
        event: Event,
        given: str | None,
        effect: str | None,
        content: tuple[str | None, str],
        coded_cameo: str,
    ) -> Event:
        """Attach an alliance move to its organisation (the target when it is one,
        else an organisation named in the sentence) and give the event the one
        code that move takes (moves.csv)."""
        move = given
        if _dated_background(doc, event):
            # "... since September 2022, when the alliance did not come to
            # Armenia's aid": a move recalled from an earlier year is not news
            # of the article's day.
            return replace(event, alliance_move=None) if move else event
        sent_range = event_sent_range(doc, event)
        lemmas = toks(doc).lemma[sent_range]
        context = frozenset(lemmas)
        if move == "refuse_declaration" and not self._text_named(doc, event):
            # "objected to the wording of a UN resolution", "opposed a clause
            # of the migration pact": a refused text that is no declaration,
            # communique or statement (here or in the sentence before).
            return replace(event, alliance_move=None)
        if move is None:
            move, event = self._inferred(doc, event, effect, content, context)
            if move is None:
                return event
        if move in {"invoke_assistance", "refuse_assistance"} and civil_help(
            toks(doc).lower[sent_range], lemmas, context
        ):
            # "asked the EU for help fighting wildfires": civil help, however
            # asked, is no alliance's help (guide §6: military help or protection).
            if given is None:
                return event
            if event.cameo[:3] in {"023", "103"} and len(event.cameo) > 3:
                # Nor is it military aid: the appeal is for aid (023 / 103).
                cameo = self.ontology.cameo(event.cameo[:3])
                event = replace(
                    event,
                    cameo=cameo.code,
                    goldstein=cameo.goldstein,
                    quad_class=cameo.quad_class,
                )
            return replace(event, alliance_move=None)
        if move == "invoke_assistance" and self._help_for_another(doc, event):
            # "asked NATO allies to send more weapons to Ukraine": help asked
            # for a third state invokes no alliance's help for the asker.
            return replace(event, alliance_move=None) if given else event
        if given in {
            "invoke_assistance",
            "refuse_assistance",
        } and not self._assistance_between_allies(event):
            # "appealed to the United States for more aid": help asked of a
            # non-ally is a request, not an alliance move.
            return replace(event, alliance_move=None)
        org = None
        if event.target and self.kb.is_organisation(event.target):
            if (
                event.target_text
                and event.target_text.lower() in {"it", "its", "them", "their"}
                # "adopted its leaders' declaration without the United States":
                # the organisation's own text or meeting, named by a pronoun.
                and move not in _MEMBERS_ONLY
            ):
                return (
                    event  # "were joining it": too weak to record a membership change
                )
            org = event.target
            if move == "join" and event.target_sector is not None:
                # "joined the leaders of the CSTO at a video summit": joining
                # the organisation's people at a meeting is meeting them.
                cameo = self.ontology.cameo("040")
                return replace(
                    event,
                    cameo=cameo.code,
                    plover="CONSULT",
                    plover_mode=None,
                    goldstein=cameo.goldstein,
                    quad_class=cameo.quad_class,
                )
        elif event.source and self.kb.is_organisation(event.source):
            org = event.source
        elif move in {"invoke_assistance", "refuse_assistance"}:
            # "invoked Article 4 of the Collective Security Treaty, asking its
            # allies for help": an alliance of the requester named in the
            # sentence; else a bilateral ally, and the move stands without one.
            org = next(
                (
                    actor.code
                    for _, actor in _named(doc, event)
                    if self.kb.is_organisation(actor.code)
                    and event.target is None
                    and event.source
                    and allied(self.kb, event.source, actor.code, event.date)
                ),
                None,
            )
            if org is None and move == "invoke_assistance" and event.target is None:
                # "Poland weighed triggering Article 4": the one defence
                # alliance the requester belongs to.
                org = self._one_defence_alliance(event, context)
        else:
            org = next(
                (
                    actor.code
                    for _, actor in _named(doc, event)
                    if self.kb.is_organisation(actor.code)
                ),
                None,
            )
            if (
                org is None
                and move in _MEMBERS_ONLY
                and not _domestic_meeting(toks(doc).lower[sent_range])
            ):
                # "The CSTO summit opened in Minsk. Pashinyan skipped the
                # summit": the meeting or text of the organisation the item
                # named before ("the parliament session" is none of its own).
                org = self._organisation_before_sentence(doc, event)
            if org is None:
                return event
        if (
            (
                move == "skip_summit"
                or move == "refuse_declaration"
                and event.target is not None
                and not self.kb.is_organisation(event.target)
                and event.source is not None
                and not self.kb.is_organisation(event.source)
            )
            and org is not None
            and event.target != org
        ):
            # "will not travel to Minsk for the CSTO summit": the absence is
            # from the organisation's meeting, not from the host city.
            event = replace(
                event,
                target=org,
                target_cameo=self.kb.cameo_code(org),
                target_sector=None,
                target_text=None,
            )
        if move == "refuse_assistance" and (
            event.modality == "future" or event.negated
        ):
            # "had no plans to intervene": a refusal announced is made now and
            # is no negated act (guide §6, §7.3).
            event = replace(event, modality="asserted", negated=False)
        if move == "skip_summit" and event.modality == "future":
            # "will not travel to the summit": the refusal is made now (guide §6).
            event = replace(event, modality="asserted")
        if (
            move in {"suspend", "expel"}
            and event.source is not None
            and event.source == event.target
            and not self.kb.is_organisation(event.source)
        ):
            # "Russia was stripped of its membership": the passive subject and
            # its possessive are one state, the one acted against.
            event = self._with_source(event, None)
        if (
            move in {"suspend", "expel"}
            and event.source is None
            and org is not None
            and event.target is not None
            and not self.kb.is_organisation(event.target)
        ):
            # "Niger was suspended from all African Union activities": a
            # passive suspension or expulsion with no agent is the act of the
            # organisation it is from.
            event = self._with_source(event, org)
        if move in _MEMBERS_ONLY and org is not None and event.source == org:
            # "Serbia was the only OSCE participating state not to sign",
            # "Senegal's president gave the ECOWAS summit a miss": the state
            # named before the organisation refuses its text or its summit.
            event = self._participant_before(doc, event, org)
        if (
            move == "suspend"
            and coded_cameo == "166"
            and org is not None
            and event.target == org
            and event.source is not None
            and not self.kb.is_organisation(event.source)
        ):
            # "Mali's membership was suspended by the AU": the organisation's
            # act (166) on its member, however the voice turned it round.
            event = with_roles(
                event,
                (org, self.kb.cameo_code(org), None, None),
                (
                    event.source,
                    event.source_cameo,
                    event.source_sector,
                    event.source_text,
                ),
            )
        if (
            move in _MEMBERS_ONLY
            and org is not None
            and event.date is not None
            and event.source is not None
            and not self.kb.is_organisation(event.source)
            and not self._takes_part(org, event.source, event.date)
        ):
            # "Russia objected to the G7 statement" (out since 2014): only a
            # participant can refuse its organisation's text or stay away
            # from its summit.
            return replace(event, alliance_move=None)
        if move in _OWN_MOVES and org is not None and event.target == org:
            member = self._member_of(doc, event, org)
            if member is None and event.source is not None:
                # "The United States suspended its partnership with Georgia,
                # citing the government's decision to halt ... EU accession":
                # a state with no standing in the organisation cannot put its
                # own membership or bid on hold.
                return replace(event, alliance_move=None)
            if member is not None and member != event.source:
                event = self._with_source(event, member)
        if (
            move in {"suspend", "freeze", "withdraw"}
            and coded_cameo == "161"
            and org is not None
            and event.source == org
            and event.target is not None
            and event.date is not None
            and (event.target_text or "").lower() in {"its", "their"}
            and not self.kb.is_organisation(event.target)
            and self._member_on(org, event.target, event.date)
        ):
            # "Tashkent sent the CSTO secretariat a note suspending its
            # membership": a member suspending its own membership acts itself
            # ("the AU suspended Niger's membership" is the organisation's act).
            event = self._member_acts(event, org, event.source_text)
        if (
            move == "suspend"
            and coded_cameo == "161"
            and org is not None
            and event.source == org
            and self._target_prep(doc, event) == "in"
        ):
            # "The OSCE suspended its observer mission in Ukraine": the
            # organisation's own work in a state, no member's suspension.
            return replace(event, alliance_move=None)
        if (
            move == "join"
            and org is not None
            and event.source is None
            and event.target == org
        ):
            # "Finland's flag was raised at NATO headquarters as it became the
            # alliance's 31st member": an unresolved joiner is the one state
            # the sentence names.
            states = self._states_named(doc, event)
            if len(states) == 1:
                member = states.pop()
                event = replace(
                    event, source=member, source_cameo=self.kb.cameo_code(member)
                )
        if (
            move == "freeze"
            and org is not None
            and event.source == org
            and event.target is not None
            and event.date is not None
            and not self.kb.is_organisation(event.target)
            and self._member_on(org, event.target, event.date)
            and "membership" in toks(doc).lower[sent_range]
        ):
            # "The Arab League froze Syria's membership": an organisation that
            # puts a member's membership on hold suspends it (guide §6, b).
            move = "suspend"
        if (
            move == "freeze"
            and org is not None
            and event.source == org
            and event.target is not None
            and not self.kb.is_organisation(event.target)
        ):
            # "The EU halted Turkey's membership talks": a freeze is a state's
            # act on its own standing; the organisation's act on a candidate is
            # no move (guide §6), a discontinued relation.
            return replace(event, alliance_move=None, plover_mode="discontinue")
        if (
            move == "join"
            and org is not None
            and event.source in {org, None}
            and event.target is not None
            and not self.kb.is_organisation(event.target)
        ):
            # "ASEAN welcomed Timor-Leste as its 11th member", "after the Nordic
            # country completed its accession": the member is the source of its
            # joining whatever the voice (guide §6).
            event = self._member_acts(
                event, org, event.source_text if event.source == org else None
            )
        if (
            move == "suspend"
            and org is not None
            and event.source == org
            and event.target is not None
            and event.date is not None
            and not self.kb.is_organisation(event.target)
            and not self._member_on(org, event.target, event.date)
        ):
            # "NATO suspended all practical cooperation with Russia": an
            # organisation's act towards a non-member is no move (guide §6).
            return replace(event, alliance_move=None)
        if (
            move in {"suspend", "expel"}
            and org is not None
            and event.source == org
            and event.target is None
        ):
            # "Eight members of Russia's mission to NATO were stripped of their
            # accreditation by the alliance": the one state named besides the
            # organisation is the one it acts against.
            states = {
                code
                for code in self._states_named(doc, event)
                if move == "expel"
                or event.date is not None
                and self._member_on(org, code, event.date)
            }
            if len(states) == 1:
                member = states.pop()
                event = replace(
                    event, target=member, target_cameo=self.kb.cameo_code(member)
                )
        if (
            move in {"suspend", "expel"}
            and org is not None
            and event.source == org
            and event.target is None
        ):
            # "OPEC suspended its monthly report": no member suspended.
            return replace(event, alliance_move=None)
        by = "organisation" if org is not None and event.source == org else "member"
        if org is not None and event.target is None and event.source != org:
            # "declined to sign the final declaration" at the bloc's summit: the
            # member's move is towards the organisation named in the sentence.
            event = replace(event, target=org, target_cameo=self.kb.cameo_code(org))
        # "threatened to walk out of the CSTO": the threatened move is not
        # made, so it takes its hypothetical code (a threat, guide §6).
        if move == "join" and org is not None and self._long_member(org, event):
            # "Armenian servicemen joined a military exercise of the CSTO" (2019):
            # a state that has long been a member joins something of the
            # organisation's, not the organisation.
            return replace(
                event,
                doubtful=True,
                doubt_reason=f"{event.source} was already a member of {org}",
            )
        code = move_code(
            move, by, "hypothetical" if effect == "threat" else event.modality
        )
        if code is None:
            return replace(event, alliance_move=move, organisation=org)
        cameo = self.ontology.cameo(code.cameo)
        return replace(
            event,
            alliance_move=move,
            organisation=org,
            cameo=cameo.code,
            plover=code.plover,
            plover_mode=code.mode,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            negated=False if move == "skip_summit" else event.negated,
        )

    def _inferred(
        self,
        doc: Doc,
        event: Event,
        effect: str | None,
        content: tuple[str | None, str],
        context: frozenset[str],
    ) -> tuple[str | None, Event]:
        """The move `infer_move` reads from what was refused or requested; when
        it finds none, the same with a party the event lacks but the sentence
        names: the requester of a refused plea ("declined to send peacekeepers
        despite a request from Yerevan") or the organisation whose summit a
        state stays away from ("declined to travel to Minsk for the CSTO
        summit")."""

        def infer(target: str | None) -> str | None:
            return infer_move(
                effect,
                content[0],
                content[1],
                event.source,
                target,
                self.kb,
                event.date,
                negated=event.negated,
                final_cameo=event.cameo,
                context=context,
                future=event.modality == "future",
            )

        move = infer(event.target)
        if move is not None or event.source is None:
            return move, event
        named = [
            (span, actor)
            for span, actor in _named(doc, event)
            if actor.code not in {event.source, event.target}
        ]
        if event.target is None and event.cameo.startswith("12") and context & _ASKED:
            askers = {
                actor.code
                for _, actor in named
                if not self.kb.is_organisation(actor.code)
                and allied(self.kb, actor.code, event.source, event.date, partners=True)
            }
            if len(askers) == 1:
                asker = askers.pop()
                if infer(asker) == "refuse_assistance":
                    return "refuse_assistance", replace(
                        event, target=asker, target_cameo=self.kb.cameo_code(asker)
                    )
        if event.cameo == "125" and self._place_or_nobody(named, event):
            # "the CSTO summit", "a summit of the CSTO": the organisation
            # whose meeting it is, named beside the meeting word.
            lowers = toks(doc).lower
            orgs = {
                a.code
                for s, a in named
                if self.kb.is_organisation(a.code)
                and (
                    _SUMMIT_WORDS & set(lowers[s.end : s.end + 2])
                    or _summit_of(lowers, s.start)
                )
            }
            if len(orgs) == 1 and infer(orgs.pop()) == "skip_summit":
                return "skip_summit", event
        if (
            event.target is None
            and event.plover == "ACCUSE"
            and event.trigger.split()[0].lower() in _OBJECTED
            and self._joint_text(doc, event)
        ):
            # "failed to agree a joint statement after Hungary objected": an
            # objection to nothing named, where a meeting's text failed, is to
            # that text.
            return "refuse_declaration", event
        if (
            event.negated
            and event.plover == "CONSULT"
            or event.cameo == "125"
            and event.target is not None
            and not self.kb.is_organisation(event.target)
        ):
            # "is not travelling to New Delhi for the G20 summit", "will not
            # be travelling to Kazan for the BRICS summit": a trip not made to
            # the organisation's meeting stays away from it (the host named as
            # a place or as its government).
            lowers = toks(doc).lower
            orgs = {
                a.code
                for s, a in named
                if self.kb.is_organisation(a.code)
                and _SUMMIT_WORDS & set(lowers[s.end : s.end + 2])
                and _after_for(lowers, s.start)
            }
            if len(orgs) == 1:
                org = orgs.pop()
                if infer(org) == "skip_summit":
                    return "skip_summit", replace(
                        event,
                        target=org,
                        target_cameo=self.kb.cameo_code(org),
                        target_sector=None,
                        target_text=None,
                    )
        return None, event

    def _joint_text(self, doc: Doc, event: Event) -> bool:
        """Whether the event's sentence names a meeting's text: a declaration,
        communique, conclusions or chair's summary, or a joint or final
        statement ("said in a statement" is no meeting's text)."""
        lowers = toks(doc).lower[event_sent_range(doc, event)]
        return bool(_MEETING_TEXTS & set(lowers)) or any(
            w in {"statement", "statements"} and i > 0 and lowers[i - 1] in _JOINT
            for i, w in enumerate(lowers)
        )

    def _text_named(self, doc: Doc, event: Event) -> bool:
        """Whether the event's sentence or the one before names a declaration,
        communique, statement or conclusions."""
        bounds = sentence_bounds(doc)
        start = bounds[max(0, event.sent_index - 1)][0]
        end = bounds[event.sent_index][1]
        lowers = set(toks(doc).lower[start:end])
        # "the EU leaders' joint text": a text that is no law, deal or resolution
        return bool(lowers & _DECLARATION_WORDS) or (
            "text" in lowers and not lowers & _OTHER_TEXTS
        )

    def _organisation_before_sentence(self, doc: Doc, event: Event) -> str | None:
        """The one organisation named in the nearest earlier sentence of the
        item that names any."""
        orgs: set[str] = set()
        last = -1
        for span in actor_spans(doc):
            if span.sent >= event.sent_index or span.actor is None:
                continue
            if not self.kb.is_organisation(span.actor.code):
                continue
            if span.sent > last:
                last, orgs = span.sent, set()
            orgs.add(span.actor.code)
        return orgs.pop() if len(orgs) == 1 else None

    def _place_or_nobody(
        self, named: list[tuple[ActorSpan, Actor]], event: Event
    ) -> bool:
        """Whether the event has no target, or one named only as a place
        (the host city of a summit: "travel to Minsk")."""
        if event.target is None:
            return True
        return any(s.is_location for s, a in named if a.code == event.target)

    def _one_defence_alliance(
        self, event: Event, context: frozenset[str]
    ) -> str | None:
        """The one collective-defence organisation the requester belongs to on
        the day, when the sentence invokes an article of a treaty."""
        if event.source is None or event.date is None or "article" not in context:
            return None
        orgs = [
            org.code
            for org in self.kb.organisations.values()
            if org.kind == "collective_defence"
            and self._member_on(org.code, event.source, event.date)
        ]
        return orgs[0] if len(orgs) == 1 else None

    def _participant_before(self, doc: Doc, event: Event, org: str) -> Event:
        """The event with the one state named before `org` that takes part in
        it as its source, and `org` as its target; unchanged if there is not
        exactly one."""
        named = _named(doc, event)
        first = min((s.start for s, a in named if a.code == org), default=None)
        if first is None or event.date is None:
            return event
        day = event.date
        states = {
            a.code: (s, a)
            for s, a in named
            if s.end <= first
            and not self.kb.is_organisation(a.code)
            and self._takes_part(org, a.code, day)
        }
        if len(states) != 1:
            return event
        code, (span, actor) = states.popitem()
        return with_roles(
            event,
            (code, self.kb.cameo_code(code), actor.sector, span.text),
            (org, self.kb.cameo_code(org), None, None),
        )

    def _target_prep(self, doc: Doc, event: Event) -> str | None:
        """The preposition before the mention of the event's target."""
        return next(
            (s.prep for s, a in _named(doc, event) if a.code == event.target), None
        )

    def _states_named(self, doc: Doc, event: Event) -> set[str]:
        """The states (not organisations) named in the event's sentence."""
        return {
            actor.code
            for _, actor in _named(doc, event)
            if actor.kind == "state" and not self.kb.is_organisation(actor.code)
        }

    def _with_source(self, event: Event, code: str | None) -> Event:
        """The event with `code` as its source, named by no text of its own."""
        return replace(
            event,
            source=code,
            source_cameo=None if code is None else self.kb.cameo_code(code),
            source_sector=None,
            source_text=None,
        )

    def _member_acts(self, event: Event, org: str, org_text: str | None) -> Event:
        """The event turned round: its target, a member, acts towards `org`."""
        return with_roles(
            event,
            (event.target, event.target_cameo, event.target_sector, event.target_text),
            (org, self.kb.cameo_code(org), None, org_text),
        )

    def _long_member(self, org: str, event: Event) -> bool:
        """Whether the event's source had been a full member of `org` for over
        a year on the event's day (a report of a recent accession is no doubt)."""
        if event.source is None or event.date is None or event.modality != "asserted":
            return False
        year_ago = event.date - dt.timedelta(days=366)
        spells = [
            self.kb.membership_at(org, event.source, d) for d in (year_ago, event.date)
        ]
        if not all(
            spell is not None and spell.status in MEMBER_STATUSES for spell in spells
        ):
            return False
        # "Armenia joined the CSTO in 1992 as one of its founding states": the
        # sentence dates the accession itself.
        years = {str(spell.start.year) for spell in spells if spell and spell.start}
        return not any(year in event.evidence for year in years)

    def _member_on(self, org: str, state: str, day: dt.date) -> bool:
        """Whether `state` is a member of `org` on `day` or the day before (a
        suspension starts the day it is decided)."""
        for d in (day, day - dt.timedelta(days=1)):
            spell = self.kb.membership_at(org, state, d)
            if spell is not None and spell.status in MEMBER_STATUSES:
                return True
        return False

    def _takes_part(self, org: str, state: str, day: dt.date) -> bool:
        """Whether `state` has a part in `org`'s meetings and texts on `day`:
        any standing (member, partner, observer...) but a lapsed one."""
        spell = self.kb.membership_at(org, state, day)
        return spell is not None and spell.status not in _LAPSED

    def _member_of(self, doc: Doc, event: Event, org: str) -> str | None:
        """The state whose own standing in `org` a freeze or withdrawal
        changes: the event's source when the knowledge base gives it
        any standing there on the day (member, candidate, partner...), else the
        one state of the sentence that has some ("A decree ended Ukraine's
        participation in the CIS"); None if there is none."""
        source = event.source
        if event.date is None:
            return source
        if source is not None and (
            self.kb.is_organisation(source)
            or self.kb.membership_at(org, source, event.date) is not None
        ):
            return source
        others = {
            actor.code
            for _, actor in _named(doc, event)
            if actor.code not in {source, org}
            and not self.kb.is_organisation(actor.code)
            and self.kb.membership_at(org, actor.code, event.date) is not None
        }
        return others.pop() if len(others) == 1 else None

    def _help_for_another(self, doc: Doc, event: Event) -> bool:
        """A state other than the asker and the one asked is named as who
        gets the help ("to Ukraine", "for Ukraine")."""
        return any(
            span.prep in {"to", "for"}
            and actor.kind == "state"
            and not span.is_location
            and actor.code not in {event.source, event.target}
            # "appealed to the Moscow-led bloc": a modifier, not a recipient
            and (span.end >= len(doc) or toks(doc).lower[span.end] not in {"-", "'s"})
            for span, actor in _named(doc, event)
        )

    def _assistance_between_allies(self, event: Event) -> bool:
        if event.source is None or event.target is None:
            return True  # the organisation is found below, from the sentence
        asker, helper = (
            (event.source, event.target)
            if event.plover == "REQUEST"
            else (event.target, event.source)
        )
        return allied(
            self.kb, asker, helper, event.date, partners=event.plover == "REJECT"
        )
