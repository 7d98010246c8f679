"""Tests for AuditLog: appends, filters, the anchor, tamper detection."""

import contextlib
import json
import multiprocessing
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyfold.core.audit.chain import GENESIS_HASH, entry_hash
from keyfold.core.audit.details import AuditDetailError
from keyfold.core.audit.log import ANCHOR_FILE_NAME, AuditKind, AuditLog
from keyfold.core.vault import schema

Provider = Callable[[], AbstractContextManager[sqlite3.Connection]]


def sqlite_provider(path: Path) -> Provider:
    """What Vault.database() gives: a locked transaction over a SQLite file."""

    @contextlib.contextmanager
    def database() -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            schema.migrate(conn)  # what opening the vault does
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    return database


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 6, 8, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def make_log(folder: Path, *, anchored: bool = True) -> AuditLog:
    return AuditLog(
        sqlite_provider(folder / "vault.db"),
        folder / ANCHOR_FILE_NAME if anchored else None,
        actor="test[1]@tester",
        clock=Clock(),
    )


def fill(log: AuditLog, count: int) -> None:
    kinds = list(AuditKind)
    for index in range(count):
        log.record(
            kinds[index % len(kinds)],
            key_id=f"key-{index % 3}",
            version=1 + index % 2,
            details={"path": f"/tmp/file-{index}", "count": index},
        )


def raw(folder: Path) -> sqlite3.Connection:
    return sqlite3.connect(folder / "vault.db", isolation_level=None)


def test_entries_chain_and_verify(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    first = log.record(AuditKind.GENERATE, "alpha", 1, {"storage": "file"})
    second = log.record(AuditKind.SIGN, "alpha", 1, {"file": "a.txt"})
    assert (first.seq, second.seq) == (1, 2)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash
    assert second.hash == entry_hash(
        2,
        first.hash,
        "2025-06-08T12:00:02.000000Z",
        "sign",
        "alpha",
        1,
        "test[1]@tester",
        {"file": "a.txt"},
    )
    result = log.verify()
    assert result.ok and result.count == 2 and result.head_hash == second.hash
    assert result.first_bad_seq is None


def test_anchor_file_is_private_and_tracks_the_head(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    log.ensure_anchor()
    assert json.loads((tmp_path / ANCHOR_FILE_NAME).read_text())["count"] == 0
    entry = log.record(AuditKind.IMPORT, "alpha", 1)
    anchor = log.read_anchor()
    assert anchor is not None and (anchor.count, anchor.head_hash) == (1, entry.hash)
    assert stat.S_IMODE((tmp_path / ANCHOR_FILE_NAME).stat().st_mode) == 0o600


def test_list_filters(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 9)
    everything = log.list()
    assert [entry.seq for entry in everything] == list(range(1, 10))
    assert all(entry.key_id == "key-1" for entry in log.list(key_id="key-1"))
    assert len(log.list(key_id="key-1")) == 3
    assert [entry.kind for entry in log.list(kind=AuditKind.IMPORT)] == ["import"]
    middle = everything[4].timestamp
    assert [entry.seq for entry in log.list(since=middle)] == [5, 6, 7, 8, 9]
    assert [entry.seq for entry in log.list(until=middle)] == [1, 2, 3, 4]
    assert [entry.seq for entry in log.list(limit=2)] == [8, 9]
    assert everything[3].details == {"path": "/tmp/file-3", "count": "3"}


def test_a_refused_detail_writes_nothing(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    with pytest.raises(AuditDetailError, match="audit detail"):
        log.record(AuditKind.EXPORT, "alpha", 1, {"passphrase": "hunter2"})
    assert log.list() == []


def test_concurrent_processes_form_one_chain(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        pool.map(_append_many, [str(tmp_path)] * 3)
    log = make_log(tmp_path)
    result = log.verify()
    assert result.ok, result.reason
    assert result.count == 30
    anchor = log.read_anchor()
    assert anchor is not None and anchor.count == 30


def _append_many(folder: str) -> None:
    log = AuditLog(
        sqlite_provider(Path(folder) / "vault.db"), Path(folder) / ANCHOR_FILE_NAME, actor="p"
    )
    for index in range(10):
        log.record(AuditKind.VERIFY, "alpha", 1, {"count": index})


def test_removing_the_tail_is_detected_by_the_anchor(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 5)
    with contextlib.closing(raw(tmp_path)) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq >= 4")
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 4
    assert "removed from the end" in result.reason


def test_rewriting_the_chain_is_detected_by_the_anchor(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 4)
    _rewrite_from(tmp_path, 2, actor="intruder")
    result = log.verify()
    assert not result.ok and "rewritten" in result.reason


def test_appends_after_truncation_keep_the_evidence(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 5)
    with contextlib.closing(raw(tmp_path)) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq >= 3")
    fill(log, 4)  # the log is longer than the anchor again
    anchor = log.read_anchor()
    assert anchor is not None and anchor.count == 5
    assert not log.verify().ok


def test_missing_anchor_is_reported(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 2)
    (tmp_path / ANCHOR_FILE_NAME).unlink()
    result = log.verify()
    assert not result.ok and ANCHOR_FILE_NAME in result.reason


def test_expected_head_catches_a_full_forgery(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 4)
    noted = log.verify().head_hash
    fill(log, 2)
    assert log.verify(expected_head=noted).ok
    _rewrite_from(tmp_path, 1, actor="intruder")
    count, head = _head(tmp_path)
    (tmp_path / ANCHOR_FILE_NAME).write_text(json.dumps({"count": count, "head_hash": head}))
    assert log.verify().ok  # a consistent forgery, anchor included...
    assert not log.verify(expected_head=noted).ok  # ...but not the noted history


def _head(folder: Path) -> tuple[int, str]:
    with contextlib.closing(raw(folder)) as conn:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return int(row[0]), str(row[1])


def _rewrite_from(folder: Path, start: int, *, actor: str) -> None:
    """Edit entry `start` and recompute every later hash: a careful forger."""
    with contextlib.closing(raw(folder)) as conn:
        rows = conn.execute(
            "SELECT seq, timestamp, kind, key_id, version, actor, details, prev_hash "
            "FROM audit_log ORDER BY seq"
        ).fetchall()
        prev = GENESIS_HASH
        for seq, stamp, kind, key_id, version, old_actor, details, _ in rows:
            who = actor if seq == start else old_actor
            digest = entry_hash(seq, prev, stamp, kind, key_id, version, who, json.loads(details))
            conn.execute(
                "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (who, prev, digest, seq),
            )
            prev = digest


EDITABLE = {
    "timestamp": "2030-01-01T00:00:00.000000Z",
    "kind": "tampered",
    "key_id": "someone-else",
    "version": 99,
    "actor": "intruder",
    "details": '{"path": "/elsewhere"}',
    "prev_hash": "f" * 64,
    "hash": "e" * 64,
}


def _tamper(conn: sqlite3.Connection, mutation: str, count: int, i: int, j: int, field: str) -> int:
    """Apply one tampering to a log of `count` entries; the lowest seq it breaks."""
    if mutation == "edit":
        conn.execute(f"UPDATE audit_log SET {field} = ? WHERE seq = ?", (EDITABLE[field], i))  # noqa: S608
        return i
    if mutation == "delete":
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (i,))
        return i
    if mutation == "swap":
        low, high = sorted((i, j))
        cols = "timestamp, kind, key_id, version, actor, details, prev_hash, hash"
        first = conn.execute(f"SELECT {cols} FROM audit_log WHERE seq = ?", (low,)).fetchone()  # noqa: S608
        second = conn.execute(f"SELECT {cols} FROM audit_log WHERE seq = ?", (high,)).fetchone()  # noqa: S608
        setter = ", ".join(f"{name} = ?" for name in cols.split(", "))
        conn.execute(f"UPDATE audit_log SET {setter} WHERE seq = ?", (*second, low))  # noqa: S608
        conn.execute(f"UPDATE audit_log SET {setter} WHERE seq = ?", (*first, high))  # noqa: S608
        return low
    # insert: a well-formed entry chained to its predecessor, later ones shifted
    conn.execute("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= ?", (i,))
    conn.execute("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000")
    prev = (
        GENESIS_HASH
        if i == 1
        else conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (i - 1,)).fetchone()[0]
    )
    stamp = "2025-06-08T12:00:00.500000Z"
    digest = entry_hash(i, prev, stamp, "export", "alpha", 1, "intruder", {})
    conn.execute(
        "INSERT INTO audit_log VALUES (?, ?, 'export', 'alpha', 1, 'intruder', '{}', ?, ?)",
        (i, stamp, prev, digest),
    )
    return i


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    count=st.integers(min_value=2, max_value=12),
    data=st.data(),
    mutation=st.sampled_from(["edit", "delete", "swap", "insert"]),
    field=st.sampled_from(sorted(EDITABLE)),
)
def test_any_single_tampering_is_detected(
    count: int, data: st.DataObject, mutation: str, field: str
) -> None:
    i = data.draw(st.integers(min_value=1, max_value=count), label="position")
    j = data.draw(st.integers(min_value=1, max_value=count).filter(lambda x: x != i), label="other")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        log = make_log(folder)
        fill(log, count)
        assert log.verify().ok
        with contextlib.closing(raw(folder)) as conn:
            broken = _tamper(conn, mutation, count, i, j, field)
        result = log.verify()
        assert not result.ok
        assert result.first_bad_seq is not None
        # Reported at the tampered entry or the one right after it (an inserted
        # entry chained to its predecessor is itself well-formed).
        assert broken <= result.first_bad_seq <= broken + 1, result.reason
        assert result.reason


def test_unanchored_log_still_catches_middle_edits(tmp_path: Path) -> None:
    log = make_log(tmp_path, anchored=False)
    fill(log, 3)
    with contextlib.closing(raw(tmp_path)) as conn:
        conn.execute("UPDATE audit_log SET key_id = 'other' WHERE seq = 2")
    result = log.verify()
    assert (result.ok, result.first_bad_seq) == (False, 2)
    assert not (tmp_path / ANCHOR_FILE_NAME).exists()


def test_record_rejects_unknown_kind(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    with pytest.raises(ValueError):
        log.record("bogus")  # type: ignore[arg-type]


def test_entries_of_a_rolled_back_transaction_are_never_anchored(tmp_path: Path) -> None:
    log = make_log(tmp_path)
    fill(log, 2)
    database = sqlite_provider(tmp_path / "vault.db")
    with pytest.raises(RuntimeError), database() as conn:
        log.append_in(conn, AuditKind.DELETE, "alpha", 1)
        log.sync_anchor()  # as a caller nested in a vault transaction would
        raise RuntimeError("the surrounding operation failed")
    anchor = log.read_anchor()
    assert anchor is not None and anchor.count == 2
    assert log.verify().ok


def test_in_memory_database_keeps_no_anchor(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)

    @contextlib.contextmanager
    def database() -> Iterator[sqlite3.Connection]:
        yield conn

    try:
        log = AuditLog(database, tmp_path / ANCHOR_FILE_NAME, actor="t")
        log.record(AuditKind.GENERATE, "alpha", 1)
        assert not (tmp_path / ANCHOR_FILE_NAME).exists()
        assert [entry.kind for entry in log.list()] == ["generate"]
        assert log.verify().ok
    finally:
        conn.close()
