"""ShareService: split a key into SLIP-39 shares, record it, and combine shares into a key."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.atomic_files import atomic_write, ensure_private_dir
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.errors import KeyExistsError
from keyfold.core.keys import KeyPair
from keyfold.core.shares import (
    ShareError,
    ShareInput,
    ShareSet,
    comment_fingerprint,
    key_from_shares,
    read_share_file,
    read_share_lines,
    share_file_text,
    split_seed,
)
from keyfold.core.vault import BackupRecord, KeyRecord, StorageKind, Vault, validate_key_id

SHARE_PRESET_PREFIX = "slip39-"


def share_preset(threshold: int, count: int) -> str:
    """The backup record's format for a split: `slip39-K-of-N`."""
    return f"{SHARE_PRESET_PREFIX}{threshold}-of-{count}"


def share_file_name(key_id: str, index: int, count: int) -> str:
    return f"{key_id}-share-{index}-of-{count}.txt"


@dataclass(frozen=True)
class SplitKey:
    """A key split into shares, not yet written anywhere."""

    key_id: str
    name: str
    fingerprint: str
    created: datetime
    shares: ShareSet

    def file_text(self, index: int) -> str:
        """Share `index` (1-based) as a share file: comments, then the words."""
        return share_file_text(
            self.shares.mnemonics[index - 1],
            index=index,
            shares=self.shares,
            key_id=self.key_id,
            name=self.name,
            fingerprint=self.fingerprint,
            created=self.created,
        )


@dataclass(frozen=True)
class LoadedShares:
    """Shares read from files, and the fingerprint their comments name (if they agree)."""

    shares: tuple[ShareInput, ...]
    fingerprint: str | None


class ShareService:
    """SLIP-39 shares of vault keys: the seed of the current version is the master secret."""

    def __init__(self, vault: Vault, keys: KeyService, *, audit: AuditService) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit

    def split(self, key_id: str, threshold: int, count: int, passphrase: str = "") -> SplitKey:
        """The key's current seed in `count` shares, any `threshold` recovering it.

        Nothing is recorded yet: `write_files` or `record_split` do that once
        the shares are somewhere safe. The key must be unlocked or unprotected.
        """
        record = self.vault.get_key(key_id)
        pair = self.keys.key_pair(key_id, record.current.version)
        shares = split_seed(pair.seed, threshold, count, passphrase)
        return SplitKey(key_id, record.name, record.fingerprint, datetime.now(UTC), shares)

    def write_files(self, split: SplitKey, folder: Path) -> list[Path]:
        """`folder/KEY_ID-share-I-of-N.txt` for every share (folder made 0700); recorded."""
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            ensure_private_dir(folder)
        paths = []
        for index in range(1, split.shares.count + 1):
            path = folder / share_file_name(split.key_id, index, split.shares.count)
            atomic_write(path, split.file_text(index).encode("utf-8"))
            paths.append(path)
        self.record_split(split, str(folder.resolve()))
        return paths

    def save_share(self, split: SplitKey, index: int, path: Path) -> Path:
        """One share as a share file (the GUI saves them one page at a time)."""
        path = Path(path).expanduser()
        atomic_write(path, split.file_text(index).encode("utf-8"))
        return path

    def record_split(self, split: SplitKey, location: str) -> BackupRecord:
        """Record the split as a backup of the key (its backup state and audit trail).

        `location` is the folder the shares went to, or words saying where
        (e.g. printed); it identifies the record, so it gets the date.
        """
        where = location
        if not Path(location).is_absolute():
            where = f"{location} {split.created:%Y-%m-%d %H:%M:%S}"
        preset = share_preset(split.shares.threshold, split.shares.count)
        record = self.vault.get_key(split.key_id)
        backup = BackupRecord(
            path=where,
            key_ids=(split.key_id,),
            fingerprints=(split.fingerprint,),
            created=split.created,
            preset=preset,
            bundle=False,
            last_verified=None,
        )
        self.vault.record_backup(backup)
        self.audit.record(
            AuditKind.BACKUP,
            split.key_id,
            record.current.version,
            {
                "action": "split",
                "format": "slip39",
                "preset": preset,
                "count": split.shares.count,
                "path": loggable(where),
                "fingerprint": split.fingerprint,
            },
        )
        return backup

    def load_files(self, paths: Sequence[Path]) -> LoadedShares:
        """Mnemonics from share files (one per non-comment line), with the fingerprint a
        Keyfold share file names; files naming different keys are refused."""
        shares: list[ShareInput] = []
        fingerprints: set[str] = set()
        for path in paths:
            path = Path(path).expanduser()
            text = read_share_file(path)
            shares += read_share_lines(text, path.name)
            named = comment_fingerprint(text)
            if named is not None:
                fingerprints.add(named)
        if len(fingerprints) > 1:
            raise ShareError("The share files name different keys (their fingerprints differ).")
        return LoadedShares(tuple(shares), next(iter(fingerprints), None))

    def combine(
        self,
        shares: Sequence[ShareInput],
        share_passphrase: str,
        *,
        key_id: str,
        passphrase: str | None,
        name: str = "",
        storage: StorageKind | None = None,
        expected_fingerprint: str | None = None,
    ) -> KeyRecord:
        """Recover the seed from the shares and store it as a new key.

        `expected_fingerprint` (from a Keyfold share file's comments) catches a
        wrong share passphrase, which SLIP-39 cannot tell: it yields another key.
        """
        chosen = validate_key_id(key_id)
        if self.vault.has_key(chosen):
            raise KeyExistsError(
                f"A key with id {chosen} is in the vault already; choose another id."
            )
        pair = key_from_shares(shares, share_passphrase)
        check_fingerprint(pair, expected_fingerprint)
        existing = self.vault.find_by_fingerprint(pair.public.fingerprint)
        if existing is not None:
            raise KeyExistsError(f"This key is in the vault already, as {existing.key_id}.")
        kind = self.vault.storage_for(storage, passphrase)
        # The entry commits with the key: `audit verify` expects every key's
        # creating entry, and a crash in between must not leave a key without it.
        record = self.vault.add_key(
            chosen,
            pair,
            passphrase=passphrase,
            name=name,
            storage=storage,
            alongside=self.keys.entry_alongside(
                AuditKind.IMPORT,
                chosen,
                1,
                pair,
                {"source": "slip39", "count": len(shares), "storage": kind.value},
            ),
        )
        self.audit.log.sync_anchor()
        self.keys.cache.put(chosen, record.current.version, pair)
        return record


def check_fingerprint(pair: KeyPair, expected: str | None) -> None:
    """Refuse a recovered key whose fingerprint differs from the one the shares name."""
    if expected is not None and pair.public.fingerprint != expected.lower():
        raise ShareError(
            "The shares open to a key with another fingerprint than the one their files name: "
            "the share passphrase is wrong (SLIP-39 cannot tell, it yields a different key)."
        )
