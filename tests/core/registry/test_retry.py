"""Tests for the registry retry policy: backoff delays, Retry-After, and cancellable waits."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from keyfold.core.errors import OperationCancelledError
from keyfold.core.progress import CancelToken
from keyfold.core.registry.retry import RetryPolicy, parse_retry_after, wait

POLICY = RetryPolicy(attempts=4, base_delay=0.5, max_delay=1.5, max_retry_after=10)


@pytest.mark.parametrize(("attempt", "ceiling"), [(1, 0.5), (2, 1.0), (3, 1.5)])
def test_backoff_is_jittered_below_a_doubling_capped_ceiling(attempt: int, ceiling: float) -> None:
    delays = [POLICY.delay(attempt, None) for _ in range(50)]
    assert all(d is not None and 0 <= d <= ceiling for d in delays)
    assert len(set(delays)) > 1


def test_retry_after_is_honoured_up_to_its_cap_and_tries_run_out() -> None:
    delay = POLICY.delay(1, 3.0)
    assert delay is not None and 3.0 <= delay <= 3.5
    assert POLICY.delay(1, 11.0) is None
    assert POLICY.delay(4, None) is None


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert parse_retry_after(" 7 ") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = parse_retry_after(format_datetime(datetime.now(UTC) + timedelta(seconds=60), True))
    assert later is not None and 50 < later <= 60
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_wait_sleeps_in_slices_and_stops_when_cancelled() -> None:
    slept: list[float] = []
    wait(0.25, slept.append, None)
    assert slept == pytest.approx([0.1, 0.1, 0.05])
    cancel = CancelToken()
    slept.clear()

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        cancel.cancel()

    with pytest.raises(OperationCancelledError):
        wait(1.0, sleep, cancel)
    assert slept == [0.1]
