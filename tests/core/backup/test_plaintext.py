"""Tests for keyfold.core.backup.plaintext: the three forms of a sealed key."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from keyfold.core.backup.plaintext import decode_key, encode_key
from keyfold.core.errors import BackupFormatError
from keyfold.core.keys import KeyPair
from tests.core.backup.handmade import plaintext, public_key

SEED = bytes(range(32))


def test_keyfold_seals_the_seed_then_the_public_key() -> None:
    pair = KeyPair.from_seed(SEED)
    assert encode_key(pair) == SEED + public_key(SEED)


@pytest.mark.parametrize("form", ["seed", "seed+public", "pkcs8"])
def test_every_form_decodes_to_the_same_key(form: str) -> None:
    pair = decode_key(plaintext(form, SEED))
    assert pair.seed == SEED
    assert pair.public.raw == public_key(SEED)


def test_pkcs8_written_by_cryptography_decodes() -> None:
    der = (
        KeyPair.from_seed(SEED)
        .private_key()
        .private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    assert decode_key(der).seed == SEED


def test_a_public_half_of_another_key_is_refused() -> None:
    with pytest.raises(BackupFormatError, match="does not belong") as caught:
        decode_key(SEED + public_key(bytes(32)))
    assert caught.value.field == "ciphertext"


@pytest.mark.parametrize("size", [0, 16, 31, 33, 63, 65, 100])
def test_other_lengths_that_are_not_pkcs8_are_refused(size: int) -> None:
    with pytest.raises(BackupFormatError, match=f"{size} bytes") as caught:
        decode_key(bytes(size))
    assert caught.value.field == "ciphertext"


def test_pkcs8_of_another_algorithm_is_refused() -> None:
    der = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(BackupFormatError, match="not an Ed25519 key"):
        decode_key(der)
