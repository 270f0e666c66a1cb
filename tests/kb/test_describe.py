"""`describe`: what `kb show` reports about a state, organisation or person."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.describe import (
    describe,
    find_actor,
    latest_change,
    render_description,
)

DAY = dt.date(2024, 2, 23)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_a_state_at_a_date(kb: KnowledgeBase) -> None:
    desc = describe(kb, "arm", DAY)
    assert (desc.kind, desc.code, desc.name) == ("state", "ARM", "Armenia")
    assert desc.places["capital"] == "Yerevan" and desc.codes["cow"] == "371"
    assert "Armenian" in desc.names["adjective"]
    holders = {h.office: h.term.person_id for h in desc.holders if h.term}
    assert holders["head_of_government"] == "nikol-pashinyan"
    assert holders["defence_minister"] == "suren-papikyan"
    csto = [(m.status, m.start) for m in desc.memberships if m.org == "CSTO"]
    assert ("frozen", dt.date(2024, 2, 22)) in csto and len(csto) == 2
    assert any(
        d.provider == "RUS" and d.kind == "military_base" for d in desc.dependencies
    )
    assert all(d.source for d in desc.dependencies)


def test_an_organisation_lists_members_by_status(kb: KnowledgeBase) -> None:
    desc = describe(kb, "CSTO", DAY)
    assert desc.members["frozen"] == ["ARM"]
    assert set(desc.members["member"]) == {"BLR", "KAZ", "KGZ", "RUS", "TJK"}
    assert desc.members["suspended"] == ["UZB"]
    assert desc.facts["kind"] == "collective_defence"
    [holder] = desc.holders
    assert holder.office == "secretary_general" and holder.term is not None


def test_members_change_with_the_date(kb: KnowledgeBase) -> None:
    before = describe(kb, "NATO", dt.date(2023, 4, 3)).members["member"]
    after = describe(kb, "NATO", dt.date(2023, 4, 4)).members["member"]
    assert set(after) - set(before) == {"FIN"}


def test_a_person(kb: KnowledgeBase) -> None:
    desc = describe(kb, "Nikol Pashinyan", DAY)
    assert desc.kind == "person" and desc.code == "nikol-pashinyan"
    assert "Pashinian" in desc.names["alias"]
    assert all(t.country == "ARM" for t in desc.terms)


def test_unknown_names_suggest_close_ones(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError, match="Did you mean.*armenia"):
        find_actor(kb, "Armenie")


def test_text_and_json_say_the_caveat(kb: KnowledgeBase) -> None:
    desc = describe(kb, "ARM", DAY)
    text = render_description(desc)
    assert "Nikol Pashinyan" in text and "CSTO" in text and "Note:" in text
    data = json.loads(json.dumps(desc.to_dict()))
    assert data["day"] == "2024-02-23" and data["holders"][0]["term"]["start"]
    late = describe(kb, "ARM", latest_change(kb) + dt.timedelta(days=1))
    assert "may have changed" in late.caveat
    assert "may have changed" not in desc.caveat


def test_latest_change_ignores_scheduled_ends(kb: KnowledgeBase) -> None:
    assert latest_change(kb, today=dt.date(2020, 1, 1)) <= dt.date(2020, 1, 1)
