"""BackupService: write, inspect, verify and restore standard backups and bundles."""

import dataclasses
import functools
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from keyfold.controller.archived_keys import archived_keys
from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService, versions_of
from keyfold.core.atomic_files import atomic_write, ensure_private_dir
from keyfold.core.audit import AuditKind, loggable, loggable_path
from keyfold.core.backup import (
    BackupInfo,
    BackupPreset,
    KdfParams,
    OpenedBackup,
    inspect_backup,
    is_bundle,
    open_backup,
    read_bundle,
    seal_key,
    write_bundle,
)
from keyfold.core.backup.codec import parse_any
from keyfold.core.backup.kdf import DerivedKeys, derive_passphrase_key
from keyfold.core.display import shown, storable_path
from keyfold.core.errors import InvalidInputError, KeyfoldError, StorageError
from keyfold.core.limits import check_description, check_name, check_tags, check_version_count
from keyfold.core.paper.files import is_paper_file
from keyfold.core.progress import CancelToken, ProgressCallback, no_progress
from keyfold.core.vault import (
    BackupRecord,
    KeyRecord,
    StorageKind,
    Vault,
    store,
    validate_key_id,
)
from keyfold.core.vault.key_ids import is_valid_key_id, next_free_key_id, suggest_key_id

logger = logging.getLogger(__name__)

BUNDLE_SUFFIXES = (".tar.gz", ".tgz")


class ConflictPolicy(StrEnum):
    """What restore does when the vault already has a key with the same id."""

    SKIP = "skip"
    RENAME = "rename"
    OVERWRITE = "overwrite"


class RestoreAction(StrEnum):
    RESTORED = "restored"
    RENAMED = "renamed"
    OVERWRITTEN = "overwritten"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class RestoreOutcome:
    """One key of a backup: its id in the file, its id in the vault, what happened."""

    source_key_id: str
    key_id: str
    action: RestoreAction
    layout: str = ""  # the file's variant (a Layout value), as found once opened


@dataclass(frozen=True)
class CreatedBackup:
    """The files `create` wrote and, per file, what reading it back found."""

    records: list[BackupRecord]
    opened: list[list[BackupInfo]]


class BackupService:
    """Backups of vault keys in the standard format (one file per key, or a bundle)."""

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        kdf: KdfParams | None = None,
        *,
        audit: AuditService | None = None,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit if audit is not None else keys.audit
        # Standard backups use the vault's Argon2 cost unless told otherwise.
        self.kdf = kdf if kdf is not None else vault.kdf

    def create(
        self,
        key_ids: Sequence[str],
        passphrase: str,
        destination: Path,
        *,
        preset: BackupPreset = BackupPreset.STANDARD,
        bundle: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> list[BackupRecord]:
        """Seal each key with `passphrase` and write it; see `create_checked`."""
        return self.create_checked(
            key_ids,
            passphrase,
            destination,
            preset=preset,
            bundle=bundle,
            progress=progress,
            cancel=cancel,
        ).records

    def create_checked(
        self,
        key_ids: Sequence[str],
        passphrase: str,
        destination: Path,
        *,
        preset: BackupPreset = BackupPreset.STANDARD,
        bundle: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> CreatedBackup:
        """Seal each key with `passphrase`, write it and read it back.

        The document's top level is the current version (what any reader
        gets); the archived versions ride along in Keyfold's extension field
        (expired ones are left out: they are no longer used).

        Not a bundle: a folder gets `<key_id>-backup.json` per key; a single
        key may go to a path ending in .json. A bundle goes to a .tar.gz path
        (or `keyfold-backup-<date>.tar.gz` inside a folder). Keys must be
        unlocked or unprotected. The read-back is the backup's one check: each
        file is opened with the passphrase, so it is recorded as verified, and
        what opening found (with any warnings) is returned with the records.
        """
        preset = BackupPreset(preset)
        ids = list(dict.fromkeys(key_ids))
        if not ids:
            raise InvalidInputError("Choose at least one key to back up.")
        if not passphrase:
            raise InvalidInputError("A backup needs a passphrase.")
        report = progress or no_progress
        destination = Path(destination).expanduser()
        targets = self._targets(ids, destination, bundle)
        records = [self.vault.get_key(key_id) for key_id in ids]
        pairs = [self.keys.key_pair(r.key_id, r.current.version, record=r) for r in records]
        older = [archived_keys(self.keys, record) for record in records]
        kdf = self.kdf if preset is BackupPreset.STANDARD else KdfParams.pbkdf2()
        # One derivation for every key of this backup: they share the passphrase
        # (the JavaScript SDK's format has its own salt size, so it derives per key).
        derived = (
            None if preset is BackupPreset.DATAFOLD_JS else derive_passphrase_key(passphrase, kdf)
        )
        sealed: list[tuple[str, bytes]] = []
        # One step per key sealed, then one per key opened again: the read-back
        # derives the key again for each file, so it is the longer half.
        steps = 2 * len(ids)
        report(0, steps)
        for done, (record, pair, archived) in enumerate(
            zip(records, pairs, older, strict=True), start=1
        ):
            if cancel is not None:
                cancel.check()
            metadata = {"description": record.description} if record.description else None
            data = seal_key(
                pair,
                passphrase,
                key_id=record.key_id,
                name=record.name,
                metadata=metadata,
                preset=preset,
                kdf=kdf,
                derived=derived,
                created=record.current.created,
                version=record.current.version,
                archived=archived,
                tags=record.tags,
            )
            sealed.append((record.key_id, data))
            report(done, steps)
        if cancel is not None:
            cancel.check()
        now = datetime.now(UTC)
        fingerprints = {r.key_id: r.fingerprint for r in records}
        written: list[BackupRecord] = []
        if bundle:
            write_bundle(targets[0], sealed)
            written.append(self._record(targets[0], ids, fingerprints, now, preset, True))
        else:
            for target, (key_id, data) in zip(targets, sealed, strict=True):
                atomic_write(target, data)
                written.append(self._record(target, [key_id], fingerprints, now, preset, False))
        versions = {
            record.key_id: 1 + len(archived)
            for record, archived in zip(records, older, strict=True)
        }
        opened = self._read_back(
            targets, passphrase, versions, fingerprints, lambda n: report(len(ids) + n, steps)
        )
        by_id = {record.key_id: record for record in records}
        # The backup's record and its audit entries commit together.
        with self.vault.database() as conn:
            for target, backup in zip(targets, written, strict=True):
                store.upsert_backup(conn, backup)
                for key_id in backup.key_ids:
                    record = by_id[key_id]
                    self.audit.append_in(
                        conn,
                        AuditKind.BACKUP,
                        key_id,
                        record.current.version,
                        {
                            "action": "create",
                            "path": loggable_path(target.resolve()),
                            "preset": preset.value,
                            "bundle": bundle,
                            "fingerprint": record.fingerprint,
                            "count": versions[key_id],
                            "result": "read back",
                        },
                    )
        self.audit.log.sync_anchor()
        return CreatedBackup(written, opened)

    def _read_back(
        self,
        written: Sequence[Path],
        passphrase: str,
        versions: Mapping[str, int],
        fingerprints: Mapping[str, str],
        opened_so_far: Callable[[int], None],
    ) -> list[list[BackupInfo]]:
        """Open every file just written, with the passphrase, through the reader
        restore uses; on any failure delete what this call wrote and say why.
        Returns, per file, the info of each key it holds; `opened_so_far` hears
        the count of keys opened after each one."""
        try:
            per_file: list[list[OpenedBackup]] = []
            count = 0
            for path in written:
                per_file.append([])
                for opened_key in _open_each(path, passphrase):
                    per_file[-1].append(opened_key)
                    count += 1
                    opened_so_far(count)
            found = {
                opened.info.key_id: (opened.key_pair.public.fingerprint, 1 + len(opened.archived))
                for opened_file in per_file
                for opened in opened_file
            }
            for key_id, count in versions.items():
                if found.get(key_id) != (fingerprints[key_id], count):
                    raise InvalidInputError(
                        f"key {key_id} did not come back with its {count} version(s)"
                    )
        except (KeyfoldError, OSError) as exc:
            for path in written:
                path.unlink(missing_ok=True)
            reason = str(exc).rstrip(".")
            raise StorageError(
                f"The backup did not read back ({reason}); the file was deleted, "
                "and nothing was recorded."
            ) from exc
        return [[_with_warnings(opened) for opened in opened_file] for opened_file in per_file]

    def inspect(self, path: Path) -> list[BackupInfo]:
        """What a backup or bundle holds, read without its passphrase."""
        return [inspect_backup(data) for _, data in _entries(path)]

    def verify(self, path: Path, passphrase: str) -> list[BackupInfo]:
        """Decrypt every key in memory (importing nothing); marks the backup verified."""
        logger.info("Verifying the backup %s", path)
        infos = [_with_warnings(opened) for opened in _open_each(path, passphrase)]
        resolved = Path(path).expanduser().resolve()
        self.vault.mark_backup_verified(storable_path(resolved))
        for info in infos:
            self.audit.record(
                AuditKind.BACKUP,
                info.key_id or None,
                info.version,
                {
                    "action": "verify",
                    "path": loggable_path(resolved),
                    "result": "ok",
                    **({"fingerprint": info.fingerprint} if info.fingerprint else {}),
                },
            )
        return infos

    def restore(
        self,
        path: Path,
        passphrase: str,
        *,
        key_id: str | None = None,
        on_conflict: ConflictPolicy = ConflictPolicy.SKIP,
        policies: Mapping[str, ConflictPolicy] | None = None,
        new_passphrase: str | None = None,
        storage: StorageKind | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> list[RestoreOutcome]:
        """Put the keys of a backup back into the vault.

        Every key is decrypted before any is stored, so a wrong passphrase
        changes nothing. Keys are stored under `new_passphrase`, else the
        backup's passphrase. `key_id` renames the key of a single-key backup.
        `policies` chooses per key (by its id in the backup, else the id it
        would take in the vault) what a clash does; other keys follow
        `on_conflict`. An overwrite replaces the vault's key in one step: a
        crash leaves the old key or the restored one.
        """
        report = progress or no_progress
        on_conflict = ConflictPolicy(on_conflict)
        per_key = {k: ConflictPolicy(v) for k, v in (policies or {}).items()}
        if key_id is not None:
            validate_key_id(key_id)
        entries = _entries(path)
        if key_id is not None and len(entries) != 1:
            raise InvalidInputError(
                f"{Path(path).name} holds {len(entries)} keys; "
                "a new key id works only with a single-key backup."
            )
        opened: list[OpenedBackup] = []
        report(0, 2 * len(entries))
        keys = _budget_for(entries)
        for done, (_, data) in enumerate(entries, start=1):
            if cancel is not None:
                cancel.check()
            opened.append(open_backup(data, passphrase, keys=keys))
            report(done, 2 * len(entries))
        for backup in opened:  # every key within the limits before any is stored
            _check_limits(backup)
        store_passphrase = new_passphrase if new_passphrase is not None else passphrase
        outcomes: list[RestoreOutcome] = []
        source_path = loggable_path(Path(path).expanduser().resolve())
        for done, backup in enumerate(opened, start=len(entries) + 1):
            if cancel is not None:
                cancel.check()

            details = functools.partial(_restore_details, backup, source_path)
            outcome, policy = self._restore_one(
                backup, key_id, on_conflict, per_key, store_passphrase, storage, details
            )
            if outcome.action is RestoreAction.SKIPPED:
                self.audit.record(AuditKind.RESTORE, outcome.key_id, None, details(outcome, policy))
            else:
                self.audit.log.sync_anchor()
            outcomes.append(outcome)
            report(done, 2 * len(entries))
        self._remember_source(Path(path), outcomes, opened)
        return outcomes

    def _remember_source(
        self, path: Path, outcomes: Sequence[RestoreOutcome], opened: Sequence[OpenedBackup]
    ) -> None:
        """The file keys came back from is a backup of them: they are not "never backed
        up". Its date is when the file was written (or when this vault made it)."""
        restored = [
            (outcome.key_id, backup.key_pair.public.fingerprint, backup.info.layout)
            for outcome, backup in zip(outcomes, opened, strict=True)
            if outcome.action is not RestoreAction.SKIPPED
        ]
        if not restored:
            return
        resolved = path.expanduser().resolve()
        stored = storable_path(resolved)
        known = next((b for b in self.vault.list_backups() if b.path == stored), None)
        pairs = dict(zip(known.key_ids, known.fingerprints, strict=True)) if known else {}
        pairs.update({key_id: fingerprint for key_id, fingerprint, _ in restored})
        layout = restored[0][2]
        preset = (
            BackupPreset.DATAFOLD_JS
            if layout.startswith(BackupPreset.DATAFOLD_JS.value)
            else BackupPreset.DATAFOLD_SDK
            if layout == "unified"
            else BackupPreset.STANDARD
        )
        self.vault.record_backup(
            BackupRecord(
                path=stored,
                key_ids=tuple(pairs),
                fingerprints=tuple(pairs.values()),
                created=known.created
                if known
                else datetime.fromtimestamp(resolved.stat().st_mtime, UTC),
                preset=known.preset if known else preset.value,
                bundle=is_bundle(resolved),
                last_verified=datetime.now(UTC),  # it was just opened with its passphrase
            )
        )

    def _restore_one(
        self,
        backup: OpenedBackup,
        key_id: str | None,
        on_conflict: ConflictPolicy,
        policies: Mapping[str, ConflictPolicy],
        passphrase: str,
        storage: StorageKind | None,
        details: Callable[[RestoreOutcome, ConflictPolicy], dict[str, Any]],
    ) -> tuple[RestoreOutcome, ConflictPolicy]:
        """What happened to one key, and the conflict policy that applied to it;
        a stored key's audit entry (`details`) commits with it."""
        source = backup.info.key_id
        if key_id is not None:
            target = key_id
        elif is_valid_key_id(source):
            target = source
        else:
            target = suggest_key_id(source or backup.info.name, lambda _: False)
        policy = policies.get(source, policies.get(target, on_conflict))
        action = RestoreAction.RESTORED
        replaced: KeyRecord | None = None
        if self.vault.has_key(target):
            if policy is ConflictPolicy.SKIP:
                skipped = RestoreOutcome(source, target, RestoreAction.SKIPPED, backup.info.layout)
                return skipped, policy
            if policy is ConflictPolicy.RENAME:
                target = next_free_key_id(target, self.vault.has_key)
                action = RestoreAction.RENAMED
            else:
                replaced = self.vault.get_key(target)
                action = RestoreAction.OVERWRITTEN
        description = backup.info.metadata.get("description", "")
        version, created, history = versions_of(backup)
        outcome = RestoreOutcome(source, target, action, backup.info.layout)

        def entry(conn: sqlite3.Connection) -> None:
            self.audit.append_in(conn, AuditKind.RESTORE, target, version, details(outcome, policy))

        self.vault.restore_key(
            target,
            backup.key_pair,
            passphrase=passphrase,
            version=version,
            created=created,
            history=history,
            name=backup.info.name,
            description=description,
            tags=backup.info.tags,
            storage=storage,
            replace_existing=replaced is not None,
            alongside=entry,
        )
        if replaced is not None:
            self.keys.forget_replaced(replaced)
        return outcome, policy

    def _targets(self, ids: list[str], destination: Path, bundle: bool) -> list[Path]:
        if bundle:
            if destination.name.endswith(BUNDLE_SUFFIXES):
                _ensure_folder(destination.parent)
                return [destination]
            _ensure_folder(destination)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            return [destination / f"keyfold-backup-{stamp}.tar.gz"]
        if destination.suffix == ".json":
            if len(ids) != 1:
                raise InvalidInputError(
                    f"{destination.name} is a single file; back up {len(ids)} keys "
                    "to a folder or as a bundle."
                )
            _ensure_folder(destination.parent)
            return [destination]
        _ensure_folder(destination)
        return [destination / f"{key_id}-backup.json" for key_id in ids]

    @staticmethod
    def _record(
        path: Path,
        key_ids: Sequence[str],
        fingerprints: dict[str, str],
        created: datetime,
        preset: BackupPreset,
        bundle: bool,
    ) -> BackupRecord:
        return BackupRecord(
            path=storable_path(path.resolve()),
            key_ids=tuple(key_ids),
            fingerprints=tuple(fingerprints[k] for k in key_ids),
            created=created,
            preset=preset.value,
            bundle=bundle,
            last_verified=created,  # `create` reads every file back before recording it
        )

    # Last in the class: a method named `list` shadows the builtin below it.
    def list(self) -> list[BackupRecord]:
        return self.vault.list_backups()


def _entries(path: Path) -> list[tuple[str, bytes]]:
    """(key_id, JSON bytes) for each key in a backup file or bundle."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise InvalidInputError(f"The backup file {path} does not exist.")
    if is_bundle(path):
        return read_bundle(path)
    if is_paper_file(path):  # a scan, photo or PDF of a paper backup: its QR codes
        from keyfold.core.paper.scan import read_paper_backup  # PDFium and zxing: on demand

        return [("", read_paper_backup(path))]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"Cannot read the backup file {path}: {exc.strerror}.") from exc
    return [("", data)]


def _restore_details(
    backup: OpenedBackup, source_path: str, outcome: RestoreOutcome, policy: ConflictPolicy
) -> dict[str, Any]:
    """The details of a restore's audit entry for one key."""
    return {
        "action": outcome.action.value,
        "source_key_id": loggable(outcome.source_key_id),
        "path": source_path,
        "on_conflict": policy.value,
        "fingerprint": backup.key_pair.public.fingerprint,
        "count": 1 + len(backup.archived),
    }


def _check_limits(backup: OpenedBackup) -> None:
    shown_id = shown(backup.info.key_id or backup.info.name or "the key")
    check_name(backup.info.name, f"The name of {shown_id} in the backup")
    check_description(
        backup.info.metadata.get("description", ""), f"The description of {shown_id} in the backup"
    )
    check_tags(backup.info.tags, f"The key {shown_id} in the backup")
    check_version_count(1 + len(backup.archived), shown_id)


def _budget_for(entries: Sequence[tuple[str, bytes]]) -> DerivedKeys:
    """One derivation budget for all the entries, charged before any runs."""
    keys = DerivedKeys()
    keys.plan((sealed.salt, sealed.info.kdf) for sealed in map(parse_any, (d for _, d in entries)))
    return keys


def _open_each(path: Path, passphrase: str) -> Iterator[OpenedBackup]:
    """Every key of a backup file or bundle, decrypted within one KDF budget."""
    entries = _entries(path)
    keys = _budget_for(entries)
    for _, data in entries:
        yield open_backup(data, passphrase, keys=keys)


def _ensure_folder(folder: Path) -> None:
    """Create a missing destination folder 0700; an existing one keeps its mode."""
    if not folder.is_dir():
        ensure_private_dir(folder)


def _with_warnings(opened: OpenedBackup) -> BackupInfo:
    """The info of an opened backup, carrying the warnings found while opening."""
    warnings = tuple(dict.fromkeys((*opened.info.warnings, *opened.warnings)))
    return dataclasses.replace(opened.info, warnings=warnings)
