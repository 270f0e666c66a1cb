"""PETRARCH's unit-test record reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from allegiance.errors import DataFileError
from allegiance.interop.petrarch.records import ExpectedEvent, read_records

from ..conftest import SHARED_DATA, needs_shared

RECORDS = """<Validation><Sentences>
<!-- a comment -->
<Sentence date="19950101" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="VES" targetcode="LUN" eventcode="190"></EventCoding>
<EventCoding targetcode="LUN" eventcode="191"></EventCoding>
<Text>
Vesperia attacked
Lunaria.
</Text>
<Parse>(ROOT (S (NP (NNP Vesperia))))</Parse>
</Sentence>
<Sentence date = "19950102" id ="A-2"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CITY: -- nothing.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_records_fields(tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    path.write_text(RECORDS, "utf-8")
    first, second = read_records(path)
    assert first.id == "A-1" and first.date == dt.date(1995, 1, 1)
    assert first.text == "Vesperia attacked Lunaria."
    assert first.expected == (
        ExpectedEvent("VES", "LUN", "190"),
        ExpectedEvent("", "LUN", "191"),
    )
    assert first.parse.startswith("(ROOT") and first.error is None
    assert second.error == "dateline" and not second.expects_events
    assert second.category == "ERROR" and second.position == 1


def test_bad_records_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    path.write_text('<V><Sentence id="X"><Text>t</Text></Sentence></V>', "utf-8")
    with pytest.raises(DataFileError, match="needs id= and date="):
        read_records(path)
    path.write_text("<V><Sentence", "utf-8")
    with pytest.raises(DataFileError, match="cannot read the records"):
        read_records(path)


@needs_shared(SHARED_DATA / "petrarch" / "PETR.UnitTest.records.xml")
def test_the_petrarch_suite_reads() -> None:
    records = read_records(SHARED_DATA / "petrarch" / "PETR.UnitTest.records.xml")
    assert len(records) == 284
    assert sum(len(r.expected) for r in records) == 359
