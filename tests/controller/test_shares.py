"""Tests for keyfold.controller.shares: split, record, combine."""

from pathlib import Path

import pytest
import shamir_mnemonic

from keyfold.controller import Controller
from keyfold.controller.shares import share_file_name
from keyfold.core.audit import AuditKind
from keyfold.core.errors import KeyExistsError, PassphraseRequiredError
from keyfold.core.shares import ShareError, ShareInput, read_share_lines
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF


def shares_of(paths: list[Path]) -> list[ShareInput]:
    return [s for p in paths for s in read_share_lines(p.read_text(), p.name)]


def test_split_writes_files_and_records_a_backup(controller: Controller, tmp_path: Path) -> None:
    record = controller.keys.generate("demo", passphrase="pw", name="Demo")
    assert controller.keys.get("demo").last_backup is None
    split = controller.shares.split("demo", 3, 5, "share pw")
    paths = controller.shares.write_files(split, tmp_path / "out")
    assert [p.name for p in paths] == [share_file_name("demo", i, 5) for i in range(1, 6)]
    assert oct((tmp_path / "out").stat().st_mode & 0o777) == "0o700"
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in paths)
    mnemonics = [s.text for s in shares_of(paths)]
    assert shamir_mnemonic.combine_mnemonics(mnemonics[1:4], b"share pw") == (
        controller.keys.key_pair("demo").seed
    )
    after = controller.keys.get("demo")
    assert after.last_backup is not None and after.backup_is_current
    (backup,) = controller.backups.list()
    assert backup.preset == "slip39-3-of-5"
    assert backup.path == str((tmp_path / "out").resolve())
    entry = controller.audit.list(kind=AuditKind.BACKUP)[-1]
    assert entry.details["action"] == "split"
    assert entry.details["preset"] == "slip39-3-of-5"
    assert entry.details["fingerprint"] == record.fingerprint


def test_printed_shares_are_recorded_with_a_date(controller: Controller) -> None:
    controller.keys.generate("demo", passphrase="pw")
    split = controller.shares.split("demo", 2, 3)
    backup = controller.shares.record_split(split, "printed")
    assert backup.path.startswith("printed 20")
    assert controller.keys.get("demo").backup_is_current


def test_a_locked_key_cannot_be_split(controller: Controller) -> None:
    controller.keys.generate("demo", passphrase="pw")
    controller.keys.lock("demo")
    with pytest.raises(PassphraseRequiredError, match="locked"):
        controller.shares.split("demo", 2, 3)


def test_combine_on_a_fresh_vault_restores_the_key(controller: Controller, tmp_path: Path) -> None:
    original = controller.keys.generate("demo", passphrase="pw", name="Demo")
    split = controller.shares.split("demo", 2, 3, "sp")
    paths = controller.shares.write_files(split, tmp_path / "out")
    fresh = Controller(Vault(tmp_path / "fresh", kdf=CHEAP_KDF, keychain=None))
    restored = fresh.shares.combine(
        shares_of(paths[1:]),
        "sp",
        key_id="back",
        passphrase="new pw",
        name="Back",
        expected_fingerprint=original.fingerprint,
    )
    assert restored.fingerprint == original.fingerprint
    fresh.keys.lock("back")
    assert fresh.keys.unlock("back", "new pw").public == original.public_key
    entry = fresh.audit.list(kind=AuditKind.IMPORT)[-1]
    assert entry.details["source"] == "slip39"
    assert entry.details["count"] == "2"
    assert entry.details["storage"] == "file" and entry.version == 1
    assert fresh.audit.verify().ok


def test_a_combined_key_is_stored_only_with_its_audit_entry(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.keys.generate("demo", passphrase="pw")
    paths = controller.shares.write_files(controller.shares.split("demo", 2, 3, ""), tmp_path)
    fresh = Controller(Vault(tmp_path / "fresh", kdf=CHEAP_KDF, keychain=None))

    def refuse(*_args: object) -> None:
        raise OSError("the disk is full")

    monkeypatch.setattr(fresh.audit, "append_in", refuse)
    with pytest.raises(OSError, match="full"):
        fresh.shares.combine(shares_of(paths), "", key_id="back", passphrase="p")
    assert not fresh.vault.has_key("back")
    monkeypatch.undo()
    assert fresh.audit.verify().ok


def test_combine_refuses_a_wrong_passphrase_when_the_fingerprint_is_known(
    controller: Controller, tmp_path: Path
) -> None:
    original = controller.keys.generate("demo", passphrase="pw")
    split = controller.shares.split("demo", 2, 3, "sp")
    fresh = Controller(Vault(tmp_path / "fresh", kdf=CHEAP_KDF, keychain=None))
    given = [ShareInput(m, f"share {i}") for i, m in enumerate(split.shares.mnemonics, 1)]
    with pytest.raises(ShareError, match="share passphrase is wrong"):
        fresh.shares.combine(
            given, "other", key_id="x", passphrase="p", expected_fingerprint=original.fingerprint
        )
    assert fresh.keys.list() == []


def test_combine_refuses_taken_ids_and_keys_already_there(controller: Controller) -> None:
    controller.keys.generate("demo", passphrase="pw")
    split = controller.shares.split("demo", 2, 2)
    given = [ShareInput(m, f"share {i}") for i, m in enumerate(split.shares.mnemonics, 1)]
    with pytest.raises(KeyExistsError, match="id demo"):
        controller.shares.combine(given, "", key_id="demo", passphrase="p")
    with pytest.raises(KeyExistsError, match="already, as demo"):
        controller.shares.combine(given, "", key_id="copy", passphrase="p")
    with pytest.raises(ShareError, match="needs 2 shares, got 1"):
        controller.shares.combine(given[:1], "", key_id="copy", passphrase="p")
    assert [r.key_id for r in controller.keys.list()] == ["demo"]
