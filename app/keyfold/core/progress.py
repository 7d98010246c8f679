"""Progress reporting and cancellation for long work, shared by GUI and CLI."""

import threading
from collections.abc import Callable

from keyfold.core.errors import OperationCancelledError

# Called with (done, total) in the operation's own unit (bytes, files, keys).
ProgressCallback = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The progress callback for callers that do not show progress."""


class CancelToken:
    """Set from any thread; long operations call `check()` between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise OperationCancelledError("The operation was cancelled.")
