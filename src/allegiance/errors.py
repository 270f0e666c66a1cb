"""The exception hierarchy: every error Allegiance raises is an AllegianceError."""

from __future__ import annotations

__all__ = [
    "AllegianceError",
    "ConfigError",
    "DataFileError",
    "IngestError",
    "KnowledgeBaseError",
    "OntologyError",
    "StoreError",
    "StoreLockedError",
    "UnknownCodeError",
]


class AllegianceError(Exception):
    """Base class of every error Allegiance raises on purpose."""


class ConfigError(AllegianceError):
    """A setting or option has a value Allegiance cannot use."""


class DataFileError(AllegianceError):
    """A data file (lexicon, actor list, code table, gold set) is malformed."""


class IngestError(AllegianceError):
    """An input could not be read as an article."""


class KnowledgeBaseError(AllegianceError):
    """The knowledge base is inconsistent or a lookup cannot be answered."""


class OntologyError(AllegianceError):
    """A CAMEO or PLOVER code or mapping is not known."""


class UnknownCodeError(OntologyError, KeyError):
    """A CAMEO/PLOVER code was looked up that the code tables do not hold."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class StoreError(AllegianceError):
    """The event store cannot be opened, migrated, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store file open for writing."""
