"""Tests for VaultTables: a feature's tables, created on first use."""

from pathlib import Path

from keyfold.controller.vault_tables import VaultTables
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF

SCHEMA = ("CREATE TABLE IF NOT EXISTS notes (body TEXT NOT NULL)",)


def test_first_read_of_a_fresh_vault_creates_the_table(tmp_path: Path) -> None:
    tables = VaultTables(Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None), SCHEMA)
    with tables.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0


def test_writes_are_seen_by_later_reads_and_other_instances(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None)
    tables = VaultTables(vault, SCHEMA)
    with tables.writing() as conn:
        conn.execute("INSERT INTO notes VALUES ('hello')")
    with tables.reading() as conn:
        assert [row[0] for row in conn.execute("SELECT body FROM notes")] == ["hello"]
    with VaultTables(vault, SCHEMA).reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 1
