"""AuditService: the vault's audit trail, and per-key usage counted from it."""

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from keyfold.core.audit import (
    ANCHOR_FILE_NAME,
    AuditEntry,
    AuditKind,
    AuditLog,
    AuditVerification,
    parse_timestamp,
)
from keyfold.core.audit.keychain_anchor import KeychainAnchor
from keyfold.core.audit.log import iter_entries
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import audit_usage, signature_usage

logger = logging.getLogger(__name__)

# Events that bring a whole key (all versions up to their own) into the vault.
_CREATING_KINDS = {str(k) for k in (AuditKind.GENERATE, AuditKind.IMPORT, AuditKind.RESTORE)}

# Events that count as using a key version, and the usage field each feeds.
_USAGE_KINDS = {
    AuditKind.SIGN: "signatures",
    AuditKind.VERIFY: "verifications",
    AuditKind.EXPORT: "exports",
    AuditKind.UNLOCK: "unlocks",
    AuditKind.DERIVE_PASSWORD: "derived_passwords",
}


@dataclass(frozen=True)
class VersionUsage:
    """How often one key version was used, and when last."""

    version: int
    signatures: int = 0
    verifications: int = 0
    exports: int = 0
    unlocks: int = 0
    derived_passwords: int = 0
    last_used: datetime | None = None


@dataclass(frozen=True)
class KeyUsage:
    """Usage of every version of a key (versions never used are absent)."""

    key_id: str
    versions: tuple[VersionUsage, ...]

    def version(self, number: int) -> VersionUsage:
        for usage in self.versions:
            if usage.version == number:
                return usage
        return VersionUsage(number)

    @property
    def last_used(self) -> datetime | None:
        return max((v.last_used for v in self.versions if v.last_used), default=None)

    def total(self, field: str) -> int:
        return sum(int(getattr(v, field)) for v in self.versions)


class AuditService:
    """Record lifecycle events, list and verify them, and count key usage.

    Signing several files at once may be one `sign` entry with a `count`
    detail; usage adds those counts up. Where the signing service counted a
    version's signatures (table `signature_usage`, which sees every
    signature) its counts replace the audit trail's.
    """

    def __init__(self, vault: Vault, *, actor: str | None = None) -> None:
        self.vault = vault
        self.log = AuditLog(
            vault.database,
            vault.home / ANCHOR_FILE_NAME,
            actor=actor,
            keychain=self._anchor,
            reading=vault.reading,
        )

    def _anchor(self) -> KeychainAnchor | None:
        """The keychain's copy of the audit head; choosing the keychain loads
        `keyring` and probes it, so this runs only when the trail is written
        or verified, never to list or show keys."""
        from keyfold.core.vault.secret_backends.keychain import KEYRING_ERRORS, KeychainBackend

        keychain = self.vault.keychain
        if not isinstance(keychain, KeychainBackend):
            return None
        return KeychainAnchor(keychain.keyring, self.vault.vault_id, KEYRING_ERRORS)

    def record(
        self,
        kind: AuditKind,
        key_id: str | None = None,
        version: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry; details go through the secret guard (AuditDetailError)."""
        return _logged(self.log.record(kind, key_id, version, details))

    def record_or_undo(
        self,
        undo: Callable[[], None],
        kind: AuditKind,
        key_id: str | None = None,
        version: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Record an event whose effect (a file written) has happened; when the
        entry cannot be written, `undo` removes the effect, so no operation
        succeeds without its entry."""
        try:
            return self.record(kind, key_id, version, details)
        except BaseException:
            with contextlib.suppress(OSError):
                undo()
            raise

    def append_in(
        self,
        conn: sqlite3.Connection,
        kind: AuditKind,
        key_id: str | None = None,
        version: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append inside a vault transaction the caller holds (see AuditLog.append_in)."""
        return _logged(self.log.append_in(conn, kind, key_id, version, details))

    def list(
        self,
        *,
        kind: AuditKind | str | None = None,
        key_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        return self.log.list(kind=kind, key_id=key_id, since=since, until=until, limit=limit)

    def stream(
        self,
        *,
        kind: AuditKind | str | None = None,
        key_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Iterator[AuditEntry]:
        """Like `list` without a limit, one entry at a time from a read snapshot
        (no lock held): constant memory for a trail of millions of entries."""
        with self.vault.reading() as conn:
            yield from iter_entries(conn, kind=kind, key_id=key_id, since=since, until=until)

    def verify(self, *, expected_head: str | None = None) -> AuditVerification:
        """The chain and its anchors, then that every key and version in the
        vault has the event that created it (so removing the log shows)."""
        result = self.log.verify(expected_head=expected_head)
        notes = (
            *result.notes,
            "Every key and version in the vault is checked for the event that created it.",
        )
        if result.ok:
            missing = self._missing_creation()
            if missing:
                result = replace(result, ok=False, reason=missing)
        if not result.ok:
            logger.warning("The audit trail failed verification: %s", result.reason)
        return replace(result, notes=notes)

    def _missing_creation(self) -> str:
        """A sentence naming the first key version with no creating event, or ""."""
        # The keys first: a key's creating entry commits with it, so every
        # key read here has its entry in the later snapshots below, even when
        # keys are added meanwhile.
        records = self.vault.list_keys()
        created: dict[str, int] = {}  # key id -> highest version a whole-key event covers
        rotated: dict[str, set[int]] = {}
        # Only the creating and rotating entries, one at a time: memory grows
        # with the vault's keys and versions, not with the length of the trail.
        for kind in (*_CREATING_KINDS, str(AuditKind.ROTATE)):
            for entry in self.stream(kind=kind):
                if entry.key_id is None or entry.version is None:
                    continue
                if entry.kind in _CREATING_KINDS:
                    created[entry.key_id] = max(created.get(entry.key_id, 0), entry.version)
                else:
                    rotated.setdefault(entry.key_id, set()).add(entry.version)
        for record in records:
            for version in sorted(v.version for v in record.versions):
                if version > created.get(record.key_id, 0) and version not in rotated.get(
                    record.key_id, set()
                ):
                    return (
                        f"Key {record.key_id} version {version} is in the vault but the log "
                        "has no event creating it: entries were removed."
                    )
        return ""

    def usage(self, key_id: str) -> KeyUsage:
        """Counts per version of signatures, verifications, exports, unlocks."""
        kinds = [str(kind) for kind in _USAGE_KINDS]
        with self.vault.reading() as conn:
            rows = audit_usage.totals(conn, key_id, kinds)
            counted = signature_usage.for_key(conn, key_id)
        counts: dict[int, dict[str, Any]] = {}
        for total in rows:
            entry = counts.setdefault(total.version, {"last_used": None})
            entry[_USAGE_KINDS[AuditKind(total.kind)]] = total.total
            moment = parse_timestamp(total.last_timestamp)
            if entry["last_used"] is None or moment > entry["last_used"]:
                entry["last_used"] = moment
        usage = {version: VersionUsage(version, **fields) for version, fields in counts.items()}
        for row in counted:
            found = usage.get(row.version, VersionUsage(row.version))
            last = max(
                (moment for moment in (found.last_used, row.last_used) if moment),
                default=None,
            )
            usage[row.version] = replace(found, signatures=row.signatures, last_used=last)
        return KeyUsage(key_id, tuple(usage[version] for version in sorted(usage)))

    def signature_counts(self) -> dict[tuple[str, int], int]:
        """Signatures per (key, version) for every key: `usage`'s rule, two queries in all."""
        with self.vault.reading() as conn:
            counts = audit_usage.totals_of_kind(conn, str(AuditKind.SIGN))
            counts.update(signature_usage.counts(conn))
        return counts

    def signatures(self, key_id: str, version: int) -> int:
        """Signatures made with one version, as the audit trail recorded them."""
        return self.usage(key_id).version(version).signatures


def _logged(entry: AuditEntry) -> AuditEntry:
    """Every lifecycle event also goes to the log; its details passed the secret guard."""
    logger.info(
        "%s key=%s version=%s %s", entry.kind, entry.key_id, entry.version, dict(entry.details)
    )
    return entry
