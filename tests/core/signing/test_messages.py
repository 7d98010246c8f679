"""Tests for plain Ed25519 message signatures and their text encodings."""

import base64

import pytest

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import KeyPair
from keyfold.core.signing.messages import decode_signature, sign_message, verify_message

PAIR = KeyPair.from_seed(bytes(32))


def test_signature_is_plain_ed25519_over_utf8() -> None:
    signature = sign_message(PAIR, "grüße")
    assert len(signature) == 64
    assert PAIR.public.verify(signature, "grüße".encode())
    assert verify_message(PAIR.public, "grüße", signature)
    assert not verify_message(PAIR.public, "grüsse", signature)
    assert not verify_message(KeyPair.from_seed(bytes([1]) * 32).public, "grüße", signature)


def test_decode_hex_and_base64() -> None:
    signature = sign_message(PAIR, "m")
    assert decode_signature(signature.hex()) == signature
    assert decode_signature(signature.hex().upper() + "\n") == signature
    assert decode_signature(base64.b64encode(signature).decode()) == signature


@pytest.mark.parametrize(
    ("text", "expected"),
    [("zz!" * 40, "neither hex nor base64"), ("AAAA", "has 3 bytes instead of 64")],
)
def test_decode_rejects_bad_signatures(text: str, expected: str) -> None:
    with pytest.raises(SignatureFormatError, match=expected):
        decode_signature(text)
