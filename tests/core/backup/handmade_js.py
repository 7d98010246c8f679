"""The DataFold JavaScript SDK's backup formats, built and checked by hand.

Nothing here imports Keyfold. `build_json` and `build_dfkb` write what the
SDK's `exportKey` writes (js-sdk/src/crypto/key-export-import.ts, branch
`security` of shiba4life/fold_db); `sdk_import_key` applies, as assertions,
the rules its `importKey` applies to a JSON backup: `validateImportData`,
then PBKDF2-SHA256 and AES-GCM decryption, then `validateKeyIntegrity`.
"""

import base64
import hashlib
import json
import struct
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from nacl.bindings import crypto_sign_seed_keypair

PASSPHRASE = "correct horse battery staple"
SEED = bytes(range(32))
SALT = bytes(range(100, 132))  # the SDK's 32 bytes
NONCE = bytes(range(200, 212))
ITERATIONS = 1000  # cheap; Keyfold reads it with a warning
CREATED = "2025-06-08T19:59:22.000Z"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def public_key(seed: bytes) -> bytes:
    return crypto_sign_seed_keypair(seed)[0]


def plaintext(seed: bytes = SEED, **changes: Any) -> dict[str, Any]:
    """The SDK's KeyBackupData for `seed`; `changes` replace or (as None) drop fields."""
    data: dict[str, Any] = {
        "keyId": "handmade-key",
        "privateKey": b64(seed),
        "publicKey": b64(public_key(seed)),
        "metadata": {
            "name": "Handmade Key",
            "description": "Built by hand",
            "created": "2025-01-02T03:04:05.000Z",
            "lastAccessed": "2025-01-02T03:04:05.000Z",
            "tags": ["test"],
        },
        "exported": CREATED,
        "sdkVersion": "0.1.0",
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def seal(payload: bytes, passphrase: str = PASSPHRASE, iterations: int = ITERATIONS) -> bytes:
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), SALT, iterations, dklen=32)
    return AESGCM(key).encrypt(NONCE, payload, None)


def sealed_json(data: dict[str, Any] | bytes) -> bytes:
    return data if isinstance(data, bytes) else json.dumps(data).encode()


def build_json(
    data: dict[str, Any] | bytes | None = None,
    *,
    passphrase: str = PASSPHRASE,
    iterations: int = ITERATIONS,
) -> dict[str, Any]:
    """exportKey's JSON document (format "json") sealing `data` (default: `plaintext()`)."""
    payload = sealed_json(plaintext() if data is None else data)
    return {
        "version": 1,
        "kdf": "pbkdf2",
        "kdf_params": {"salt": b64(SALT), "iterations": iterations, "hash": "SHA-256"},
        "encryption": "aes-gcm",
        "nonce": b64(NONCE),
        "ciphertext": b64(seal(payload, passphrase, iterations)),
        "created": CREATED,
        "type": "datafold-key-backup",
    }


def build_dfkb(
    data: dict[str, Any] | bytes | None = None,
    *,
    passphrase: str = PASSPHRASE,
    iterations: int = ITERATIONS,
    version: int = 1,
    timestamp: bytes = CREATED.encode(),
    stamp_size: int | None = None,
) -> bytes:
    """exportKey's binary container (format "binary"); `stamp_size` may lie about the length."""
    payload = sealed_json(plaintext() if data is None else data)
    size = len(timestamp) if stamp_size is None else stamp_size
    return (
        b"DFKB"
        + struct.pack("<II", version, iterations)
        + SALT
        + NONCE
        + struct.pack("<I", size)
        + timestamp
        + seal(payload, passphrase, iterations)
    )


def sdk_import_key(text: str, passphrase: str) -> tuple[str, bytes, bytes, dict[str, Any]]:
    """(keyId, private key, public key, metadata) as the SDK's importKey would store them.

    Fails an assertion wherever importKey would refuse the backup.
    """
    assert len(passphrase.encode("utf-16-le")) // 2 >= 8, "WEAK_PASSPHRASE"
    parsed = json.loads(text)
    # validateImportData: each check as the SDK writes it (JavaScript truthiness).
    assert isinstance(parsed.get("version"), int) and parsed["version"], "version"
    assert parsed.get("type") == "datafold-key-backup", "Invalid backup type"
    assert parsed.get("kdf") == "pbkdf2", "Unsupported KDF algorithm"
    assert parsed.get("encryption") == "aes-gcm", "Unsupported encryption algorithm"
    params = parsed.get("kdf_params")
    assert isinstance(params, dict) and params.get("salt") and params.get("iterations"), "KDF"
    assert parsed.get("nonce") and parsed.get("ciphertext"), "Missing encryption data"
    # decryptBackup: WebCrypto PBKDF2 with SHA-256 to an AES-256-GCM key, no associated data.
    salt = base64.b64decode(params["salt"], validate=True)
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, params["iterations"], 32)
    nonce = base64.b64decode(parsed["nonce"], validate=True)
    assert len(nonce) == 12  # AES-GCM in WebCrypto takes any; the SDK writes 12
    sealed = base64.b64decode(parsed["ciphertext"], validate=True)
    data = json.loads(AESGCM(key).decrypt(nonce, sealed, None).decode("utf-8"))
    # validateKeyIntegrity
    assert data.get("keyId") and data.get("privateKey") and data.get("publicKey"), "fields"
    private = base64.b64decode(data["privateKey"], validate=True)
    public = base64.b64decode(data["publicKey"], validate=True)
    assert len(private) == 32 and len(public) == 32, "key lengths"
    # storeKeyPair keeps the metadata, and later SDK code reads its tags as a list.
    metadata = data.get("metadata")
    assert isinstance(metadata, dict) and isinstance(metadata.get("tags"), list), "metadata"
    return data["keyId"], private, public, metadata
