"""The `git_setups` table: each git configuration a key was set up to sign for."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class GitSetupRecord:
    """One remembered `git-setup`: a repository folder (or "global") signing with a key."""

    key_id: str
    scope: str
    email: str
    allowed_signers: Path
    version: int
    updated: datetime


def upsert(conn: sqlite3.Connection, record: GitSetupRecord) -> None:
    conn.execute(
        """INSERT INTO git_setups (key_id, scope, email, allowed_signers, version, updated)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (key_id, scope) DO UPDATE SET email = excluded.email,
             allowed_signers = excluded.allowed_signers, version = excluded.version,
             updated = excluded.updated""",
        (
            record.key_id,
            record.scope,
            record.email,
            str(record.allowed_signers),
            record.version,
            record.updated.isoformat(),
        ),
    )


def setups(conn: sqlite3.Connection, key_id: str | None = None) -> list[GitSetupRecord]:
    """The remembered setups, of one key or of all, by key and scope."""
    rows = conn.execute(
        "SELECT * FROM git_setups WHERE ? IS NULL OR key_id = ? ORDER BY key_id, scope",
        (key_id, key_id),
    ).fetchall()
    return [
        GitSetupRecord(
            row["key_id"],
            row["scope"],
            row["email"],
            Path(row["allowed_signers"]),
            row["version"],
            datetime.fromisoformat(row["updated"]),
        )
        for row in rows
    ]
