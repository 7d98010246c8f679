"""The `signature_usage` table: how many signatures each key version made, and when last."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from keyfold.core.vault.tables._time import moment


@dataclass(frozen=True)
class SignatureUsage:
    key_id: str
    version: int
    signatures: int
    last_used: datetime | None


def for_key(conn: sqlite3.Connection, key_id: str) -> list[SignatureUsage]:
    rows = conn.execute(
        "SELECT * FROM signature_usage WHERE key_id = ? ORDER BY version", (key_id,)
    ).fetchall()
    return [
        SignatureUsage(
            key_id=row["key_id"],
            version=int(row["version"]),
            signatures=int(row["signatures"]),
            last_used=moment(row["last_used"]),
        )
        for row in rows
    ]


def counts(conn: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """Signatures counted per (key, version), for every key in one query."""
    rows = conn.execute("SELECT key_id, version, signatures FROM signature_usage").fetchall()
    return {(str(row[0]), int(row[1])): int(row[2]) for row in rows}


def add(conn: sqlite3.Connection, key_id: str, version: int, count: int, when: datetime) -> None:
    """Count `count` more signatures by the version, made at `when`."""
    conn.execute(
        """INSERT INTO signature_usage (key_id, version, signatures, last_used)
           VALUES (?, ?, ?, ?)
           ON CONFLICT (key_id, version) DO UPDATE SET
             signatures = signatures + excluded.signatures,
             last_used = excluded.last_used""",
        (key_id, version, count, when.isoformat()),
    )
