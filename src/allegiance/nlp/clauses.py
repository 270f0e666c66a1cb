"""Clause-level cues without a parser: boundaries, negation, modality, control."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

__all__ = [
    "ClauseCues",
    "clause_bounds",
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
_HARD = frozenset({";", ":", "--", "(", ")"})
NEGATORS = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "without", "nothing"}
)
# "not only ... but also" and "not just" add, they do not negate.
_NOT_NEGATING = frozenset({"only", "just", "merely", "least"})
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
    }
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


def _boundary(doc: Doc, i: int, leftward: bool = False) -> bool:
    low = doc[i].lower_
    if low in _HARD or low in SUBORDINATORS:
        return True
    if leftward and low in {"and", "but", "yet"} and i > 0 and doc[i - 1].text == ",":
        # ", and this decision could ...": a new clause with its own subject.
        return i + 1 < len(doc) and doc[i + 1].lower_ in _NEW_SUBJECT
    # A spaced dash separates clauses; a hyphen inside a word does not.
    return (
        low == "-"
        and i > 0
        and bool(doc[i - 1].whitespace_)
        and bool(doc[i].whitespace_)
    )


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
    closing = {e - 1: s for s, e in asides}
    left = sent.start
    i = start - 1
    while i >= sent.start:
        if i in closing and closing[i] < start:
            i = closing[i] - 1
            continue
        if _boundary(doc, i, leftward=True):
            left = i + 1
            break
        i -= 1
    right = sent.end
    for i in range(end, sent.end):
        low = doc[i].lower_
        if _boundary(doc, i):
            right = i
            break
        if low == "," and i + 1 < sent.end and doc[i + 1].lower_.endswith("ing"):
            right = i
            break
    return left, right


def parentheticals(doc: Doc, sent: Span, actor_ends: set[int]) -> list[tuple[int, int]]:
    """Comma-enclosed asides right after an actor that describe it ("Armenia, a
    small country ... ally of Russia, announced"): actors inside are not the
    subject. Returns [opening comma, closing comma + 1) ranges."""
    commas = [i for i in range(sent.start, sent.end) if doc[i].text == ","]
    out = []
    for a, b in zip(commas, commas[1:], strict=False):
        if b - a < 2 or a not in actor_ends:
            continue
        if any(
            _boundary(doc, k) and doc[k].lower_ not in SUBORDINATORS
            for k in range(a + 1, b)
        ):
            continue
        first = doc[a + 1].lower_
        if first in _APPOSITIVE_OPENERS or (a + 2 < b and doc[a + 2].lower_ == "'s"):
            out.append((a, b + 1))
    return out


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
    if start > sent.start:
        prev = doc[start - 1]
        low = prev.lower_
        if low in _NOMINAL_BEFORE or start in modifier_ends:
            return True
        if (
            prev.is_alpha
            and low.endswith(_ADJ_ENDINGS)
            and not prev.is_title
            and low not in {"will", "would"}
        ):
            return True
    return end < sent.end and doc[end].lower_ == "of"


def is_passive(doc: Doc, start: int, end: int, right: int) -> bool:
    """Whether the verb at `start` is passive ("was attacked (by)")."""
    tok = doc[start]
    if tok.lower_.endswith("ing"):
        return False
    i = start - 1
    while (
        i >= 0
        and doc[i].lower_ in _ADVERB_OK
        and doc[i].lower_ not in {"being", "been"}
    ):
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ not in _BE and doc[i].lemma_ != "be":
        if doc[i].lower_ not in {"being", "been"}:
            return False
    inflected = tok.lower_ != tok.lemma_.lower()
    by_follows = any(doc[j].lower_ == "by" for j in range(end, min(right, end + 8)))
    return inflected or by_follows


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


def read_cues(
    doc: Doc, sent: Span, left: int, start: int, controls: dict[str, str]
) -> ClauseCues:
    """Read negation, modality and control words between `left` and `start`."""
    negated = False
    modality = "asserted"
    control, control_at, to_at = None, None, None
    window_start = max(left, start - 6)
    for i in range(window_start, start):
        low = doc[i].lower_
        if low in NEGATORS:
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            if not (low == "not" and nxt in _NOT_NEGATING):
                negated = True
        elif low in FUTURE_MODALS:
            modality = "future"
        elif low in HYPOTHETICAL_MODALS and modality == "asserted":
            modality = "hypothetical"
    if start > sent.start:
        prev = doc[start - 1].lower_
        if (
            prev == "of"
            and start - 2 >= sent.start
            and doc[start - 2].lemma_ in _NOMINAL_NEGATORS
        ):
            negated = True
    # "to" (or "of": "the option of joining") before the trigger, then a control
    # word ("refused to", "urged X to"). Determiners and possessors may stand
    # between: "the process of the country's accession".
    j = start - 1
    while j > left and doc[j].lower_ in _ADVERB_OK:
        j -= 1
    while (
        j > left
        and start - j <= 4
        and doc[j].lower_ not in {"to", "of", "from"}
        and (doc[j].lower_ in _LINK_SKIP or doc[j].is_title)
    ):
        j -= 1
    if end_word(doc, start) in _INTENT_NOUNS:
        # "the country's accession process", "its membership bid"
        if modality == "asserted":
            modality = "future"
    if j >= left and doc[j].lower_ == "to" and _bare_infinitive(doc, left, j):
        if modality == "asserted":
            modality = "hypothetical"
    if j >= left and doc[j].lower_ in {"to", "of", "from"}:
        to_at = j
        for k in range(j - 1, max(left, j - 7) - 1, -1):
            effect = controls.get(doc[k].lemma_.lower()) or controls.get(doc[k].lower_)
            if (
                effect
                and doc[j].lower_ == "of"
                and (
                    effect not in {"future", "hypothetical"}
                    or not (k == j - 1 or (k + 1 < j and doc[k + 1].lower_ == "of"))
                )
            ):
                break  # "of" links a noun before it: "the option (...) of joining"
            if effect and doc[j].lower_ == "from" and effect != "fail":
                break  # "from" links only "refrain from", "abstain from"
            if effect:
                control, control_at = effect, k
                for m in range(max(left, k - 4), k):
                    if doc[m].lower_ in NEGATORS:
                        negated = True
                if effect == "hypothetical":
                    modality = "hypothetical"
                elif effect == "future" and modality == "asserted":
                    modality = "future"
                break
    if (
        modality == "asserted"
        and doc[start].lower_.endswith("ing")
        and (start == left or doc[start - 1].lower_ not in _BE)
    ):
        # "Finland and Sweden joining NATO would have consequences": a bare
        # gerund governed by a later modal is not a report that it happened.
        for i in range(start + 1, min(sent.end, start + 12)):
            low = doc[i].lower_
            if low in FUTURE_MODALS or low in HYPOTHETICAL_MODALS:
                modality = "hypothetical"
                break
            if low in {",", ";", "."}:
                break
    if any(doc[i].lower_ in CONDITIONALS for i in range(sent.start, start)):
        if modality != "asserted" or _in_if_clause(doc, sent, start):
            modality = "conditional"
    return ClauseCues(negated, modality, control, control_at, to_at)


_LINK_SKIP = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "'s", "'", "country", "own"}
)
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


def end_word(doc: Doc, start: int) -> str:
    """The word after the trigger token (lower case), or ""."""
    return doc[start + 1].lower_ if start + 1 < len(doc) else ""


def _bare_infinitive(doc: Doc, left: int, to_at: int) -> bool:
    """ "the best thing was to join", "for the country to join": an infinitive that
    states a goal, not an act."""
    prev = doc[to_at - 1].lower_ if to_at - 1 >= left else ""
    if prev in _BE or prev in {"order", "how", "whether"}:
        return True
    return any(doc[k].lower_ == "for" for k in range(max(left, to_at - 5), to_at))


def _in_if_clause(doc: Doc, sent: Span, start: int) -> bool:
    for i in range(start - 1, sent.start - 1, -1):
        low = doc[i].lower_
        if low in CONDITIONALS:
            return True
        if low == ",":
            return False
    return False
