"""Where Keyfold's log goes: one rotating file per program in the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR_ENV = "KEYFOLD_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


class _KeyfoldFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose log files are readable by their owner only."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed leaves it untyped
        # Logs hold file names and key ids: create them 0600, whatever the umask.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def log_dir() -> Path:
    """The folder for Keyfold's logs: `$KEYFOLD_LOG_DIR`, else the platform's."""
    configured = os.environ.get(LOG_DIR_ENV)
    if configured:
        return Path(configured)
    import platformdirs  # only when no folder is given: it is not needed otherwise

    return Path(platformdirs.user_log_dir("keyfold", appauthor=False))


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
            maxBytes=MAX_BYTES,
            backupCount=BACKUP_COUNT,
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
