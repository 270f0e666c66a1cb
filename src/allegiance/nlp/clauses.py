"""Clause-level cues without a parser: boundaries, negation, modality, control."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from spacy.tokens import Doc, Span

from .lexicon import word_set
from .spans import actor_spans, toks

__all__ = [
    "ClauseCues",
    "adverbial_aside_end",
    "clause_bounds",
    "if_follows",
    "is_passive",
    "looks_nominal",
    "parentheticals",
    "read_cues",
]

# Words that open a new clause: the subject of a trigger after them is found
# inside the clause, never before it.
SUBORDINATORS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "when",
        "whenever",
        "but",
        "until",
        "where",
        "since",
        "after",
        "before",
        "once",
    }
)
# "-ing" words that are prepositions: ", including travel bans," opens no clause.
_PREPOSITION_PARTICIPLES = frozenset(
    {"including", "excluding", "regarding", "concerning"}
)
_HARD = frozenset({";", ":", "--", "(", ")"})
# Words before a control word that make it a noun ("a telephone call to").
_NOUN_MARKERS = frozenset(
    {"a", "an", "the", "telephone", "phone", "video", "conference", "wake-up"}
)
# Only "called on/upon X to" and "called for X to" are requests.
_CALL_PARTICLES = frozenset({"on", "upon", "for"})
# A required word must stand in the trigger's own clause.
# A required word is looked for up to the clause's end: punctuation or a
# subordinator ("threatening its integrity after Caracas moved to annex" is no
# threat to annex). "that" is crossed: "threatened that it would annex".
# "despite" opens an adjunct: "has not suspended Chad despite the military
# takeover" asks nothing military of Chad.
REQUIRES_STOP = frozenset({",", ";", ":", "(", ")", "--", "despite"}) | (
    SUBORDINATORS - {"that"}
)
# Words that end a run of a noun's modifiers, looking left from the noun.
FUNCTION_WORDS = frozenset(
    "at in on as the a an of for with to from by and or but after before since "
    "during until last this next that which who when while".split()
)
NEGATORS = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "without", "nothing"}
)
# "not only ... but also" and "not just" add, they do not negate.
_NOT_NEGATING = frozenset({"only", "just", "merely", "least"})
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became"})
_NOMINAL_BEFORE = frozenset(
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
        "these",
        "those",
        "'s",
        "'",
        "of",
        "our",
        "any",
        "further",
        "new",
        "no",
        "such",
        "whose",
        "for",
        "with",
        "mutual",
        "joint",
        "under",  # "was under attack", "came under fire": a noun
    }
)
# Adjectives that follow a determiner before an event noun ("a first meeting").
_ORDINALS = frozenset(
    {"first", "second", "third", "last", "latest", "next", "recent", "rare"}
)
_ADJ_ENDINGS = (
    "al",
    "ary",
    "ic",
    "ive",
    "ous",
    "ful",
    "ian",
    "ean",
    "ese",
    "ish",
    "est",
    "ern",
)
# Determiners before a noun trigger whose predicate may follow ("a meeting ...
# is planned"), and the participles of such a predicate.
_NOUN_OPENERS = frozenset({"a", "an", "the", "no", "any", "'s", "new", "further"})
_PROSPECTS = frozenset({"planned", "scheduled", "expected", "envisaged", "foreseen"})
# Verbs whose gerund object is not done ("avoided criticising").
_GERUND_NEGATORS = frozenset({"avoid", "shun", "eschew"})
_NOMINAL_NEGATORS = frozenset({"lack", "absence", "failure", "refusal"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo"})
HYPOTHETICAL_MODALS = frozenset(
    {"would", "could", "might", "may", "'d", "can", "should"}
)
CONDITIONALS = frozenset({"if", "unless"})
_BE = frozenset(
    {
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "'s",
        "'re",
        "get",
        "got",
        "gets",
    }
)
_ADVERB_OK = frozenset(
    {
        "also",
        "reportedly",
        "allegedly",
        "not",
        "n't",
        "never",
        "already",
        "just",
        "recently",
        "later",
        "then",
        "again",
        "repeatedly",
        "officially",
        "formally",
        "effectively",
        "finally",
        "now",
        "still",
        "being",
        "been",
        "further",
        "subsequently",
    }
)
_APPOSITIVE_OPENERS = frozenset(
    {
        "a",
        "an",
        "the",
        "which",
        "who",
        "whom",
        "whose",
        "long",
        "once",
        "formerly",
        "its",
        "his",
        "her",
        "their",
        "itself",
        "one",
        "already",
        "traditionally",
        "historically",
    }
)


_NEW_SUBJECT = frozenset(
    {
        "this",
        "the",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "its",
        "their",
        "such",
    }
)


# The only words `_boundary` can accept: clause_bounds skips the call for others.
_BOUNDARY_WORDS = _HARD | SUBORDINATORS | {"once", "and", "but", "yet", "-"}


def _acronym(text: list[str], i: int) -> bool:
    """Whether the word at `i` is written in capitals in mixed-case text (the
    "WHO" of the World Health Organization), not shouted in a headline."""
    word = text[i]
    return (
        len(word) > 1
        and word.isupper()
        and not (i > 0 and text[i - 1].isupper() and len(text[i - 1]) > 1)
    )


def _boundary(doc: Doc, i: int, leftward: bool = False) -> bool:
    tk = toks(doc)
    low = tk.lower[i]
    if low == "once" and i + 1 < len(doc) and tk.lower[i + 1] in {"again", "more"}:
        return False  # "is once again sending aid": an adverb, no subordinator
    if low in SUBORDINATORS and _acronym(tk.text, i):
        return False  # "pulled its funding from the WHO": a name, no "who"
    if low in _HARD or low in SUBORDINATORS:
        return True
    if leftward and low in {"and", "but", "yet"} and i > 0 and tk.text[i - 1] == ",":
        # ", and this decision could ...": a new clause with its own subject.
        return i + 1 < len(doc) and tk.lower[i + 1] in _NEW_SUBJECT
    # A spaced dash separates clauses; a hyphen inside a word does not.
    return low == "-" and i > 0 and bool(tk.space[i - 1]) and bool(tk.space[i])


def clause_bounds(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    asides: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> tuple[int, int]:
    """The token range [left, right) of the clause around tokens [start, end).

    Left stops after a hard boundary (";", ":", brackets, a spaced dash) or a
    subordinator, jumping over comma asides; right stops before one, or before a
    comma that opens a participle (", saying").
    """
    tk = toks(doc)
    lowers = tk.lower
    words = _BOUNDARY_WORDS
    closing = {e - 1: s for s, e in asides}
    sent_start, sent_end = sent.start, sent.end
    left = sent_start
    i = start - 1
    while i >= sent_start:
        if i in closing and closing[i] < start:
            i = closing[i] - 1
            continue
        if lowers[i] in words and _boundary(doc, i, leftward=True):
            if i > sent_start and adverbial_aside_end(lowers, i - 1, start + 1):
                # "agreed, after long talks, to send tanks": an aside, no clause
                i -= 2
                continue
            left = i + 1
            break
        i -= 1
    right = sent_end
    # "delivered, after months of delay, a Patriot system": no clause opens
    # inside an adverbial aside right after the verb.
    aside = adverbial_aside_end(lowers, end, sent_end) or end
    for i in range(end, sent_end):
        low = lowers[i]
        if low in words and i >= aside and _boundary(doc, i):
            right = i
            break
        if low == "as" and _as_clause(doc, i, sent_end):
            right = i
            break
        if (
            low == ","
            and i + 1 < sent_end
            and lowers[i + 1].endswith("ing")
            and lowers[i + 1] not in _PREPOSITION_PARTICIPLES
        ):
            right = i
            break
    return left, right


def _as_clause(doc: Doc, i: int, sent_end: int) -> bool:
    """Whether "as" at i opens a clause with its own subject and verb ("trade
    barbs as Putin hosts talks", "as the Kremlin pressed"), not "as a mediator",
    "such as Armenia" or "described Russia as Armenia's ally"."""
    tk = toks(doc)
    lower = tk.lower
    if i > 0 and lower[i - 1] in {"such", "well", "so", "same", "just"}:
        return False
    for a in actor_spans(doc):
        if a.start in (i + 1, i + 2):
            if a.start == i + 2 and lower[i + 1] != "the":
                return False
            k = a.end
            if k < sent_end and lower[k] in {"'s", "’s"}:
                k += 2  # "as Ukraine's allies met"
            if k >= sent_end:
                return False
            # A verb: inflected ("hosts", "pressed", "met") or an auxiliary.
            verb = lower[k]
            return verb.isalpha() and (
                verb != tk.lemma[k].lower() or verb.endswith(("s", "ed"))
            )
    return False


def _ends_actor_phrase(lowers: list[str], comma: int, actor_ends: set[int]) -> bool:
    """Whether the comma closes an actor mention, or a noun phrase an actor
    mention modifies ("A Chinese coast guard ship, which ..."): at most two
    plain words after the mention, none of them a past form or participle."""
    for k in range(comma, comma - 3, -1):
        if k in actor_ends:
            return True
        word = lowers[k - 1] if k >= 1 else ""
        if word in {"'s", "'"}:
            continue  # "Kosovo's independence, which ..."
        if not word.isalpha() or word.endswith(("ed", "ing")):
            return False
    return False


# Words that open a short adverbial aside between a verb and its object
# ("expelled, on Tuesday, two diplomats", "withdrew, with immediate effect,").
_ASIDE_OPENERS = frozenset(
    "on in at with for after before during under as through pending late early "
    "earlier later last this once again reportedly finally also".split()
)
# Words that show the comma opens a clause or ends the sentence, not an aside.
_ASIDE_BREAKS = frozenset(
    {"that", "which", "who", "whom", "and", "but", "said", "says", "told"}
    | {";", ":", "(", ")", "--", ".", "?", "!", '"', "“", "”"}
)

_CLAUSE_AFTER_ASIDE = frozenset(
    {"said", "says", "told", "is", "was", "were", "are", "has", "had", "have"}
    | {"will", "would", "could", "can", "should", "must", "may", "might"}
)


def adverbial_aside_end(lowers: list[str], i: int, stop: int) -> int | None:
    """At a comma right after a verb, the index after the closing comma of a
    short adverbial aside (", on Tuesday,", ", in the Gulf of Oman,") when an
    object follows it; else None."""
    if i + 3 >= stop or lowers[i] != "," or lowers[i + 1] not in _ASIDE_OPENERS:
        return None
    for j in range(i + 2, min(stop - 1, i + 11)):
        word = lowers[j]
        if word == ",":
            # ", in principle, Putin said": a clause, not the verb's object;
            # "called, in a statement, on Baku to": a particle verb's own "on".
            after = lowers[j + 1 : min(stop, j + 5)]
            if lowers[j + 1] in {"on", "upon"}:
                return None
            return None if _CLAUSE_AFTER_ASIDE.intersection(after) else j + 1
        if word in _ASIDE_BREAKS:
            return None
    return None


def _particle_after_aside(lowers: list[str], i: int, stop: int) -> bool:
    """ "called, in a statement, on Israel to": the particle of "call on"
    after a short aside opening at the comma at `i`."""
    if i + 3 >= stop or lowers[i] != "," or lowers[i + 1] not in _ASIDE_OPENERS:
        return False
    close = next((j for j in range(i + 2, min(stop, i + 11)) if lowers[j] == ","), None)
    return (
        close is not None and close + 1 < stop and lowers[close + 1] in {"on", "upon"}
    )


def parentheticals(doc: Doc, sent: Span, actor_ends: set[int]) -> list[tuple[int, int]]:
    """Comma-enclosed asides right after an actor that describe it ("Armenia, a
    small country ... ally of Russia, announced"): actors inside are not the
    subject. Returns [opening comma, closing comma + 1) ranges."""
    tk = toks(doc)
    text = tk.text
    # The commas' indices, found in C.
    commas = list(
        compress(
            range(sent.start, sent.end), map(",".__eq__, text[sent.start : sent.end])
        )
    )
    out = []
    for a, b in zip(commas, commas[1:], strict=False):
        if b - a < 2 or not _ends_actor_phrase(tk.lower, a, actor_ends):
            continue
        if any(
            _boundary(doc, k) and tk.lower[k] not in SUBORDINATORS
            for k in range(a + 1, b)
        ):
            continue
        first = tk.lower[a + 1]
        if first in _APPOSITIVE_OPENERS or (a + 2 < b and tk.lower[a + 2] == "'s"):
            out.append((a, b + 1))
    # "Prime Minister Lee (R) holds talks": a closed bracket right after an
    # actor is an aside too; the clause runs on across it.
    for i in actor_ends:  # the result is sorted: any order will do
        if not sent.start <= i < sent.end or text[i] != "(":
            continue
        close = next(
            (k for k in range(i + 1, min(sent.end, i + 8)) if tk.text[k] == ")"), None
        )
        if close is not None and not any(
            tk.text[k] in {"(", ";", ":"} for k in range(i + 1, close)
        ):
            out.append((i, close + 1))
    return sorted(out)


def _past_after_actor(doc: Doc, start: int) -> bool:
    """ "The Pakistani military struck": a word like "military" that ends an
    actor mention is its head noun, and an inflected word after it that is no
    plural ("struck", "deployed", not "supplies") is the verb."""
    tk = toks(doc)
    word = tk.lower[start]
    if word == tk.lemma[start].lower() or word.endswith("s"):
        return False
    return any(a.end == start and a.end - a.start > 1 for a in actor_spans(doc))


# Prepositions that open a noun phrase: "on espionage charges".
_NOUN_PHRASE_PREPS = frozenset({"on", "over", "under", "facing", "amid", "despite"})


def looks_nominal(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    modifier_ends: frozenset[int] = frozenset(),
) -> bool:
    """Whether a trigger word is used as a noun ("the freezing of", "Russia's
    support", "military support", "Russian support") rather than as a verb.

    `modifier_ends` are the token ends of adjectival actor mentions ("Russian").
    """
    tk = toks(doc)
    if start > sent.start:
        # The word before, from the strings (a Token object costs more): its
        # lexeme's IS_ALPHA and IS_TITLE flags are str.isalpha and str.istitle.
        prev = tk.text[start - 1]
        low = tk.lower[start - 1]
        if (
            low == "of"
            and tk.lower[start].endswith("ing")
            and end < sent.end
            and tk.lower[end] != "of"
            and any(a.end == _before_time(doc, start - 1) for a in actor_spans(doc))
        ):
            # "accused France of arming Armenia", "accused Israel on Saturday
            # of assassinating ...": a verb
            return False
        if (
            low == "of"
            and tk.lower[start].endswith("ing")
            and start - 2 >= sent.start
            and tk.lower[start - 2] in _GERUND_HEADS
        ):
            return False  # "began the process of withdrawing", "stopped short of"
        if (
            low == "that"
            and not tk.lower[start].endswith(("ing", "s", "er"))
            and tk.lemma[start] != tk.lower[start]
            and any(
                tk.lower[k] in _COPULAS
                for k in range(max(sent.start, start - 7), start)
            )
        ):
            # "was the only member that refused to sign": an inflected verb
            # after a relative "that" on a predicate noun (a demonstrative
            # takes a noun: "that freezing").
            return False
        if low in _NOMINAL_BEFORE or start in modifier_ends:
            return True
        if (
            start - 1 in modifier_ends
            and prev.isalpha()
            and prev.islower()
            and not low.endswith("s")
            and low != "side"  # "the Chinese side opposes": a subject
            and tk.lower[start].endswith("s")
            and (start < 3 or tk.lower[start - 3] not in {"a", "an"})
        ):
            return True  # "Russian missile strikes", not "a Russian missile strikes"
        armed = start
        while (
            armed > sent.start + 2
            and start - armed < 3
            and tk.lower[armed - 1] in WEAPON_WORDS
        ):
            armed -= 1
        if (
            armed < start
            and armed in modifier_ends
            and not tk.lower[start].endswith("s")  # "a Russian missile strikes"
            and (
                tk.lower[armed - 2] in _ARTICLES_BY
                or tk.text[armed - 2].islower()
                and armed - 3 >= sent.start
                and tk.lower[armed - 3] in _ARTICLES_BY
            )
        ):
            # "hit by a Russian missile attack", "a massive Russian drone strike"
            return True
        if (
            low in _ORDINALS
            and start - 2 >= sent.start
            and tk.lower[start - 2] in _NOMINAL_BEFORE
        ):
            return True  # "for a first meeting with", "the last talks"
        if (
            start - 2 >= sent.start
            and tk.lower[start - 2] in _NOUN_PHRASE_PREPS
            and prev.isalpha()
            and prev.islower()
        ):
            return True  # "detained on espionage charges", "over bribery claims"
        if (
            prev.isalpha()
            and low.endswith(_ADJ_ENDINGS)
            and not prev.istitle()
            and low not in {"will", "would"}
            and not _past_after_actor(doc, start)
        ):
            return True
        if _participle_after_verb(doc, sent, start, end):
            return True  # "documented alleged war crimes", "selling looted grain"
    if end < sent.end and tk.lower[end] == "of" and _verb_of(doc, start, end):
        return False  # "Russia warned of consequences", "Iran on Monday warned of"
    return end < sent.end and tk.lower[end] == "of"


# Words naming the weapons of an attack between its national adjective and the
# noun ("a Russian missile and drone attack", "Israeli air strikes").
WEAPON_WORDS = word_set("weapon_words")
_ARTICLES_BY = frozenset({"a", "an", "the", "by"})


# Words after a past participle that show it is a verb, not an adjective.
_NOT_A_MODIFIED_NOUN = frozenset(
    {"that", "the", "a", "an", "to", "by", "in", "on", "at", "of", "for", "from"}
    | {"with", "it", "its", "his", "her", "their", "them", "him", "this", "these"}
    | {"those", "and", "or", "but", "as", "after", "before", "over", "into"}
)


_GERUND_OPENERS = frozenset({"of", "by", "for", "after", "before", "from", "while"})


def _participle_after_verb(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """A one-word "-ed" form right after another inflected verb (not "be",
    "have" or "get") and before a noun is an adjective: "documented alleged
    war crimes", "selling looted grain", "returned looted artefacts"."""
    tk = toks(doc)
    word, prev = tk.lower[start], tk.lower[start - 1]
    return (
        start - 2 >= sent.start
        and end - start == 1
        and end < sent.end
        and word.endswith("ed")
        and prev != tk.lemma[start - 1].lower()
        and (
            prev.endswith("ed")
            # a gerund after a preposition, not a noun ("Russian shelling killed")
            or (prev.endswith("ing") and tk.lower[start - 2] in _GERUND_OPENERS)
        )
        and tk.lemma[start - 1] not in {"be", "have", "get"}
        and tk.text[end].isalpha()
        and tk.lower[end] not in _NOT_A_MODIFIED_NOUN
    )


def _verb_of(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word past form right after a named actor (and its time
    words) is that actor's verb, though "of" follows it."""
    tk = toks(doc)
    word = tk.lower[start]
    if end - start != 1 or not word.endswith("ed") or word == tk.lemma[start].lower():
        return False
    at = _before_time(doc, start)
    return any(
        a.end == at and a.how not in {"adjective", "demonym"} for a in actor_spans(doc)
    )


def _before_time(doc: Doc, at: int) -> int:
    """The start of the time words ("on Saturday", "last week") that end right
    before `at`, or `at` itself when there are none."""
    tk = toks(doc)
    i = at
    while i - 1 >= 0 and tk.lower[i - 1] in _TIME_WORDS:
        i -= 1
    return i


# Past participles that do not end in "-ed" ("aid sent to Haiti by Kenya").
IRREGULAR_PARTICIPLES = frozenset(
    {"sent", "flown", "given", "shot", "taken", "brought", "thrown", "held"}
    | {"struck", "built", "sold", "lent", "dealt", "made", "drawn", "driven"}
    | {"laid", "led", "spent", "won", "written", "shown", "hit", "set"}
)


def _past_participle(lower: str) -> bool:
    return lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES


# "spoke by phone", "conferred by video link": "by" with a means, not an agent.
_MEANS = frozenset(
    {"phone", "telephone", "video", "videoconference", "videolink", "letter"}
    | {"email", "e-mail", "satellite", "teleconference", "mail", "decree", "land"}
    | {"sea", "air", "road", "rail", "plane", "car", "helicopter", "train"}
)


def is_passive(doc: Doc, start: int, end: int, right: int) -> bool:
    """Whether the verb at `start` is passive ("was attacked (by)")."""
    tk = toks(doc)
    lower = tk.lower[start]
    if lower.endswith("ing"):
        return False
    if (
        end < len(tk.lower)
        and tk.lower[end] == "by"
        and _past_participle(lower)
        and (end + 1 >= len(tk.lower) or tk.lower[end + 1] not in _MEANS)
    ):
        return True  # "a deal brokered by China", "a loan backed by profits"
    if _reduced_relative(doc, start, end, right):
        return True
    i = start - 1
    while i >= 0 and tk.lower[i] in _ADVERB_OK and tk.lower[i] not in {"being", "been"}:
        i -= 1
    if i < 0:
        return False
    c = i
    while c > 0 and tk.lower[c].endswith("ly"):
        c -= 1  # "and seriously wounded"
    if (
        tk.lower[c] in {"and", "or"}
        and c >= 2
        and _past_participle(lower)
        and _past_participle(tk.lower[c - 1])
        and tk.lower[c - 1] != lower
        and is_passive(doc, c - 1, c, right)
    ):
        return True  # "was shot and seriously wounded": the second is passive too
    if tk.lower[i] not in _BE and tk.lemma[i] != "be":
        if tk.lower[i] not in {"being", "been"}:
            return False
    by_follows = any(tk.lower[j] == "by" for j in range(end, min(right, end + 8)))
    if lower in {"not", "n't", "never"}:
        # A trigger opening on its negator ("was not represented at the
        # summit"): passive only with an agent.
        return by_follows
    inflected = lower != tk.lemma[start].lower()
    return inflected or by_follows


# "the arms Armenia had asked for": an auxiliary between a subject and its verb.
_SUBJECT_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are"})

_NOT_HEAD_NOUNS = frozenset(
    {"and", "or", "but", "who", "which", "that", "also", "then", "not", "has", "have"}
    | {"had", "later", "jointly", "reportedly", "allegedly", "successfully"}
)


def _reduced_relative(doc: Doc, start: int, end: int, right: int) -> bool:
    """ "people evacuated from Haiti by the US": a participle right after a
    common noun (no actor), with no object of its own, and a "by" agent naming
    an actor a few words on."""
    tk = toks(doc)
    prev = tk.text[start - 1] if start > 0 else ""
    # "Aid pledged to Sudan by Saudi Arabia ...": a common noun opening the
    # sentence is capitalised.
    opening = start > 0 and doc[start - 1].is_sent_start and prev.istitle()
    if not (
        _past_participle(tk.lower[start])
        and prev.isalpha()
        and (prev.islower() or opening)
        and prev not in _NOT_HEAD_NOUNS
        and not prev.endswith("ly")
    ):
        return False
    spans = actor_spans(doc)
    if any(a.end == start and a.actor is not None for a in spans):
        return False  # "the Sudanese government expelled ...": a subject
    if end < right and tk.lower[end] not in _PREPOSITIONS:
        return False  # a direct object: an active verb
    starts = {a.start for a in spans if a.actor is not None}
    for j in range(end, min(right, end + 8)):
        if tk.lower[j] in {",", ";", "--"}:
            return False
        if tk.lower[j] == "by":
            return j + 1 in starts or (
                tk.lower[j + 1 : j + 2] == ["the"] and j + 2 in starts
            )
    return False


# "continue supplying", "keep sending", "resume shelling": aspect verbs that
# carry the act after them.
_ASPECT_VERBS = word_set("aspect_verbs")
_HELP_SKIP = frozenset({"the", "and", "its", "their"})


def _governing_verb(doc: Doc, left: int, start: int) -> int | None:
    """The verb that carries the trigger at `start`, when the trigger is its
    complement: an aspect verb before a gerund ("continue supplying"), or
    "help" with an actor object before a bare verb ("help Armenia strengthen",
    "help the two countries reach"). None otherwise."""
    tk = toks(doc)
    lower, lemma = tk.lower, tk.lemma
    k = start - 1
    if k <= left:
        return None
    if lower[start].endswith("ing") and lemma[k].lower() in _ASPECT_VERBS:
        return k
    if lower[start] != lemma[start].lower() or lower[k] in {"to", "not"}:
        return None  # "help" takes a bare verb
    if "help" not in lemma[max(left, start - 8) : start]:
        return None  # the cheap test first: this runs for every bare verb
    ends = {a.end: a.start for a in actor_spans(doc) if a.actor is not None}
    if k + 1 not in ends:
        return None
    k = ends[k + 1] - 1
    while k > left and lower[k] in _HELP_SKIP:
        k -= 1
    if k + 1 in ends:  # "help Sweden and Finland sign"
        k = ends[k + 1] - 1
    return k if lemma[k].lower() == "help" else None


@dataclass(frozen=True, slots=True)
class ClauseCues:
    """What the words before a trigger say about its event.

    `control` is the effect of a governing word ("refused to" -> "refuse"),
    `control_at` its token index; `modality` is asserted/future/hypothetical/
    conditional; `negated` is True for "did not", "never", "lack of".
    """

    negated: bool
    modality: str
    control: str | None
    control_at: int | None
    to_at: int | None
    modal: str | None = None
    in_condition: bool = False


def read_cues(
    doc: Doc, sent: Span, left: int, start: int, controls: dict[str, str]
) -> ClauseCues:
    """Read negation, modality and control words between `left` and `start`."""
    tk = toks(doc)
    # The lists and bounds as locals: this runs for every trigger occurrence.
    lower, lemma, text = tk.lower, tk.lemma, tk.text
    sent_start, sent_end, n = sent.start, sent.end, len(tk.lower)
    head = _governing_verb(doc, left, start)
    if head is not None:
        # "agreed to continue supplying gas", "ready to help the two countries
        # reach a deal": the act shares the cues of the verb that carries it.
        return read_cues(doc, sent, left, head, controls)
    negated = False
    modality = "asserted"
    modal = None
    control, control_at, to_at = None, None, None
    window_start = max(left, start - 6)
    if start + 1 < sent_end and lower[start + 1] == "neither":
        negated = True  # "condemned neither Iran nor Israel"
    negator_at = -1
    for i in range(window_start, start):
        low = lower[i]
        if low in NEGATORS:
            nxt = lower[i + 1] if i + 1 < n else ""
            if not (low == "not" and nxt in _NOT_NEGATING):
                negated, negator_at = True, i
        elif low in FUTURE_MODALS:
            modality, modal = "future", low
        elif low in HYPOTHETICAL_MODALS and modality == "asserted":
            modality, modal = "hypothetical", low
    if negator_at >= 0 and lower[negator_at] in {"not", "n't"}:
        # "did not send the troops Armenia requested": an inflected verb with a
        # subject of its own after the negator is a clause of its own ("Neither
        # Washington nor Brussels has recognised": the negator opens the subject).
        k = start - (start - 1 > negator_at and lower[start - 1] in _SUBJECT_AUX)
        if lower[start] != lemma[start].lower() and any(
            a.end == k and a.start > negator_at + 1 and a.actor is not None
            for a in actor_spans(doc)
        ):
            negated = False
    if (
        modality == "asserted"
        and start - 1 > left
        and lower[start - 1] in {"and", "or"}
    ):
        # "would bring home its ambassador and pull its troops out": the
        # second verb shares the first one's modal.
        for i in range(start - 2, left - 1, -1):
            low = lower[i]
            if low in {",", ";", ":"} or low in NEGATORS:
                break
            if low in FUTURE_MODALS:
                modality, modal = "future", low
                break
            if low in HYPOTHETICAL_MODALS:
                modality, modal = "hypothetical", low
                break
    if start > sent_start:
        prev = lower[start - 1]
        if (
            prev == "of"
            and start - 2 >= sent_start
            and lemma[start - 2] in _NOMINAL_NEGATORS
        ):
            negated = True
    if (
        start - 1 >= left
        and lemma[start - 1].lower() in _GERUND_NEGATORS
        and lower[start].endswith("ing")
    ):
        # "have avoided criticising Moscow": the act is not done (guide §7.3).
        negated = True
    if modality == "asserted" and control is None:
        # "the need for talks", "preparations for a summit", "hopes for a
        # ceasefire": an act named after a prospect and "for" is to come.
        k = start - 1
        while k > left and start - k <= 3 and lower[k] in _FOR_SKIP:
            k -= 1
        if k > left and lower[k] == "for":
            effect = controls.get(lemma[k - 1].lower()) or controls.get(lower[k - 1])
            if effect in {"future", "hypothetical"}:
                modality = effect
    if start == sent_start or lower[start - 1] in _NOUN_OPENERS:
        # "A meeting between Putin and Zelensky is not planned", "Talks are
        # expected next month": the noun's own predicate says it is to come.
        for k in range(start + 1, min(sent_end - 1, start + 12)):
            if lower[k] in {",", ";", ":", "that", "which", "who"}:
                break
            if lower[k] in {"is", "are", "was", "were"}:
                j = k + 1 + (lower[k + 1] == "not")
                if j < sent_end and lower[j] in _PROSPECTS:
                    if j > k + 1:
                        negated = True  # not planned: no act, and no refusal
                    elif modality == "asserted":
                        modality = "future"
                break
    if (
        start + 1 < sent_end
        and lower[start + 1] == "no"
        and start > sent_start
        and (start + 2 >= sent_end or lower[start + 2] != "to")
    ):
        # "held no talks", "sent no troops": the verb's object is denied ("said
        # no to" is a refusal, not a denial).
        negated = True
    # "to" (or "of": "the option of joining") before the trigger, then a control
    # word ("refused to", "urged X to"). Determiners and possessors may stand
    # between: "the process of the country's accession".
    j = start - 1
    while j > left and lower[j] in _ADVERB_OK:
        j -= 1
    direct = j
    while (
        j > left
        and start - j <= 4
        and lower[j] not in {"to", "of", "from"}
        and (lower[j] in _LINK_SKIP or text[j].istitle())
    ):
        j -= 1
    if j != direct and lower[j] == "to" and "'s" in lower[j + 1 : start]:
        j = direct  # "agreed to Tokayev's request": "to" governs a noun phrase
    if (
        end_word(doc, start) in _INTENT_NOUNS
        and not _past_verb(tk, start)
        and lower[start] not in _TALK_MEANS  # "phone talks" are talks held
    ):
        # "the country's accession process", "its membership bid" (not a verb:
        # "suspended talks" is no plan)
        if modality == "asserted":
            modality = "future"
    if (
        modality == "asserted"
        and j >= left
        and lower[j] == "to"
        and not any(controls.get(lemma[k].lower()) for k in range(left, j))
    ):
        # "Trump and Putin will meet in Alaska to discuss ...": a purpose
        # infinitive shares the future of the verb it serves.
        for k in range(j - 1, left - 1, -1):
            if lower[k] in NEGATORS or lower[k] in {",", ";", ":"}:
                break
            if lower[k] in FUTURE_MODALS:
                modality, modal = "future", lower[k]
                break
    if (
        j >= left
        and lower[j] == "to"
        and not _NOUN_PHRASE_OPENERS.intersection(lower[j + 1 : start])
        and _bare_infinitive(doc, left, j)
    ):
        # Not "for not responding to its appeal": "to its" opens a noun phrase.
        if modality == "asserted":
            modality = "hypothetical"
    if j >= left and lower[j] in {"to", "of", "from"}:
        to_at = j
        for k in range(j - 1, max(left, j - 14) - 1, -1):
            if lower[j] == "of" and lower[k] == ",":
                break  # "At the invitation of X, the President of Y paid ..."
            effect = controls.get(lemma[k].lower()) or controls.get(lower[k])
            if effect and j - k > 10 and effect != "request":
                # Only a request reaches this far: "appealed once again to the
                # warring parties and to neighbouring Chad to stop ...".
                break
            if (
                effect
                and lower[j] == "of"
                and (
                    effect not in {"future", "hypothetical", "fail"}
                    or not (k == j - 1 or (k + 1 < j and lower[k + 1] == "of"))
                )
            ):
                break  # "of" links a noun before it: "the option (...) of joining"
            if effect and lower[j] == "from" and effect != "fail":
                break  # "from" links only "refrain from", "abstain from"
            if (
                effect == "request"
                and lower[j] == "to"
                and k > left
                and lower[k - 1] in _NOUN_MARKERS
                and any(controls.get(lemma[m].lower()) for m in range(left, k))
            ):
                continue  # "asked Putin in a telephone call to help": "call" a noun
            if (
                effect == "request"
                and lemma[k].lower() == "call"
                and (k + 1 >= j or lower[k + 1] not in _CALL_PARTICLES)
                and not _particle_after_aside(lower, k + 1, j)
            ):
                break  # "called Putin to discuss": a phone call, not "called on X to"
            if effect:
                control, control_at = effect, k
                for m in range(max(left, k - 4), k):
                    if lower[m] in NEGATORS:
                        negated = True
                if effect == "hypothetical":
                    modality = "hypothetical"
                elif effect == "future" and modality == "asserted":
                    modality = "future"
                break
    if (
        modality == "asserted"
        and control is None
        and to_at is not None
        and lower[to_at] == "to"
        and _headline_future(doc, sent, to_at)
    ):
        # Headline grammar: "Xi to visit Moscow", "EU to impose tariffs": a
        # bare subject and "to" + verb announce an act to come.
        modality = "future"
    if (
        modality == "asserted"
        and lower[start].endswith("ing")
        and (start == left or lower[start - 1] not in _BE)
    ):
        # "Finland and Sweden joining NATO would have consequences": a bare
        # gerund governed by a later modal is not a report that it happened.
        for i in range(start + 1, min(sent_end, start + 12)):
            low = lower[i]
            if low in FUTURE_MODALS or low in HYPOTHETICAL_MODALS:
                modality = "hypothetical"
                break
            if low in {",", ";", "."}:
                break
    if modality == "asserted" and _prospect_gerund(doc, sent, start):
        # "lifted its veto on Sweden joining NATO": a gerund with its own
        # subject after a preposition names a prospect, not an act.
        modality = "hypothetical"
    if modality in {"asserted", "hypothetical"} and control is None:
        # "Putin is to visit Minsk", "The summit is to be attended by ...": a
        # scheduled act ("is to blame" names the culprit of an act done).
        b = start - 1 - (start - 1 > left and lower[start - 1] == "be")
        if b - 1 > left and lower[b] == "to" and lower[b - 1] in _BE_TO:
            modality = "asserted" if lemma[start].lower() == "blame" else "future"
    if modality in {"future", "hypothetical"} and if_follows(tk.lower, start, sent_end):
        # "Armenia will leave the CSTO if the bloc fails to ...": a condition.
        modality = "conditional"
    # (A trigger in an if-clause has a conditional word before it.)
    in_condition = _in_if_clause(doc, sent, start)
    if not CONDITIONALS.isdisjoint(lower[sent_start:start]):
        if modality != "asserted" or in_condition:
            modality = "conditional"
    return ClauseCues(
        negated, modality, control, control_at, to_at, modal, in_condition
    )


_BE_TO = frozenset({"is", "are", "was", "were"})
_TIME_WORDS = word_set("time_words")
_GERUND_HEADS = word_set("gerund_heads")
# Words between "for" and an act noun: "the need for direct talks".
_FOR_SKIP = frozenset({"a", "an", "the", "new", "direct", "fresh", "further", "more"})
_LINK_SKIP = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "'s", "'", "country", "own"}
)
# The means of talks ("phone talks", "video talks"): the talks themselves.
_TALK_MEANS = frozenset({"phone", "telephone", "video", "videoconference", "virtual"})
_INTENT_NOUNS = frozenset(
    {
        "process",
        "bid",
        "talks",
        "negotiations",
        "plan",
        "plans",
        "path",
        "ambitions",
        "aspirations",
        "application",
    }
)


# Verbs that open talks, in their plain present form ("hold talks").
_TALK_VERBS = frozenset({"hold", "open", "begin", "start", "resume", "conduct"})


def _past_verb(tk, i: int) -> bool:
    """Whether the token is a finite verb form that reports an act: "suspended",
    an irregular past whose lemma differs ("held talks", "began talks"), or a
    present "-s" form after no determiner ("holds talks", "opens negotiations";
    not "Russia's sanctions talks")."""
    low, lemma = tk.lower[i], tk.lemma[i].lower()
    if low.endswith("ed") or (lemma != low and not low.endswith("s")):
        return True
    if low in _TALK_VERBS and i > 0 and tk.lower[i - 1] not in _NOMINAL_BEFORE | {"to"}:
        return True  # "Russia and China hold talks"
    return (
        low in {lemma + "s", lemma + "es"}
        and i > 0
        and tk.lower[i - 1] not in _NOMINAL_BEFORE
        and not tk.lower[i - 1].endswith(_ADJ_ENDINGS)
    )


_PREPOSITIONS = frozenset(
    {"on", "to", "for", "against", "about", "of", "over", "in", "at", "from"}
    | {"through", "across", "into", "with", "by", "towards", "toward", "near"}
)
_PROSPECT_PREPS = frozenset(
    {"on", "to", "for", "against", "about", "of", "over", "towards", "toward"}
)


def gerund_subject_start(doc: Doc, sent: Span, start: int) -> int | None:
    """The start of the actor mentions (a list: "Finland and Sweden") ending
    right before a gerund at `start`, which are its subject; None if there are
    none or the nearest is a possessive ("Russia's bombing" is a noun)."""
    tk = toks(doc)
    if not tk.lower[start].endswith("ing"):
        return None
    ends = {
        a.end: a for a in actor_spans(doc) if a.actor is not None and not a.is_location
    }
    head = ends.get(start)
    if head is None or head.possessive or head.how in {"adjective", "demonym"}:
        return None
    i = head.start
    while (
        i - 1 > sent.start
        and tk.lower[i - 1] in {"and", ",", "or"}
        and ends.get(i - 1) is not None
    ):
        i = ends[i - 1].start
    k = i - 1
    while k > sent.start and tk.lower[k] in {"the", "a", "an"}:
        k -= 1
    if k > sent.start and tk.lower[k] in _PREPOSITIONS:
        # "its veto on Sweden joining", not "marched through Yerevan
        # demanding" (a place after a verb, the gerund the marchers').
        if tk.lower[k] not in _PROSPECT_PREPS or tk.lower[k - 1].endswith("ed"):
            return None
    return i


def _prospect_gerund(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the gerund at `start` has its own subject right before it, after
    a preposition ("objection to Sweden joining", "the prospect of Ukraine
    joining")."""
    tk = toks(doc)
    i = gerund_subject_start(doc, sent, start)
    if i is None:
        return False
    while i - 1 > sent.start and tk.lower[i - 1] in {"the", "a", "an"}:
        i -= 1
    return i - 1 >= sent.start and tk.lower[i - 1] in _PROSPECT_PREPS


def end_word(doc: Doc, start: int) -> str:
    """The word after the trigger token (lower case), or ""."""
    tk = toks(doc)
    return tk.lower[start + 1] if start + 1 < len(doc) else ""


# Words that open a noun phrase, so a "to" before them is a preposition.
_NOUN_PHRASE_OPENERS = frozenset({"'s", "'", "its", "their", "his", "her", "our"})


def _bare_infinitive(doc: Doc, left: int, to_at: int) -> bool:
    """ "the best thing was to join", "for the country to join": an infinitive that
    states a goal, not an act."""
    tk = toks(doc)
    prev = tk.lower[to_at - 1] if to_at - 1 >= left else ""
    if prev in _BE or prev in {"order", "how", "whether"}:
        return True
    return any(tk.lower[k] == "for" for k in range(max(left, to_at - 5), to_at))


_HEADLINE_HEADS = word_set("headline_heads")
_HEADLINE_LINKS = frozenset({",", "and", "'s", "'"})


def _headline_future(doc: Doc, sent: Span, to_at: int) -> bool:
    """Whether everything before "to" is a bare subject: named actors, commas,
    "and", and at most one head noun right before "to" ("Guyana, Venezuela
    leaders to meet"). No verb stands before it, so the "to" is headline
    future, not a purpose or a control word's complement."""
    tk = toks(doc)
    lower = tk.lower
    first = sent.start
    for k in range(to_at - 1, max(sent.start, to_at - 12) - 1, -1):
        if lower[k] == ":":
            first = k + 1  # "Blinken: US to send more aid": the quoted headline
            break
    if to_at <= first:
        return False
    stop = to_at
    if lower[to_at - 1] in _HEADLINE_HEADS:
        stop = to_at - 1
    covered = [False] * (stop - first)
    named = False
    for a in actor_spans(doc):
        if a.end <= first or a.start >= stop:
            continue
        if a.start < first or a.end > to_at:
            return False
        named = True
        for k in range(a.start, min(a.end, stop)):
            covered[k - first] = True
    if not named:
        return False
    return all(
        covered[k - first] or lower[k] in _HEADLINE_LINKS for k in range(first, stop)
    )


def if_follows(lowers: list[str], start: int, end: int) -> bool:
    for i in range(start + 1, end):
        if lowers[i] in CONDITIONALS:
            return True
        if lowers[i] in {";", ":", "but", "while", "although", "said", "told"}:
            return False
    return False


def _in_if_clause(doc: Doc, sent: Span, start: int) -> bool:
    tk = toks(doc)
    for i in range(start - 1, sent.start - 1, -1):
        low = tk.lower[i]
        if low in CONDITIONALS:
            return True
        if low == ",":
            return False
    return False
