"""UnlockCache: key pairs unlocked for a while, forgotten after a quiet period."""

import threading
import time
from collections.abc import Callable

from keyfold.core.keys import KeyPair

DEFAULT_TTL_SECONDS = 300.0


class UnlockCache:
    """Unlocked key pairs by (key_id, version), each with an expiry time.

    Qt-free and thread-safe; the clock is injectable so tests need no sleeps.
    `touch()` (user activity) pushes every expiry to now + ttl. A ttl of zero
    or less keeps nothing.
    """

    def __init__(
        self,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = float(ttl_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, int], tuple[KeyPair, float]] = {}

    def __repr__(self) -> str:
        return f"UnlockCache(ttl_seconds={self._ttl}, entries={len(self._entries)})"

    @property
    def ttl_seconds(self) -> float:
        return self._ttl

    @ttl_seconds.setter
    def ttl_seconds(self, value: float) -> None:
        with self._lock:
            self._ttl = float(value)
            if self._ttl <= 0:
                self._entries.clear()
                return
            # A shorter timeout applies to what is already unlocked, too.
            latest = self._clock() + self._ttl
            self._entries = {
                ref: (pair, min(expiry, latest)) for ref, (pair, expiry) in self._entries.items()
            }

    def put(self, key_id: str, version: int, key_pair: KeyPair) -> None:
        with self._lock:
            if self._ttl <= 0:
                return
            self._entries[(key_id, version)] = (key_pair, self._clock() + self._ttl)

    def get(self, key_id: str, version: int | None = None) -> KeyPair | None:
        """The cached pair of that version (None: the newest version cached)."""
        with self._lock:
            self._expire()
            if version is not None:
                entry = self._entries.get((key_id, version))
                return None if entry is None else entry[0]
            versions = [v for (k, v) in self._entries if k == key_id]
            if not versions:
                return None
            return self._entries[(key_id, max(versions))][0]

    def lock(self, key_id: str) -> None:
        with self._lock:
            for ref in [ref for ref in self._entries if ref[0] == key_id]:
                del self._entries[ref]

    def lock_all(self) -> None:
        with self._lock:
            self._entries.clear()

    def touch(self) -> None:
        with self._lock:
            self._expire()
            expiry = self._clock() + self._ttl
            self._entries = {ref: (pair, expiry) for ref, (pair, _) in self._entries.items()}

    def unlocked_key_ids(self) -> set[str]:
        with self._lock:
            self._expire()
            return {key_id for key_id, _ in self._entries}

    def _expire(self) -> None:
        now = self._clock()
        for ref in [ref for ref, (_, expiry) in self._entries.items() if expiry <= now]:
            del self._entries[ref]
