"""Named schema migrations, applied in order, each in its own transaction.

A migration is never edited once released: change the schema by appending a new
one. The SQL is portable between DuckDB and PostgreSQL unless a migration says
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "Migration"]


@dataclass(frozen=True, slots=True)
class Migration:
    """One named schema change: statements run together in a transaction."""

    name: str
    statements: tuple[str, ...]


_EVENT_COLUMNS = """
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sent_index INTEGER NOT NULL,
    sent_start INTEGER NOT NULL,
    sent_end INTEGER NOT NULL,
    date DATE,
    source VARCHAR,
    target VARCHAR,
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    goldstein DOUBLE NOT NULL,
    quad_class SMALLINT NOT NULL,
    evidence VARCHAR NOT NULL,
    trigger VARCHAR NOT NULL,
    source_sector VARCHAR,
    target_sector VARCHAR,
    source_cameo VARCHAR,
    target_cameo VARCHAR,
    source_text VARCHAR,
    target_text VARCHAR,
    negated BOOLEAN NOT NULL,
    modality VARCHAR NOT NULL,
    reported BOOLEAN NOT NULL,
    reported_by VARCHAR,
    alliance_move VARCHAR,
    organisation VARCHAR,
    confidence DOUBLE NOT NULL,
    doubtful BOOLEAN NOT NULL,
    doubt_reason VARCHAR,
    pattern VARCHAR,
    coder VARCHAR NOT NULL
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_articles_sentences_mentions_events",
        (
            """CREATE TABLE articles (
                id VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL UNIQUE,
                title VARCHAR,
                url VARCHAR,
                source VARCHAR,
                date DATE,
                path VARCHAR,
                text VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE sentences (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                PRIMARY KEY (article_id, idx)
            )""",
            """CREATE TABLE mentions (
                article_id VARCHAR NOT NULL,
                sent_index INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                how VARCHAR NOT NULL,
                actor VARCHAR,
                sector VARCHAR,
                person_id VARCHAR,
                cameo VARCHAR,
                reason VARCHAR,
                is_location BOOLEAN NOT NULL
            )""",
            f"CREATE TABLE events ({_EVENT_COLUMNS})",
            "CREATE INDEX events_dyad ON events (source, target, date)",
            "CREATE INDEX events_article ON events (article_id)",
            "CREATE INDEX mentions_article ON mentions (article_id)",
        ),
    ),
    Migration(
        "0002_imported_events",
        (
            "ALTER TABLE events ADD COLUMN origin VARCHAR DEFAULT 'coded'",
            "ALTER TABLE events ADD COLUMN num_mentions INTEGER",
            "ALTER TABLE events ADD COLUMN num_sources INTEGER",
            "ALTER TABLE events ADD COLUMN num_articles INTEGER",
            "ALTER TABLE events ADD COLUMN avg_tone DOUBLE",
            "ALTER TABLE events ADD COLUMN source_url VARCHAR",
        ),
    ),
    Migration(
        "0003_knowledge_base",
        (
            # One row per knowledge-base load: the tables below hold the rows of
            # the current version; `kb import` replaces them in one transaction.
            """CREATE TABLE kb_versions (
                version VARCHAR NOT NULL,
                loaded_at TIMESTAMP NOT NULL,
                origins VARCHAR NOT NULL
            )""",
            """CREATE TABLE kb_rows (
                kb_table VARCHAR NOT NULL,
                row_key VARCHAR NOT NULL,
                data JSON NOT NULL,
                source VARCHAR,
                origin VARCHAR NOT NULL
            )""",
            """CREATE TABLE kb_memberships (
                org VARCHAR NOT NULL,
                member VARCHAR NOT NULL,
                status VARCHAR NOT NULL,
                start_date DATE,
                end_date DATE,
                source VARCHAR NOT NULL,
                note VARCHAR,
                origin VARCHAR NOT NULL,
                event_id VARCHAR
            )""",
        ),
    ),
    Migration(
        "0004_un_votes",
        (
            # UN General Assembly roll calls and votes (the unvotes package) and
            # Voeten's ideal points; `state` is our code (see interop/unvotes.py).
            """CREATE TABLE un_roll_calls (
                rcid INTEGER PRIMARY KEY,
                session INTEGER NOT NULL,
                date DATE,
                important BOOLEAN,
                unres VARCHAR,
                amend BOOLEAN,
                para BOOLEAN,
                short VARCHAR,
                descr VARCHAR
            )""",
            """CREATE TABLE un_roll_call_issues (
                rcid INTEGER NOT NULL,
                short_name VARCHAR NOT NULL,
                issue VARCHAR NOT NULL,
                PRIMARY KEY (rcid, short_name)
            )""",
            # No key or index on un_votes: DuckDB's index makes a full import
            # (870k rows) three times slower and dyad queries slower too; the
            # importer keeps (rcid, state) unique.
            """CREATE TABLE un_votes (
                rcid INTEGER NOT NULL,
                state VARCHAR NOT NULL,
                vote VARCHAR NOT NULL CHECK (vote IN ('yes', 'abstain', 'no')),
                country VARCHAR,
                country_code VARCHAR
            )""",
            """CREATE TABLE un_ideal_points (
                cow_code INTEGER NOT NULL,
                session INTEGER NOT NULL,
                state VARCHAR NOT NULL,
                iso3 VARCHAR,
                country VARCHAR,
                n_votes INTEGER,
                ideal_point DOUBLE,
                q00 DOUBLE,
                q05 DOUBLE,
                q10 DOUBLE,
                q50 DOUBLE,
                q90 DOUBLE,
                q95 DOUBLE,
                q100 DOUBLE,
                agree_usa DOUBLE,
                agree_rus DOUBLE,
                agree_bra DOUBLE,
                agree_chn DOUBLE,
                agree_ind DOUBLE,
                agree_isr DOUBLE,
                PRIMARY KEY (cow_code, session)
            )""",
        ),
    ),
    Migration(
        "0005_alliance_obligations",
        (
            # Directed dyad-year obligations from ATOP or COW (`dataset`); a flag
            # the dataset does not code (COW has no offense or consultation,
            # ATOP no entente) is NULL.
            """CREATE TABLE alliance_obligations (
                dataset VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                ccode1 INTEGER NOT NULL,
                ccode2 INTEGER NOT NULL,
                state1 VARCHAR,
                state2 VARCHAR,
                defense BOOLEAN,
                offense BOOLEAN,
                neutral BOOLEAN,
                nonagg BOOLEAN,
                consul BOOLEAN,
                entente BOOLEAN,
                PRIMARY KEY (dataset, year, ccode1, ccode2)
            )""",
            # COW and Gleditsch-Ward state system membership spells.
            """CREATE TABLE state_system (
                system VARCHAR NOT NULL,
                ccode INTEGER NOT NULL,
                abbrev VARCHAR,
                name VARCHAR,
                start_date DATE NOT NULL,
                end_date DATE NOT NULL,
                state VARCHAR,
                version VARCHAR,
                PRIMARY KEY (system, ccode, start_date)
            )""",
        ),
    ),
)
