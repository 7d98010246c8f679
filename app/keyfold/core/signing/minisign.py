"""The minisign file formats: `.minisig` signatures and `.pub` public keys."""

import base64
import binascii
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import KEY_NUMBER_SIZE, PUBLIC_KEY_SIZE, SIGNATURE_SIZE, PublicKey

UNTRUSTED_PREFIX = b"untrusted comment: "
TRUSTED_PREFIX = b"trusted comment: "
SIGNATURE_SUFFIX = ".minisig"
# minisign's own limits; a bigger file is not a signature, so it is never read whole.
MAX_COMMENT_BYTES = 1024
MAX_TRUSTED_COMMENT_BYTES = 8192
MAX_SIGNATURE_FILE_BYTES = 16 * 1024

_SIGNATURE_LINE_SIZE = 2 + KEY_NUMBER_SIZE + SIGNATURE_SIZE
_PUBLIC_KEY_LINE_SIZE = 2 + KEY_NUMBER_SIZE + PUBLIC_KEY_SIZE


class Algorithm(Enum):
    """What the Ed25519 signature covers: the file's BLAKE2b-512 or the file itself."""

    PREHASHED = b"ED"
    LEGACY = b"Ed"


@dataclass(frozen=True)
class MinisignSignature:
    """One parsed `.minisig` file; the trusted comment kept as the exact signed bytes."""

    algorithm: Algorithm
    key_number: bytes
    signature: bytes
    trusted_comment: bytes
    global_signature: bytes
    untrusted_comment: str = field(default="", compare=False)

    @property
    def prehashed(self) -> bool:
        return self.algorithm is Algorithm.PREHASHED

    @property
    def legacy(self) -> bool:
        return self.algorithm is Algorithm.LEGACY

    @property
    def key_number_hex(self) -> str:
        """The key number as minisign prints it (little-endian uppercase hex)."""
        return self.key_number[::-1].hex().upper()

    @property
    def trusted_comment_text(self) -> str:
        return self.trusted_comment.decode("utf-8", errors="replace")

    @property
    def global_message(self) -> bytes:
        """What the global signature covers: the signature, then the trusted comment."""
        return self.signature + self.trusted_comment

    @property
    def timestamp(self) -> int | None:
        """The `timestamp:N` field minisign and Keyfold put in the trusted comment."""
        value = _comment_fields(self.trusted_comment_text).get("timestamp")
        # ASCII digits only ("²" is a digit to str.isdigit), and no more than a
        # 64-bit time has: a 5,000-digit number is not a time.
        if value is None or not value.isascii() or not value.isdecimal() or len(value) > 20:
            return None
        return int(value)

    @property
    def file_name(self) -> str | None:
        return _comment_fields(self.trusted_comment_text).get("file")

    def to_bytes(self) -> bytes:
        """The four-line `.minisig` file, as minisign writes it."""
        line = self.algorithm.value + self.key_number + self.signature
        return b"".join(
            (
                UNTRUSTED_PREFIX,
                _one_line(self.untrusted_comment).encode(),
                b"\n",
                base64.b64encode(line),
                b"\n",
                TRUSTED_PREFIX,
                self.trusted_comment,
                b"\n",
                base64.b64encode(self.global_signature),
                b"\n",
            )
        )


@dataclass(frozen=True)
class MinisignPublicKey:
    """A minisign `.pub` key: the Ed25519 key and the key number signatures name."""

    public_key: PublicKey
    key_number: bytes
    untrusted_comment: str = field(default="", compare=False)

    @property
    def key_number_hex(self) -> str:
        return self.key_number[::-1].hex().upper()

    def to_bytes(self) -> bytes:
        blob = base64.b64encode(b"Ed" + self.key_number + self.public_key.raw)
        label = self.untrusted_comment or f"minisign public key {self.key_number_hex}"
        return UNTRUSTED_PREFIX + _one_line(label).encode() + b"\n" + blob + b"\n"


def parse_signature(data: bytes, source: str = "The signature") -> MinisignSignature:
    """Parse a `.minisig` file's bytes; `source` names it in error sentences."""
    lines = _lines(data)
    untrusted = _prefixed(lines, 0, UNTRUSTED_PREFIX, source, "an untrusted comment line")
    if len(untrusted) > MAX_COMMENT_BYTES:
        raise SignatureFormatError(f"{source} has an untrusted comment that is too long.")
    body = _base64_line(lines, 1, source, "signature line", _SIGNATURE_LINE_SIZE)
    algorithm = _algorithm(body[:2], source)
    trusted = _prefixed(lines, 2, TRUSTED_PREFIX, source, "a trusted comment line")
    if len(trusted) > MAX_TRUSTED_COMMENT_BYTES:
        raise SignatureFormatError(f"{source} has a trusted comment that is too long.")
    global_signature = _base64_line(lines, 3, source, "global signature line", SIGNATURE_SIZE)
    if any(line.strip() for line in lines[4:]):
        raise SignatureFormatError(f"{source} has extra lines after the global signature.")
    return MinisignSignature(
        algorithm=algorithm,
        key_number=body[2 : 2 + KEY_NUMBER_SIZE],
        signature=body[2 + KEY_NUMBER_SIZE :],
        trusted_comment=trusted,
        global_signature=global_signature,
        untrusted_comment=untrusted.decode("utf-8", errors="replace"),
    )


def read_signature_file(path: Path) -> MinisignSignature:
    """Read and parse a `.minisig` file; SignatureFormatError names the file."""
    return parse_signature(_read_small(path, "signature file"), f"The signature file {path}")


def parse_public_key(data: bytes, source: str = "The public key") -> MinisignPublicKey:
    """A minisign `.pub` file, or its base64 line alone (what `minisign -P` takes)."""
    lines = [line for line in _lines(data) if line.strip()]
    if not lines:
        raise SignatureFormatError(f"{source} is empty.")
    comment = b""
    if lines[0].startswith(UNTRUSTED_PREFIX):
        comment = lines[0][len(UNTRUSTED_PREFIX) :]
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureFormatError(f"{source} should hold exactly one minisign key line.")
    body = _base64_line(lines, 0, source, "key line", _PUBLIC_KEY_LINE_SIZE)
    if body[:2] != b"Ed":
        raise SignatureFormatError(f"{source} is not an Ed25519 minisign key.")
    return MinisignPublicKey(
        public_key=PublicKey(body[2 + KEY_NUMBER_SIZE :]),
        key_number=body[2 : 2 + KEY_NUMBER_SIZE],
        untrusted_comment=comment.decode("utf-8", errors="replace"),
    )


def looks_like_minisign_public_key(data: bytes) -> bool:
    """A cheap sniff: an untrusted comment line or a lone `RWQ...` key line."""
    stripped = data.lstrip()
    return stripped.startswith(UNTRUSTED_PREFIX) or stripped.startswith(b"RW")


def signature_path_for(path: Path) -> Path:
    """Where minisign looks for a file's signature: `FILE.minisig` beside it."""
    return path.with_name(path.name + SIGNATURE_SUFFIX)


def _read_small(path: Path, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SIGNATURE_FILE_BYTES + 1)
    except OSError as exc:
        raise SignatureFormatError(f"Cannot read the {what} {path}: {exc.strerror}.") from exc
    if len(data) > MAX_SIGNATURE_FILE_BYTES:
        raise SignatureFormatError(f"The {what} {path} is too large to be a minisign {what}.")
    return data


def _lines(data: bytes) -> list[bytes]:
    return [line.rstrip(b"\r") for line in data.split(b"\n")]


def _prefixed(lines: list[bytes], index: int, prefix: bytes, source: str, what: str) -> bytes:
    if index >= len(lines) or not lines[index]:
        raise SignatureFormatError(f"{source} ends before {what}.")
    line = lines[index]
    if not line.startswith(prefix):
        expected = prefix.decode().strip()
        raise SignatureFormatError(
            f"{source} has no {what} (line {index + 1} must start {expected!r})."
        )
    return line[len(prefix) :]


def _base64_line(lines: list[bytes], index: int, source: str, what: str, size: int) -> bytes:
    if index >= len(lines) or not lines[index].strip():
        raise SignatureFormatError(f"{source} ends before its {what}.")
    try:
        decoded = base64.b64decode(lines[index].strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(f"The {what} of {_lower(source)} is not valid base64.") from exc
    if len(decoded) != size:
        raise SignatureFormatError(
            f"The {what} of {_lower(source)} has {len(decoded)} bytes instead of {size}."
        )
    return decoded


def _algorithm(tag: bytes, source: str) -> Algorithm:
    for algorithm in Algorithm:
        if algorithm.value == tag:
            return algorithm
    shown = tag.decode("ascii", errors="replace")
    raise SignatureFormatError(f"{source} uses the unknown signature algorithm {shown!r}.")


def _comment_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in text.split("\t"):
        name, sep, value = part.partition(":")
        if sep:
            fields.setdefault(name, value)
    return fields


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def _lower(source: str) -> str:
    # "The signature file X" reads as "the signature file X" mid-sentence.
    return source[:1].lower() + source[1:]
