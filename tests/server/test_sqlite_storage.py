"""Tests for SqliteStorage: one SQLite file in a private folder, WAL mode."""

import os
import sqlite3
import stat
from pathlib import Path

from keyfold.server.sqlite_storage import SqliteStorage
from tests.server.storage_contract import check_registration_round_trip


def test_a_registration_round_trips(tmp_path: Path) -> None:
    store = SqliteStorage(tmp_path / "db" / "registrations.db")
    try:
        check_registration_round_trip(store)
    finally:
        store.close()


def test_the_folder_is_private_and_the_journal_is_wal(tmp_path: Path) -> None:
    path = tmp_path / "db" / "registrations.db"
    SqliteStorage(path).close()
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
