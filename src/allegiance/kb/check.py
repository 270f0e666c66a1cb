"""Validate the knowledge base: unique codes, dated spells, sources, references."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from .aliases import check_aliases
from .base import KnowledgeBase
from .load import Row, parse_date
from .model import (
    DEPENDENCY_KINDS,
    MEMBERSHIP_STATUSES,
    NAME_KINDS,
    OFFICES,
    ORG_KINDS,
    REGION_KINDS,
    SHARED_OFFICES,
    STATE_STATUSES,
    Problem,
)

__all__ = ["MEMBERSHIP_STATUSES", "Problem", "check_kb", "has_errors"]

_PLOVER_ACTORS = frozenset({"IGO", "UNO", "EUR"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
# Columns of states.csv that identify a state in some coding system: each value
# may name one state only.
_STATE_CODES = (
    "code",
    "iso2",
    "iso3",
    "iso_numeric",
    "cow_code",
    "cow_abbrev",
    "gw_code",
    "cameo_code",
)


def has_errors(problems: Iterable[Problem]) -> bool:
    """Whether any problem is an error (warnings do not block an import)."""
    return any(p.severity == "error" for p in problems)


def check_kb(kb: KnowledgeBase) -> list[Problem]:
    """Every problem in the knowledge base, errors first, then by file and line.

    Errors are facts that cannot all be true (overlapping terms in one office,
    a code used twice, a reference to nothing, a row without a source); warnings
    are worth a look but may be right (two people with one surname in office at
    once).

    Args:
        kb: the loaded knowledge base (with its raw rows and their origins).

    Returns:
        The problems found; an empty list when the data is consistent.
    """
    problems: list[Problem] = []
    for check in _CHECKS:
        problems.extend(check(kb))
    return sorted(
        problems, key=lambda p: (p.severity != "error", _origin_key(p.origin))
    )


def _origin_key(origin: str) -> tuple[str, int]:
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if line.isdigit() else (origin, 0)


def _error(table: str, row: Row, message: str) -> Problem:
    return Problem("error", table, row.get("_origin", "?"), message)


def _warning(table: str, row: Row, message: str) -> Problem:
    return Problem("warning", table, row.get("_origin", "?"), message)


# -- whole-table checks ---------------------------------------------------------------


def _duplicates(kb: KnowledgeBase) -> Iterator[Problem]:
    for table, kept, dropped in kb.duplicates:
        yield Problem(
            "error",
            table,
            dropped,
            f"same key as the row at {kept}, which wins; merge the two rows or "
            "change this row's key columns (see TABLE_KEYS in kb/load.py).",
        )


def _sources(kb: KnowledgeBase) -> Iterator[Problem]:
    for table, rows in kb.tables.items():
        for row in rows:
            if not row.get("source", "").strip():
                yield _error(
                    table,
                    row,
                    "no source: name the publication, treaty or official page (and "
                    "its date) that states this row, e.g. 'NATO press release "
                    "2023-04-04'.",
                )


def _dates(table: str, row: Row, start: str, end: str) -> Iterator[Problem]:
    first, last = parse_date(row, start), parse_date(row, end)
    if first is not None and last is not None and not first < last:
        yield _error(
            table,
            row,
            f"{start} {first} is not before {end} {last}: spells are half-open "
            f"[{start}, {end}), so {end} is the first day no longer true.",
        )


# -- states, names, regions -----------------------------------------------------------


def _states(kb: KnowledgeBase) -> Iterator[Problem]:
    seen: dict[tuple[str, str], Row] = {}
    for row in kb.tables["states"]:
        for column in _STATE_CODES:
            value = row.get(column, "")
            if not value:
                continue
            other = seen.setdefault((column, value), row)
            if other is not row:
                yield _error(
                    "states",
                    row,
                    f"{column}={value} is also the {column} of {other['code']} "
                    f"({other['_origin']}); each code names one state.",
                )
        if row.get("status") not in STATE_STATUSES:
            yield _error(
                "states",
                row,
                f"status={row.get('status')!r}; use one of "
                f"{', '.join(sorted(STATE_STATUSES))}.",
            )
        if row.get("iso3") and row["iso3"] != row["code"]:
            yield _warning(
                "states",
                row,
                f"code {row['code']} differs from iso3 {row['iso3']}; say why in "
                "docs/kb-differences.md.",
            )


def _names(kb: KnowledgeBase) -> Iterator[Problem]:
    for row in kb.tables["state_names"]:
        if row["code"] not in kb.states:
            yield _error(
                "state_names",
                row,
                f"code {row['code']} is not in states.csv; add the state or fix "
                "the code.",
            )
        if row.get("kind") not in NAME_KINDS:
            yield _error(
                "state_names",
                row,
                f"kind={row.get('kind')!r}; use one of {', '.join(sorted(NAME_KINDS))}.",
            )
        sector = row.get("sector", "")
        if sector and not _SECTOR.match(sector):
            yield _error(
                "state_names",
                row,
                f"sector={sector!r}; use a three-letter CAMEO sector such as GOV.",
            )
        yield from _dates("state_names", row, "valid_from", "valid_to")


def _regions(kb: KnowledgeBase) -> Iterator[Problem]:
    for row in kb.tables["regions"]:
        if not row["code"].startswith("R-"):
            yield _error(
                "regions", row, f"region code {row['code']} must start with 'R-'."
            )
        if row.get("kind") not in REGION_KINDS:
            yield _error(
                "regions",
                row,
                f"kind={row.get('kind')!r}; use one of {', '.join(sorted(REGION_KINDS))}.",
            )
        for claimant in _split(row.get("claimants", "")):
            if claimant not in kb.states:
                yield _error(
                    "regions",
                    row,
                    f"claimant {claimant} is not in states.csv.",
                )


# -- organisations, memberships, dependencies -----------------------------------------


def _organisations(kb: KnowledgeBase) -> Iterator[Problem]:
    for row in kb.tables["organisations"]:
        if row.get("kind") not in ORG_KINDS:
            yield _error(
                "organisations",
                row,
                f"kind={row.get('kind')!r}; use one of {', '.join(sorted(ORG_KINDS))}.",
            )
        if row.get("parent") and row["parent"] not in kb.organisations:
            yield _error(
                "organisations",
                row,
                f"parent {row['parent']} is not in organisations.csv.",
            )
        if row.get("plover_code") and row["plover_code"] not in _PLOVER_ACTORS:
            yield _error(
                "organisations",
                row,
                f"plover_code={row['plover_code']!r}; use IGO, UNO or EUR.",
            )
        if row["code"] in kb.states:
            yield _error(
                "organisations",
                row,
                f"code {row['code']} is also a state code; pick another.",
            )


def _memberships(kb: KnowledgeBase) -> Iterator[Problem]:
    spells: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in kb.tables["memberships"]:
        if row["org"] not in kb.organisations:
            yield _error(
                "memberships", row, f"org {row['org']} is not in organisations.csv."
            )
        if row["member"] not in kb.states and row["member"] not in kb.organisations:
            yield _error(
                "memberships",
                row,
                f"member {row['member']} is neither a state nor an organisation.",
            )
        if row.get("status") not in MEMBERSHIP_STATUSES:
            yield _error(
                "memberships",
                row,
                f"status={row.get('status')!r}; use one of "
                f"{', '.join(sorted(MEMBERSHIP_STATUSES))}.",
            )
        if not row.get("start"):
            yield _error(
                "memberships",
                row,
                "no start date; give the first day of the spell (first day of the "
                "year or month with note=year precision when that is all you know).",
            )
        yield from _dates("memberships", row, "start", "end")
        spells[(row["org"], row["member"])].append(row)
    for (org, member), rows in spells.items():
        yield from _overlaps("memberships", f"{member} in {org}", rows, "start")
        ordered = sorted(rows, key=lambda r: r.get("start", ""))
        for spell, nxt in zip(ordered, [*ordered[1:], None], strict=True):
            if spell["status"] in {"withdrawn", "expelled"} and spell.get("end"):
                if nxt is None or nxt.get("start") != spell["end"]:
                    yield _warning(
                        "memberships",
                        spell,
                        f"{member} {spell['status']} from {org} has an end but no "
                        "spell starts that day; leave it open or add the next spell.",
                    )


def _dependencies(kb: KnowledgeBase) -> Iterator[Problem]:
    for row in kb.tables["dependencies"]:
        for column in ("dependent", "provider"):
            code = row[column]
            if code not in kb.states and code not in kb.organisations:
                yield _error(
                    "dependencies",
                    row,
                    f"{column} {code} is neither a state nor an organisation code.",
                )
        if row["dependent"] == row["provider"]:
            yield _error("dependencies", row, "a state cannot depend on itself.")
        if row.get("kind") not in DEPENDENCY_KINDS:
            yield _error(
                "dependencies",
                row,
                f"kind={row.get('kind')!r}; use one of "
                f"{', '.join(sorted(DEPENDENCY_KINDS))}.",
            )
        share = row.get("share", "")
        if share and not 0 <= float(share) <= 1:
            yield _error(
                "dependencies",
                row,
                f"share={share} is not between 0 and 1; write 94% as 0.94.",
            )
        yield from _dates("dependencies", row, "start", "end")


# -- leaders ------------------------------------------------------------------------------


def _terms(kb: KnowledgeBase) -> Iterator[Problem]:
    by_office: dict[tuple[str, str], list[Row]] = defaultdict(list)
    names: dict[str, Row] = {}
    for row in kb.tables["leaders"]:
        yield from _term_row(kb, row)
        polity = row.get("country") or row.get("org") or ""
        if row["office"] in SHARED_OFFICES:
            # Many people are in opposition at once: only one person's own
            # spells may not overlap.
            polity = f"{polity} ({row['person_id']})"
        by_office[(polity, row["office"])].append(row)
        first = names.setdefault(row["person_id"], row)
        if first["name"] != row["name"]:
            yield _error(
                "leaders",
                row,
                f"person_id {row['person_id']} is {row['name']!r} here but "
                f"{first['name']!r} at {first['_origin']}; one id names one person.",
            )
    for (polity, office), rows in by_office.items():
        yield from _overlaps("leaders", f"{office} of {polity}", rows, "start")


def _term_row(kb: KnowledgeBase, row: Row) -> Iterator[Problem]:
    country, org = row.get("country", ""), row.get("org", "")
    if bool(country) == bool(org):
        yield _error(
            "leaders", row, "set exactly one of country (ISO3) or org (organisation)."
        )
    if country and country not in kb.states:
        yield _error("leaders", row, f"country {country} is not in states.csv.")
    if org and org not in kb.organisations:
        yield _error("leaders", row, f"org {org} is not in organisations.csv.")
    if row.get("office") not in OFFICES:
        yield _error(
            "leaders",
            row,
            f"office={row.get('office')!r}; use one of {', '.join(OFFICES)}.",
        )
    if not _SLUG.match(row["person_id"]):
        yield _error(
            "leaders",
            row,
            f"person_id {row['person_id']!r} is not a lower-case slug "
            "(e.g. nikol-pashinyan).",
        )
    if not row.get("start"):
        yield _error("leaders", row, "no start date for the term.")
    if not row.get("end") and "verif" not in row.get("note", "").lower():
        yield _error(
            "leaders",
            row,
            "open-ended term without a note that it needs verification; say in "
            "`note` as of when it was checked and add 'verify'.",
        )
    yield from _dates("leaders", row, "start", "end")


def _overlaps(table: str, what: str, rows: list[Row], start: str) -> Iterator[Problem]:
    """Pairs of rows whose half-open [start, end) spells share a day."""
    ordered = sorted(rows, key=lambda r: r.get(start, ""))
    for i, a in enumerate(ordered):
        a_end = parse_date(a, "end")
        for b in ordered[i + 1 :]:
            b_start = parse_date(b, start)
            if a_end is not None and b_start is not None and b_start >= a_end:
                break
            if _acting(a) or _acting(b):
                continue
            who = (
                f"{a.get('name', a.get('status'))} and {b.get('name', b.get('status'))}"
            )
            yield _error(
                table,
                b,
                f"{who} overlap as {what} ({a.get(start)} to {a.get('end') or 'open'} "
                f"at {a['_origin']}); end the earlier spell on the day the later "
                "starts, or mark an acting holder acting=true.",
            )


def _acting(row: Row) -> bool:
    return row.get("acting", "").strip().lower() in {"1", "true", "yes", "y"}


# -- lexicon-like tables -------------------------------------------------------------------


def _lexicon(kb: KnowledgeBase) -> Iterator[Problem]:
    for row in kb.tables["titles"]:
        if row.get("office") not in OFFICES:
            yield _error(
                "titles",
                row,
                f"office={row.get('office')!r}; use one of {', '.join(OFFICES)}.",
            )
    for row in kb.tables["sectors"]:
        if not _SECTOR.match(row.get("sector", "")):
            yield _error(
                "sectors", row, f"sector={row.get('sector')!r} is not a CAMEO sector."
            )
    defaults: dict[str, Row] = {}
    for row in kb.tables["disambiguation"]:
        if row["code"] != "-" and not (
            row["code"] in kb.states or kb.is_organisation(row["code"])
        ):
            yield _error(
                "disambiguation",
                row,
                f"code {row['code']} is neither a state nor an organisation; use one "
                "of their codes, or '-' for 'not a state'.",
            )
        if row.get("default", "").strip():
            first = defaults.setdefault(row["text"].lower(), row)
            if first is not row:
                yield _error(
                    "disambiguation",
                    row,
                    f"a second default reading of {row['text']!r} "
                    f"(first at {first['_origin']}); keep one.",
                )
    for row in kb.tables["conflicts"]:
        for column in ("a", "b"):
            if row[column] not in kb.states:
                yield _error(
                    "conflicts", row, f"{column}={row[column]} is not a state."
                )
        yield from _dates("conflicts", row, "start", "end")


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.split("|") if x.strip()]


_CHECKS: tuple[Callable[[KnowledgeBase], Iterable[Problem]], ...] = (
    _duplicates,
    _sources,
    _states,
    _names,
    _regions,
    _organisations,
    _memberships,
    _dependencies,
    _terms,
    _lexicon,
    check_aliases,
)
