"""Where Keyfold's log goes: one rotating file per program in the platform's log folder."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

LOG_DIR_ENV = "KEYFOLD_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


class _KeyfoldFileHandler(logging.FileHandler):
    """A log file readable by its owner only, rolled over to `.1` to `.3` past MAX_BYTES.

    It checks the size itself, as RotatingFileHandler does, and has the
    standard RotatingFileHandler roll the files over when one is due:
    importing logging.handlers (sockets, pickle, queues) would cost every
    keyfold-cli run a few milliseconds for a rollover that is rarely due.
    """

    def _open(self) -> io.TextIOWrapper:
        # Logs hold file names and key ids: create them 0600, whatever the umask.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._rollover_due(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rollover_due(self, record: logging.LogRecord) -> bool:
        # RotatingFileHandler.shouldRollover's test: this record would reach the limit.
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        return position > 0 and position + len(self.format(record)) + 1 >= MAX_BYTES

    def _roll_over(self) -> None:
        from logging.handlers import RotatingFileHandler

        if self.stream is not None:
            self.stream.close()
        # delay=True: it only renames PROGRAM.log to .1, .1 to .2, .2 to .3.
        rotating = RotatingFileHandler(
            self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, delay=True
        )
        try:
            rotating.doRollover()
        finally:
            rotating.close()
            self.stream = self._open()


def log_dir() -> Path:
    """The folder for Keyfold's logs: `$KEYFOLD_LOG_DIR`, else the platform's."""
    configured = os.environ.get(LOG_DIR_ENV)
    if configured:
        return Path(configured)
    from keyfold.core.user_dirs import user_log_dir  # only when no folder is given

    return Path(user_log_dir("keyfold"))


def log_file(program: str) -> Path:
    return log_dir() / f"{program}.log"


def configure(program: str, *, level: int = logging.INFO) -> Path | None:
    """Send the `keyfold` loggers' records to `log_dir()/PROGRAM.log`.

    Returns the file, or None when it cannot be opened: a log folder that
    cannot be written must never stop the program itself.
    """
    root = logging.getLogger("keyfold")
    for handler in list(root.handlers):
        if isinstance(handler, _KeyfoldFileHandler):
            root.removeHandler(handler)
            handler.close()
    path = log_file(program)
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        handler = _KeyfoldFileHandler(
            path,
            encoding="utf-8",
            # A file name that is not UTF-8 is logged escaped, never a logging error.
            errors="backslashreplace",
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
