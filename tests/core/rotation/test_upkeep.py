"""Tests for keyfold.core.rotation.upkeep: the one question every vault open asks."""

import sqlite3
from datetime import UTC, datetime

from keyfold.core.rotation import RotationPolicy, RotationState, journal, save_policy
from keyfold.core.rotation.upkeep import upkeep_pending

NOW = datetime(2025, 6, 8, 12, tzinfo=UTC)


def test_nothing_to_do_in_a_quiet_vault(conn: sqlite3.Connection) -> None:
    assert not upkeep_pending(conn)
    finished = journal.begin(conn, "k", 1, emergency=False, now=NOW)
    journal.finish(conn, finished.rotation_id, RotationState.DONE, NOW)
    save_policy(conn, "k", RotationPolicy(max_age_days=90))
    assert not upkeep_pending(conn)  # a policy without a retention period expires nothing


def test_a_rotation_left_running_is_upkeep(conn: sqlite3.Connection) -> None:
    journal.begin(conn, "k", 1, emergency=False, now=NOW)
    assert upkeep_pending(conn)


def test_a_retention_period_is_upkeep(conn: sqlite3.Connection) -> None:
    save_policy(conn, "k", RotationPolicy(retention_days=30))
    assert upkeep_pending(conn)
