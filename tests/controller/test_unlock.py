"""Tests for keyfold.controller.unlock."""

from keyfold.controller.unlock import UnlockCache
from keyfold.core.keys import KeyPair


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_put_get_and_expiry() -> None:
    clock = FakeClock()
    cache = UnlockCache(ttl_seconds=60, clock=clock)
    pair = KeyPair.generate()
    cache.put("k", 1, pair)
    assert cache.get("k", 1) is pair
    assert cache.get("k") is pair
    assert cache.get("k", 2) is None
    clock.now += 59
    assert cache.get("k", 1) is pair
    clock.now += 1
    assert cache.get("k", 1) is None
    assert cache.unlocked_key_ids() == set()


def test_get_without_version_gives_the_newest_cached() -> None:
    cache = UnlockCache(clock=FakeClock())
    old, new = KeyPair.generate(), KeyPair.generate()
    cache.put("k", 2, new)
    cache.put("k", 1, old)
    assert cache.get("k") is new


def test_touch_extends_every_entry() -> None:
    clock = FakeClock()
    cache = UnlockCache(ttl_seconds=10, clock=clock)
    cache.put("a", 1, KeyPair.generate())
    clock.now += 8
    cache.touch()
    clock.now += 8
    assert cache.get("a") is not None
    clock.now += 2
    assert cache.get("a") is None


def test_lock_and_lock_all() -> None:
    cache = UnlockCache(clock=FakeClock())
    for key_id in ("a", "b"):
        cache.put(key_id, 1, KeyPair.generate())
        cache.put(key_id, 2, KeyPair.generate())
    cache.lock("a")
    assert cache.unlocked_key_ids() == {"b"}
    cache.lock_all()
    assert cache.get("b") is None


def test_shorter_ttl_applies_to_unlocked_keys_and_zero_keeps_nothing() -> None:
    clock = FakeClock()
    cache = UnlockCache(ttl_seconds=300, clock=clock)
    cache.put("k", 1, KeyPair.generate())
    cache.ttl_seconds = 5
    assert cache.ttl_seconds == 5
    clock.now += 5
    assert cache.get("k") is None
    cache.ttl_seconds = 0
    cache.put("k", 1, KeyPair.generate())
    assert cache.get("k") is None


def test_repr_shows_no_keys() -> None:
    cache = UnlockCache(clock=FakeClock())
    pair = KeyPair.generate()
    cache.put("k", 1, pair)
    assert pair.seed.hex() not in repr(cache)
    assert "entries=1" in repr(cache)
