"""A dialog whose OK starts slow work: it stays open, busy, until the work reports.

Subclasses build their form in `body`, return a problem sentence from
`problem()`, and the command that opened them connects `submitted` to a task
that ends in `succeed()` or `fail(message)`. Focus, the default button, Enter
and Escape come from `KeyfoldDialog`; while busy, Cancel (or Escape) stops the
task given to `watch()` and the dialog stays open until the task reports.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog, settle
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color
from keyfold.gui.base.workers.tasks import TaskHandle


class TaskDialog(KeyfoldDialog):
    submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QWidget()
        self.error_label = named(QLabel(wordWrap=True), "dialogError")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(f"color: {error_color(self.palette())};")
        # A line is kept for it, so the buttons do not jump when an error appears.
        policy = self.error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error_label.setSizePolicy(policy)
        self.error_label.setMinimumHeight(self.error_label.fontMetrics().lineSpacing())
        self.busy_bar = named(QProgressBar(textVisible=False), "busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(ok_text.replace("…", ""))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self._busy = False
        self._watching_fields = False
        self._handle: TaskHandle | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def default_button(self) -> QPushButton:
        return self.ok_button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching_fields:
            self._watching_fields = True
            for edit in self.body.findChildren(QLineEdit):
                edit.textChanged.connect(self._recheck)

    def _recheck(self) -> None:
        """An error shown stays true to the form as the user types: it goes once fixed
        (no red "easy to guess" under a passphrase now rated strong)."""
        if self.error_label.isVisible() and not self._busy:
            self.show_error(self.problem())

    def watch(self, handle: TaskHandle) -> None:
        """The running task that Cancel should stop."""
        self._handle = None if handle.finished else handle

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
        if not busy:
            self._handle = None
            if self.isVisible() and not self.body.isAncestorOf(self.focusWidget()):
                # The fields were disabled while busy, so focus went to the buttons.
                settle(self, self.ok_button, self.body)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
        elif self._handle is not None:
            # The task sees the token between steps and reports as cancelled;
            # its failure handler says what was stopped and what was kept.
            self._handle.cancel()
            self.stopping()
        # Busy with nothing to stop: a single short step (one key derivation)
        # whose result the dialog must not drop; it reports in a moment.

    def stopping(self) -> None:
        """Shown once Cancel was pressed during a task."""
        self.show_error(self.tr("Stopping…"))
