"""Text messages signed as plain Ed25519 over their UTF-8 bytes."""

import base64
import binascii
import string

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import SIGNATURE_SIZE, KeyPair, PublicKey


def sign_message(key_pair: KeyPair, text: str) -> bytes:
    """The 64-byte Ed25519 signature of `text` encoded as UTF-8."""
    return key_pair.sign(text.encode("utf-8"))


def verify_message(public_key: PublicKey, text: str, signature: bytes) -> bool:
    return public_key.verify(signature, text.encode("utf-8"))


def decode_signature(text: str) -> bytes:
    """A 64-byte signature given as hex (128 digits) or base64."""
    cleaned = "".join(text.split())
    if len(cleaned) == 2 * SIGNATURE_SIZE and all(c in string.hexdigits for c in cleaned):
        return bytes.fromhex(cleaned)
    try:
        raw = base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError("The message signature is neither hex nor base64.") from exc
    if len(raw) != SIGNATURE_SIZE:
        raise SignatureFormatError(
            f"The message signature has {len(raw)} bytes instead of {SIGNATURE_SIZE}."
        )
    return raw
