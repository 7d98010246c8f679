"""`CrashDialog`: an unexpected error, where its log is, and "Copy details" for a report."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named


class CrashDialog(KeyfoldDialog):
    """Says plainly that Keyfold hit a bug; the details (traceback and versions, no
    secrets) are shown read-only, copied on request, and already in the log."""

    def __init__(
        self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Keyfold hit a problem"))
        self.details = details
        self.message = named(QLabel(wordWrap=True), "crashMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = self.tr(
            "Something went wrong inside Keyfold ({summary}). This is a bug in Keyfold, not "
            "something you did."
        ).format(summary=summary)
        if log_path is not None:
            text += "\n\n" + self.tr("The details are in the log: {path}").format(path=log_path)
        text += "\n\n" + self.tr(
            "Please report it with the details below; they hold no passphrases or keys."
        )
        self.message.setText(text)
        self.details_view = named(QPlainTextEdit(details, readOnly=True), "crashDetails")
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(QPushButton(self.tr("Copy details")), "crashCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
