"""Which dropped paths are encrypted files to decrypt."""

from pathlib import Path

from keyfold.gui.encryption.drops import claim_encrypted, encrypted_source


def test_kfe_files_and_shard_folders(tmp_path: Path) -> None:
    kfe = tmp_path / "a.bin.kfe"
    kfe.write_bytes(b"KFE")
    shards = tmp_path / "b.shards"
    shards.mkdir()
    (shards / "manifest.kfm").write_bytes(b"m")
    plain_folder = tmp_path / "photos"
    plain_folder.mkdir()
    plain = tmp_path / "c.txt"
    plain.write_text("c")
    assert encrypted_source(kfe) == kfe
    assert encrypted_source(shards) == shards
    assert encrypted_source(shards / "manifest.kfm") == shards
    assert encrypted_source(plain_folder) is None
    assert encrypted_source(plain) is None
    assert claim_encrypted([plain, kfe, plain_folder, shards]) == [kfe, shards]
