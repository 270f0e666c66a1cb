"""PETRARCH actor, agent and discard dictionaries read into typed records."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ...errors import DataFileError
from .text import plural, read_lines
from .verbs import VerbDictionary, read_verb_dictionary

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "AgentDictionary",
    "AgentEntry",
    "DatedCode",
    "DiscardEntry",
    "DiscardList",
    "PhraseWord",
    "read_actor_dictionary",
    "read_agent_dictionary",
    "read_discard_list",
    "read_verb_dictionary",
    "VerbDictionary",
]

_BRACKET = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^(?:(?P<op>[<>])\s*(?P<when>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+)|(?P<on>\d+))$"
)
_MARKER = re.compile(r"!([^!\s]+)!")
NULL_CODE = "---"


@dataclass(frozen=True, slots=True)
class PhraseWord:
    """A word of a dictionary phrase. A `stem` word matches any word it begins
    (discard lists: `BASEBALL` also stops "baseballs"); others match whole words,
    as PETRARCH matches actor, agent and pattern words."""

    text: str
    stem: bool

    def matches(self, word: str) -> bool:
        """True when the upper-case text word fits this dictionary word."""
        return word == self.text or (self.stem and word.startswith(self.text))


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code, valid from `start` to `end` (inclusive; None = open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def restricted(self) -> bool:
        """True when the code holds only over a period."""
        return self.start is not None or self.end is not None

    def holds_on(self, when: dt.date) -> bool:
        """True when the code applies on `when`."""
        return (self.start is None or self.start <= when) and (
            self.end is None or when <= self.end
        )


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor: its names (the first is the primary name) and dated codes."""

    names: tuple[tuple[PhraseWord, ...], ...]
    codes: tuple[DatedCode, ...]
    origin: str

    def codes_on(self, when: dt.date | None) -> tuple[str, ...]:
        """The actor's codes on a date: `[FRO/BIL/SAM]` gives three, `[---]` none.

        Of the dated codes that hold on the date, the one that began last wins
        (a new role supersedes an older one); else the undated default. With no
        date, the default, else the code that runs latest.
        """
        dated = [c for c in self.codes if c.restricted]
        default = next((c for c in self.codes if not c.restricted), None)
        chosen: DatedCode | None
        if when is not None:
            valid = [c for c in dated if c.holds_on(when)]
            chosen = (
                max(valid, key=lambda c: c.start or dt.date.min) if valid else default
            )
        else:
            chosen = default or max(
                dated, key=lambda c: c.end or dt.date.max, default=None
            )
        if chosen is None or chosen.code == NULL_CODE:
            return ()
        return tuple(c for c in chosen.code.split("/") if c and c != NULL_CODE)


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """Actor entries, with their names indexed by first word."""

    entries: tuple[ActorEntry, ...]
    warnings: tuple[str, ...]
    index: dict[str, tuple[tuple[tuple[PhraseWord, ...], int], ...]] = field(repr=False)

    def candidates(self, word: str) -> tuple[tuple[tuple[PhraseWord, ...], int], ...]:
        """(name, entry index) pairs whose first word is `word`."""
        return self.index.get(word, ())


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent phrase and its code. `prefix` agents (`NGO~`) go before the
    actor code, the usual ones (`~GOV`) after it."""

    words: tuple[str, ...]
    code: str
    prefix: bool
    origin: str


@dataclass(frozen=True, slots=True)
class AgentDictionary:
    """Agent entries (plurals generated), indexed by their first word."""

    entries: tuple[AgentEntry, ...]
    warnings: tuple[str, ...]
    index: dict[str, tuple[AgentEntry, ...]] = field(repr=False)


@dataclass(frozen=True, slots=True)
class DiscardEntry:
    """A phrase that stops coding: of the sentence, or of the whole story."""

    words: tuple[PhraseWord, ...]
    story: bool
    origin: str


@dataclass(frozen=True, slots=True)
class DiscardList:
    """Every discard phrase of a discard file, indexed by first word."""

    entries: tuple[DiscardEntry, ...]
    index: dict[str, tuple[DiscardEntry, ...]] = field(repr=False, default_factory=dict)

    def candidates(self, word: str) -> list[DiscardEntry]:
        """Entries whose first word could match `word` (whole, or as a stem)."""
        found: list[DiscardEntry] = []
        for end in range(1, len(word) + 1):
            found.extend(self.index.get(word[:end], ()))
        return found


def phrase_words(text: str, *, stems: bool) -> tuple[PhraseWord, ...]:
    """Split a dictionary phrase (`NEW_ZEALAND`, `CARAS GALADHON`, `ARNOR_`).

    With `stems`, a word not followed by `_` is a stem (TABARI's convention,
    which PETRARCH keeps for discards); otherwise every word is whole.
    """
    if not stems:
        return tuple(_whole(w) for w in text.upper().replace("_", " ").split())
    words: list[PhraseWord] = []
    for match in re.finditer(r"([^\s_]+)(_?)", text.upper()):
        words.append(PhraseWord(match.group(1), stem=not match.group(2)))
    return tuple(words)


@cache
def _whole(word: str) -> PhraseWord:
    # Shared instances: the Phoenix files repeat a few thousand words 100,000 times.
    return PhraseWord(word, stem=False)


def _date(text: str, where: str, warnings: list[str]) -> dt.date | None:
    """YYYYMMDD, or TABARI's YYMMDD (00-30 = 20YY, else 19YY)."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            year += 2000 if year <= 30 else 1900
            return dt.date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    warnings.append(
        f"{where}: {text!r} is not a date (YYYYMMDD or YYMMDD); code skipped."
    )
    return None


def _code(inside: str, where: str, warnings: list[str]) -> DatedCode | None:
    parts = inside.split(None, 1)
    if not parts:
        raise DataFileError(f"{where}: empty actor code []; write [---] for none.")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return DatedCode(code)
    match = _RESTRICTION.match(rest)
    if match is None:
        raise DataFileError(
            f"{where}: cannot read the date restriction {rest!r}; write "
            "[CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]."
        )
    if match["on"]:
        warnings.append(f"{where}: [{inside}] has a date but no '<', '>' or range; "
                        "read as valid from that date.")  # fmt: skip
        start = _date(match["on"], where, warnings)
        return DatedCode(code, start, None) if start else None
    if match["op"]:
        when = _date(match["when"], where, warnings)
        if when is None:
            return None
        # `<` and `>` are strict: the day named belongs to the next code.
        day = dt.timedelta(days=1)
        if match["op"] == "<":
            return DatedCode(code, None, when - day)
        return DatedCode(code, when + day, None)
    start = _date(match["start"], where, warnings)
    end = _date(match["end"], where, warnings)
    if start is None or end is None:
        return None
    return DatedCode(code, start, end)


def read_actor_dictionary(paths: Path | Iterable[Path]) -> ActorDictionary:
    """Read one or more PETRARCH/TABARI actor files into one dictionary.

    An entry is a name line, optional `+synonym` lines, and codes in brackets on
    the name line or on following indented lines; a code may carry a date
    restriction (`[HOBGOV 19950601-19990815]`, `[RHO <790606]`). Names match
    whole words, as in PETRARCH (`_` and spaces both join the words of a name).

    Raises:
        DataFileError: a code bracket cannot be read, or codes precede any name.
    """
    entries: list[ActorEntry] = []
    warnings: list[str] = []

    def flush(
        names: list[tuple[PhraseWord, ...]], codes: list[DatedCode], origin: str
    ) -> None:
        if names and codes:
            entries.append(ActorEntry(tuple(names), tuple(codes), origin))
        elif names:
            warnings.append(f"{origin}: actor without a code; skipped.")

    for path in [paths] if isinstance(paths, Path | str) else paths:
        names: list[tuple[PhraseWord, ...]] = []
        codes: list[DatedCode] = []
        origin = ""
        for lineno, line in read_lines(Path(path)):
            where = f"{path}:{lineno}"
            text = line.strip()
            if not text.startswith(("[", "+")):
                flush(names, codes, origin)
                names, codes, origin = [], [], where
            if text.startswith("+"):
                if not names:
                    raise DataFileError(f"{where}: synonym {text!r} before any actor.")
                text = text[1:]
            head = text.split("[", 1)[0].strip()
            if head:
                names.append(phrase_words(head, stems=False))
            elif not names:
                raise DataFileError(
                    f"{where}: a code before any actor name; put the name first."
                )
            for inside in _BRACKET.findall(text):
                code = _code(inside, where, warnings)
                if code is not None:
                    codes.append(code)
        flush(names, codes, origin)
    index: dict[str, list[tuple[tuple[PhraseWord, ...], int]]] = {}
    for i, entry in enumerate(entries):
        for name in entry.names:
            if name:
                index.setdefault(name[0].text, []).append((name, i))
    return ActorDictionary(
        tuple(entries), tuple(warnings), {k: tuple(v) for k, v in index.items()}
    )


def read_agent_dictionary(path: Path) -> AgentDictionary:
    """Read a PETRARCH agent file: `PHRASE {PLURAL} [~CODE]` lines and `!X! = a, b`
    substitution sets. Regular plurals are generated unless braces give one
    (`{}` for none).

    Raises:
        DataFileError: a line uses an undefined `!marker!`.
    """
    markers: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    warnings: list[str] = []
    for lineno, line in read_lines(Path(path)):
        where = f"{path}:{lineno}"
        text = line.strip()
        if "=" in text and text.startswith("!"):
            name, _, values = text.partition("=")
            markers[name.strip().strip("!")] = [v.strip() for v in values.split(",")]
            continue
        codes = _BRACKET.findall(text)
        if not codes:  # PETRARCH skips these too: `[~ENV}`, a name alone
            warnings.append(f"{where}: agent without a [code]; skipped.")
            continue
        raw = codes[0].replace(" ", "")
        prefix = raw.endswith("~") and not raw.startswith("~")
        code = raw.strip("~")
        head = text.split("[", 1)[0]
        braces = re.search(r"\{([^}]*)\}", head)
        phrase = head.split("{", 1)[0].strip()
        for form in _substitute(phrase, markers, where):
            words = tuple(w for w in form.upper().replace("_", " ").split())
            entries.append(AgentEntry(words, code, prefix, where))
            if braces is not None:
                extra = braces.group(1).strip().upper().replace("_", " ").split()
                if extra:
                    entries.append(AgentEntry(tuple(extra), code, prefix, where))
            elif not _MARKER.search(phrase) and words:
                entries.append(
                    AgentEntry((*words[:-1], plural(words[-1])), code, prefix, where)
                )
    index: dict[str, list[AgentEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    ordered = {
        k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()
    }
    return AgentDictionary(tuple(entries), tuple(warnings), ordered)


def _substitute(phrase: str, markers: dict[str, list[str]], where: str) -> list[str]:
    match = _MARKER.search(phrase)
    if match is None:
        return [phrase]
    if match.group(1) not in markers:
        raise DataFileError(
            f"{where}: substitution marker !{match.group(1)}! is not defined; "
            f"define it first, e.g. !{match.group(1)}! = MAN, MEN, WOMAN, WOMEN."
        )
    out: list[str] = []
    for value in markers[match.group(1)]:
        out.extend(
            _substitute(phrase.replace(match.group(0), value, 1), markers, where)
        )
    return out


def read_discard_list(path: Path) -> DiscardList:
    """Read a PETRARCH discard file: one phrase a line; `+` marks a story discard.
    A phrase ending in `_` must end a word; otherwise it is a stem."""
    entries = []
    for lineno, line in read_lines(Path(path)):
        text = line.strip()
        story = text.startswith("+")
        words = phrase_words(text.lstrip("+").strip(), stems=True)
        if words:
            entries.append(DiscardEntry(words, story, f"{path}:{lineno}"))
    index: dict[str, list[DiscardEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0].text, []).append(entry)
    return DiscardList(tuple(entries), {k: tuple(v) for k, v in index.items()})
