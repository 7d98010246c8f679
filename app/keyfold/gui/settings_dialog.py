"""Preferences: how long unlocked keys stay usable while Keyfold is idle, and the theme."""

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from keyfold.gui.base.appearance import Theme, theme_label
from keyfold.gui.base.dialogs.keyboard import KeyfoldDialog
from keyfold.gui.base.naming import named
from keyfold.gui.base.settings import MAX_UNLOCK_MINUTES, MIN_UNLOCK_MINUTES


class SettingsDialog(KeyfoldDialog):
    def __init__(
        self, unlock_minutes: int, theme: Theme = Theme.SYSTEM, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.minutes = named(QSpinBox(suffix=self.tr(" minutes")), "unlockMinutes")
        self.minutes.setRange(MIN_UNLOCK_MINUTES, MAX_UNLOCK_MINUTES)
        self.minutes.setValue(unlock_minutes)
        self.minutes.setAccessibleName(self.tr("Lock keys after this many idle minutes"))
        self.theme_combo = named(QComboBox(), "themeCombo")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for choice in Theme:
            self.theme_combo.addItem(theme_label(choice), choice.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(theme.value))
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
        form.addRow(self.tr("Theme:"), self.theme_combo)
        form.addRow(buttons)

    def theme(self) -> Theme:
        return Theme(self.theme_combo.currentData())
