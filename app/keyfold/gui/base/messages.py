"""Turning errors into the one sentence a user sees."""

from PySide6.QtCore import QCoreApplication

from keyfold.core.errors import KeyfoldError
from keyfold.gui.base.crash import log_path


def user_message(error: Exception) -> str:
    """KeyfoldErrors carry a readable sentence; anything else is a bug, said plainly."""
    if isinstance(error, KeyfoldError):
        return str(error)
    if isinstance(error, OSError):
        if error.filename:
            return QCoreApplication.translate(
                "Messages", "A file could not be read or written ({file}): {reason}."
            ).format(file=error.filename, reason=error.strerror)
        return QCoreApplication.translate(
            "Messages", "A file could not be read or written: {reason}."
        ).format(reason=error.strerror)
    # A bug: its traceback is in the log (the task runner and the crash hooks put it
    # there), and the crash dialog offers the details to copy.
    log = log_path()
    if log is None:
        return QCoreApplication.translate(
            "Messages", "Something went wrong inside Keyfold ({error}); please report it."
        ).format(error=type(error).__name__)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside Keyfold ({error}). The details are in the log, {log}; "
        "please report it.",
    ).format(error=type(error).__name__, log=log)
