"""Tests for keyfold.core.vault.secret_backends.encrypted_files."""

import stat
from pathlib import Path

import pytest

from keyfold.core.errors import StorageError
from keyfold.core.vault.secret_backends import EncryptedFileBackend, SecretRef

REF = SecretRef("vault", "deploy", 1)


def test_store_load_delete(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    assert not backend.is_primary
    assert not backend.contains(REF)
    backend.store(REF, b'{"sealed": true}')
    assert backend.contains(REF)
    assert backend.load(REF) == b'{"sealed": true}'
    backend.store(REF, b'{"sealed": 2}')
    assert backend.load(REF) == b'{"sealed": 2}'
    backend.delete(REF)
    assert not backend.contains(REF)
    assert not (tmp_path / "secrets" / "deploy").exists()
    backend.delete(REF)  # deleting what is gone is fine


def test_generations_live_side_by_side(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    later = SecretRef("vault", "deploy", 1, 4)
    assert backend.path_for(later) == tmp_path / "secrets" / "deploy" / "v1.g4.json"
    backend.store(REF, b"old")
    backend.store(later, b"new")
    backend.delete(REF)
    assert backend.load(later) == b"new" and not backend.contains(REF)


def test_modes_are_private(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    backend.store(REF, b"x")
    path = backend.path_for(REF)
    assert path == tmp_path / "secrets" / "deploy" / "v1.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "secrets").stat().st_mode) == 0o700


def test_missing_secret_names_the_key(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    with pytest.raises(StorageError, match="deploy"):
        backend.load(REF)


def test_versions_are_separate_files(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    backend.store(REF, b"one")
    backend.store(SecretRef("vault", "deploy", 2), b"two")
    backend.delete(REF)
    assert backend.load(SecretRef("vault", "deploy", 2)) == b"two"


def test_remove_partial_writes(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    backend.store(REF, b"kept")
    leftover = backend.path_for(REF).parent / ".v2.json.x1y2.tmp"
    leftover.write_bytes(b"half")
    backend.remove_partial_writes()
    assert not leftover.exists()
    assert backend.load(REF) == b"kept"


def test_a_write_sweeps_its_folder_and_the_last_delete_removes_it(tmp_path: Path) -> None:
    backend = EncryptedFileBackend(tmp_path / "secrets")
    backend.store(REF, b"one")
    folder = backend.path_for(REF).parent
    leftover = folder / ".v2.json.x1y2.tmp"
    leftover.write_bytes(b"half")
    backend.store(SecretRef("vault", "deploy", 2), b"two")
    assert not leftover.exists()
    leftover.write_bytes(b"half again")
    backend.delete(REF)
    assert folder.is_dir() and leftover.exists()  # version 2 is still there
    backend.delete(SecretRef("vault", "deploy", 2))
    assert not folder.exists()
