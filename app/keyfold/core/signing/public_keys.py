"""Other people's public keys as they arrive: minisign `.pub`, OpenSSH line, hex."""

import base64
import binascii
import string
from dataclasses import dataclass

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import PUBLIC_KEY_SIZE, PublicKey
from keyfold.core.signing.minisign import looks_like_minisign_public_key, parse_public_key

_SSH_TYPE = b"ssh-ed25519"


@dataclass(frozen=True)
class VerifyingKey:
    """A public key for verification, with the minisign key number when one is known.

    Keys from OpenSSH or hex carry no key number: signatures are then matched
    by trying the key, since minisign's own keys use random key numbers.
    """

    public_key: PublicKey
    key_number: bytes | None

    @property
    def effective_key_number(self) -> bytes:
        return self.public_key.key_number if self.key_number is None else self.key_number


def parse_verifying_key(data: bytes, source: str = "The public key") -> VerifyingKey:
    """Read a minisign `.pub` (or its base64 line), an `ssh-ed25519` line, or hex."""
    text = data.strip()
    if not text:
        raise SignatureFormatError(f"{source} is empty.")
    if text.startswith(_SSH_TYPE):
        return VerifyingKey(_parse_openssh(text, source), None)
    if looks_like_minisign_public_key(text):
        parsed = parse_public_key(text, source)
        return VerifyingKey(parsed.public_key, parsed.key_number)
    if len(text) == 2 * PUBLIC_KEY_SIZE and all(chr(c) in string.hexdigits for c in text):
        return VerifyingKey(PublicKey(bytes.fromhex(text.decode("ascii"))), None)
    raise SignatureFormatError(
        f"{source} is not a minisign public key, an ssh-ed25519 line or 64 hex digits."
    )


def _parse_openssh(line: bytes, source: str) -> PublicKey:
    parts = line.split()
    if len(parts) < 2:
        raise SignatureFormatError(f"{source} has no key after 'ssh-ed25519'.")
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(
            f"The key of {source[:1].lower()}{source[1:]} is not base64."
        ) from exc
    fields: list[bytes] = []
    rest = blob
    while rest and len(fields) < 3:
        if len(rest) < 4:
            break
        size = int.from_bytes(rest[:4], "big")
        fields.append(rest[4 : 4 + size])
        rest = rest[4 + size :]
    if len(fields) != 2 or rest or fields[0] != _SSH_TYPE or len(fields[1]) != PUBLIC_KEY_SIZE:
        raise SignatureFormatError(f"{source} is not a well-formed ssh-ed25519 key.")
    return PublicKey(fields[1])
