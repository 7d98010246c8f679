"""Tests for keyfold.core.backup.ciphers: the three AEADs and the DataFold ChaCha20 quirk."""

import pytest
from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)

from keyfold.core.backup.ciphers import NONCE_SIZES, TAG_SIZE, CipherKind, decrypt, encrypt
from keyfold.core.errors import WrongPassphraseError

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
MESSAGE = b"seed and public key, 64 bytes of them........................."


@pytest.mark.parametrize("kind", list(CipherKind))
def test_round_trip(kind: CipherKind) -> None:
    nonce = bytes(NONCE_SIZES[kind])
    sealed = encrypt(kind, KEY, nonce, MESSAGE)
    assert len(sealed) == len(MESSAGE) + TAG_SIZE
    assert decrypt(kind, KEY, nonce, sealed) == (MESSAGE, False)


def test_nonce_sizes() -> None:
    assert NONCE_SIZES == {
        CipherKind.XCHACHA20_POLY1305: 24,
        CipherKind.AES_GCM: 12,
        CipherKind.CHACHA20_POLY1305: 12,
    }


def test_chacha20_is_the_ietf_chacha20_poly1305_without_associated_data() -> None:
    # What DataFold's Python SDK seals with (cryptography's ChaCha20Poly1305).
    nonce = bytes(range(12))
    sealed = crypto_aead_chacha20poly1305_ietf_encrypt(MESSAGE, None, nonce, KEY)
    assert encrypt(CipherKind.CHACHA20_POLY1305, KEY, nonce, MESSAGE) == sealed
    assert decrypt(CipherKind.CHACHA20_POLY1305, KEY, nonce, sealed) == (MESSAGE, False)


def test_xchacha_is_libsodiums_xchacha20_poly1305_without_associated_data() -> None:
    nonce = bytes(range(24))
    expected = crypto_aead_xchacha20poly1305_ietf_encrypt(MESSAGE, None, nonce, KEY)
    assert encrypt(CipherKind.XCHACHA20_POLY1305, KEY, nonce, MESSAGE) == expected


@pytest.mark.parametrize("kind", list(CipherKind))
def test_a_wrong_key_is_a_wrong_passphrase(kind: CipherKind) -> None:
    nonce = bytes(NONCE_SIZES[kind])
    sealed = encrypt(kind, KEY, nonce, MESSAGE)
    with pytest.raises(WrongPassphraseError):
        decrypt(kind, OTHER_KEY, nonce, sealed)


def test_the_datafold_quirk_opens_and_is_flagged() -> None:
    nonce = bytes(range(24))
    sealed = crypto_aead_chacha20poly1305_ietf_encrypt(MESSAGE, None, nonce[:12], KEY)
    assert decrypt(CipherKind.XCHACHA20_POLY1305, KEY, nonce, sealed) == (MESSAGE, True)


def test_the_quirk_with_a_wrong_key_is_a_wrong_passphrase() -> None:
    nonce = bytes(range(24))
    sealed = crypto_aead_chacha20poly1305_ietf_encrypt(MESSAGE, None, nonce[:12], KEY)
    with pytest.raises(WrongPassphraseError):
        decrypt(CipherKind.XCHACHA20_POLY1305, OTHER_KEY, nonce, sealed)


def test_the_quirk_is_only_tried_for_files_labelled_xchacha() -> None:
    nonce = bytes(range(12))
    sealed = crypto_aead_chacha20poly1305_ietf_encrypt(MESSAGE, None, nonce, KEY)
    with pytest.raises(WrongPassphraseError):
        decrypt(CipherKind.AES_GCM, KEY, nonce, sealed)
