import os
from pathlib import Path

import pytest

from keyfold.core.encryption import container
from keyfold.core.encryption.container import (
    MANIFEST_NAME,
    FolderWriter,
    PackageSlot,
    Writeback,
    open_source,
    read_package_into,
)
from keyfold.core.encryption.errors import ContainerFormatError, ManifestFormatError
from keyfold.core.encryption.sender import Layout, ShardingOptions, encrypt_file
from keyfold.core.errors import StorageError
from keyfold.core.keys import KeyPair
from tests.core.encryption.helpers import split_kfe


def read(slot: PackageSlot) -> bytes:
    return bytes(read_package_into(slot, bytearray(slot.length + 10)))


def encrypted(tmp_path: Path, size: int = 5000, layout: Layout = Layout.KFE) -> Path:
    source = tmp_path / "plain.bin"
    source.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    target = tmp_path / ("out.kfe" if layout is Layout.KFE else "out")
    encrypt_file(
        source,
        target,
        recipients=[KeyPair.generate().public],
        options=ShardingOptions(shard_size=1024, layout=layout),
    )
    return target


def test_kfe_slots_follow_the_packages(tmp_path: Path) -> None:
    path = encrypted(tmp_path)
    parts = split_kfe(path)
    source = open_source(path)
    slots = source.slots(source.header_file_id or b"")
    assert [read(s) for s in slots] == parts.packages


def test_scanning_resyncs_after_a_damaged_header(tmp_path: Path) -> None:
    path = encrypted(tmp_path)
    parts = split_kfe(path)
    damaged = bytearray(parts.packages[1])
    damaged[0:4] = b"XXXX"
    damaged[95:100] = b"\xff" * 5  # the length field too
    parts.packages[1] = bytes(damaged)
    path.write_bytes(parts.build())
    source = open_source(path)
    slots = source.slots(source.header_file_id or b"")
    assert len(slots) == 5
    assert read(slots[1]) == bytes(damaged)
    assert read(slots[2]) == parts.packages[2]


def test_folder_layout(tmp_path: Path) -> None:
    folder = encrypted(tmp_path, layout=Layout.FOLDER)
    names = sorted(p.name for p in folder.iterdir())
    assert names[-1] == MANIFEST_NAME and len(names) == 6
    assert names[0].startswith("000000-") and names[0].endswith(".kfs")
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    source = open_source(folder)
    assert len(source.slots(b"")) == 5


def test_folder_writer_refuses_existing_target_and_cleans_up(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(StorageError, match="taken"):
        FolderWriter(tmp_path / "taken")
    writer = FolderWriter(tmp_path / "new")
    writer.add(0, "ab", [b"da", b"ta"])
    writer.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_not_a_container(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ContainerFormatError, match=r"notes\.txt"):
        open_source(text)
    with pytest.raises(ContainerFormatError, match=r"manifest\.kfm"):
        open_source(tmp_path)


def test_truncated_kfe(tmp_path: Path) -> None:
    path = encrypted(tmp_path)
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(ManifestFormatError, match=r"out\.kfe"):
        open_source(path)


def test_a_slot_past_the_end_reads_short(tmp_path: Path) -> None:
    path = encrypted(tmp_path)
    size = path.stat().st_size
    slot = PackageSlot(0, path, size - 10, 50, None)
    assert len(read(slot)) == 10


def test_writeback_starts_every_step_and_keeps_the_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int, int]] = []
    monkeypatch.setattr(container, "WRITEBACK_STEP", 1000)
    monkeypatch.setattr(
        os,
        "posix_fadvise",
        lambda fd, offset, length, advice: calls.append((offset, length, advice)),
        raising=False,
    )
    with open(tmp_path / "out", "wb") as handle:
        writeback = Writeback(handle, 10)
        for _ in range(5):
            handle.write(b"x" * 450)
            writeback.wrote(450)
    assert (tmp_path / "out").read_bytes() == b"x" * 2250
    assert calls == [(10, 1350, os.POSIX_FADV_DONTNEED)]


def test_writeback_gives_up_quietly_where_the_file_system_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[int] = []

    def refuse(*args: int) -> None:
        tries.append(args[1])
        raise OSError(95, "not supported")

    monkeypatch.setattr(container, "WRITEBACK_STEP", 10)
    monkeypatch.setattr(os, "posix_fadvise", refuse, raising=False)
    with open(tmp_path / "out", "wb") as handle:
        writeback = Writeback(handle)
        for _ in range(3):
            handle.write(b"y" * 20)
            writeback.wrote(20)
    assert (tmp_path / "out").read_bytes() == b"y" * 60
    assert tries == [0]  # tried once, then left to the final fsync
