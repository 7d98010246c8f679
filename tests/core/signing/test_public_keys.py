"""Tests for reading other people's public keys in the formats they come in."""

import base64

import pytest

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing.public_keys import parse_verifying_key

PUBLIC = KeyPair.from_seed(bytes(range(32))).public


@pytest.mark.parametrize(
    "fmt", [PublicKeyFormat.OPENSSH, PublicKeyFormat.HEX, PublicKeyFormat.MINISIGN]
)
def test_each_format_gives_the_key(fmt: PublicKeyFormat) -> None:
    key = parse_verifying_key(PUBLIC.export(fmt, comment="alice@example").encode())
    assert key.public_key == PUBLIC
    assert key.effective_key_number == PUBLIC.key_number


def test_minisign_key_keeps_its_own_key_number() -> None:
    blob = base64.b64encode(b"Ed" + b"12345678" + PUBLIC.raw).decode()
    key = parse_verifying_key(f"untrusted comment: minisign public key\n{blob}\n".encode())
    assert key.key_number == b"12345678"
    assert key.effective_key_number == b"12345678"
    assert parse_verifying_key(PUBLIC.export(PublicKeyFormat.HEX).encode()).key_number is None


def _ssh(blob: bytes) -> bytes:
    return b"ssh-ed25519 " + base64.b64encode(blob)


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"  \n", "is empty"),
        (b"ssh-ed25519", "no key after"),
        (b"ssh-ed25519 !!!", "is not base64"),
        (_ssh(_string(b"ssh-rsa") + _string(PUBLIC.raw)), "not a well-formed"),
        (_ssh(_string(b"ssh-ed25519") + _string(PUBLIC.raw[:31])), "not a well-formed"),
        (_ssh(_string(b"ssh-ed25519") + _string(PUBLIC.raw) + b"x"), "not a well-formed"),
        (b"ab" * 31, "64 hex digits"),
        (b"-----BEGIN PUBLIC KEY-----", "not a minisign public key"),
    ],
)
def test_malformed_keys_are_named(text: bytes, expected: str) -> None:
    with pytest.raises(SignatureFormatError, match=expected) as caught:
        parse_verifying_key(text, "The key bob.pub")
    assert "bob.pub" in str(caught.value)
