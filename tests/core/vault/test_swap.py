"""Tests for keyfold.core.vault.swap: secret swaps are all or nothing, even under SIGKILL.

The crash tests run the operation in a child process whose step hook prints
each step and waits; the parent kills it (SIGKILL) at one step after another,
reopens the vault and checks that the key is wholly old or wholly new.
"""

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from keyfold.core.errors import StorageError, WrongPassphraseError
from keyfold.core.keys import KeyPair
from keyfold.core.vault import KeyRecord, StorageKind, Vault
from keyfold.core.vault.secret_backends import KeychainBackend, SecretBackend
from keyfold.core.vault.secret_backends.base import SecretRef
from keyfold.core.vault.store import SecretSlot
from tests.core.vault.support import CHEAP_KDF, require_secret_service

REPO = Path(__file__).resolve().parents[3]
CHILD = """
import sys
from pathlib import Path
from keyfold.core.backup import KdfParams
from keyfold.core.keys import KeyPair
from keyfold.core.vault import StorageKind, Vault

vault = Vault(Path(sys.argv[1]), kdf=KdfParams(memory_kib=256, iterations=1),
              keychain=None if sys.argv[2] == "off" else "auto")

def pause(step):
    print(step, flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit(3)

vault.swaps.step_hook = pause
"""

Setup = Callable[[Vault], None]


def _run(vault_dir: Path, script: str, keychain: bool, kill_at: int | None) -> list[str]:
    """Run `script` in a child over the vault; SIGKILL it at step `kill_at` (None: let it end)."""
    steps: list[str] = []
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD + textwrap.dedent(script),
            str(vault_dir),
            "on" if keychain else "off",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        for line in child.stdout:
            steps.append(line.strip())
            if kill_at is not None and len(steps) - 1 == kill_at:
                os.kill(child.pid, signal.SIGKILL)
                break
            child.stdin.write("go\n")
            child.stdin.flush()
        _, err = child.communicate()
    expected = 0 if kill_at is None else -signal.SIGKILL
    assert child.returncode == expected, err
    return steps


def _open(vault_dir: Path, keychain: SecretBackend | None) -> Vault:
    return Vault(vault_dir, kdf=CHEAP_KDF, keychain=keychain)


def _opens_with(vault: Vault, record: KeyRecord, passphrase: str, pairs: list[KeyPair]) -> bool:
    """True when every version opens with `passphrase` (to `pairs`), False when none does."""
    results = []
    for version, pair in zip(record.versions, pairs, strict=True):
        try:
            results.append(vault.unseal(record.key_id, passphrase, version.version) == pair)
        except WrongPassphraseError:
            results.append(False)
    assert len(set(results)) == 1, f"versions disagree under {passphrase!r}: {results}"
    return results[0]


def _assert_no_leftovers(vault: Vault, key_id: str) -> None:
    """No journal rows, and the backends hold exactly the secrets the metadata uses."""
    with vault.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_secrets").fetchone()[0] == 0
    record = vault.get_key(key_id)
    folder = vault.home / "secrets" / key_id
    on_disk = {p.name for p in folder.iterdir()} if folder.exists() else set()
    assert on_disk == {
        f"{vault.swaps.ref(SecretSlot.of(v)).stem}.json"
        for v in record.versions
        if v.storage is StorageKind.FILE
    }
    if vault.keychain is None:
        return
    for version in record.versions:
        for generation in range(version.generation + 1):
            ref = SecretRef(vault.vault_id, key_id, version.version, generation)
            expected = version.storage is StorageKind.KEYCHAIN and generation == version.generation
            assert vault.keychain.contains(ref) == expected, ref


def _three_versions(vault: Vault, storage: StorageKind) -> list[KeyPair]:
    pairs = [KeyPair.generate() for _ in range(3)]
    vault.add_key("k", pairs[0], passphrase="old", storage=storage)
    for pair in pairs[1:]:
        vault.add_version("k", pair, "old")
    return pairs


def _keychain_backend() -> KeychainBackend:
    return KeychainBackend(require_secret_service())


# Passphrase change -----------------------------------------------------------


@pytest.mark.parametrize(
    "storage",
    [StorageKind.FILE, pytest.param(StorageKind.KEYCHAIN, marks=pytest.mark.keychain)],
)
def test_a_passphrase_change_killed_at_any_step_leaves_all_old_or_all_new(
    tmp_path: Path, storage: StorageKind
) -> None:
    keychain = _keychain_backend() if storage is StorageKind.KEYCHAIN else None
    script = 'vault.change_passphrase("k", "old", "new")'

    def fresh(name: str) -> tuple[Path, list[KeyPair]]:
        vault_dir = tmp_path / name
        return vault_dir, _three_versions(_open(vault_dir, keychain), storage)

    vault_dir, pairs = fresh("complete")
    steps = _run(vault_dir, script, keychain is not None, None)
    assert steps[0] == "journaled" and steps[-1] == "settled"
    assert [s for s in steps if s.startswith("stored")] == [
        f"stored {storage} v{n}" for n in (1, 2, 3)
    ]
    switched = steps.index("switched")
    for kill_at in range(len(steps)):
        vault_dir, pairs = fresh(f"killed-{kill_at}")
        _run(vault_dir, script, keychain is not None, kill_at)
        vault = _open(vault_dir, keychain)
        record = vault.get_key("k")
        new = _opens_with(vault, record, "new", pairs)
        assert new == (kill_at >= switched), steps[kill_at]
        assert _opens_with(vault, record, "old", pairs) is not new
        _assert_no_leftovers(vault, "k")
        # The vault goes on working after the crash.
        vault.change_passphrase("k", "new" if new else "old", "again")
        assert _opens_with(vault, vault.get_key("k"), "again", pairs)
        _assert_no_leftovers(vault, "k")


def test_a_passphrase_change_that_fails_midway_keeps_the_old_passphrase(
    file_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = _three_versions(file_vault, StorageKind.FILE)
    original = file_vault.files.store
    written: list[SecretRef] = []

    def store_then_fail(ref: SecretRef, envelope: bytes) -> None:
        if len(written) == 2:
            raise StorageError("The disk is full.")
        written.append(ref)
        original(ref, envelope)

    monkeypatch.setattr(file_vault.files, "store", store_then_fail)
    with pytest.raises(StorageError, match="disk is full"):
        file_vault.change_passphrase("k", "old", "new")
    assert [ref.generation for ref in written] == [1, 1]
    assert _opens_with(file_vault, file_vault.get_key("k"), "old", pairs)
    _assert_no_leftovers(file_vault, "k")


def test_generations_name_the_files_and_keep_counting(file_vault: Vault) -> None:
    pair = KeyPair.generate()
    file_vault.add_key("k", pair, passphrase="a")
    folder = file_vault.home / "secrets" / "k"
    assert [p.name for p in folder.iterdir()] == ["v1.json"]
    file_vault.change_passphrase("k", "a", "b")
    assert [p.name for p in folder.iterdir()] == ["v1.g1.json"]
    file_vault.change_passphrase("k", "b", "c")
    assert [p.name for p in folder.iterdir()] == ["v1.g2.json"]
    assert file_vault.get_key("k").current.generation == 2
    assert file_vault.unseal("k", "c") == pair


# Restore over an existing key -----------------------------------------------


def test_a_replacing_restore_killed_at_any_step_leaves_the_old_key_or_the_new(
    tmp_path: Path,
) -> None:
    replacement = KeyPair.generate()
    script = f"""
    pair = KeyPair.from_seed(bytes.fromhex("{replacement.seed.hex()}"))
    vault.restore_key("k", pair, passphrase="new", name="New", replace_existing=True)
    """

    def fresh(name: str) -> tuple[Path, list[KeyPair]]:
        vault_dir = tmp_path / name
        return vault_dir, _three_versions(_open(vault_dir, None), StorageKind.FILE)

    vault_dir, _ = fresh("complete")
    steps = _run(vault_dir, script, False, None)
    switched = steps.index("switched")
    assert len([s for s in steps if s.startswith("deleted")]) == 3
    for kill_at in range(len(steps)):
        vault_dir, old_pairs = fresh(f"killed-{kill_at}")
        _run(vault_dir, script, False, kill_at)
        vault = _open(vault_dir, None)
        record = vault.get_key("k")  # never lost
        if kill_at >= switched:
            assert (record.name, len(record.versions)) == ("New", 1)
            assert _opens_with(vault, record, "new", [replacement])
        else:
            assert [v.public_key for v in record.versions] == [p.public for p in old_pairs]
            assert _opens_with(vault, record, "old", old_pairs)
        _assert_no_leftovers(vault, "k")


def test_replace_writes_beside_the_old_secrets(file_vault: Vault) -> None:
    _three_versions(file_vault, StorageKind.FILE)
    pair = KeyPair.generate()
    record = file_vault.restore_key("k", pair, passphrase="new", version=5, replace_existing=True)
    assert [(v.version, v.generation) for v in record.versions] == [(5, 1)]
    assert [p.name for p in (file_vault.home / "secrets" / "k").iterdir()] == ["v5.g1.json"]
    assert file_vault.unseal("k", "new") == pair
    fresh = file_vault.restore_key("j", pair, passphrase="pw", replace_existing=True)
    assert fresh.current.generation == 0  # nothing to replace: an ordinary add


# Storage moves ----------------------------------------------------------------


@pytest.mark.keychain
@pytest.mark.parametrize("start", [StorageKind.FILE, StorageKind.KEYCHAIN])
def test_a_move_killed_at_any_step_leaves_every_version_on_one_side(
    tmp_path: Path, start: StorageKind
) -> None:
    keychain = _keychain_backend()
    target = StorageKind.KEYCHAIN if start is StorageKind.FILE else StorageKind.FILE
    script = f'vault.move_storage("k", StorageKind("{target}"), None)'

    def fresh(name: str) -> tuple[Path, list[KeyPair]]:
        vault_dir = tmp_path / name
        return vault_dir, _three_versions(_open(vault_dir, keychain), start)

    vault_dir, _ = fresh("complete")
    steps = _run(vault_dir, script, True, None)
    switched = steps.index("switched")
    for kill_at in range(len(steps)):
        vault_dir, pairs = fresh(f"killed-{kill_at}")
        _run(vault_dir, script, True, kill_at)
        vault = _open(vault_dir, keychain)
        record = vault.get_key("k")
        expected = target if kill_at >= switched else start
        assert {v.storage for v in record.versions} == {expected}
        assert _opens_with(vault, record, "old", pairs)
        _assert_no_leftovers(vault, "k")
        vault.delete_key("k")


# Deletion ---------------------------------------------------------------------


def _assert_gone(vault: Vault, key_id: str, versions: int) -> None:
    """The key is not listed and neither the journal nor any backend holds its secrets."""
    assert not vault.has_key(key_id)
    with vault.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_secrets").fetchone()[0] == 0
    assert not (vault.home / "secrets" / key_id).exists()
    if vault.keychain is None:
        return
    for number in range(1, versions + 1):
        assert not vault.keychain.contains(SecretRef(vault.vault_id, key_id, number))


@pytest.mark.parametrize(
    "storage",
    [StorageKind.FILE, pytest.param(StorageKind.KEYCHAIN, marks=pytest.mark.keychain)],
)
def test_a_delete_killed_at_any_step_leaves_the_key_whole_or_gone(
    tmp_path: Path, storage: StorageKind
) -> None:
    keychain = _keychain_backend() if storage is StorageKind.KEYCHAIN else None
    script = 'vault.delete_key("k")'

    def fresh(name: str) -> tuple[Path, list[KeyPair]]:
        vault_dir = tmp_path / name
        return vault_dir, _three_versions(_open(vault_dir, keychain), storage)

    vault_dir, _ = fresh("complete")
    steps = _run(vault_dir, script, keychain is not None, None)
    assert steps[:2] == ["removing", "removed"] and steps[-1] == "settled"
    assert [s for s in steps if s.startswith("deleted")] == [
        f"deleted {storage} v{n}" for n in (1, 2, 3)
    ]
    _assert_gone(_open(vault_dir, keychain), "k", 3)
    removed = steps.index("removed")
    for kill_at in range(len(steps)):
        vault_dir, pairs = fresh(f"killed-{kill_at}")
        _run(vault_dir, script, keychain is not None, kill_at)
        vault = _open(vault_dir, keychain)
        if kill_at >= removed:
            _assert_gone(vault, "k", 3)
        else:
            assert _opens_with(vault, vault.get_key("k"), "old", pairs), steps[kill_at]
            _assert_no_leftovers(vault, "k")
            vault.delete_key("k")
            _assert_gone(vault, "k", 3)


@pytest.mark.keychain
def test_a_delete_the_keychain_refuses_is_finished_by_a_later_open(
    keychain_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _three_versions(keychain_vault, StorageKind.KEYCHAIN)
    keychain = keychain_vault.keychain
    assert keychain is not None

    def refuse(ref: SecretRef) -> None:
        raise StorageError("The keychain is locked.")

    monkeypatch.setattr(keychain, "delete", refuse)
    keychain_vault.delete_key("k")  # the metadata goes; the secrets wait
    assert not keychain_vault.has_key("k")
    with keychain_vault.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_secrets").fetchone()[0] == 3
    assert keychain.contains(SecretRef(keychain_vault.vault_id, "k", 1))
    monkeypatch.undo()
    _assert_gone(_open(keychain_vault.home, keychain), "k", 3)


def test_secrets_are_not_moved_inside_an_open_transaction(file_vault: Vault) -> None:
    file_vault.add_key("k", KeyPair.generate(), passphrase="pw")
    with (
        pytest.raises(StorageError, match="inside an open vault transaction"),
        file_vault.database(),
    ):
        file_vault.add_version("k", KeyPair.generate(), "pw")
    with (
        pytest.raises(StorageError, match="inside an open vault transaction"),
        file_vault.database(),
    ):
        file_vault.delete_key("k")
    assert len(file_vault.get_key("k").versions) == 1
    _assert_no_leftovers(file_vault, "k")


# Recovery ---------------------------------------------------------------------


@pytest.mark.keychain
def test_keychain_leftovers_wait_for_a_process_that_has_the_keychain(tmp_path: Path) -> None:
    keychain = _keychain_backend()
    vault_dir = tmp_path / "v"
    pairs = _three_versions(_open(vault_dir, keychain), StorageKind.KEYCHAIN)
    steps = _run(vault_dir, 'vault.change_passphrase("k", "old", "new")', True, None)
    _run(vault_dir, 'vault.change_passphrase("k", "new", "newer")', True, steps.index("switched"))
    without = _open(vault_dir, None)  # cannot reach the keychain: the journal stays
    stale = SecretRef(without.vault_id, "k", 1, 1)
    with without.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_secrets").fetchone()[0] == 3
    assert keychain.contains(stale)
    vault = _open(vault_dir, keychain)
    assert not keychain.contains(stale)
    assert _opens_with(vault, vault.get_key("k"), "newer", pairs)
    _assert_no_leftovers(vault, "k")
    vault.delete_key("k")
