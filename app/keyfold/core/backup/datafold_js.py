"""Backups of DataFold's JavaScript SDK: its JSON and binary exports, read and written.

The SDK's `exportKey` writes `{version: 1, kdf: "pbkdf2", kdf_params: {salt,
iterations, hash: "SHA-256"}, encryption: "aes-gcm", nonce, ciphertext,
created, type: "datafold-key-backup"}` (or the same fields in a `.dfkb`
container, see `dfkb`), sealing JSON (see `js_plaintext`) rather than key
bytes. Its `importKey` reads that JSON. Files are recognised by content: the
`type` field or the `DFKB` magic, never the file name. Key id, name and
creation time are inside the encryption, so they are known only once opened.
"""

from dataclasses import replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from keyfold.core.backup import ciphers, dfkb
from keyfold.core.backup.ciphers import NONCE_SIZES, TAG_SIZE, CipherKind
from keyfold.core.backup.document import (
    MAX_SALT_SIZE,
    VERSION_FIELD,
    BackupInfo,
    Layout,
    SealedDocument,
    _version_number,
    format_timestamp,
    with_older_versions,
)
from keyfold.core.backup.js_plaintext import ROTATION, encode_plaintext, parse_plaintext
from keyfold.core.backup.jsonfields import (
    JsonObject,
    b64encode,
    get_b64,
    get_int,
    get_object,
    get_optional_str,
    get_str,
    load_object,
)
from keyfold.core.backup.kdf import (
    MIN_SALT_SIZE,
    KdfKind,
    KdfParams,
    check_kdf_params,
    kdf_warnings,
)
from keyfold.core.errors import BackupFormatError, InvalidInputError
from keyfold.core.keys import KeyPair

BACKUP_TYPE = "datafold-key-backup"
FORMAT_VERSION = 1
SALT_SIZE = 32  # the SDK's own
SDK_MIN_ITERATIONS = 100_000  # what exportKey uses unless told otherwise
SDK_MIN_PASSPHRASE_CHARS = 8  # importKey refuses shorter ones, counted in UTF-16 units
LAYOUTS = (Layout.DATAFOLD_JS, Layout.DATAFOLD_JS_ROTATION, Layout.DATAFOLD_JS_BINARY)
_HASHES = {"sha-256", "sha256"}
_MIN_CIPHERTEXT = 2 + TAG_SIZE  # "{}" sealed


def parse_js_backup(data: bytes) -> SealedDocument | None:
    """The file as a JavaScript SDK backup, or None when it is not one.

    None lets the standard reader report what is wrong with other files; a
    file that says it is an SDK backup gets this reader's errors.
    """
    if dfkb.is_dfkb(data):
        return _from_container(dfkb.parse_dfkb(data))
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    try:
        doc = load_object(data)
    except BackupFormatError:
        return None
    if doc.get("type") != BACKUP_TYPE:
        return None
    return _from_json(doc)


def open_js_backup(sealed: SealedDocument, key: bytes) -> tuple[KeyPair, BackupInfo]:
    """Decrypt an SDK backup with the derived key: its key pair and its completed info."""
    plaintext, _ = ciphers.decrypt(CipherKind.AES_GCM, key, sealed.nonce, sealed.ciphertext)
    backup = parse_plaintext(plaintext)
    public = backup.key_pair.public
    layout = sealed.info.layout
    if layout == Layout.DATAFOLD_JS and backup.backup_type == ROTATION:
        layout = Layout.DATAFOLD_JS_ROTATION
    metadata = {"name": backup.name, "description": backup.description}
    info = replace(
        sealed.info,
        key_id=backup.key_id,
        name=backup.name,
        created=backup.created or sealed.info.created,
        public_key=public,
        fingerprint=public.fingerprint,
        layout=layout,
        metadata=MappingProxyType({k: v for k, v in metadata.items() if v}),
        tags=backup.tags,
    )
    return backup.key_pair, info


def js_document(
    key_pair: KeyPair,
    key: bytes,
    *,
    kdf: KdfParams,
    salt: bytes,
    nonce: bytes,
    key_id: str,
    name: str,
    description: str,
    tags: tuple[str, ...],
    created: datetime,
    exported: datetime,
) -> dict[str, Any]:
    """The JSON object `importKey` reads, sealed with `key` (derived from `salt` and `kdf`)."""
    if kdf.kind is not KdfKind.PBKDF2 or kdf.iterations < SDK_MIN_ITERATIONS:
        raise InvalidInputError(
            f"The DataFold JavaScript SDK format needs PBKDF2 with at least "
            f"{SDK_MIN_ITERATIONS:,} iterations."
        )
    stamp = _js_time(exported)
    plaintext = encode_plaintext(
        key_pair,
        key_id=key_id,
        name=name,
        description=description,
        tags=tags,
        created=_js_time(created),
        exported=stamp,
    )
    ciphertext = ciphers.encrypt(CipherKind.AES_GCM, key, nonce, plaintext)
    return {
        "version": FORMAT_VERSION,
        "kdf": "pbkdf2",
        "kdf_params": {"salt": b64encode(salt), "iterations": kdf.iterations, "hash": "SHA-256"},
        "encryption": "aes-gcm",
        "nonce": b64encode(nonce),
        "ciphertext": b64encode(ciphertext),
        "created": stamp,
        "type": BACKUP_TYPE,
    }


def check_js_passphrase(passphrase: str) -> None:
    """Refuse a passphrase the SDK's importKey would refuse (JavaScript counts UTF-16 units)."""
    if len(passphrase.encode("utf-16-le")) // 2 < SDK_MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            f"The DataFold JavaScript SDK refuses passphrases shorter than "
            f"{SDK_MIN_PASSPHRASE_CHARS} characters; choose a longer one."
        )


def _from_json(doc: JsonObject) -> SealedDocument:
    version = get_int(doc, "version")
    if version != FORMAT_VERSION:
        raise BackupFormatError(
            f"The backup format version {version} is not supported (only {FORMAT_VERSION}).",
            field="version",
        )
    _expect(doc, "kdf", {"pbkdf2"}, "pbkdf2")
    params = get_object(doc, "kdf_params")
    salt = get_b64(params, "salt", "kdf_params.")
    if not MIN_SALT_SIZE <= len(salt) <= MAX_SALT_SIZE:
        raise BackupFormatError(
            f"The field kdf_params.salt has {len(salt)} bytes; it needs {MIN_SALT_SIZE} to "
            f"{MAX_SALT_SIZE}.",
            field="kdf_params.salt",
        )
    digest = get_optional_str(params, "hash", "kdf_params.")
    if digest is not None and digest.lower() not in _HASHES:
        raise BackupFormatError(
            f"The field kdf_params.hash is {digest[:40]!r}, which is not supported (only SHA-256).",
            field="kdf_params.hash",
        )
    kdf = KdfParams.pbkdf2(get_int(params, "iterations", "kdf_params."))
    check_kdf_params(kdf)
    _expect(doc, "encryption", {"aes-gcm"}, "aes-gcm")
    nonce = get_b64(doc, "nonce")
    ciphertext = get_b64(doc, "ciphertext")
    created = get_optional_str(doc, "created")
    sealed = _sealed(Layout.DATAFOLD_JS, kdf, salt, nonce, ciphertext, created)
    # Keyfold's own extension fields: the key's version and its older versions.
    if doc.get(VERSION_FIELD) is not None:
        number = _version_number(doc, VERSION_FIELD, "")
        sealed = replace(sealed, info=replace(sealed.info, version=number))
    return with_older_versions(doc, sealed)


def _from_container(container: dfkb.Container) -> SealedDocument:
    kdf = KdfParams.pbkdf2(container.iterations)
    check_kdf_params(kdf)
    return _sealed(
        Layout.DATAFOLD_JS_BINARY,
        kdf,
        container.salt,
        container.nonce,
        container.ciphertext,
        container.timestamp or None,
    )


def _sealed(
    layout: Layout,
    kdf: KdfParams,
    salt: bytes,
    nonce: bytes,
    ciphertext: bytes,
    created: str | None,
) -> SealedDocument:
    if len(nonce) != NONCE_SIZES[CipherKind.AES_GCM]:
        raise BackupFormatError(
            f"The nonce has {len(nonce)} bytes but aes-gcm needs "
            f"{NONCE_SIZES[CipherKind.AES_GCM]}.",
            field="nonce",
        )
    if len(ciphertext) < _MIN_CIPHERTEXT:
        raise BackupFormatError(
            f"The ciphertext has {len(ciphertext)} bytes, too few to hold a key.",
            field="ciphertext",
        )
    info = BackupInfo(
        key_id="",
        name="",
        created=created,
        public_key=None,
        fingerprint=None,
        layout=layout,
        kdf=kdf,
        cipher=CipherKind.AES_GCM,
        warnings=kdf_warnings(kdf),
        metadata=MappingProxyType({}),
    )
    return SealedDocument(info, salt, nonce, ciphertext)


def _expect(doc: JsonObject, key: str, allowed: set[str], shown: str) -> None:
    value = get_str(doc, key)
    if value.lower() not in allowed:
        raise BackupFormatError(
            f"The field {key} is {value[:40]!r}; DataFold JavaScript SDK backups use {shown}.",
            field=key,
        )


def _js_time(moment: datetime) -> str:
    """A time as JavaScript's Date.toISOString() writes it (UTC, milliseconds, Z)."""
    return format_timestamp(moment).replace("Z", ".000Z")
