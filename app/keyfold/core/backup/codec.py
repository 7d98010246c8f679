"""Seal a key into a standard backup and open one again (docs/formats.md, "Key backups")."""

import dataclasses
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from keyfold.core.backup import ciphers, datafold_js
from keyfold.core.backup.ciphers import NONCE_SIZES, QUIRK_WARNING, CipherKind
from keyfold.core.backup.document import (
    ARCHIVED_STATUSES,
    KEY_TYPE,
    ArchivedInfo,
    BackupInfo,
    Layout,
    SealedDocument,
    document_object,
    encode_document,
    format_timestamp,
    parse_document,
)
from keyfold.core.backup.kdf import SALT_SIZE, KdfKind, KdfParams, check_kdf_params, derive_key
from keyfold.core.backup.plaintext import decode_key, encode_key
from keyfold.core.errors import BackupFormatError, InvalidInputError
from keyfold.core.keys import KeyPair


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
) -> bytes:
    """The backup document as JSON bytes, with a fresh salt and nonce.

    `metadata` adds string fields to the metadata object; the fields Keyfold
    fills itself (name, created, key_type, label, public_key, fingerprint) win.
    A naive `created` is taken as UTC. `version` (the key's version number)
    and `archived` (its older versions) go into Keyfold's extension fields;
    each older version is sealed with the same passphrase, salt and KDF.
    `tags` go only where the format keeps them (the JavaScript SDK's metadata).
    """
    preset = BackupPreset(preset)
    layout, preset_cipher, preset_kdf = _PRESETS[preset]
    kdf = kdf or preset_kdf
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
    check_kdf_params(kdf)
    _check_archived(key_pair, version, archived)
    stamp = format_timestamp(created or datetime.now(UTC))
    js = preset is BackupPreset.DATAFOLD_JS
    salt = secrets.token_bytes(datafold_js.SALT_SIZE if js else SALT_SIZE)
    key = derive_key(passphrase, salt, kdf)

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
    envelopes = [
        (
            ArchivedInfo(old.version, old.status, old.created, old.key_pair.public),
            sealed(old.key_pair, format_timestamp(old.created)),
        )
        for old in archived
    ]
    return encode_document(top, version=version, archived=envelopes)


def inspect_backup(data: bytes) -> BackupInfo:
    """Check a backup's structure and KDF cost without its passphrase."""
    return _parse(data).info


def open_backup(data: bytes, passphrase: str) -> OpenedBackup:
    """Decrypt a backup (and the older versions it carries): WrongPassphraseError
    or BackupFormatError when it cannot."""
    sealed = _parse(data)
    info = sealed.info
    # Every envelope shares the salt and KDF (parse_document checks): one derivation.
    key = derive_key(passphrase, sealed.salt, info.kdf)
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
    warnings = info.warnings + ((QUIRK_WARNING,) if quirk else ())
    return OpenedBackup(key_pair=key_pair, info=info, warnings=warnings, archived=tuple(archived))


def _parse(data: bytes) -> SealedDocument:
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
