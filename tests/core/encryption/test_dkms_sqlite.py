import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from keyfold.core.encryption.dkms import ShardKeyService
from keyfold.core.encryption.dkms_sqlite import SqliteShardKeyStore
from keyfold.core.vault import schema

MASTER = bytes(range(32))


def factory(path: Path):  # type: ignore[no-untyped-def]
    @contextlib.contextmanager
    def connect() -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(path)
        try:
            with connection:
                schema.migrate(connection)  # what opening the vault does
                yield connection
        finally:
            connection.close()

    return connect


def test_state_survives_a_restart_and_keys_are_stored_wrapped(tmp_path: Path) -> None:
    db = tmp_path / "vault.db"
    first = ShardKeyService(MASTER, SqliteShardKeyStore(factory(db)), rotate_after=2)
    key = first.get_key("s")
    first.get_key("s")
    again = ShardKeyService(MASTER, SqliteShardKeyStore(factory(db)), rotate_after=2)
    assert again.get_key("s").version == 2  # the access count was persisted
    assert again.get_key("s", version=1).key == key.key
    assert key.key not in db.read_bytes()


def test_expired_versions_are_deleted_from_the_database(tmp_path: Path) -> None:
    db = tmp_path / "vault.db"
    now = [datetime(2025, 1, 1, tzinfo=UTC)]
    dkms = ShardKeyService(
        MASTER,
        SqliteShardKeyStore(factory(db)),
        retention=timedelta(hours=1),
        clock=lambda: now[0],
    )
    dkms.get_key("s")
    dkms.rotate_key("s")
    now[0] += timedelta(hours=2)
    assert dkms.purge_expired() == [("s", 1)]
    with contextlib.closing(sqlite3.connect(db)) as connection:
        rows = connection.execute("SELECT shard_id, version FROM dkms_key_versions").fetchall()
    assert rows == [("s", 2)]
