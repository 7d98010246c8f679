"""The `registry_servers` table: saved registration servers and where each one's token is kept."""

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class SavedServer:
    """A saved server's row; the token itself is never in the database."""

    url: str
    pinned_sha256: str | None
    allow_plain_http: bool
    token_storage: str | None


def all_servers(conn: sqlite3.Connection) -> list[SavedServer]:
    rows = conn.execute("SELECT * FROM registry_servers ORDER BY added, url").fetchall()
    return [_server(row) for row in rows]


def find(conn: sqlite3.Connection, url: str) -> SavedServer | None:
    row = conn.execute("SELECT * FROM registry_servers WHERE url = ?", (url,)).fetchone()
    return None if row is None else _server(row)


def save(conn: sqlite3.Connection, server: SavedServer, added: str) -> None:
    """Add the server, or update its settings (keeping when it was added)."""
    conn.execute(
        "INSERT INTO registry_servers (url, pinned_sha256, allow_plain_http, "
        "token_storage, added) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
        "pinned_sha256 = excluded.pinned_sha256, "
        "allow_plain_http = excluded.allow_plain_http, "
        "token_storage = excluded.token_storage",
        (
            server.url,
            server.pinned_sha256,
            int(server.allow_plain_http),
            server.token_storage,
            added,
        ),
    )


def set_token_storage(conn: sqlite3.Connection, url: str, storage: str | None) -> None:
    conn.execute("UPDATE registry_servers SET token_storage = ? WHERE url = ?", (storage, url))


def with_token_storage(conn: sqlite3.Connection, storage: str) -> list[str]:
    """The urls of the servers whose token is kept in `storage`."""
    rows = conn.execute(
        "SELECT url FROM registry_servers WHERE token_storage = ? ORDER BY url", (storage,)
    ).fetchall()
    return [str(row["url"]) for row in rows]


def delete(conn: sqlite3.Connection, url: str) -> None:
    conn.execute("DELETE FROM registry_servers WHERE url = ?", (url,))


def _server(row: sqlite3.Row) -> SavedServer:
    return SavedServer(
        url=row["url"],
        pinned_sha256=row["pinned_sha256"],
        allow_plain_http=bool(row["allow_plain_http"]),
        token_storage=row["token_storage"],
    )
