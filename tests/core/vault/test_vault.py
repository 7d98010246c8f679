"""Tests for keyfold.core.vault.vault: keys, versions, storage moves, safety."""

import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from keyfold.core.errors import (
    InvalidInputError,
    KeychainUnavailableError,
    KeyExistsError,
    KeyFormatError,
    KeyNotFoundError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair
from keyfold.core.vault import (
    BackupRecord,
    StorageKind,
    Vault,
    VersionStatus,
    default_vault_home,
)
from keyfold.core.vault.secret_backends import KeychainBackend
from keyfold.core.vault.secret_backends.base import SecretRef
from keyfold.core.vault.secret_backends.keychain import SERVICE
from keyfold.core.vault.store import utc_now
from keyfold.core.vault.vault import PastVersion
from tests.core.vault.support import CHEAP_KDF, env_without_dbus

REPO = Path(__file__).resolve().parents[3]
CHILD_PREAMBLE = """
import sys
from pathlib import Path
from keyfold.core.backup import KdfParams
from keyfold.core.keys import KeyPair
from keyfold.core.vault import Vault
KDF = KdfParams(memory_kib=256, iterations=1)
"""


def _run_child(script: str, env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD_PREAMBLE + textwrap.dedent(script), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )


# Keys ----------------------------------------------------------------------


def test_add_list_get_and_unseal(file_vault: Vault) -> None:
    pair = KeyPair.generate()
    record = file_vault.add_key(
        "deploy", pair, passphrase="pw", name="Deploy", description="CI", tags=["ci", " ci ", ""]
    )
    assert record.key_id == "deploy"
    assert record.name == "Deploy"
    assert record.tags == ("ci",)
    assert record.fingerprint == pair.public.fingerprint
    assert record.storage is StorageKind.FILE
    assert record.protected
    assert record.current.version == 1
    assert record.current.status is VersionStatus.CURRENT
    assert record.last_backup is None and not record.backup_is_current
    assert [r.key_id for r in file_vault.list_keys()] == ["deploy"]
    assert file_vault.get_key("deploy") == record
    assert file_vault.unseal("deploy", "pw").seed == pair.seed


def test_the_stored_secret_is_the_standard_envelope(file_vault: Vault) -> None:
    from keyfold.core.backup import open_backup

    pair = KeyPair.generate()
    file_vault.add_key("k", pair, passphrase="pw")
    envelope = (file_vault.home / "secrets" / "k" / "v1.json").read_bytes()
    assert pair.seed.hex() not in envelope.decode()
    assert open_backup(envelope, "pw").key_pair.seed == pair.seed


def test_unseal_errors(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="right")
    with pytest.raises(WrongPassphraseError, match="key k"):
        file_vault.unseal("k", "wrong")
    with pytest.raises(PassphraseRequiredError, match="Key k"):
        file_vault.unseal("k", None)
    with pytest.raises(KeyNotFoundError, match="nope"):
        file_vault.unseal("nope", "right")
    with pytest.raises(KeyNotFoundError, match="version 9"):
        file_vault.unseal("k", "right", version=9)


def test_add_refuses_bad_input(file_vault: Vault) -> None:
    pair = KeyPair.generate()
    with pytest.raises(InvalidInputError, match="key id"):
        file_vault.add_key("Bad Id", pair, passphrase="pw")
    with pytest.raises(InvalidInputError, match="passphrase"):
        file_vault.add_key("k", pair, passphrase=None, storage=StorageKind.FILE)
    with pytest.raises(InvalidInputError, match="passphrase"):
        file_vault.add_key("k", pair, passphrase="")
    with pytest.raises(KeychainUnavailableError, match="keychain"):
        file_vault.add_key("k", pair, passphrase="pw", storage=StorageKind.KEYCHAIN)
    file_vault.add_key("k", pair, passphrase="pw")
    with pytest.raises(KeyExistsError, match="k"):
        file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    assert len(file_vault.list_keys()) == 1


def test_a_damaged_secret_is_a_storage_error(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    (file_vault.home / "secrets" / "k" / "v1.json").write_bytes(b"{}")
    with pytest.raises(StorageError, match="key k"):
        file_vault.unseal("k", "pw")
    (file_vault.home / "secrets" / "k" / "v1.json").unlink()
    with pytest.raises(StorageError, match="missing"):
        file_vault.unseal("k", "pw")


def test_a_secret_of_another_key_is_detected(file_vault: Vault) -> None:
    file_vault.add_key("a", KeyPair.generate(), passphrase="pw")
    file_vault.add_key("b", KeyPair.generate(), passphrase="pw")
    secrets = file_vault.home / "secrets"
    (secrets / "a" / "v1.json").write_bytes((secrets / "b" / "v1.json").read_bytes())
    with pytest.raises(StorageError, match="does not match"):
        file_vault.unseal("a", "pw")


def test_update_metadata(file_vault: Vault) -> None:
    before = file_vault.add_key("k", KeyPair.generate(), passphrase="pw", name="Old", tags=["x"])
    after = file_vault.update_metadata("k", name="New", tags=["y", "z"])
    assert (after.name, after.description, after.tags) == ("New", "", ("y", "z"))
    assert after.updated >= before.updated
    assert file_vault.update_metadata("k", description="why").name == "New"
    with pytest.raises(InvalidInputError, match="list"):
        file_vault.update_metadata("k", tags="one-string")


def test_change_passphrase_reseals_every_version(file_vault: Vault) -> None:
    first, second = KeyPair.generate(), KeyPair.generate()
    file_vault.add_key("k", first, passphrase="old")
    file_vault.add_version("k", second, "old")
    with pytest.raises(WrongPassphraseError):
        file_vault.change_passphrase("k", "bad", "new")
    with pytest.raises(InvalidInputError, match="passphrase"):
        file_vault.change_passphrase("k", "old", None)
    file_vault.change_passphrase("k", "old", "new")
    assert file_vault.unseal("k", "new", 1).seed == first.seed
    assert file_vault.unseal("k", "new", 2).seed == second.seed
    with pytest.raises(WrongPassphraseError):
        file_vault.unseal("k", "old")


def test_add_version_archives_the_previous_current(file_vault: Vault) -> None:
    first, second = KeyPair.generate(), KeyPair.generate()
    file_vault.add_key("k", first, passphrase="pw")
    added = file_vault.add_version("k", second, "pw2")
    assert (added.version, added.status, added.storage) == (2, VersionStatus.CURRENT, "file")
    record = file_vault.get_key("k")
    assert [(v.version, v.status) for v in record.versions] == [
        (1, VersionStatus.ARCHIVED),
        (2, VersionStatus.CURRENT),
    ]
    assert record.public_key == second.public
    assert file_vault.unseal("k", "pw2").seed == second.seed
    assert file_vault.unseal("k", "pw", version=1).seed == first.seed
    with pytest.raises(InvalidInputError, match="already"):
        file_vault.add_version("k", first, "pw")
    with pytest.raises(KeyNotFoundError):
        file_vault.add_version("nope", KeyPair.generate(), "pw")


def test_key_head_and_key_version_agree_with_the_whole_record(file_vault: Vault) -> None:
    pairs = [KeyPair.generate() for _ in range(4)]
    file_vault.add_key("k", pairs[0], passphrase="pw", name="Kay")
    for pair in pairs[1:]:
        file_vault.add_version("k", pair, "pw")
    file_vault.set_version_status("k", 1, VersionStatus.EXPIRED)
    file_vault.set_version_status("k", 2, VersionStatus.CURRENT)  # an older version made current
    head, record = file_vault.key_head("k"), file_vault.get_key("k")
    assert (head.key_id, head.name, head.current) == ("k", "Kay", record.current)
    assert (head.newest, head.kept) == (4, 3)
    assert file_vault.key_version("k") == record.current
    assert file_vault.key_version("k", 3) == record.version(3)
    with pytest.raises(KeyNotFoundError, match="no version 9"):
        file_vault.key_version("k", 9)
    with pytest.raises(KeyNotFoundError, match="No key with id nope"):
        file_vault.key_version("nope", 1)
    with pytest.raises(KeyNotFoundError, match="No key with id nope"):
        file_vault.key_head("nope")
    file_vault.add_version("k", KeyPair.generate(), "pw")
    assert [v.status for v in file_vault.get_key("k").versions] == [
        VersionStatus.EXPIRED,
        VersionStatus.ARCHIVED,
        VersionStatus.ARCHIVED,
        VersionStatus.ARCHIVED,
        VersionStatus.CURRENT,
    ]


def test_restore_key_keeps_every_versions_number_status_and_age(file_vault: Vault) -> None:
    old, older, current = KeyPair.generate(), KeyPair.generate(), KeyPair.generate()
    long_ago = datetime(2024, 1, 1, tzinfo=UTC)
    history = [
        PastVersion(3, older, VersionStatus.ARCHIVED, long_ago + timedelta(days=60)),
        PastVersion(1, old, VersionStatus.EXPIRED, long_ago),
    ]
    record = file_vault.restore_key(
        "k",
        current,
        passphrase="pw",
        version=4,
        created=long_ago + timedelta(days=90),
        history=history,
        name="K",
    )
    assert [(v.version, v.status, v.public_key) for v in record.versions] == [
        (1, VersionStatus.EXPIRED, old.public),
        (3, VersionStatus.ARCHIVED, older.public),
        (4, VersionStatus.CURRENT, current.public),
    ]
    assert record.created == long_ago and record.current.created == long_ago + timedelta(days=90)
    assert [file_vault.unseal("k", "pw", n) for n in (1, 3, 4)] == [old, older, current]
    next_version = file_vault.add_version("k", KeyPair.generate(), "pw")
    assert next_version.version == 5


@pytest.mark.parametrize(
    ("version", "history", "message"),
    [
        (1, [(1, VersionStatus.ARCHIVED)], "repeat"),
        (0, [], "repeat or lack"),
        (2, [(1, VersionStatus.CURRENT)], "cannot be current"),
    ],
)
def test_restore_key_refuses_inconsistent_versions(
    file_vault: Vault, version: int, history: list[tuple[int, VersionStatus]], message: str
) -> None:
    past = [PastVersion(n, KeyPair.generate(), status, utc_now()) for n, status in history]
    with pytest.raises(InvalidInputError, match=message):
        file_vault.restore_key(
            "k", KeyPair.generate(), passphrase="pw", version=version, history=past
        )
    pair = KeyPair.generate()
    with pytest.raises(InvalidInputError, match="same key pair"):
        file_vault.restore_key(
            "k",
            pair,
            passphrase="pw",
            version=2,
            history=[PastVersion(1, pair, VersionStatus.ARCHIVED, utc_now())],
        )
    assert not file_vault.has_key("k")


def test_restore_key_stores_all_versions_or_none(
    file_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored: list[SecretRef] = []
    original = file_vault.files.store

    def store_then_fail(ref: SecretRef, envelope: bytes) -> None:
        if stored:
            raise StorageError("The disk is full.")
        stored.append(ref)
        original(ref, envelope)

    monkeypatch.setattr(file_vault.files, "store", store_then_fail)
    history = [PastVersion(1, KeyPair.generate(), VersionStatus.ARCHIVED, utc_now())]
    with pytest.raises(StorageError, match="disk is full"):
        file_vault.restore_key("k", KeyPair.generate(), passphrase="pw", version=2, history=history)
    assert len(stored) == 1 and not file_vault.has_key("k")
    assert file_vault.list_keys() == []


def test_set_version_status(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    file_vault.add_version("k", KeyPair.generate(), "pw")
    with pytest.raises(InvalidInputError, match="current version"):
        file_vault.set_version_status("k", 2, VersionStatus.EXPIRED)
    record = file_vault.set_version_status("k", 1, VersionStatus.EXPIRED)
    assert record.version(1).status is VersionStatus.EXPIRED  # type: ignore[union-attr]
    record = file_vault.set_version_status("k", 1, VersionStatus.CURRENT)
    assert [v.status for v in record.versions] == [VersionStatus.CURRENT, VersionStatus.ARCHIVED]
    with pytest.raises(KeyNotFoundError, match="version 5"):
        file_vault.set_version_status("k", 5, VersionStatus.ARCHIVED)


def test_delete_removes_secret_files_and_metadata(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    file_vault.add_version("k", KeyPair.generate(), "pw")
    file_vault.delete_key("k")
    assert file_vault.list_keys() == []
    assert not (file_vault.home / "secrets" / "k").exists()
    with pytest.raises(KeyNotFoundError):
        file_vault.delete_key("k")
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")  # the id is free again


def test_move_to_keychain_needs_one(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    with pytest.raises(KeychainUnavailableError):
        file_vault.move_storage("k", StorageKind.KEYCHAIN, None)
    assert file_vault.get_key("k").storage is StorageKind.FILE


# Backups and feature tables ------------------------------------------------


def test_backup_records_and_backup_is_current(file_vault: Vault) -> None:
    pair = KeyPair.generate()
    record = file_vault.add_key("k", pair, passphrase="pw")
    backup = BackupRecord(
        "/b/k-backup.json", ("k",), (pair.public.fingerprint,), utc_now(), "standard", False, None
    )
    file_vault.record_backup(backup)
    assert file_vault.list_backups() == [backup]
    after = file_vault.get_key("k")
    assert after.last_backup == backup.created
    assert after.backup_is_current
    file_vault.mark_backup_verified("/b/k-backup.json")
    verified = file_vault.list_backups()[0].last_verified
    assert verified is not None and verified >= backup.created
    # A new version makes the backup stale until the next one.
    file_vault.add_version("k", KeyPair.generate(), "pw")
    stale = file_vault.get_key("k")
    assert stale.last_backup == backup.created
    assert not stale.backup_is_current
    assert record.key_id == stale.key_id


def test_a_backup_of_another_key_with_the_same_id_is_not_current(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    other = KeyPair.generate().public.fingerprint
    file_vault.record_backup(
        BackupRecord("/b/x.json", ("k",), (other,), utc_now(), "standard", False, None)
    )
    assert not file_vault.get_key("k").backup_is_current


def test_database_gives_feature_modules_a_transaction(file_vault: Vault) -> None:
    with file_vault.database() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS usage (key_id TEXT, n INTEGER)")
        conn.execute("INSERT INTO usage VALUES ('k', 3)")
    with file_vault.reading() as conn:
        assert conn.execute("SELECT n FROM usage").fetchone()["n"] == 3


# Files on disk -------------------------------------------------------------


def test_permissions_files_0600_folders_0700(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    file_vault.add_key("j", KeyPair.generate(), passphrase="pw")
    with file_vault.database() as conn:  # an open writer keeps -wal/-shm around
        conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
        paths = [file_vault.home, *file_vault.home.rglob("*")]
        checked = 0
        for path in paths:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), path
            checked += 1
    names = {p.name for p in paths}
    assert {"vault.db", ".lock", "secrets", "v1.json"} <= names
    assert checked >= 7


def test_default_home_follows_keyfold_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KEYFOLD_HOME", str(tmp_path / "here"))
    assert default_vault_home() == tmp_path / "here"
    monkeypatch.delenv("KEYFOLD_HOME")
    assert default_vault_home().name == "keyfold"


def test_opening_leaves_key_folders_alone_and_a_write_sweeps_the_folder(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "v", kdf=CHEAP_KDF, keychain=None)
    vault.add_key("k", KeyPair.generate(), passphrase="pw")
    leftover = tmp_path / "v" / "secrets" / "k" / ".v2.json.abc.tmp"
    leftover.write_bytes(b"half")
    reopened = Vault(tmp_path / "v", kdf=CHEAP_KDF, keychain=None)
    assert leftover.exists()  # opening reads no key's folder, whatever the vault's size
    reopened.add_version("k", KeyPair.generate(), "pw")
    assert not leftover.exists()
    assert (tmp_path / "v" / "secrets" / "k" / "v1.json").exists()


def test_deleting_a_key_removes_its_folder_with_any_leftover(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "v", kdf=CHEAP_KDF, keychain=None)
    vault.add_key("k", KeyPair.generate(), passphrase="pw")
    (tmp_path / "v" / "secrets" / "k" / ".v1.json.abc.tmp").write_bytes(b"half")
    vault.delete_key("k")
    assert not (tmp_path / "v" / "secrets" / "k").exists()


def test_a_tampered_public_key_row_is_never_used(tmp_path: Path) -> None:
    """Rows are trusted for listing; a bad point fails wherever its bytes are used."""
    vault = Vault(tmp_path / "v", kdf=CHEAP_KDF, keychain=None)
    vault.add_key("k", KeyPair.generate(), passphrase="pw")
    identity = "01" + "00" * 31  # small order: "verifies" forged signatures under lax verifiers
    with vault.database() as conn:
        conn.execute("UPDATE key_versions SET public_key = ? WHERE key_id = 'k'", (identity,))
    listed = vault.list_keys()[0]
    assert listed.fingerprint  # a listing still shows the key
    with pytest.raises(KeyFormatError, match="stored in the vault is not a usable"):
        _ = listed.public_key.hex
    with pytest.raises(KeyFormatError, match="stored in the vault is not a usable"):
        listed.public_key.verify(bytes(64), b"anything")
    with pytest.raises(StorageError, match="does not match its public key"):
        vault.unseal("k", "pw")  # never signs with a key that is not the row's


# Backend choice ------------------------------------------------------------


def test_keychain_off_is_reported(file_vault: Vault) -> None:
    status = file_vault.backend_status
    assert not status.keychain_available
    assert status.default_storage is StorageKind.FILE
    assert "turned off" in status.reason


def test_fallback_to_files_without_a_dbus_session(tmp_path: Path) -> None:
    result = _run_child(
        """
        import json
        vault = Vault(Path(sys.argv[1]), kdf=KDF)
        pair = KeyPair.generate()
        record = vault.add_key("k", pair, passphrase="pw")
        assert vault.unseal("k", "pw").seed == pair.seed
        status = vault.backend_status
        print(json.dumps([status.keychain_available, status.default_storage,
                          record.storage, status.reason]))
        """,
        env_without_dbus(XDG_CONFIG_HOME=str(tmp_path / "config")),
        str(tmp_path / "v"),
    )
    assert result.returncode == 0, result.stderr
    available, default, storage, reason = json.loads(result.stdout)
    assert (available, default, storage) == (False, "file", "file")
    assert "encrypted files" in reason
    assert (tmp_path / "v" / "secrets" / "k" / "v1.json").is_file()


def test_null_keyring_backend_means_files(tmp_path: Path) -> None:
    result = _run_child(
        """
        vault = Vault(Path(sys.argv[1]), kdf=KDF)
        record = vault.add_key("k", KeyPair.generate(), passphrase="pw")
        print(vault.backend_status.keychain_available, record.storage)
        """,
        env_without_dbus(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"),
        str(tmp_path / "v"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "file"]


# Keychain (real Secret Service) ------------------------------------------


@pytest.mark.keychain
def test_keychain_keys_with_and_without_passphrase(keychain_vault: Vault) -> None:
    assert keychain_vault.backend_status.keychain_available
    assert keychain_vault.backend_status.default_storage is StorageKind.KEYCHAIN
    keychain = keychain_vault.keychain
    assert isinstance(keychain, KeychainBackend)
    protected, bare = KeyPair.generate(), KeyPair.generate()
    one = keychain_vault.add_key("protected", protected, passphrase="pw")
    two = keychain_vault.add_key("bare", bare, passphrase=None)
    assert (one.storage, one.protected) == (StorageKind.KEYCHAIN, True)
    assert (two.storage, two.protected) == (StorageKind.KEYCHAIN, False)
    assert keychain_vault.unseal("protected", "pw").seed == protected.seed
    assert keychain_vault.unseal("bare", None).seed == bare.seed
    username = f"{keychain_vault.vault_id}/bare/v1"
    stored = keychain.keyring.get_password(SERVICE, username)
    assert stored is not None and json.loads(stored)["key_id"] == "bare"
    assert not (keychain_vault.home / "secrets" / "bare").exists()
    keychain_vault.delete_key("bare")
    assert keychain.keyring.get_password(SERVICE, username) is None


@pytest.mark.keychain
def test_move_between_keychain_and_files(keychain_vault: Vault) -> None:
    pair = KeyPair.generate()
    keychain_vault.add_key("k", pair, passphrase="pw", storage=StorageKind.FILE)
    envelope = (keychain_vault.home / "secrets" / "k" / "v1.json").read_bytes()
    moved = keychain_vault.move_storage("k", StorageKind.KEYCHAIN, None)
    assert moved.storage is StorageKind.KEYCHAIN
    assert not (keychain_vault.home / "secrets" / "k" / "v1.json").exists()
    ref = SecretRef(keychain_vault.vault_id, "k", 1)
    assert keychain_vault.keychain is not None
    assert keychain_vault.keychain.load(ref) == envelope  # the same envelope moved
    back = keychain_vault.move_storage("k", StorageKind.FILE, None)
    assert back.storage is StorageKind.FILE
    assert not keychain_vault.keychain.contains(ref)
    assert keychain_vault.unseal("k", "pw").seed == pair.seed


@pytest.mark.keychain
def test_unprotected_key_needs_a_passphrase_to_move_to_files(keychain_vault: Vault) -> None:
    pair = KeyPair.generate()
    keychain_vault.add_key("k", pair, passphrase=None)
    with pytest.raises(InvalidInputError, match="passphrase"):
        keychain_vault.move_storage("k", StorageKind.FILE, None)
    moved = keychain_vault.move_storage("k", StorageKind.FILE, "now-set")
    assert (moved.storage, moved.protected) == (StorageKind.FILE, True)
    assert keychain_vault.unseal("k", "now-set").seed == pair.seed
    with pytest.raises(InvalidInputError):
        keychain_vault.change_passphrase("k", "now-set", None)


@pytest.mark.keychain
def test_two_vaults_share_a_keychain_without_colliding(
    tmp_path: Path, keychain_vault: Vault
) -> None:
    assert keychain_vault.keychain is not None
    other = Vault(tmp_path / "other", kdf=CHEAP_KDF, keychain=keychain_vault.keychain)
    first, second = KeyPair.generate(), KeyPair.generate()
    keychain_vault.add_key("same", first, passphrase=None)
    other.add_key("same", second, passphrase=None)
    assert keychain_vault.unseal("same", None).seed == first.seed
    assert other.unseal("same", None).seed == second.seed
    other.delete_key("same")
    assert keychain_vault.unseal("same", None).seed == first.seed


@pytest.mark.keychain
def test_a_keychain_key_is_not_deleted_without_the_keychain(
    tmp_path: Path, keychain_vault: Vault
) -> None:
    keychain_vault.add_key("k", KeyPair.generate(), passphrase=None)
    without = Vault(keychain_vault.home, kdf=CHEAP_KDF, keychain=None)
    with pytest.raises(KeychainUnavailableError, match="not deleted"):
        without.delete_key("k")
    with pytest.raises(KeychainUnavailableError):
        without.unseal("k", None)
    assert without.get_key("k").storage is StorageKind.KEYCHAIN


# Concurrency and crashes ---------------------------------------------------

WRITER = """
vault = Vault(Path(sys.argv[1]), kdf=KDF, keychain=None)
prefix = sys.argv[2]
for n in range(int(sys.argv[3])):
    vault.add_key(f"{prefix}-{n:04d}", KeyPair.generate(), passphrase="pw")
    print(f"{prefix}-{n:04d}", flush=True)
"""


def _writer(vault_dir: Path, prefix: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD_PREAMBLE + WRITER, str(vault_dir), prefix, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    Vault(vault_dir, kdf=CHEAP_KDF, keychain=None)  # created before the race
    writers = [_writer(vault_dir, prefix, 15) for prefix in ("left", "right")]
    for writer in writers:
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert len(out.split()) == 15
    vault = Vault(vault_dir, kdf=CHEAP_KDF, keychain=None)
    ids = [r.key_id for r in vault.list_keys()]
    assert ids == sorted(
        [f"left-{n:04d}" for n in range(15)] + [f"right-{n:04d}" for n in range(15)]
    )
    for key_id in ids:
        vault.unseal(key_id, "pw")


def test_a_writer_killed_mid_write_leaves_every_committed_key_intact(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    Vault(vault_dir, kdf=CHEAP_KDF, keychain=None)
    writer = _writer(vault_dir, "crash", 10_000)
    assert writer.stdout is not None
    kill_after = random.randint(3, 40)
    committed = [writer.stdout.readline().strip() for _ in range(kill_after)]
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate()
    committed += rest.split()
    assert writer.returncode == -signal.SIGKILL
    vault = Vault(vault_dir, kdf=CHEAP_KDF, keychain=None)
    listed = [r.key_id for r in vault.list_keys()]
    # Every key the writer reported is there; at most one more committed
    # between its commit and its print.
    assert set(committed) <= set(listed)
    assert len(listed) - len(committed) in (0, 1)
    for key_id in listed:
        vault.unseal(key_id, "pw")
    vault.add_key("after-crash", KeyPair.generate(), passphrase="pw")
