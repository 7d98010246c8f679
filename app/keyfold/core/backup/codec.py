"""Seal a key into a standard backup and open one again (docs/formats.md, "Key backups")."""

import dataclasses
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from keyfold.core.backup import ciphers, datafold_js
from keyfold.core.backup.archive import open_archive, seal_archive
from keyfold.core.backup.ciphers import NONCE_SIZES, QUIRK_WARNING, CipherKind
from keyfold.core.backup.document import (
    ARCHIVED_STATUSES,
    KEY_TYPE,
    BackupInfo,
    Layout,
    SealedDocument,
    document_object,
    encode_document,
    format_timestamp,
    parse_document,
)
from keyfold.core.backup.kdf import (
    DerivedKeys,
    KdfKind,
    KdfParams,
    PassphraseKey,
    check_kdf_params,
    derive_passphrase_key,
)
from keyfold.core.backup.plaintext import decode_key, encode_key
from keyfold.core.errors import BackupFormatError, InvalidInputError
from keyfold.core.keys import KeyPair
from keyfold.core.limits import MAX_BACKUP_BYTES, MAX_KEY_VERSIONS, check_description, check_name


class BackupPreset(StrEnum):
    STANDARD = "standard"  # Keyfold's superset: Argon2id + XChaCha20-Poly1305
    DATAFOLD_SDK = "datafold-sdk"  # unified layout + PBKDF2 + AES-GCM, for unified readers
    DATAFOLD_JS = "datafold-js"  # the JavaScript SDK's exportKey JSON, what its importKey reads


@dataclass(frozen=True)
class ArchivedKey:
    """An older version of the key, to seal into a backup or as opened from one."""

    version: int
    status: str  # "archived" or "expired"
    created: datetime
    key_pair: KeyPair = field(repr=False)


@dataclass(frozen=True)
class OpenedBackup:
    """A decrypted backup; `warnings` holds the file's and the decryption's."""

    key_pair: KeyPair
    info: BackupInfo
    warnings: tuple[str, ...]
    archived: tuple[ArchivedKey, ...] = ()  # older versions, oldest first


_PRESETS = {
    BackupPreset.STANDARD: (Layout.KEYFOLD, CipherKind.XCHACHA20_POLY1305, KdfParams()),
    BackupPreset.DATAFOLD_SDK: (Layout.UNIFIED, CipherKind.AES_GCM, KdfParams.pbkdf2()),
    # Older versions ride along as Keyfold-layout envelopes the SDK ignores.
    BackupPreset.DATAFOLD_JS: (Layout.KEYFOLD, CipherKind.AES_GCM, KdfParams.pbkdf2()),
}


def seal_key(
    key_pair: KeyPair,
    passphrase: str,
    *,
    key_id: str,
    name: str = "",
    metadata: Mapping[str, str] | None = None,
    preset: BackupPreset = BackupPreset.STANDARD,
    kdf: KdfParams | None = None,
    created: datetime | None = None,
    cipher: CipherKind | None = None,
    version: int | None = None,
    archived: Sequence[ArchivedKey] = (),
    tags: Sequence[str] = (),
    derived: PassphraseKey | None = None,
) -> bytes:
    """The backup document as JSON bytes, with a fresh nonce (and salt).

    `metadata` adds string fields to the metadata object; the fields Keyfold
    fills itself (name, created, key_type, label, public_key, fingerprint) win.
    A naive `created` is taken as UTC. `version` (the key's version number)
    and `archived` (its older versions, one sealed `keyfold_archive` block,
    docs/backup-versions.md) go into Keyfold's extension fields, sealed with
    the same passphrase, salt and KDF. `tags` go only where the format keeps
    them (the JavaScript SDK's metadata). `derived` (from
    `derive_passphrase_key` with the same passphrase) saves a derivation when
    several keys are sealed at once. Anything over the limits of core/limits.py
    is refused here, before a byte is written, so every backup reads back.
    """
    preset = BackupPreset(preset)
    layout, preset_cipher, preset_kdf = _PRESETS[preset]
    js = preset is BackupPreset.DATAFOLD_JS
    if js:
        derived = None  # the SDK's own salt size
    kdf = derived.kdf if derived is not None else kdf or preset_kdf
    cipher = cipher or preset_cipher
    if preset is not BackupPreset.STANDARD and (
        kdf.kind is not KdfKind.PBKDF2 or cipher is not CipherKind.AES_GCM
    ):
        raise InvalidInputError(
            "The DataFold SDK presets need PBKDF2 and AES-GCM, which the SDKs can read."
        )
    if preset is BackupPreset.DATAFOLD_JS:
        datafold_js.check_js_passphrase(passphrase)
    if not key_id:
        raise InvalidInputError("A backup needs a key id.")
    try:
        check_name(name, f"The name of key {key_id}")
        check_description((metadata or {}).get("description", ""), f"The description of {key_id}")
    except InvalidInputError as exc:
        raise InvalidInputError(
            f"{exc} Shorten it (Edit in the key's details), then back up again."
        ) from None
    check_kdf_params(kdf)
    _check_archived(key_pair, version, archived)
    stamp = format_timestamp(created or datetime.now(UTC))
    if derived is None:
        derived = derive_passphrase_key(
            passphrase, kdf, salt_size=datafold_js.SALT_SIZE if js else None
        )
    salt, key = derived.salt, derived.key

    def sealed(pair: KeyPair, when: str) -> dict[str, Any]:
        nonce = secrets.token_bytes(NONCE_SIZES[cipher])
        fields = dict(metadata or {})
        fields.update(
            name=name,
            created=when,
            key_type=KEY_TYPE,
            label=name,
            public_key=pair.public.hex,
            fingerprint=pair.public.fingerprint,
        )
        return document_object(
            layout,
            key_id=key_id,
            kdf=kdf,
            cipher=cipher,
            salt=salt,
            nonce=nonce,
            ciphertext=ciphers.encrypt(cipher, key, nonce, encode_key(pair)),
            created=when,
            metadata=fields,
        )

    if js:
        top = datafold_js.js_document(
            key_pair,
            key,
            kdf=kdf,
            salt=salt,
            nonce=secrets.token_bytes(NONCE_SIZES[cipher]),
            key_id=key_id,
            name=name,
            description=(metadata or {}).get("description", ""),
            tags=tuple(tags),
            created=created or datetime.now(UTC),
            exported=datetime.now(UTC),
        )
    else:
        top = sealed(key_pair, stamp)
    archive = None
    if archived:
        archive = seal_archive(
            cipher,
            key,
            secrets.token_bytes(NONCE_SIZES[cipher]),
            [(old.version, old.status, old.created, old.key_pair) for old in archived],
        )
    data = encode_document(top, version=version, archive=archive)
    if len(data) > MAX_BACKUP_BYTES:
        raise InvalidInputError(
            f"The backup of {key_id} would be {len(data)} bytes, over the limit of "
            f"{MAX_BACKUP_BYTES}; shorten its description or expire old versions."
        )
    return data


def inspect_backup(data: bytes) -> BackupInfo:
    """Check a backup's structure and KDF cost without its passphrase."""
    return parse_any(data).info


def open_backup(data: bytes, passphrase: str, *, keys: DerivedKeys | None = None) -> OpenedBackup:
    """Decrypt a backup (and the older versions it carries): WrongPassphraseError
    or BackupFormatError when it cannot. `keys` shares derivations (and one
    cost budget) between the backups of one bundle."""
    sealed = parse_any(data)
    info = sealed.info
    # Every sealed part shares the salt and KDF (parse_document checks): one derivation.
    keys = keys if keys is not None else DerivedKeys()
    key = keys.derive(passphrase, sealed.salt, info.kdf)
    if info.layout in datafold_js.LAYOUTS:
        # The SDK seals JSON with the key id and name inside: info is complete only now.
        key_pair, info = datafold_js.open_js_backup(sealed, key)
        quirk = False
    else:
        key_pair, quirk = _open_sealed(sealed, key, "")
    if info.public_key is None:  # files that do not state their key: known once opened
        public = key_pair.public
        info = dataclasses.replace(info, public_key=public, fingerprint=public.fingerprint)
    archived = []
    for index, old in enumerate(sealed.archived):
        pair, old_quirk = _open_sealed(old.envelope, key, f"keyfold_versions[{index}].envelope.")
        quirk = quirk or old_quirk
        archived.append(ArchivedKey(old.info.version, old.info.status, old.info.created, pair))
    if sealed.archive is not None:
        pairs = open_archive(sealed.archive, info.cipher, key)
        archived += [
            ArchivedKey(row.version, row.status, row.created, pair)
            for row, pair in zip(sealed.archive.rows, pairs, strict=True)
        ]
    archived.sort(key=lambda item: item.version)
    warnings = info.warnings + ((QUIRK_WARNING,) if quirk else ())
    return OpenedBackup(key_pair=key_pair, info=info, warnings=warnings, archived=tuple(archived))


def parse_any(data: bytes) -> SealedDocument:
    """Any variant Keyfold reads, recognised by content: the JavaScript SDK's, else standard."""
    return datafold_js.parse_js_backup(data) or parse_document(data)


def _open_sealed(sealed: SealedDocument, key: bytes, path: str) -> tuple[KeyPair, bool]:
    info = sealed.info
    plaintext, quirk = ciphers.decrypt(info.cipher, key, sealed.nonce, sealed.ciphertext)
    key_pair = decode_key(plaintext)
    if info.public_key is not None and info.public_key != key_pair.public:
        raise BackupFormatError(
            f"The field {path}metadata.public_key does not match the key sealed in the backup.",
            field=f"{path}metadata.public_key",
        )
    if info.fingerprint is not None and info.fingerprint != key_pair.public.fingerprint:
        raise BackupFormatError(
            f"The field {path}metadata.fingerprint does not match the key sealed in the backup.",
            field=f"{path}metadata.fingerprint",
        )
    return key_pair, quirk


def _check_archived(
    key_pair: KeyPair, version: int | None, archived: Sequence[ArchivedKey]
) -> None:
    if len(archived) >= MAX_KEY_VERSIONS:
        raise InvalidInputError(
            f"The key has {len(archived) + 1} versions to back up; the limit is "
            f"{MAX_KEY_VERSIONS}. Expire old versions first."
        )
    numbers = {version} if version is not None else set()
    keys = {key_pair.public}
    for old in archived:
        if old.status not in ARCHIVED_STATUSES:
            raise InvalidInputError(
                f"Version {old.version} has the status {old.status!r}; a backup's older "
                "versions are archived or expired."
            )
        if old.version < 1 or old.version in numbers:
            raise InvalidInputError(f"The version number {old.version} is taken or invalid.")
        if old.key_pair.public in keys:
            raise InvalidInputError(f"Version {old.version} repeats a key of the backup.")
        numbers.add(old.version)
        keys.add(old.key_pair.public)
