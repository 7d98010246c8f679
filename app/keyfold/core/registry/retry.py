"""When a registry request is tried again: the policy, its backoff delays, and Retry-After."""

import email.utils
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from keyfold.core.progress import CancelToken

_SLEEP_SLICE = 0.1


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts, backoff, Retry-After cap and a total budget (s)."""

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    total: float = 60.0

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait after failed attempt number `attempt`; None to give up now.

        Exponential backoff with full jitter, or the server's Retry-After when
        it gave one (refused beyond `max_retry_after`). The total budget is the
        caller's to check, since only it knows when the first attempt started.
        """
        if attempt >= self.attempts:
            return None
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            # A little jitter so clients told the same moment do not all return at once.
            return retry_after + random.uniform(0, min(1.0, self.base_delay))  # noqa: S311
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)  # noqa: S311 -- jitter, not a secret


def wait(delay: float, sleep: Callable[[float], None], cancel: CancelToken | None) -> None:
    """Sleep `delay` seconds in short slices, so a cancel takes effect promptly."""
    remaining = delay
    while remaining > 0:
        if cancel is not None:
            cancel.check()
        step = min(_SLEEP_SLICE, remaining)
        sleep(step)
        remaining -= step


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent/bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
