"""CAMEO and PLOVER code tables, the crosswalk between them, Goldstein and quad."""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal, get_args

from .errors import ConfigError, DataFileError, UnknownCodeError

__all__ = ["CameoCode", "Ontology", "OntologySettings", "PloverType", "normalise_cameo"]

GoldsteinTable = Literal["gdelt", "alt"]
QuadScheme = Literal["gdelt", "phoenix", "plover"]

_COLUMNS = {
    "cameo_codes.csv": "code root name goldstein goldstein_alt quad_gdelt "
    "quad_phoenix plover_type plover_mode note",
    "plover_types.csv": "type quad score requires_recipient cameo_roots definition",
    "plover_modes.csv": "type mode score definition",
}
# Labels of older PLOVER drafts (README, the 0.5 GSR file) -> current type and the
# mode they imply.
_LEGACY = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
_RETIRED = {
    "YIELD": "PLOVER split YIELD into CONCEDE (verbal concessions) and RETREAT "
    "(material ones): pass CONCEDE or RETREAT, or YIELD with a RETREAT mode "
    "such as 'release'.",
    "CRIME": "PLOVER removed CRIME: code the act itself (e.g. COERCE arrest) and "
    "mark it with the 'crime' context.",
}
# Where the most general code by `_generality` is a poor example of a type/mode.
_REPRESENTATIVE_OVERRIDES: dict[tuple[str, str | None], str] = {
    ("ASSAULT", "targeted"): "186",  # the rule picks 185, an attempt only
    ("THREATEN", "violence"): "138",  # 137 is violent repression, a narrower case
    ("THREATEN", "relations"): "1313",  # 133 is threatening protest
    ("PROTEST", "strike"): "143",  # no code has mode strike; 143 is strike/boycott
    ("COERCE", "censor"): "1721",  # no code has mode censor; 1721 restricts speech
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its Goldstein value, quad and PLOVER equivalent.

    `goldstein` and `quad_class` follow the OntologySettings the table was loaded
    with. `plover_type` is None for CAMEO 01 and 02, which PLOVER dropped.
    """

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class PloverType:
    """One of PLOVER's 16 event types, with its modes and default score.

    `quad_class` is 1-4 (SANCTION's follows `OntologySettings.sanction_quad`);
    `cameo_roots` are the CAMEO roots the type comes from.
    """

    name: str
    quad_class: int
    score: float
    requires_recipient: bool
    modes: tuple[str, ...]
    cameo_roots: tuple[str, ...]
    definition: str


@dataclass(frozen=True, slots=True)
class OntologySettings:
    """Which public table to follow where they disagree (docs/ontology-choices.md).

    `goldstein`: "gdelt" is GDELT's table; "alt" the Phoenix pipeline's values on
    the seven codes where they differ. `quad`: "gdelt" is GDELT's QuadClass; "phoenix"
    the Phoenix PentaClass (0 for CAMEO 01-02); "plover" the quad of the code's PLOVER
    type (GDELT's for 01-02, which have none). `sanction_quad`: SANCTION's quad.
    """

    goldstein: GoldsteinTable = "gdelt"
    quad: QuadScheme = "gdelt"
    sanction_quad: Literal[3, 4] = 4


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    text = (files("allegiance") / "data" / "ontology" / name).read_text("utf-8")
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames != _COLUMNS[name].split():
        raise DataFileError(f"{name}: expected columns {_COLUMNS[name]!r}.")
    return tuple(reader)


def _number(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError as e:
        raise DataFileError(f"{where}: {value!r} is not a number.") from e


@cache
def _known_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("cameo_codes.csv"))


def _canonical(code: str | int) -> str | None:
    text = str(code).strip().removesuffix(".0")
    if not re.fullmatch(r"\d{1,6}", text):
        return None
    known, bare = _known_codes(), text.lstrip("0")
    return next((c for c in (text, "0" + text, bare, "0" + bare) if c in known), None)


def _suggest(text: str, known: frozenset[str]) -> list[str]:
    for end in range(len(text) - 1, 1, -1):  # the nearest existing parent code
        if text[:end] in known:
            children = sorted(c for c in known if c[:-1] == text[:end])
            return [text[:end], *children][:4]
    return sorted(difflib.get_close_matches(text, known, n=3, cutoff=0.5))


def normalise_cameo(code: str | int) -> str:
    """The canonical form of a CAMEO code as GDELT or PETRARCH files may carry it.

    Strips whitespace and a float's ".0", restores a leading zero lost to integer
    parsing ("36" -> "036", "211" -> "0211") and drops extra padding ("0161" ->
    "161"). A string that is already a code wins: "10" is root DEMAND, not "010".

    Raises:
        UnknownCodeError: no CAMEO code reads that way (with a did-you-mean hint).
    """
    canonical = _canonical(code)
    if canonical is not None:
        return canonical
    near = _suggest(str(code).strip(), _known_codes())
    hint = f" Did you mean {' or '.join(near)}?" if near else ""
    raise UnknownCodeError(
        f"Unknown CAMEO code {code!r}.{hint} CAMEO codes are a root 01-20 followed "
        "by up to two digits; Ontology.load().codes() lists them all."
    )


def _generality(code: str) -> tuple[bool, bool, int, str]:
    """Sort key: 3-digit "not specified" codes (x0) first, then shorter; roots last."""
    return (len(code) == 2, not (len(code) == 3 and code[-1] == "0"), len(code), code)


class Ontology:
    """The code tables under one OntologySettings, with lookups both ways.

    Not a dataclass: it holds lookup indexes built once by `load` and shared by
    every caller with the same settings.
    """

    __slots__ = ("_codes", "_mode_scores", "_representatives", "_types", "settings")

    def __init__(self, settings: OntologySettings) -> None:
        self.settings = settings
        self._mode_scores: dict[tuple[str, str], float | None] = {
            (r["type"], r["mode"]): _number(r["score"], f"mode {r['mode']}")
            if r["score"]
            else None  # the manual gives no score (PROTEST vandalize)
            for r in _rows("plover_modes.csv")
        }
        self._types = {r["type"]: self._make_type(r) for r in _rows("plover_types.csv")}
        self._codes = {r["code"]: self._make_code(r) for r in _rows("cameo_codes.csv")}
        self._representatives = self._pick_representatives()

    @classmethod
    def load(cls, settings: OntologySettings | None = None) -> Ontology:
        """The packaged tables under `settings` (cached: one instance per settings).

        Raises:
            ConfigError: a setting has a value the tables cannot follow.
            DataFileError: a packaged table is malformed.
        """
        return _load(settings or OntologySettings())

    def cameo(self, code: str | int) -> CameoCode:
        """The CAMEO code `code`, in any form `normalise_cameo` accepts.

        Raises:
            UnknownCodeError: no such code.
        """
        found = self._codes.get(code) if isinstance(code, str) else None
        # The canonical form is by far the most common: skip normalising it.
        return found if found is not None else self._codes[normalise_cameo(code)]

    def has_cameo(self, code: str | int) -> bool:
        """Whether `code` reads as a known CAMEO code (see `normalise_cameo`)."""
        return _canonical(code) is not None

    def plover(self, name: str) -> PloverType:
        """The PLOVER type `name`, accepting the labels of older PLOVER drafts.

        Raises:
            UnknownCodeError: not a PLOVER type, or a retired one (YIELD, CRIME).
        """
        return self._types[self._resolve(name, None)[0]]

    def to_plover(self, cameo_code: str | int) -> tuple[str | None, str | None]:
        """The (PLOVER type, mode) of a CAMEO code; (None, None) for 01 and 02."""
        code = self.cameo(cameo_code)
        return code.plover_type, code.plover_mode

    def quad_class(self, cameo_code: str | int) -> int:
        """The quad (PentaClass with quad="phoenix") of a CAMEO code."""
        return self.cameo(cameo_code).quad_class

    def goldstein(self, cameo_code: str | int) -> float:
        """The Goldstein value of a CAMEO code under the settings."""
        return self.cameo(cameo_code).goldstein

    def plover_score(self, type: str, mode: str | None = None) -> float:
        """PLOVER's conflict-cooperation score for a type, or for one of its modes.

        Raises:
            UnknownCodeError: unknown type, or a mode the type does not have.
        """
        name, mode = self._resolve(type, mode)
        score = self._mode_scores[(name, mode)] if mode else None
        return self._types[name].score if score is None else score

    def cameo_for_plover(self, type: str, mode: str | None = None) -> str:
        """A representative CAMEO code for a PLOVER type and mode.

        The most general code mapped to exactly that type and mode; the type's own
        representative when no code has the mode (e.g. RETREAT resign).

        Raises:
            UnknownCodeError: unknown type, or a mode the type does not have.
        """
        key = self._resolve(type, mode)
        return self._representatives.get(key) or self._representatives[(key[0], None)]

    def codes(self) -> tuple[CameoCode, ...]:
        """Every CAMEO code in codebook order (each root before its codes)."""
        return tuple(self._codes.values())

    def plover_types(self) -> tuple[PloverType, ...]:
        """The 16 PLOVER types in the manual's order."""
        return tuple(self._types.values())

    def _resolve(self, type: str, mode: str | None) -> tuple[str, str | None]:
        name = type.strip().upper()
        mode = (mode or "").strip().lower().replace("_", "-") or None
        if name == "YIELD" and mode in self._types["RETREAT"].modes:
            name = "RETREAT"
        elif name in _LEGACY:
            name, mode = _LEGACY[name][0], mode or _LEGACY[name][1]
        elif name in _RETIRED:
            raise UnknownCodeError(f"PLOVER type {type!r} is retired. {_RETIRED[name]}")
        if name not in self._types:
            near = difflib.get_close_matches(name, [*self._types, *_LEGACY], n=2)
            hint = f" Did you mean {' or '.join(near)}?" if near else ""
            known = ", ".join(self._types)
            raise UnknownCodeError(
                f"Unknown PLOVER type {type!r}.{hint} Types: {known}."
            )
        if mode is not None and mode not in self._types[name].modes:
            modes = ", ".join(self._types[name].modes) or "none"
            raise UnknownCodeError(
                f"PLOVER {name} has no mode {mode!r} (modes: {modes})."
            )
        return name, mode

    def _make_type(self, row: dict[str, str]) -> PloverType:
        name = row["type"]
        quad = int(_number(row["quad"], f"plover_types.csv {name}"))
        return PloverType(
            name=name,
            quad_class=self.settings.sanction_quad if name == "SANCTION" else quad,
            score=_number(row["score"], f"plover_types.csv {name}"),
            requires_recipient=row["requires_recipient"] == "true",
            modes=tuple(mode for (kind, mode) in self._mode_scores if kind == name),
            cameo_roots=tuple(row["cameo_roots"].split("|")),
            definition=row["definition"],
        )

    def _make_code(self, row: dict[str, str]) -> CameoCode:
        code, plover_type = row["code"], row["plover_type"] or None
        use_alt = self.settings.goldstein == "alt" and row["goldstein_alt"]
        goldstein = row["goldstein_alt"] if use_alt else row["goldstein"]
        quad = int(
            row["quad_phoenix" if self.settings.quad == "phoenix" else "quad_gdelt"]
        )
        if self.settings.quad == "plover" and plover_type:
            quad = self._types[plover_type].quad_class
        return CameoCode(
            code=code,
            root=row["root"],
            name=row["name"],
            goldstein=_number(goldstein, f"cameo_codes.csv {code}"),
            quad_class=quad,
            plover_type=plover_type,
            plover_mode=row["plover_mode"] or None,
        )

    def _pick_representatives(self) -> dict[tuple[str, str | None], str]:
        groups: dict[tuple[str, str | None], list[str]] = {}
        for c in self._codes.values():
            if c.plover_type:
                groups.setdefault((c.plover_type, c.plover_mode), []).append(c.code)
        picked: dict[tuple[str, str | None], str] = {}
        for (name, mode), codes in groups.items():
            best = min(codes, key=_generality)
            if len(best) == 2:  # only a root matched: take its best code of the type
                kids = (c.code for c in self._codes.values() if c.root == best)
                best = min(
                    (k for k in kids if self._codes[k].plover_type == name),
                    key=_generality,
                )
            picked[(name, mode)] = best
        return picked | _REPRESENTATIVE_OVERRIDES


@cache
def _load(settings: OntologySettings) -> Ontology:
    for field, allowed in (
        ("goldstein", get_args(GoldsteinTable)),
        ("quad", get_args(QuadScheme)),
        ("sanction_quad", (3, 4)),
    ):
        if getattr(settings, field) not in allowed:
            raise ConfigError(
                f"OntologySettings.{field} must be one of {allowed}, "
                f"got {getattr(settings, field)!r} (see docs/ontology-choices.md)."
            )
    return Ontology(settings)
