"""Tests for the signature_usage table."""

import sqlite3
from datetime import UTC, datetime

from keyfold.core.vault.tables import signature_usage

FIRST = datetime(2026, 6, 8, 12, tzinfo=UTC)
LATER = datetime(2026, 6, 9, 12, tzinfo=UTC)


def test_counts_add_up_per_version(conn: sqlite3.Connection) -> None:
    signature_usage.add(conn, "alpha", 1, 3, FIRST)
    signature_usage.add(conn, "alpha", 1, 2, LATER)
    signature_usage.add(conn, "alpha", 2, 1, FIRST)
    signature_usage.add(conn, "beta", 1, 9, FIRST)
    rows = signature_usage.for_key(conn, "alpha")
    assert [(r.version, r.signatures, r.last_used) for r in rows] == [(1, 5, LATER), (2, 1, FIRST)]
    assert signature_usage.for_key(conn, "nobody") == []
