"""Per-key rate limits like "100/hour", as a generic cell rate algorithm (GCRA).

GCRA keeps one timestamp per key (the theoretical arrival time), so memory
does not grow with the limit: a key may burst up to `limit` requests and then
gets one more every `period / limit` seconds.
"""

import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
# Above this many tracked keys, keys whose window has passed are dropped.
_PRUNE_AT = 100_000
# Seconds of rounding error forgiven when deciding whether a request fits.
_TOLERANCE = 1e-6

_SPEC = re.compile(r"\s*(\d+)\s*/\s*(second|minute|hour|day)s?\s*")


@dataclass(frozen=True)
class RateSpec:
    limit: int
    period: float

    def __str__(self) -> str:
        name = next(k for k, v in PERIODS.items() if v == self.period)
        return f"{self.limit}/{name}"


def parse_rate(text: str) -> RateSpec:
    """`N/second|minute|hour|day`, N >= 1; ValueError with a sentence otherwise."""
    match = _SPEC.fullmatch(text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"{text!r} is not a rate like 100/hour (N/second|minute|hour|day).")
    return RateSpec(int(match.group(1)), PERIODS[match.group(2)])


class RateLimiter:
    """Thread-safe; `check(key)` returns 0 when allowed, else seconds to wait."""

    def __init__(self, spec: RateSpec, clock: Callable[[], float] = time.monotonic) -> None:
        self.spec = spec
        self._interval = spec.period / spec.limit
        self._clock = clock
        self._arrival: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> float:
        with self._lock:
            now = self._clock()
            arrival = max(self._arrival.get(key, now), now)
            new_arrival = arrival + self._interval
            # Subtract the small quantities first: `now + period - now` in
            # floating point can exceed `period` and refuse a first request.
            excess = (arrival - now) + self._interval - self.spec.period
            if excess > _TOLERANCE:
                return excess
            self._arrival[key] = new_arrival
            if len(self._arrival) > _PRUNE_AT:
                self._prune(now)
            return 0.0

    def _prune(self, now: float) -> None:
        self._arrival = {k: v for k, v in self._arrival.items() if v > now}


def retry_after_header(seconds: float) -> str:
    """Retry-After is whole seconds; round up so a client that waits gets through."""
    return str(max(1, math.ceil(seconds)))
