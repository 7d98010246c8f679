"""Multi-key backup bundles: a .tar.gz with an inventory and a sha256sum manifest."""

import gzip
import hashlib
import io
import json
import re
import tarfile
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from keyfold.core.atomic_files import atomic_writer
from keyfold.core.backup.codec import inspect_backup
from keyfold.core.errors import BackupFormatError, InvalidInputError, StorageError

INVENTORY_NAME = "key-inventory.json"
MANIFEST_NAME = "integrity-manifest.sha256"
KEYS_FOLDER = "keys"
BUNDLE_FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"

# Tar-bomb limits: a bundle is a few KiB per key, so these leave ample room.
MAX_MEMBERS = 4096
MAX_MEMBER_BYTES = 8 * 1024 * 1024
MAX_BUNDLE_BYTES = 64 * 1024 * 1024  # uncompressed, headers included

# Key ids become file names inside the bundle, so they must be plain names.
_KEY_ID_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_BACKUP_MEMBER = re.compile(rf"{KEYS_FOLDER}/([^/]+)-backup\.json")
_MANIFEST_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


def write_bundle(path: Path, backups: Sequence[tuple[str, bytes]]) -> None:
    """Write (key_id, backup JSON) pairs as one bundle, atomically and 0600."""
    if not backups:
        raise InvalidInputError("A backup bundle needs at least one key.")
    members: list[tuple[str, bytes]] = []
    inventory: list[dict[str, str | None]] = []
    for key_id, data in backups:
        if not _KEY_ID_NAME.fullmatch(key_id):
            raise InvalidInputError(f"The key id {key_id!r} cannot name a file in a bundle.")
        member = f"{KEYS_FOLDER}/{key_id}-backup.json"
        if any(name == member for name, _ in members):
            raise InvalidInputError(f"The key {key_id} appears twice in the bundle.")
        info = inspect_backup(data)  # a bundle only ever holds backups that read back
        inventory.append(
            {
                "key_id": key_id,
                "name": info.name,
                "fingerprint": info.fingerprint,
                "created": info.created,
                "file": member,
            }
        )
        members.append((member, data))
    now = datetime.now(UTC)
    inventory_doc = {
        "format_version": BUNDLE_FORMAT_VERSION,
        "created": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keys": inventory,
    }
    members.insert(0, (INVENTORY_NAME, (json.dumps(inventory_doc, indent=2) + "\n").encode()))
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in members)
    members.append((MANIFEST_NAME, manifest.encode()))
    mtime = int(now.timestamp())
    # filename="" keeps the temporary file's name out of the gzip header.
    with (
        atomic_writer(path) as handle,
        gzip.GzipFile(filename="", mode="wb", fileobj=handle, mtime=mtime) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for name, data in members:
            entry = tarfile.TarInfo(name)
            entry.size = len(data)
            entry.mode = 0o600
            entry.mtime = mtime
            tar.addfile(entry, io.BytesIO(data))


def read_bundle(path: Path) -> list[tuple[str, bytes]]:
    """(key_id, backup JSON) pairs of a bundle whose manifest checks out."""
    files = _read_members(Path(path))
    manifest = files.pop(MANIFEST_NAME, None)
    if manifest is None:
        raise BackupFormatError(f"The bundle has no {MANIFEST_NAME}.", field=MANIFEST_NAME)
    expected = _parse_manifest(manifest)
    for name in expected:
        if name not in files:
            raise BackupFormatError(
                f"The bundle member {_shown(name)} listed in {MANIFEST_NAME} is missing.",
                field=name,
            )
    for name, data in files.items():
        if name not in expected:
            raise BackupFormatError(
                f"The bundle member {_shown(name)} is not listed in {MANIFEST_NAME}.", field=name
            )
        if hashlib.sha256(data).hexdigest() != expected[name]:
            raise BackupFormatError(
                f"The bundle member {_shown(name)} does not match its SHA-256 in {MANIFEST_NAME}.",
                field=name,
            )
    backups = [
        (match[1], data)
        for name, data in files.items()
        if (match := _BACKUP_MEMBER.fullmatch(name)) is not None
    ]
    if not backups:
        raise BackupFormatError(
            f"The bundle holds no {KEYS_FOLDER}/<key_id>-backup.json files.", field=KEYS_FOLDER
        )
    return backups


def is_bundle(path: Path) -> bool:
    """True when `path` starts like a gzip file (bundles are .tar.gz)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    except OSError:
        return False


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _LimitedReader(io.BufferedIOBase):
    """A read-only stream that refuses to yield more than `limit` bytes in all."""

    def __init__(self, raw: _Readable, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> bytes:
        wanted = self._left + 1 if size is None or size < 0 else min(size, self._left + 1)
        data = self._raw.read(wanted)
        self._left -= len(data)
        if self._left < 0:
            raise BackupFormatError(
                f"The bundle unpacks to more than {MAX_BUNDLE_BYTES} bytes.", field="file"
            )
        return data


def _read_members(path: Path) -> dict[str, bytes]:
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after the gzip layer
    except OSError as exc:
        raise StorageError(f"Cannot read the bundle {path}: {exc.strerror}.") from exc
    files: dict[str, bytes] = {}
    try:
        with (
            raw,
            gzip.GzipFile(fileobj=raw, mode="rb") as gz,
            tarfile.open(fileobj=_LimitedReader(gz, MAX_BUNDLE_BYTES), mode="r|") as tar,
        ):
            for count, member in enumerate(tar, start=1):
                if count > MAX_MEMBERS:
                    raise BackupFormatError(
                        f"The bundle has more than {MAX_MEMBERS} members.", field="file"
                    )
                name = _safe_name(member)
                if member.isdir():
                    continue
                _check_file_member(member, name)
                if name in files:
                    raise BackupFormatError(
                        f"The bundle member {_shown(name)} appears twice.", field=name
                    )
                extracted = tar.extractfile(member)
                if extracted is None:  # pragma: no cover - regular files always extract
                    raise BackupFormatError(
                        f"Cannot read bundle member {_shown(name)}.", field=name
                    )
                files[name] = extracted.read()
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile):
        raise BackupFormatError(
            f"{path.name} is not a readable .tar.gz bundle.", field="file"
        ) from None
    except OSError as exc:
        raise StorageError(f"Cannot read the bundle {path}: {exc.strerror}.") from exc
    return files


def _safe_name(member: tarfile.TarInfo) -> str:
    """The member's normalised relative path; unsafe paths are refused."""
    name = member.name
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if name.startswith("/") or "\\" in name or "\0" in name or ".." in parts:
        raise BackupFormatError(f"The bundle member {_shown(name)} has an unsafe path.", field=name)
    return "/".join(parts)


def _check_file_member(member: tarfile.TarInfo, name: str) -> None:
    if member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
        raise BackupFormatError(
            f"The bundle member {_shown(name)} is a link or special file, not a plain file.",
            field=name,
        )
    if member.size > MAX_MEMBER_BYTES:
        raise BackupFormatError(
            f"The bundle member {_shown(name)} is larger than {MAX_MEMBER_BYTES} bytes.",
            field=name,
        )


def _parse_manifest(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BackupFormatError(
            f"{MANIFEST_NAME} is not UTF-8 text.", field=MANIFEST_NAME
        ) from None
    expected: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.fullmatch(line)
        if match is None:
            raise BackupFormatError(
                f"Line {number} of {MANIFEST_NAME} is not in sha256sum format.",
                field=MANIFEST_NAME,
            )
        name = "/".join(part for part in match[2].split("/") if part not in ("", "."))
        # `find . -type f -exec sha256sum` (the DataFold guide's recipe) lists the
        # manifest while it is being written; that line can never match.
        if name == MANIFEST_NAME:
            continue
        if name in expected:
            raise BackupFormatError(
                f"{MANIFEST_NAME} lists {_shown(name)} twice.", field=MANIFEST_NAME
            )
        expected[name] = match[1].lower()
    return expected


def _shown(name: str) -> str:
    """A member name fit for a one-line message: quoted, escaped and bounded."""
    return repr(name[:200])
