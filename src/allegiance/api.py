"""The library API the CLI, tests and web app call: ingest, query, export, demo."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from pathlib import Path

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from .analysis.summary import Summary, render_summary, summarise
from .config import Settings, load_settings, resolve_db_path
from .errors import ConfigError
from .ingest.read import RawDoc, iter_docs
from .kb.base import load_kb
from .pipeline import get_pipeline, make_article
from .records import CodedArticle, Event, IngestReport, Skip
from .store.base import EventQuery, Store
from .store.duck import open_store

__all__ = [
    "EXPORT_FORMATS",
    "briefing",
    "demo_corpus_path",
    "render_briefing",
    "export_events",
    "ingest",
    "query_events",
]

EXPORT_FORMATS = ("parquet", "csv", "jsonl")
Progress = Callable[[int], None]


def ingest(
    paths: Sequence[str | os.PathLike[str]],
    *,
    db: str | os.PathLike[str] | None = None,
    date: dt.date | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, code and store every article under `paths`.

    Articles are written in batches of `settings.batch_size`, each batch one
    transaction: an interrupted run loses at most the batch in flight, and running
    it again resumes, since stored articles are recognised by content hash.

    Args:
        paths: files and folders (.txt, .md, .html, .jsonl).
        db: the store file (default: $ALLEGIANCE_DB or the user data folder).
        date: publication date for inputs that carry none.
        settings: options (size limit, batch size, knowledge-base folders...).
        progress: called with 1 after each input is handled.

    Returns:
        Counts of what was read, stored, deduplicated and skipped (with reasons).

    Raises:
        StoreLockedError: another process is writing to the store.
        StoreError: the store cannot be opened or written.
    """
    settings = settings or load_settings()
    report = IngestReport()
    with open_store(resolve_db_path(db)) as store:
        pipeline = get_pipeline(settings)
        batch: list[CodedArticle] = []
        seen: set[str] = set()
        docs = iter_docs(
            [Path(p) for p in paths],
            extensions=settings.extensions,
            max_bytes=settings.max_bytes,
            default_date=date,
        )
        for doc in docs:
            if progress:
                progress(1)
            if isinstance(doc, Skip):
                report.skipped.append(doc)
                continue
            report.read += 1
            coded = _code(pipeline, doc, store, seen, report)
            if coded is None:
                continue
            batch.append(coded)
            if len(batch) >= settings.batch_size:
                report.events += store.write_batch(batch)
                report.stored += len(batch)
                batch = []
        if batch:
            report.events += store.write_batch(batch)
            report.stored += len(batch)
        # Only this coder's other versions: imported events (GDELT) keep theirs.
        family = pipeline.version.split("/")[0] + "/"
        report.older_coders = {
            coder: n
            for coder, n in store.coders().items()
            if coder.startswith(family) and coder != pipeline.version
        }
    return report


def _code(
    pipeline, doc: RawDoc, store: Store, seen: set[str], report: IngestReport
) -> CodedArticle | None:  # type: ignore[no-untyped-def]
    article = make_article(
        doc.text,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        date=doc.date,
        path=doc.path,
    )
    if article.content_hash in seen or store.known_hashes([article.content_hash]):
        report.duplicates += 1
        return None
    seen.add(article.content_hash)
    if article.date is None:
        report.undated += 1
    try:
        return pipeline.code_article(article)
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a corpus
        report.skipped.append(
            Skip(
                doc.path,
                f"could not be coded ({type(e).__name__}: {e}); please report this as a bug",
            )
        )
        return None


def query_events(
    query: EventQuery | None = None, *, db: str | os.PathLike[str] | None = None
) -> list[Event]:
    """Events from the store that match `query`."""
    with open_store(resolve_db_path(db), read_only=True) as store:
        return store.events(query)


def export_events(
    out: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    query: EventQuery | None = None,
    db: str | os.PathLike[str] | None = None,
) -> int:
    """Write events matching `query` to `out` as Parquet, CSV or JSONL.

    The format comes from `fmt` or the file suffix. The file is written to a
    temporary name and renamed, so a failed export never leaves half a file.

    Returns:
        The number of events written.

    Raises:
        ConfigError: the format is unknown.
    """
    path = Path(out)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(
            f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)} "
            "(--format, or a file ending in .parquet, .csv or .jsonl)."
        )
    with open_store(resolve_db_path(db), read_only=True) as store:
        table = store.events_table(query)
        rows = store.events(query) if fmt == "jsonl" else []
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "parquet":
            pq.write_table(table, tmp)
        elif fmt == "csv":
            pa_csv.write_csv(table, tmp)
        else:
            _write_jsonl(tmp, rows)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return table.num_rows


def _write_jsonl(path: str, events: Iterable[Event]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for event in events:
            f.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")


def demo_corpus_path() -> Path:
    """The bundled demo corpus (articles written for this project)."""
    return Path(str(files("allegiance") / "data" / "demo" / "articles.jsonl"))


def briefing(*, db: str | os.PathLike[str] | None = None, top: int = 8) -> Summary:
    """The headline findings of the store: alliance moves and busiest dyads."""
    with open_store(resolve_db_path(db), read_only=True) as store:
        return summarise(store, top=top, kb=load_kb(load_settings().kb_dirs))


def render_briefing(summary: Summary, settings: Settings | None = None) -> str:
    """A briefing as terminal text, with actor codes spelled out as names."""
    kb = load_kb((settings or load_settings()).kb_dirs)
    names = {code: s.name for code, s in kb.states.items()}
    names.update({code: o.code for code, o in kb.organisations.items()})
    return render_summary(summary, names)
