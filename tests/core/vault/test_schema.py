"""Tests for the vault schema: numbered migrations, one path for new and old vaults."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from keyfold.core.errors import StorageError
from keyfold.core.vault import schema
from keyfold.core.vault.lock import VaultLock
from keyfold.core.vault.store import MetadataStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


def _shape(path: Path) -> dict[str, object]:
    """Every table's columns and every index, as SQLite reports them."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        shape: dict[str, object] = {
            name: conn.execute(f"PRAGMA table_info({name})").fetchall() for name in names
        }
        shape["indexes"] = conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()
        return shape
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return schema.found_version(conn)
    finally:
        conn.close()


def _open(folder: Path) -> str:
    folder.mkdir(exist_ok=True)
    return MetadataStore(folder / "vault.db", VaultLock(folder / ".lock")).initialise()


def test_migrations_are_numbered_one_by_one() -> None:
    assert [m.number for m in schema.MIGRATIONS] == list(range(1, len(schema.MIGRATIONS) + 1))
    assert schema.MIGRATIONS[-1].number == schema.SCHEMA_VERSION


def test_a_new_vault_has_every_table_at_the_current_version(tmp_path: Path) -> None:
    _open(tmp_path)
    assert _version(tmp_path / "vault.db") == schema.SCHEMA_VERSION
    assert set(_shape(tmp_path / "vault.db")) == {*schema.TABLES, "indexes"}


@pytest.mark.parametrize("release", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_an_old_release_migrates_to_the_shape_of_a_new_vault(tmp_path: Path, release: str) -> None:
    old = tmp_path / "old"
    shutil.copytree(FIXTURES / release / "vault", old)
    assert _version(old / "vault.db") < schema.SCHEMA_VERSION
    _open(old)
    _open(tmp_path / "new")
    assert _version(old / "vault.db") == schema.SCHEMA_VERSION
    assert _shape(old / "vault.db") == _shape(tmp_path / "new" / "vault.db")


def test_migration_3_adds_the_tables_a_36ed007_vault_never_used(tmp_path: Path) -> None:
    """Release 36ed007 made feature tables on first use: a vault may lack any of them."""
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "36ed007" / "vault", folder)
    conn = sqlite3.connect(folder / "vault.db")
    try:
        with conn:
            for table in ("trusted_keys", "dkms_root", "derived_password_policies"):
                conn.execute(f"DROP TABLE {table}")
    finally:
        conn.close()
    _open(folder)
    assert {"trusted_keys", "dkms_root", "derived_password_policies"} <= set(
        _shape(folder / "vault.db")
    )
    conn = sqlite3.connect(folder / "vault.db")
    try:
        assert conn.execute("SELECT count(*) FROM keys").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
    finally:
        conn.close()


def test_a_vault_of_a_newer_keyfold_is_refused_untouched(tmp_path: Path) -> None:
    _open(tmp_path)
    conn = sqlite3.connect(tmp_path / "vault.db")
    with conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE name = 'schema_version'",
            (str(schema.SCHEMA_VERSION + 1),),
        )
    conn.close()
    with pytest.raises(StorageError, match="newer Keyfold"):
        _open(tmp_path)
    assert _version(tmp_path / "vault.db") == schema.SCHEMA_VERSION + 1


def test_a_failing_migration_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(tmp_path)
    before = _shape(tmp_path / "vault.db")

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    broken = schema.Migration(schema.SCHEMA_VERSION + 1, "fails halfway", half_done)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", broken.number)
    with pytest.raises(StorageError, match="disk I/O error"):
        _open(tmp_path)
    monkeypatch.undo()
    assert _version(tmp_path / "vault.db") == schema.SCHEMA_VERSION
    assert _shape(tmp_path / "vault.db") == before


def test_a_garbled_schema_version_is_a_one_line_error(tmp_path: Path) -> None:
    _open(tmp_path)
    conn = sqlite3.connect(tmp_path / "vault.db")
    with conn:
        conn.execute("UPDATE meta SET value = 'three' WHERE name = 'schema_version'")
    conn.close()
    with pytest.raises(StorageError, match="no valid schema version"):
        _open(tmp_path)
