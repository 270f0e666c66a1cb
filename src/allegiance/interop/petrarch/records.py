"""PETRARCH's validation records: sentences with a parse and their expected codings."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ...errors import DataFileError

__all__ = ["ExpectedEvent", "UnitTestRecord", "read_records"]


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    """One expected coding: source actor code, target actor code, event code.

    A side the record leaves out is the empty string.
    """

    source: str
    target: str
    code: str

    def triple(self) -> tuple[str, str, str]:
        """(source, target, code), the unit of exact-triple scoring."""
        return (self.source, self.target, self.code)


@dataclass(frozen=True, slots=True)
class UnitTestRecord:
    """A validation sentence. `error` names the failure PETRARCH must report
    instead of coding (`dateline`, `bad_input_parse`, `storydiscard`...);
    records with an error or `noevents` expect no events."""

    id: str
    date: dt.date
    category: str
    text: str
    parse: str
    expected: tuple[ExpectedEvent, ...]
    error: str | None
    position: int

    @property
    def expects_events(self) -> bool:
        """True when the record expects at least one event."""
        return bool(self.expected)


def _date(text: str, where: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%Y%m%d").date()
    except ValueError as e:
        raise DataFileError(f"{where}: date {text!r} is not YYYYMMDD.") from e


def read_records(path: Path) -> tuple[UnitTestRecord, ...]:
    """Read PETRARCH's unit-test record file (PETR.UnitTest.records.xml).

    Args:
        path: the XML file: `<Sentence date= id= category=>` elements holding
            `<EventCoding sourcecode= targetcode= eventcode=>` (or `noevents=`,
            `error=`), `<Text>` and `<Parse>`.

    Returns:
        The records in file order (`position` numbers them: some ids repeat).

    Raises:
        DataFileError: the file is not well-formed XML or a record lacks a date,
            text or id.
    """
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise DataFileError(f"{path}: cannot read the records ({e}).") from e
    records = []
    for position, sent in enumerate(root.iter("Sentence")):
        where = f"{path}: record {position + 1} ({sent.get('id', 'no id')})"
        attrs = {k.strip(): v.strip() for k, v in sent.attrib.items()}
        if "id" not in attrs or "date" not in attrs:
            raise DataFileError(f"{where}: a <Sentence> needs id= and date=.")
        text = " ".join((sent.findtext("Text") or "").split())
        if not text:
            raise DataFileError(f"{where}: <Text> is missing or empty.")
        expected, error = [], None
        for coding in sent.findall("EventCoding"):
            if "error" in coding.attrib:
                error = coding.attrib["error"]
            elif "eventcode" in coding.attrib:
                expected.append(
                    ExpectedEvent(
                        coding.get("sourcecode", ""),
                        coding.get("targetcode", ""),
                        coding.attrib["eventcode"],
                    )
                )
        records.append(
            UnitTestRecord(
                id=attrs["id"],
                date=_date(attrs["date"], where),
                category=attrs.get("category", ""),
                text=text,
                parse=(sent.findtext("Parse") or "").strip(),
                expected=tuple(expected),
                error=error,
                position=position,
            )
        )
    return tuple(records)
