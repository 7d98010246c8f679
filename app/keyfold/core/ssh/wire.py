"""SSH wire encoding (RFC 4251 strings and integers) and Ed25519 key and signature blobs."""

from keyfold.core.errors import InvalidInputError, KeyFormatError
from keyfold.core.keys import PUBLIC_KEY_SIZE, SIGNATURE_SIZE, PublicKey, PublicKeyFormat

ED25519_KEY_TYPE = b"ssh-ed25519"


class WireFormatError(InvalidInputError):
    """Bytes that should be SSH wire encoding are malformed; the message names the field."""


def uint32(value: int) -> bytes:
    return value.to_bytes(4, "big")


def string(data: bytes) -> bytes:
    """An SSH `string`: a 4-byte big-endian length, then the bytes."""
    return uint32(len(data)) + data


class Reader:
    """Reads SSH wire fields from a buffer, never past its end."""

    def __init__(self, data: bytes, what: str) -> None:
        self._data = memoryview(data)
        self._offset = 0
        self._what = what

    def byte(self, field: str) -> int:
        return self._take(1, field)[0]

    def uint32(self, field: str) -> int:
        return int.from_bytes(self._take(4, field), "big")

    def string(self, field: str) -> bytes:
        return self._take(self.uint32(field), field)

    def raw(self, size: int, field: str) -> bytes:
        return self._take(size, field)

    @property
    def remaining(self) -> int:
        return len(self._data) - self._offset

    def end(self) -> None:
        """Refuse trailing bytes: a well-formed message is used up exactly."""
        if self.remaining:
            raise WireFormatError(f"{self._what} has {self.remaining} unexpected bytes at its end.")

    def _take(self, size: int, field: str) -> bytes:
        if size > self.remaining:
            raise WireFormatError(f"{self._what} is truncated in its {field}.")
        chunk = bytes(self._data[self._offset : self._offset + size])
        self._offset += size
        return chunk


def public_key_blob(key: PublicKey) -> bytes:
    """The key as SSH encodes it: string "ssh-ed25519", string key."""
    return string(ED25519_KEY_TYPE) + string(key.raw)


def parse_public_key_blob(blob: bytes, what: str = "The public key") -> PublicKey:
    """An `ssh-ed25519` key blob; other key types are refused by name."""
    reader = Reader(blob, what)
    key_type = reader.string("key type")
    if key_type != ED25519_KEY_TYPE:
        shown = key_type.decode("ascii", "replace")[:40]
        raise WireFormatError(f"{what} is a {shown} key; Keyfold keeps only ssh-ed25519 keys.")
    raw = reader.string("key")
    reader.end()
    if len(raw) != PUBLIC_KEY_SIZE:
        raise WireFormatError(f"{what} has a key of {len(raw)} bytes, not {PUBLIC_KEY_SIZE}.")
    try:
        return PublicKey(raw)
    except KeyFormatError as exc:
        # A point off the curve or of small order: malformed wire data like the rest,
        # so callers that skip or refuse a bad blob do so here too.
        raise WireFormatError(f"{what} is not a usable Ed25519 key.") from exc


def signature_blob(signature: bytes) -> bytes:
    """An SSH signature: string "ssh-ed25519", string the 64 signature bytes."""
    return string(ED25519_KEY_TYPE) + string(signature)


def parse_signature_blob(blob: bytes, what: str = "The signature") -> bytes:
    """The 64 Ed25519 signature bytes of an SSH signature blob."""
    reader = Reader(blob, what)
    sig_type = reader.string("signature type")
    if sig_type != ED25519_KEY_TYPE:
        shown = sig_type.decode("ascii", "replace")[:40]
        raise WireFormatError(f"{what} is a {shown} signature, not ssh-ed25519.")
    raw = reader.string("signature")
    reader.end()
    if len(raw) != SIGNATURE_SIZE:
        raise WireFormatError(f"{what} has {len(raw)} signature bytes, not {SIGNATURE_SIZE}.")
    return raw


def openssh_line(key: PublicKey, comment: str = "") -> str:
    """The `ssh-ed25519 AAAA... comment` line, without a newline."""
    return key.export(PublicKeyFormat.OPENSSH, comment=comment).rstrip("\n")
