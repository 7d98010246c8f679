"""Unexpected errors: logged with their traceback, then shown in a `CrashDialog`.

`install()` (at GUI start) routes `sys.excepthook` (exceptions in slots land there),
`threading.excepthook` and the task runner's unexpected errors to one
`CrashReporter`, and points `faulthandler` at a file beside the log, so even a hard
crash in Qt leaves a trace. Without `install()` (tests, scripts) errors are still
logged; nothing is shown.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, QThread, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication

from keyfold import __version__
from keyfold.core.errors import KeyfoldError

if TYPE_CHECKING:
    from keyfold.gui.base.dialogs.crash_dialog import CrashDialog

logger = logging.getLogger(__name__)

FAULTS_FILE = "keyfold-faults.log"


def is_bug(error: BaseException) -> bool:
    """Errors Keyfold expects carry a sentence for the user; anything else is a bug."""
    return not isinstance(error, KeyfoldError | OSError)


def versions() -> str:
    # Not platform.platform(): it runs `uname -p` in a subprocess and reads the
    # interpreter's binary for its libc version, about 10 ms of every start.
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    return (
        f"Keyfold {__version__}; Python {platform.python_version()}; "
        f"PySide6 {PySide6.__version__}; Qt {qVersion()}; {system}"
    )


def details(error: BaseException) -> str:
    """The traceback and versions for a bug report: code and messages, never values."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"{trace}\n{versions()}\n"


class CrashReporter(QObject):
    """Logs each unexpected error at once, from any thread, then shows it on the GUI thread."""

    _queued = Signal(object, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._queued.connect(self._show)

    def report(self, error: BaseException, where: str) -> None:
        """Thread-safe: the traceback goes to the log now; the dialog follows on the GUI
        thread (one at a time; later errors while it is open are only logged)."""
        logger.error("Unexpected error in %s", where, exc_info=error)
        self._queued.emit(error, where)

    def show_now(self, error: BaseException, where: str) -> None:
        """Log and show at once, waiting for the dialog: before the event loop runs."""
        logger.error("Unexpected error in %s", where, exc_info=error)
        from keyfold.gui.base.dialogs.crash_dialog import CrashDialog  # only on a crash

        CrashDialog(type(error).__name__, details(error), self.log_path).exec()

    @Slot(object, str)
    def _show(self, error: BaseException, _where: str) -> None:
        if self.dialog is not None:
            return  # one at a time: this error is in the log already
        try:
            from keyfold.gui.base.dialogs.crash_dialog import CrashDialog  # only on a crash

            dialog = CrashDialog(
                type(error).__name__, details(error), self.log_path, QApplication.activeWindow()
            )
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            dialog.open()
        # Never through the excepthook again: that would report this error forever.
        except Exception:
            logger.exception("Could not show the error dialog")

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


_reporter: CrashReporter | None = None
# Open for the life of the process once installed: faulthandler writes to its fd.
_faults: IO[str] | None = None


def report_bug(error: BaseException, where: str) -> None:
    """An unexpected error: to the installed reporter, else only to the log."""
    if _reporter is not None:
        _reporter.report(error, where)
    else:
        logger.error("Unexpected error in %s", where, exc_info=error)


def log_path() -> Path | None:
    """The log an unexpected error was written to, once `install()` has run."""
    return None if _reporter is None else _reporter.log_path


_reporting = threading.local()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    # An error while reporting one goes to Python's own hook, not round again.
    if issubclass(kind, KeyboardInterrupt) or getattr(_reporting, "active", False):
        sys.__excepthook__(kind, error, trace)
        return
    _reporting.active = True
    try:
        error.__traceback__ = trace
        where = "the GUI thread" if QThread.currentThread() is _gui_thread() else "a Qt thread"
        report_bug(error, where)
    finally:
        _reporting.active = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    report_bug(args.exc_value, f"thread {name}")


def _gui_thread() -> QThread | None:
    app = QApplication.instance()
    return None if app is None else app.thread()


def _open_faults_file(folder: Path) -> IO[str] | None:
    try:
        fd = os.open(folder / FAULTS_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        return None
    return os.fdopen(fd, "a", encoding="utf-8")


def install(app: QApplication, log_file: Path | None) -> CrashReporter:
    """Report every unexpected error of this process through one `CrashReporter`;
    a hard crash (a signal in Qt's C++) dumps every thread's stack beside the log."""
    global _reporter, _faults
    _reporter = CrashReporter(log_file, app)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    if log_file is not None and _faults is None:
        _faults = _open_faults_file(log_file.parent)
        if _faults is not None:
            faulthandler.enable(file=_faults, all_threads=True)
    return _reporter


def uninstall() -> None:
    """Put the interpreter's own hooks back (for tests)."""
    global _reporter, _faults
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _faults is not None:
        faulthandler.disable()
        _faults.close()
        _faults = None
    _reporter = None
