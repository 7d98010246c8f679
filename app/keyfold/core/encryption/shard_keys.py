"""Per-shard key derivation: HKDF-SHA256 over a master key, shard id and version."""

import struct

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32
SHARD_ID_SIZE = 16
SHARD_KEY_LABEL = b"keyfold shard key v1\x00"


def derive_shard_key(master_key: bytes, shard_id: bytes, version: int, salt: bytes) -> bytes:
    """The AES-256 key of one shard version; unique per (master, salt, shard, version)."""
    if len(master_key) != KEY_SIZE:
        raise ValueError("a master key has 32 bytes")
    info = SHARD_KEY_LABEL + shard_id + struct.pack(">I", version)
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=info).derive(master_key)


def derive_subkey(master_key: bytes, label: bytes) -> bytes:
    """A 32-byte key for one purpose (e.g. wrapping stored keys), separated by label."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=label).derive(
        master_key
    )
