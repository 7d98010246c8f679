"""The signed manifest: what a sharded file holds, who sent it, and for whom."""

import json
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from keyfold.core.encryption.errors import (
    ContainerFormatError,
    ManifestError,
    ManifestFormatError,
)
from keyfold.core.encryption.packages import FILE_ID_SIZE, PACKAGE_VERSION
from keyfold.core.encryption.recipients import PASSPHRASE_KIND, Recipient
from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import SIGNATURE_SIZE, KeyPair, PublicKey
from keyfold.core.limits import KFE_MAX_PASSPHRASE_RECIPIENTS

FORMAT_NAME = "keyfold-kfe"
# The container version written; every one listed here is read (packages.py
# says how each digests its packages). The version is inside the signed body.
FORMAT_VERSION = PACKAGE_VERSION
READABLE_VERSIONS = (1, 2)
MANIFEST_MAGIC = b"KFM1"
SIGNATURE_LABEL = b"keyfold manifest v1\x00"
MAX_SHARD_SIZE = 64 * 1024 * 1024
MAX_MANIFEST_SIZE = 256 * 1024 * 1024
# Sealed boxes are cheap to try, but a list of millions is still a bomb.
MAX_RECIPIENTS = 4096
_LENGTH = struct.Struct(">I")
_HEX_ID = re.compile(r"[0-9a-f]{32}\Z")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class ShardEntry:
    """One shard as the manifest lists it: identity, plaintext size and package digest."""

    shard_id: str
    index: int
    size: int
    key_version: int
    digest: str
    content_type: str = ""
    acl: str = ""
    lineage: str = ""

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.shard_id,
            "index": self.index,
            "size": self.size,
            "key_version": self.key_version,
            "digest": self.digest,
        }
        for name in ("content_type", "acl", "lineage"):
            if value := getattr(self, name):
                doc[name] = value
        return doc


@dataclass(frozen=True)
class Manifest:
    """Everything about a sharded encrypted file except the shards themselves."""

    file_id: str
    created: str
    shard_size: int
    total_size: int
    sender: PublicKey
    anonymous_sender: bool
    recipients: tuple[Recipient, ...]
    shards: tuple[ShardEntry, ...]
    content_type: str = "application/octet-stream"
    name: str = ""
    metadata: Mapping[str, str] = field(default_factory=dict)
    version: int = FORMAT_VERSION

    @property
    def shard_count(self) -> int:
        return len(self.shards)

    @property
    def file_id_bytes(self) -> bytes:
        return bytes.fromhex(self.file_id)

    @property
    def recipient_fingerprints(self) -> tuple[str, ...]:
        return tuple(r.fingerprint for r in self.recipients if r.fingerprint)

    @property
    def has_passphrase(self) -> bool:
        return any(not r.fingerprint for r in self.recipients)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": self.version,
            "file_id": self.file_id,
            "created": self.created,
            "name": self.name,
            "content_type": self.content_type,
            "metadata": dict(self.metadata),
            "shard_size": self.shard_size,
            "total_size": self.total_size,
            "shard_count": self.shard_count,
            "sender": {
                "public_key": self.sender.hex,
                "fingerprint": self.sender.fingerprint,
                "anonymous": self.anonymous_sender,
            },
            "recipients": [r.to_json() for r in self.recipients],
            "shards": [s.to_json() for s in self.shards],
        }

    def encode(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()


def sign_manifest(manifest: Manifest, signer: KeyPair) -> bytes:
    """The manifest block: "KFM1" | u32 length | canonical JSON | Ed25519 signature."""
    body = manifest.encode()
    return MANIFEST_MAGIC + _LENGTH.pack(len(body)) + body + signer.sign(SIGNATURE_LABEL + body)


def read_manifest(block: bytes, source: str) -> Manifest:
    """Parse a manifest block and check its signature against the sender it names."""
    head = len(MANIFEST_MAGIC) + _LENGTH.size
    if len(block) < head or not block.startswith(MANIFEST_MAGIC):
        raise ManifestFormatError(f"The manifest of {source} is missing or damaged.")
    (length,) = _LENGTH.unpack_from(block, len(MANIFEST_MAGIC))
    if len(block) != head + length + SIGNATURE_SIZE:
        raise ManifestFormatError(f"The manifest of {source} has the wrong length.")
    body = block[head : head + length]
    try:
        doc = json.loads(body)
    # ValueError covers bad UTF-8, bad JSON and numbers too long to convert;
    # RecursionError a document nested deeper than Python's stack.
    except (ValueError, RecursionError) as exc:
        raise ManifestFormatError(f"The manifest of {source} is not valid JSON.") from exc
    try:
        manifest = _parse(doc)
    except InvalidInputError as exc:
        raise ManifestFormatError(f"{source}: {exc}") from exc
    if not manifest.sender.verify(block[head + length :], SIGNATURE_LABEL + body):
        raise ManifestError(f"The manifest signature of {source} does not verify.")
    return manifest


def _parse(doc: Any) -> Manifest:
    if not isinstance(doc, dict):
        raise ContainerFormatError("The manifest is not a JSON object.")
    version = doc.get("version")
    if (
        doc.get("format") != FORMAT_NAME
        or type(version) is not int
        or version not in READABLE_VERSIONS
    ):
        raise ContainerFormatError(
            "The manifest fields format/version are not keyfold-kfe "
            f"{' or '.join(map(str, READABLE_VERSIONS))}; a newer Keyfold may read it."
        )
    file_id = _text(doc, "file_id")
    if not _HEX_ID.match(file_id) or len(bytes.fromhex(file_id)) != FILE_ID_SIZE:
        raise ContainerFormatError("The manifest field file_id is invalid.")
    shard_size = _number(doc, "shard_size", 1, MAX_SHARD_SIZE)
    total_size = _number(doc, "total_size", 0, 2**63 - 1)
    sender_doc = doc.get("sender")
    if not isinstance(sender_doc, dict):
        raise ContainerFormatError("The manifest field sender is missing.")
    sender = PublicKey.from_hex(_text(sender_doc, "public_key", "sender.public_key"))
    recipients_doc = doc.get("recipients")
    if not isinstance(recipients_doc, list) or not recipients_doc:
        raise ContainerFormatError("The manifest field recipients is empty.")
    if len(recipients_doc) > MAX_RECIPIENTS:
        raise ContainerFormatError(
            f"The manifest lists {len(recipients_doc)} recipients; Keyfold reads at most "
            f"{MAX_RECIPIENTS}."
        )
    passphrases = sum(
        1 for r in recipients_doc if isinstance(r, Mapping) and r.get("type") == PASSPHRASE_KIND
    )
    if passphrases > KFE_MAX_PASSPHRASE_RECIPIENTS:
        raise ContainerFormatError(
            f"The manifest lists {passphrases} passphrase recipients; Keyfold writes one "
            f"and reads at most {KFE_MAX_PASSPHRASE_RECIPIENTS}."
        )
    recipients = tuple(
        Recipient.from_json(r, f"recipients[{i}]") for i, r in enumerate(recipients_doc)
    )
    shards = _parse_shards(doc.get("shards"), shard_size, total_size)
    if doc.get("shard_count") != len(shards):
        raise ContainerFormatError("The manifest field shard_count does not match its shards.")
    metadata = doc.get("metadata", {})
    if not isinstance(metadata, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        raise ContainerFormatError("The manifest field metadata must map text to text.")
    return Manifest(
        file_id=file_id,
        created=_text(doc, "created"),
        shard_size=shard_size,
        total_size=total_size,
        sender=sender,
        anonymous_sender=sender_doc.get("anonymous") is True,
        recipients=recipients,
        shards=shards,
        content_type=_text(doc, "content_type"),
        name=_text(doc, "name"),
        metadata=metadata,
        version=version,
    )


def _parse_shards(value: Any, shard_size: int, total_size: int) -> tuple[ShardEntry, ...]:
    if not isinstance(value, list):
        raise ContainerFormatError("The manifest field shards is missing.")
    entries: list[ShardEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        where = f"shards[{index}]"
        if not isinstance(item, dict):
            raise ContainerFormatError(f"The manifest field {where} is not an object.")
        shard_id = _text(item, "id", f"{where}.id")
        if not _HEX_ID.match(shard_id) or shard_id in seen:
            raise ContainerFormatError(f"The manifest field {where}.id is invalid or repeated.")
        seen.add(shard_id)
        digest = _text(item, "digest", f"{where}.digest")
        if not _HEX_DIGEST.match(digest):
            raise ContainerFormatError(f"The manifest field {where}.digest is invalid.")
        is_last = index == len(value) - 1
        entries.append(
            ShardEntry(
                shard_id=shard_id,
                index=_number(item, "index", index, index, f"{where}.index"),
                size=_number(item, "size", 1, shard_size, f"{where}.size"),
                key_version=_number(item, "key_version", 1, 2**32 - 1, f"{where}.key_version"),
                digest=digest,
                content_type=_text(item, "content_type", f"{where}.content_type", ""),
                acl=_text(item, "acl", f"{where}.acl", ""),
                lineage=_text(item, "lineage", f"{where}.lineage", ""),
            )
        )
        if not is_last and entries[-1].size != shard_size:
            raise ContainerFormatError(f"The manifest field {where}.size is not the shard size.")
    if sum(e.size for e in entries) != total_size:
        raise ContainerFormatError("The manifest field total_size does not match its shards.")
    return tuple(entries)


def _text(
    doc: Mapping[str, Any], key: str, where: str | None = None, default: str | None = None
) -> str:
    value = doc.get(key, default)
    if not isinstance(value, str):
        raise ContainerFormatError(f"The manifest field {where or key} must be text.")
    return value


def _number(doc: Mapping[str, Any], key: str, low: int, high: int, where: str | None = None) -> int:
    value = doc.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContainerFormatError(
            f"The manifest field {where or key} must be a whole number from {low} to {high}."
        )
    return value
