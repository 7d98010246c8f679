"""EncryptionService: encrypt files for vault keys or public key files, decrypt, inspect."""

import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.audit import AuditKind, loggable_path
from keyfold.core.encryption import (
    Layout,
    Manifest,
    NotARecipientError,
    ReceptionReport,
    ShardingOptions,
    decrypt_file,
    encrypt_file,
    inspect,
)
from keyfold.core.encryption.sender import DEFAULT_SHARD_SIZE
from keyfold.core.errors import (
    InvalidInputError,
    KeyfoldError,
    PassphraseRequiredError,
)
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback
from keyfold.core.vault import Vault
from keyfold.core.vault.key_ids import is_valid_key_id

logger = logging.getLogger(__name__)

KFE_SUFFIX = ".kfe"
FOLDER_SUFFIX = ".shards"


@dataclass(frozen=True)
class RecipientMatch:
    """A vault key version the file is encrypted for."""

    key_id: str
    version: int
    fingerprint: str
    unlocked: bool


@dataclass(frozen=True)
class EncryptedFileInfo:
    """A verified manifest and what the vault knows of its sender and recipients."""

    path: Path
    manifest: Manifest
    sender_key_id: str | None
    recipients: tuple[RecipientMatch, ...]
    unknown_recipients: tuple[str, ...]  # fingerprints of keys not in the vault


@dataclass(frozen=True)
class EncryptionResult:
    output: Path
    manifest: Manifest


class EncryptionService:
    """The controller's face of `keyfold.core.encryption` over the vault's keys."""

    def __init__(
        self, vault: Vault, keys: KeyService, *, audit: AuditService | None = None
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit if audit is not None else keys.audit

    def resolve_recipient(self, recipient: str) -> PublicKey:
        """A vault key id (its current version) or the path of a public key file."""
        if is_valid_key_id(recipient) and self.vault.has_key(recipient):
            return self.vault.get_key(recipient).public_key
        path = Path(recipient)
        if path.is_file():
            from keyfold.core.key_import import parse_public_key

            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
            return parse_public_key(data, source=f"The public key file {path}")
        raise InvalidInputError(
            f"The recipient {recipient} is neither a key in the vault nor a public key file."
        )

    def encrypt(
        self,
        path: Path,
        recipients: Sequence[str | PublicKey] = (),
        *,
        passphrase: str | None = None,
        output: Path | None = None,
        sign_with: str | None = None,
        layout: Layout = Layout.KFE,
        shard_size: int = DEFAULT_SHARD_SIZE,
        metadata: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> EncryptionResult:
        """Encrypt `path`; `sign_with` must be unlocked (or unprotected) first."""
        keys = [r if isinstance(r, PublicKey) else self.resolve_recipient(r) for r in recipients]
        sender = self.keys.key_pair(sign_with) if sign_with is not None else None
        suffix = KFE_SUFFIX if layout is Layout.KFE else FOLDER_SUFFIX
        target = output if output is not None else path.with_name(path.name + suffix)
        if target.exists():
            raise InvalidInputError(f"The output {target} exists already.")
        manifest = encrypt_file(
            path,
            target,
            recipients=keys,
            passphrase=passphrase,
            sender=sender,
            options=ShardingOptions(shard_size=shard_size, layout=layout),
            metadata=metadata,
            progress=progress,
            cancel=cancel,
        )
        sender_version = (
            self.vault.key_version(sign_with).version if sign_with is not None else None
        )
        self.audit.record_or_undo(
            lambda: _remove(target),
            AuditKind.ENCRYPT,
            sign_with,
            sender_version,
            {
                "file": loggable_path(target),
                "count": len(keys),
                "action": "signed" if sender is not None else "unsigned",
                **({"source": "passphrase"} if passphrase is not None else {}),
            },
        )
        return EncryptionResult(target, manifest)

    def inspect(self, path: Path) -> EncryptedFileInfo:
        """The verified manifest, matched against the vault, without decrypting."""
        manifest = inspect(path)
        sender = self.vault.find_by_fingerprint(manifest.sender.fingerprint)
        matches = self._matches(manifest)
        known = {m.fingerprint for m in matches}
        return EncryptedFileInfo(
            path,
            manifest,
            None if sender is None else sender.key_id,
            matches,
            tuple(f for f in manifest.recipient_fingerprints if f not in known),
        )

    def decrypt(
        self,
        path: Path,
        output: Path | None = None,
        *,
        passphrase: str | None = None,
        key_passphrases: Mapping[str, str] | None = None,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReceptionReport:
        """Decrypt with every usable version of every vault key (or the passphrase).

        Locked keys the file names are opened with `key_passphrases[key_id]`;
        without one, PassphraseRequiredError names the key to unlock.
        """
        info = self.inspect(path)
        identities = self._identities(info, key_passphrases or {})
        target = output if output is not None else _default_output(path, info.manifest)
        try:
            report = decrypt_file(
                path,
                target,
                identities=identities,
                passphrase=passphrase,
                overwrite=overwrite,
                progress=progress,
                cancel=cancel,
            )
        except (NotARecipientError, PassphraseRequiredError):
            locked = [m for m in info.recipients if not m.unlocked]
            if locked and passphrase is None:
                raise PassphraseRequiredError(
                    f"Key {locked[0].key_id} is locked; unlock it to decrypt {path.name}."
                ) from None
            raise
        opener = _opener(info, identities)
        self.audit.record_or_undo(
            lambda: _remove(target),
            AuditKind.DECRYPT,
            None if opener is None else opener.key_id,
            None if opener is None else opener.version,
            {
                "file": loggable_path(path),
                "status": "complete" if report.ok else "incomplete",
                "count": report.recovered_count,
                **({"fingerprint": opener.fingerprint} if opener is not None else {}),
            },
        )
        return report

    def _matches(self, manifest: Manifest) -> tuple[RecipientMatch, ...]:
        wanted = set(manifest.recipient_fingerprints)
        matches = []
        for record in self.vault.list_keys():
            for version in record.versions:
                if version.fingerprint in wanted:
                    unlocked = (
                        not version.protected
                        or self.keys.cache.get(record.key_id, version.version) is not None
                    )
                    matches.append(
                        RecipientMatch(
                            record.key_id, version.version, version.fingerprint, unlocked
                        )
                    )
        return tuple(matches)

    def _identities(
        self, info: EncryptedFileInfo, key_passphrases: Mapping[str, str]
    ) -> list[KeyPair]:
        """Key pairs for the named versions first, then every other usable one."""
        pairs: list[KeyPair] = []
        for match in info.recipients:
            if match.unlocked:
                pairs.append(self.keys.key_pair(match.key_id, match.version))
            elif match.key_id in key_passphrases:
                pair = self.vault.unseal(match.key_id, key_passphrases[match.key_id], match.version)
                self.keys.cache.put(match.key_id, match.version, pair)
                pairs.append(pair)
        seen = {p.public.fingerprint for p in pairs}
        for record in self.vault.list_keys():
            for version in record.versions:
                if version.fingerprint in seen:
                    continue
                cached = self.keys.cache.get(record.key_id, version.version)
                if cached is None and not version.protected:
                    try:
                        cached = self.keys.key_pair(record.key_id, version.version)
                    except KeyfoldError as exc:
                        logger.info(
                            "Key %s v%d cannot help decrypt: %s",
                            record.key_id,
                            version.version,
                            exc,
                        )
                        continue  # a version whose secret is gone cannot help
                if cached is not None:
                    pairs.append(cached)
                    seen.add(version.fingerprint)
        return pairs


def _opener(info: EncryptedFileInfo, identities: Sequence[KeyPair]) -> RecipientMatch | None:
    """The vault key version that opened the file: the first recipient in the
    manifest's order that one of the identities holds (core tries them so)."""
    held = {pair.public.fingerprint for pair in identities}
    by_fingerprint = {match.fingerprint: match for match in info.recipients}
    for fingerprint in info.manifest.recipient_fingerprints:
        if fingerprint in held and fingerprint in by_fingerprint:
            return by_fingerprint[fingerprint]
    return None


def _default_output(path: Path, manifest: Manifest) -> Path:
    """FILE.kfe -> FILE; otherwise the manifest's name (never a path) beside the input."""
    if path.suffix in (KFE_SUFFIX, FOLDER_SUFFIX):
        return path.with_suffix("")
    name = Path(manifest.name).name
    if not name or name in (".", ".."):
        raise InvalidInputError(f"Choose an output file for {path.name}.")
    return path.with_name(name)


def _remove(path: Path) -> None:
    """Take back an output (a file, or a shard folder) whose audit entry failed."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
