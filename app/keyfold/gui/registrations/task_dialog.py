"""The registry dialogs' base: progress and Cancel, and errors with a details line."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from keyfold.gui.base.dialogs.progress_task_dialog import ProgressTaskDialog
from keyfold.gui.base.messages import user_message
from keyfold.gui.base.naming import named
from keyfold.gui.registrations.errors import error_details


def grow_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for text that just appeared; never shrink it."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.sizeHint().height())
    if needed > window.height():
        window.resize(width, needed)


class RegistryTaskDialog(ProgressTaskDialog):
    """`fail_with(error)` shows the sentence, and the server's code below it."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.details_label = named(QLabel(wordWrap=True), "errorDetails")
        self.details_label.setAccessibleName(self.tr("Details"))
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setEnabled(False)  # drawn muted: secondary to the sentence
        self.details_label.setVisible(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.error_label) + 1, self.details_label)

    def fail_with(self, error: Exception) -> None:
        self.fail(user_message(error))
        self.set_details(error_details(error))

    def set_details(self, details: str | None) -> None:
        self.details_label.setText(
            self.tr("Details: {details}").format(details=details.replace("\n", " · "))
            if details
            else ""
        )
        self.details_label.setVisible(bool(details))
        grow_to_fit(self)

    def show_error(self, message: str | None) -> None:
        super().show_error(message)
        if not message:
            self.set_details(None)
