"""PETRARCH verb dictionaries: synsets, verb blocks, verb forms and patterns."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ...errors import DataFileError
from .text import plural, read_lines, verb_forms

__all__ = [
    "EventCode",
    "PatternItem",
    "Synset",
    "VerbBlock",
    "VerbDictionary",
    "VerbForm",
    "VerbPattern",
    "read_verb_dictionary",
]

ItemKind = Literal["word", "synset", "source", "target", "skip", "compound"]
_SLOTS: dict[str, ItemKind] = {
    "$": "source",
    "+": "target",
    "^": "skip",
    "%": "compound",
}
_CODE = re.compile(r"\[([^\]]*)\]")
# PETRARCH-2 groups prepositional phrases in (...) and noun phrases in {...};
# read flat, their words keep their order and may have words between them.
_GROUPING = str.maketrans("", "", "(){}")


@dataclass(frozen=True, slots=True)
class EventCode:
    """A bracketed event code: `[064]`, `[032:033]`, `[:173]` or the null `[---]`.

    `forward` is coded source -> target, `reverse` target -> source; either is
    None when absent or null. Codes are kept as written (test dictionaries use
    codes such as 174K that are not CAMEO).
    """

    text: str
    forward: str | None
    reverse: str | None

    @property
    def is_null(self) -> bool:
        """True when the code produces no event."""
        return self.forward is None and self.reverse is None


@dataclass(frozen=True, slots=True)
class PatternItem:
    """One element of a pattern: a word, a synset, or a slot ($ + ^ %).

    `tight` means no word may come between this item and its neighbour on the
    verb's side (written with `_` in the dictionary: `FORCIBLY_*`, `*_OUT`).
    """

    kind: ItemKind
    text: str
    tight: bool


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A pattern of a verb block: words before (`upper`) and after (`lower`) the
    verb, in sentence order, and the code it assigns."""

    upper: tuple[PatternItem, ...]
    lower: tuple[PatternItem, ...]
    code: EventCode
    origin: str


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """A block of synonymous verbs sharing a default code and a pattern list."""

    name: str
    code: EventCode
    patterns: tuple[VerbPattern, ...]
    origin: str


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One inflected form of a dictionary verb, as it appears in text.

    Multi-word verbs carry the words that must stand right before (`WIRE_+TAP`)
    or right after (`+CORDON_OFF`) the verb word. `lemma` is the form written
    first on the dictionary line.
    """

    word: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    lemma: str
    code: EventCode
    block: int
    origin: str


@dataclass(frozen=True, slots=True)
class Synset:
    """A named set of words or phrases (`&CURRENCY`), plurals included."""

    name: str
    phrases: tuple[tuple[str, ...], ...]
    origin: str


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """A whole verb dictionary, indexed by the verb word seen in text."""

    blocks: tuple[VerbBlock, ...]
    forms: tuple[VerbForm, ...]
    synsets: dict[str, Synset]
    transformations: tuple[str, ...]
    warnings: tuple[str, ...]
    index: dict[str, tuple[VerbForm, ...]] = field(repr=False)

    def lookup(self, word: str) -> tuple[VerbForm, ...]:
        """The forms whose verb word is `word` (any case), multi-word ones first."""
        return self.index.get(word.upper(), ())


def parse_code(text: str, where: str) -> EventCode:
    """Read the inside of a code bracket such as `032:033`.

    Raises:
        DataFileError: the code is empty.
    """
    text = text.strip()
    if not text:
        raise DataFileError(f"{where}: empty event code []. Write [---] for no event.")
    fwd, _, rev = text.partition(":")

    def one(part: str) -> str | None:
        part = part.strip()
        return None if part in ("", "---") else part

    return EventCode(text, one(fwd), one(rev))


class _Reader:
    """The state of one pass over a verb file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.raw_synsets: dict[str, tuple[bool, list[tuple[str, int]]]] = {}
        self.blocks: list[tuple[str, EventCode, list[tuple[str, int]], str]] = []
        self.verbs: list[tuple[str, int, int]] = []  # (line text, lineno, block)
        self.transformations: list[str] = []
        self.warnings: list[str] = []

    def where(self, lineno: int) -> str:
        return f"{self.path}:{lineno}"

    def read(self) -> None:
        synset: str | None = None
        for lineno, line in read_lines(self.path):
            text = line.strip()
            if text.startswith("---"):
                synset = None
                self._header(text, lineno)
            elif text.startswith("&"):
                name = text.split()[0]
                synset = name.rstrip("_")
                self.raw_synsets[synset] = (name.endswith("_"), [])
            elif text.startswith("+") and synset is not None:
                self.raw_synsets[synset][1].append((text[1:].strip(), lineno))
            elif text.startswith("~"):
                self.transformations.append(text)
            elif text.startswith("-"):
                if not self.blocks:
                    raise DataFileError(
                        f"{self.where(lineno)}: a pattern before any verb block; "
                        "start a block with a line like '--- ATTACK [190] ---'."
                    )
                self.blocks[-1][2].append((text, lineno))
            else:
                synset = None
                if not self.blocks:
                    raise DataFileError(
                        f"{self.where(lineno)}: verb {text!r} before any verb block; "
                        "start a block with a line like '--- ATTACK [190] ---'."
                    )
                self.verbs.append((text, lineno, len(self.blocks) - 1))

    def _header(self, text: str, lineno: int) -> None:
        body = text.strip("-").strip()
        codes = _CODE.findall(body)
        name = body.split("[", 1)[0].strip()
        if len(codes) > 1:
            self.warnings.append(
                f"{self.where(lineno)}: block {name} has {len(codes)} codes; "
                f"the first, [{codes[0]}], is used."
            )
        code = parse_code(codes[0] if codes else "---", self.where(lineno))
        self.blocks.append((name, code, [], self.where(lineno)))


def _expand_synsets(reader: _Reader) -> dict[str, Synset]:
    """Resolve nested synsets (`+&TIETYPES`) and add plurals."""
    done: dict[str, Synset] = {}

    def resolve(name: str, trail: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        if name in done:
            return done[name].phrases
        if name in trail:
            raise DataFileError(f"{reader.path}: synset {name} contains itself.")
        no_plural, members = reader.raw_synsets[name]
        phrases: list[tuple[str, ...]] = []
        for member, _ in members:
            options = []
            for word in member.replace("_", " ").split():
                if word.startswith("&") and word in reader.raw_synsets:
                    options.append(resolve(word, (*trail, name)))
                else:
                    options.append(((word,),))
            for combo in itertools.product(*options):
                phrase = tuple(w for part in combo for w in part)
                phrases.append(phrase)
                nested = any(w.startswith("&") for w in member.split())
                if not (no_plural or member.endswith("_") or nested):
                    phrases.append((*phrase[:-1], plural(phrase[-1])))
        origin = reader.where(members[0][1]) if members else str(reader.path)
        done[name] = Synset(name, tuple(dict.fromkeys(phrases)), origin)
        return done[name].phrases

    for name in reader.raw_synsets:
        resolve(name, ())
    return done


def _pattern(
    text: str, lineno: int, reader: _Reader, synsets: dict[str, Synset]
) -> VerbPattern | None:
    where = reader.where(lineno)
    codes = _CODE.findall(text)
    if not codes:
        raise DataFileError(f"{where}: pattern without a code; end it with [code].")
    body = text[1 : text.index("[")].translate(_GROUPING)
    if body.count("*") != 1:
        raise DataFileError(
            f"{where}: a pattern needs exactly one '*' for the verb, e.g. "
            "'- * DIPLOMATIC TIES [064]'."
        )
    if "|" in body:
        reader.warnings.append(
            f"{where}: TABARI disjunction '|' skipped; use a synset."
        )
        return None
    upper_text, lower_text = body.split("*")
    upper = _items(upper_text, toward_end=True)
    lower = _items(lower_text, toward_end=False)
    for item in (*upper, *lower):
        if item.kind == "synset" and item.text not in synsets:
            reader.warnings.append(f"{where}: undefined synset {item.text}; skipped.")
            return None
    # A `_` touching the `*` ties the neighbouring item to the verb.
    if upper and upper_text.endswith("_"):
        upper = (*upper[:-1], _tight(upper[-1]))
    if lower and lower_text.startswith("_"):
        lower = (_tight(lower[0]), *lower[1:])
    return VerbPattern(upper, lower, parse_code(codes[0], where), where)


def _tight(item: PatternItem) -> PatternItem:
    return PatternItem(item.kind, item.text, True)


def _items(text: str, *, toward_end: bool) -> tuple[PatternItem, ...]:
    """Pattern items of one side. `toward_end`: the verb is to the right."""
    items: list[PatternItem] = []
    for chunk in text.split():
        words = [w for w in chunk.split("_") if w]
        for i, word in enumerate(words):
            # Glued by `_` to the next word (upper side) or the previous one.
            tight = i < len(words) - 1 if toward_end else i > 0
            items.append(PatternItem(*_kind(word), tight))
    return tuple(items)


def _kind(word: str) -> tuple[ItemKind, str]:
    if word in _SLOTS:
        return _SLOTS[word], ""
    if word.startswith("&"):
        return "synset", word.rstrip("_")
    return "word", word.upper()


def _forms(text: str) -> tuple[list[str], str | None]:
    """The written forms of a verb line and its own code, if any."""
    codes = _CODE.findall(text)
    head = text.split("[", 1)[0]
    braces = re.search(r"\{([^}]*)\}", head)
    primary = head.split("{", 1)[0].strip()
    if braces is not None:
        extra = braces.group(1).replace(",", " ").split()
        forms = [primary, *extra] if primary else extra
    else:
        forms = [primary]
    return forms, codes[0] if codes else None


def _expand_form(
    written: str, explicit: bool
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(verb word, words before, words after) for a written form."""
    if " " in written and "+" not in written:  # "LASH OUT": the verb comes first
        written = "+" + written.replace(" ", "_")
    words = [w for w in written.split("_") if w]
    if not words:
        return []
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    verb = words[at].lstrip("+")
    before, after = tuple(words[:at]), tuple(words[at + 1 :])
    bases = [verb] if explicit else list(verb_forms(verb))
    return [(b, before, after) for b in bases]


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Read a PETRARCH (or TABARI-style) verb dictionary.

    Reads synsets (`&NAME` and `+member` lines), verb blocks (`--- NAME [code] ---`),
    verbs with irregular forms in braces and own codes in brackets, multi-word
    verbs (`+CORDON_OFF`, `WIRE_+TAP`) and patterns (`- upper * lower [code]`).

    Args:
        path: the dictionary file, e.g. CAMEO.2.0.txt.

    Returns:
        The dictionary. Recoverable problems (a pattern naming an undefined
        synset, a TABARI disjunction) are listed in `warnings`.

    Raises:
        DataFileError: a line cannot be read, with its file:line.
    """
    reader = _Reader(Path(path))
    reader.read()
    synsets = _expand_synsets(reader)
    blocks = []
    for name, code, lines, origin in reader.blocks:
        patterns = [_pattern(t, n, reader, synsets) for t, n in lines]
        blocks.append(VerbBlock(name, code, tuple(p for p in patterns if p), origin))
    forms: list[VerbForm] = []
    for text, lineno, block in reader.verbs:
        written, own = _forms(text)
        code = parse_code(own, reader.where(lineno)) if own else blocks[block].code
        explicit = "{" in text
        lemma = written[0].replace("+", "").replace("_", " ")
        for spelling in written:
            for word, before, after in _expand_form(spelling, explicit):
                forms.append(
                    VerbForm(
                        word, before, after, lemma, code, block, reader.where(lineno)
                    )
                )
    index: dict[str, list[VerbForm]] = {}
    for form in forms:
        index.setdefault(form.word, []).append(form)
    ordered = {
        w: tuple(sorted(fs, key=lambda f: -(len(f.before) + len(f.after))))
        for w, fs in index.items()
    }
    return VerbDictionary(
        tuple(blocks),
        tuple(forms),
        synsets,
        tuple(reader.transformations),
        tuple(reader.warnings),
        ordered,
    )
