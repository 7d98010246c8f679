"""Shared by the benchmarks: time whole processes, best of several runs."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable
KEYFOLD_CLI = str(VENV_BIN / "keyfold-cli")
# An installed Keyfold has its bytecode compiled; with PYTHONDONTWRITEBYTECODE set
# (as on some shells and CI images) every run would compile Keyfold's sources
# again, a cost no user pays. Every timed process, ours and the baselines, runs
# with bytecode cached (the best of several runs leaves out the first).
BYTECODE_CACHED = {"PYTHONDONTWRITEBYTECODE": ""}
MIB = 1024 * 1024
# Random data repeated: hashing and AES speeds do not depend on the content, and
# generating gigabytes from the OS's CSPRNG would dominate the set-up time.
_PATTERN_SIZE = 16 * MIB


def make_file(path: Path, size: int) -> Path:
    """A file of `size` bytes of a repeated random pattern."""
    pattern = os.urandom(min(_PATTERN_SIZE, max(size, 1)))
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            left -= handle.write(pattern[:left])
    return path


def run_time(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    repeat: int = 5,
    check: bool = True,
) -> float:
    """The best wall time, in seconds, of `repeat` runs of `command` to its exit."""
    merged = {**os.environ, **BYTECODE_CACHED, **(env or {})}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, env=merged, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if check and done.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-500:]}"
            )
        best = min(best, elapsed)
    return best


def max_rss_mib(command: Sequence[str], *, env: Mapping[str, str] | None = None) -> float:
    """Peak resident memory of one run, from GNU time's %M (KiB)."""
    merged = {**os.environ, **(env or {})}
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command], env=merged, capture_output=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}")
    return int(done.stderr.decode().strip().splitlines()[-1]) / 1024


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(ours: float, baseline: float) -> str:
    return f"{ours:.3f} s / {baseline:.3f} s = {ours / baseline:.2f}x"
