"""An ordered, bounded parallel map: results in input order, constant memory.

Threads suffice: AES-GCM in `cryptography`, hashlib's SHA-256 and file I/O all
release the GIL on large buffers, so shards run on every core.
"""

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = None,
    in_flight: int | None = None,
) -> Iterator[R]:
    """Yield fn(item) in input order with at most `in_flight` items held at once.

    The input is pulled lazily, so a reader feeding it never gets far ahead of
    the consumer; closing the iterator early cancels work not yet started.
    """
    count = workers if workers is not None else default_workers()
    if count <= 1:
        yield from map(fn, items)
        return
    limit = max(count, in_flight if in_flight is not None else 2 * count)
    pending: deque[Future[R]] = deque()
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="keyfold-shard") as pool:
        try:
            for item in items:
                if len(pending) >= limit:
                    yield pending.popleft().result()
                pending.append(pool.submit(fn, item))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
