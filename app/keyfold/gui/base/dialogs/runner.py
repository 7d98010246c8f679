"""`DialogRunner`: how the GUI shows dialogs and asks questions, never with exec().

Commands go through a runner so tests can substitute one that answers
questions and picks files without a modal loop.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

logger = logging.getLogger(__name__)


class DialogRunner:
    """The real thing: window-modal dialogs opened with `open()`."""

    def open(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        """Show `dialog` window-modal; it is deleted once closed."""
        name = dialog.objectName() or type(dialog).__name__
        logger.info("Dialog opened: %s", name)
        dialog.finished.connect(lambda result: logger.info("Dialog closed: %s (%d)", name, result))
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        action: str,
        on_yes: Callable[[], None],
        destructive: bool = False,
    ) -> None:
        """Ask a yes/no question; `on_yes` runs only when `action` is clicked."""
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if destructive
            else QMessageBox.ButtonRole.AcceptRole
        )
        yes = box.addButton(action, role)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else yes)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                on_yes()
            box.deleteLater()

        box.finished.connect(done)
        box.open()

    def error(self, parent: QWidget, title: str, text: str) -> None:
        logger.info("Error shown: %s", title)  # the title; the text may name files
        self._message(parent, QMessageBox.Icon.Warning, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self._message(parent, QMessageBox.Icon.Information, title, text)

    def open_files(self, parent: QWidget, title: str, name_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return [Path(name) for name in names]

    def save_file(
        self, parent: QWidget, title: str, suggested: str, name_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def _message(self, parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.finished.connect(box.deleteLater)
        box.open()
