"""Data frames from R data files (.rda/.RData): a fast reader, rdata for the rest."""

from __future__ import annotations

import bz2
import gzip
import lzma
import struct
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import DataFileError

__all__ = ["read_r_frames"]

# Why a reader of our own: the rdata package parses every element of a character
# vector as a Python object, which takes ~40 s for the 1.7 million strings of the
# unvotes package's un_votes.rda. Data frames of plain vectors (all the files we
# import) are read here in bulk, in about two seconds; anything else in a file
# (environments, byte code, unknown ALTREP classes) goes to rdata, which reads
# the whole format.

_NA_INT = -(2**31)
_PAIR = struct.Struct(">ii")
_INT = struct.Struct(">i")
_MAGIC = (b"RDX2\n", b"RDX3\n")

# SEXP types (R Internals, "Serialization formats").
_SYM, _LIST, _CHAR, _LGL, _INTS, _REAL, _STR, _VEC = 1, 2, 9, 10, 13, 14, 16, 19
_EXTPTR, _WEAKREF, _ALTREP, _ATTRLIST = 22, 23, 238, 239
_NILVALUE, _REF = 254, 255
_MARKERS = {242, 241, 253, 252, 251, 250}  # empty/base/global env, unbound, missing...


class _Unsupported(Exception):
    """The fast reader met a part of the format it leaves to rdata."""


@dataclass(slots=True)
class _Vector:
    """An R vector: its type, its values and its attributes."""

    kind: int
    data: Any
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Symbol:
    name: str


class _Reader:
    """A reader of R's XDR serialization (format versions 2 and 3)."""

    def __init__(self, buf: bytes) -> None:
        self.buf = buf
        self.pos = 0
        self.refs: list[Any] = []

    def _int(self) -> int:
        (value,) = _INT.unpack_from(self.buf, self.pos)
        self.pos += 4
        return int(value)

    def _length(self) -> int:
        n = self._int()
        if n == -1:  # a long vector: the length follows as two 32-bit halves
            upper, lower = self._int(), self._int()
            n = (upper << 32) + (lower & 0xFFFFFFFF)
        return n

    def header(self) -> None:
        if self.buf[:2] != b"X\n":
            raise _Unsupported("not the XDR binary format")
        self.pos = 2
        version = self._int()
        self._int(), self._int()  # writer's and minimal reader's R versions
        if version == 3:
            size = self._length()  # then the writer's native encoding name
            self.pos += size
        elif version != 2:
            raise _Unsupported(f"serialization version {version}")

    def item(self) -> Any:
        flags = self._int()
        kind = flags & 0xFF
        has_attr, has_tag = bool(flags & (1 << 9)), bool(flags & (1 << 10))
        if kind == _NILVALUE or kind in _MARKERS:
            return None
        if kind == _REF:
            index = flags >> 8 or self._int()
            return self.refs[index - 1]
        if kind == _SYM:
            symbol = _Symbol(self._char(self._int()) or "")
            self.refs.append(symbol)
            return symbol
        if kind in (_LIST, _ATTRLIST):
            return self._pairlist(has_attr, has_tag)
        if kind == _ALTREP:
            return self._altrep()
        if kind == _CHAR:
            return self._char(flags)
        if kind in (_EXTPTR, _WEAKREF):  # a pointer (data.table's self-reference)
            self.refs.append(None)
            if kind == _EXTPTR:
                self.item(), self.item()  # its protected value and tag
            if has_attr:
                self._attributes()
            return None
        vector = _Vector(kind, self._vector_data(kind))
        if has_attr:
            vector.attrs = self._attributes()
        return vector

    def _pairlist(self, has_attr: bool, has_tag: bool) -> list[tuple[str, Any]]:
        items: list[tuple[str, Any]] = []
        while True:  # iterate along the CDR chain instead of recursing
            if has_attr:
                self.item()  # attributes of a pairlist cell: never needed here
            tag = self.item() if has_tag else None
            items.append((tag.name if isinstance(tag, _Symbol) else "", self.item()))
            flags = self._int()
            if flags & 0xFF not in (_LIST, _ATTRLIST):
                self.pos -= 4
                if self.item() is not None:
                    raise _Unsupported("a dotted pairlist")
                return items
            has_attr, has_tag = bool(flags & (1 << 9)), bool(flags & (1 << 10))

    def _attributes(self) -> dict[str, Any]:
        pairs = self.item()
        return dict(pairs) if isinstance(pairs, list) else {}

    def _char(self, flags: int) -> str | None:
        n = self._int()
        if n == -1:
            return None
        raw = self.buf[self.pos : self.pos + n]
        self.pos += n
        return raw.decode("latin-1" if flags & (1 << 14) else "utf-8", "replace")

    def _vector_data(self, kind: int) -> Any:
        n = self._length()
        if kind in (_LGL, _INTS):
            data = np.frombuffer(self.buf, ">i4", n, self.pos).astype(np.int32)
            self.pos += 4 * n
            return data
        if kind == _REAL:
            data = np.frombuffer(self.buf, ">f8", n, self.pos).astype(np.float64)
            self.pos += 8 * n
            return data
        if kind == _STR:
            return self._strings(n)
        if kind == _VEC:
            return [self.item() for _ in range(n)]
        raise _Unsupported(f"SEXP type {kind}")

    def _strings(self, n: int) -> list[str | None]:
        # The hot loop: one CHARSXP per element; repeated values share one str.
        buf, pos, unpack = self.buf, self.pos, _PAIR.unpack_from
        seen: dict[bytes, str] = {}
        out: list[str | None] = [None] * n
        for i in range(n):
            flags, length = unpack(buf, pos)
            pos += 8
            if length < 0:
                continue
            raw = buf[pos : pos + length]
            pos += length
            text = seen.get(raw)
            if text is None:
                enc = "latin-1" if flags & (1 << 14) else "utf-8"
                text = seen[raw] = raw.decode(enc, "replace")
            out[i] = text
        self.pos = pos
        return out

    def _altrep(self) -> _Vector:
        info, state, attrs = self.item(), self.item(), self.item()
        name = info[0][1].name if isinstance(info, list) and info else "?"
        if name == "compact_intseq" and isinstance(state, _Vector):
            n, start, step = (int(x) for x in state.data[:3])
            vector = _Vector(_INTS, np.arange(n, dtype=np.int32) * step + start)
        elif name.startswith("wrap_") and isinstance(state, _Vector):
            vector = state.data[0]
        else:
            raise _Unsupported(f"ALTREP class {name}")
        vector.attrs = dict(attrs) if isinstance(attrs, list) else {}
        return vector


def _decompress(raw: bytes) -> bytes:
    if raw[:2] == b"\x1f\x8b":
        return gzip.decompress(raw)
    if raw[:3] == b"BZh":
        return bz2.decompress(raw)
    if raw[:6] == b"\xfd7zXZ\x00":
        return lzma.decompress(raw)
    return raw


def _strings_of(value: Any) -> list[str]:
    return [s for s in value.data if s] if isinstance(value, _Vector) else []


def _column(vector: Any) -> Any:
    if not isinstance(vector, _Vector):
        raise _Unsupported("a data-frame column that is not a vector")
    classes = _strings_of(vector.attrs.get("class"))
    data = vector.data
    if vector.kind == _INTS and "factor" in classes:
        levels = _strings_of(vector.attrs.get("levels"))
        codes = np.where(data == _NA_INT, -1, data - 1)
        return pd.Categorical.from_codes(codes, categories=levels)
    if vector.kind in (_INTS, _LGL):
        missing = data == _NA_INT
        if vector.kind == _LGL:
            return pd.arrays.BooleanArray(data == 1, missing)
        return pd.arrays.IntegerArray(np.where(missing, 0, data), missing)
    if vector.kind in (_REAL, _STR):
        return pd.array(data, dtype="string") if vector.kind == _STR else data
    raise _Unsupported("a list column")


def _frame(vector: _Vector) -> pd.DataFrame:
    names = vector.attrs.get("names")
    if not isinstance(names, _Vector):
        raise _Unsupported("a data frame without column names")
    return pd.DataFrame(
        {name: _column(col) for name, col in zip(names.data, vector.data, strict=True)}
    )


def _fast_frames(buf: bytes) -> dict[str, pd.DataFrame]:
    reader = _Reader(buf[5:])
    reader.header()
    objects = reader.item()
    if not isinstance(objects, list):
        raise _Unsupported("no named objects")
    frames: dict[str, pd.DataFrame] = {}
    for name, value in objects:
        if isinstance(value, _Vector) and "data.frame" in _strings_of(
            value.attrs.get("class")
        ):
            frames[name] = _frame(value)
    return frames


def _rdata_frames(path: Path) -> dict[str, pd.DataFrame]:
    try:
        import rdata
    except ImportError as e:
        raise DataFileError(
            f"Reading {path} needs the rdata package: pip install 'rdata>=0.11'."
        ) from e
    with warnings.catch_warnings():
        # rdata warns for each R class it has no converter for (tibble, readr's
        # column specs, Date) and then converts it as its base class, which is
        # what we want: the columns we read are plain vectors.
        warnings.filterwarnings("ignore", "Missing constructor", UserWarning)
        try:
            objects = rdata.read_rda(path)
        except Exception as e:  # rdata raises bare parser errors on bad input
            raise DataFileError(
                f"{path} could not be read as an R data file ({e}). Pass the "
                ".rda file as distributed (e.g. un_votes.rda of the unvotes package)."
            ) from e
    return {
        name: value.reset_index(drop=True)
        for name, value in objects.items()
        if isinstance(value, pd.DataFrame)
    }


def read_r_frames(path: Path) -> dict[str, pd.DataFrame]:
    """The data frames saved in an R data file, by object name.

    Factors become pandas categoricals, integers nullable `Int32`, logicals
    nullable booleans, character vectors pandas strings, and doubles (dates
    included, as days since 1970-01-01) float64.

    Args:
        path: An `.rda`/`.RData` file written by R's `save()` (any compression).

    Returns:
        Each data frame of the file under its R name; other objects are left out.

    Raises:
        DataFileError: the file is missing, not an R data file, or holds no data
            frame.
    """
    try:
        raw = _decompress(path.read_bytes())
    except (OSError, EOFError, lzma.LZMAError) as e:
        raise DataFileError(f"Cannot read {path}: {e}. Check the path.") from e
    if raw[:5] not in _MAGIC:
        raise DataFileError(
            f"{path} is not an R data file (no RDX2/RDX3 header). Pass an .rda "
            "file saved by R, such as those of the unvotes or peacesciencer packages."
        )
    try:
        frames = _fast_frames(raw)
    except (_Unsupported, struct.error, IndexError, ValueError):
        frames = _rdata_frames(path)  # a part of the format only rdata reads
    if not frames:
        raise DataFileError(f"{path} holds no data frame; nothing to import.")
    return frames
