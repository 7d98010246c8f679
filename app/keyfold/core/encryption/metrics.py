"""Operation counts and latency histograms, read as a frozen snapshot."""

import bisect
import threading
from dataclasses import dataclass
from enum import StrEnum

# Upper bounds in seconds; one more bucket catches everything slower.
DEFAULT_BUCKETS = (0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0)


class Operation(StrEnum):
    ENCRYPT = "encrypt"
    DECRYPT = "decrypt"


@dataclass(frozen=True)
class LatencySummary:
    """Count, total, extremes and a histogram (`counts[i]` is <= `bounds[i]`)."""

    count: int
    total_seconds: float
    min_seconds: float
    max_seconds: float
    bounds: tuple[float, ...]
    counts: tuple[int, ...]  # one more than bounds: the last is "slower than all"

    @property
    def mean_seconds(self) -> float:
        return self.total_seconds / self.count if self.count else 0.0


@dataclass(frozen=True)
class EncryptionMetrics:
    encryptions: int
    decryptions: int
    failures: int
    fallback_decryptions: int
    compressed: int
    reencryptions: int
    plaintext_bytes: int
    ciphertext_bytes: int
    encrypt_latency: LatencySummary
    decrypt_latency: LatencySummary


class _Histogram:
    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)
        self.total = 0.0
        self.minimum = 0.0
        self.maximum = 0.0

    def add(self, seconds: float) -> None:
        count = sum(self.counts)
        self.minimum = seconds if count == 0 else min(self.minimum, seconds)
        self.maximum = max(self.maximum, seconds)
        self.total += seconds
        self.counts[bisect.bisect_left(self.bounds, seconds)] += 1

    def summary(self) -> LatencySummary:
        return LatencySummary(
            sum(self.counts),
            self.total,
            self.minimum,
            self.maximum,
            self.bounds,
            tuple(self.counts),
        )


class MetricsRecorder:
    """Thread-safe counters behind `DataEncryption.metrics()`."""

    def __init__(self, bounds: tuple[float, ...] = DEFAULT_BUCKETS) -> None:
        self._lock = threading.Lock()
        self._latency = {op: _Histogram(bounds) for op in Operation}
        self._counts = {
            "failures": 0,
            "fallback_decryptions": 0,
            "compressed": 0,
            "reencryptions": 0,
            "plaintext_bytes": 0,
            "ciphertext_bytes": 0,
        }

    def record(self, operation: Operation, seconds: float, plaintext: int, ciphertext: int) -> None:
        with self._lock:
            self._latency[operation].add(seconds)
            self._counts["plaintext_bytes"] += plaintext
            self._counts["ciphertext_bytes"] += ciphertext

    def count(self, name: str) -> None:
        with self._lock:
            self._counts[name] += 1

    def snapshot(self) -> EncryptionMetrics:
        with self._lock:
            encrypt = self._latency[Operation.ENCRYPT].summary()
            decrypt = self._latency[Operation.DECRYPT].summary()
            return EncryptionMetrics(
                encryptions=encrypt.count,
                decryptions=decrypt.count,
                failures=self._counts["failures"],
                fallback_decryptions=self._counts["fallback_decryptions"],
                compressed=self._counts["compressed"],
                reencryptions=self._counts["reencryptions"],
                plaintext_bytes=self._counts["plaintext_bytes"],
                ciphertext_bytes=self._counts["ciphertext_bytes"],
                encrypt_latency=encrypt,
                decrypt_latency=decrypt,
            )
