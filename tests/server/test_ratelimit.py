"""Tests for the GCRA arithmetic, source buckets and the rate spec parser."""

import pytest

from keyfold.server.ratelimit import (
    RateSpec,
    gcra,
    parse_rate,
    retry_after_header,
    source_bucket,
)


class Bucket:
    """One bucket's TAT kept the way the storage keeps it, on a hand-moved clock."""

    def __init__(self, spec: RateSpec) -> None:
        self.spec = spec
        self.tat: float | None = None
        self.now = 1000.0

    def take(self) -> float:
        wait, tat = gcra(self.tat, self.now, self.spec)
        if wait == 0:
            self.tat = tat
        return wait


def test_parse_rate_reads_count_and_period() -> None:
    assert parse_rate("100/hour") == RateSpec(100, 3600.0)
    assert parse_rate(" 5 / minutes ") == RateSpec(5, 60.0)
    assert str(parse_rate("1000/hour")) == "1000/hour"


@pytest.mark.parametrize(
    "text", ["", "100", "0/hour", "10/fortnight", "-1/day", "x/hour", "\u0661/hour", "\u00b2/hour"]
)
def test_parse_rate_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="not a rate"):
        parse_rate(text)


def test_a_burst_up_to_the_limit_then_one_per_interval() -> None:
    bucket = Bucket(RateSpec(3, 60.0))
    assert [bucket.take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take() == pytest.approx(20.0)
    bucket.now += 19.9
    assert bucket.take() > 0
    bucket.now += 0.2
    assert bucket.take() == 0.0
    assert bucket.take() > 0


def test_retry_after_rounds_up_to_whole_seconds() -> None:
    assert retry_after_header(0.2) == "1"
    assert retry_after_header(20.01) == "21"


def test_first_request_fits_at_any_clock_value() -> None:
    # A large clock made `now + period - now > period` by rounding.
    for now in (0.0, 64421.77928682425, 1e9 + 0.1, 1796415419.123):
        spec = RateSpec(1, 3600.0)
        wait, tat = gcra(None, now, spec)
        assert wait == 0.0
        assert gcra(tat, now, spec)[0] > 0
        # A bucket stored at `now` (what the storage inserts) is a fresh one.
        assert gcra(now, now, spec)[0] == 0.0


def test_sources_are_bucketed_by_address_and_ipv6_by_its_64() -> None:
    assert source_bucket("verify", "127.0.0.2") == "verify:127.0.0.2"
    assert source_bucket("verify", "::ffff:10.0.0.1") == "verify:10.0.0.1"
    assert source_bucket("verify", "2001:db8::1") == source_bucket("verify", "2001:db8::ffff")
    assert source_bucket("verify", "2001:db8::1") != source_bucket("verify", "2001:db8:0:1::1")
    assert source_bucket("verify", None) == "verify:unknown"
    assert source_bucket("register", "127.0.0.2") != source_bucket("verify", "127.0.0.2")
