"""An ordered, bounded parallel map and reused buffers: results in input order, constant memory.

Threads suffice: AES-GCM in `cryptography`, hashlib's SHA-256 and file I/O all
release the GIL on large buffers, so shards run on every core.
"""

import os
import queue
from collections import deque
from collections.abc import Callable, Generator, Iterable
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
) -> Generator[R, None, None]:
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


class BufferPool:
    """Shard-sized bytearrays handed out and given back, so each is allocated once.

    A fresh megabyte is a fresh mmap from the C allocator: every shard would
    page-fault its buffers in and unmap them again, which cost more system time
    than the cipher itself. The pool never blocks; it grows to the number of
    buffers in flight at once (`ordered_map` bounds that).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()

    def take(self) -> bytearray:
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return bytearray(self.size)

    def give(self, buffer: bytearray) -> None:
        self._free.put(buffer)
