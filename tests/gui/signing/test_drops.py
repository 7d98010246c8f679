"""Which dropped files the signing handler takes, and when a drop means "check"."""

from pathlib import Path

from keyfold.gui.signing.drops import asks_to_verify, claim_for_signing, holds_private_key


def _write(path: Path, text: str = "data") -> Path:
    path.write_text(text)
    return path


def test_signatures_and_signed_files_ask_to_verify(tmp_path: Path) -> None:
    plain = _write(tmp_path / "a.bin")
    assert not asks_to_verify([plain])
    signed = _write(tmp_path / "b.bin")
    signature = _write(tmp_path / "b.bin.minisig")
    assert asks_to_verify([plain, signed])
    assert asks_to_verify([signature])
    folder = tmp_path / "release"
    folder.mkdir()
    _write(folder / "x.tar")
    assert not asks_to_verify([folder])
    _write(folder / "x.tar.minisig")
    assert asks_to_verify([folder])


def test_leaves_backups_and_private_keys_to_other_handlers(tmp_path: Path) -> None:
    backup = _write(tmp_path / "k-backup.json", "{}")
    pem = _write(tmp_path / "key.pem", "-----BEGIN PRIVATE KEY-----\n")
    ssh = _write(tmp_path / "id_ed25519", "x")
    seed = _write(tmp_path / "seed.txt", "ab" * 32)
    notes = _write(tmp_path / "notes.txt", "shopping list")
    readme = _write(tmp_path / "README", "hello")
    photo = _write(tmp_path / "photo.png")
    missing = tmp_path / "gone.bin"
    folder = tmp_path / "folder"
    folder.mkdir()
    claimed = claim_for_signing([backup, pem, ssh, seed, notes, readme, photo, missing, folder])
    assert claimed == [notes, readme, photo, folder]


def test_private_key_sniffing(tmp_path: Path) -> None:
    assert holds_private_key(_write(tmp_path / "a", "-----BEGIN OPENSSH PRIVATE KEY-----"))
    assert holds_private_key(_write(tmp_path / "b", "AB" * 64 + "\n"))
    assert not holds_private_key(_write(tmp_path / "c", "AB" * 40))
    assert not holds_private_key(tmp_path / "missing")
