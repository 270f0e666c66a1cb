"""Draft data/ontology/cameo_codes.csv from the public tables in ../shared/data/cameo.

Kept for provenance: it shows which facts come from which public table and where the
project decided differently (each decision is in a table below and in
docs/ontology-choices.md). Run from the repository root:

    python tools/draft_ontology.py [--out src/allegiance/data/ontology/cameo_codes.csv]

It reads GDELT's code and Goldstein tables and the CAMEO->PLOVER 2021 crosswalk at run
time; nothing from ../shared/data is copied into the project except facts (codes,
short labels, numbers), as the project's data rules allow.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data" / "cameo"
OUT = ROOT / "src" / "allegiance" / "data" / "ontology" / "cameo_codes.csv"
COLUMNS = (
    "code root name goldstein goldstein_alt quad_gdelt quad_phoenix "
    "plover_type plover_mode note"
).split()

# Labels changed from GDELT's CAMEO.eventcodes.txt. Typos first; then the five
# DEMAND labels that GDELT carries from an older numbering: GDELT's own sub-codes
# (1011-1014 under 101, 1051-1056 under 105) and the 2021 crosswalk follow CAMEO
# 1.1b3, where 101/105-108 mean what is written here.
NAME_FIXES = {
    "033": "Express intent to provide material aid, not specified below",
    "044": 'Meet at a "third" location',
    "0355": "Express intent to allow international involvement (not mediation)",
    "2041": "Use chemical, biological, or radiological weapons",
    "101": "Demand material cooperation, not specified below",
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
}
GDELT_LABEL_NOTE = "GDELT's lookup label ({old}) follows an older numbering"

# Phoenix pipeline Goldstein values (openeventdata/phoenix_pipeline postprocess.py,
# taken from Schrodt's CAMEO.SCALE.txt) where they differ from GDELT's table.
PHOENIX_GOLDSTEIN = {
    "016": 3.4,
    "022": 3.4,
    "124": -5.0,
    "1246": -5.0,
    "163": -6.5,
    "165": -7.0,
    "166": -8.0,
}

# GDELT QuadClass by root (CAMEO.eventcodes.txt group headers; GDELT codebook).
QUAD_GDELT = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
              for r in range(1, 21)}  # fmt: skip
# Phoenix PentaClass by root (phoenix_pipeline postprocess.py, quad_conversion).
QUAD_PHOENIX = {
    "01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
    "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3,
    "17": 4, "18": 4, "19": 4, "20": 4,
}  # fmt: skip

# Where our crosswalk differs from CAMEO2PLOVER-2021.txt: code -> (type, mode, why).
# Rule: the manual's (newer) category and mode definitions win over the 2021 draft
# crosswalk; retired modes become the current mode that fits, or none.
OVERRIDES: dict[str, tuple[str | None, str | None, str]] = {
    "055": ("CONCEDE", None, "manual's CONCEDE covers apologies"),
    "0813": ("CONCEDE", None, "manual: 081-083 and lifting curfews are CONCEDE"),
    "0814": ("CONCEDE", None, "manual: 081-083 and easing restrictions are CONCEDE"),
    "0842": ("RETREAT", None, "mode return retired; release is for captives"),
    "085": ("RETREAT", None, "mode ease retired; no current mode fits"),
    "09": ("ACCUSE", "investigate", "manual's CAMEO table gives mode investigate"),
    "105": ("REQUEST", "yield", "sub-codes 1051-1056 are yield; manual's yield mode"),
    "112": ("ACCUSE", "allege", "manual's allege mode is accusing"),
    "114": ("ACCUSE", "disapprove", "manual's disapprove mode covers complaints"),
    "116": ("SANCTION", "convict", "manual's convict mode: found guilty or liable"),
    "124": ("REJECT", "yield", "sub-codes 1243-1246 are yield; manual's yield mode"),
    "1241": ("REJECT", "yield", "parallel to 1051 (yield); manual's yield mode"),
    "1242": ("REJECT", "yield", "parallel to 1052 (yield); manual's yield mode"),
    "132": ("THREATEN", "restrict", "mode ban retired; restrict covers bans"),
    "1321": ("THREATEN", "restrict", "mode political retired"),
    "1322": ("THREATEN", "restrict", "mode ban retired; restrict covers party bans"),
    "161": (
        "SANCTION",
        "discontinue",
        "manual: breaking diplomatic ties is discontinue",
    ),
    "163": (
        "SANCTION",
        "discontinue",
        "manual: international sanctions are discontinue",
    ),
    "1712": ("ASSAULT", "destroy", "ASSAULT has no seize mode; destroy fits"),
    "1722": ("COERCE", "restrict", "mode ban retired; restrict covers bans"),
    "175": ("ASSAULT", None, "pro_autocracy is a context, not a mode"),
    "183": ("ASSAULT", "explosives", "unspecified bombing, not only suicide attacks"),
    "185": ("ASSAULT", "targeted", "mode assassinate retired; targeted fits"),
    "186": ("ASSAULT", "targeted", "mode assassinate retired; targeted fits"),
    "195": ("ASSAULT", "aerial", "the manual has an aerial mode"),
    "20": ("ASSAULT", "unconventional", "manual's table says retired FIGHT (Note 1)"),
    "200": ("ASSAULT", "unconventional", "mode massacre retired; as root 20"),
    "201": ("ASSAULT", None, "mode cleansing retired; no current mode fits"),
    "202": (
        "ASSAULT",
        "targeted",
        "mode massacre retired; targeted covers mass killing",
    ),
    "203": ("ASSAULT", None, "mode cleansing retired; no current mode fits"),
}
DROPPED_ROOTS = {
    "01": "no PLOVER type: the manual drops CAMEO 01 (statements)",
    "02": "no PLOVER type: the manual drops CAMEO 02 (appeals)",
}
OTHER_NOTES = {
    "043": "CAMEO source is the host; in PLOVER the host is the recipient",
    "08": "crosswalk lists 08 under both CONCEDE and RETREAT; CONCEDE as for 080",
    "1246": "not in gdeltPyR's cameoCodeTable.tsv",
    "0871": "kept crosswalk RETREAT; a ceasefire only announced is CONCEDE",
    "191": "kept crosswalk COERCE over the manual's root-level 19 -> ASSAULT",
    "192": "kept crosswalk COERCE over the manual's root-level 19 -> ASSAULT",
}


def _read_tsv(path: Path) -> dict[str, str]:
    rows = path.read_text("utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in rows if line.strip())


def read_crosswalk(path: Path) -> dict[str, list[tuple[str | None, str | None]]]:
    """CAMEO2PLOVER-2021.txt as code -> [(type, mode)] (a code may repeat)."""
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for line in path.read_text("utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split("#")[0].split(",")]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        out.setdefault(match.group(1), []).append((parts[0] or None, mode))
    return out


def draft_rows(shared: Path = SHARED) -> list[dict[str, str]]:
    """One output row per code in GDELT's table, decisions applied."""
    names = _read_tsv(shared / "CAMEO.eventcodes.txt")
    scores = _read_tsv(shared / "CAMEO.goldsteinscale.txt")
    crosswalk = read_crosswalk(shared / "CAMEO2PLOVER-2021.txt")
    rows = []
    for code, raw_name in names.items():
        root = code[:2]
        notes: list[str] = []
        name = " ".join(raw_name.split())
        if code in NAME_FIXES:
            if code in {"101", "105", "106", "107", "108"}:
                notes.append(GDELT_LABEL_NOTE.format(old=name))
            name = NAME_FIXES[code]
        if code in PHOENIX_GOLDSTEIN:
            notes.append("goldstein_alt: Phoenix pipeline value")
        plover_type, plover_mode = (crosswalk.get(code) or [(None, None)])[0]
        if code in OVERRIDES:
            new_type, new_mode, why = OVERRIDES[code]
            old = f"{plover_type} {plover_mode or '-'}"
            notes.append(f"crosswalk 2021: {old}; {why}")
            plover_type, plover_mode = new_type, new_mode
        if root in DROPPED_ROOTS:
            notes.append(DROPPED_ROOTS[root])
        if code in OTHER_NOTES:
            notes.append(OTHER_NOTES[code])
        alt = PHOENIX_GOLDSTEIN.get(code)
        rows.append(
            {
                "code": code,
                "root": root,
                "name": name,
                "goldstein": str(float(scores[code])),
                "goldstein_alt": "" if alt is None else str(alt),
                "quad_gdelt": str(QUAD_GDELT[root]),
                "quad_phoenix": str(QUAD_PHOENIX[root]),
                "plover_type": plover_type or "",
                "plover_mode": plover_mode or "",
                "note": "; ".join(notes),
            }
        )
    return rows


def main() -> None:
    """Write the drafted table (review the diff before committing it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = draft_rows()
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
