"""A task dialog with a real progress bar and a Cancel that stops the worker."""

import shiboken6
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.base.naming import named

_BAR_STEPS = 1000


class ProgressTaskDialog(TaskDialog):
    """While busy, Cancel stops the running task instead of closing the dialog."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.progress_label = named(QLabel(wordWrap=True), "progressLabel")
        self.progress_label.setVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Progress"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.busy_bar), self.progress_label)

    def show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.busy_bar.setRange(0, _BAR_STEPS)
            self.busy_bar.setValue(min(_BAR_STEPS, done * _BAR_STEPS // total))
        self.progress_label.setText(text)
        self.progress_label.setVisible(True)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if busy:
            self.busy_bar.setRange(0, 0)  # until the first progress report
        else:
            self.progress_label.setVisible(False)

    def stopping(self) -> None:
        self.progress_label.setText(self.tr("Stopping…"))


def alive(widget: QWidget) -> bool:
    """False once Qt deleted the widget (a dialog closed while its task ran)."""
    return shiboken6.isValid(widget)
