"""Shared line reading and English word forms for PETRARCH dictionary files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ...errors import DataFileError

__all__ = ["plural", "read_lines", "verb_forms"]

_VOWELS = frozenset("AEIOU")


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The meaningful lines of a PETRARCH/TABARI dictionary file, numbered from 1.

    Drops blank lines, lines starting with `#`, XML-style comments (`<!-- ... -->`,
    also across lines, and TABARI's `<! -- ... -->`) and everything after a `#`
    on a line, as PETRARCH's reader does. Returns the text with the right end
    stripped (leading tabs mark continuation lines in actor files and are kept).

    Raises:
        DataFileError: the file cannot be read as UTF-8 text.
    """
    try:
        text = path.read_text("utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(
            f"{path}: cannot read this dictionary ({e}). Pass the path of a "
            "PETRARCH dictionary saved as UTF-8 text."
        ) from e
    in_comment = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        stripped = line.strip()
        if stripped.startswith("<!"):
            in_comment = "-->" not in stripped
            continue
        if "<!--" in line:  # a comment after some content
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail.split("-->", 1)[1]
            else:
                line, in_comment = head, True
        line = _uncomment(line)
        if line.strip():
            yield lineno, line


def _uncomment(line: str) -> str:
    """Cut a `#` comment, but not a `#` inside a code bracket (`[###]`)."""
    if "#" not in line:
        return line.rstrip()
    if "[" not in line:
        return line.split("#", 1)[0].rstrip()
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


def plural(word: str) -> str:
    """The regular English plural of an upper-case noun: TIE -> TIES, ARMY ->
    ARMIES, BOX -> BOXES."""
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    if len(word) > 1 and word.endswith("Y") and word[-2] not in _VOWELS:
        return word[:-1] + "IES"
    return word + "S"


def _doubles(base: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles its last
    letter: TAP -> TAPPED, STOP -> STOPPING (not VISIT, FIX or SHOW)."""
    groups = re.findall(r"[AEIOU]+", base)
    return (
        len(base) >= 3
        and len(groups) == 1
        and base[-1] not in _VOWELS | {"W", "X", "Y"}
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )


def verb_forms(base: str) -> tuple[str, ...]:
    """The regular forms of an upper-case English verb: base, -S, -ED, -ING.

    TABARI and PETRARCH generate these when a dictionary gives no irregular forms
    in braces (`BAN {BANS BANNED}` lists them all instead).
    """
    stem = base + base[-1] if _doubles(base) else base
    if len(base) > 1 and base.endswith("Y") and base[-2] not in _VOWELS:
        third, past = base[:-1] + "IES", base[:-1] + "IED"
    else:
        third = plural(base)
        past = base + "D" if base.endswith("E") else stem + "ED"
    if base.endswith("E") and not base.endswith(("EE", "YE", "OE")) and len(base) > 2:
        gerund = base[:-1] + "ING"
    else:
        gerund = stem + "ING"
    return (base, third, past, gerund)
