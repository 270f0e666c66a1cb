"""Settings: package defaults, environment variables and the store's location."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["DB_ENV", "Settings", "default_db_path", "load_settings", "resolve_db_path"]

DB_ENV = "ALLEGIANCE_DB"
KB_ENV = "ALLEGIANCE_KB_DIR"
PARSER_ENV = "ALLEGIANCE_PARSER_MODEL"


@cache
def _defaults() -> dict[str, Any]:
    text = (files("allegiance") / "data" / "defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class Settings:
    """Options shared by ingest, coding and storage; defaults from defaults.toml."""

    max_bytes: int = 5_000_000
    batch_size: int = 200
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".jsonl")
    parser_model: str = ""
    goldstein: str = "gdelt"
    quad: str = "gdelt"
    kb_dirs: tuple[Path, ...] = field(default_factory=tuple)

    def with_(self, **changes: Any) -> Settings:
        """A copy with `changes` applied (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(**overrides: Any) -> Settings:
    """Settings from the package defaults, the environment and `overrides`.

    The environment: ALLEGIANCE_KB_DIR (a folder of knowledge-base additions) and
    ALLEGIANCE_PARSER_MODEL (a spaCy pipeline for the parse tier; empty: rules).

    Raises:
        ConfigError: an option has an unusable value.
    """
    raw = _defaults()
    env_kb = os.environ.get(KB_ENV)
    settings = Settings(
        max_bytes=int(raw["ingest"]["max_bytes"]),
        batch_size=int(raw["ingest"]["batch_size"]),
        extensions=tuple(raw["ingest"]["extensions"]),
        parser_model=os.environ.get(PARSER_ENV, str(raw["coder"]["parser_model"])),
        goldstein=str(raw["coder"]["goldstein"]),
        quad=str(raw["coder"]["quad"]),
        kb_dirs=(Path(env_kb),) if env_kb else (),
    ).with_(**overrides)
    if settings.max_bytes <= 0:
        raise ConfigError(f"max_bytes must be positive, got {settings.max_bytes}.")
    if settings.batch_size <= 0:
        raise ConfigError(f"batch_size must be positive, got {settings.batch_size}.")
    return settings


def default_db_path() -> Path:
    """Where the store lives when neither --db nor ALLEGIANCE_DB says otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "allegiance" / "allegiance.duckdb"


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """The store path: `db` if given, else $ALLEGIANCE_DB, else the default."""
    if db is not None and str(db) != "":
        return Path(db).expanduser()
    env = os.environ.get(DB_ENV)
    return Path(env).expanduser() if env else default_db_path()
