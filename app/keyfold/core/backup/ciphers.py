"""The backup ciphers: XChaCha20-Poly1305, AES-256-GCM, ChaCha20-Poly1305 (DataFold's
Python SDK) and that SDK's former ChaCha20 quirk."""

from enum import StrEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from keyfold.core.errors import WrongPassphraseError

TAG_SIZE = 16
CHACHA20_NONCE_SIZE = 12


class CipherKind(StrEnum):
    XCHACHA20_POLY1305 = "xchacha20-poly1305"
    AES_GCM = "aes-gcm"
    CHACHA20_POLY1305 = "chacha20-poly1305"  # the IETF one (RFC 8439), 12-byte nonce


NONCE_SIZES = {
    CipherKind.XCHACHA20_POLY1305: 24,
    CipherKind.AES_GCM: 12,
    CipherKind.CHACHA20_POLY1305: CHACHA20_NONCE_SIZE,
}

QUIRK_WARNING = (
    "The backup says XChaCha20-Poly1305 but was sealed with ChaCha20-Poly1305 and a "
    "shortened nonce, as DataFold's Python SDK once did; write a new backup with Keyfold."
)


def encrypt(
    kind: CipherKind, key: bytes, nonce: bytes, plaintext: bytes, *, aad: bytes | None = None
) -> bytes:
    """Ciphertext followed by the 16-byte tag; the standard document uses no
    associated data, Keyfold's archive extension does."""
    if kind is CipherKind.AES_GCM:
        return AESGCM(key).encrypt(nonce, plaintext, aad)
    if kind is CipherKind.CHACHA20_POLY1305:
        return ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)
    return crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, nonce, key)


def decrypt(
    kind: CipherKind, key: bytes, nonce: bytes, ciphertext: bytes, *, aad: bytes | None = None
) -> tuple[bytes, bool]:
    """(plaintext, True when it opened only as DataFold's ChaCha20 quirk).

    Every AEAD failure means the key is wrong or the file was changed, and the
    two cannot be told apart, so both raise WrongPassphraseError.
    """
    failure = WrongPassphraseError("The passphrase is wrong or the backup has been altered.")
    if kind is not CipherKind.XCHACHA20_POLY1305:
        aead = AESGCM(key) if kind is CipherKind.AES_GCM else ChaCha20Poly1305(key)
        try:
            return aead.decrypt(nonce, ciphertext, aad), False
        except InvalidTag:
            raise failure from None
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, aad, nonce, key), False
    except CryptoError:
        if aad is not None:  # only Keyfold writes associated data: no quirk to try
            raise failure from None
    # DataFold's Python SDK once (its former unified-layout exporter) labelled its
    # output XChaCha20 but ran the IETF ChaCha20-Poly1305 with the first 12 bytes
    # of the 24-byte nonce.
    try:
        plaintext = crypto_aead_chacha20poly1305_ietf_decrypt(
            ciphertext, None, nonce[:CHACHA20_NONCE_SIZE], key
        )
    except CryptoError:
        raise failure from None
    return plaintext, True
