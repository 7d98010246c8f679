from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from keyfold.core.encryption.data import (
    DataEncryption,
    DataKey,
    DataKeyRing,
    key_from_passphrase,
)
from keyfold.core.encryption.errors import ContainerFormatError, DecryptionError
from keyfold.core.errors import InvalidInputError
from tests.core.encryption.helpers import flip


def system(**kwargs) -> DataEncryption:  # type: ignore[no-untyped-def]
    ticks = count()
    return DataEncryption(DataKeyRing(), timer=lambda: next(ticks) * 0.001, **kwargs)


@pytest.mark.parametrize(
    "value",
    [b"", b"\x00\xffraw", "", "héllo wörld", {"a": [1, 2.5, None, True], "b": "x"}, [1, 2], 7],
)
def test_round_trips_keep_the_kind(value: object) -> None:
    crypto = system()
    blob = crypto.encrypt(value)
    assert crypto.decrypt(blob) == value
    assert type(crypto.decrypt(blob)) is type(value)


def test_typed_helpers() -> None:
    crypto = system()
    assert crypto.decrypt_bytes(crypto.encrypt(b"b")) == b"b"
    assert crypto.decrypt_text(crypto.encrypt("t")) == "t"
    with pytest.raises(InvalidInputError, match="not bytes"):
        crypto.decrypt_bytes(crypto.encrypt("t"))
    with pytest.raises(InvalidInputError, match="not text"):
        crypto.decrypt_text(crypto.encrypt(b"b"))


def test_compression_above_the_threshold_only_when_it_helps() -> None:
    import os

    crypto = system()
    small = crypto.encrypt(b"a" * 1024)
    big = crypto.encrypt(b"a" * 1025)
    noise = os.urandom(5000)
    random_blob = crypto.encrypt(noise)
    assert len(small) > 1024 and len(big) < 200
    assert len(random_blob) > len(noise)  # incompressible: stored as is
    assert crypto.decrypt(big) == b"a" * 1025 and crypto.decrypt(random_blob) == noise
    assert crypto.metrics().compressed == 1
    off = system(compression=False)
    assert len(off.encrypt(b"a" * 5000)) > 5000
    assert len(crypto.encrypt(b"a" * 5000, compress=False)) > 5000


def test_version_tag_fallback_and_bulk_reencryption() -> None:
    crypto = system()
    old_blobs = [crypto.encrypt({"n": i}) for i in range(3)]
    assert {crypto.key_version(b) for b in old_blobs} == {1}
    crypto.keys.rotate()
    fresh = crypto.encrypt("new")
    assert crypto.key_version(fresh) == 2
    assert [crypto.decrypt(b) for b in old_blobs] == [{"n": 0}, {"n": 1}, {"n": 2}]
    moved = crypto.reencrypt_all([*old_blobs, fresh])
    assert moved[-1] is fresh
    assert {crypto.key_version(b) for b in moved} == {2}
    assert [crypto.decrypt(b) for b in moved] == [{"n": 0}, {"n": 1}, {"n": 2}, "new"]
    assert crypto.metrics().reencryptions == 3


def test_fallback_tries_other_keys_when_the_tag_misleads() -> None:
    key = DataKey(1, bytes(32), datetime.now(UTC))
    writer = DataEncryption(DataKeyRing([key]))
    blob = writer.encrypt(b"payload")
    # The reader knows the same key under another version number (re-imported).
    reader = DataEncryption(DataKeyRing([DataKey(5, bytes(32), datetime.now(UTC))]))
    assert reader.decrypt(blob) == b"payload"
    assert reader.metrics().fallback_decryptions == 1


def test_tampering_and_unknown_keys_fail() -> None:
    crypto = system()
    blob = crypto.encrypt("secret")
    for index in (3, 8, 20, len(blob) - 1):
        with pytest.raises((DecryptionError, ContainerFormatError)):
            crypto.decrypt(flip(blob, index))
    with pytest.raises(DecryptionError, match="key version 1"):
        system().decrypt(blob)
    with pytest.raises(ContainerFormatError):
        crypto.decrypt(b"not a ciphertext at all")
    assert crypto.metrics().failures == 5


def test_keep_previous_limits_retained_keys() -> None:
    ring = DataKeyRing(keep_previous=1)
    ring.rotate()
    ring.rotate()
    assert ring.current.version == 3 and [k.version for k in ring.previous] == [2]
    assert ring.get(1) is None


def test_rotation_when_due() -> None:
    now = [datetime(2025, 1, 1, tzinfo=UTC)]
    ring = DataKeyRing(clock=lambda: now[0])
    assert ring.rotate_if_due(timedelta(days=30)) is None
    now[0] += timedelta(days=30)
    assert ring.rotate_if_due(timedelta(days=30)) is not None and ring.current.version == 2


def test_passphrase_keys_and_metrics() -> None:
    key = key_from_passphrase("pw", b"salt" * 4, iterations=1000)
    again = key_from_passphrase("pw", b"salt" * 4, iterations=1000)
    assert key.key == again.key and "key=" not in repr(key)
    crypto = system()
    crypto.decrypt(crypto.encrypt("x"))
    metrics = crypto.metrics()
    assert (metrics.encryptions, metrics.decryptions) == (1, 1)
    assert metrics.encrypt_latency.total_seconds == pytest.approx(0.001)
    assert repr(crypto.keys) == "DataKeyRing(versions=[1])"


def test_non_json_values_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="JSON"):
        system().encrypt({1, 2})
    with pytest.raises(InvalidInputError):
        DataKeyRing([DataKey(1, bytes(32), datetime.now(UTC))] * 2)
