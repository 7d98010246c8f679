"""`TaskRunner.run_task`: the one way the GUI runs slow work on a thread pool.

The function runs on a pool thread with plain data in and out; its result, error
and progress always arrive on the GUI thread through queued signals, so callbacks
may touch widgets. Each task is logged at INFO when it starts and ends; an
unexpected error (a bug, not a KeyfoldError) also goes to the crash reporter with
its traceback. Tests pass `SynchronousPool` to run tasks inline.
"""

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from keyfold.core.progress import CancelToken
from keyfold.gui.base.crash import is_bug, report_bug

T = TypeVar("T")
logger = logging.getLogger(__name__)


def task_name(fn: Callable[..., object]) -> str:
    """Where a task was written, e.g. `KeyCommands.new_key.work.<lambda>`: code, no values."""
    name = getattr(fn, "__qualname__", None) or type(fn).__name__
    return str(name).replace("<locals>.", "")


class Pool(Protocol):
    """What `TaskRunner` needs from a pool: QThreadPool has it."""

    def start(self, runnable: QRunnable, /) -> None: ...


class SynchronousPool:
    """Runs each task inline at `start`: deterministic tests without threads."""

    def start(self, runnable: QRunnable, /) -> None:
        runnable.run()


class TaskContext:
    """Handed to the task function: report progress, honour cancellation."""

    def __init__(self, relay: "_Relay") -> None:
        self._relay = relay
        self.cancel_token = CancelToken()

    def progress(self, done: int, total: int) -> None:
        """Thread-safe: the GUI-thread callback gets (done, total) later."""
        self._relay.progressed.emit(done, total)


class TaskHandle:
    """What `run_task` returns: lets the GUI cancel and see if it finished."""

    def __init__(self, context: TaskContext) -> None:
        self._context = context
        self.finished = False

    def cancel(self) -> None:
        self._context.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._context.cancel_token.cancelled


class _Relay(QObject):
    """Lives on the GUI thread; its signals cross back from the pool thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None,
        on_finished: Callable[["_Relay"], None],
        name: str = "task",
    ) -> None:
        super().__init__()
        self.name = name
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.handle: TaskHandle | None = None
        # Bound slots of a GUI-thread object: emits from the pool are queued.
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        self._finish()
        logger.info("Task finished: %s", self.name)
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._finish()
        assert isinstance(error, Exception)
        if is_bug(error):
            report_bug(error, f"task {self.name}")
        else:  # the user is told; the type is enough for the log (messages may name files)
            logger.info("Task failed: %s (%s)", self.name, type(error).__name__)
        self._on_error(error)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        finished = self.handle is None or self.handle.finished
        if self._on_progress is not None and not finished:
            self._on_progress(done, total)

    def _finish(self) -> None:
        if self.handle is not None:
            self.handle.finished = True
        self._on_finished(self)


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay
    ) -> None:
        super().__init__()
        self._fn = fn
        self._context = context
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._fn(self._context)
        # Not swallowed: every failure, expected or not, is handed to on_error.
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(value)


class TaskRunner(QObject):
    """Owns the pool and keeps each task's relay alive until it reports."""

    def __init__(self, pool: Pool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: Pool = pool if pool is not None else QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run_task(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        """Run `fn(context)` on the pool; callbacks arrive on the GUI thread."""
        name = task_name(fn)
        logger.info("Task started: %s", name)
        relay = _Relay(on_done, on_error, on_progress, self._relays.discard, name)
        context = TaskContext(relay)
        handle = TaskHandle(context)
        relay.handle = handle
        self._relays.add(relay)
        self._pool.start(_Runnable(fn, context, relay))
        return handle
