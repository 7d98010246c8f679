"""A dialog whose OK starts slow work: it stays open, busy, until the work reports.

Subclasses build their form in `body`, return a problem sentence from
`problem()`, and the command that opened them connects `submitted` to a task
that ends in `succeed()` or `fail(message)`.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color


class TaskDialog(QDialog):
    submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QWidget()
        self.error_label = named(QLabel(wordWrap=True), "dialogError")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(f"color: {error_color(self.palette())};")
        self.busy_bar = named(QProgressBar(textVisible=False), "busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(ok_text.replace("…", ""))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def problem(self) -> str | None:
        """Why the form cannot be submitted yet (one sentence), or None."""
        return None

    def submit(self) -> None:
        if self._busy:
            return
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.show_error(None)
        self.set_busy(True)
        self.submitted.emit()

    def succeed(self) -> None:
        self.set_busy(False)
        self.accept()

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.show_error(message)

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.body.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    def reject(self) -> None:
        # Closing mid-task would drop the result; the work is short, so wait.
        if not self._busy:
            super().reject()
