"""Tests for keyfold.core.atomic_files: private folders, loose-folder warnings, atomic writes."""

import os
import stat
from pathlib import Path

import pytest

from keyfold.core.atomic_files import (
    atomic_write,
    ensure_private_dir,
    loose_folder_warning,
)
from keyfold.core.errors import StorageError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mode", [0o755, 0o775, 0o1777, 0o2750])
def test_an_existing_folder_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    folder.chmod(mode)
    ensure_private_dir(folder)
    ensure_private_dir(folder / "mine")
    assert _mode(folder) == mode
    assert _mode(folder / "mine") == 0o700


def test_every_missing_folder_is_made_0700_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert _mode(folder) == 0o700


def test_a_file_in_the_way_is_a_storage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError, match="file"):
        ensure_private_dir(tmp_path / "file" / "below")


def test_loose_folders_are_named_not_fixed(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir(mode=0o700)
    assert loose_folder_warning(folder) is None
    folder.chmod(0o770)
    assert "its group" in (loose_folder_warning(folder) or "")
    folder.chmod(0o777)
    assert "everyone" in (loose_folder_warning(folder) or "")
    assert _mode(folder) == 0o777


def test_atomic_write_is_private(tmp_path: Path) -> None:
    atomic_write(tmp_path / "f", b"data")
    assert (tmp_path / "f").read_bytes() == b"data" and _mode(tmp_path / "f") == 0o600
