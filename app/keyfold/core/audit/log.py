"""AuditLog: append, list and verify one vault's audit trail, with its head anchored outside."""

import contextlib
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from keyfold.core import file_locks
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit.chain import (
    GENESIS_HASH,
    check_row,
    entry_hash,
    format_timestamp,
    parse_timestamp,
)
from keyfold.core.audit.details import check_details
from keyfold.core.audit.keychain_anchor import KeychainAnchor
from keyfold.core.audit.kinds import AuditKind
from keyfold.core.display import escape_path
from keyfold.core.errors import StorageError

# A callable that opens a transaction (under the vault's cross-process lock)
# and yields its connection; `Vault.database` is one.
DatabaseProvider = Callable[[], AbstractContextManager[sqlite3.Connection]]

ANCHOR_FILE_NAME = "audit.head"


@dataclass(frozen=True)
class AuditEntry:
    """One event of the log, as stored."""

    seq: int
    timestamp: datetime
    kind: str
    key_id: str | None
    version: int | None
    actor: str
    details: Mapping[str, str] = field(default_factory=dict)
    prev_hash: str = GENESIS_HASH
    hash: str = ""
    damaged: str = ""  # why the stored row cannot be read as written; "" when it can


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of checking the chain; `first_bad_seq` is None when intact.

    `notes` say what this check can and cannot detect on this machine."""

    ok: bool
    count: int
    head_hash: str
    first_bad_seq: int | None = None
    reason: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuditAnchor:
    """The chain's head as last recorded outside the database."""

    count: int
    head_hash: str


def default_actor() -> str:
    """Who is acting: program name, process id and OS user."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{program}[{os.getpid()}]@{user}"


_COLUMNS = "seq, timestamp, kind, key_id, version, actor, details, prev_hash, hash"


class AuditLog:
    """Append, list and verify the hash-chained audit trail of one vault."""

    def __init__(
        self,
        database: DatabaseProvider,
        anchor_path: Path | None,
        *,
        actor: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        keychain: Callable[[], KeychainAnchor | None] | None = None,
        reading: DatabaseProvider | None = None,
    ) -> None:
        """`anchor_path` None keeps no anchor (tail truncation then goes unseen);
        `keychain` gives the second copy of the head outside the vault folder
        (or None). It is called when the trail is first written or verified,
        so reading the trail never loads or probes the keychain. `reading`
        gives a read snapshot that does not hold the vault's lock (Vault.reading);
        without it, reads use `database`."""
        self._database = database
        self._reading = reading or database
        self._anchor_path = anchor_path
        self._keychain_provider = keychain
        self._keychain: KeychainAnchor | None = None
        self.actor = actor or default_actor()
        self._clock = clock
        self._db_file: str | None = None

    @property
    def keychain(self) -> KeychainAnchor | None:
        """The keychain's copy of the head, chosen on first use; None without one."""
        if self._keychain_provider is not None:
            self._keychain = self._keychain_provider()
            self._keychain_provider = None
        return self._keychain

    # -- writing -----------------------------------------------------------------

    def record(
        self,
        kind: AuditKind,
        key_id: str | None = None,
        version: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry in its own transaction and advance the anchor."""
        checked = check_details(details or {})
        with self._database() as conn:
            entry = self.append_in(conn, kind, key_id, version, checked)
        self.sync_anchor()
        return entry

    def append_in(
        self,
        conn: sqlite3.Connection,
        kind: AuditKind,
        key_id: str | None = None,
        version: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append inside the caller's transaction.

        Call `sync_anchor()` after the transaction commits to move the anchor
        forward (until then the anchor lags, which verify() accepts).

        The previous entry is read in the same locked transaction, so two
        processes appending at once still form a single chain.
        """
        checked = check_details(details or {})
        if key_id is not None:
            # Ids read from files (a backup's key_id) may hold anything; the
            # escaped form is lossless and always encodable.
            key_id = escape_path(key_id)
        self._remember_file(conn)
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev_hash = (1, GENESIS_HASH) if row is None else (int(row[0]) + 1, str(row[1]))
        if seq == 1:
            # The first entry: anchor the empty log (a claim that is always
            # true), so from now on a missing anchor file is itself evidence.
            self._anchor_empty_log()
        moment = self._clock()
        stamp = format_timestamp(moment)
        kind_text = str(AuditKind(kind))
        digest = entry_hash(seq, prev_hash, stamp, kind_text, key_id, version, self.actor, checked)
        conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 -- fixed column list
            (
                seq,
                stamp,
                kind_text,
                key_id,
                version,
                self.actor,
                json.dumps(checked, sort_keys=True),
                prev_hash,
                digest,
            ),
        )
        return AuditEntry(
            seq,
            parse_timestamp(stamp),
            kind_text,
            key_id,
            version,
            self.actor,
            MappingProxyType(checked),
            prev_hash,
            digest,
        )

    # -- the anchor --------------------------------------------------------------

    def read_anchor(self) -> AuditAnchor | None:
        """The recorded head, or None when there is no anchor file."""
        if self._anchor_path is None:
            return None
        try:
            raw = self._anchor_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(f"Cannot read {self._anchor_path}: {exc.strerror}.") from exc
        try:
            document = json.loads(raw)
            count = document["count"]
            head = document["head_hash"]
            if not isinstance(count, int) or not isinstance(head, str) or count < 0:
                raise TypeError
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(f"The audit anchor {self._anchor_path} is malformed.") from exc
        return AuditAnchor(count, head)

    def sync_anchor(self) -> None:
        """Move the anchor forward to the log's committed head.

        Reads through a separate connection, so entries of a transaction that
        is still open (or later rolls back) are never anchored. Never moves the
        anchor back, and never over evidence: when the log no longer holds the
        anchored head, the anchor stays so `verify()` reports it. Only the
        anchor lock is taken here, never the vault's, so calling this inside a
        vault transaction cannot deadlock with another process.
        """
        if self._anchor_path is None:
            return
        db_file = self._database_file()
        if db_file is None:
            return
        with self._anchor_lock():
            anchor = self.read_anchor()
            with contextlib.closing(_connect_committed(db_file)) as conn:
                count, head_hash = _head(conn)
                self._advance_keychain(conn, count, head_hash)
                if anchor is not None:
                    if count <= anchor.count:
                        return
                    if anchor.count > 0 and _hash_at(conn, anchor.count) != anchor.head_hash:
                        return
                elif count > 0:
                    return  # a missing anchor over a non-empty log is evidence too
            self._write_anchor(AuditAnchor(count, head_hash))

    def _advance_keychain(self, conn: sqlite3.Connection, count: int, head_hash: str) -> None:
        """Move the keychain's copy forward, under the same rules as the file's."""
        keychain = self.keychain
        if keychain is None:
            return
        try:
            recorded = keychain.read()
        except StorageError:
            return  # a locked or broken keychain: verify says so
        if recorded is not None:
            kept, kept_hash = recorded
            if count <= kept or (kept > 0 and _hash_at(conn, kept) != kept_hash):
                return
        keychain.write(count, head_hash)

    def ensure_anchor(self) -> None:
        """Create the anchor for a fresh, empty log so later removals show."""
        if self._anchor_path is None or self.read_anchor() is not None:
            return
        db_file = self._database_file()
        if db_file is None:
            return
        with contextlib.closing(_connect_committed(db_file)) as conn:
            if _head(conn)[0] > 0:
                return
        self._anchor_empty_log()

    def _anchor_empty_log(self) -> None:
        if self._anchor_path is None or not self._db_file:
            return
        with self._anchor_lock():
            if self.read_anchor() is None:
                self._write_anchor(AuditAnchor(0, GENESIS_HASH))

    def _database_file(self) -> Path | None:
        """The SQLite file behind the provider (None for an in-memory one)."""
        if self._db_file is None:
            with self._database() as conn:
                self._remember_file(conn)
        return Path(self._db_file) if self._db_file else None

    def _remember_file(self, conn: sqlite3.Connection) -> None:
        if self._db_file is None:
            for row in conn.execute("PRAGMA database_list").fetchall():
                if row[1] == "main":
                    # An in-memory database has no file: remember "" for it.
                    self._db_file = str(row[2] or "")

    def _write_anchor(self, anchor: AuditAnchor) -> None:
        assert self._anchor_path is not None
        body = json.dumps({"version": 1, "count": anchor.count, "head_hash": anchor.head_hash})
        atomic_write(self._anchor_path, body.encode() + b"\n")

    @contextlib.contextmanager
    def _anchor_lock(self) -> Iterator[None]:
        # Anchor writes happen after the database transaction commits, so
        # they need their own lock to keep two processes from racing it.
        assert self._anchor_path is not None
        lock_path = self._anchor_path.with_name(self._anchor_path.name + ".lock")
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Cannot open {lock_path}: {exc.strerror}.") from exc
        try:
            file_locks.lock(fd)
            yield
        finally:
            os.close(fd)

    # -- reading -----------------------------------------------------------------

    def list(
        self,
        *,
        kind: AuditKind | str | None = None,
        key_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Entries oldest first, filtered; `since` inclusive, `until` exclusive."""
        query, params = _select(kind, key_id, since, until, newest_first=True)
        # Newest first so `limit` keeps the latest entries; reversed on return.
        if limit is not None:
            query += " LIMIT ?"
            params.append(limit)
        with self._reading() as conn:
            rows = conn.execute(query, params).fetchall()
        return [_entry_from_row(row) for row in reversed(rows)]

    def verify(self, *, expected_head: str | None = None) -> AuditVerification:
        """Recompute the chain; report the first bad entry and why.

        Streams the rows of a read snapshot: memory stays constant however long
        the trail is, and writers are not held up meanwhile (a million entries
        take seconds). Both copies of the head are read before the snapshot
        starts, so they can only lag behind what it sees: they move forward
        only after an entry commits.
        """
        kept = self._read_keychain()  # outside any lock: a keychain may prompt
        anchor = self.read_anchor()
        with self._reading() as conn:
            count = int(conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])
            head = GENESIS_HASH
            seen_expected = False
            rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
            for position, row in enumerate(rows, start=1):
                problem = check_row(row, position, head)
                if problem is not None:
                    bad_seq, reason = problem
                    return AuditVerification(False, count, head, bad_seq, reason, self._notes())
                head = str(row[8])
                seen_expected = seen_expected or head == expected_head
            anchored = _stored_hash(conn, anchor.count, count) if anchor is not None else None
            kept_at = _stored_hash(conn, kept[0], count) if isinstance(kept, tuple) else None
        failure = self._anchor_problem(anchor, anchored, count) or self._keychain_problem(
            kept, kept_at, count
        )
        if failure is not None:
            return AuditVerification(False, count, head, failure[0], failure[1], self._notes())
        if expected_head is not None and not seen_expected:
            return AuditVerification(
                False,
                count,
                head,
                None,
                "No entry of the log has the expected head hash: the history was rewritten.",
                self._notes(),
            )
        return AuditVerification(True, count, head, notes=self._notes())

    def _anchor_problem(
        self, anchor: AuditAnchor | None, anchored: str | None, count: int
    ) -> tuple[int, str] | None:
        """(first bad seq, reason) when the log does not reach the file's head."""
        if anchor is not None:
            if count < anchor.count:
                return (
                    count + 1,
                    f"The log ends at entry {count} but {ANCHOR_FILE_NAME} records "
                    f"{anchor.count} entries: entries were removed from the end.",
                )
            if anchored != anchor.head_hash:
                return (
                    max(anchor.count, 1),
                    f"Entry {anchor.count} differs from the head recorded in "
                    f"{ANCHOR_FILE_NAME}: the log was rewritten.",
                )
        elif count > 0 and self._anchor_path is not None and self._database_file() is not None:
            return (
                count,
                f"The anchor file {ANCHOR_FILE_NAME} is missing: the end of the log "
                "cannot be checked.",
            )
        return None

    def _read_keychain(self) -> tuple[int, str] | StorageError | None:
        """The keychain's (count, head), None without one, or why it cannot be read."""
        keychain = self.keychain
        if keychain is None:
            return None
        try:
            return keychain.read()
        except StorageError as exc:
            return exc

    def _keychain_problem(
        self, kept: tuple[int, str] | StorageError | None, kept_at: str | None, count: int
    ) -> tuple[int, str] | None:
        """(first bad seq, reason) when the log does not reach the keychain's head."""
        if kept is None:
            return None
        if isinstance(kept, StorageError):
            return max(count, 1), f"The audit anchor in the OS keychain cannot be read: {kept}"
        kept_count, kept_hash = kept
        if count < kept_count:
            return (
                count + 1,
                f"The log ends at entry {count} but the OS keychain records {kept_count} "
                "entries: entries were removed from the end.",
            )
        if kept_at != kept_hash:
            return (
                max(kept_count, 1),
                f"Entry {kept_count} differs from the head recorded in the OS keychain: "
                "the log was rewritten.",
            )
        return None

    def _notes(self) -> tuple[str, ...]:
        """What verify can and cannot see, given where the head is kept."""
        notes = [
            "Edited, reordered or inserted entries are detected by the hash chain.",
        ]
        if self.keychain is not None:
            notes.append(
                f"The head is also kept in the OS keychain ({self.keychain.name}), so "
                f"removing entries is detected even if {ANCHOR_FILE_NAME} is rewritten; "
                "someone who can also write your keychain could still hide it."
            )
        else:
            notes.append(
                f"There is no OS keychain here: the head is kept only in {ANCHOR_FILE_NAME} "
                "beside the database, so someone who can write the vault folder can remove "
                f"the newest entries and rewrite {ANCHOR_FILE_NAME} unnoticed. Note the head "
                "hash elsewhere and check it with --expect-head."
            )
        return tuple(notes)


def iter_entries(
    conn: sqlite3.Connection,
    *,
    kind: AuditKind | str | None = None,
    key_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[AuditEntry]:
    """Entries oldest first, one row at a time: constant memory for any trail."""
    query, params = _select(kind, key_id, since, until, newest_first=False)
    for row in conn.execute(query, params):
        yield _entry_from_row(row)


def _select(
    kind: AuditKind | str | None,
    key_id: str | None,
    since: datetime | None,
    until: datetime | None,
    *,
    newest_first: bool,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(str(kind))
    if key_id is not None:
        clauses.append("key_id = ?")
        params.append(key_id)
    if since is not None:
        clauses.append("timestamp >= ?")
        params.append(format_timestamp(since))
    if until is not None:
        clauses.append("timestamp < ?")
        params.append(format_timestamp(until))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    order = "DESC" if newest_first else "ASC"
    query = f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq {order}"  # noqa: S608 -- fixed clauses
    return query, params


def _connect_committed(db_file: Path) -> sqlite3.Connection:
    """A connection of our own: it sees only what other transactions committed."""
    try:
        return sqlite3.connect(db_file, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot open the vault database {db_file}: {exc}.") from exc


def _head(conn: sqlite3.Connection) -> tuple[int, str]:
    try:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return 0, GENESIS_HASH  # the table is not committed yet
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def _stored_hash(conn: sqlite3.Connection, seq: int, count: int) -> str | None:
    """The hash of entry `seq` of a chain that verified up to `count` (genesis for 0)."""
    if seq == 0:
        return GENESIS_HASH
    return _hash_at(conn, seq) if seq <= count else None


def _hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])


def _entry_from_row(row: tuple[Any, ...]) -> AuditEntry:
    """The row as an entry; a damaged row is marked (`damaged`), never raised."""
    seq, stamp, kind, key_id, version, actor, details_text, prev_hash, digest = row
    problems: list[str] = []
    try:
        moment = parse_timestamp(stamp)
    except (TypeError, ValueError):
        moment = datetime(1970, 1, 1, tzinfo=UTC)
        problems.append("unreadable time")
    details: dict[str, str] = {}
    try:
        parsed = json.loads(details_text)
    except (TypeError, ValueError, RecursionError):
        parsed = None
    if isinstance(parsed, dict):
        details = {str(k): v if isinstance(v, str) else repr(v) for k, v in parsed.items()}
        if any(not isinstance(v, str) for v in parsed.values()):
            problems.append("details that are not text")
    else:
        problems.append("details that are not an object")
    if not isinstance(seq, int):
        problems.append("a sequence number that is not a number")
    if not isinstance(version, int | None) or isinstance(version, bool):
        problems.append("a version that is not a number")
        version = None
    return AuditEntry(
        seq if isinstance(seq, int) else -1,
        moment,
        str(kind),
        None if key_id is None else str(key_id),
        version,
        str(actor),
        MappingProxyType(details),
        str(prev_hash),
        str(digest),
        damaged=f"damaged: {', '.join(problems)}" if problems else "",
    )
