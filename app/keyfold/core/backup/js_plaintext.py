"""The JSON the DataFold JavaScript SDK seals in its backups (its `KeyBackupData`).

`{keyId, privateKey: base64(32-byte seed), publicKey: base64(32 bytes),
metadata: {name, description, created, lastAccessed, tags}, exported,
sdkVersion, ...}`; rotation backups add `backupType: "rotation"` and
`created`. The SDK never checks that the public key belongs to the seed;
Keyfold does.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from keyfold.core.backup.jsonfields import (
    JsonObject,
    b64encode,
    get_b64,
    get_object,
    get_optional_str,
    get_str,
    load_object,
)
from keyfold.core.errors import BackupFormatError
from keyfold.core.keys import PUBLIC_KEY_SIZE, SEED_SIZE, KeyPair

PATH = "sealed."  # prefix of the field names in messages: the part inside the encryption
ROTATION = "rotation"
MAX_KEY_ID_CHARS = 256


@dataclass(frozen=True)
class KeyBackupData:
    """A decrypted JavaScript SDK backup: the key and what the SDK kept beside it."""

    key_pair: KeyPair = field(repr=False)
    key_id: str
    name: str
    description: str
    tags: tuple[str, ...]
    created: str | None  # the key's creation time, else the backup's
    backup_type: str | None  # "rotation" for KeyBackupManager.createRotationBackup


def parse_plaintext(data: bytes) -> KeyBackupData:
    """The key and its details; BackupFormatError naming the field when they are wrong."""
    try:
        doc = load_object(data, "sealed")
    except BackupFormatError:
        raise BackupFormatError(
            "The backup's sealed part is not the JSON object the DataFold JavaScript SDK writes.",
            field=PATH[:-1],
        ) from None
    key_id = get_str(doc, "keyId", PATH)
    if not key_id.strip() or len(key_id) > MAX_KEY_ID_CHARS or not key_id.isprintable():
        raise BackupFormatError(
            f"The field {PATH}keyId must be 1 to {MAX_KEY_ID_CHARS} printable characters.",
            field=f"{PATH}keyId",
        )
    seed = _key_bytes(doc, "privateKey", SEED_SIZE)
    public = _key_bytes(doc, "publicKey", PUBLIC_KEY_SIZE)
    pair = KeyPair.from_seed(seed)
    if pair.public.raw != public:
        raise BackupFormatError(
            f"The field {PATH}publicKey does not belong to the private key in the backup.",
            field=f"{PATH}publicKey",
        )
    metadata: JsonObject = {}
    if doc.get("metadata") is not None:
        metadata = get_object(doc, "metadata", PATH)
    where = f"{PATH}metadata."
    return KeyBackupData(
        key_pair=pair,
        key_id=key_id,
        name=get_optional_str(metadata, "name", where) or "",
        description=get_optional_str(metadata, "description", where) or "",
        tags=_tags(metadata, where),
        created=get_optional_str(metadata, "created", where)
        or get_optional_str(doc, "created", PATH),
        backup_type=get_optional_str(doc, "backupType", PATH),
    )


def _tags(metadata: JsonObject, where: str) -> tuple[str, ...]:
    """The SDK's `metadata.tags`: a list of strings (missing or null: none)."""
    value = metadata.get("tags")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise BackupFormatError(
            f"The field {where}tags must be a list of strings.", field=f"{where}tags"
        )
    return tuple(value)


def encode_plaintext(
    key_pair: KeyPair,
    *,
    key_id: str,
    name: str,
    description: str,
    tags: Sequence[str],
    created: str,
    exported: str,
) -> bytes:
    """What the SDK's `importKey` expects inside the encryption, as `JSON.stringify` writes it.

    The metadata is the SDK's whole `StoredKeyMetadata`, since the SDK stores
    it as it is and later code reads `tags` without checking it is there.
    """
    document = {
        "keyId": key_id,
        "privateKey": b64encode(key_pair.seed),
        "publicKey": b64encode(key_pair.public.raw),
        "metadata": {
            "name": name or key_id,
            "description": description,
            "created": created,
            "lastAccessed": exported,
            "tags": list(tags),
        },
        "exported": exported,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _key_bytes(doc: JsonObject, key: str, size: int) -> bytes:
    raw = get_b64(doc, key, PATH)
    if len(raw) != size:
        raise BackupFormatError(
            f"The field {PATH}{key} holds {len(raw)} bytes; the SDK writes {size}.",
            field=f"{PATH}{key}",
        )
    return raw
