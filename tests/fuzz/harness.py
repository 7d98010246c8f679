"""The fuzz harness: mutate corpus files, feed a parser, allow only Keyfold's errors.

Every parser gets the seed files in `tests/fuzz/corpus/<parser>/` (real files
Keyfold and other tools wrote, plus the hostile inputs issue 11 found) and a
stream of mutations of them: bit flips, truncations, insertions, splices,
repeated blocks, and for JSON, values swapped for hostile ones (huge numbers,
deep nesting, wrong types, control and bidi characters, lone surrogates).
A call may return or raise a KeyfoldError; anything else is a bug. Each run is
bounded by a count and by a time budget (FUZZ_SECONDS per parser), and the
figures (inputs tried, slowest input) go to $KEYFOLD_FUZZ_REPORT when set.
"""

import json
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keyfold.core.errors import KeyfoldError as KeyfoldError  # re-exported for the tests

CORPUS = Path(__file__).parent / "corpus"
# Per parser; the whole fuzz suite stays within about a minute on 2 cores.
FUZZ_SECONDS = float(os.environ.get("KEYFOLD_FUZZ_SECONDS", "5"))
MAX_MUTATIONS = int(os.environ.get("KEYFOLD_FUZZ_MAX", "20000"))

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    -1,
    0,
    2**31,
    2**63,
    int("9" * 300),
    1e308,
    "",
    "\udcff",
    "a\nb\x1b[31mred",
    "\u202etxt.exe",
    "x" * 5000,
    [],
    [[[[[[[[[[[]]]]]]]]]]],
    {},
    {"a": {"b": {"c": {}}}},
]


@dataclass
class Stats:
    """What one parser's run did: inputs tried and the slowest one."""

    parser: str
    tried: int = 0
    slowest: float = 0.0
    slowest_input: str = ""
    failures: list[str] = field(default_factory=list)

    def save(self) -> None:
        report = os.environ.get("KEYFOLD_FUZZ_REPORT")
        if not report:
            return
        path = Path(report)
        data = json.loads(path.read_text()) if path.exists() else {}
        previous = data.get(self.parser, {"tried": 0, "slowest": 0.0})
        data[self.parser] = {
            "tried": previous["tried"] + self.tried,
            "slowest": max(previous["slowest"], self.slowest),
        }
        path.write_text(json.dumps(data, indent=2, sort_keys=True))


def seeds(name: str) -> list[bytes]:
    """The corpus files of one parser."""
    folder = CORPUS / name
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert files, f"no corpus in {folder}"
    return [p.read_bytes() for p in files]


def check(stats: Stats, parse: Callable[[bytes], object], data: bytes) -> None:
    """Feed one input; record time; keep any exception that is not a Keyfold error."""
    started = time.perf_counter()
    try:
        parse(data)
    except KeyfoldError:
        pass
    except Exception as exc:
        stats.failures.append(f"{type(exc).__name__}: {exc} <- {data[:120]!r}")
    elapsed = time.perf_counter() - started
    stats.tried += 1
    if elapsed > stats.slowest:
        stats.slowest, stats.slowest_input = elapsed, repr(data[:80])


def run(name: str, parse: Callable[[bytes], object], corpus: list[bytes], seed: int = 11) -> Stats:
    """The seeds, then mutations of them, within the count and time budget."""
    stats = Stats(name)
    deadline = time.monotonic() + FUZZ_SECONDS
    for data in corpus:
        check(stats, parse, data)
    for data in mutations(corpus, random.Random(seed)):
        if stats.tried >= MAX_MUTATIONS or time.monotonic() > deadline:
            break
        check(stats, parse, data)
    stats.save()
    return stats


def mutations(corpus: list[bytes], rng: random.Random) -> Iterator[bytes]:
    while True:
        data = rng.choice(corpus)
        for _ in range(rng.choice((1, 1, 1, 2, 4))):
            data = _mutate(data, corpus, rng)
        yield data


def _mutate(data: bytes, corpus: list[bytes], rng: random.Random) -> bytes:
    if data[:1] in (b"{", b"[") and rng.random() < 0.5:
        mutated = _mutate_json(data, rng)
        if mutated is not None:
            return mutated
    size = len(data)
    choice = rng.randrange(8)
    at = rng.randrange(size + 1) if size else 0
    if choice == 0 and size:  # flip a bit
        return (
            data[: at % size]
            + bytes([data[at % size] ^ (1 << rng.randrange(8))])
            + data[at % size + 1 :]
        )
    if choice == 1:  # truncate
        return data[:at]
    if choice == 2:  # insert random bytes
        return data[:at] + rng.randbytes(rng.randrange(1, 16)) + data[at:]
    if choice == 3 and size:  # delete a stretch
        return data[:at] + data[at + rng.randrange(1, 64) :]
    if choice == 4:  # splice with another seed
        other = rng.choice(corpus)
        return data[:at] + other[rng.randrange(len(other) + 1) :]
    if choice == 5 and size:  # repeat a block
        end = min(size, at + rng.randrange(1, 256))
        return data[:end] + data[at:end] * rng.randrange(2, 50) + data[end:]
    if choice == 6 and size:  # an interesting byte
        return data[:at] + bytes([rng.choice((0, 0x7F, 0x80, 0xFF, 0x0A, 0x22))]) + data[at + 1 :]
    return (
        data[:at]
        + rng.choice((b"\xff\xfe", b"\x00", b"\\u0000", b"\\ud800", b"\x1b[2J"))
        + data[at:]
    )


def _mutate_json(data: bytes, rng: random.Random) -> bytes | None:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return None
    paths = list(_paths(doc, ()))
    if not paths:
        return None
    path = rng.choice(paths)
    nested = rng.random() < 0.1
    value = _NESTED if nested else rng.choice(HOSTILE_VALUES)
    doc = _replace(doc, path, value, drop=rng.random() < 0.15)
    try:
        text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    except (ValueError, RecursionError):
        return None
    raw = text.encode("utf-8", "surrogatepass")
    if nested:
        # Deeper than Python's stack: spelled out, since json.dumps cannot make it.
        depth = rng.randrange(100, 5000)
        raw = raw.replace(json.dumps(_NESTED).encode(), b"[" * depth + b"]" * depth, 1)
    return raw


_NESTED = "keyfold-fuzz-nested-placeholder"


def _paths(doc: Any, prefix: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc[:8]):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _replace(doc: Any, path: tuple[Any, ...], value: Any, *, drop: bool) -> Any:
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


def assert_clean(stats: Stats) -> None:
    assert not stats.failures, f"{len(stats.failures)} non-Keyfold errors, first: " + "\n".join(
        stats.failures[:5]
    )
