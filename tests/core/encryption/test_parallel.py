import threading

import pytest

from keyfold.core.encryption.parallel import BufferPool, ordered_map


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_results_keep_input_order(workers: int) -> None:
    assert list(ordered_map(lambda x: x * x, range(50), workers=workers)) == [
        x * x for x in range(50)
    ]


def test_input_is_pulled_lazily_with_bounded_work_in_flight() -> None:
    pulled = 0
    lock = threading.Lock()

    def items():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(1000):
            with lock:
                pulled += 1
            yield i

    results = ordered_map(lambda x: x, items(), workers=2, in_flight=4)
    assert next(results) == 0
    assert pulled <= 6
    results.close()


def test_errors_reach_the_consumer() -> None:
    def boom(x: int) -> int:
        if x == 3:
            raise ValueError("three")
        return x

    with pytest.raises(ValueError, match="three"):
        list(ordered_map(boom, range(10), workers=2))


def test_buffer_pool_reuses_what_is_given_back() -> None:
    pool = BufferPool(16)
    first, second = pool.take(), pool.take()
    assert first is not second and len(first) == len(second) == 16
    pool.give(first)
    assert pool.take() is first
    assert pool.take() is not second  # still out: a fresh one
