"""The trigger lexicon: event patterns, control verbs and speech verbs from data files."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..errors import DataFileError

__all__ = [
    "Control",
    "Lexicon",
    "Trigger",
    "compile_shorthand",
    "load_lexicon",
    "word_set",
]

_DEFAULT_NOUN_PREPS = (
    "of",
    "with",
    "to",
    "against",
    "for",
    "on",
    "toward",
    "towards",
    "from",
    "in",
    "into",
    "between",
)
_DEFAULT_VERB_PREPS = (
    "to",
    "with",
    "against",
    "for",
    "on",
    "toward",
    "towards",
    "into",
    "from",
    "at",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a trigger pattern and the event it signals.

    `requires` lemmas must occur in the trigger's clause after it (within
    `window` tokens), `requires_before` before it; any of `excludes` vetoes it.
    `target` is "object" (direct or prepositional object), "none", or the
    prepositions that introduce the target. `patterns` holds one Matcher pattern
    per alternative phrasing ("pull out of", "withdraw from"). `of_agent` marks
    nouns whose "of" phrase is the actor ("the withdrawal of Russian troops");
    `reverse` verbs whose object is the actor ("X angered Moscow": Moscow objects).
    `needs_target` entries make no event for a state with no recipient ("met his
    security council", "visited a factory"); an organisation may meet alone.
    """

    id: str
    patterns: tuple[tuple[dict[str, Any], ...], ...]
    cameo: str
    mode: str | None = None
    plover: str | None = None
    alliance_move: str | None = None
    requires: tuple[str, ...] = ()
    requires_before: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    excludes_next: tuple[str, ...] = ()
    window: int = 8
    window_before: int = 6
    target_preps: tuple[str, ...] = ()
    no_target: bool = False
    direct_object: bool = True
    symmetric: bool = False
    nominal: bool = False
    source_kind: str | None = None
    target_kind: str | None = None
    form: str = "any"
    of_agent: bool = False
    reverse: bool = False
    needs_target: bool = False
    priority: int = 0
    confidence: float = 0.9
    example: str = ""
    # `requires`, `requires_before` and `excludes` as lower-case sets, made once:
    # the coder reads them for every match.
    requires_set: frozenset[str] = field(init=False, repr=False, compare=False)
    requires_before_set: frozenset[str] = field(init=False, repr=False, compare=False)
    excludes_set: frozenset[str] = field(init=False, repr=False, compare=False)
    # How specific the entry is (constrained entries beat bare ones), read to
    # rank every occurrence.
    specificity: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "requires_set", _lower_set(self.requires))
        object.__setattr__(
            self, "requires_before_set", _lower_set(self.requires_before)
        )
        object.__setattr__(self, "excludes_set", _lower_set(self.excludes))
        # The optional pronoun of a split phrasal verb adds no specificity.
        longest = max(
            (sum(step != _SPLIT_STEP for step in p) for p in self.patterns), default=0
        )
        object.__setattr__(
            self,
            "specificity",
            self.priority * 10
            + longest
            + 3 * bool(self.requires or self.requires_before),
        )

    def preps(self) -> tuple[str, ...]:
        """The prepositions that may introduce this trigger's target."""
        if self.target_preps:
            return self.target_preps
        return _DEFAULT_NOUN_PREPS if self.nominal else _DEFAULT_VERB_PREPS


@dataclass(frozen=True, slots=True)
class Control:
    """A word that governs a following "to"-infinitive trigger and changes it:
    "plans to" (future), "refused to" (reject), "urged X to" (request)..."""

    lemma: str
    effect: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every trigger, control word and speech verb the rule coder uses."""

    triggers: tuple[Trigger, ...]
    controls: dict[str, str]
    speech: frozenset[str]
    version: str


@cache
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# Particles of phrasal verbs that a pronoun object can split from their verb.
_PARTICLES = frozenset({"down", "out", "off", "up", "back", "away", "aside"})
_SPLIT_STEP = {
    "LOWER": {"IN": sorted({"it", "them", "him", "her", "this", "that"})},
    "OP": "?",
}


def compile_shorthand(text: str) -> list[dict[str, Any]]:
    """Turn "pull out of" into a Matcher pattern: first word by lemma, rest by
    lower-case form; "a|b" gives alternatives, a trailing "?" makes a word
    optional, and "~" allows one adverb ("drew ~ closer to")."""
    pattern: list[dict[str, Any]] = []
    words = text.split()
    if (
        len(words) > 1
        and any("|" in w for w in words[1:])
        and "?" not in text
        and "~" not in text
    ):
        # "ask for|request" reads as words "ask", "for|request": say it as a list.
        raise DataFileError(
            f"Ambiguous trigger {text!r}: for alternative phrases use a JSON list, "
            'e.g. "trigger": ["ask for", "request"].'
        )
    for i, word in enumerate(words):
        if i == 1 and len(words) == 2 and word in _PARTICLES:
            # "turned it down", "ruled them out": a pronoun object may stand
            # between a phrasal verb and its particle.
            pattern.append(dict(_SPLIT_STEP))
        if word == "~":
            pattern.append({"LOWER": {"REGEX": "^[a-z]+ly$"}, "OP": "?"})
            continue
        optional = word.endswith("?")
        word = word.rstrip("?")
        options = word.lower().split("|")
        attr = "LEMMA" if i == 0 else "LOWER"
        spec: dict[str, Any] = {
            attr: options[0] if len(options) == 1 else {"IN": options}
        }
        if optional:
            spec["OP"] = "?"
        pattern.append(spec)
    return pattern


def _trigger(entry: dict[str, Any], origin: str) -> Trigger:
    if "id" not in entry or "cameo" not in entry:
        raise DataFileError(f"{origin}: a lexicon entry needs 'id' and 'cameo'.")
    if "pattern" in entry:
        patterns = [entry["pattern"]]
    elif "trigger" in entry:
        # A list gives alternative phrasings: ["pull out of", "withdraw from"].
        phrasings = (
            entry["trigger"]
            if isinstance(entry["trigger"], list)
            else [entry["trigger"]]
        )
        patterns = [compile_shorthand(t) for t in phrasings]
    else:
        raise DataFileError(
            f"{origin}: entry {entry['id']!r} needs 'trigger' or 'pattern'."
        )
    target = entry.get("target", "object")
    return Trigger(
        id=entry["id"],
        patterns=tuple(tuple(p) for p in patterns),
        cameo=str(entry["cameo"]),
        mode=entry.get("mode"),
        plover=entry.get("plover"),
        alliance_move=entry.get("alliance_move"),
        requires=tuple(entry.get("requires", ())),
        requires_before=tuple(entry.get("requires_before", ())),
        excludes=tuple(entry.get("excludes", ())),
        excludes_next=tuple(w.lower() for w in entry.get("excludes_next", ())),
        window=int(entry.get("window", 8)),
        window_before=int(entry.get("window_before", 6)),
        target_preps=tuple(target) if isinstance(target, list) else (),
        no_target=target == "none",
        # A verb takes a direct object unless the entry says otherwise; a list
        # of prepositions adds prepositional objects.
        direct_object=bool(entry.get("direct_object", target != "none")),
        symmetric=bool(entry.get("symmetric", False)),
        nominal=bool(entry.get("nominal", False)),
        source_kind=entry.get("source_kind"),
        target_kind=entry.get("target_kind"),
        form=_form(entry, origin),
        of_agent=bool(entry.get("of_agent", False)),
        reverse=bool(entry.get("reverse", False)),
        needs_target=bool(entry.get("needs_target", False)),
        priority=int(entry.get("priority", 0)),
        confidence=float(entry.get("confidence", 0.9)),
        example=entry.get("example", ""),
    )


def _form(entry: dict[str, Any], origin: str) -> str:
    form = entry.get("form", "noun" if entry.get("nominal") else "any")
    if form not in {"any", "verb", "noun"}:
        raise DataFileError(f"{origin}: form must be any, verb or noun, not {form!r}.")
    return str(form)


def _read_jsonl(path: Traversable | Path) -> Iterable[tuple[dict[str, Any], str]]:
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            yield json.loads(line), f"{path}:{lineno}"
        except json.JSONDecodeError as e:
            raise DataFileError(f"{path}:{lineno}: not valid JSON ({e.msg}).") from e


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """Load the package lexicon (data/lexicon/*.jsonl, control.csv, speech.csv)
    and any extra JSONL trigger files.

    Raises:
        DataFileError: a file is malformed or two entries share an id.
    """
    folder = files("allegiance") / "data" / "lexicon"
    paths: list[Traversable | Path] = sorted(
        (p for p in folder.iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name
    )
    paths.extend(Path(p) for p in extra)
    triggers: dict[str, Trigger] = {}
    digest = []
    for path in paths:
        for entry, origin in _read_jsonl(path):
            trig = _trigger(entry, origin)
            if trig.id in triggers:
                raise DataFileError(f"{origin}: duplicate lexicon id {trig.id!r}.")
            triggers[trig.id] = trig
        digest.append(path.name)
    controls = {
        r["lemma"]: r["effect"]
        for r in csv.DictReader(
            (folder / "control.csv").read_text("utf-8").splitlines()
        )
    }
    speech_rows = csv.DictReader(
        (folder / "speech.csv").read_text("utf-8").splitlines()
    )
    speech = frozenset(r["lemma"] for r in speech_rows)
    for lemma in sorted(speech):
        # Speech verbs are triggers too: the coder uses them to mark what they
        # govern as reported, and emits no event for them.
        trig = Trigger(f"speech.{lemma}", (tuple(compile_shorthand(lemma)),), "speech")
        triggers.setdefault(trig.id, trig)
    return Lexicon(tuple(triggers.values()), controls, speech, f"{len(triggers)}")


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    path = files("allegiance") / "data" / "lexicon" / "word_sets.csv"
    sets: dict[str, set[str]] = {}
    for r in csv.DictReader(path.read_text("utf-8").splitlines()):
        sets.setdefault(r["set"], set()).add(r["word"].strip())
    return {name: frozenset(words) for name, words in sets.items()}


def word_set(name: str) -> frozenset[str]:
    """A named set of words the coder's rules consult (data/lexicon/word_sets.csv:
    the nouns of talks, abstract charges, the words of a request for help...).

    Raises:
        DataFileError: no row of the file names the set.
    """
    words = _word_sets().get(name)
    if not words:
        raise DataFileError(f"data/lexicon/word_sets.csv: no word set named {name!r}.")
    return words
