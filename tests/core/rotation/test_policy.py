"""Tests for rotation policy evaluation and its storage."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from keyfold.core.errors import InvalidInputError
from keyfold.core.rotation import (
    RotationPolicy,
    RotationStatus,
    evaluate,
    load_policy,
    save_policy,
)
from keyfold.core.rotation.policy import delete_policy
from keyfold.core.vault import schema

CREATED = datetime(2025, 1, 1, tzinfo=UTC)


def status_at(policy: RotationPolicy, days: float, signatures: int = 0) -> RotationStatus:
    return evaluate(
        policy,
        key_id="k",
        version=3,
        created=CREATED,
        signatures=signatures,
        now=CREATED + timedelta(days=days),
    )


def test_default_is_thirty_days_then_a_week_of_grace() -> None:
    policy = RotationPolicy()
    assert not status_at(policy, 29.9).due
    due = status_at(policy, 30)
    assert due.due and not due.overdue and due.reason == "version 3 is 30 days old"
    assert due.due_at == CREATED + timedelta(days=30)
    assert not status_at(policy, 36.9).overdue
    assert status_at(policy, 37).overdue


def test_signature_limit() -> None:
    policy = RotationPolicy(max_age_days=None, max_signatures=100)
    assert not status_at(policy, 1000, 99).due
    assert status_at(policy, 0, 100).due
    assert not status_at(policy, 0, 109).overdue
    assert status_at(policy, 0, 110).overdue
    assert status_at(policy, 1000, 0).due_at is None


def test_both_limits_give_both_reasons() -> None:
    status = status_at(RotationPolicy(max_age_days=10, max_signatures=5), 12, 7)
    assert status.reason == "version 3 is 12 days old; version 3 made 7 signatures"


@pytest.mark.parametrize("field", ["max_age_days", "max_signatures", "retention_days"])
def test_limits_must_be_positive(field: str) -> None:
    with pytest.raises(InvalidInputError, match=field):
        RotationPolicy(**{field: 0})


def test_policies_are_stored_per_key() -> None:
    conn = sqlite3.connect(":memory:")
    schema.migrate(conn)
    try:
        assert load_policy(conn, "k") == RotationPolicy()
        chosen = RotationPolicy(max_age_days=None, max_signatures=10, retention_days=90)
        save_policy(conn, "k", chosen)
        assert load_policy(conn, "k") == chosen
        assert load_policy(conn, "other") == RotationPolicy()
        delete_policy(conn, "k")
        assert load_policy(conn, "k") == RotationPolicy()
    finally:
        conn.close()
