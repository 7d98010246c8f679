"""Tests for the trusted_keys table."""

import sqlite3
from datetime import UTC, datetime

import pytest

from keyfold.core.keys import KeyPair
from keyfold.core.vault.tables import trusted_keys
from keyfold.core.vault.tables.trusted_keys import TrustedKey

WHEN = datetime(2026, 6, 8, 12, tzinfo=UTC)


def test_insert_find_list_delete(conn: sqlite3.Connection) -> None:
    bob = TrustedKey("bob", KeyPair.generate().public, bytes(range(8)), WHEN)
    alice = TrustedKey("Alice", KeyPair.generate().public, None, WHEN)
    trusted_keys.insert(conn, bob)
    trusted_keys.insert(conn, alice)
    assert [k.name for k in trusted_keys.all_keys(conn)] == ["Alice", "bob"]
    assert trusted_keys.find(conn, "bob") == bob
    assert trusted_keys.find_public_key(conn, alice.public_key) == alice
    with pytest.raises(sqlite3.IntegrityError):  # one name per public key
        trusted_keys.insert(conn, TrustedKey("again", bob.public_key, None, WHEN))
    trusted_keys.delete(conn, "bob")
    assert trusted_keys.find(conn, "bob") is None
