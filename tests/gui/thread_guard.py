"""Test mode for thread discipline: tasks run on real threads, and any call on a
QObject that lives on the GUI thread, made from a task's thread, is recorded.

`sys.setprofile` sees every Python call ("call": the frame's `self`) and every
call into Qt's C++ ("c_call": the bound method's `__self__`) on the task's own
thread, so `dialog.passphrase.text()` or `window.key_model.records()` inside a
task is caught, while signals emitted through `TaskContext` (a `SignalInstance`)
and controller calls (plain Python objects) are not.
"""

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool

# A task that needs longer than this on loopback is stuck, not slow.
JOIN_SECONDS = 60.0


@dataclass
class ThreadGuard:
    """Collects "touched <object>.<method> off the GUI thread" findings."""

    violations: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _gui_thread(self) -> QThread:
        app = QCoreApplication.instance()
        assert app is not None, "the guard needs a running QApplication"
        return app.thread()

    def _check(self, frame: FrameType, event: str, arg: Any) -> None:
        target: object = None
        name = ""
        caller: FrameType | None = frame
        if event == "c_call":
            target = getattr(arg, "__self__", None)
            name = getattr(arg, "__name__", "?")
        elif event == "call":
            code = frame.f_code
            if code.co_argcount and code.co_varnames[0] == "self":
                target = frame.f_locals.get("self")
                name = code.co_name
                caller = frame.f_back
        if isinstance(target, QObject) and target.thread() is self._gui_thread():
            where = f"{caller.f_code.co_filename}:{caller.f_lineno}" if caller else "?"
            with self._lock:
                self.violations.append(f"{type(target).__name__}.{name} at {where}")

    def run(self, fn: Callable[[], None]) -> None:
        """Call `fn` on this (non-GUI) thread with the guard watching every call."""
        sys.setprofile(self._check)
        try:
            fn()
        finally:
            sys.setprofile(None)

    def assert_clean(self) -> None:
        found = sorted(set(self.violations))
        self.violations.clear()
        assert not found, f"tasks touched GUI-thread objects off the GUI thread: {found}"


class GuardedThreadPool:
    """Runs each task on a new thread under the guard, waits for it, then delivers
    the queued result on the GUI thread: real threads, with the same order of events
    as `SynchronousPool`, so every GUI test can run in this mode unchanged."""

    def __init__(self, guard: ThreadGuard) -> None:
        self.guard = guard

    def start(self, runnable: QRunnable, /) -> None:
        errors: list[BaseException] = []

        def body() -> None:
            try:
                self.guard.run(runnable.run)
            except BaseException as exc:  # a task's errors go to on_error; this is the guard's
                errors.append(exc)

        worker = threading.Thread(target=body, name="keyfold-test-task")
        worker.start()
        worker.join(JOIN_SECONDS)
        assert not worker.is_alive(), "a task did not finish; it may wait for the GUI thread"
        if errors:
            raise errors[0]
        # The relay's signals were queued across threads: deliver them now.
        QCoreApplication.sendPostedEvents()


class GuardedQThreadPool:
    """The real `QThreadPool`, asynchronous as in the app, each task under the guard."""

    def __init__(self, guard: ThreadGuard, pool: QThreadPool | None = None) -> None:
        self.guard = guard
        self.pool = pool if pool is not None else QThreadPool.globalInstance()

    def start(self, runnable: QRunnable, /) -> None:
        guard = self.guard

        class Guarded(QRunnable):
            def run(self) -> None:
                guard.run(runnable.run)

        wrapped = Guarded()
        # Python keeps the inner runnable alive through the closure, not Qt.
        wrapped.setAutoDelete(True)
        self.pool.start(wrapped)
