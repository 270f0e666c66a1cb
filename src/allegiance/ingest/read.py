"""Read articles from files and folders (.txt, .md, .html, .jsonl), with skip reasons."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Skip
from .extract import extract_html, strip_markdown

__all__ = ["RawDoc", "expand_paths", "iter_docs", "parse_date"]

# More than this share of control characters means the bytes are not text.
_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RawDoc:
    """Text read from an input, before the pipeline: what, from where, and when."""

    text: str
    path: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: dt.date | None = None


def parse_date(value: Any) -> dt.date | None:
    """A date from an ISO date or datetime string ("2024-02-23", "2024-02-23T10:00Z").

    Raises:
        ValueError: the value is not empty and not an ISO date.
    """
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def expand_paths(
    paths: Iterable[str | Path], extensions: tuple[str, ...]
) -> Iterator[Path | Skip]:
    """Every file under `paths` (folders recursively, sorted), or a Skip."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
            for p in files:
                if p.suffix.lower() in extensions:
                    yield p
                else:
                    yield Skip(
                        str(p),
                        f"unsupported file type {p.suffix or '(none)'}; Allegiance reads {', '.join(extensions)}",
                    )
        elif path.is_file():
            if path.suffix.lower() in extensions:
                yield path
            else:
                yield Skip(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'}; Allegiance reads {', '.join(extensions)}",
                )
        else:
            yield Skip(str(path), "no such file or folder")


def _decode(path: Path, data: bytes) -> str | Skip:
    if not data.strip():
        return Skip(str(path), "empty file")
    head = data[:8192]
    if b"\x00" in head:
        return Skip(
            str(path),
            "binary file (it holds NUL bytes); convert it to .txt or .html first",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = data[e.start : e.start + 1].hex()
        return Skip(
            str(path),
            f"not valid UTF-8 (byte 0x{bad} at offset {e.start}); re-encode it, "
            f"e.g. iconv -f WINDOWS-1252 -t UTF-8 {path.name}",
        )
    if len(_CONTROL.findall(text[:8192])) > _CONTROL_SHARE * min(len(text), 8192):
        return Skip(
            str(path),
            "binary file (mostly control characters); convert it to text first",
        )
    return text


def iter_docs(
    paths: Iterable[str | Path],
    *,
    extensions: tuple[str, ...],
    max_bytes: int,
    default_date: dt.date | None = None,
) -> Iterator[RawDoc | Skip]:
    """Read every input under `paths` as documents, yielding a Skip (with the
    reason and what to do about it) for each input that cannot be read.

    `default_date` dates inputs that carry no date of their own (--date).
    """
    for item in expand_paths(paths, extensions):
        if isinstance(item, Skip):
            yield item
            continue
        size = item.stat().st_size
        if size > max_bytes:
            yield Skip(
                str(item),
                f"{size:,} bytes is over the {max_bytes:,}-byte limit; pass --max-bytes {size} to read it",
            )
            continue
        text = _decode(item, item.read_bytes())
        if isinstance(text, Skip):
            yield text
            continue
        suffix = item.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl(item, text, default_date)
        elif suffix in {".html", ".htm"}:
            yield _html(item, text, default_date)
        else:
            yield _plain(item, text, default_date, markdown=suffix == ".md")


def _plain(
    path: Path, text: str, default_date: dt.date | None, *, markdown: bool
) -> RawDoc | Skip:
    title = None
    if markdown:
        title, text = strip_markdown(text)
    if not text.strip():
        return Skip(str(path), "no text left after removing markup")
    return RawDoc(text=text, path=str(path), title=title, date=default_date)


def _html(path: Path, text: str, default_date: dt.date | None) -> RawDoc | Skip:
    extracted = extract_html(text)
    if extracted is None:
        return Skip(str(path), "no article text found in the HTML (boilerplate only?)")
    body, title, date_text, url = extracted
    date = default_date
    if date_text:
        try:
            date = parse_date(date_text) or default_date
        except ValueError:
            date = default_date
    return RawDoc(text=body, path=str(path), title=title, url=url, date=date)


def _jsonl(
    path: Path, text: str, default_date: dt.date | None
) -> Iterator[RawDoc | Skip]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skip(where, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield Skip(where, "expected a JSON object with a 'text' field")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skip(
                where, "no 'text' (or it is empty); each line needs {\"text\": ...}"
            )
            continue
        try:
            date = parse_date(obj.get("date")) or default_date
        except ValueError as e:
            yield Skip(where, f"bad 'date': {e}")
            continue
        yield RawDoc(
            text=body,
            path=where,
            title=_str(obj.get("title")),
            url=_str(obj.get("url")),
            source=_str(obj.get("source")),
            date=date,
        )


def _str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
