"""Tests for keyfold.core.backup.bundle: round trip, manifest checks and hostile archives."""

import gzip
import hashlib
import io
import json
import stat
import subprocess
import tarfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from keyfold.core.backup import bundle
from keyfold.core.backup.bundle import (
    INVENTORY_NAME,
    MANIFEST_NAME,
    is_bundle,
    read_bundle,
    write_bundle,
)
from keyfold.core.backup.codec import seal_key
from keyfold.core.backup.kdf import KdfParams
from keyfold.core.errors import BackupFormatError, InvalidInputError, StorageError
from keyfold.core.keys import KeyPair
from tests.conftest import require_tool

FAST = KdfParams.argon2id(memory_kib=64, iterations=1)


def _backup(key_id: str, name: str = "") -> bytes:
    return seal_key(KeyPair.generate(), "pw", key_id=key_id, name=name, kdf=FAST)


@pytest.fixture(scope="module")
def backups() -> list[tuple[str, bytes]]:
    return [("alpha", _backup("alpha", "Alpha")), ("beta.2", _backup("beta.2", "Béta"))]


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {
            member.name: tar.extractfile(member).read()  # type: ignore[union-attr]
            for member in tar.getmembers()
        }


def _manifest(files: dict[str, bytes]) -> bytes:
    return "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in files.items()).encode()


def _write_tar(path: Path, entries: Sequence[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for info, data in entries:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    return tarfile.TarInfo(name), data


def _valid_entries(backup: bytes) -> list[tuple[tarfile.TarInfo, bytes | None]]:
    files = {"keys/a-backup.json": backup}
    return [_file("keys/a-backup.json", backup), _file(MANIFEST_NAME, _manifest(files))]


def test_round_trip(tmp_path: Path, backups: list[tuple[str, bytes]]) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    assert read_bundle(path) == backups
    assert is_bundle(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_the_bundle_layout_and_inventory(tmp_path: Path, backups: list[tuple[str, bytes]]) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    members = _members(path)
    assert list(members) == [
        INVENTORY_NAME, "keys/alpha-backup.json", "keys/beta.2-backup.json", MANIFEST_NAME,
    ]  # fmt: skip
    inventory = json.loads(members[INVENTORY_NAME])
    assert inventory["format_version"] == 1
    assert inventory["created"].endswith("Z")
    assert [(k["key_id"], k["name"], k["file"]) for k in inventory["keys"]] == [
        ("alpha", "Alpha", "keys/alpha-backup.json"),
        ("beta.2", "Béta", "keys/beta.2-backup.json"),
    ]
    fingerprints = [json.loads(d)["metadata"]["fingerprint"] for _, d in backups]
    assert [k["fingerprint"] for k in inventory["keys"]] == fingerprints
    assert all(k["created"].endswith("Z") for k in inventory["keys"])
    expected = {name: data for name, data in members.items() if name != MANIFEST_NAME}
    assert members[MANIFEST_NAME] == _manifest(expected)


def test_the_manifest_checks_with_the_real_sha256sum(
    tmp_path: Path, backups: list[tuple[str, bytes]]
) -> None:
    sha256sum, tar = require_tool("sha256sum"), require_tool("tar")
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tar, "-xzf", str(path), "-C", str(out)], check=True)
    checked = subprocess.run(
        [sha256sum, "--strict", "-c", MANIFEST_NAME], cwd=out, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == 3


def test_a_bundle_made_like_the_datafold_guide_reads(tmp_path: Path) -> None:
    # tar -czf of a folder: "./" prefixes, folder entries, the inventory under keys/,
    # and a manifest from `find . -type f -exec sha256sum` that lists itself.
    backup = _backup("a")
    files = {
        "./keys/key-inventory.json": b'[{"key_id": "a"}]',
        "./keys/a-backup.json": backup,
        "./config/node.toml": b"x = 1\n",
    }
    empty_sha256 = hashlib.sha256(b"").hexdigest().encode()
    manifest = _manifest(files) + empty_sha256 + b"  ./integrity-manifest.sha256\n"
    folder = tarfile.TarInfo("./keys")
    folder.type = tarfile.DIRTYPE
    entries: list[tuple[tarfile.TarInfo, bytes | None]] = [(folder, None)]
    entries += [_file(name, data) for name, data in files.items()]
    entries.append(_file("./integrity-manifest.sha256", manifest))
    path = _write_tar(tmp_path / "datafold-backup.tar.gz", entries)
    assert read_bundle(path) == [("a", backup)]


def test_a_tampered_member_is_named(tmp_path: Path, backups: list[tuple[str, bytes]]) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    members = _members(path)
    members["keys/beta.2-backup.json"] = members["keys/beta.2-backup.json"].replace(b"B", b"b")
    rebuilt = _write_tar(tmp_path / "tampered.tar.gz", [_file(n, d) for n, d in members.items()])
    with pytest.raises(BackupFormatError, match="does not match its SHA-256") as caught:
        read_bundle(rebuilt)
    assert caught.value.field == "keys/beta.2-backup.json"
    assert "keys/beta.2-backup.json" in str(caught.value)


def test_a_member_missing_from_the_manifest_is_named(
    tmp_path: Path, backups: list[tuple[str, bytes]]
) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    members = _members(path)
    lines = members[MANIFEST_NAME].decode().splitlines(keepends=True)
    members[MANIFEST_NAME] = "".join(line for line in lines if "alpha" not in line).encode()
    rebuilt = _write_tar(tmp_path / "short.tar.gz", [_file(n, d) for n, d in members.items()])
    with pytest.raises(BackupFormatError, match="not listed") as caught:
        read_bundle(rebuilt)
    assert caught.value.field == "keys/alpha-backup.json"


def test_a_listed_member_missing_from_the_archive_is_named(tmp_path: Path) -> None:
    backup = _backup("a")
    manifest = _manifest({"keys/a-backup.json": backup, "keys/b-backup.json": b"gone"})
    path = _write_tar(
        tmp_path / "b.tar.gz",
        [_file("keys/a-backup.json", backup), _file(MANIFEST_NAME, manifest)],
    )
    with pytest.raises(BackupFormatError, match="is missing") as caught:
        read_bundle(path)
    assert caught.value.field == "keys/b-backup.json"


def test_a_bundle_without_a_manifest_is_refused(tmp_path: Path) -> None:
    path = _write_tar(tmp_path / "b.tar.gz", [_file("keys/a-backup.json", _backup("a"))])
    with pytest.raises(BackupFormatError) as caught:
        read_bundle(path)
    assert caught.value.field == MANIFEST_NAME


@pytest.mark.parametrize(
    "line",
    [b"not a manifest line", b"abc  keys/a-backup.json", b"\xff\xfe"],
)
def test_a_manifest_not_in_sha256sum_format_is_refused(tmp_path: Path, line: bytes) -> None:
    backup = _backup("a")
    manifest = _manifest({"keys/a-backup.json": backup}) + line + b"\n"
    path = _write_tar(
        tmp_path / "b.tar.gz", [_file("keys/a-backup.json", backup), _file(MANIFEST_NAME, manifest)]
    )
    with pytest.raises(BackupFormatError) as caught:
        read_bundle(path)
    assert caught.value.field == MANIFEST_NAME


def test_a_manifest_listing_a_member_twice_is_refused(tmp_path: Path) -> None:
    backup = _backup("a")
    line = _manifest({"keys/a-backup.json": backup})
    path = _write_tar(
        tmp_path / "b.tar.gz",
        [_file("keys/a-backup.json", backup), _file(MANIFEST_NAME, line + line)],
    )
    with pytest.raises(BackupFormatError, match="twice"):
        read_bundle(path)


@pytest.mark.parametrize(
    "name",
    ["../evil-backup.json", "keys/../../evil-backup.json", "/etc/evil-backup.json", "keys\\..\\x"],
)
def test_unsafe_member_paths_are_refused(tmp_path: Path, name: str) -> None:
    entries = [*_valid_entries(_backup("a")), _file(name, b"{}")]
    path = _write_tar(tmp_path / "b.tar.gz", entries)
    with pytest.raises(BackupFormatError, match="unsafe path") as caught:
        read_bundle(path)
    assert caught.value.field == name


@pytest.mark.parametrize(
    "kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE]
)
def test_links_and_special_files_are_refused(tmp_path: Path, kind: bytes) -> None:
    member = tarfile.TarInfo("keys/b-backup.json")
    member.type = kind
    member.linkname = "/etc/passwd"
    path = _write_tar(tmp_path / "b.tar.gz", [*_valid_entries(_backup("a")), (member, None)])
    with pytest.raises(BackupFormatError, match="link or special file") as caught:
        read_bundle(path)
    assert caught.value.field == "keys/b-backup.json"


def test_a_duplicate_member_is_refused(tmp_path: Path) -> None:
    backup = _backup("a")
    entries = [*_valid_entries(backup), _file("./keys/a-backup.json", backup)]
    path = _write_tar(tmp_path / "b.tar.gz", entries)
    with pytest.raises(BackupFormatError, match="appears twice"):
        read_bundle(path)


def test_an_oversized_member_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_MEMBER_BYTES", 1000)
    path = _write_tar(
        tmp_path / "b.tar.gz", [*_valid_entries(_backup("a")), _file("big", bytes(1001))]
    )
    with pytest.raises(BackupFormatError, match="larger than 1000 bytes") as caught:
        read_bundle(path)
    assert caught.value.field == "big"


def test_too_many_members_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "MAX_MEMBERS", 3)
    entries = [*_valid_entries(_backup("a")), _file("x", b""), _file("y", b"")]
    with pytest.raises(BackupFormatError, match="more than 3 members"):
        read_bundle(_write_tar(tmp_path / "b.tar.gz", entries))


def test_an_archive_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_BUNDLE_BYTES", 64 * 1024)
    entries = [*_valid_entries(_backup("a")), *[_file(f"f{i}", bytes(20_000)) for i in range(5)]]
    with pytest.raises(BackupFormatError, match="unpacks to more than"):
        read_bundle(_write_tar(tmp_path / "b.tar.gz", entries))


def test_a_bundle_with_no_backups_is_refused(tmp_path: Path) -> None:
    files = {"notes.txt": b"hello"}
    entries = [_file("notes.txt", b"hello"), _file(MANIFEST_NAME, _manifest(files))]
    with pytest.raises(BackupFormatError, match="holds no"):
        read_bundle(_write_tar(tmp_path / "b.tar.gz", entries))


@pytest.mark.parametrize(
    "content",
    [b"plain text", gzip.compress(b"not a tar archive" * 40), gzip.compress(b"x" * 600)[:30]],
)
def test_files_that_are_not_tar_gz_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "b.tar.gz"
    path.write_bytes(content)
    with pytest.raises(BackupFormatError, match=r"not a readable \.tar\.gz bundle") as caught:
        read_bundle(path)
    assert caught.value.field == "file"


def test_a_truncated_bundle_is_refused(tmp_path: Path, backups: list[tuple[str, bytes]]) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(BackupFormatError):
        read_bundle(path)


def test_a_missing_bundle_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Cannot read the bundle"):
        read_bundle(tmp_path / "absent.tar.gz")


def test_is_bundle(tmp_path: Path) -> None:
    backup = tmp_path / "one.json"
    backup.write_bytes(_backup("a"))
    assert not is_bundle(backup)
    assert not is_bundle(tmp_path / "absent")
    assert not is_bundle(tmp_path)
    compressed = tmp_path / "x.gz"
    compressed.write_bytes(gzip.compress(b"x"))
    assert is_bundle(compressed)


@pytest.mark.parametrize(
    ("backups", "message"),
    [
        ([], "at least one key"),
        ([("../escape", b"{}")], "cannot name a file"),
        ([("a/b", b"{}")], "cannot name a file"),
        ([(".hidden", b"{}")], "cannot name a file"),
        ([("a", b"BACKUP"), ("a", b"BACKUP")], "appears twice"),
    ],
)
def test_write_refuses_bad_key_lists_and_writes_nothing(
    tmp_path: Path, backups: list[tuple[str, bytes]], message: str
) -> None:
    backups = [(key_id, _backup("a") if data == b"BACKUP" else data) for key_id, data in backups]
    path = tmp_path / "keys.tar.gz"
    with pytest.raises(InvalidInputError, match=message):
        write_bundle(path, backups)
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_an_invalid_backup_and_keeps_the_old_bundle(
    tmp_path: Path, backups: list[tuple[str, bytes]]
) -> None:
    path = tmp_path / "keys.tar.gz"
    write_bundle(path, backups)
    before = path.read_bytes()
    with pytest.raises(BackupFormatError):
        write_bundle(path, [("a", b"{}")])
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]
