"""`Preloader`: slow plain steps (imports, the keychain probe) on a worker thread.

Each step runs in order on one thread of its own (not the task pool: a start
should not take a slot a user's task may want) and, when done, `ready` tells
the GUI thread its index through a queued signal. A step is given nothing of
Qt and makes no Qt object: it imports modules or asks the controller for a
plain value. A step that fails is reported as ready all the same: the GUI
thread then does the same work itself, so an error surfaces there, where the
crash reporter shows it.
"""

import importlib
import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)

# How long quitting waits for the step under way (the thread is a daemon).
STOP_WAIT_SECONDS = 2.0


def importing(*names: str) -> Callable[[], None]:
    """A step that imports the named modules (without building anything)."""

    def step() -> None:
        for name in names:
            importlib.import_module(name)

    return step


class Preloader(QObject):
    """Runs `steps` on a worker thread; `ready(index)` reaches slots on the GUI thread
    queued, in order."""

    ready = Signal(int)

    def __init__(self, steps: Sequence[Callable[[], object]]) -> None:
        # No parent: the thread holds this object until its last emit, even if
        # the window that started it is gone by then.
        super().__init__()
        self._steps = list(steps)
        self._thread = threading.Thread(target=self._run, name="keyfold-preload", daemon=True)
        self._stopped = threading.Event()
        # Held around the last check and each emit: once stop() has set the
        # flag under it, no emit can begin.
        self._emitting = threading.Lock()

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until every step has run (at once when none is left)."""
        if self._thread.is_alive():
            self._thread.join()

    def stop(self) -> None:
        """Run no further step and emit nothing more. For quitting: Qt is torn
        down next, and the worker must not be emitting into it. Waits a while
        for the step under way, but not for ever: a keychain that prompts the
        user to unlock it must not keep the app from quitting."""
        with self._emitting:
            self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(STOP_WAIT_SECONDS)

    def _run(self) -> None:
        for index, step in enumerate(self._steps):
            if self._stopped.is_set():
                return
            try:
                step()
            # Not swallowed: the GUI thread repeats the step and reports the error.
            except Exception as exc:
                logger.info("Preloading step %d failed (%s)", index, type(exc).__name__)
            with self._emitting:
                if self._stopped.is_set():
                    return
                self.ready.emit(index)
