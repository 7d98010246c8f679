"""Tests for expanding folders and pairing files with their signatures."""

from pathlib import Path

import pytest

from keyfold.controller.signature_files import (
    expand_files,
    pair_files,
    refuse_shared_targets,
    signature_target,
)
from keyfold.core.errors import InvalidInputError


def test_folders_expand_to_their_files_but_not_signatures_or_hidden(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    (folder / "sub").mkdir(parents=True)
    files = [folder / "a.bin", folder / "b.bin", folder / "sub" / "deep.txt"]
    for path in [*files, folder / ".hidden", folder / "old.minisig"]:
        path.write_bytes(b"x")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_bytes(b"x")
    lone = tmp_path / "lone.minisig"
    assert expand_files([folder, lone]) == [*files, lone]


def test_drop_in_pairing(tmp_path: Path) -> None:
    data = tmp_path / "a.txt"
    sig = tmp_path / "a.txt.minisig"
    lone = tmp_path / "b.txt"
    pairs = pair_files([sig, data, lone, tmp_path / "c.txt.minisig"])
    assert [(p.path.name, p.signature_path.name) for p in pairs] == [
        ("a.txt", "a.txt.minisig"),
        ("b.txt", "b.txt.minisig"),
        ("c.txt", "c.txt.minisig"),
    ]
    with pytest.raises(InvalidInputError, match="one file only"):
        pair_files([data, lone], signature=sig)


def test_signature_targets_beside_or_in_a_folder(tmp_path: Path) -> None:
    data = tmp_path / "a" / "f.bin"
    assert signature_target(data, None) == tmp_path / "a" / "f.bin.minisig"
    assert signature_target(data, tmp_path / "out") == tmp_path / "out" / "f.bin.minisig"
    refuse_shared_targets([tmp_path / "x.minisig", tmp_path / "y.minisig"])
    with pytest.raises(InvalidInputError, match="share the signature"):
        refuse_shared_targets([tmp_path / "x.minisig", tmp_path / "." / "x.minisig"])
