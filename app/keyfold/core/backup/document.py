"""The backup JSON document: both layouts in the wild read, Keyfold's superset written.

Keyfold adds two fields other readers ignore: `keyfold_version` (the top-level
key's version number) and `keyfold_archive`, the key's older versions in one
sealed block (core/backup/archive.py). Files written before the archive still
carry `keyfold_versions`, a full standard document (`envelope`) per older
version; they are read, never written. Either way every sealed part shares the
top level's salt and KDF parameters, so one derivation opens them all.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from keyfold.core.backup.archive import ARCHIVE_FIELD, SealedArchive, parse_archive
from keyfold.core.backup.ciphers import NONCE_SIZES, TAG_SIZE, CipherKind
from keyfold.core.backup.dfkb import MAGIC as DFKB_MAGIC
from keyfold.core.backup.jsonfields import (
    MAX_BACKUP_BYTES,
    JsonObject,
    b64encode,
    get_b64,
    get_int,
    get_object,
    get_optional_str,
    get_str,
    load_object,
    string_fields,
)
from keyfold.core.backup.kdf import (
    MIN_SALT_SIZE,
    KdfKind,
    KdfParams,
    check_kdf_params,
    kdf_warnings,
)
from keyfold.core.errors import BackupFormatError, KeyFormatError
from keyfold.core.keys import SEED_SIZE, PublicKey
from keyfold.core.limits import MAX_LEGACY_ARCHIVED_VERSIONS

FORMAT_VERSION = 1
ALGORITHM = "Ed25519"
KEY_TYPE = "ed25519"
MAX_SALT_SIZE = 1024
VERSION_FIELD = "keyfold_version"
VERSIONS_FIELD = "keyfold_versions"
ARCHIVED_STATUSES = ("archived", "expired")

# Spellings other writers use for the same algorithms.
_KDF_NAMES = {
    "argon2id": KdfKind.ARGON2ID,
    "pbkdf2": KdfKind.PBKDF2,
    "pbkdf2-sha256": KdfKind.PBKDF2,
    "pbkdf2-hmac-sha256": KdfKind.PBKDF2,
    "scrypt": KdfKind.SCRYPT,
}
_PBKDF2_HASHES = {"sha256", "sha-256", "hmac-sha256"}
_CIPHER_NAMES = {
    "xchacha20-poly1305": CipherKind.XCHACHA20_POLY1305,
    "xchacha20poly1305": CipherKind.XCHACHA20_POLY1305,
    "aes-gcm": CipherKind.AES_GCM,
    "aes-256-gcm": CipherKind.AES_GCM,
    "aes256-gcm": CipherKind.AES_GCM,
    "chacha20-poly1305": CipherKind.CHACHA20_POLY1305,
    "chacha20poly1305": CipherKind.CHACHA20_POLY1305,
}


class Layout(StrEnum):
    # DataFold's key registration guide and Python SDK (export_key, whatever its
    # KDF and cipher): top-level salt, key_id, algorithm. "seed" is the layout's
    # published name; it names no key seed.
    SEED = "seed"
    UNIFIED = "unified"  # kdf_params.salt, top-level created, metadata.label
    KEYFOLD = "keyfold"  # both at once, which is what Keyfold writes
    # DataFold's JavaScript SDK (see datafold_js); a rotation backup is known once opened.
    DATAFOLD_JS = "datafold-js"  # exportKey's JSON, type "datafold-key-backup"
    DATAFOLD_JS_ROTATION = "datafold-js-rotation"  # KeyBackupManager.createRotationBackup
    DATAFOLD_JS_BINARY = "datafold-js-binary"  # exportKey's binary .dfkb container


@dataclass(frozen=True)
class ArchivedInfo:
    """An older version of the key a backup carries (Keyfold's extension)."""

    version: int
    status: str  # one of ARCHIVED_STATUSES
    created: datetime
    public_key: PublicKey

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, readable without its passphrase."""

    key_id: str  # empty when a unified-layout file names none
    name: str
    created: str | None
    public_key: PublicKey | None
    fingerprint: str | None
    layout: str  # a Layout value
    kdf: KdfParams
    cipher: CipherKind
    warnings: tuple[str, ...]
    # The metadata object's string fields; read-only, and left out of the hash.
    metadata: Mapping[str, str] = field(hash=False)
    version: int | None = None  # the key's version number, when Keyfold wrote it
    archived: tuple[ArchivedInfo, ...] = ()  # older versions, oldest first
    tags: tuple[str, ...] = ()  # only the JavaScript SDK's format keeps tags


@dataclass(frozen=True)
class SealedDocument:
    """A parsed and validated backup: its description and the sealed bytes."""

    info: BackupInfo
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)
    archived: tuple["SealedVersion", ...] = ()  # the older layout: one envelope each
    archive: SealedArchive | None = None  # the current layout: one sealed block


@dataclass(frozen=True)
class SealedVersion:
    """One entry of `keyfold_versions`: its description and its sealed envelope."""

    info: ArchivedInfo
    envelope: SealedDocument


def parse_document(data: bytes) -> SealedDocument:
    """Validate everything that can be checked without the passphrase."""
    doc = load_object(data)
    return with_older_versions(doc, _parse_object(doc))


def with_older_versions(doc: JsonObject, sealed: SealedDocument) -> SealedDocument:
    """`sealed` with the older versions `doc` carries: the `keyfold_archive`
    block, or the older `keyfold_versions` list (never both)."""
    if doc.get(ARCHIVE_FIELD) is not None:
        if doc.get(VERSIONS_FIELD) is not None:
            raise BackupFormatError(
                f"The fields {ARCHIVE_FIELD} and {VERSIONS_FIELD} cannot both be present.",
                field=VERSIONS_FIELD,
            )
        archive = parse_archive(doc, sealed.info.cipher)
        infos = tuple(
            ArchivedInfo(row.version, row.status, row.created, row.public_key)
            for row in archive.rows
        )
        _check_distinct(infos, sealed, f"{ARCHIVE_FIELD}.versions")
        infos = tuple(sorted(infos, key=lambda item: item.version))
        return replace(sealed, info=replace(sealed.info, archived=infos), archive=archive)
    archived = _archived(doc, sealed)
    if not archived:
        return sealed
    info = replace(sealed.info, archived=tuple(item.info for item in archived))
    return replace(sealed, info=info, archived=archived)


def _check_distinct(items: Sequence[ArchivedInfo], top: SealedDocument, where: str) -> None:
    """Every older version's number and key must differ from all the others'."""
    numbers = {top.info.version}
    keys = {top.info.public_key}
    for item in items:
        if item.version in numbers:
            raise BackupFormatError(
                f"The field {where} repeats version {item.version}.", field=where
            )
        if item.public_key in keys:
            raise BackupFormatError(
                f"The field {where} repeats a key the backup holds already.", field=where
            )
        numbers.add(item.version)
        keys.add(item.public_key)


def _parse_object(doc: JsonObject) -> SealedDocument:
    version = get_int(doc, "version")
    if version != FORMAT_VERSION:
        raise BackupFormatError(
            f"The backup format version {version} is not supported (only {FORMAT_VERSION}).",
            field="version",
        )
    params_obj = get_object(doc, "kdf_params")
    layout, salt = _salt_and_layout(doc, params_obj)
    kdf = _kdf_params(doc, params_obj)
    cipher = _cipher(doc)
    nonce = get_b64(doc, "nonce")
    if len(nonce) != NONCE_SIZES[cipher]:
        raise BackupFormatError(
            f"The nonce has {len(nonce)} bytes but {cipher} needs {NONCE_SIZES[cipher]}.",
            field="nonce",
        )
    ciphertext = get_b64(doc, "ciphertext")
    if len(ciphertext) < SEED_SIZE + TAG_SIZE:
        raise BackupFormatError(
            f"The ciphertext has {len(ciphertext)} bytes, too few to hold a key.",
            field="ciphertext",
        )
    key_id = _key_id(doc, layout)
    metadata = _metadata(doc)
    public_key = _public_key(metadata)
    info = BackupInfo(
        key_id=key_id,
        name=_nonempty(metadata, "name") or _nonempty(metadata, "label") or "",
        created=get_optional_str(doc, "created")
        or get_optional_str(metadata, "created", "metadata."),
        public_key=public_key,
        fingerprint=_fingerprint(metadata, public_key),
        layout=layout,
        kdf=kdf,
        cipher=cipher,
        warnings=kdf_warnings(kdf),
        metadata=MappingProxyType(string_fields(metadata)),
        version=None if doc.get(VERSION_FIELD) is None else _version_number(doc, VERSION_FIELD, ""),
    )
    return SealedDocument(info, salt, nonce, ciphertext)


def _archived(doc: JsonObject, top: SealedDocument) -> tuple[SealedVersion, ...]:
    raw = doc.get(VERSIONS_FIELD)
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise BackupFormatError(f"The field {VERSIONS_FIELD} must be a list.", field=VERSIONS_FIELD)
    if len(raw) > MAX_LEGACY_ARCHIVED_VERSIONS:
        raise BackupFormatError(
            f"The field {VERSIONS_FIELD} lists {len(raw)} versions, more than the "
            f"{MAX_LEGACY_ARCHIVED_VERSIONS} allowed.",
            field=VERSIONS_FIELD,
        )
    numbers = {top.info.version} if top.info.version is not None else set()
    keys = {top.info.public_key} if top.info.public_key is not None else set()
    found = []
    for index, entry in enumerate(raw):
        path = f"{VERSIONS_FIELD}[{index}]."
        if not isinstance(entry, dict):
            raise BackupFormatError(f"The field {path[:-1]} must be an object.", field=path[:-1])
        item = _archived_entry(entry, path, top)
        if item.info.version in numbers:
            raise BackupFormatError(
                f"The field {path}version repeats version {item.info.version}.",
                field=f"{path}version",
            )
        if item.info.public_key in keys:
            raise BackupFormatError(
                f"The field {path}public_key repeats a key the backup holds already.",
                field=f"{path}public_key",
            )
        numbers.add(item.info.version)
        keys.add(item.info.public_key)
        found.append(item)
    return tuple(sorted(found, key=lambda item: item.info.version))


def _archived_entry(entry: JsonObject, path: str, top: SealedDocument) -> SealedVersion:
    number = _version_number(entry, "version", path)
    status = get_str(entry, "status", path)
    if status not in ARCHIVED_STATUSES:
        raise BackupFormatError(
            f"The field {path}status is {_shown(status)}, not archived or expired.",
            field=f"{path}status",
        )
    created = _timestamp(get_str(entry, "created", path), f"{path}created")
    public_key = _public_key(entry, path)
    if public_key is None:
        raise BackupFormatError(
            f"The field {path}public_key is missing.", field=f"{path}public_key"
        )
    envelope_obj = get_object(entry, "envelope", path)
    where = f"{path}envelope"
    if VERSIONS_FIELD in envelope_obj:
        raise BackupFormatError(
            f"The field {where} must not list versions itself.", field=f"{where}.{VERSIONS_FIELD}"
        )
    try:
        envelope = _parse_object(envelope_obj)
    except BackupFormatError as exc:
        inner = exc.field or "file"
        raise BackupFormatError(
            f"{str(exc).rstrip('.')} (in {where}).", field=f"{where}.{inner}"
        ) from None
    if envelope.info.public_key != public_key:
        raise BackupFormatError(
            f"The field {where}.metadata.public_key does not match {path}public_key.",
            field=f"{where}.metadata.public_key",
        )
    # One derivation opens every envelope: anything else would let a hostile
    # file make the reader run the KDF once per entry.
    if envelope.salt != top.salt or envelope.info.kdf != top.info.kdf:
        raise BackupFormatError(
            f"The field {where} must use the backup's salt and KDF parameters.",
            field=f"{where}.kdf_params",
        )
    return SealedVersion(ArchivedInfo(number, status, created, public_key), envelope)


def build_document(
    layout: Layout,
    *,
    key_id: str,
    kdf: KdfParams,
    cipher: CipherKind,
    salt: bytes,
    nonce: bytes,
    ciphertext: bytes,
    created: str,
    metadata: Mapping[str, str],
) -> bytes:
    """Keyfold's document: the superset, or the unified layout the SDKs read."""
    doc = document_object(
        layout,
        key_id=key_id,
        kdf=kdf,
        cipher=cipher,
        salt=salt,
        nonce=nonce,
        ciphertext=ciphertext,
        created=created,
        metadata=metadata,
    )
    return encode_document(doc)


def encode_document(
    doc: Mapping[str, Any],
    *,
    version: int | None = None,
    archive: Mapping[str, Any] | None = None,
) -> bytes:
    """A document object as the bytes Keyfold writes, with its extension fields:
    `version`, and `archive` (the older versions, from `archive.seal_archive`)."""
    doc = dict(doc)
    if version is not None:
        doc[VERSION_FIELD] = version
    if archive is not None:
        doc[ARCHIVE_FIELD] = dict(archive)
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def document_object(
    layout: Layout,
    *,
    key_id: str,
    kdf: KdfParams,
    cipher: CipherKind,
    salt: bytes,
    nonce: bytes,
    ciphertext: bytes,
    created: str,
    metadata: Mapping[str, str],
) -> dict[str, Any]:
    """The document's JSON object (without Keyfold's extension fields)."""
    params: dict[str, Any]
    if kdf.kind is KdfKind.PBKDF2:
        params = {"iterations": kdf.iterations}
    elif kdf.kind is KdfKind.SCRYPT:
        params = {"n": kdf.cost, "r": kdf.block_size, "p": kdf.parallelism}
    else:
        params = {
            "memory": kdf.memory_kib,
            "iterations": kdf.iterations,
            "parallelism": kdf.parallelism,
        }
    params["salt"] = b64encode(salt)
    doc: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "key_id": key_id,
        "algorithm": ALGORITHM,
        "kdf": str(kdf.kind),
        "kdf_params": params,
        "encryption": str(cipher),
    }
    if layout is not Layout.UNIFIED:
        doc["salt"] = params["salt"]
    doc["nonce"] = b64encode(nonce)
    doc["ciphertext"] = b64encode(ciphertext)
    doc["created"] = created
    doc["metadata"] = dict(metadata)
    return doc


def format_timestamp(moment: datetime) -> str:
    """UTC ISO 8601 to the second with a Z, as backups write times (naive = UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_backup_time(text: str | None) -> datetime | None:
    """A time a backup states, or None when it states none Keyfold can read.

    DataFold's Python SDK appends a Z to a time that already has its offset
    (`2025-06-08T19:59:22.123456+00:00Z`); the offset is taken and the Z dropped.
    """
    if not text:
        return None
    if text.endswith("Z") and len(text) > 6 and text[-7] in "+-" and text[-4] == ":":
        text = text[:-1]
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def looks_like_backup(data: bytes) -> bool:
    """A cheap sniff: a JSON object with a ciphertext field, or a `.dfkb` (valid or not)."""
    if data.startswith(DFKB_MAGIC):
        return True
    if len(data) > MAX_BACKUP_BYTES or not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return False
    try:
        return "ciphertext" in load_object(data)
    except BackupFormatError:
        return False


def _salt_and_layout(doc: JsonObject, params: JsonObject) -> tuple[Layout, bytes]:
    top = doc.get("salt") is not None
    inner = params.get("salt") is not None
    if top and inner:
        salt = _salt(doc, "")
        if _salt(params, "kdf_params.") != salt:
            raise BackupFormatError("The fields salt and kdf_params.salt differ.", field="salt")
        return Layout.KEYFOLD, salt
    if top:
        return Layout.SEED, _salt(doc, "")
    if inner:
        return Layout.UNIFIED, _salt(params, "kdf_params.")
    raise BackupFormatError(
        "The field salt is missing (neither salt nor kdf_params.salt is present).", field="salt"
    )


def _salt(parent: JsonObject, path: str) -> bytes:
    salt = get_b64(parent, "salt", path)
    if not MIN_SALT_SIZE <= len(salt) <= MAX_SALT_SIZE:
        raise BackupFormatError(
            f"The field {path}salt has {len(salt)} bytes; it needs {MIN_SALT_SIZE} to "
            f"{MAX_SALT_SIZE}.",
            field=f"{path}salt",
        )
    return salt


def _kdf_params(doc: JsonObject, params: JsonObject) -> KdfParams:
    name = get_str(doc, "kdf")
    kind = _KDF_NAMES.get(name.lower())
    if kind is None:
        raise BackupFormatError(
            f"The field kdf is {_shown(name)}, which is not supported "
            "(argon2id, pbkdf2 or scrypt).",
            field="kdf",
        )
    if kind is KdfKind.PBKDF2:
        digest = get_optional_str(params, "hash", "kdf_params.")
        if digest is not None and digest.lower() not in _PBKDF2_HASHES:
            raise BackupFormatError(
                f"The field kdf_params.hash is {_shown(digest)}, which is not supported "
                "(only SHA-256).",
                field="kdf_params.hash",
            )
        kdf = KdfParams.pbkdf2(get_int(params, "iterations", "kdf_params."))
    elif kind is KdfKind.SCRYPT:
        # DataFold's Python SDK reads its own constants back, not these fields;
        # they match what it wrote, and Keyfold derives with what the file says.
        kdf = KdfParams.scrypt(
            cost=get_int(params, "n", "kdf_params."),
            block_size=get_int(params, "r", "kdf_params."),
            parallelism=get_int(params, "p", "kdf_params."),
        )
    else:
        kdf = KdfParams.argon2id(
            memory_kib=get_int(params, "memory", "kdf_params."),
            iterations=get_int(params, "iterations", "kdf_params."),
            parallelism=get_int(params, "parallelism", "kdf_params."),
        )
    check_kdf_params(kdf)
    return kdf


def _cipher(doc: JsonObject) -> CipherKind:
    name = get_str(doc, "encryption")
    cipher = _CIPHER_NAMES.get(name.lower())
    if cipher is None:
        raise BackupFormatError(
            f"The field encryption is {_shown(name)}, which is not supported "
            "(xchacha20-poly1305, aes-gcm or chacha20-poly1305).",
            field="encryption",
        )
    return cipher


def _key_id(doc: JsonObject, layout: Layout) -> str:
    # The seed layout is defined by key_id and algorithm; unified files may omit both.
    required = layout is not Layout.UNIFIED
    algorithm = get_str(doc, "algorithm") if required else get_optional_str(doc, "algorithm")
    if algorithm is not None and algorithm.lower() != ALGORITHM.lower():
        raise BackupFormatError(
            f"The field algorithm is {_shown(algorithm)}, which is not supported "
            f"(only {ALGORITHM}).",
            field="algorithm",
        )
    key_id = get_str(doc, "key_id") if required else get_optional_str(doc, "key_id") or ""
    if required and not key_id.strip():
        raise BackupFormatError("The field key_id is empty.", field="key_id")
    return key_id


def _metadata(doc: JsonObject) -> JsonObject:
    if doc.get("metadata") is None:
        return {}
    metadata = get_object(doc, "metadata")
    key_type = get_optional_str(metadata, "key_type", "metadata.")
    if key_type is not None and key_type.lower() != KEY_TYPE:
        raise BackupFormatError(
            f"The field metadata.key_type is {_shown(key_type)}, which is not supported "
            f"(only {KEY_TYPE}).",
            field="metadata.key_type",
        )
    for key in ("name", "label", "created"):
        get_optional_str(metadata, key, "metadata.")  # type check only
    return metadata


def _public_key(parent: JsonObject, path: str = "metadata.") -> PublicKey | None:
    text = get_optional_str(parent, "public_key", path)
    if text is None:
        return None
    try:
        return PublicKey.from_hex(text)
    except KeyFormatError:
        raise BackupFormatError(
            f"The field {path}public_key is not a 32-byte key in hex.",
            field=f"{path}public_key",
        ) from None


def _version_number(parent: JsonObject, key: str, path: str) -> int:
    number = get_int(parent, key, path)
    if not 1 <= number <= 2**31:
        raise BackupFormatError(
            f"The field {path}{key} must be a version number from 1.", field=f"{path}{key}"
        )
    return number


def _timestamp(text: str, field_name: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise BackupFormatError(
            f"The field {field_name} is not an ISO 8601 time.", field=field_name
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _fingerprint(metadata: JsonObject, public_key: PublicKey | None) -> str | None:
    text = get_optional_str(metadata, "fingerprint", "metadata.")
    if text is None:
        return public_key.fingerprint if public_key else None
    fingerprint = text.strip().lower()
    if len(fingerprint) != 64 or any(c not in "0123456789abcdef" for c in fingerprint):
        raise BackupFormatError(
            "The field metadata.fingerprint is not a SHA-256 hex digest.",
            field="metadata.fingerprint",
        )
    if public_key is not None and fingerprint != public_key.fingerprint:
        raise BackupFormatError(
            "The field metadata.fingerprint does not match metadata.public_key.",
            field="metadata.fingerprint",
        )
    return fingerprint


def _nonempty(metadata: JsonObject, key: str) -> str | None:
    value = metadata.get(key)
    return value if isinstance(value, str) and value else None


def _shown(value: str) -> str:
    """A file's value fit for a one-line message: quoted, escaped and bounded."""
    return repr(value[:40])
