"""`check_kb`: the shipped data is clean, and each kind of fault is caught."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from allegiance.kb.base import KnowledgeBase, load_kb
from allegiance.kb.check import check_kb, has_errors
from allegiance.kb.load import package_kb_dir, read_kb_files
from allegiance.kb.model import Problem


def _header(table: str) -> list[str]:
    folder = package_kb_dir()
    path = folder / f"{table}.csv"
    if not path.is_file():
        path = folder / table / "west.csv"
    return next(csv.reader(path.read_text("utf-8").splitlines()))


def _kb(tmp_path: Path, **tables: list[dict[str, str]]) -> KnowledgeBase:
    """The package KB plus a user folder holding `tables` (rows as dicts)."""
    for table, rows in tables.items():
        header = _header(table)
        with (tmp_path / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=header)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: row.get(k, "") for k in header})
    raw = read_kb_files([tmp_path])
    return KnowledgeBase(raw.tables, raw.digest, duplicates=raw.duplicates)


def _mine(problems: list[Problem], tmp_path: Path) -> list[Problem]:
    return [p for p in problems if p.origin.startswith(str(tmp_path))]


def _term(**over: str) -> dict[str, str]:
    row = {
        "person_id": "ana-test",
        "name": "Ana Test",
        "aliases": "",
        "country": "ARM",
        "office": "foreign_minister",
        "title": "Foreign Minister",
        "start": "1990-01-01",
        "end": "1990-06-01",
        "acting": "false",
        "source": "Test gazette (1990)",
        "note": "",
    }
    return row | over


def _spell(**over: str) -> dict[str, str]:
    row = {
        "org": "CSTO",
        "member": "MNG",
        "status": "observer",
        "start": "2010-01-01",
        "end": "2011-01-01",
        "source": "Test gazette (2010)",
    }
    return row | over


def test_shipped_data_has_no_errors() -> None:
    problems = check_kb(load_kb())
    assert [str(p) for p in problems if p.severity == "error"] == []
    # The warnings are real clashes between people in office at once.
    assert all(p.table == "leaders" for p in problems)


def test_problem_names_file_line_and_fix(tmp_path: Path) -> None:
    kb = _kb(tmp_path, memberships=[_spell(source="")])
    [problem] = _mine(check_kb(kb), tmp_path)
    assert problem.severity == "error" and problem.table == "memberships"
    assert problem.origin == f"{tmp_path / 'memberships.csv'}:2"
    assert "no source" in problem.message and "e.g." in problem.message
    assert str(problem).startswith(problem.origin + ": error [memberships]")


def test_overlapping_terms_in_one_office(tmp_path: Path) -> None:
    rows = [
        _term(),
        _term(person_id="bo-test", name="Bo Test", start="1990-05-01", end=""),
    ]
    rows[1]["note"] = "verify"
    found = _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path)
    assert [p.severity for p in found] == ["error"]
    assert "overlap" in found[0].message and "acting" in found[0].message


def test_an_acting_holder_may_overlap(tmp_path: Path) -> None:
    rows = [
        _term(),
        _term(person_id="bo-test", name="Bo Test", start="1990-05-01", acting="true"),
    ]
    assert _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path) == []


def test_half_open_terms_that_touch_do_not_overlap(tmp_path: Path) -> None:
    rows = [
        _term(),
        _term(
            person_id="bo-test", name="Bo Test", start="1990-06-01", end="1991-01-01"
        ),
    ]
    assert _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path) == []


def test_term_faults(tmp_path: Path) -> None:
    rows = [
        _term(end="1989-01-01"),
        _term(person_id="Bad Id", start="1991-01-01", end="1991-02-01"),
        _term(person_id="cy-test", name="Cy", start="1992-01-01", end=""),
        _term(
            person_id="dee-test",
            name="Dee",
            country="XXX",
            start="1993-01-01",
            end="1993-02-01",
        ),
        _term(
            person_id="ana-test", name="Ana Other", start="1994-01-01", end="1994-02-01"
        ),
        _term(
            person_id="eve-test",
            name="Eve",
            office="king",
            start="1995-01-01",
            end="1995-02-01",
        ),
    ]
    messages = [
        p.message for p in _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path)
    ]
    assert any("is not before" in m for m in messages)
    assert any("not a lower-case slug" in m for m in messages)
    assert any("needs verification" in m for m in messages)
    assert any("country XXX is not in states.csv" in m for m in messages)
    assert any("one id names one person" in m for m in messages)
    assert any("office='king'" in m for m in messages)


def test_membership_faults(tmp_path: Path) -> None:
    rows = [
        _spell(),
        _spell(status="member", start="2010-06-01", end=""),
        _spell(org="XYZ", start="2012-01-01"),
        _spell(member="ZZZ", start="2013-01-01"),
        _spell(status="ally", start="2014-01-01", end="2015-01-01"),
        _spell(start="", end="", status="partner"),
    ]
    messages = [
        p.message for p in _mine(check_kb(_kb(tmp_path, memberships=rows)), tmp_path)
    ]
    assert any("overlap as MNG in CSTO" in m for m in messages)
    assert any("org XYZ is not in organisations.csv" in m for m in messages)
    assert any("member ZZZ is neither" in m for m in messages)
    assert any("status='ally'" in m for m in messages)
    assert any("no start date" in m for m in messages)


def test_memberships_and_dependencies_may_name_organisations(tmp_path: Path) -> None:
    dependency = {
        "dependent": "KAZ",
        "provider": "CSTO",
        "kind": "peacekeepers",
        "start": "2022-01-06",
        "end": "2022-01-19",
        "detail": "test",
        "source": "Test gazette (2022)",
    }
    kb = _kb(
        tmp_path,
        memberships=[_spell(org="G20", member="EU", status="member")],
        dependencies=[dependency, dependency | {"provider": "NOPE", "detail": "x"}],
    )
    [problem] = _mine(check_kb(kb), tmp_path)
    assert "provider NOPE is neither a state nor an organisation" in problem.message


def test_codes_are_unique(tmp_path: Path) -> None:
    armenia = dict(next(r for r in load_kb().tables["states"] if r["code"] == "ARM"))
    clone = armenia | {"code": "ARX", "iso3": "ARX", "cameo_code": "ARX"}
    found = _mine(check_kb(_kb(tmp_path, states=[clone])), tmp_path)
    columns = {p.message.split("=")[0] for p in found}
    assert {"iso2", "iso_numeric", "cow_code", "gw_code", "cow_abbrev"} <= columns


def test_duplicate_keys_in_one_folder(tmp_path: Path) -> None:
    kb = _kb(tmp_path, memberships=[_spell(), _spell(status="member")])
    [problem] = [p for p in check_kb(kb) if "same key" in p.message]
    assert problem.origin.endswith("memberships.csv:3")


def test_alias_naming_two_actors_is_an_error_unless_marked(tmp_path: Path) -> None:
    names = [
        {"code": "FRA", "text": "Ararat", "kind": "alias", "source": "test"},
        {"code": "ARM", "text": "Ararat", "kind": "alias", "source": "test"},
    ]
    [problem] = _mine(check_kb(_kb(tmp_path, state_names=names)), tmp_path)
    assert problem.severity == "error" and "'ararat' names state" in problem.message
    names[1]["ambiguous"] = "a mountain seen from both"
    other = tmp_path / "marked"
    other.mkdir()
    assert _mine(check_kb(_kb(other, state_names=names)), other) == []


def test_a_person_alias_may_not_shadow_a_state(tmp_path: Path) -> None:
    rows = [_term(aliases="Armenia", note="")]
    [problem] = _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path)
    assert "names" in problem.message and "person ana-test" in problem.message


def test_one_surname_is_fine_when_never_in_office_together(tmp_path: Path) -> None:
    rows = [
        _term(aliases="Test"),
        _term(
            person_id="bo-test",
            name="Bo Test",
            aliases="Test",
            start="1990-06-01",
            end="1991-01-01",
        ),
    ]
    assert _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path) == []


def test_one_surname_in_office_together_is_a_warning(tmp_path: Path) -> None:
    rows = [
        _term(aliases="Test"),
        _term(
            person_id="bo-test",
            name="Bo Test",
            aliases="Test",
            office="defence_minister",
            title="Defence Minister",
        ),
    ]
    problems = _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path)
    assert [p.severity for p in problems] == ["warning"]
    assert not has_errors(problems)


@pytest.mark.parametrize(
    ("table", "row", "fragment"),
    [
        ("regions", {"code": "NKR", "name": "X", "kind": "disputed"}, "must start"),
        (
            "regions",
            {"code": "R-X", "name": "Xland", "claimants": "QQQ", "kind": "disputed"},
            "claimant QQQ",
        ),
        ("state_names", {"code": "QQQ", "text": "Qland", "kind": "name"}, "QQQ"),
        ("state_names", {"code": "ARM", "text": "Armenie", "kind": "nick"}, "kind="),
        ("organisations", {"code": "ARM", "name": "Arm Org", "kind": "organ"}, "state"),
        ("conflicts", {"a": "ARM", "b": "QQQ", "name": "x"}, "b=QQQ"),
        ("titles", {"text": "grand vizier", "office": "vizier"}, "office="),
        (
            "disambiguation",
            {"text": "Georgia", "code": "QQQ", "cues": "x"},
            "QQQ is neither a state nor an organisation",
        ),
    ],
)
def test_reference_and_vocabulary_faults(
    tmp_path: Path, table: str, row: dict[str, str], fragment: str
) -> None:
    found = _mine(
        check_kb(_kb(tmp_path, **{table: [row | {"source": "test"}]})), tmp_path
    )
    assert any(fragment in p.message and p.severity == "error" for p in found), found


def test_a_name_may_be_disambiguated_to_an_organisation(tmp_path: Path) -> None:
    row = {
        "text": "Strasbourg",
        "code": "COE",
        "cues": "Council of Europe",
        "source": "t",
    }
    assert _mine(check_kb(_kb(tmp_path, disambiguation=[row])), tmp_path) == []


def test_many_people_may_be_in_opposition_at_once(tmp_path: Path) -> None:
    rows = [
        _term(office="opposition", title="opposition leader"),
        _term(
            person_id="bo-test",
            name="Bo Test",
            office="opposition",
            title="opposition leader",
            start="1990-05-01",
        ),
        # One person's own spells still may not overlap.
        _term(office="opposition", start="1990-03-01", end="1990-09-01"),
    ]
    found = _mine(check_kb(_kb(tmp_path, leaders=rows)), tmp_path)
    assert [p.severity for p in found] == ["error"]
    assert "ARM (ana-test)" in found[0].message
