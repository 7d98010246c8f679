"""The `.kfe` container and the shard folder: where packages and the manifest live.

A `.kfe` file, all integers big-endian:

    header    "keyfold.kfe/1\\n" | file_id (16 bytes)
    packages  package*            each: "KFS1" | file_id | shard_id | index u64 |
                                  key_version u32 | signer 32 | nonce 12 | length u64 |
                                  AES-256-GCM ciphertext | Ed25519 signature 64
    manifest  "KFM1" | u32 length | canonical JSON | Ed25519 signature 64
    trailer   "KFT1" | u64 offset of the manifest

The JSON lists format/version, file_id, sizes, the sender's public key, the sealed
master keys (X25519 sealed boxes or Argon2id + XChaCha20-Poly1305) and, per shard,
id, index, size, key version and SHA-256 digest of its package. Shard keys are
HKDF-SHA256(master key, salt file_id, label | shard id | version). A shard folder
holds the same manifest block as `manifest.kfm` and one `NNNNNN-<shard id>.kfs` per
package, so shards can travel and be resent one by one.
"""

import io
import os
import shutil
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from keyfold.core.atomic_files import PRIVATE_FILE_MODE, ensure_private_dir, fsync_dir
from keyfold.core.encryption.errors import ContainerFormatError, ManifestFormatError
from keyfold.core.encryption.manifest import MAX_MANIFEST_SIZE
from keyfold.core.encryption.packages import (
    FILE_ID_SIZE,
    HEADER_SIZE,
    Bytes,
    parse_header,
    sync_marker,
)
from keyfold.core.errors import StorageError
from keyfold.core.keys import SIGNATURE_SIZE

KFE_MAGIC = b"keyfold.kfe/1\n"
KFE_HEADER_SIZE = len(KFE_MAGIC) + FILE_ID_SIZE
TRAILER_MAGIC = b"KFT1"
_TRAILER = struct.Struct(">4sQ")
MANIFEST_NAME = "manifest.kfm"
PACKAGE_SUFFIX = ".kfs"
_SCAN_CHUNK = 1024 * 1024
_SHARD_ID_SLICE = slice(4 + FILE_ID_SIZE, 4 + FILE_ID_SIZE + 16)


@dataclass(frozen=True)
class PackageSlot:
    """Where one received package (or a damaged stretch) lies, in arrival order."""

    position: int
    path: Path
    offset: int
    length: int
    shard_id: bytes | None  # as written in the slot; None when too short to say


def read_package_into(slot: PackageSlot, buffer: bytearray) -> memoryview:
    """The slot's bytes, read into `buffer` (at least `slot.length` long); short at EOF."""
    view = memoryview(buffer)[: slot.length]
    with open(slot.path, "rb", buffering=0) as handle:
        handle.seek(slot.offset)
        filled = fill(handle, view)
    return view[:filled]


def fill(handle: io.RawIOBase | io.BufferedIOBase, view: memoryview) -> int:
    """Read into all of `view`, or as far as the file goes; the count read."""
    filled = 0
    while filled < len(view):
        count = handle.readinto(view[filled:])
        if not count:
            break
        filled += count
    return filled


def _claimed_id(head: bytes) -> bytes | None:
    return head[_SHARD_ID_SLICE] if len(head) >= _SHARD_ID_SLICE.stop else None


@dataclass(frozen=True)
class Source:
    """An opened `.kfe` file or shard folder, before any verification."""

    path: Path
    manifest_block: bytes
    header_file_id: bytes | None
    packages_end: int  # for a .kfe: where the manifest starts

    @property
    def is_folder(self) -> bool:
        return self.path.is_dir()

    def slots(self, file_id: bytes) -> list[PackageSlot]:
        """Every package candidate, in arrival order (file order or file-name order)."""
        if not self.is_folder:
            return _scan_kfe(self.path, file_id, KFE_HEADER_SIZE, self.packages_end)
        files = sorted(p for p in self.path.iterdir() if p.suffix == PACKAGE_SUFFIX)
        slots = []
        for position, file in enumerate(files):
            with open(file, "rb") as handle:
                head = handle.read(HEADER_SIZE)
                size = handle.seek(0, os.SEEK_END)
            slots.append(PackageSlot(position, file, 0, size, _claimed_id(head)))
        return slots


def open_source(path: Path) -> Source:
    """Open a `.kfe` file or a shard folder and read its (unverified) manifest block."""
    name = str(path)
    if path.is_dir():
        manifest_path = path / MANIFEST_NAME
        if not manifest_path.is_file():
            raise ContainerFormatError(f"The folder {name} has no {MANIFEST_NAME}.")
        if manifest_path.stat().st_size > MAX_MANIFEST_SIZE:
            raise ManifestFormatError(f"The manifest of {name} is too large.")
        return Source(path, _read(manifest_path), None, 0)
    try:
        with open(path, "rb") as handle:
            header = handle.read(KFE_HEADER_SIZE)
            if len(header) != KFE_HEADER_SIZE or not header.startswith(KFE_MAGIC):
                raise ContainerFormatError(f"{name} is not a Keyfold encrypted file.")
            size = handle.seek(0, os.SEEK_END)
            if size < KFE_HEADER_SIZE + _TRAILER.size:
                raise ManifestFormatError(f"{name} is truncated: its manifest is missing.")
            handle.seek(size - _TRAILER.size)
            magic, offset = _TRAILER.unpack(handle.read(_TRAILER.size))
            manifest_end = size - _TRAILER.size
            if (
                magic != TRAILER_MAGIC
                or not KFE_HEADER_SIZE <= offset <= manifest_end
                or manifest_end - offset > MAX_MANIFEST_SIZE
            ):
                raise ManifestFormatError(f"{name} is truncated or its trailer is damaged.")
            handle.seek(offset)
            block = handle.read(manifest_end - offset)
    except OSError as exc:
        raise ContainerFormatError(f"Cannot read {name}: {exc.strerror}.") from exc
    return Source(path, block, header[len(KFE_MAGIC) :], offset)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ContainerFormatError(f"Cannot read {path}: {exc.strerror}.") from exc


def _scan_kfe(path: Path, file_id: bytes, start: int, end: int) -> list[PackageSlot]:
    """Split [start, end) into package slots, resyncing on the marker after damage.

    Intact files cost one header read per package; a stretch whose header is
    damaged runs to the next marker and becomes one slot that fails verification.
    """
    marker = sync_marker(file_id)
    slots: list[PackageSlot] = []
    with open(path, "rb") as handle:
        offset = start
        while offset < end:
            handle.seek(offset)
            head = handle.read(HEADER_SIZE)
            header = parse_header(head) if head.startswith(marker) else None
            following = -1
            if header is not None:
                following = offset + HEADER_SIZE + header.ciphertext_size + SIGNATURE_SIZE
                if following > end:
                    following = -1
                elif following < end:
                    handle.seek(following)
                    if handle.read(len(marker)) != marker:
                        # This length or the next header is damaged: a marker inside
                        # the claimed span means the length is the wrong one.
                        following = _find_marker(handle, marker, offset + 1, following)
            if following < 0:
                following = _find_marker(handle, marker, offset + 1, end)
            slots.append(
                PackageSlot(len(slots), path, offset, following - offset, _claimed_id(head))
            )
            offset = following
    return slots


def _find_marker(handle: BinaryIO, marker: bytes, start: int, end: int) -> int:
    """The offset of the next marker in [start, end), else `end`; constant memory."""
    offset = start
    while offset < end:
        handle.seek(offset)
        chunk = handle.read(min(_SCAN_CHUNK + len(marker) - 1, end - offset))
        found = chunk.find(marker)
        if found >= 0:
            return offset + found
        if len(chunk) < len(marker):
            break
        offset += len(chunk) - len(marker) + 1
    return end


WRITEBACK_STEP = 32 * 1024 * 1024


class Writeback:
    """Starts the disk write of what was written so far, every WRITEBACK_STEP bytes.

    The file is still fsynced once at the end (by `atomic_writer`); this only
    lets the disk work while the next shards are encrypted, instead of all at
    that fsync (about 0.4 s per GiB here, half a plain AES-GCM pass). On Linux,
    POSIX_FADV_DONTNEED on dirty pages starts their writeback without waiting
    (PostgreSQL flushes the same way where it lacks sync_file_range); pages
    already clean leave the cache, as a big output should. A no-op elsewhere.
    """

    def __init__(self, handle: BinaryIO, start: int = 0) -> None:
        self._handle = handle
        self._flushed = start
        self._written = start
        self._enabled = hasattr(os, "posix_fadvise")

    def wrote(self, count: int) -> None:
        self._written += count
        if self._enabled and self._written - self._flushed >= WRITEBACK_STEP:
            self._handle.flush()
            length = self._written - self._flushed
            try:
                os.posix_fadvise(
                    self._handle.fileno(), self._flushed, length, os.POSIX_FADV_DONTNEED
                )
            except OSError:
                self._enabled = False  # a file system without it: the final fsync does all
            self._flushed = self._written


class KfeWriter:
    """Writes a `.kfe` to an open binary file: header, packages, then `finish`."""

    def __init__(self, handle: BinaryIO, file_id: bytes) -> None:
        self._handle = handle
        self._handle.write(KFE_MAGIC + file_id)
        self._offset = KFE_HEADER_SIZE
        self._writeback = Writeback(handle, KFE_HEADER_SIZE)

    def add(self, index: int, shard_id: str, parts: Sequence[Bytes]) -> None:
        for part in parts:
            self._handle.write(part)
            self._offset += len(part)
            self._writeback.wrote(len(part))

    def finish(self, manifest_block: bytes) -> None:
        self._handle.write(manifest_block)
        self._handle.write(_TRAILER.pack(TRAILER_MAGIC, self._offset))


class FolderWriter:
    """Writes a shard folder into a hidden temporary folder; `commit` renames it."""

    def __init__(self, target: Path) -> None:
        if target.exists():
            raise StorageError(f"The folder {target} exists already; choose another output.")
        ensure_private_dir(target.parent)
        self._target = target
        self._folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))

    def add(self, index: int, shard_id: str, parts: Sequence[Bytes]) -> None:
        self._write(f"{index:06d}-{shard_id}{PACKAGE_SUFFIX}", *parts)

    def finish(self, manifest_block: bytes) -> None:
        self._write(MANIFEST_NAME, manifest_block)

    def commit(self) -> None:
        fsync_dir(self._folder)
        try:
            os.rename(self._folder, self._target)
        except OSError as exc:
            self.discard()
            raise StorageError(f"Cannot create {self._target}: {exc.strerror}.") from exc
        fsync_dir(self._target.parent)

    def discard(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def _write(self, name: str, *parts: Bytes) -> None:
        fd = os.open(self._folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
