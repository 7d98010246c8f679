"""Tests for the registry_servers table."""

import sqlite3

from keyfold.core.vault.tables import registry_servers
from keyfold.core.vault.tables.registry_servers import SavedServer


def test_save_keeps_the_added_time_and_updates_settings(conn: sqlite3.Connection) -> None:
    registry_servers.save(conn, SavedServer("https://b.example", None, False, None), "2026-01-02")
    registry_servers.save(
        conn, SavedServer("https://a.example", "ab" * 32, False, "keychain"), "2026-01-01"
    )
    registry_servers.save(
        conn, SavedServer("https://b.example", None, True, "session"), "2027-01-01"
    )
    assert [s.url for s in registry_servers.all_servers(conn)] == [
        "https://a.example",
        "https://b.example",
    ]
    assert registry_servers.find(conn, "https://b.example") == SavedServer(
        "https://b.example", None, True, "session"
    )
    assert registry_servers.with_token_storage(conn, "keychain") == ["https://a.example"]
    registry_servers.set_token_storage(conn, "https://a.example", None)
    assert registry_servers.with_token_storage(conn, "keychain") == []
    registry_servers.delete(conn, "https://a.example")
    assert registry_servers.find(conn, "https://a.example") is None
