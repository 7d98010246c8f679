"""DataEncryptionService: bytes, text and JSON values sealed under keys from vault keys.

Each vault key version gives a data key: HKDF-SHA256 over the version's seed,
with a domain label, the key id and the version number as info. Rotating the
vault key therefore rotates the data key, and values sealed under an archived
version still open with it (the key fallback of the Dataphyre design).

A token is ``kfd1:<key id>:<base64url ciphertext>``; the ciphertext is the core
data format (`keyfold.core.encryption.data`), whose header carries the key
version. The key id is bound by the key derivation: a token whose key id was
changed does not authenticate.
"""

import base64
import binascii
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind, loggable_path
from keyfold.core.encryption.data import (
    DataEncryption,
    DataKey,
    DataKeyRing,
    JsonValue,
    ValueKind,
)
from keyfold.core.encryption.errors import ContainerFormatError, DecryptionError
from keyfold.core.encryption.metrics import EncryptionMetrics
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError
from keyfold.core.progress import CancelToken, ProgressCallback
from keyfold.core.vault import Vault
from keyfold.core.vault.key_ids import is_valid_key_id
from keyfold.core.vault.records import KeyRecord, VersionStatus

TOKEN_PREFIX = "kfd1"  # noqa: S105 -- a format tag, not a secret
DATA_KEY_LABEL = b"keyfold data encryption v1"
DEFAULT_COMPRESSION_THRESHOLD = 1024
# A value file is read whole; past this it is surely not a list of tokens.
MAX_TOKEN_FILE_BYTES = 256 * 1024 * 1024
_FLAG_COMPRESSED = 0x01
_HEADER_FLAGS_OFFSET = 7
_KIND_NAMES = {ValueKind.BYTES: "bytes", ValueKind.TEXT: "text", ValueKind.JSON: "json"}


def derive_data_key(seed: bytes, key_id: str, version: int) -> bytes:
    """The 32-byte data key of one vault key version."""
    info = DATA_KEY_LABEL + b"\x00" + key_id.encode() + b"\x00" + struct.pack(">I", version)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(seed)


@dataclass(frozen=True)
class TokenInfo:
    """What a token says about itself, read without decrypting."""

    key_id: str
    version: int
    kind: str  # "bytes", "text" or "json"
    compressed: bool
    size: int  # ciphertext bytes


@dataclass(frozen=True)
class DecryptedValue:
    """A value and the key version that opened it (`current` False: an older one)."""

    value: bytes | str | JsonValue
    kind: str
    key_id: str
    version: int
    current: bool


@dataclass(frozen=True)
class ReencryptionResult:
    """Tokens in their original order, all on `to_version` now."""

    tokens: tuple[str, ...]
    reencrypted: int
    unchanged: int
    to_version: int
    from_versions: tuple[int, ...] = ()  # the versions values were moved off


def parse_token(token: str) -> tuple[str, bytes]:
    """The key id and the ciphertext of a token, or ContainerFormatError."""
    parts = token.strip().split(":")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        raise ContainerFormatError(
            f"The value is not a Keyfold data token (it must start with {TOKEN_PREFIX}:)."
        )
    key_id, body = parts[1], parts[2]
    if not is_valid_key_id(key_id):
        raise ContainerFormatError("The data token names no valid key id.")
    try:
        blob = base64.b64decode(body + "=" * (-len(body) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ContainerFormatError("The data token's ciphertext is not base64url.") from exc
    return key_id, blob


def make_token(key_id: str, blob: bytes) -> str:
    return f"{TOKEN_PREFIX}:{key_id}:{base64.urlsafe_b64encode(blob).rstrip(b'=').decode()}"


class DataEncryptionService:
    """Encrypt, decrypt and re-encrypt values for vault keys, with metrics and audit.

    One long-lived `DataEncryption` engine serves every key (its key ring is
    swapped per call under a lock), so `metrics()` covers everything this
    controller did.
    """

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        *,
        audit: AuditService | None = None,
        compression: bool = True,
        compression_threshold: int = DEFAULT_COMPRESSION_THRESHOLD,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit if audit is not None else keys.audit
        self._engine = DataEncryption(
            DataKeyRing(),
            compression=compression,
            compression_threshold=compression_threshold,
            timer=timer,
        )
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"DataEncryptionService(vault={self.vault.home})"

    @property
    def compression(self) -> bool:
        return self._engine.compression

    @compression.setter
    def compression(self, on: bool) -> None:
        self._engine.compression = on

    @property
    def compression_threshold(self) -> int:
        return self._engine.compression_threshold

    @compression_threshold.setter
    def compression_threshold(self, size: int) -> None:
        if size < 0:
            raise InvalidInputError("The compression threshold must be 0 or more bytes.")
        self._engine.compression_threshold = size

    def metrics(self) -> EncryptionMetrics:
        """Operation counts, sizes and latency since this controller started."""
        return self._engine.metrics()

    # Encrypting -------------------------------------------------------------

    def encrypt(
        self, key_id: str, value: bytes | str | JsonValue, *, compress: bool | None = None
    ) -> str:
        """A token for `value` under the key's current version.

        Bytes stay bytes, a str is text, anything else is encoded as JSON.
        The key must be unlocked (or have no passphrase).
        """
        record = self.vault.get_key(key_id)
        current = record.current.version
        ring = DataKeyRing([self._data_key(record, current)])
        with self._engine_for(ring) as engine:
            blob = engine.encrypt(value, compress=compress)
        info = _info(key_id, blob)
        self.audit.record(
            AuditKind.ENCRYPT,
            key_id,
            current,
            {"action": "value", "format": info.kind, "outcome": "ok"},
        )
        return make_token(key_id, blob)

    def encrypt_text(self, key_id: str, text: str, *, compress: bool | None = None) -> str:
        return self.encrypt(key_id, text, compress=compress)

    def encrypt_bytes(self, key_id: str, data: bytes, *, compress: bool | None = None) -> str:
        return self.encrypt(key_id, bytes(data), compress=compress)

    def encrypt_json(self, key_id: str, value: JsonValue, *, compress: bool | None = None) -> str:
        if isinstance(value, bytes | bytearray | memoryview):
            raise InvalidInputError("Bytes are not JSON data; encrypt them as bytes.")
        return self.encrypt(key_id, value, compress=compress)

    # Decrypting -------------------------------------------------------------

    def inspect(self, token: str) -> TokenInfo:
        """The key id, version, kind and compression of a token (nothing decrypted)."""
        key_id, blob = parse_token(token)
        return _info(key_id, blob)

    def decrypt(self, token: str, *, key_id: str | None = None) -> DecryptedValue:
        """The value: with the tagged version, falling back to the key's other versions.

        `key_id`, when given, must be the key the token names.
        """
        named, blob = parse_token(token)
        if key_id is not None and key_id != named:
            raise InvalidInputError(f"The data token is for key {named}, not {key_id}.")
        info = _info(named, blob)
        record = self.vault.get_key(named)
        try:
            # The tag names the version; an archived one opens old data (key fallback).
            ring = DataKeyRing([self._data_key(record, info.version)])
            with self._engine_for(ring) as engine:
                value = engine.decrypt(blob)
        except DecryptionError as exc:
            self._record_failure(AuditKind.DECRYPT, named, info.version, exc)
            if isinstance(exc, _VersionGoneError):
                raise
            raise DecryptionError(
                f"The data token for key {named} (version {info.version}) was changed or "
                "damaged; it does not decrypt."
            ) from None
        self.audit.record(
            AuditKind.DECRYPT,
            named,
            info.version,
            {"action": "value", "format": info.kind, "outcome": "ok"},
        )
        return DecryptedValue(
            value, info.kind, named, info.version, info.version == record.current.version
        )

    def decrypt_text(self, token: str, *, key_id: str | None = None) -> str:
        opened = self.decrypt(token, key_id=key_id)
        if opened.kind != "text":
            raise InvalidInputError(f"The data token holds {opened.kind}, not text.")
        assert isinstance(opened.value, str)
        return opened.value

    def decrypt_bytes(self, token: str, *, key_id: str | None = None) -> bytes:
        opened = self.decrypt(token, key_id=key_id)
        if opened.kind != "bytes":
            raise InvalidInputError(f"The data token holds {opened.kind}, not bytes.")
        assert isinstance(opened.value, bytes)
        return opened.value

    # Re-encrypting ----------------------------------------------------------

    def needs_reencryption(self, token: str) -> bool:
        """True when the token is on an older version than its key's current one."""
        info = self.inspect(token)
        return info.version != self.vault.get_key(info.key_id).current.version

    def reencrypt(
        self,
        key_id: str,
        tokens: Sequence[str],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReencryptionResult:
        """Every token of `key_id` on the key's current version (others kept as they are).

        All or nothing: one token that is not for `key_id`, damaged, or on a
        version that cannot be opened stops the run and nothing is returned.
        """
        result = self._reencrypt(
            key_id, tokens, lambda n: f"Value {n}", progress=progress, cancel=cancel
        )
        self._audit_reencryption(key_id, result, None)
        return result

    def _reencrypt(
        self,
        key_id: str,
        tokens: Sequence[str],
        where: Callable[[int], str],
        *,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> ReencryptionResult:
        record = self.vault.get_key(key_id)
        current = record.current.version
        parsed = []
        for number, token in enumerate(tokens, start=1):
            try:
                named, blob = parse_token(token)
                _info(named, blob)
            except ContainerFormatError as exc:
                raise ContainerFormatError(f"{where(number)}: {exc}") from None
            if named != key_id:
                raise InvalidInputError(f"{where(number)} is for key {named}, not {key_id}.")
            parsed.append(blob)
        versions = sorted({_info(key_id, blob).version for blob in parsed} | {current})
        ring = DataKeyRing([self._data_key(record, version) for version in versions])
        fresh: list[str] = []
        moved: dict[int, int] = {}
        try:
            with self._engine_for(ring) as engine:
                for number, blob in enumerate(parsed, start=1):
                    if cancel is not None:
                        cancel.check()
                    if engine.needs_reencryption(blob):
                        version = engine.key_version(blob)
                        try:
                            blob = engine.reencrypt(blob)
                        except DecryptionError:
                            raise DecryptionError(
                                f"{where(number)} for key {key_id} was changed or damaged; "
                                "it does not decrypt."
                            ) from None
                        moved[version] = moved.get(version, 0) + 1
                    fresh.append(make_token(key_id, blob))
                    if progress is not None:
                        progress(number, len(parsed))
        except DecryptionError as exc:
            self._record_failure(AuditKind.ENCRYPT, key_id, current, exc, action="reencrypt")
            raise
        count = sum(moved.values())
        return ReencryptionResult(
            tuple(fresh), count, len(parsed) - count, current, tuple(sorted(moved))
        )

    def _audit_reencryption(
        self, key_id: str, result: ReencryptionResult, file: Path | None
    ) -> None:
        details: dict[str, str | int] = {
            "action": "reencrypt",
            "count": result.reencrypted,
            "to_version": result.to_version,
            "outcome": "ok",
        }
        if result.from_versions:
            details["from_version"] = ",".join(str(v) for v in result.from_versions)
        if file is not None:
            details["file"] = loggable_path(file)
        self.audit.record(AuditKind.ENCRYPT, key_id, result.to_version, details)

    def reencrypt_file(
        self,
        key_id: str,
        path: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReencryptionResult:
        """Re-encrypt a file of tokens (one a line; blank lines kept), rewritten atomically."""
        try:
            if path.stat().st_size > MAX_TOKEN_FILE_BYTES:
                raise InvalidInputError(f"The file {path} is too large to be a list of tokens.")
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
        except UnicodeDecodeError as exc:
            raise InvalidInputError(f"The file {path} is not UTF-8 text.") from exc
        lines = text.splitlines()
        filled = [n for n, line in enumerate(lines) if line.strip()]
        result = self._reencrypt(
            key_id,
            [lines[n] for n in filled],
            lambda number: f"Line {filled[number - 1] + 1} of {path}",
            progress=progress,
            cancel=cancel,
        )
        for n, token in zip(filled, result.tokens, strict=True):
            lines[n] = token
        if result.reencrypted:
            atomic_write(path, ("\n".join(lines) + "\n").encode("utf-8"))
        self._audit_reencryption(key_id, result, path)
        return result

    # Internals --------------------------------------------------------------

    @contextmanager
    def _engine_for(self, ring: DataKeyRing) -> Iterator[DataEncryption]:
        # One engine keeps one set of metrics; its key ring is per call.
        with self._lock:
            self._engine.keys = ring
            try:
                yield self._engine
            finally:
                self._engine.keys = _EMPTY_RING

    def _data_key(self, record: KeyRecord, version: int) -> DataKey:
        """The data key of one version; PassphraseRequiredError names a locked key."""
        found = record.version(version)
        if found is None or found.status is VersionStatus.EXPIRED:
            raise _VersionGoneError(
                f"The data was sealed with version {version} of key {record.key_id}, "
                "which this vault no longer has."
            )
        try:
            pair = self.keys.key_pair(record.key_id, version)
        except PassphraseRequiredError:
            raise PassphraseRequiredError(
                f"Key {record.key_id} is locked; unlock it to use its data encryption."
            ) from None
        return DataKey(version, derive_data_key(pair.seed, record.key_id, version), found.created)

    def _record_failure(
        self,
        kind: AuditKind,
        key_id: str,
        version: int,
        error: Exception,
        *,
        action: str = "value",
    ) -> None:
        self.audit.record(
            kind,
            key_id,
            version,
            {"action": action, "outcome": "error", "error": type(error).__name__},
        )


class _VersionGoneError(DecryptionError):
    """The key version a token names is expired or was never in this vault."""


# The engine's ring between calls, so no data key stays referenced by it.
_EMPTY_RING = DataKeyRing([DataKey(1, bytes(32), datetime.fromtimestamp(0, UTC))])
# Reads headers only (no key is used), so it is safe to share.
_HEADER_READER = DataEncryption(_EMPTY_RING)


def _info(key_id: str, blob: bytes) -> TokenInfo:
    version = _HEADER_READER.key_version(blob)  # validates the header
    flags = blob[_HEADER_FLAGS_OFFSET]
    kind = ValueKind((flags >> 1) & 0x03)
    return TokenInfo(key_id, version, _KIND_NAMES[kind], bool(flags & _FLAG_COMPRESSED), len(blob))
