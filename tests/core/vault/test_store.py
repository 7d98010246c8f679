"""Tests for keyfold.core.vault.store."""

import sqlite3
from pathlib import Path

import pytest

from keyfold.core.errors import StorageError
from keyfold.core.keys import KeyPair
from keyfold.core.vault import Vault
from keyfold.core.vault.lock import VaultLock
from keyfold.core.vault.schema import SCHEMA_VERSION
from keyfold.core.vault.store import BUSY_TIMEOUT_MS, MetadataStore
from tests.core.vault.support import CHEAP_KDF


def _store(folder: Path) -> MetadataStore:
    return MetadataStore(folder / "vault.db", VaultLock(folder / ".lock"))


def test_initialise_is_idempotent_and_keeps_the_vault_id(tmp_path: Path) -> None:
    first = _store(tmp_path).initialise()
    assert len(first) == 32
    assert _store(tmp_path).initialise() == first


def test_opening_a_ready_vault_takes_no_lock_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _store(tmp_path).initialise()

    def refused(*_args: object) -> None:
        raise AssertionError("a ready vault was opened through the lock")

    monkeypatch.setattr(VaultLock, "hold", refused)
    assert _store(tmp_path).initialise() == first


def test_a_vault_not_in_wal_mode_is_switched_on_open(tmp_path: Path) -> None:
    first = _store(tmp_path).initialise()
    with sqlite3.connect(tmp_path / "vault.db") as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    store = _store(tmp_path)
    assert store.initialise() == first
    with store.reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.initialise()
    with store.reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.initialise()
    with store.transaction() as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE name = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(StorageError, match="newer Keyfold"):
        _store(tmp_path).initialise()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.initialise()
    with store.transaction() as conn:
        conn.execute("CREATE TABLE feature (x INTEGER)")
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO feature VALUES (1)")
        raise RuntimeError("boom")
    with store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM feature").fetchone()[0] == 0


def test_nested_transactions_share_one_commit(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.initialise()
    with store.transaction() as outer:
        outer.execute("CREATE TABLE feature (x INTEGER)")
        with store.transaction() as inner:
            assert inner is outer
            inner.execute("INSERT INTO feature VALUES (1)")
        with store.reading() as reader:
            assert reader is outer  # sees its own uncommitted writes
        # Not committed yet: another connection still sees nothing.
        other = sqlite3.connect(tmp_path / "vault.db")
        try:
            assert other.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'feature'"
            ).fetchone() == (0,)
        finally:
            other.close()
    with store.reading() as conn:
        assert conn.execute("SELECT x FROM feature").fetchall()[0]["x"] == 1


def test_unreadable_database_is_a_storage_error(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match=r"vault\.db"):
        _store(tmp_path).initialise()


def test_a_schema_1_vault_gains_secret_generations(tmp_path: Path) -> None:
    pair = KeyPair.generate()
    Vault(tmp_path, kdf=CHEAP_KDF, keychain=None).add_key("k", pair, passphrase="pw")
    conn = sqlite3.connect(tmp_path / "vault.db")
    try:
        with conn:  # back to the schema 1 layout
            conn.execute("ALTER TABLE key_versions DROP COLUMN generation")
            conn.execute("DROP TABLE pending_secrets")
            conn.execute("UPDATE meta SET value = '1' WHERE name = 'schema_version'")
    finally:
        conn.close()
    vault = Vault(tmp_path, kdf=CHEAP_KDF, keychain=None)
    assert vault.get_key("k").current.generation == 0
    assert vault.unseal("k", "pw") == pair
    vault.change_passphrase("k", "pw", "new")
    assert vault.unseal("k", "new") == pair
    with vault.reading() as conn:
        found = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        assert found["value"] == str(SCHEMA_VERSION)


def test_on_upgrade_runs_inside_the_upgrade_only(tmp_path: Path) -> None:
    calls: list[str] = []
    _store(tmp_path).initialise(on_upgrade=lambda: calls.append("new"))
    assert calls == []  # a new vault is made, not upgraded
    conn = sqlite3.connect(tmp_path / "vault.db")
    with conn:
        conn.execute("UPDATE meta SET value = '3' WHERE name = 'schema_version'")
    conn.close()

    def fail() -> None:
        raise StorageError("the sweep failed")

    with pytest.raises(StorageError, match="sweep failed"):
        _store(tmp_path).initialise(on_upgrade=fail)
    conn = sqlite3.connect(tmp_path / "vault.db")
    assert conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone() == ("3",)
    conn.close()  # the upgrade rolled back with it, so the next open tries again
    _store(tmp_path).initialise(on_upgrade=lambda: calls.append("upgrade"))
    _store(tmp_path).initialise(on_upgrade=lambda: calls.append("again"))
    assert calls == ["upgrade"]


def test_in_transaction_is_true_only_inside_this_threads_transaction(tmp_path: Path) -> None:
    metadata = _store(tmp_path)
    metadata.initialise()
    assert not metadata.in_transaction()
    with metadata.transaction():
        assert metadata.in_transaction()
        with metadata.reading():
            assert metadata.in_transaction()
    with metadata.reading():
        assert not metadata.in_transaction()
