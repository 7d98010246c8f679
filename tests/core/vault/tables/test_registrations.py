"""Tests for the registrations table."""

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

from keyfold.core.keys import KeyPair
from keyfold.core.vault.tables import registrations
from keyfold.core.vault.tables.registrations import RegistrationRecord

WHEN = datetime(2026, 6, 8, 12, tzinfo=UTC)


def _record(client_id: str = "c1") -> RegistrationRecord:
    return RegistrationRecord(
        server="https://node.example",
        client_id=client_id,
        key_id="alpha",
        key_version=1,
        public_key=KeyPair.generate().public,
        registration_id="r1",
        key_name="Alpha",
        registered_at=WHEN,
        status="active",
        last_checked=None,
        last_used=None,
    )


def test_save_find_update_touch_delete(conn: sqlite3.Connection) -> None:
    record = _record()
    registrations.save(conn, record)
    registrations.save(conn, _record("c0"))
    assert registrations.find(conn, record.server, "c1") == record
    assert [r.client_id for r in registrations.all_records(conn)] == ["c0", "c1"]
    moved = replace(record, key_version=2, status="revoked", key_name="ignored")
    registrations.update(conn, moved)
    found = registrations.find(conn, record.server, "c1")
    assert found is not None
    assert (found.key_version, found.status, found.key_name) == (2, "revoked", "Alpha")
    registrations.touch(conn, record.server, "c1", WHEN)
    assert registrations.find(conn, record.server, "c1").last_used == WHEN  # type: ignore[union-attr]
    registrations.delete(conn, record.server, "c1")
    assert registrations.find(conn, record.server, "c1") is None
