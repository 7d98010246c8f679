"""The sealed key inside a backup: a 32-byte seed, seed + public key, or PKCS#8 DER."""

from cryptography.exceptions import InternalError, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from keyfold.core.errors import BackupFormatError
from keyfold.core.keys import PUBLIC_KEY_SIZE, SEED_SIZE, KeyPair


def encode_key(key_pair: KeyPair) -> bytes:
    """What Keyfold seals: the 32-byte seed followed by the 32-byte public key."""
    return key_pair.seed + key_pair.public.raw


def decode_key(plaintext: bytes) -> KeyPair:
    """The key pair in a decrypted backup, in any of the three forms readers meet."""
    if len(plaintext) == SEED_SIZE:
        return KeyPair.from_seed(plaintext)
    if len(plaintext) == SEED_SIZE + PUBLIC_KEY_SIZE:
        pair = KeyPair.from_seed(plaintext[:SEED_SIZE])
        if pair.public.raw != plaintext[SEED_SIZE:]:
            raise BackupFormatError(
                "The public key sealed in the backup does not belong to its private key.",
                field="ciphertext",
            )
        return pair
    return _decode_pkcs8(plaintext)


def _decode_pkcs8(der: bytes) -> KeyPair:
    try:
        key = serialization.load_der_private_key(der, password=None)
    # OpenSSL reports some malformed keys (an Ed448 OID with 32 bytes) as InternalError.
    except (ValueError, TypeError, UnsupportedAlgorithm, InternalError):
        raise BackupFormatError(
            f"The key sealed in the backup ({len(der)} bytes) is neither a 32- or 64-byte "
            "Ed25519 key nor PKCS#8 DER.",
            field="ciphertext",
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BackupFormatError(
            "The key sealed in the backup is PKCS#8 but not an Ed25519 key.",
            field="ciphertext",
        )
    seed = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return KeyPair.from_seed(seed)
