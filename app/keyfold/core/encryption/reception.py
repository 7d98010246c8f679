"""Receiving a sharded file: verify every package and the manifest, reassemble, report.

Packages may arrive damaged, twice, out of order, signed by someone else, or not
at all; each case is reported by shard id so the sender knows what to resend.
The output appears under its final name only when every shard verified.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from keyfold.core.atomic_files import atomic_writer
from keyfold.core.encryption.container import (
    PackageSlot,
    Source,
    Writeback,
    open_source,
    read_package_into,
)
from keyfold.core.encryption.errors import ManifestError
from keyfold.core.encryption.manifest import Manifest, ShardEntry, read_manifest
from keyfold.core.encryption.packages import Bytes, PackageFault, open_shard, package_size
from keyfold.core.encryption.parallel import BufferPool, ordered_map
from keyfold.core.encryption.recipients import open_master_key
from keyfold.core.errors import InvalidInputError
from keyfold.core.keys import KeyPair, PublicKey
from keyfold.core.progress import CancelToken, ProgressCallback, no_progress


class ShardProblem(StrEnum):
    MISSING = "missing"
    DUPLICATED = "duplicated"
    REORDERED = "reordered"
    CORRUPTED = "corrupted"
    FOREIGN_SIGNED = "foreign-signed"
    UNEXPECTED = "unexpected"


_FAULT_TEXT = {
    PackageFault.MALFORMED: "its package is malformed or truncated",
    PackageFault.BAD_SIGNATURE: "its signature does not verify",
    PackageFault.FOREIGN_SIGNER: "it is signed by a key other than the sender's",
    PackageFault.DIGEST_MISMATCH: "it does not match the digest in the manifest",
    PackageFault.UNDECRYPTABLE: "it does not decrypt",
}


@dataclass(frozen=True)
class ShardIssue:
    """One problem with one shard; `positions` are arrival positions (0-based)."""

    shard_id: str
    index: int | None
    problem: ShardProblem
    detail: str
    positions: tuple[int, ...]
    recovered: bool


@dataclass(frozen=True)
class ReceptionReport:
    """What arrived, what was wrong with it, and whether the output was written."""

    source: Path
    manifest: Manifest
    issues: tuple[ShardIssue, ...]
    recovered_count: int
    output: Path | None

    @property
    def ok(self) -> bool:
        """Every shard verified and decrypted (extra or reordered copies are harmless)."""
        return self.recovered_count == self.manifest.shard_count

    @property
    def retransmit(self) -> tuple[str, ...]:
        """Ids of the shards the sender must send again, in shard order."""
        lost = {i.shard_id for i in self.issues if not i.recovered and i.index is not None}
        return tuple(e.shard_id for e in self.manifest.shards if e.shard_id in lost)

    def ids(self, problem: ShardProblem) -> tuple[str, ...]:
        return tuple(i.shard_id for i in self.issues if i.problem is problem)

    @property
    def missing(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.MISSING)

    @property
    def duplicated(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.DUPLICATED)

    @property
    def reordered(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.REORDERED)

    @property
    def corrupted(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.CORRUPTED)

    @property
    def foreign_signed(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.FOREIGN_SIGNED)

    @property
    def unexpected(self) -> tuple[str, ...]:
        return self.ids(ShardProblem.UNEXPECTED)


@dataclass(frozen=True)
class _Checked:
    entry: ShardEntry
    plaintext: Bytes | None  # a view of `buffer` until written
    buffer: bytearray | None  # goes back to the plaintext pool once written
    chosen: int | None
    faults: tuple[tuple[int, PackageFault], ...]
    copies: int


def inspect(path: Path, expected_sender: PublicKey | None = None) -> Manifest:
    """The verified manifest of a `.kfe` or shard folder, without decrypting anything."""
    return _verified_manifest(open_source(path), expected_sender)


def decrypt_file(
    path: Path,
    destination: Path | None,
    *,
    identities: Sequence[KeyPair] = (),
    passphrase: str | None = None,
    expected_sender: PublicKey | None = None,
    overwrite: bool = False,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ReceptionReport:
    """Verify and decrypt `path` into `destination` (None: verify only).

    Raises for problems that stop everything (not an encrypted file, damaged or
    foreign manifest, no usable key); shard problems come back in the report.
    """
    if destination is not None and destination.exists() and not overwrite:
        raise InvalidInputError(f"The output {destination} exists already.")
    source = open_source(path)
    manifest = _verified_manifest(source, expected_sender)
    file_id = manifest.file_id_bytes
    master = open_master_key(
        manifest.recipients, file_id, identities, passphrase, source=f"{path.name}"
    )
    entries = manifest.shards
    candidates, unexpected = _attribute(source.slots(file_id), entries)
    report = progress or no_progress

    largest = max((e.size for e in entries), default=0)
    package_pool = BufferPool(package_size(largest))
    plain_pool = BufferPool(largest)

    def check(entry: ShardEntry) -> _Checked:
        plaintext: Bytes | None = None
        chosen: int | None = None
        faults: list[tuple[int, PackageFault]] = []
        digest = bytes.fromhex(entry.digest)
        # Buffers are taken only for a slot of the right length, so a manifest
        # claiming big shards cannot make us allocate more than the file holds.
        package: bytearray | None = None
        kept: bytearray | None = None
        # Later copies of a recovered shard are still checked (to be reported),
        # into a scratch buffer so the kept plaintext stays intact.
        scratch: bytearray | None = None
        for slot in candidates[entry.shard_id]:
            if slot.length != package_size(entry.size):
                faults.append((slot.position, PackageFault.MALFORMED))
                continue
            if package is None:
                package = package_pool.take()
            if plaintext is None:
                kept = out = kept if kept is not None else plain_pool.take()
            else:
                scratch = out = scratch if scratch is not None else plain_pool.take()
            opened = open_shard(
                read_package_into(slot, package),
                master,
                manifest.sender,
                digest,
                file_id,
                out,
                version=manifest.version,
            )
            if opened.fault is not None:
                faults.append((slot.position, opened.fault))
            elif plaintext is None:
                plaintext, chosen = opened.plaintext, slot.position
        if package is not None:
            package_pool.give(package)
        for spare in (scratch, None if plaintext is not None else kept):
            if spare is not None:
                plain_pool.give(spare)
        copies = len(candidates[entry.shard_id])
        held = kept if plaintext is not None else None
        return _Checked(entry, plaintext, held, chosen, tuple(faults), copies)

    results: list[_Checked] = []

    def run(sink: _Sink) -> None:
        done = 0
        report(0, manifest.total_size)
        for checked in ordered_map(check, entries, workers=workers):
            if cancel is not None:
                cancel.check()
            sink.write(checked.plaintext)
            if checked.buffer is not None:
                plain_pool.give(checked.buffer)
            results.append(
                _Checked(checked.entry, None, None, checked.chosen, checked.faults, checked.copies)
            )
            done += checked.entry.size
            report(done, manifest.total_size)

    written: Path | None = None
    if destination is None:
        run(_Sink(None))
    else:
        try:
            with atomic_writer(destination) as out:
                sink = _Sink(out)
                run(sink)
                if not sink.complete:
                    raise _Incomplete
            written = destination
        except _Incomplete:
            written = None
    issues = _issues(results, unexpected)
    recovered = sum(1 for r in results if r.chosen is not None)
    return ReceptionReport(path, manifest, issues, recovered, written)


class _Incomplete(Exception):
    """Raised inside the atomic writer so a partial output is thrown away."""


class _Sink:
    """Writes plaintext while every shard so far verified, then only tracks."""

    def __init__(self, out: BinaryIO | None) -> None:
        self._out = out
        self._writeback = Writeback(out) if out is not None else None
        self.complete = True

    def write(self, plaintext: Bytes | None) -> None:
        if plaintext is None:
            self.complete = False
        elif self.complete and self._out is not None and self._writeback is not None:
            self._out.write(plaintext)
            self._writeback.wrote(len(plaintext))


def _verified_manifest(source: Source, expected_sender: PublicKey | None) -> Manifest:
    name = source.path.name
    manifest = read_manifest(source.manifest_block, name)
    if source.header_file_id is not None and source.header_file_id != manifest.file_id_bytes:
        raise ManifestError(f"The header of {name} does not match its manifest.")
    if expected_sender is not None and manifest.sender != expected_sender:
        raise ManifestError(
            f"{name} is signed by {manifest.sender.fingerprint}, not the expected sender."
        )
    return manifest


def _attribute(
    slots: Sequence[PackageSlot], entries: Sequence[ShardEntry]
) -> tuple[dict[str, list[PackageSlot]], list[PackageSlot]]:
    """Group slots by the shard they claim; a damaged id counts for its position."""
    by_id: dict[str, list[PackageSlot]] = {e.shard_id: [] for e in entries}
    unknown: list[PackageSlot] = []
    for slot in slots:
        claimed = slot.shard_id.hex() if slot.shard_id is not None else None
        if claimed in by_id:
            by_id[claimed].append(slot)
        else:
            unknown.append(slot)
    unexpected: list[PackageSlot] = []
    for slot in unknown:
        if slot.position < len(entries) and not by_id[entries[slot.position].shard_id]:
            by_id[entries[slot.position].shard_id].append(slot)
        else:
            unexpected.append(slot)
    for group in by_id.values():
        group.sort(key=lambda s: s.position)
    return by_id, unexpected


def _issues(
    results: Sequence[_Checked], unexpected: Sequence[PackageSlot]
) -> tuple[ShardIssue, ...]:
    by_problem: dict[int, list[ShardIssue]] = defaultdict(list)
    for checked in results:
        entry = checked.entry
        positions = tuple(p for p, _ in checked.faults)
        recovered = checked.chosen is not None
        if checked.copies == 0:
            by_problem[entry.index].append(
                ShardIssue(
                    entry.shard_id, entry.index, ShardProblem.MISSING, "it never arrived", (), False
                )
            )
        elif not recovered:
            faults = [f for _, f in checked.faults]
            problem = (
                ShardProblem.FOREIGN_SIGNED
                if PackageFault.FOREIGN_SIGNER in faults
                else ShardProblem.CORRUPTED
            )
            fault = (
                PackageFault.FOREIGN_SIGNER if problem is ShardProblem.FOREIGN_SIGNED else faults[0]
            )
            by_problem[entry.index].append(
                ShardIssue(
                    entry.shard_id, entry.index, problem, _FAULT_TEXT[fault], positions, False
                )
            )
        if recovered and checked.copies > 1:
            damaged = f", {len(checked.faults)} of them damaged" if checked.faults else ""
            by_problem[entry.index].append(
                ShardIssue(
                    entry.shard_id,
                    entry.index,
                    ShardProblem.DUPLICATED,
                    f"{checked.copies} copies arrived{damaged}",
                    positions,
                    True,
                )
            )
    # A shard is out of order when some higher-index shard arrived before it.
    earliest_later = None
    for checked in reversed(results):
        if checked.chosen is None:
            continue
        if earliest_later is not None and earliest_later < checked.chosen:
            entry = checked.entry
            by_problem[entry.index].append(
                ShardIssue(
                    entry.shard_id,
                    entry.index,
                    ShardProblem.REORDERED,
                    f"it arrived at position {checked.chosen}, after a later shard",
                    (checked.chosen,),
                    True,
                )
            )
        earliest_later = (
            checked.chosen if earliest_later is None else min(earliest_later, checked.chosen)
        )
    issues = [issue for index in sorted(by_problem) for issue in by_problem[index]]
    for slot in unexpected:
        issues.append(
            ShardIssue(
                slot.shard_id.hex() if slot.shard_id is not None else "",
                None,
                ShardProblem.UNEXPECTED,
                f"a package not in the manifest arrived at position {slot.position}",
                (slot.position,),
                True,
            )
        )
    return tuple(issues)
