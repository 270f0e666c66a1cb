"""Draft the states knowledge base (states.csv, state_names.csv) from libraries.

One-off provenance script for issue 3. It joins ISO 3166-1 codes and names from
pycountry, capitals, demonyms and alternative spellings from countryinfo, and the
COW/Gleditsch-Ward codes, COW-to-ISO pairs, capitals and CAMEO codes found in the
public reference files under ``../shared/data`` into two DRAFT tables.

The drafts are NOT the knowledge base. ``src/allegiance/data/kb/states.csv``,
``state_names.csv`` and ``regions.csv`` were written from these drafts by hand: every
code, capital, demonym and alias was checked, library errors corrected (countryinfo
still gives Nur-Sultan for Kazakhstan, for instance), two-letter codes and
native-script spellings dropped, and seats, metonyms, historical names and ambiguity
reasons added. The hand-edited CSVs are the source of truth; do not regenerate them
with this script. Differences from the reference files are listed, with reasons, in
``docs/kb-differences.md``.

Usage::

    python tools/draft_states.py --out /tmp/allegiance-draft
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import warnings
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pycountry
import rdata
from countryinfo import all_countries

_REPO = Path(__file__).resolve().parents[1]
_SHARED = _REPO / ".." / "shared" / "data"

# Entities beyond the UN members that news reports as state-like actors; the ISO
# codes are user-assigned (XKX) or officially assigned territory codes.
_EXTRA = ["VAT", "PSE", "XKX", "TWN", "ESH", "HKG", "MAC", "GRL"]

# COW numbers for entities the UN ideal-point file cannot give us (no UN votes).
_COW_EXTRA = {"XKX": 347, "TWN": 713, "SRB": 345}

_STATE_COLUMNS = [
    "code", "iso2", "iso3", "iso_numeric", "cow_code", "cow_abbrev", "gw_code",
    "cameo_code", "name", "official_name", "status", "un_member_since", "capital",
    "seat_of_government", "source",
]  # fmt: skip
_NAME_COLUMNS = [
    "code", "text", "kind", "sector", "valid_from", "valid_to", "ambiguous", "source",
]  # fmt: skip


def _read_rda(path: Path) -> list[dict[str, Any]]:
    """Read the single data frame of an .rda file as a list of row dicts."""
    with warnings.catch_warnings():
        # rdata warns about readr's "collector" classes it converts generically.
        warnings.simplefilter("ignore")
        frames = rdata.read_rda(path)
    frame = next(iter(frames.values()))
    return list(frame.to_dict("records"))


def _un_members(shared: Path) -> list[str]:
    """ISO alpha-3 of the entries countries.json marks as UN members."""
    data = json.loads((shared / "countries" / "countries.json").read_text("utf-8"))
    return sorted(c["cca3"] for c in data if c.get("unMember"))


def _cow_by_iso(shared: Path) -> dict[str, int]:
    """COW number per ISO alpha-3 from the UN ideal-point file (latest session)."""
    path = shared / "un" / "IdealpointestimatesAll_Jun2024.csv"
    latest: dict[str, tuple[int, int]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            session = int(float(row["session"]))
            iso3 = row["iso3c"]
            if iso3 not in latest or session > latest[iso3][0]:
                latest[iso3] = (session, int(float(row["ccode"])))
    return {iso3: code for iso3, (_, code) in latest.items()} | _COW_EXTRA


def _cameo_codes(shared: Path) -> dict[str, str]:
    """Country-level CAMEO codes in the Phoenix dictionary, keyed by header name."""
    path = shared / "petrarch" / "Phoenix.Countries.actors.txt"
    codes: dict[str, str] = {}
    header = ""
    for line in path.read_text("latin-1").splitlines():
        if not line.strip() or line.startswith(("#", "+")):
            continue
        if not line[0].isspace():
            header = line.split()[0].strip("_")
        found = re.findall(r"\[([A-Z]{3})(?:\s[^\]]*)?\]", line)
        # The last dated code is the current one (e.g. [TMPOCC <990830] [TMP >..]).
        if found and header:
            codes[header] = found[-1]
    return codes


def _draft_states(shared: Path) -> list[dict[str, str]]:
    """One draft row per entity, codes joined from the libraries and shared files."""
    cow_rows = _read_rda(shared / "alliances" / "cow_states.rda")
    gw_rows = _read_rda(shared / "alliances" / "gw_states.rda")
    cow_abbrev = {int(r["ccode"]): str(r["stateabb"]) for r in cow_rows}
    # Only codes still in the GW system at its last date (2017-12-31 = day 17531).
    gw_end = max(float(r["enddate"]) for r in gw_rows)
    gw_codes = {int(r["gwcode"]) for r in gw_rows if r["enddate"] == gw_end}
    cow = _cow_by_iso(shared)
    cameo = _cameo_codes(shared)
    capitals = {
        (c.info().get("ISO") or {}).get("alpha3"): c.info().get("capital")
        for c in all_countries()
    }
    un = set(_un_members(shared))
    source = f"pycountry {version('pycountry')} (ISO 3166-1)"
    rows = []
    for iso3 in sorted(un | set(_EXTRA)):
        country = pycountry.countries.get(alpha_3=iso3)
        code = cow.get(iso3)
        name = country.name if country else iso3
        # Phoenix uses ISO alpha-3 for most states; look the rest up by name.
        in_phoenix = iso3 in set(cameo.values())
        cameo_code = iso3 if in_phoenix else cameo.get(name.upper().replace(" ", "_"))
        rows.append(
            {
                "code": iso3,
                "iso2": country.alpha_2 if country else "",
                "iso3": iso3,
                "iso_numeric": country.numeric if country else "",
                "cow_code": str(code or ""),
                "cow_abbrev": cow_abbrev.get(code, "") if code else "",
                "gw_code": str(code) if code in gw_codes else "",
                "cameo_code": cameo_code or "",
                "name": getattr(country, "common_name", name) if country else "",
                "official_name": getattr(country, "official_name", "") or name,
                "status": "un_member" if iso3 in un else "",
                "un_member_since": "",
                "capital": capitals.get(iso3) or "",
                "seat_of_government": "",
                "source": source,
            }
        )
    return rows


def _keep_spelling(text: str) -> bool:
    """Drop two-letter codes and non-Latin spellings that cause false matches."""
    return len(text) > 2 and all(ord(ch) < 0x250 for ch in text)


def _draft_names(codes: Iterable[str]) -> list[dict[str, str]]:
    """Draft name, alias, demonym and capital rows from pycountry and countryinfo."""
    wanted = set(codes)
    info_source = f"countryinfo {version('countryinfo')}"
    iso_source = f"pycountry {version('pycountry')} (ISO 3166-1)"
    rows: list[dict[str, str]] = []

    def add(code: str, text: str, kind: str, source: str) -> None:
        sector = "GOV" if kind == "capital" else ""
        rows.append(
            dict.fromkeys(_NAME_COLUMNS, "")
            | {"code": code, "text": text, "kind": kind, "sector": sector}
            | {"source": source}
        )

    for country in pycountry.countries:
        if country.alpha_3 in wanted:
            for attr in ("name", "official_name", "common_name"):
                if text := getattr(country, attr, ""):
                    add(country.alpha_3, text, "name", iso_source)
    for entry in all_countries():
        info = entry.info()
        code = (info.get("ISO") or {}).get("alpha3")
        if code not in wanted:
            continue
        for text in info.get("altSpellings") or []:
            if _keep_spelling(text):
                add(code, text, "alias", info_source)
        if demonym := info.get("demonym"):
            add(code, demonym, "adjective", info_source)
        if capital := info.get("capital"):
            add(code, capital, "capital", info_source)
    return rows


def _write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    """Write rows as UTF-8 CSV with a header row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    """Write draft_states.csv and draft_state_names.csv into --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="draft folder")
    parser.add_argument("--shared", type=Path, default=_SHARED, help="shared data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    states = _draft_states(args.shared)
    _write(args.out / "draft_states.csv", _STATE_COLUMNS, states)
    names = _draft_names(row["code"] for row in states)
    _write(args.out / "draft_state_names.csv", _NAME_COLUMNS, names)
    print(f"wrote {len(states)} states and {len(names)} names to {args.out}")


if __name__ == "__main__":
    main()
