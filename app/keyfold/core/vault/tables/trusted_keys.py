"""The `trusted_keys` table: other people's public keys, by the name the user gave them."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from keyfold.core.keys import PublicKey


@dataclass(frozen=True)
class TrustedKey:
    """Someone else's public key, used only to verify their signatures."""

    name: str
    public_key: PublicKey
    key_number: bytes | None
    added: datetime

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def key_number_hex(self) -> str:
        number = self.public_key.key_number if self.key_number is None else self.key_number
        return number[::-1].hex().upper()


def all_keys(conn: sqlite3.Connection) -> list[TrustedKey]:
    """The trusted keys, by name (case-insensitive)."""
    rows = conn.execute("SELECT * FROM trusted_keys ORDER BY name COLLATE NOCASE").fetchall()
    return [_key(row) for row in rows]


def find(conn: sqlite3.Connection, name: str) -> TrustedKey | None:
    row = conn.execute("SELECT * FROM trusted_keys WHERE name = ?", (name,)).fetchone()
    return None if row is None else _key(row)


def find_public_key(conn: sqlite3.Connection, public_key: PublicKey) -> TrustedKey | None:
    row = conn.execute(
        "SELECT * FROM trusted_keys WHERE public_key = ?", (public_key.hex,)
    ).fetchone()
    return None if row is None else _key(row)


def insert(conn: sqlite3.Connection, key: TrustedKey) -> None:
    conn.execute(
        "INSERT INTO trusted_keys (name, public_key, key_number, added) VALUES (?, ?, ?, ?)",
        (
            key.name,
            key.public_key.hex,
            None if key.key_number is None else key.key_number.hex(),
            key.added.isoformat(),
        ),
    )


def delete(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM trusted_keys WHERE name = ?", (name,))


def _key(row: sqlite3.Row) -> TrustedKey:
    return TrustedKey(
        name=row["name"],
        public_key=PublicKey.from_hex(row["public_key"]),
        key_number=None if row["key_number"] is None else bytes.fromhex(row["key_number"]),
        added=datetime.fromisoformat(row["added"]),
    )
