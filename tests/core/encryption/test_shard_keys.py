import pytest

from keyfold.core.encryption.shard_keys import derive_shard_key, derive_subkey

MASTER = bytes(range(32))


def test_keys_differ_by_shard_version_and_salt() -> None:
    base = derive_shard_key(MASTER, b"a" * 16, 1, b"salt")
    assert len(base) == 32
    assert base == derive_shard_key(MASTER, b"a" * 16, 1, b"salt")
    others = {
        derive_shard_key(MASTER, b"b" * 16, 1, b"salt"),
        derive_shard_key(MASTER, b"a" * 16, 2, b"salt"),
        derive_shard_key(MASTER, b"a" * 16, 1, b"other"),
        derive_shard_key(bytes(32), b"a" * 16, 1, b"salt"),
    }
    assert base not in others and len(others) == 4


def test_subkeys_are_separated_by_label() -> None:
    assert derive_subkey(MASTER, b"one") != derive_subkey(MASTER, b"two")


def test_master_key_size_is_checked() -> None:
    with pytest.raises(ValueError):
        derive_shard_key(b"short", b"a" * 16, 1, b"")
