"""Topics, not events: an event word that names what talks, a debate, a veto or a
bid are about ("talks on joining the EU", "lifted its veto on Sweden joining
NATO", "submitted a bid to become a member of BRICS") rather than an act that
happened (annotation guide: content is not an event)."""

from __future__ import annotations

from spacy.tokens import Doc

from .arguments import Occurrence, modifier_ends
from .clauses import ClauseCues, looks_nominal
from .lexicon import word_set
from .spans import actor_spans, toks

__all__ = [
    "DISCUSS",
    "TALK_NOUNS",
    "discussed",
    "submitted_bid",
    "topic_gerund",
    "topic_of_talks",
]

# "talks on joining the EU", "negotiations about a ceasefire": a gerund after
# these nouns names what the talks are about, not an act that happened.
TALK_NOUNS = word_set("talk_nouns")


def topic_of_talks(doc: Doc, occ: Occurrence, left: int) -> bool:
    tk = toks(doc)
    i = occ.start
    return (
        tk.lower[i].endswith("ing")
        and i - 2 >= left
        and tk.lower[i - 1] in {"on", "about", "over"}
        and tk.lower[i - 2] in TALK_NOUNS
    )


DISCUSS = frozenset({"discuss", "debate"})


def discussed(
    doc: Doc, occ: Occurrence, plans: list[tuple[Occurrence, int, int, ClauseCues]]
) -> bool:
    """ "The two leaders discussed energy and the normalisation of relations
    between Azerbaijan and Armenia": an event noun in what is discussed is the
    talks' topic, not an event (annotation guide: content is not an event)."""
    tk = toks(doc)
    lemma = tk.lemma
    # Where each discussing verb whose clause holds the noun ends.
    verbs = [
        o.end
        for o, _, right, _ in plans
        if o is not occ and lemma[o.start] in DISCUSS and o.end <= occ.start < right
    ]
    discussed = bool(verbs)
    if not discussed:
        # "The normalisation of relations ... was also on the agenda", "was
        # discussed": the noun is the subject of a clause that makes it a topic.
        after: list[str] = []
        for w in tk.lower[occ.end : occ.end + 30]:
            if w in {",", ";", "."}:
                break
            after.append(w)
        if "agenda" not in after and "discussed" not in after:
            return False
        joined = " ".join(after)
        discussed = any(
            phrase in joined
            for phrase in ("on the agenda", "was discussed", "were discussed")
        )
        if not discussed:
            return False
    if occ.trigger.nominal or occ.trigger.form == "noun":
        return True
    verb = max(verbs, default=None)
    if (
        verb is not None
        and occ.start - verb <= 3
        and all(
            w.isalpha() and w not in _NOT_IN_NOUN_PHRASE
            for w in tk.lower[verb : occ.start]
        )
    ):
        return True  # "discussed grain exports": the head of the discussed noun phrase
    sent = doc[occ.start].sent
    return looks_nominal(doc, sent, occ.start, occ.end, modifier_ends(doc))


# Words that end a noun phrase after "discussed" ("discussed how to export",
# "discussed trade by phone").
_NOT_IN_NOUN_PHRASE = frozenset(
    {"how", "whether", "ways", "to", "that", "plans", "what"}
    | {"by", "with", "on", "in", "at", "for", "over", "about", "during", "after"}
)


# Words before "to" + gerund that make the gerund a prospect, not an act.
_OPEN_TO = frozenset(
    "open opposed objection objections opposition resistance obstacle obstacles "
    "alternative".split()
)


_PROSPECTS = frozenset(
    "idea possibility prospect prospects cost costs talk risk danger threat "
    "consequences question option".split()
)


def topic_gerund(doc: Doc, occ: Occurrence, left: int) -> bool:
    """A move gerund with its own subject after a preposition names what a
    veto, objection or debate is about, not a move that happened ("lifted its
    veto on Sweden joining NATO", "objections to Finland's joining")."""
    tk = toks(doc)
    i = occ.start
    if occ.trigger.alliance_move is None or not tk.lower[i].endswith("ing"):
        return False
    if i - 1 >= left and tk.lower[i - 1] in {"on", "about", "over", "against"}:
        return True  # "warned against joining", "a debate on leaving the CSTO"
    if i - 2 >= left and tk.lower[i - 1] == "of" and tk.lower[i - 2] in _PROSPECTS:
        return True  # "the cost of leaving the CSTO" ("the process of joining" stays)
    if i - 2 >= left and tk.lower[i - 1] == "to" and tk.lower[i - 2] in _OPEN_TO:
        return True  # "left the door open to rejoining the CIS"
    for span in actor_spans(doc):
        end = span.end + (1 if span.end < i and tk.lower[span.end] == "'s" else 0)
        if end == i and span.start - 1 >= left:
            return tk.lower[span.start - 1] in {
                "on",
                "to",
                "over",
                "about",
                "against",
                "for",
                "of",
            }
    return False


# "submitted a letter of intent to join BRICS": the letter's "intent".
_BID_NOUNS = frozenset(
    {"bid", "bids", "application", "applications", "request", "intent"}
)
_SUBMIT_VERBS = frozenset({"submit", "lodge", "file", "hand", "present", "send"})


def submitted_bid(doc: Doc, occ: Occurrence) -> bool:
    """The joining is what a bid handed in asks for ("submitted a bid to
    become a member of BRICS", "lodged its application to join the EU")."""
    tk = toks(doc)
    i = occ.start
    if i < 3 or tk.lower[i - 1] != "to" or tk.lower[i - 2] not in _BID_NOUNS:
        return False
    return any(tk.lemma[j] in _SUBMIT_VERBS for j in range(max(0, i - 7), i - 2))
