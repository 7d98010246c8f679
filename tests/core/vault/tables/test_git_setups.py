"""Tests for the git_setups table."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from keyfold.core.vault.tables import git_setups
from keyfold.core.vault.tables.git_setups import GitSetupRecord

WHEN = datetime(2026, 6, 8, 12, tzinfo=UTC)


def _setup(key_id: str, scope: str, version: int = 1) -> GitSetupRecord:
    return GitSetupRecord(key_id, scope, "a@example.org", Path("/r/.git/allowed"), version, WHEN)


def test_one_setup_per_key_and_scope(conn: sqlite3.Connection) -> None:
    git_setups.upsert(conn, _setup("release", "/repo"))
    git_setups.upsert(conn, _setup("release", "global"))
    git_setups.upsert(conn, _setup("release", "/repo", version=2))
    git_setups.upsert(conn, _setup("laptop", "global"))
    assert git_setups.setups(conn, "release") == [
        _setup("release", "/repo", version=2),
        _setup("release", "global"),
    ]
    assert [s.key_id for s in git_setups.setups(conn)] == ["laptop", "release", "release"]
