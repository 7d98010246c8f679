"""Encrypting a file into signed shard packages: a `.kfe` file or a shard folder."""

import contextlib
import itertools
import secrets
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from io import BufferedReader
from pathlib import Path
from typing import BinaryIO, Protocol

from keyfold.core.atomic_files import atomic_writer
from keyfold.core.encryption.container import FolderWriter, KfeWriter, fill
from keyfold.core.encryption.manifest import MAX_SHARD_SIZE, Manifest, ShardEntry, sign_manifest
from keyfold.core.encryption.packages import (
    FILE_ID_SIZE,
    TAG_SIZE,
    Bytes,
    SealedShard,
    seal_shard,
)
from keyfold.core.encryption.parallel import BufferPool, ordered_map
from keyfold.core.encryption.recipients import (
    MASTER_KEY_SIZE,
    PassphraseParams,
    Recipient,
    seal_to_passphrase,
    seal_to_public_key,
)
from keyfold.core.encryption.shard_keys import SHARD_ID_SIZE
from keyfold.core.errors import InvalidInputError, StorageError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback, no_progress

DEFAULT_SHARD_SIZE = 1024 * 1024


class Layout(StrEnum):
    KFE = "kfe"
    FOLDER = "folder"


@dataclass(frozen=True)
class ShardingOptions:
    """How a file is cut and labelled; acl and lineage are recorded per shard."""

    shard_size: int = DEFAULT_SHARD_SIZE
    content_type: str = "application/octet-stream"
    acl: str = ""
    lineage: str = ""
    layout: Layout = Layout.KFE
    workers: int | None = None
    passphrase_params: PassphraseParams | None = None


class _Writer(Protocol):
    def add(self, index: int, shard_id: str, parts: Sequence[Bytes]) -> None: ...
    def finish(self, manifest_block: bytes) -> None: ...


@dataclass(frozen=True)
class _Plain:
    index: int
    shard_id: bytes
    buffer: bytearray  # from the plaintext pool; `size` bytes of it are the shard
    size: int


@dataclass(frozen=True)
class _Sealed:
    piece: _Plain
    shard: SealedShard
    buffer: bytearray  # from the ciphertext pool; the package's ciphertext lives here


def encrypt_file(
    source: Path,
    destination: Path,
    *,
    recipients: Sequence[PublicKey] = (),
    passphrase: str | None = None,
    sender: KeyPair | None = None,
    options: ShardingOptions | None = None,
    name: str | None = None,
    metadata: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Manifest:
    """Encrypt `source` for the recipients and/or a passphrase; sign with `sender`.

    Without a sender an ephemeral key signs: the file is still tamper-evident,
    but says nothing about who made it. Nothing appears under `destination`
    unless the whole file was written.
    """
    options = options or ShardingOptions()
    if not recipients and passphrase is None:
        raise InvalidInputError("Give at least one recipient or a passphrase to encrypt for.")
    if not 1 <= options.shard_size <= MAX_SHARD_SIZE:
        raise InvalidInputError(f"The shard size must be from 1 byte to {MAX_SHARD_SIZE} bytes.")
    master = secrets.token_bytes(MASTER_KEY_SIZE)
    file_id = secrets.token_bytes(FILE_ID_SIZE)
    sealed: list[Recipient] = [seal_to_public_key(master, key) for key in recipients]
    if passphrase is not None:
        sealed.append(seal_to_passphrase(master, passphrase, file_id, options.passphrase_params))
    signer = sender or KeyPair.generate()
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below on every path
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {source}: {exc.strerror}.") from exc
    with handle:
        total = _size(handle)

        def build(writer: _Writer) -> Manifest:
            entries = _write_shards(
                handle, writer, master, file_id, signer, options, total, progress, cancel
            )
            manifest = Manifest(
                file_id=file_id.hex(),
                created=clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
                shard_size=options.shard_size,
                total_size=sum(e.size for e in entries),
                sender=signer.public,
                anonymous_sender=sender is None,
                recipients=tuple(sealed),
                shards=tuple(entries),
                content_type=options.content_type,
                name=source.name if name is None else name,
                metadata=dict(metadata or {}),
            )
            writer.finish(sign_manifest(manifest, signer))
            return manifest

        if options.layout is Layout.FOLDER:
            folder = FolderWriter(destination)
            try:
                manifest = build(folder)
            except BaseException:
                folder.discard()
                raise
            folder.commit()
            return manifest
        with atomic_writer(destination) as out:
            return build(KfeWriter(out, file_id))


def _write_shards(
    handle: BufferedReader,
    writer: _Writer,
    master: bytes,
    file_id: bytes,
    signer: KeyPair,
    options: ShardingOptions,
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> list[ShardEntry]:
    report = progress or no_progress
    plain_pool = BufferPool(options.shard_size)
    cipher_pool = BufferPool(options.shard_size + TAG_SIZE)
    package_signer = _LoadedSigner(signer)
    read_lock = threading.Lock()

    def seal(index: int) -> _Sealed | None:
        """Read shard `index` (None past the end) and seal it, all on a worker thread.

        The reads are a copy each; on the consumer thread, beside the writes,
        they were its bottleneck. The lock keeps seek-and-read atomic.
        """
        buffer = plain_pool.take()
        with read_lock:
            handle.seek(index * options.shard_size)
            size = fill(handle, memoryview(buffer))
        if not size:
            plain_pool.give(buffer)
            return None
        piece = _Plain(index, secrets.token_bytes(SHARD_ID_SIZE), buffer, size)
        out = cipher_pool.take()
        data = memoryview(buffer)[:size]
        shard = seal_shard(master, file_id, piece.shard_id, index, data, package_signer, out=out)
        return _Sealed(piece, shard, out)

    entries: list[ShardEntry] = []
    done = 0
    report(0, total)
    # Shard indexes are pulled lazily, a few ahead; the first short or empty
    # read is the end of the file, as for a plain sequential read. Leaving the
    # loop closes the map: shards read ahead are dropped, their threads joined.
    with contextlib.closing(ordered_map(seal, itertools.count(), workers=options.workers)) as run:
        for sealed in run:
            if cancel is not None:
                cancel.check()
            if sealed is None:
                break
            piece = sealed.piece
            shard_id = piece.shard_id.hex()
            writer.add(piece.index, shard_id, sealed.shard.parts)
            # Written: both buffers may now take another shard.
            plain_pool.give(piece.buffer)
            cipher_pool.give(sealed.buffer)
            entries.append(
                ShardEntry(
                    shard_id=shard_id,
                    index=piece.index,
                    size=piece.size,
                    key_version=1,
                    digest=sealed.shard.digest.hex(),
                    content_type=options.content_type,
                    acl=options.acl,
                    lineage=options.lineage,
                )
            )
            done += piece.size
            report(done, max(total, done))
            if piece.size < options.shard_size:
                break
    return entries


class _LoadedSigner:
    """The sender's key loaded once per file; KeyPair.sign rebuilds it from the seed per call."""

    def __init__(self, pair: KeyPair) -> None:
        self.public = pair.public
        self._key = pair.private_key()

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


def _size(handle: BinaryIO) -> int:
    try:
        size = handle.seek(0, 2)
        handle.seek(0)
    except OSError as exc:
        raise StorageError(f"Cannot measure {handle.name}: {exc.strerror}.") from exc
    return size
