"""Preferences: how long unlocked keys stay usable while Keyfold is idle."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from keyfold.gui.base.naming import named
from keyfold.gui.base.settings import MAX_UNLOCK_MINUTES, MIN_UNLOCK_MINUTES


class SettingsDialog(QDialog):
    def __init__(self, unlock_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.minutes = named(QSpinBox(suffix=self.tr(" minutes")), "unlockMinutes")
        self.minutes.setRange(MIN_UNLOCK_MINUTES, MAX_UNLOCK_MINUTES)
        self.minutes.setValue(unlock_minutes)
        self.minutes.setAccessibleName(self.tr("Lock keys after this many idle minutes"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock unlocked keys after:"), self.minutes)
        form.addRow(
            QLabel(
                self.tr(
                    "Keys also lock when the screen locks and when you quit Keyfold. "
                    "Secrets copied to the clipboard are cleared after 30 seconds."
                ),
                wordWrap=True,
            )
        )
        form.addRow(buttons)
