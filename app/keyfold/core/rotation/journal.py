"""The rotation journal: each step is written before it runs, so a crash can be undone.

A rotation is one row (`rotation_journal`) moving through `RotationStep`s, and
one row per registration step (`rotation_registration_steps`). At most one
rotation per key is RUNNING: a partial unique index makes the second `begin`
fail inside the vault's locked transaction, which is the compare-and-set that
keeps two processes from rotating the same key at once.

A running rotation's process holds an flock on `<home>/rotations/<id>.lock`;
the kernel drops it when the process dies (SIGKILL included), so recovery can
tell an abandoned rotation from one still running in another process.
"""

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from keyfold.core import file_locks
from keyfold.core.atomic_files import ensure_private_dir
from keyfold.core.errors import StorageError
from keyfold.core.rotation.errors import RotationInProgressError


class RotationStep(StrEnum):
    """Where a rotation got to; each is journaled before the next begins."""

    STARTED = "started"
    OLD_REVOKED = "old_revoked"  # emergency rotations revoke before rotating
    VERSION_ADDED = "version_added"
    REGISTRATIONS_UPDATED = "registrations_updated"
    DONE = "done"


class RotationState(StrEnum):
    RUNNING = "running"
    PENDING_REGISTRATIONS = "pending_registrations"  # key rotated, servers not all told
    DONE = "done"
    ROLLED_BACK = "rolled_back"


@dataclass(frozen=True)
class RotationRecord:
    rotation_id: str
    key_id: str
    from_version: int
    to_version: int
    emergency: bool
    step: RotationStep
    state: RotationState
    started: datetime
    updated: datetime
    note: str


class RegistrationAction(StrEnum):
    ROTATE = "rotate"  # the server's own rotation call, signed by the old key
    REGISTER = "register"  # the new version registered beside the old
    REVOKE = "revoke"  # the old version's registration revoked


class StepOutcome(StrEnum):
    OK = "ok"
    FAILED = "failed"
    UNSUPPORTED = "unsupported"  # the server does not offer the call


@dataclass(frozen=True)
class RegistrationStep:
    """What happened to one registration during a rotation."""

    rotation_id: str
    server: str
    client_id: str
    action: RegistrationAction
    outcome: StepOutcome
    new_client_id: str
    message: str
    updated: datetime


_JOURNAL_COLUMNS = (
    "rotation_id, key_id, from_version, to_version, emergency, step, state, started, updated, note"
)


def begin(
    conn: sqlite3.Connection,
    key_id: str,
    from_version: int,
    *,
    emergency: bool,
    now: datetime,
    rotation_id: str | None = None,
) -> RotationRecord:
    """Journal a new RUNNING rotation, or RotationInProgressError if one runs."""
    running = running_for(conn, key_id)
    if running is not None:
        raise _in_progress(running)
    record = RotationRecord(
        rotation_id=rotation_id or new_rotation_id(),
        key_id=key_id,
        from_version=from_version,
        to_version=from_version + 1,
        emergency=emergency,
        step=RotationStep.STARTED,
        state=RotationState.RUNNING,
        started=now,
        updated=now,
        note="",
    )
    try:
        conn.execute(
            f"INSERT INTO rotation_journal ({_JOURNAL_COLUMNS}) "  # noqa: S608 -- fixed columns
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.rotation_id,
                key_id,
                from_version,
                record.to_version,
                int(emergency),
                record.step.value,
                record.state.value,
                now.isoformat(),
                now.isoformat(),
                "",
            ),
        )
    except sqlite3.IntegrityError as exc:
        # Only reachable when another writer bypassed the vault lock.
        raise RotationInProgressError(
            f"Key {key_id} is being rotated by another process; try again when it finishes."
        ) from exc
    return record


def new_rotation_id() -> str:
    return uuid.uuid4().hex[:16]


def _in_progress(running: RotationRecord) -> RotationInProgressError:
    return RotationInProgressError(
        f"Key {running.key_id} is being rotated by another process (rotation "
        f"{running.rotation_id}, started {running.started:%Y-%m-%d %H:%M} UTC); "
        "try again when it finishes."
    )


def advance(
    conn: sqlite3.Connection,
    rotation_id: str,
    step: RotationStep,
    now: datetime,
    *,
    to_version: int | None = None,
) -> None:
    """Record that `step` is complete."""
    conn.execute(
        "UPDATE rotation_journal SET step = ?, updated = ?, "
        "to_version = COALESCE(?, to_version) WHERE rotation_id = ?",
        (step.value, now.isoformat(), to_version, rotation_id),
    )


def finish(
    conn: sqlite3.Connection,
    rotation_id: str,
    state: RotationState,
    now: datetime,
    note: str = "",
) -> None:
    conn.execute(
        "UPDATE rotation_journal SET state = ?, updated = ?, note = ? WHERE rotation_id = ?",
        (state.value, now.isoformat(), note, rotation_id),
    )


def record_step(conn: sqlite3.Connection, step: RegistrationStep) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO rotation_registration_steps VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            step.rotation_id,
            step.server,
            step.client_id,
            step.action.value,
            step.outcome.value,
            step.new_client_id,
            step.message,
            step.updated.isoformat(),
        ),
    )


def get(conn: sqlite3.Connection, rotation_id: str) -> RotationRecord | None:
    row = conn.execute(
        f"SELECT {_JOURNAL_COLUMNS} FROM rotation_journal WHERE rotation_id = ?",  # noqa: S608
        (rotation_id,),
    ).fetchone()
    return None if row is None else _record(row)


def running_for(conn: sqlite3.Connection, key_id: str) -> RotationRecord | None:
    row = conn.execute(
        f"SELECT {_JOURNAL_COLUMNS} FROM rotation_journal "  # noqa: S608
        "WHERE key_id = ? AND state = 'running'",
        (key_id,),
    ).fetchone()
    return None if row is None else _record(row)


def list_rotations(
    conn: sqlite3.Connection,
    *,
    key_id: str | None = None,
    states: tuple[RotationState, ...] = (),
) -> list[RotationRecord]:
    """Rotations, newest first, optionally of one key and in some states."""
    clauses, params = [], []
    if key_id is not None:
        clauses.append("key_id = ?")
        params.append(key_id)
    if states:
        clauses.append(f"state IN ({', '.join('?' for _ in states)})")
        params.extend(state.value for state in states)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"SELECT {_JOURNAL_COLUMNS} FROM rotation_journal {where} "  # noqa: S608 -- fixed clauses
        "ORDER BY started DESC, rotation_id",
        params,
    ).fetchall()
    return [_record(row) for row in rows]


def steps_of(conn: sqlite3.Connection, rotation_id: str) -> list[RegistrationStep]:
    rows = conn.execute(
        "SELECT rotation_id, server, client_id, action, outcome, new_client_id, message, updated "
        "FROM rotation_registration_steps WHERE rotation_id = ? "
        "ORDER BY updated, server, client_id",
        (rotation_id,),
    ).fetchall()
    return [
        RegistrationStep(
            rotation_id=row[0],
            server=row[1],
            client_id=row[2],
            action=RegistrationAction(row[3]),
            outcome=StepOutcome(row[4]),
            new_client_id=row[5],
            message=row[6],
            updated=datetime.fromisoformat(row[7]),
        )
        for row in rows
    ]


def _record(row: sqlite3.Row | tuple[object, ...]) -> RotationRecord:
    values = tuple(row)
    return RotationRecord(
        rotation_id=str(values[0]),
        key_id=str(values[1]),
        from_version=int(str(values[2])),
        to_version=int(str(values[3])),
        emergency=bool(values[4]),
        step=RotationStep(str(values[5])),
        state=RotationState(str(values[6])),
        started=datetime.fromisoformat(str(values[7])),
        updated=datetime.fromisoformat(str(values[8])),
        note=str(values[9]),
    )


class OwnerLocks:
    """Lock files that mark a rotation as owned by a live process."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, rotation_id: str) -> Path:
        return self.folder / f"{rotation_id}.lock"

    @contextlib.contextmanager
    def hold(self, rotation_id: str) -> Iterator[None]:
        """Own the rotation for the block; the lock file is removed afterwards."""
        fd = self._open(rotation_id)
        try:
            file_locks.lock(fd)
            yield
        finally:
            os.close(fd)
            self._remove(rotation_id)

    @contextlib.contextmanager
    def claim_abandoned(self, rotation_id: str) -> Iterator[bool]:
        """Yield True (holding the lock) when no live process owns the rotation."""
        fd = self._open(rotation_id)
        try:
            if not file_locks.try_lock(fd):
                yield False
                return
            yield True
        finally:
            os.close(fd)
        self._remove(rotation_id)

    def _remove(self, rotation_id: str) -> None:
        # Closed first: Windows cannot remove a file that is open. Another
        # process may have it open (a claim in progress); it removes it then.
        with contextlib.suppress(PermissionError):
            self._path(rotation_id).unlink(missing_ok=True)

    def _open(self, rotation_id: str) -> int:
        ensure_private_dir(self.folder)
        path = self._path(rotation_id)
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Cannot open the rotation lock {path}: {exc.strerror}.") from exc
