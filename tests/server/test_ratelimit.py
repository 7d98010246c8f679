"""Tests for the GCRA rate limiter and the rate spec parser."""

import pytest

from keyfold.server.ratelimit import RateLimiter, RateSpec, parse_rate, retry_after_header


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_parse_rate_reads_count_and_period() -> None:
    assert parse_rate("100/hour") == RateSpec(100, 3600.0)
    assert parse_rate(" 5 / minutes ") == RateSpec(5, 60.0)
    assert str(parse_rate("1000/hour")) == "1000/hour"


@pytest.mark.parametrize("text", ["", "100", "0/hour", "10/fortnight", "-1/day", "x/hour"])
def test_parse_rate_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="not a rate"):
        parse_rate(text)


def test_a_burst_up_to_the_limit_then_one_per_interval() -> None:
    clock = Clock()
    limiter = RateLimiter(RateSpec(3, 60.0), clock)
    assert [limiter.check("ip") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.check("ip")
    assert wait == pytest.approx(20.0)
    clock.now += 19.9
    assert limiter.check("ip") > 0
    clock.now += 0.2
    assert limiter.check("ip") == 0.0
    assert limiter.check("ip") > 0


def test_keys_are_limited_separately() -> None:
    limiter = RateLimiter(RateSpec(1, 3600.0), Clock())
    assert limiter.check("a") == 0.0
    assert limiter.check("a") > 0
    assert limiter.check("b") == 0.0


def test_retry_after_rounds_up_to_whole_seconds() -> None:
    assert retry_after_header(0.2) == "1"
    assert retry_after_header(20.01) == "21"


def test_first_request_fits_at_any_clock_value() -> None:
    # A large monotonic clock made `now + period - now > period` by rounding.
    for now in (0.0, 64421.77928682425, 1e9 + 0.1):
        limiter = RateLimiter(RateSpec(1, 3600.0), clock=lambda now=now: now)
        assert limiter.check("k") == 0.0
        assert limiter.check("k") > 0
