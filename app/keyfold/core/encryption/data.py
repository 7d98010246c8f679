"""The data encryption system: bytes, text and JSON under versioned, rotating keys.

Ciphertext: "KD" | format 1 | key version u32 | flags (bit 0 zlib, bits 1-2 kind) |
nonce 12 | AES-256-GCM, the first 8 bytes as associated data. The key version tag
keeps old data readable after rotation and tells bulk re-encryption what to redo.
"""

import hashlib
import json
import secrets
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keyfold.core.encryption.errors import ContainerFormatError, DecryptionError
from keyfold.core.encryption.metrics import EncryptionMetrics, MetricsRecorder, Operation
from keyfold.core.errors import InvalidInputError

MAGIC = b"KD"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">2sBIB")
_NONCE_SIZE = 12
_MIN_SIZE = _HEADER.size + _NONCE_SIZE + 16
_COMPRESSED = 0x01
_KIND_SHIFT = 1
PBKDF2_ITERATIONS = 100_000

JsonValue = Any  # what json.loads returns; checked by round trip, not by type


class ValueKind(IntEnum):
    BYTES = 0
    TEXT = 1
    JSON = 2


@dataclass(frozen=True)
class DataKey:
    """One AES-256 key version; the key never prints."""

    version: int
    key: bytes = field(repr=False)
    created: datetime

    def __post_init__(self) -> None:
        if len(self.key) != 32 or not 1 <= self.version < 2**32:
            raise InvalidInputError("A data key needs 32 bytes and a version from 1 to 2**32-1.")


def key_from_passphrase(
    passphrase: str, salt: bytes, *, version: int = 1, iterations: int = PBKDF2_ITERATIONS
) -> DataKey:
    """A key from a password with PBKDF2-HMAC-SHA256 (the reference design's derivation)."""
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, iterations, 32)
    return DataKey(version, key, datetime.now(UTC))


class DataKeyRing:
    """The current key and the previous ones kept for reading old data."""

    def __init__(
        self,
        keys: Sequence[DataKey] = (),
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        keep_previous: int | None = None,
    ) -> None:
        self._clock = clock
        self._keep = keep_previous
        self._lock = threading.Lock()
        self._keys = sorted(keys, key=lambda k: k.version)
        if len({k.version for k in self._keys}) != len(self._keys):
            raise InvalidInputError("Two data keys share a version number.")
        if not self._keys:
            self._keys = [DataKey(1, secrets.token_bytes(32), clock())]

    def __repr__(self) -> str:
        return f"DataKeyRing(versions={[k.version for k in self._keys]})"

    @property
    def current(self) -> DataKey:
        return self._keys[-1]

    @property
    def previous(self) -> tuple[DataKey, ...]:
        return tuple(reversed(self._keys[:-1]))

    def get(self, version: int) -> DataKey | None:
        return next((k for k in self._keys if k.version == version), None)

    def rotate(self, key: bytes | None = None) -> DataKey:
        """Make a new current key; older ones stay (up to `keep_previous`)."""
        with self._lock:
            fresh = DataKey(self.current.version + 1, key or secrets.token_bytes(32), self._clock())
            self._keys.append(fresh)
            if self._keep is not None:
                self._keys = self._keys[-(self._keep + 1) :]
            return fresh

    def rotate_if_due(self, interval: timedelta) -> DataKey | None:
        """Rotate when the current key is older than `interval` (the reference design's 30 days)."""
        if self._clock() - self.current.created >= interval:
            return self.rotate()
        return None


class DataEncryption:
    """Encrypt and decrypt values, compressing when it pays, with metrics."""

    def __init__(
        self,
        keys: DataKeyRing,
        *,
        compression: bool = True,
        compression_threshold: int = 1024,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.keys = keys
        self.compression = compression
        self.compression_threshold = compression_threshold
        self._timer = timer
        self._metrics = MetricsRecorder()

    def encrypt(self, value: bytes | str | JsonValue, *, compress: bool | None = None) -> bytes:
        """Bytes stay bytes, str is UTF-8 text, anything else is encoded as JSON."""
        start = self._timer()
        kind, raw = _encode(value)
        blob = self._seal(kind, raw, compress)
        self._metrics.record(Operation.ENCRYPT, self._timer() - start, len(raw), len(blob))
        return blob

    def decrypt(self, blob: bytes) -> bytes | str | JsonValue:
        """The value, of the kind it was encrypted as, trying other keys on failure."""
        start = self._timer()
        try:
            kind, raw = self._open(blob)
        except Exception:
            self._metrics.count("failures")
            raise
        self._metrics.record(Operation.DECRYPT, self._timer() - start, len(raw), len(blob))
        return _decode(kind, raw)

    def decrypt_bytes(self, blob: bytes) -> bytes:
        value = self.decrypt(blob)
        if not isinstance(value, bytes):
            raise InvalidInputError("The ciphertext holds text or JSON, not bytes.")
        return value

    def decrypt_text(self, blob: bytes) -> str:
        value = self.decrypt(blob)
        if not isinstance(value, str) or _kind(blob) is not ValueKind.TEXT:
            raise InvalidInputError("The ciphertext holds bytes or JSON, not text.")
        return value

    def key_version(self, blob: bytes) -> int:
        """The key version tag of a ciphertext, without decrypting it."""
        return _parse_header(blob)[1]

    def needs_reencryption(self, blob: bytes) -> bool:
        return self.key_version(blob) != self.keys.current.version

    def reencrypt(self, blob: bytes) -> bytes:
        """The same value under the current key (kind and compression kept)."""
        kind, raw = self._open(blob)
        _, _, flags = _parse_header(blob)
        fresh = self._seal(kind, raw, bool(flags & _COMPRESSED) or None)
        self._metrics.count("reencryptions")
        return fresh

    def reencrypt_all(self, blobs: Iterable[bytes]) -> list[bytes]:
        """Bulk re-encryption: blobs on an older key version move to the current one."""
        return [self.reencrypt(b) if self.needs_reencryption(b) else b for b in blobs]

    def metrics(self) -> EncryptionMetrics:
        return self._metrics.snapshot()

    def _seal(self, kind: ValueKind, raw: bytes, compress: bool | None) -> bytes:
        flags = kind << _KIND_SHIFT
        wanted = self.compression if compress is None else compress
        if wanted and len(raw) > self.compression_threshold:
            packed = zlib.compress(raw)
            # Only keep the compressed form when it is actually smaller.
            if len(packed) < len(raw):
                raw, flags = packed, flags | _COMPRESSED
                self._metrics.count("compressed")
        key = self.keys.current
        header = _HEADER.pack(MAGIC, FORMAT_VERSION, key.version, flags)
        nonce = secrets.token_bytes(_NONCE_SIZE)
        return header + nonce + AESGCM(key.key).encrypt(nonce, raw, header)

    def _open(self, blob: bytes) -> tuple[ValueKind, bytes]:
        _, version, flags = _parse_header(blob)
        header = blob[: _HEADER.size]
        nonce = blob[_HEADER.size : _HEADER.size + _NONCE_SIZE]
        body = blob[_HEADER.size + _NONCE_SIZE :]
        tagged = self.keys.get(version)
        candidates = [tagged] if tagged is not None else []
        candidates += [k for k in (self.keys.current, *self.keys.previous) if k is not tagged]
        for key in candidates:
            try:
                raw = AESGCM(key.key).decrypt(nonce, body, header)
            except InvalidTag:
                continue
            if key is not tagged:
                self._metrics.count("fallback_decryptions")
            if flags & _COMPRESSED:
                raw = zlib.decompress(raw)
            return ValueKind((flags >> _KIND_SHIFT) & 0x03), raw
        raise DecryptionError(
            f"The ciphertext (key version {version}) does not decrypt with any known key."
        )


def _parse_header(blob: bytes) -> tuple[int, int, int]:
    if len(blob) < _MIN_SIZE:
        raise ContainerFormatError("The ciphertext is too short to be Keyfold data.")
    magic, fmt, version, flags = _HEADER.unpack_from(blob)
    if magic != MAGIC or fmt != FORMAT_VERSION:
        raise ContainerFormatError("The ciphertext is not Keyfold data format 1.")
    if flags & ~(_COMPRESSED | (0x03 << _KIND_SHIFT)) or (flags >> _KIND_SHIFT) & 0x03 > 2:
        raise ContainerFormatError("The ciphertext flags are not valid.")
    return fmt, version, flags


def _encode(value: bytes | str | JsonValue) -> tuple[ValueKind, bytes]:
    if isinstance(value, bytes | bytearray | memoryview):
        return ValueKind.BYTES, bytes(value)
    if isinstance(value, str):
        return ValueKind.TEXT, value.encode("utf-8")
    try:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError("The value to encrypt is not bytes, text or JSON data.") from exc
    return ValueKind.JSON, text.encode("utf-8")


def _decode(kind: ValueKind, raw: bytes) -> bytes | str | JsonValue:
    if kind is ValueKind.BYTES:
        return raw
    if kind is ValueKind.TEXT:
        return raw.decode("utf-8")
    return json.loads(raw)


def _kind(blob: bytes) -> ValueKind:
    return ValueKind((_parse_header(blob)[2] >> _KIND_SHIFT) & 0x03)
