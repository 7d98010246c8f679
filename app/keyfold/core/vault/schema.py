"""The vault database's one schema: every table, versioned, built by ordered migrations.

A fresh vault and an old one take the same path: `migrate` runs, in order,
every migration newer than the version the database records in
`meta.schema_version`, each in the caller's write transaction, so a crash
leaves the old version or the new one. The current shape of a table is what
the migrations below build, read top to bottom.

To change the schema, append a migration with the next number (never edit a
released one) and keep a fixture vault of the release before it
(tests/fixtures/vaults), which the upgrade tests open.
"""

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from keyfold.core.errors import StorageError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    """One schema step: `apply` turns version `number - 1` into version `number`."""

    number: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    # executescript would commit the caller's transaction, so one by one.
    for statement in statements:
        conn.execute(statement)


def _base_tables(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        (
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE IF NOT EXISTS keys (
                key_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                tags TEXT NOT NULL,
                created TEXT NOT NULL,
                updated TEXT NOT NULL)""",
            """CREATE TABLE IF NOT EXISTS key_versions (
                key_id TEXT NOT NULL REFERENCES keys(key_id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                public_key TEXT NOT NULL,
                created TEXT NOT NULL,
                status TEXT NOT NULL,
                storage TEXT NOT NULL,
                protected INTEGER NOT NULL,
                PRIMARY KEY (key_id, version))""",
            """CREATE TABLE IF NOT EXISTS backups (
                path TEXT PRIMARY KEY,
                key_ids TEXT NOT NULL,
                fingerprints TEXT NOT NULL,
                created TEXT NOT NULL,
                preset TEXT NOT NULL,
                bundle INTEGER NOT NULL,
                last_verified TEXT)""",
        ),
    )


def _secret_generations(conn: sqlite3.Connection) -> None:
    """Every existing secret is generation 0 (its old name); swaps journal their slots."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(key_versions)")}
    if "generation" not in columns:
        conn.execute("ALTER TABLE key_versions ADD COLUMN generation INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        """CREATE TABLE IF NOT EXISTS pending_secrets (
            storage TEXT NOT NULL,
            key_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            generation INTEGER NOT NULL,
            PRIMARY KEY (storage, key_id, version, generation))"""
    )


def _feature_tables(conn: sqlite3.Connection) -> None:
    """The tables release 36ed007 made on first use, each only if that vault used it."""
    _run(
        conn,
        (
            """CREATE TABLE IF NOT EXISTS audit_log (
                seq INTEGER PRIMARY KEY,
                timestamp TEXT NOT NULL,
                kind TEXT NOT NULL,
                key_id TEXT,
                version INTEGER,
                actor TEXT NOT NULL,
                details TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS audit_log_key ON audit_log (key_id, seq)",
            """CREATE TABLE IF NOT EXISTS rotation_policies (
                key_id TEXT PRIMARY KEY,
                max_age_days INTEGER,
                max_signatures INTEGER,
                retention_days INTEGER)""",
            """CREATE TABLE IF NOT EXISTS rotation_journal (
                rotation_id TEXT PRIMARY KEY,
                key_id TEXT NOT NULL,
                from_version INTEGER NOT NULL,
                to_version INTEGER NOT NULL,
                emergency INTEGER NOT NULL,
                step TEXT NOT NULL,
                state TEXT NOT NULL,
                started TEXT NOT NULL,
                updated TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '')""",
            """CREATE UNIQUE INDEX IF NOT EXISTS rotation_journal_one_running
                ON rotation_journal (key_id) WHERE state = 'running'""",
            """CREATE TABLE IF NOT EXISTS rotation_registration_steps (
                rotation_id TEXT NOT NULL
                    REFERENCES rotation_journal(rotation_id) ON DELETE CASCADE,
                server TEXT NOT NULL,
                client_id TEXT NOT NULL,
                action TEXT NOT NULL,
                outcome TEXT NOT NULL,
                new_client_id TEXT NOT NULL DEFAULT '',
                message TEXT NOT NULL DEFAULT '',
                updated TEXT NOT NULL,
                PRIMARY KEY (rotation_id, server, client_id, action))""",
            """CREATE TABLE IF NOT EXISTS signature_usage (
                key_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                signatures INTEGER NOT NULL DEFAULT 0,
                last_used TEXT,
                PRIMARY KEY (key_id, version))""",
            """CREATE TABLE IF NOT EXISTS trusted_keys (
                name TEXT PRIMARY KEY,
                public_key TEXT NOT NULL UNIQUE,
                key_number TEXT,
                added TEXT NOT NULL)""",
            """CREATE TABLE IF NOT EXISTS derived_password_policies (
                key_id TEXT NOT NULL,
                service TEXT NOT NULL,
                length INTEGER NOT NULL,
                classes TEXT NOT NULL,
                symbols TEXT NOT NULL,
                counter INTEGER NOT NULL,
                PRIMARY KEY (key_id, service))""",
            """CREATE TABLE IF NOT EXISTS registry_servers (
                url TEXT PRIMARY KEY,
                pinned_sha256 TEXT,
                allow_plain_http INTEGER NOT NULL DEFAULT 0,
                token_storage TEXT,
                added TEXT NOT NULL)""",
            """CREATE TABLE IF NOT EXISTS registrations (
                server_url TEXT NOT NULL,
                client_id TEXT NOT NULL,
                key_id TEXT NOT NULL,
                key_version INTEGER NOT NULL,
                public_key TEXT NOT NULL,
                registration_id TEXT NOT NULL,
                key_name TEXT,
                registered_at TEXT,
                status TEXT NOT NULL,
                last_checked TEXT,
                last_used TEXT,
                PRIMARY KEY (server_url, client_id))""",
            "CREATE INDEX IF NOT EXISTS registrations_key_id ON registrations(key_id)",
            """CREATE TABLE IF NOT EXISTS dkms_root (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                key_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                wrapped BLOB NOT NULL,
                rotate_after INTEGER NOT NULL,
                retention_days INTEGER NOT NULL,
                created TEXT NOT NULL,
                updated TEXT NOT NULL)""",
            """CREATE TABLE IF NOT EXISTS dkms_shards (
                shard_id TEXT PRIMARY KEY,
                access_count INTEGER NOT NULL DEFAULT 0)""",
            """CREATE TABLE IF NOT EXISTS dkms_key_versions (
                shard_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                wrapped BLOB NOT NULL,
                state TEXT NOT NULL,
                created TEXT NOT NULL,
                archived_at TEXT,
                PRIMARY KEY (shard_id, version))""",
        ),
    )


def _ssh_tables(conn: sqlite3.Connection) -> None:
    """Keys served to SSH, and the git setups that sign with them."""
    _run(
        conn,
        (
            """CREATE TABLE IF NOT EXISTS ssh_keys (
                key_id TEXT PRIMARY KEY,
                use_for_ssh INTEGER NOT NULL)""",
            """CREATE TABLE IF NOT EXISTS git_setups (
                key_id TEXT NOT NULL,
                scope TEXT NOT NULL,
                email TEXT NOT NULL,
                allowed_signers TEXT NOT NULL,
                version INTEGER NOT NULL,
                updated TEXT NOT NULL,
                PRIMARY KEY (key_id, scope))""",
        ),
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "keys, their versions, backups", _base_tables),
    Migration(2, "secret generations and the pending-secrets journal", _secret_generations),
    Migration(3, "every feature table in the one schema (as of release 36ed007)", _feature_tables),
    Migration(4, "SSH: keys served to the agent, git signing setups", _ssh_tables),
)
SCHEMA_VERSION = MIGRATIONS[-1].number

# Every table of a current vault, for tests and tools.
TABLES = (
    "meta",
    "keys",
    "key_versions",
    "backups",
    "pending_secrets",
    "audit_log",
    "rotation_policies",
    "rotation_journal",
    "rotation_registration_steps",
    "signature_usage",
    "trusted_keys",
    "derived_password_policies",
    "registry_servers",
    "registrations",
    "dkms_root",
    "dkms_shards",
    "dkms_key_versions",
    "ssh_keys",
    "git_setups",
)


def found_version(conn: sqlite3.Connection) -> int:
    """The version the database records: 0 when empty, 1 before versions were recorded."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
    if row is None:
        return 1
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise StorageError(
            f"The vault database records no valid schema version ({str(row[0])[:20]!r})."
        ) from None


def migrate(conn: sqlite3.Connection, where: str = "The vault") -> int:
    """Bring the database to SCHEMA_VERSION inside the caller's transaction; the old version.

    Refuses a database a newer Keyfold wrote (its schema is unknown here).
    """
    found = found_version(conn)
    if found > SCHEMA_VERSION:
        raise StorageError(
            f"{where} was written by a newer Keyfold (schema {found}); update Keyfold to open it."
        )
    # A new database takes the same steps; only an upgrade is worth an INFO line.
    level = logging.DEBUG if found == 0 else logging.INFO
    for migration in MIGRATIONS:
        if migration.number > found:
            logger.log(
                level,
                "Vault schema %d -> %d: %s",
                migration.number - 1,
                migration.number,
                migration.summary,
            )
            migration.apply(conn)
    if found < SCHEMA_VERSION:
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
    return found
