"""The `registrations` table: which key version is registered on which server, as whom."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from keyfold.core.keys import PublicKey
from keyfold.core.vault.tables._time import moment, text

# The status a registration gets when its server no longer knows its client ID.
STATUS_NOT_FOUND = "not found"


@dataclass(frozen=True)
class RegistrationRecord:
    """One key version registered on one server under one client id."""

    server: str
    client_id: str
    key_id: str
    key_version: int
    public_key: PublicKey
    registration_id: str
    key_name: str | None
    registered_at: datetime | None
    status: str
    last_checked: datetime | None
    last_used: datetime | None

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def active(self) -> bool:
        return self.status == "active"


def all_records(conn: sqlite3.Connection) -> list[RegistrationRecord]:
    rows = conn.execute(
        "SELECT * FROM registrations ORDER BY key_id, server_url, client_id"
    ).fetchall()
    return [_record(row) for row in rows]


def find(conn: sqlite3.Connection, server: str, client_id: str) -> RegistrationRecord | None:
    row = conn.execute(
        "SELECT * FROM registrations WHERE server_url = ? AND client_id = ?", (server, client_id)
    ).fetchone()
    return None if row is None else _record(row)


def save(conn: sqlite3.Connection, record: RegistrationRecord) -> None:
    """Insert the registration, or replace the one with its server and client id."""
    conn.execute(
        "INSERT OR REPLACE INTO registrations (server_url, client_id, key_id, "
        "key_version, public_key, registration_id, key_name, registered_at, status, "
        "last_checked, last_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.server,
            record.client_id,
            record.key_id,
            record.key_version,
            record.public_key.hex,
            record.registration_id,
            record.key_name,
            text(record.registered_at),
            record.status,
            text(record.last_checked),
            text(record.last_used),
        ),
    )


def update(conn: sqlite3.Connection, record: RegistrationRecord) -> None:
    """Store what a server said about an existing registration (name and date stay)."""
    conn.execute(
        "UPDATE registrations SET key_version = ?, public_key = ?, registration_id = ?, "
        "status = ?, last_checked = ?, last_used = ? "
        "WHERE server_url = ? AND client_id = ?",
        (
            record.key_version,
            record.public_key.hex,
            record.registration_id,
            record.status,
            text(record.last_checked),
            text(record.last_used),
            record.server,
            record.client_id,
        ),
    )


def touch(conn: sqlite3.Connection, server: str, client_id: str, when: datetime) -> None:
    conn.execute(
        "UPDATE registrations SET last_used = ? WHERE server_url = ? AND client_id = ?",
        (when.isoformat(), server, client_id),
    )


def delete(conn: sqlite3.Connection, server: str, client_id: str) -> None:
    conn.execute(
        "DELETE FROM registrations WHERE server_url = ? AND client_id = ?", (server, client_id)
    )


def _record(row: sqlite3.Row) -> RegistrationRecord:
    return RegistrationRecord(
        server=row["server_url"],
        client_id=row["client_id"],
        key_id=row["key_id"],
        key_version=int(row["key_version"]),
        public_key=PublicKey.from_hex(row["public_key"]),
        registration_id=row["registration_id"],
        key_name=row["key_name"],
        registered_at=moment(row["registered_at"]),
        status=row["status"],
        last_checked=moment(row["last_checked"]),
        last_used=moment(row["last_used"]),
    )
