"""Tests for keyfold.core.atomic_files: private folders, loose-folder warnings, atomic writes."""

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from keyfold.core import atomic_files
from keyfold.core.atomic_files import (
    TEMP_MARKER,
    atomic_write,
    atomic_writer,
    ensure_private_dir,
    loose_folder_warning,
    sweep_temp_files,
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


def test_the_file_has_no_name_until_it_is_complete(tmp_path: Path) -> None:
    # O_TMPFILE on Linux: nothing a kill could leave behind is ever visible.
    with atomic_writer(tmp_path / "out") as handle:
        handle.write(b"partial plaintext")
        assert os.listdir(tmp_path) == []
    assert os.listdir(tmp_path) == ["out"]


def test_without_o_tmpfile_the_name_is_recognisable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic_files, "_open_unnamed", lambda folder, mode: None)
    with atomic_writer(tmp_path / "out") as handle:
        handle.write(b"x")
        (name,) = os.listdir(tmp_path)
        assert name.startswith(".out.keyfold-tmp-") and name.endswith(".tmp")
        assert f"-{os.getpid()}-" in name
        assert sweep_temp_files(tmp_path) == []  # its writer is alive: left alone
    assert os.listdir(tmp_path) == ["out"]


_KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from keyfold.core import atomic_files
atomic_files._open_unnamed = lambda folder, mode: None  # a system without O_TMPFILE
with atomic_files.atomic_writer(Path(sys.argv[1]) / "secret.txt") as handle:
    handle.write(b"partial plaintext")
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_writers_leftover_is_swept_by_the_next_write(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(tmp_path)], check=False, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    (leftover,) = os.listdir(tmp_path)
    assert TEMP_MARKER in leftover
    atomic_write(tmp_path / "other.txt", b"next write to the folder")
    assert os.listdir(tmp_path) == ["other.txt"]
