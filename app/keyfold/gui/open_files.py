"""Files given on the command line or by a second launch: made absolute, then routed.

Routing is the main window's drop dispatcher, so a file opened from the desktop
goes where the same file dropped on the window would: `.minisig` (or a file
with its signature beside it) to the verify flow, backups (`*.json`,
`*.tar.gz`) to the restore wizard, private key files to import, any other
file to the sign flow.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow


def absolute_paths(arguments: Sequence[str | Path], cwd: Path) -> list[Path]:
    """Paths relative to the launching process's folder; `file://` URIs accepted."""
    paths = []
    for argument in arguments:
        text = str(argument)
        if text.startswith("file://"):
            text = unquote(urlparse(text).path)
        path = Path(text).expanduser()
        paths.append(path if path.is_absolute() else cwd / path)
    return paths


def bring_forward(window: QWidget) -> None:
    """Show the window in front, restored if it was minimised."""
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def open_in_window(window: "MainWindow", paths: Sequence[Path]) -> None:
    """Hand the files that exist to their flows; say which ones are missing."""
    missing = [p for p in paths if not p.exists()]
    present = [p for p in paths if p.exists()]
    if missing:
        names = ", ".join(str(p) for p in missing)
        window.notify(
            QCoreApplication.translate("OpenFiles", "Keyfold cannot find {names}.").format(
                names=names
            )
        )
    if present:
        window.open_files(present)


def receive_files(window: "MainWindow", paths: Sequence[Path]) -> None:
    """What a second launch's message does: bring the window forward, open its files."""
    bring_forward(window)
    open_in_window(window, paths)
