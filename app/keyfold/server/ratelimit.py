"""Rate limits like "100/hour" as a generic cell rate algorithm (GCRA), keyed by source.

GCRA keeps one number per bucket (the theoretical arrival time, TAT), so a
bucket costs one database row whatever the limit: it may burst up to `limit`
requests and then gets one more every `period / limit` seconds. The buckets
live in the server's database (storage.Storage.take), so every process on one
PostgreSQL shares them. Buckets are named after the source address (an IPv6
client by its /64, what one host usually holds), never after a client id
someone else could name.
"""

import ipaddress
import math
import re
from dataclasses import dataclass

PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
# Seconds of rounding error forgiven when deciding whether a request fits.
_TOLERANCE = 1e-6

_SPEC = re.compile(r"\s*([0-9]{1,12})\s*/\s*(second|minute|hour|day)s?\s*")


@dataclass(frozen=True)
class RateSpec:
    limit: int
    period: float

    def __str__(self) -> str:
        name = next(k for k, v in PERIODS.items() if v == self.period)
        return f"{self.limit}/{name}"

    @property
    def interval(self) -> float:
        return self.period / self.limit


def parse_rate(text: str) -> RateSpec:
    """`N/second|minute|hour|day`, N >= 1; ValueError with a sentence otherwise."""
    match = _SPEC.fullmatch(text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"{text!r} is not a rate like 100/hour (N/second|minute|hour|day).")
    return RateSpec(int(match.group(1)), PERIODS[match.group(2)])


def gcra(tat: float | None, now: float, spec: RateSpec) -> tuple[float, float]:
    """(seconds to wait, new TAT): wait 0 means allowed and the TAT becomes the second."""
    arrival = now if tat is None else max(tat, now)
    # Subtract the small quantities first: `now + period - now` in floating
    # point can exceed `period` and refuse a first request.
    excess = (arrival - now) + spec.interval - spec.period
    if excess > _TOLERANCE:
        return excess, arrival
    return 0.0, arrival + spec.interval


def source_bucket(kind: str, address: str | None) -> str:
    """The bucket for requests of `kind` from `address` (IPv6 by its /64 network)."""
    if address is None:
        return f"{kind}:unknown"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{kind}:{address[:64]}"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"{kind}:{ip.ipv4_mapped}"
        return f"{kind}:{ipaddress.ip_network(f'{ip}/64', strict=False)}"
    return f"{kind}:{ip}"


def retry_after_header(seconds: float) -> str:
    """Retry-After is whole seconds; round up so a client that waits gets through."""
    return str(max(1, math.ceil(seconds)))
