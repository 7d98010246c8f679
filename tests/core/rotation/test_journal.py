"""Tests for the rotation journal: the per-key compare-and-set and owner locks."""

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from keyfold.core.rotation import (
    OwnerLocks,
    RegistrationAction,
    RegistrationStep,
    RotationInProgressError,
    RotationState,
    RotationStep,
    StepOutcome,
    journal,
)

NOW = datetime(2025, 6, 8, 12, tzinfo=UTC)


def test_one_running_rotation_per_key(conn: sqlite3.Connection) -> None:
    first = journal.begin(conn, "k", 1, emergency=False, now=NOW)
    assert (first.state, first.step, first.to_version) == (
        RotationState.RUNNING,
        RotationStep.STARTED,
        2,
    )
    with pytest.raises(RotationInProgressError, match=f"rotation {first.rotation_id}"):
        journal.begin(conn, "k", 1, emergency=False, now=NOW)
    other = journal.begin(conn, "other", 4, emergency=True, now=NOW)
    assert other.emergency
    journal.finish(conn, first.rotation_id, RotationState.DONE, NOW)
    again = journal.begin(conn, "k", 2, emergency=False, now=NOW)
    assert again.rotation_id != first.rotation_id


def test_the_unique_index_backs_the_check(conn: sqlite3.Connection) -> None:
    journal.begin(conn, "k", 1, emergency=False, now=NOW)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO rotation_journal VALUES "
            "('x', 'k', 1, 2, 0, 'started', 'running', '', '', '')"
        )


def test_steps_and_listing(conn: sqlite3.Connection) -> None:
    record = journal.begin(conn, "k", 1, emergency=False, now=NOW)
    journal.advance(conn, record.rotation_id, RotationStep.VERSION_ADDED, NOW, to_version=5)
    loaded = journal.get(conn, record.rotation_id)
    assert loaded is not None
    assert (loaded.step, loaded.to_version) == (RotationStep.VERSION_ADDED, 5)
    step = RegistrationStep(
        record.rotation_id,
        "https://a",
        "c1",
        RegistrationAction.REGISTER,
        StepOutcome.FAILED,
        "",
        "down",
        NOW,
    )
    journal.record_step(conn, step)
    retried = RegistrationStep(
        record.rotation_id,
        "https://a",
        "c1",
        RegistrationAction.REGISTER,
        StepOutcome.OK,
        "c1-2",
        "",
        NOW,
    )
    journal.record_step(conn, retried)
    assert journal.steps_of(conn, record.rotation_id) == [retried]
    assert journal.running_for(conn, "k") == loaded
    assert journal.list_rotations(conn, states=(RotationState.DONE,)) == []
    assert journal.list_rotations(conn, key_id="k") == [loaded]
    assert journal.get(conn, "missing") is None


def test_owner_lock_shows_a_live_owner(tmp_path: Path) -> None:
    locks = OwnerLocks(tmp_path / "rotations")
    with locks.hold("r1"), locks.claim_abandoned("r1") as abandoned:
        assert not abandoned
    with locks.claim_abandoned("r1") as abandoned:
        assert abandoned
    assert not (tmp_path / "rotations" / "r1.lock").exists()


def test_a_killed_owner_releases_its_lock(tmp_path: Path) -> None:
    folder = tmp_path / "rotations"
    code = (
        "import os, signal, sys; from pathlib import Path;"
        "from keyfold.core.rotation import OwnerLocks;"
        "cm = OwnerLocks(Path(sys.argv[1])).hold('r1'); cm.__enter__();"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(folder)], check=False, timeout=60)
    assert result.returncode < 0
    assert (folder / "r1.lock").exists()  # left behind by the dead owner
    with OwnerLocks(folder).claim_abandoned("r1") as abandoned:
        assert abandoned
