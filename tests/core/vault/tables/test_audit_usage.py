"""Tests for usage totals read from the audit_log table."""

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from keyfold.core.audit import AuditKind
from keyfold.core.audit.log import AuditLog
from keyfold.core.vault.tables import audit_usage
from keyfold.core.vault.tables.audit_usage import UsageTotal


def test_totals_add_count_details_per_version_and_kind(conn: sqlite3.Connection) -> None:
    moments = iter(datetime(2026, 6, 8, 12, minute, tzinfo=UTC) for minute in range(10))
    log = AuditLog(_provider(conn), None, actor="t", clock=lambda: next(moments))
    log.record(AuditKind.SIGN, "alpha", 1, {"count": 3})
    log.record(AuditKind.SIGN, "alpha", 1)
    log.record(AuditKind.UNLOCK, "alpha", 2)
    log.record(AuditKind.EXPORT, "alpha", 1)
    log.record(AuditKind.SIGN, "beta", 1)
    found = audit_usage.totals(conn, "alpha", ["sign", "unlock"])
    assert sorted(found, key=lambda t: (t.version, t.kind)) == [
        UsageTotal(1, "sign", 4, "2026-06-08T12:01:00.000000Z"),
        UsageTotal(2, "unlock", 1, "2026-06-08T12:02:00.000000Z"),
    ]


def _provider(conn: sqlite3.Connection) -> Callable[[], AbstractContextManager[sqlite3.Connection]]:
    @contextlib.contextmanager
    def database() -> Iterator[sqlite3.Connection]:
        yield conn

    return database
